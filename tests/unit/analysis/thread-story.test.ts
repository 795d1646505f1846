/**
 * A reply that leans on its thread for its back (an agreement, a symptom with no place) shares the story its thread's
 * title tells: the ranker reads the title's sentences with it (lib/analysis/index.ts `rankedSentences`).
 */
import { describe, expect, it } from 'vitest';
import { topCauses } from '../../harness/top-causes';

describe('a reply that leans on its thread shares the story its title tells', () => {
  it('ranks the title’s cause for an agreement that tells no story of its own', () => {
    expect(topCauses('honestly this thread describes me', 'Tight hamstrings making my lower back ache on deadlifts?')).toContain(
      'hamstring_tightness',
    );
    expect(
      topCauses('same deal here, every single session', 'Lower back tight for the first 10 minutes of every run, then fine'),
    ).toContain('poor_warmup');
  });

  it('keeps the reply’s own story first when it tells one', () => {
    expect(
      topCauses(
        'same here, mine turned out to be my desk chair, sitting 9 hours a day',
        'Tight hamstrings and a sore lower back?',
      )[0],
    ).toBe('poor_posture');
  });
});
