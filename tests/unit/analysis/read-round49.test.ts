/**
 * Classes of wording from round 49, found on the tune split of the real sets (README "Accuracy"). Sentences written
 * for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

describe("a back's typed without its apostrophe", () => {
  it.each([
    'backs sore again after the long run, legs are fine',
    'My backs been killing me since the move.',
    'Backs still stiff from Saturday’s deadlifts.',
    'my backs playing up on the rower',
  ])('is a back post: %j', (text) => {
    expect(assess(text).relevant).toBe(true);
  });

  it.each([
    'People hurt their backs shovelling snow every winter, take it slow out there.',
    'The running backs were sore after the game, said the coach.',
    'Did backs and biceps today, good session.',
  ])('but backs in general are not: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});

describe('signs told as something else', () => {
  const read = (text: string) => assess(text, { rank: false });

  it.each([
    // A cold sweat told by the night it wakes the writer from is a night sweat (fever's tier), not a heart's.
    ['Mid back aches and I keep waking up drenched in a cold sweat.', 'fever'],
    ['Lower back pain for weeks, and cold sweats most nights now.', 'fever'],
  ])('%j reads as a night sweat', (text, flag) => {
    const assessment = read(text);
    expect(assessment.triage).toBe('urgent');
    expect(assessment.redFlags.map((hit) => hit.id)).toContain(flag);
  });

  it.each([
    // A worry told with its "I" and tense.
    'Upper back is tight. I was worried that I had had a heart attack, but my GP says it is a pulled muscle.',
    // An accident told by what came after it.
    'My back aches on long rides. Years before I took up cycling I had a bad car accident.',
    'Low back is sore. Long before I started lifting I came off a motorbike at speed.',
  ])('%j raises no emergency', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'My lower back is killing me and I broke out in a cold sweat with a crushing pain in my chest.',
    'Back pain, and I was worried I was having a heart attack: crushing pressure in my chest and my left arm went numb.',
    'I came off my motorbike two days before the race and my back is agony.',
    'Lower back agony since the deadlift and I cannot wee at all.',
  ])('%j stays an emergency', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});
