/**
 * Round 35's classes, found on real forum posts read for the first time (README "Accuracy"), beside the look-alikes
 * that must stay as they are. Sentences written for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const read = (text: string, title?: string) => assess(text, title ? { thread: { title } } : {});
const flagsOf = (text: string) => read(text).redFlags.map((flag) => flag.id);

describe("a hydration pack's bladder", () => {
  it.each([
    'My lower back aches on long rides. Could it be the pack? I carry a 3 l bladder since the frame has no bottle cages.',
    'Lower back sore after every trail run, I wonder if the bladder in my vest sits too low.',
    'Back tightens up on hikes, I use a hydration bladder instead of bottles, maybe the weight?',
  ])('is no bladder trouble: %s', (text) => {
    expect(read(text).triage).toBe('self_care');
  });

  it.each([
    'Hurt my back deadlifting and now I cannot empty my bladder properly.',
    "Since the back went I can't feel when my bladder is full.",
  ])('a bladder that will not empty still is: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe("'back' for 'ago'", () => {
  it.each([
    'A few weeks back I started getting pain in my knee on heavy squats.',
    'A while back my shoulder began hurting on bench, now every press pinches.',
  ])('names no back: %s', (text) => {
    expect(read(text).relevant).toBe(false);
  });

  it.each([
    'Two weeks back my lower back locked up on deadlifts and it is still stiff.',
    'After a few weeks back pain came back as soon as I started squatting again.',
  ])('leaves a back that hurts: %s', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it('is a time gone by for a sign: a numb groin a year back is not today', () => {
    expect(read('Had numbness in my groin and back pain a year back, all good since.').triage).not.toBe('emergency');
  });
});

describe('a sign compared with an earlier episode', () => {
  it.each([
    'Tweaked my back pulling. Next day a burning started down my right leg into my foot, just like I had when I slipped a disc in 2016.',
    'My back went on Monday and there is tingling down my left leg to my toes, similar to the last time in 2019.',
  ])('is current: %s', (text) => {
    expect(flagsOf(text)).toContain('radiating_below_knee');
  });

  it.each([
    'My back is just tight today. I had burning down my right leg into my foot in 2016, long gone now.',
    'Had burning down my leg into my foot like 2 years ago, my back is only a bit stiff these days.',
  ])('a past one told as past stays past: %s', (text) => {
    expect(flagsOf(text)).not.toContain('radiating_below_knee');
  });
});

describe('a tumour wondered about', () => {
  it.each([
    'Sciatica down my left leg into the foot for a week now. Maybe I have a tumour?',
    'Sciatica down my left leg into my foot since the weekend. Could it be a tumour? Doubt it.',
  ])('is no history of cancer: %s', (text) => {
    expect(flagsOf(text)).not.toContain('cancer_history');
    expect(read(text).triage).toBe('soon');
  });

  it('a tumour had still is one', () => {
    expect(flagsOf('I have a tumour in my spine and now sciatica down my leg into the foot.')).toContain('cancer_history');
  });
});

describe('a break that has mended', () => {
  it.each([
    'Got thrown by my horse and broke a vertebra. It has healed now and my back is fine.',
    'Came off the bike at speed two summers ago and cracked a vertebra. Healed fine.',
  ])('is no emergency now: %s', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Fell off a ladder yesterday onto my back, was fine again for an hour but now my back is agony.',
    'Got thrown by my horse this morning and landed on my back, it is agony and I can barely stand.',
  ])('a fall told now still is one: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a broken spine', () => {
  it.each([
    'Crashed on the trail last month and fractured two vertebrae in my lower back, six weeks in a brace.',
    'She has a compression fracture in her spine after a fall at the climbing wall.',
  ])('is a back post, and a medical cause: %s', (text) => {
    const assessment = read(text);
    expect(assessment.relevant).toBe(true);
    expect(assessment.causes.slice(0, 3).map((cause) => cause.id)).toContain('medical_condition');
  });
});

describe('rhabdo defined', () => {
  it.each([
    'Rhabdo is short for rhabdomyolysis, a rapid breakdown of muscle after extreme effort.',
    'At my box they warned us about what is known as Uncle Rhabdo before the first class.',
  ])('is nobody having it: %s', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it('rhabdo had still is', () => {
    expect(read('I got rhabdo after the workout, my pee is like cola and my lower back is swollen.').triage).toBe('emergency');
  });
});

describe('a numb groin from a ride, with no back in the post', () => {
  it.each([
    'Did 60 miles on the new saddle yesterday. Afterwards my groin was numb and it took a while to come back.',
    'Turbo session on the indoor trainer, things got numb down there after half an hour, standing on the pedals sorted it.',
  ])('is no back emergency: %s', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Did a long ride on Sunday. Since then my lower back hurts and my groin is numb.',
    'Did 60 miles on the new saddle yesterday and my groin is still numb today, I cannot feel the toilet paper.',
    'Did 60 miles yesterday, my groin is numb and I cannot pee.',
  ])('with a back, numbness that lasts, or trouble peeing, is still one: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});
