/**
 * Fits the emergency model (lib/analysis/emergency-model.ts) to labelled posts: logistic regression with an L2
 * penalty by stochastic gradient descent in a fixed order, so the same posts always give the same weights.
 * Features seen in fewer than `minPosts` training posts are left out: a word pair one helper used once says
 * nothing about the next writer, and the model ships in the background script.
 */
import {
  EMERGENCY_FLAGS,
  modelFeatures,
  type EmergencyFlag,
  type EmergencyModel,
  type LogisticWeights,
} from '../analysis/emergency-model';

export interface LabelledPost {
  /** The text as the engine reads it (an opening post's title first). */
  text: string;
  /** The emergency flags the post reports (empty for every other post). */
  emergencies: readonly EmergencyFlag[];
}

export interface EmergencyFitOptions {
  l2: number;
  epochs: number;
  minPosts: number;
  threshold: number;
  /**
   * A flag model's weights nearer zero than this are left out of the file: flag models only rank the few flags a
   * post names, so small weights change no choice.
   */
  minFlagWeight: number;
}

export const DEFAULT_EMERGENCY_FIT: EmergencyFitOptions = {
  l2: 0.01,
  epochs: 40,
  minPosts: 5,
  threshold: 0.7,
  minFlagWeight: 0.2,
};

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
  options: Pick<EmergencyFitOptions, 'l2' | 'epochs'>,
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

/** Two decimals: the file ships in the background script (round 11: lists 15, 24 and 25 read the same with three). */
const round = (value: number) => Math.round(value * 100) / 100;

/** The emergency model fitted to `posts`. */
export function fitEmergencyModel(
  posts: readonly LabelledPost[],
  trainedOn: string,
  options: EmergencyFitOptions = DEFAULT_EMERGENCY_FIT,
): EmergencyModel {
  const featuresOf = posts.map((post) => modelFeatures(post.text));
  const postsWith = new Map<string, number>();
  for (const features of featuresOf) for (const feature of features) postsWith.set(feature, (postsWith.get(feature) ?? 0) + 1);
  const vocabulary = [...postsWith]
    .filter(([, count]) => count >= options.minPosts)
    .map(([feature]) => feature)
    .sort();
  const indexOf = new Map(vocabulary.map((feature, index) => [feature, index]));
  const indices = featuresOf.map((features) => [...features].flatMap((feature) => indexOf.get(feature) ?? []));
  const fitTo = (label: (post: LabelledPost) => boolean) =>
    fitLogistic(
      posts.map((post, index) => ({ indices: indices[index]!, label: label(post) })),
      options,
    );
  const emergency = fitTo((post) => post.emergencies.length > 0);
  const flags = EMERGENCY_FLAGS.map((id) => {
    const model = fitTo((post) => post.emergencies.includes(id));
    const sparse = [...model.weights]
      .filter(([, weight]) => Math.abs(weight) >= options.minFlagWeight)
      .sort(([a], [b]) => a - b)
      .map(([feature, weight]) => [feature, round(weight)] as const);
    return [id, { bias: round(model.bias), sparse }] as const;
  });
  return {
    trainedOn: `${trainedOn}; l2 ${options.l2}, ${options.epochs} epochs, features in ≥ ${options.minPosts} posts`,
    threshold: options.threshold,
    vocabulary,
    emergency: { bias: round(emergency.bias), weights: vocabulary.map((_, index) => round(emergency.weights.get(index) ?? 0)) },
    flags: Object.fromEntries(flags) as unknown as Record<EmergencyFlag, LogisticWeights>,
  };
}
