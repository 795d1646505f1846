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
