/**
 * Fitting the cause ranker's weights to labelled posts (scripts/fit-weights.ts; model in
 * lib/analysis/rank-model.ts). Pure: takes samples and a catalog, returns weights and figures.
 *
 * The model is a softmax over causes, s(cause) = bias + Σ W(cause, f) + phraseWeight × phrase (+ the
 * hand-set story weight where the post tells the cause's story), with
 * W = prior + delta. A post labelled with several plausible causes counts as right when any of them is
 * chosen, so the loss is −log Σ over its labelled causes of p(cause) (the likelihood of "one of these").
 * L2 penalties pull the deltas and biases to zero and the phrase weight to its prior, so where the data is
 * thin the hand-set profiles stand. After every step the sign rules (rank-model.ts) are applied; a weight
 * the catalog does not state is fitted only where at least `minSupport` posts show the feature with the
 * cause labelled and the feature makes the cause clearly likelier (`minLift`).
 */
import type { CauseEntry } from '../catalog/types';
import { REGIONS, type FeatureId } from '../features';
import {
  FIXED_FEATURES,
  PRIOR_PHRASE_WEIGHT,
  buildModel,
  causeScore,
  clampToPrior,
  placeRulesOutPhrases,
  priorWeights,
  supportedBeyondLocation,
  type FittedWeights,
  type RankModel,
} from '../analysis/rank-model';
import { idHash } from './corpus-split';

export interface RankSample {
  id: string;
  /** Labelled plausible causes. */
  labels: readonly string[];
  present: readonly FeatureId[];
  /** Best phrase similarity per cause id (absent: none close). */
  phrase: Readonly<Record<string, number>>;
  /** How much of each cause's story the post tells (STORY_STRENGTH, lexicon/stories.ts); none when absent. */
  story?: Readonly<Record<string, number>>;
  /** Whether the engine reads the post as about a back (default true); when not, it shows no causes. */
  relevant?: boolean;
  /** How much the post counts in the fit (default 1): scripts/fit-weights.ts counts the corpora's posts more. */
  weight?: number;
}

export interface FitOptions {
  /** L2 weight on the deltas (per sample). */
  lambda: number;
  /** L2 weight on the per-cause biases. */
  lambdaBias: number;
  iterations: number;
  learningRate: number;
  /** Posts with the feature and the cause needed before a weight the catalog does not state is fitted. */
  minSupport: number;
  /**
   * How much likelier the cause must be among posts with the feature than among all posts before a
   * weight the catalog does not state is fitted: a cause labelled on half the posts co-occurs with
   * everything, which says how common it is (the bias), not what the feature means.
   */
  minLift: number;
  /** Largest change to any one weight. */
  maxDelta: number;
  /** Largest per-cause offset either way. */
  maxBias: number;
  /**
   * Extra penalty on where it hurts: nearly every post names its region, so a region weight would soak
   * up how common a cause is (the bias's job) and rank by location rather than by the story.
   */
  locationPenalty: number;
  /**
   * How much of the hand-set profiles the fit starts from (1: all of them). Chosen by cross-validation, not
   * by the gradient: it sets how far the data may outvote the catalog as a whole.
   */
  priorScale: number;
  /**
   * Weights fitted before (the shipped ones) to start from and shrink toward, instead of the hand-set profiles alone:
   * what posts no longer at hand taught stays unless the new posts argue against it. Its own `priorScale` is kept.
   */
  start?: FittedWeights;
}

export const DEFAULT_FIT: FitOptions = {
  lambda: 0.01,
  lambdaBias: 0.005,
  iterations: 400,
  learningRate: 0.05,
  minSupport: 5,
  minLift: 1.25,
  maxDelta: 3,
  maxBias: 2,
  locationPenalty: 4,
  priorScale: 1,
};

/** Where it hurts: its hand-set weights may be tuned, but the data adds no new link from a mere location. */
const LOCATIONS: ReadonlySet<FeatureId> = new Set(REGIONS);

/**
 * Read for sense: "stretching" is mostly what a writer tried ("I stretch my hip flexors every night"),
 * not what brought the problem on, so it co-occurs with whatever the thread is about. It gains no weight
 * the catalog does not state (the catalog's own stretching weights, overstretching's, still fit).
 */
const REMEDY_TALK: ReadonlySet<FeatureId> = new Set(['stretching']);
/** Largest weight the data may create where the catalog states none: a new link stays below the hand-set ones. */
const MAX_NEW_WEIGHT = 1.5;

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Fits deltas to the catalog's prior on the samples. */
export function fitWeights(
  samples: readonly RankSample[],
  catalog: readonly CauseEntry[],
  options: FitOptions,
  trainedOn: string,
): FittedWeights {
  const causes = catalog.map((entry) => entry.id);
  const causeAt = new Map(causes.map((id, index) => [id, index]));
  const priorScale = options.start?.priorScale ?? options.priorScale;
  const prior = priorWeights(catalog, priorScale);
  const features = [...new Set([...samples.flatMap((sample) => sample.present), ...startFeatures(options.start)])].sort();
  const featureAt = new Map(features.map((id, index) => [id, index]));
  const C = causes.length;
  const F = features.length;
  const priorMatrix = new Float64Array(C * F);
  for (let c = 0; c < C; c++) for (let f = 0; f < F; f++) priorMatrix[c * F + f] = prior.get(causes[c]!)?.get(features[f]!) ?? 0;
  // Where the fit starts and what the penalties pull toward: no change, or the earlier fit's deltas, biases and phrase weight.
  const startDelta = new Float64Array(C * F);
  for (let c = 0; c < C; c++) {
    for (let f = 0; f < F; f++) startDelta[c * F + f] = options.start?.delta[causes[c]!]?.[features[f]!] ?? 0;
  }
  const startBias = Float64Array.from(causes, (id) => options.start?.bias[id] ?? 0);
  const startPhrase = options.start?.phraseWeight ?? PRIOR_PHRASE_WEIGHT;
  const delta = Float64Array.from(startDelta);
  const fittable = Uint8Array.from(features, (id) => (FIXED_FEATURES.has(id) ? 0 : 1));
  const penalty = Float64Array.from(features, (id) => (LOCATIONS.has(id) ? options.locationPenalty : 1));
  const bias = Float64Array.from(startBias);
  let phraseWeight = startPhrase;
  // The sign rules keep the prior's signs, so what the place rules out is known before fitting.
  const priorModel = buildModel(catalog);
  const rows = samples
    .map((sample) => {
      const ruledOut = causes.map((id) => placeRulesOutPhrases(priorModel, id, sample.present));
      return {
        x: sample.present.map((id) => featureAt.get(id)!).filter((f) => f !== undefined),
        labels: sample.labels.map((id) => causeAt.get(id)).filter((c): c is number => c !== undefined),
        phrase: Float64Array.from(causes, (id, c) => (ruledOut[c] ? 0 : (sample.phrase[id] ?? 0))),
        story: Float64Array.from(causes, (id, c) => (ruledOut[c] ? 0 : priorModel.storyWeight * (sample.story?.[id] ?? 0))),
        weight: sample.weight ?? 1,
      };
    })
    .filter((row) => row.labels.length > 0);
  const n = Math.max(1, rows.length);
  // The loss is a weighted mean over posts, so the penalties weigh the same whatever the weights. A weight counts in the
  // loss only: a link the catalog does not state still needs that many posts seen (`minSupport`), not weighted ones.
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0) || 1;

  // Which weights the catalog does not state may be fitted at all: supported and telling.
  const support = new Uint32Array(C * F);
  const featureCount = new Uint32Array(F);
  const causeCount = new Uint32Array(C);
  for (const row of rows) {
    for (const f of row.x) featureCount[f]!++;
    for (const c of row.labels) {
      causeCount[c]!++;
      for (const f of row.x) support[c * F + f]!++;
    }
  }
  const open = new Uint8Array(C * F);
  for (let c = 0; c < C; c++) {
    for (let f = 0; f < F; f++) {
      const i = c * F + f;
      if (!fittable[f]) continue;
      if (priorMatrix[i] !== 0 || startDelta[i] !== 0) open[i] = 1;
      else if (REMEDY_TALK.has(features[f]!) || LOCATIONS.has(features[f]!)) continue;
      else if (support[i]! >= options.minSupport && support[i]! / featureCount[f]! >= (options.minLift * causeCount[c]!) / n)
        open[i] = 1;
    }
  }

  // Adam: the features are sparse and of very different frequency.
  const params = C * F + C + 1;
  const m = new Float64Array(params);
  const v = new Float64Array(params);
  const grad = new Float64Array(params);
  const scores = new Float64Array(C);
  for (let step = 1; step <= options.iterations; step++) {
    grad.fill(0);
    for (const row of rows) {
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        let s = bias[c]! + phraseWeight * row.phrase[c]! + row.story[c]!;
        for (const f of row.x) s += priorMatrix[c * F + f]! + delta[c * F + f]!;
        scores[c] = s;
        if (s > max) max = s;
      }
      let total = 0;
      let labelled = 0;
      for (let c = 0; c < C; c++) {
        scores[c] = Math.exp(scores[c]! - max);
        total += scores[c]!;
      }
      for (const c of row.labels) labelled += scores[c]!;
      for (let c = 0; c < C; c++) {
        const p = scores[c]! / total;
        const q = row.labels.includes(c) ? scores[c]! / labelled : 0;
        const g = ((p - q) * row.weight) / totalWeight;
        if (g === 0) continue;
        for (const f of row.x) grad[c * F + f]! += g;
        grad[C * F + c]! += g;
        grad[C * F + C]! += g * row.phrase[c]!;
      }
    }
    for (let i = 0; i < C * F; i++) grad[i]! += 2 * options.lambda * penalty[i % F]! * (delta[i]! - startDelta[i]!);
    for (let c = 0; c < C; c++) grad[C * F + c]! += 2 * options.lambdaBias * (bias[c]! - startBias[c]!);
    grad[C * F + C]! += 2 * options.lambdaBias * (phraseWeight - startPhrase);
    const rate = options.learningRate;
    for (let i = 0; i < params; i++) {
      m[i] = 0.9 * m[i]! + 0.1 * grad[i]!;
      v[i] = 0.999 * v[i]! + 0.001 * grad[i]! * grad[i]!;
      const update = (rate * (m[i]! / (1 - 0.9 ** step))) / (Math.sqrt(v[i]! / (1 - 0.999 ** step)) + 1e-8);
      if (i < C * F) {
        if (!open[i]) continue;
        const base = priorMatrix[i]!;
        const ceiling = base === 0 ? MAX_NEW_WEIGHT : options.maxDelta;
        const next = Math.max(-options.maxDelta, Math.min(ceiling, delta[i]! - update));
        delta[i] = clampToPrior(base, base + next) - base;
      } else if (i < C * F + C) {
        bias[i - C * F] = Math.max(-options.maxBias, Math.min(options.maxBias, bias[i - C * F]! - update));
      } else {
        phraseWeight = Math.max(0, phraseWeight - update);
      }
    }
  }

  const deltas: Record<string, Partial<Record<FeatureId, number>>> = {};
  const biases: Record<string, number> = {};
  for (let c = 0; c < C; c++) {
    const entry: Partial<Record<FeatureId, number>> = {};
    for (let f = 0; f < F; f++) {
      const value = round(delta[c * F + f]!);
      if (Math.abs(value) < 0.01) continue;
      entry[features[f]!] = value;
    }
    if (Object.keys(entry).length > 0) deltas[causes[c]!] = entry;
    if (Math.abs(bias[c]!) >= 0.01) biases[causes[c]!] = round(bias[c]!);
  }
  return { trainedOn, priorScale, phraseWeight: round(phraseWeight), bias: biases, delta: deltas };
}

/** The features an earlier fit weighs, so a warm start keeps them though the new posts show none. */
function startFeatures(start: FittedWeights | undefined): FeatureId[] {
  return Object.values(start?.delta ?? {}).flatMap((row) => Object.keys(row) as FeatureId[]);
}

/** Causes for a sample, best first, by the same rule as the engine's ranker (a cause needs a reason). */
export function rankSample(model: RankModel, sample: RankSample): string[] {
  return model.causes
    .map((id) => {
      const ruledOut = placeRulesOutPhrases(model, id, sample.present);
      return { id, phrase: ruledOut ? 0 : (sample.phrase[id] ?? 0), story: ruledOut ? 0 : (sample.story?.[id] ?? 0) };
    })
    .filter(({ id, phrase, story }) => supportedBeyondLocation(model, id, sample.present) || phrase > 0 || story > 0)
    .map(({ id, phrase, story }) => ({ id, score: causeScore(model, id, sample.present, phrase, story) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .map((cause) => cause.id);
}

export interface TopK {
  top1: number;
  top3: number;
  n: number;
}

/** In-sample figures of one model (optimistic when the model was fitted to these samples). */
export function topK(model: RankModel, samples: readonly RankSample[]): TopK {
  let top1 = 0;
  let top3 = 0;
  for (const sample of samples) {
    const hit = hits(model, sample);
    top1 += hit.top1;
    top3 += hit.top3;
  }
  const share = (count: number): number => (samples.length === 0 ? 0 : round(count / samples.length));
  return { top1: share(top1), top3: share(top3), n: samples.length };
}

/** How a cross-validation splits the samples: `folds` folds by id hash, redrawn `repeats` times with different seeds. */
export interface CvPlan {
  folds: number;
  repeats: number;
}

export const DEFAULT_CV: CvPlan = { folds: 5, repeats: 10 };

/** A cross-validated figure: mean over posts of each post's held-out hit rate (averaged over repeats), and its standard error. */
export interface CvFigure {
  mean: number;
  se: number;
}

export interface CvScores {
  top1: CvFigure;
  top3: CvFigure;
  n: number;
  /** Per post id: share of repeats in which a labelled cause was ranked first / in the top 3 while held out. */
  perPost: Record<string, { top1: number; top3: number }>;
}

/** Mean and standard error (sd / √n) of per-post values. */
export function meanAndSe(values: readonly number[]): CvFigure {
  const n = values.length;
  if (n === 0) return { mean: 0, se: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = n < 2 ? 0 : values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  return { mean: round(mean), se: round(Math.sqrt(variance / n)) };
}

/** Which fold a sample falls in for one repeat: by a hash of the seed and the id, so every repeat redraws the folds. */
export function foldOf(id: string, repeat: number, folds: number): number {
  return idHash(`fold:${repeat}:${id}`) % folds;
}

/**
 * Held-out hit of one ranking. A sample the engine does not read as relevant (`relevant: false`) gets no
 * causes shown, so it is a miss whatever the ranker would say: that is the whole engine's figure.
 */
function hits(model: RankModel, sample: RankSample): { top1: number; top3: number } {
  if (sample.relevant === false) return { top1: 0, top3: 0 };
  const ranked = rankSample(model, sample);
  return {
    top1: sample.labels.includes(ranked[0] ?? '') ? 1 : 0,
    top3: ranked.slice(0, 3).some((id) => sample.labels.includes(id)) ? 1 : 0,
  };
}

function scoresOf(perPost: Record<string, { top1: number; top3: number }>): CvScores {
  const rows = Object.values(perPost);
  return {
    top1: meanAndSe(rows.map((row) => row.top1)),
    top3: meanAndSe(rows.map((row) => row.top3)),
    n: rows.length,
    perPost,
  };
}

/**
 * Repeated k-fold cross-validation: each repeat draws new folds; on each fold the weights are fitted to the
 * other folds and the held-out posts are ranked as the engine ranks them. The base model (the hand-set profiles, or
 * a warm start's weights) needs no fitting, so its figure is the same on every repeat. Each post's hit rate is averaged over the repeats, and
 * the figures are the mean of those with their standard error over posts (n is small: read a difference
 * between two set-ups with `pairedDifference`, not by eye).
 */
export function crossValidate(
  samples: readonly RankSample[],
  catalog: readonly CauseEntry[],
  options: FitOptions,
  plan: CvPlan = DEFAULT_CV,
): { base: CvScores; fitted: CvScores } {
  // The model the fit is measured against: the hand-set profiles, or with a warm start the weights it starts from.
  const base = buildModel(catalog, options.start);
  const basePerPost: Record<string, { top1: number; top3: number }> = {};
  for (const sample of samples) basePerPost[sample.id] = hits(base, sample);
  const fittedPerPost: Record<string, { top1: number; top3: number }> = {};
  for (const sample of samples) fittedPerPost[sample.id] = { top1: 0, top3: 0 };
  for (let repeat = 0; repeat < plan.repeats; repeat++) {
    for (let fold = 0; fold < plan.folds; fold++) {
      const heldOut = samples.filter((sample) => foldOf(sample.id, repeat, plan.folds) === fold);
      if (heldOut.length === 0) continue;
      const training = samples.filter((sample) => foldOf(sample.id, repeat, plan.folds) !== fold);
      const model = buildModel(catalog, fitWeights(training, catalog, options, `repeat ${repeat} fold ${fold}`));
      for (const sample of heldOut) {
        const hit = hits(model, sample);
        fittedPerPost[sample.id]!.top1 += hit.top1 / plan.repeats;
        fittedPerPost[sample.id]!.top3 += hit.top3 / plan.repeats;
      }
    }
  }
  return { base: scoresOf(basePerPost), fitted: scoresOf(fittedPerPost) };
}

/**
 * The paired difference b − a over the posts both scored, with its standard error: two set-ups ranked on
 * the same posts differ far less by chance than their two separate standard errors suggest.
 */
export function pairedDifference(a: CvScores, b: CvScores): { top1: CvFigure; top3: CvFigure; n: number } {
  const ids = Object.keys(a.perPost).filter((id) => id in b.perPost);
  return {
    top1: meanAndSe(ids.map((id) => b.perPost[id]!.top1 - a.perPost[id]!.top1)),
    top3: meanAndSe(ids.map((id) => b.perPost[id]!.top3 - a.perPost[id]!.top3)),
    n: ids.length,
  };
}

/** A set-up and its cross-validated figures. */
export interface SetUpResult {
  options: FitOptions;
  fitted: CvScores;
}

/**
 * The one-standard-error rule (Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, §7.10):
 * of the set-ups whose top-1 and top-3 are within one paired standard error of the best top-3, take the one
 * that keeps most of the hand-set profiles (then the strongest L2). On 124 posts the best set-up wins partly by
 * chance; the catalog's profiles also carry what the corpus has few posts of (a mid-back cramp on an overhead
 * press), so among set-ups the data cannot tell apart, the one nearer the catalog is kept.
 */
export function chooseSetUp(results: readonly SetUpResult[]): SetUpResult {
  const best = results.reduce((a, b) =>
    b.fitted.top3.mean > a.fitted.top3.mean ||
    (b.fitted.top3.mean === a.fitted.top3.mean && b.fitted.top1.mean > a.fitted.top1.mean)
      ? b
      : a,
  );
  const close = results.filter((result) => {
    const change = pairedDifference(best.fitted, result.fitted);
    return change.top3.mean >= -change.top3.se && change.top1.mean >= -change.top1.se;
  });
  return [...close].sort((a, b) => b.options.priorScale - a.options.priorScale || b.options.lambda - a.options.lambda)[0]!;
}

/**
 * Nested cross-validation of the whole fitting procedure, choice of set-up included: on each outer fold the
 * set-up is chosen (chooseSetUp) by an inner cross-validation on the other folds alone, then fitted there and
 * scored on the held-out fold. Choosing on the same cross-validation that reports the figure flatters it; this does not.
 */
export function nestedCrossValidate(
  samples: readonly RankSample[],
  catalog: readonly CauseEntry[],
  candidates: readonly FitOptions[],
  plan: CvPlan = { folds: 5, repeats: 3 },
  inner: CvPlan = { folds: 5, repeats: 1 },
): CvScores & { chosen: FitOptions[] } {
  const perPost: Record<string, { top1: number; top3: number }> = {};
  for (const sample of samples) perPost[sample.id] = { top1: 0, top3: 0 };
  const chosen: FitOptions[] = [];
  for (let repeat = 0; repeat < plan.repeats; repeat++) {
    for (let fold = 0; fold < plan.folds; fold++) {
      const heldOut = samples.filter((sample) => foldOf(sample.id, repeat, plan.folds) === fold);
      if (heldOut.length === 0) continue;
      const training = samples.filter((sample) => foldOf(sample.id, repeat, plan.folds) !== fold);
      const { options } = chooseSetUp(
        candidates.map((candidate) => ({
          options: candidate,
          fitted: crossValidate(training, catalog, candidate, inner).fitted,
        })),
      );
      chosen.push(options);
      const model = buildModel(catalog, fitWeights(training, catalog, options, `nested ${repeat}.${fold}`));
      for (const sample of heldOut) {
        const hit = hits(model, sample);
        perPost[sample.id]!.top1 += hit.top1 / plan.repeats;
        perPost[sample.id]!.top3 += hit.top3 / plan.repeats;
      }
    }
  }
  return { ...scoresOf(perPost), chosen };
}
