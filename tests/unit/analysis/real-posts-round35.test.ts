/**
 * Round 35's classes, found on real forum posts read for the first time (README "Accuracy"), beside the look-alikes
 * that must stay as they are. Sentences written for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

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
    'All week back is just wrecked from heavy squats.',
  ])('leaves a back that hurts: %s', (text) => {
    expect(read(text).relevant).toBe(true);
  });
});

describe('a tumour wondered about', () => {
  it.each([
    'Sciatica down my left leg into the foot for a week now. Could it be a tumour?',
    'Sciatica down my left leg into my foot since the weekend, is it a tumor or a disc?',
  ])('is no history of cancer: %s', (text) => {
    expect(flagsOf(text)).not.toContain('cancer_history');
    expect(read(text).triage).toBe('soon');
  });

  it.each([
    'I have a tumour in my spine and now sciatica down my leg into the foot.',
    'Could I have cancer again after beating it in 2019? Lower back sore for weeks.',
    'Maybe I have a tumour again, the breast one was in 2020; lower back pain since March.',
  ])('a cancer had still is one: %s', (text) => {
    expect(flagsOf(text)).toContain('cancer_history');
  });
});

describe('a broken vertebra', () => {
  it.each([
    'Crashed on the trail last month and fractured two vertebrae in my lower back, six weeks in a brace.',
    'Went over the bars last weekend and my back is agony, the doctor found a burst fracture at L1.',
  ])('ranks a medical cause: %s', (text) => {
    expect(topCauses(text)).toContain('medical_condition');
  });

  it.each([
    'My nan has a compression fracture from osteoporosis; I am just here for squat depth tips.',
    'My tibia has a burst fracture after a ski crash, any upper body programs?',
  ])('someone else’s, or another bone, is no back post: %s', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});

describe('no better, told by an onset months ago', () => {
  it.each([
    'A couple of months ago my lower back started aching after work. A few weeks ago my back became worse and now it burns all day.',
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

describe('a bar that came off the floor', () => {
  it.each([
    'Went for a PR pull. The bar came off the ground, then an inch, then stopped. On the next try something shifted in my back.',
    'Bar came off the floor slow and my lower back rounded, sore since.',
  ])('is no crash: %s', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Came off my bike at 40 and landed on my back, it is agony.',
    'Came off the ladder onto the concrete yesterday and my back is agony.',
    'The safety pins gave way, the weights came off the rack and fell on me. Hit my lower back hard.',
  ])('a rider, a climber or a rack that came off still is one: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('legs told as a posture', () => {
  it('are not where a sign is', () => {
    expect(
      read('Seated on the floor with my legs spread wide, I noticed a strange feeling in my back, then spasms.').triage,
    ).toBe('self_care');
  });

  it.each([
    'Sat with my legs crossed for an hour, now both legs are numb and my back hurts.',
    'With my legs apart and numb, low back pain.',
  ])('legs that went numb still are: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});
