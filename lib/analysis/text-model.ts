/**
 * A bag of words for Spotter's fitted text models (emergency-model.ts, cause-words.ts): a text's words and word
 * pairs as features, and logistic scores over them. Plain on purpose: these models are there to generalise past
 * the lexicon's words, so they read the words as written, not the lexicon's reading of them.
 */
import { DATING_WORDS } from './lexicon';

/** A fitted logistic model: a bias and the weights of the features it weighs. */
export interface LogisticWeights {
  bias: number;
  /** Every feature's weight, by index into the vocabulary (the emergency model weighs them all)… */
  weights?: readonly number[];
  /** …or only some features', as index and weight (the emergency flag models and the cause models: small weights left out). */
  sparse?: readonly (readonly [number, number])[];
}

/** Checks a model's vocabulary as its file loads: distinct strings, at least one. Returns its size. */
export function checkVocabulary(vocabulary: unknown, model: string): number {
  if (
    !Array.isArray(vocabulary) ||
    vocabulary.length === 0 ||
    vocabulary.some((feature) => typeof feature !== 'string') ||
    new Set(vocabulary).size !== vocabulary.length
  )
    throw new Error(`Spotter: the ${model} model's vocabulary is not a list of distinct words`);
  return vocabulary.length;
}

/**
 * Checks one fitted model as its file loads: a finite bias and finite weights, dense (one per feature of a vocabulary
 * of `size`) or sparse (whole indices inside it). A part missing or not a number would score every post by the bias
 * alone, or as NaN, silently; this throws instead.
 */
export function checkLogisticWeights(
  name: string,
  weights: LogisticWeights | undefined,
  size: number,
  form: 'dense' | 'sparse',
): void {
  if (!weights || !Number.isFinite(weights.bias)) throw new Error(`Spotter: the ${name} model is missing`);
  if ((form === 'dense') !== Boolean(weights.weights) || (form === 'dense') === Boolean(weights.sparse))
    throw new Error(`Spotter: the ${name} model must have ${form} weights only`);
  if (weights.weights && (weights.weights.length !== size || !weights.weights.every(Number.isFinite)))
    throw new Error(`Spotter: the ${name} weights do not match its vocabulary`);
  if (
    weights.sparse?.some(([index, weight]) => !Number.isInteger(index) || index < 0 || index >= size || !Number.isFinite(weight))
  )
    throw new Error(`Spotter: the ${name} weights point outside its vocabulary or are not numbers`);
}

/**
 * A text's features: its words and pairs of neighbouring words, lower case, apostrophes dropped ("can't" is "cant"),
 * every number and dating word "#" (a helper's "since Tuesday" says nothing about the next writer).
 */
export function modelFeatures(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[0-9]+/g, '#')
    .split(/[^a-z#]+/)
    .filter(Boolean)
    .map((word) => (DATING_WORDS.has(word) ? '#' : word));
  const features = new Set<string>();
  for (let index = 0; index < words.length; index++) {
    features.add(words[index]!);
    if (index + 1 < words.length) features.add(`${words[index]} ${words[index + 1]}`);
  }
  return features;
}

/** The features of `features` that a model knows, by index. */
export function featureIndices(features: ReadonlySet<string>, vocabulary: ReadonlyMap<string, number>): number[] {
  const indices: number[] = [];
  for (const feature of features) {
    const index = vocabulary.get(feature);
    if (index !== undefined) indices.push(index);
  }
  return indices;
}

/** A fitted model's weight of each feature, by index (0 for a feature it does not weigh). */
export function weightLookup(model: LogisticWeights): (index: number) => number {
  const dense = model.weights;
  if (dense) return (index) => dense[index] ?? 0;
  const sparse = new Map(model.sparse ?? []);
  return (index) => sparse.get(index) ?? 0;
}

/** A compiled logistic model: its log-odds for a post's feature indices (`weightOf`: a lookup the caller keeps too). */
export function logOdds(model: LogisticWeights, weightOf = weightLookup(model)): (indices: readonly number[]) => number {
  return (indices) => {
    let z = model.bias;
    for (const index of indices) z += weightOf(index);
    return z;
  };
}

/** A compiled logistic model: its probability for a post's feature indices. */
export function logistic(model: LogisticWeights): (indices: readonly number[]) => number {
  const z = logOdds(model);
  return (indices) => 1 / (1 + Math.exp(-z(indices)));
}
