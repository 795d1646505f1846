import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselinePrediction, evaluate, parseCorpus, spotterPrediction } from '@/lib/tools/eval';

/**
 * Regression guard on the project's own labelled posts (tests/fixtures/posts/own.jsonl, written
 * for Spotter, with hard negatives). The bars are DESIGN.md's quality bars; the real measure is
 * `npm run eval` on real posts.
 */
const { rows, errors } = parseCorpus(readFileSync('tests/fixtures/posts/own.jsonl', 'utf8'));

describe('accuracy on the project’s own labelled posts', () => {
  const spotter = evaluate(rows, spotterPrediction).metrics;
  const baseline = evaluate(rows, baselinePrediction).metrics;

  it('reads the fixture cleanly', () => {
    expect(errors).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('meets the relevance bars and beats the keyword baseline', () => {
    expect(spotter.relevance.precision).toBeGreaterThanOrEqual(0.95);
    expect(spotter.relevance.recall).toBeGreaterThanOrEqual(0.9);
    expect(spotter.relevance.f1).toBeGreaterThan(baseline.relevance.f1);
  });

  it('puts a labelled cause in the top 3 for most relevant posts', () => {
    expect(spotter.causes.top3).toBeGreaterThanOrEqual(0.85);
  });

  it('never misses a red flag and rarely alarms falsely', () => {
    expect(spotter.redFlags.recall).toBe(1);
    expect(spotter.redFlags.falseAlarm).toBeLessThanOrEqual(0.02);
  });
});
