/**
 * Fits the emergency model (lib/analysis/emergency-model.ts) to labelled posts (lib/tools/logistic-fit.ts).
 * Features seen in fewer than `minPosts` training posts are left out: a word pair one helper used once says
 * nothing about the next writer, and the model ships in the background script.
 */
import { EMERGENCY_FLAGS, type EmergencyFlag, type EmergencyModel } from '../analysis/emergency-model';
import type { LogisticWeights } from '../analysis/text-model';
import { featureRows, fitLogistic, roundWeight } from './logistic-fit';

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

/** The emergency model fitted to `posts`. */
export function fitEmergencyModel(
  posts: readonly LabelledPost[],
  trainedOn: string,
  options: EmergencyFitOptions = DEFAULT_EMERGENCY_FIT,
): EmergencyModel {
  const { vocabulary, rows: indices } = featureRows(
    posts.map((post) => post.text),
    options.minPosts,
  );
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
      .map(([feature, weight]) => [feature, roundWeight(weight)] as const);
    return [id, { bias: roundWeight(model.bias), sparse }] as const;
  });
  return {
    trainedOn: `${trainedOn}; l2 ${options.l2}, ${options.epochs} epochs, features in ≥ ${options.minPosts} posts`,
    threshold: options.threshold,
    vocabulary,
    emergency: {
      bias: roundWeight(emergency.bias),
      weights: vocabulary.map((_, index) => roundWeight(emergency.weights.get(index) ?? 0)),
    },
    flags: Object.fromEntries(flags) as unknown as Record<EmergencyFlag, LogisticWeights>,
  };
}
