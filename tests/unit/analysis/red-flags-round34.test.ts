/**
 * Round 34's red-flag class that review kept (list 75's misses; brief issue 12), beside the look-alikes that must stay
 * as they are. Sentences written for the project, by class, not taken from any list. The round's other classes (a
 * crash told with its speed, bladder trouble told without numbness, the other leg started too, soiling told by the bed,
 * a fright on a lift, a run told before a numb groin, a spinal bend) were taken back after review: README "Accuracy".
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const tierOf = (text: string) => assess(text, { rank: false }).triage;

describe("a fever told by a whole-number reading linked to its word ('temp's been 39')", () => {
  it.each([
    "Back pain deep by the spine, temp's been 39 since yesterday, sweating then shivering.",
    "Lower back aching and the temperature has been 39 since last night, I'm shivering under two duvets.",
    'Upper back aching, my temp has been 38 since Sunday and I keep shivering.',
  ])('is urgent: %s', (text) => {
    expect(tierOf(text)).toBe('urgent');
  });

  it.each([
    "Temp's been 39 in the gym all week, shivering after the ice bath, back stiff.",
    "My back's sore, temp has been 36 and I'm shivering.",
    'Back tight, temp has been 39 in the car all afternoon, shivering from the aircon.',
  ])('is no fever: %s', (text) => {
    expect(assess(text, { rank: false }).redFlags.map((flag) => flag.id)).not.toContain('fever');
  });
});
