import { describe, expect, it } from 'vitest';
import { fitLogistic } from '@/lib/tools/logistic-fit';

// Feature 0 goes with the label, feature 1 against it, feature 2 with both alike.
const ROWS = Array.from({ length: 40 }, (_, index) => ({
  indices: index % 2 === 0 ? [0, 2] : [1, 2],
  label: index % 2 === 0,
}));

describe('fitLogistic', () => {
  it('learns which features go with the label and which against it', () => {
    const { weights } = fitLogistic(ROWS, { l2: 0.01, epochs: 20 });
    expect(weights.get(0)).toBeGreaterThan(1);
    expect(weights.get(1)).toBeLessThan(-1);
    expect(Math.abs(weights.get(2)!)).toBeLessThan(0.5);
  });

  it('gives the same weights for the same rows, run after run', () => {
    expect(fitLogistic(ROWS, { l2: 0.01, epochs: 5 })).toEqual(fitLogistic(ROWS, { l2: 0.01, epochs: 5 }));
  });

  it('shrinks weights harder under a larger penalty', () => {
    const loose = fitLogistic(ROWS, { l2: 0.001, epochs: 20 }).weights.get(0)!;
    const tight = fitLogistic(ROWS, { l2: 0.5, epochs: 20 }).weights.get(0)!;
    expect(tight).toBeLessThan(loose);
  });
});
