/**
 * Classes of wording from round 32's tuned set (set 97: runners, climbers, rowers and new jobs on a building site): the
 * lower back told by a landmark of the "bum"; beside it the look-alikes that must stay as they are. Sentences written
 * for the project, by class, not taken from any set.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const relevantUnder = (title: string | undefined, text: string) => assess(text, title ? { thread: { title } } : {}).relevant;

describe('the lower back told by a landmark of the bum', () => {
  it.each([
    'Dull ache just above my bum on the left after every long run.',
    'Sore right above the bum since deadlift day.',
    'Had a nagging ache for a month, sort of above the bum on both sides, worse on the hills.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it.each([
    'My running tights keep riding up above my bum, drives me mad.',
    'Bruised my bum falling off the bike, sore to sit on.',
  ])('leaves a bum that is only a bum: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });
});
