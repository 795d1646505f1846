/**
 * Signs told inside long posts and by other voices (round 26): a coach's lifter who could not get his breath, a bed found
 * wet by a partner, Scots and Irish phrasing, a height told after the landing; and the look-alikes that share their words.
 * Sentences written for the project, by class, not taken from any labelled list.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const tierOf = (text: string, title?: string) => assess(text, { rank: false, ...(title ? { thread: { title } } : {}) }).triage;

describe('signs told inside long posts are read', () => {
  it.each([
    'One of my lifters, 61, racked his bench warm-up and said his chest had gone tight and he couldn’t catch his breath, upper back aching too.',
    'After my second bench set my chest felt tight and I couldn’t breathe properly for ten minutes, mid back aching.',
  ])('reads a tight chest that could not get its breath as more than a trained pec: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'My partner hurt his back on Sunday. This morning the mattress was soaked and he had no idea how.',
    'Dad put his back out gardening. He found the sheets wet today, had no idea it happened and is pretending it was the hot weather.',
  ])('reads a bed found wet beside not knowing how, and an explanation only pretended: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Back’s been agony since the squats and my bum’s gone numb, hasn’t come back at all.',
    'Lower back is bad and my backside feels numb, like I’m sitting on a block of ice.',
  ])('reads numbness whose feeling has not returned, or told by a comparison: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Ma back went on the deadlifts an noo I cannae feel it when a wipe.',
    'Back’s been murder all week and I couldnae get a pish oot this morning.',
    'Since her back went on the bars, both her calves have been numb and tingly.',
  ])('reads signs told in Scots or of someone else part by part: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Slackline snapped and I came down off the top of the frame onto the concrete, lower back is killing.',
    'The bar slid off the safeties straight onto my upper back on the last rep, spine is swollen.',
  ])('reads a fall onto hard ground and a bar off its holders onto the spine as major trauma: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('signs told in race reports and logs are read', () => {
  it.each([
    'Back tweaked on Smolov. I peed a little without noticing on the drive home, twice now.',
    'Since the deadlift session my low back is trash and peeing feels muted, like I can barely tell it is happening.',
    'Lower back flared Friday and today there is tingling in my seat area, kinda patchy.',
    'My back went on squats. Twice this week I pooped and didn’t feel it until I smelled it.',
    'Back’s a 7/10 since Tuesday. Had an accident yesterday, didn’t know I needed to go till it was already happening. Haven’t had that since I was a kid.',
  ])('reads a sign told in passing: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Mate was benching last night, said his chest went really tight and he could barely get a breath in, back sore all week.',
    'Rolled our 2011 jeep on a forestry road yesterday, mid back pain and I can’t get comfy.',
    'Was in a head-on smash on the A9 on Tuesday, upper back and neck in agony.',
    'My whole seat area went numb when I stood up from the squat and it hasn’t come back, low back pain too.',
    'Back’s a 7/10 since Tuesday, wet myself on the way home, haven’t had that since I was 6.',
  ])('reads a sign told with a degree, a vehicle’s year, or a childhood for a last time: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Rolled my 2010 bike out of the shed and my back twinged, nothing dramatic.',
    'Saw a head-on crash on the news last night, made me think about my own bad back.',
    'Dropped the bar from overhead and it hit the floor from about 2m, bumpers saved it. Lower back a bit tight.',
    'The numbness went away after a day and it hasn’t come back, lower back just stiff now.',
  ])('reads the same words without a sign as no emergency: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    'An old man at my gym said both his legs went numb, my lower back is just tight.',
    'My mum had bowel cancer so I’m a bit paranoid, but my own back ache is just from the new standing desk.',
  ])('reads someone else’s sign beside the writer’s own back, in a clause of its own, as theirs: %s', (text) => {
    expect(tierOf(text)).toBe('self_care');
  });

  it.each([
    'My wife noticed a lump on my lower back.',
    'My wife noticed a lump, my lower back just left of the spine.',
    'Missus found a lump last night - my lower back, about where the belt sits.',
  ])('still reads a sign someone noticed on the writer’s body as the writer’s: %s', (text) => {
    expect(tierOf(text)).toBe('urgent');
  });

  it('reads someone else’s chest pain at the gym as theirs, not the writer’s', () => {
    expect(
      tierOf('Older guy at my gym had chest pain on the rower and they called an ambulance. My back is just sore from pulls.'),
    ).not.toBe('emergency');
  });
});

describe('the same words for something else are no sign', () => {
  it.each([
    'Chest felt tight after bench, pec DOMS I reckon, didn’t get out of breath at all and my upper back is fine.',
    'Chest tight after a bench PR, I can’t hold my breath as long when I brace, lower back a bit sore.',
  ])('reads a trained pec with the breath named but not withheld as no emergency: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    'Lower back wrecked from moving house. The sheets were damp this morning, the window was open in the rain.',
    'Woke up and the bed was wet, my wife insists it was my sweat because I was roasting all night. Back aches from squats.',
  ])('reads a bed wet for a told reason as no sign: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    'Like I said, sat on the turbo trainer for three hours and my bum went numb, back a bit sore.',
    'I like to sit cross-legged on the floor for work and my feet go numb, lower back stiff too.',
    'Both legs tingle like mad when I get out of the cold plunge, for a few minutes until they warm up. Lower back loves it.',
    'Started ice baths after my long runs. When I get out both legs are pins and needles for five minutes, back stiff from the run.',
  ])('reads numbness with an everyday cause told around it as the cause’s: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    'After my C-section I had numbness down there for a few days, and the feeling fully came back. Back sore from carrying the baby.',
    'Lower back stiff and my pee was dark this morning, but I’d had about 8 pints last night. Water and it’s clearing.',
  ])('reads a past sign whose feeling came back, and dark wee from a night’s drinking, as no emergency: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it('reads a crash named by its year as the old crash it is, and one told as today as today’s', () => {
    expect(tierOf('My 2016 car crash left me with a cranky back, still twinges on deadlifts.')).not.toBe('emergency');
    expect(tierOf('Just had a 2021 motorbike crash at speed, back is agony and I can’t move.')).toBe('emergency');
  });
});
