/**
 * Round 41's classes, found on the tune split of a new set of real posts read once before any change (README
 * "Accuracy"), each beside the look-alikes that must stay as they are. Sentences written for the project, by class:
 * no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { readEmergency, type EmergencyModel } from '@/lib/analysis/emergency-model';
import { flagModifierInput } from '@/lib/analysis/extract';

const tierOf = (text: string) => assess(text, { rank: false }).triage;
const flagsOf = (text: string) => assess(text, { rank: false }).redFlags.map((flag) => flag.id);

describe('pain that "came on" the back', () => {
  it.each([
    'The pain came on my lower back after a long day at my desk.',
    'The tightness came on my mid back during the long run and stayed all evening.',
    'A dull ache came on my upper back halfway through the rows.',
  ])('is how it started, not a blow: %s', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    'The bar came down on my lower back when I dumped the squat.',
    'Dropped the bar and it came across my upper back hard.',
    'The bar slipped and landed on my mid back.',
  ])('a bar that came down on it still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('a crash that is no blow', () => {
  it.each([
    'Lower back aches on runs. The app kept crashing halfway through so I lost my splits.',
    'My lower back is sore after the 10k and my watch crashed at 7k, so no data.',
    'Lower back tight after the long run, then a massive sugar crash at mile 18.',
    'Back is stiff, I crashed on the sofa straight after the race and slept funny.',
    'Lower back sore, probably from the crash diet, I have no energy for deadlifts.',
  ])('is a gadget, an energy, a diet or a sofa: %s', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    'Crashed my bike on the descent yesterday and my lower back is agony.',
    'I crashed my car on the way to the gym and my lower back has hurt since.',
    'My phone died, then I came off my bike at 30mph, lower back is killing me.',
  ])('a rider or a driver who crashed still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('a rider into a vehicle or another rider', () => {
  it.each([
    'I crashed into a parked car on my bike, lower back is killing me.',
    'Rode into the back of a van this morning, my lower back is agony.',
    'I crashed into another cyclist yesterday, my back hurts.',
    'I hit a pothole and went down hard on the road, lower back is agony.',
  ])('is a crash: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'I slammed into the wall at mile 20 and my lower back ached the whole way home.',
    'The deadlift went down hard on the floor and my lower back is sore.',
    'My mate rode into the back of a van last year, my own back is just tight from deadlifts.',
  ])("a runner's wall, a dropped bar or a friend's crash long ago is not: %s", (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });
});

describe('the bathroom as how far a stiff back had to go', () => {
  it.each([
    'My lower back is wrecked, I literally had to crawl to the bathroom this morning, it hurts around my waist and it is worse when I move. Any ideas?',
    'Back spasm so bad I hobbled to the toilet holding the wall, then back to bed.',
  ])('is no bladder or bowel sign: %s', (text) => {
    expect(flagsOf(text)).not.toContain('bladder_bowel');
  });

  it.each([
    'Hurt my back deadlifting, I walked to the toilet and nothing came out, I cannot pee.',
    'My back went, I crawled to the loo and wet myself before I got there without feeling it.',
    "Back went on Monday and I didn't make it to the bathroom, didn't even feel it coming.",
  ])('what happened there still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('no better after weeks, told as never better', () => {
  it.each([
    'My lower back has hurt for three months and it never got better.',
    'Strained my lower back two months ago and it never fully healed.',
    'Lower back pain for six weeks now, the pain is still there every morning.',
    'Hurt my back 10 months ago, rested three months, and the pain came back immediately.',
    'Upper back between the shoulder blades for two months, nothing has really fixed it.',
  ])('is not improving: %s', (text) => {
    expect(flagsOf(text)).toContain('not_improving');
    expect(tierOf(text)).toBe('soon');
  });

  it.each([
    'Tweaked my lower back yesterday and it never got better during the session.',
    'My lower back was sore for two months in the spring, then it went away completely.',
    "I've had back pain on and off for years but it always settles within a week.",
    'Lower back aches after heavy deadlifts, the pain is still there today.',
  ])('a short or a settled one is not: %s', (text) => {
    expect(flagsOf(text)).not.toContain('not_improving');
  });
});

describe("the emergency model's both legs in a post with no back", () => {
  /** A model that reads every post as an emergency of both legs, to test where it may speak. */
  const LEGS: EmergencyModel = {
    trainedOn: 'by hand, for tests',
    threshold: 0.5,
    vocabulary: ['both'],
    emergency: { bias: 5, weights: [0] },
    flags: {
      saddle_numbness: { bias: -5, sparse: [] },
      bladder_bowel: { bias: -5, sparse: [] },
      both_legs_neuro: { bias: 5, sparse: [] },
      chest_pain: { bias: -5, sparse: [] },
      dark_urine_severe_pain: { bias: -5, sparse: [] },
      major_trauma: { bias: -5, sparse: [] },
    },
  };
  const read = (text: string, backless: boolean) => readEmergency(text, flagModifierInput(text), LEGS, backless)?.id;

  it('needs something gone numb, weak or swollen there: legs that cramped or tired on a ride are the whole story', () => {
    expect(read('Both legs cramped up this morning.', true)).toBeUndefined();
    expect(read('Both legs felt tired and heavy this morning, then woke up.', true)).toBeUndefined();
    expect(read('Both legs went numb this morning.', true)).toBe('both_legs_neuro');
    expect(read('Both legs keep buckling this morning.', true)).toBe('both_legs_neuro');
    expect(read('Both thighs are swollen this morning.', true)).toBe('both_legs_neuro');
  });

  it('reads a back post’s legs as before', () => {
    expect(read('Both legs cramped up this morning.', false)).toBe('both_legs_neuro');
  });

  it('is told by the engine whether the post or its thread names a back', () => {
    const ride =
      'Had no energy on the long ride today. Now both legs cramped up on the last climb and it has gone on for hours, everything feels heavy tho.';
    expect(tierOf(ride)).not.toBe('emergency');
    expect(tierOf(ride.replace('Had no energy', 'My lower back ached'))).toBe('emergency');
    expect(tierOf(ride.replace('cramped up', 'went numb'))).toBe('emergency');
  });
});
