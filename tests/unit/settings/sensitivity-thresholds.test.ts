import { describe, expect, it } from 'vitest';
import { RELEVANCE_THRESHOLD } from '@/lib/analysis';
import { relevanceThreshold } from '@/lib/settings/schema';

/** lib/settings/schema.ts keeps the thresholds as plain numbers (so pages need not load the engine); they must fit it. */
describe('sensitivity levels and the engine', () => {
  it('balanced is the engine’s default; relaxed is looser and strict stricter, within the score’s range', () => {
    expect(relevanceThreshold('balanced')).toBe(RELEVANCE_THRESHOLD);
    expect(relevanceThreshold('relaxed')).toBeLessThan(RELEVANCE_THRESHOLD);
    expect(relevanceThreshold('relaxed')).toBeGreaterThan(0);
    expect(relevanceThreshold('strict')).toBeGreaterThan(RELEVANCE_THRESHOLD);
    expect(relevanceThreshold('strict')).toBeLessThan(1);
  });
});
