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
    "It's like my bladder valve won't open since my back went on Monday, I sit there for ages and nothing.",
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
});

describe('a sign compared with an earlier episode', () => {
  it.each([
    'Tweaked my back pulling. Next day a burning started down my right leg into my foot, just like I had when I slipped a disc in 2016.',
    'My back went on Monday and there is tingling down my left leg to my toes, like I had in 2019.',
  ])('is current: %s', (text) => {
    expect(flagsOf(text)).toContain('radiating_below_knee');
  });

  it.each([
    'My back is just tight today. I had burning down my right leg into my foot in 2016, long gone now.',
    'Had burning down my leg into my foot like 2 years ago, my back is only a bit stiff these days.',
    'I wet myself on a max deadlift like I was a toddler, back in 2016 at my first meet; my lower back is just a bit sore today.',
    'Lost bladder control like the time my nephew scared me, years ago, but now my back just aches from rows.',
  ])('a past one told as past stays past: %s', (text) => {
    expect(flagsOf(text)).not.toContain('radiating_below_knee');
    expect(read(text).triage).not.toBe('emergency');
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

  it.each([
    'I have a tumour in my spine and now sciatica down my leg into the foot.',
    'Could I have cancer again after beating it in 2019? Lower back sore for weeks.',
  ])('a cancer had still is one: %s', (text) => {
    expect(flagsOf(text)).toContain('cancer_history');
  });
});

describe('a resolution undone later in its sentence', () => {
  it.each([
    'Fell off a ladder yesterday onto my back, was ok again for an hour but now my back is agony.',
    'Groin went numb after squats, was ok again after a minute but now it is numb again and my back aches.',
  ])('is no resolution: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('a resolution that stands still is one', () => {
    expect(read('My groin went numb after deadlifts, ok again after a minute, back just tight.').triage).not.toBe('emergency');
  });
});

describe('a broken spine', () => {
  it.each([
    'Crashed on the trail last month and fractured two vertebrae in my lower back, six weeks in a brace.',
    'She has a compression fracture in her spine after a fall at the climbing wall.',
    'Went over the bars last weekend, the doctor found a burst fracture at L1.',
  ])('is a back post, and a medical cause: %s', (text) => {
    const assessment = read(text);
    expect(assessment.relevant).toBe(true);
    expect(assessment.causes.slice(0, 3).map((cause) => cause.id)).toContain('medical_condition');
  });

  it.each([
    'I cracked the spine of my new training log and it fell apart.',
    'That leg session crushed my spine lol, quads destroyed.',
    'Broke the spine on my copy of the program book, pages everywhere.',
  ])('a spine that is a book or a joke is not: %s', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});

describe('rhabdo defined', () => {
  it.each(['Rhabdo is short for rhabdomyolysis, a rapid breakdown of muscle after extreme effort.'])(
    'is nobody having it: %s',
    (text) => {
      expect(read(text).triage).not.toBe('emergency');
    },
  );

  it.each([
    'I got rhabdo after the workout, my pee is like cola and my lower back is swollen.',
    'Diagnosed with a condition called rhabdo after a spin class, on IV fluids now.',
    'My rhabdo is a serious one, docs say my kidneys are at risk.',
  ])('rhabdo had still is: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('no better, told by an onset months ago', () => {
  it.each([
    'A couple of months ago my lower back started aching after work. A few weeks ago it became worse and now it burns all day.',
    'Hurt my lower back about 3 months ago and I have not been pain free for a single day since.',
    'My back went two months back and I continue to have problems with it every morning.',
  ])('is no better after weeks: %s', (text) => {
    expect(flagsOf(text)).toContain('not_improving');
  });

  it.each([
    'Hurt my back 3 months ago, fine since, tweaked it again yesterday and it is sore.',
    'A couple of months ago I started deadlifting, my lower back gets pumped on heavy sets.',
  ])('not a back that stayed bad: %s', (text) => {
    expect(flagsOf(text)).not.toContain('not_improving');
  });
});

describe('a back muscle named by its side and its part', () => {
  it.each(['I pulled my right upper trap on lat raises.', 'Strained my left lower lat on heavy rows, sore all day.'])(
    'is a back post: %s',
    (text) => {
      expect(read(text).relevant).toBe(true);
    },
  );

  it.each([
    'I pulled my hips way back and my chest up on the last set.',
    'Pulled my shoulders down and back on bench, felt stronger.',
  ])('a cue is not: %s', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});

describe('a back that went like a sound', () => {
  it.each([
    'As I swung the dumbbell back to the rack, pop went the lower back.',
    'Snap went my back on the last rep of the day.',
  ])('is a back post: %s', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['Pop went the weasel, sang the kids all the way to the gym.', 'Snap went the band on my last set of face pulls.'])(
    'anything else is not: %s',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});
