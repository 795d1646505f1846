/**
 * Logistic regression with an L2 penalty, by stochastic gradient descent in a fixed order, so the same posts always
 * give the same weights: how Spotter's text models (lib/analysis/text-model.ts) are fitted.
 */
import { modelFeatures } from '../analysis/text-model';

/**
 * A fitted weight to two decimals, as the weights files keep them: they ship in the background script, and a
 * hundredth of a weight changes no reading (round 11: red-flag lists 15, 24 and 25 read the same with three).
 */
export const roundWeight = (value: number): number => Math.round(value * 100) / 100;

const LEARNING_RATE = 0.2;
const LEARNING_DECAY = 0.1;

/** Every post once per epoch, in an order that changes each epoch but not between runs. */
function epochOrder(count: number, epoch: number): number[] {
  const key = (index: number) => (index * 7919 + epoch * 104729) % count;
  return Array.from({ length: count }, (_, index) => index).sort((a, b) => key(a) - key(b));
}

/** One logistic model over rows of feature indices. */
export function fitLogistic(
  rows: readonly { indices: readonly number[]; label: boolean }[],
  options: { l2: number; epochs: number },
): { bias: number; weights: Map<number, number> } {
  const weights = new Map<number, number>();
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch * LEARNING_DECAY);
    for (const index of epochOrder(rows.length, epoch)) {
      const row = rows[index]!;
      let z = bias;
      for (const feature of row.indices) z += weights.get(feature) ?? 0;
      const gradient = 1 / (1 + Math.exp(-z)) - (row.label ? 1 : 0);
      bias -= rate * gradient;
      for (const feature of row.indices) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight - rate * (gradient + options.l2 * weight));
      }
    }
  }
  return { bias, weights };
}

/**
 * The texts' features (modelFeatures) seen in at least `minPosts` of them, sorted, and each text's features as indices
 * into that vocabulary. Rarer ones are left out: a word pair one writer used once says nothing about the next.
 */
export function featureRows(texts: readonly string[], minPosts: number): { vocabulary: string[]; rows: number[][] } {
  const featuresOf = texts.map(modelFeatures);
  const postsWith = new Map<string, number>();
  for (const features of featuresOf) for (const feature of features) postsWith.set(feature, (postsWith.get(feature) ?? 0) + 1);
  const vocabulary = [...postsWith]
    .filter(([, count]) => count >= minPosts)
    .map(([feature]) => feature)
    .sort();
  const indexOf = new Map(vocabulary.map((feature, index) => [feature, index]));
  return { vocabulary, rows: featuresOf.map((features) => [...features].flatMap((feature) => indexOf.get(feature) ?? [])) };
}
