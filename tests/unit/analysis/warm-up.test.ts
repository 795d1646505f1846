import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { WARM_UP_TEXT } from '@/lib/analysis/warm-up';

describe('the warm-up text', () => {
  // It is only worth running if it walks the paths a forum's back posts do.
  it('is read as a back post, so the warm-up runs the same stages a badge pass does', () => {
    const assessment = assess(WARM_UP_TEXT, { rank: false });
    expect(assessment.relevant).toBe(true);
    expect(assessment.matches.length).toBeGreaterThan(20);
  });
});
