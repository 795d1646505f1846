import { describe, expect, it } from 'vitest';
import {
  checkLogisticWeights,
  checkVocabulary,
  featureIndices,
  logistic,
  logOdds,
  modelFeatures,
} from '@/lib/analysis/text-model';

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

describe('checkVocabulary and checkLogisticWeights', () => {
  it('take a well-formed model', () => {
    expect(checkVocabulary(['a', 'b'], 'test')).toBe(2);
    expect(() => checkLogisticWeights('test', { bias: -1, weights: [0.5, -0.5] }, 2, 'dense')).not.toThrow();
    expect(() => checkLogisticWeights('test', { bias: -1, sparse: [[1, 0.5]] }, 2, 'sparse')).not.toThrow();
  });

  it('refuse a vocabulary that is empty, repeats a word or holds something else', () => {
    expect(() => checkVocabulary([], 'test')).toThrow(/vocabulary/);
    expect(() => checkVocabulary(['a', 'a'], 'test')).toThrow(/distinct/);
    expect(() => checkVocabulary(['a', 3], 'test')).toThrow(/vocabulary/);
  });

  it('refuse weights that are missing, not numbers, of the wrong form or outside the vocabulary', () => {
    expect(() => checkLogisticWeights('test', undefined, 2, 'dense')).toThrow(/missing/);
    expect(() => checkLogisticWeights('test', { bias: Number.NaN, weights: [0, 0] }, 2, 'dense')).toThrow(/missing/);
    expect(() => checkLogisticWeights('test', { bias: 0, sparse: [[0, 1]] }, 2, 'dense')).toThrow(/dense/);
    expect(() => checkLogisticWeights('test', { bias: 0, weights: [0, Number.POSITIVE_INFINITY] }, 2, 'dense')).toThrow(/match/);
    expect(() => checkLogisticWeights('test', { bias: 0, sparse: [[0.5, 1]] }, 2, 'sparse')).toThrow(/outside/);
    expect(() => checkLogisticWeights('test', { bias: 0, sparse: [[2, 1]] }, 2, 'sparse')).toThrow(/outside/);
    expect(() => checkLogisticWeights('test', { bias: 0, sparse: [[1, Number.NaN]] }, 2, 'sparse')).toThrow(/not numbers/);
  });
});
