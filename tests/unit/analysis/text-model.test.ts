import { describe, expect, it } from 'vitest';
import { featureIndices, logistic, logOdds, modelFeatures } from '@/lib/analysis/text-model';

describe('modelFeatures', () => {
  it('reads words and neighbouring pairs, with apostrophes dropped and numbers and dates as #', () => {
    const features = modelFeatures("Can't feel my legs since Tuesday, 3 days now");
    expect([...features]).toEqual(
      expect.arrayContaining(['cant', 'cant feel', 'feel my', 'my legs', 'since #', '# #', '# days', 'days now']),
    );
    expect(features.has('tuesday')).toBe(false);
  });
});

describe('logOdds and logistic', () => {
  it('add the weights of the features present to the bias, dense or sparse', () => {
    const vocabulary = new Map([
      ['deadlift', 0],
      ['felt a', 1],
      ['desk', 2],
    ]);
    const indices = featureIndices(modelFeatures('Felt a pop on my deadlift'), vocabulary);
    expect(indices.sort()).toEqual([0, 1]);
    expect(logOdds({ bias: -1, weights: [2, 0.5, 3] })(indices)).toBeCloseTo(1.5);
    expect(logOdds({ bias: -1, sparse: [[2, 3]] })(indices)).toBeCloseTo(-1);
    expect(logistic({ bias: -1, weights: [2, 0.5, 3] })(indices)).toBeCloseTo(1 / (1 + Math.exp(-1.5)));
  });
});
