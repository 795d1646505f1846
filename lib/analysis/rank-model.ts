/**
 * The cause ranker's model: a linear score per cause over the feature vocabulary, plus how close
 * the post's sentences are to the cause's phrases, plus a small per-cause offset.
 *
 *   s(cause) = bias(cause) + Σ over present features f of W(cause, f) + phraseWeight × phrase similarity
 *              + storyWeight × how much of the cause's story the post tells (0, 1, or 2 when it names the condition)
 *
 * W starts from the catalog's hand-set profiles (the prior): (for − against) × how telling the feature is,
 * log(1 + causes / causes that name it), × CIRCUMSTANCE_WEIGHT for a circumstance the writer states.
 * Read like a naive-Bayes sum of log-likelihood ratios. scripts/fit-weights.ts fits a delta to it on
 * the labelled corpora's tune split (lib/analysis/fitted-weights.ts); the delta is shrunk toward the
 * prior, so where data is thin the hand-set weights stand. Whatever the data says, a delta never turns a
 * hand-set "for" into "against" or the reverse, and never invents an "against" the catalog does not state
 * (SIGN RULES below): "deadlift argues against load progression" is noise in a small corpus, not a finding.
 */
import type { CauseEntry } from '../catalog/types';
import { CONTEXTS, RED_FLAGS, REGIONS, type FeatureId } from '../features';

/**
 * Circumstances the writer states outright ("since I bumped my mileage", "barely drinking",
 * "skipped my warm-up"), as opposed to where it hurts, which lift brings it on, or how it began
 * and how long it has lasted. A stated circumstance points at a mechanism far more directly than
 * the presentation, which most causes share, so its prior counts this many times its weight.
 */
export const CIRCUMSTANCE_WEIGHT = 2;
const CIRCUMSTANCES: ReadonlySet<FeatureId> = new Set(CONTEXTS.filter((id) => id !== 'sudden_onset' && id !== 'weeks_long'));

/** The prior's weight on phrase similarity (0..1), about what the old 0.7/0.3 blend gave it against a typical profile sum. */
export const PRIOR_PHRASE_WEIGHT = 5;

/**
 * What a story part adds: about what the strongest stated circumstance weighs in a profile (a 3 for,
 * × CIRCUMSTANCE_WEIGHT × how telling), so new shoes or "diagnosed with AS" can outweigh where it hurts and
 * which lift, which most causes share. Hand-set, not fitted: few labelled posts tell such a story, too few to
 * weigh it (scripts/fit-weights.ts fits the rest of the model around it).
 */
export const STORY_WEIGHT = 5;

/**
 * How much of a story a post tells: a part of it (new shoes, the bar on the neck), or the condition named
 * ("herniated disc", "diagnosed with ankylosing spondylitis"), which is what a clinician or a scan told the
 * writer and outweighs where it hurts and when, twice over.
 */
export const STORY_STRENGTH = { told: 1, named: 2 } as const;

/** What scripts/fit-weights.ts writes: deltas to the prior, per cause id and feature id. */
export interface FittedWeights {
  /** How the weights were made (split, rows, regularisation), for the record. */
  trainedOn: string;
  /** The share of the hand-set prior the deltas were fitted on top of (scripts/fit-weights.ts picks it by cross-validation); default 1. */
  priorScale?: number;
  phraseWeight: number;
  bias: Readonly<Record<string, number>>;
  delta: Readonly<Record<string, Readonly<Partial<Record<FeatureId, number>>>>>;
}

export interface RankModel {
  causes: readonly string[];
  /** W(cause, f): positive speaks for the cause, negative against. */
  weights: ReadonlyMap<string, ReadonlyMap<FeatureId, number>>;
  bias: ReadonlyMap<string, number>;
  phraseWeight: number;
  storyWeight: number;
}

/** The hand-set prior: each catalog entry's profile, weighted by how telling each feature is (times `scale`). */
export function priorWeights(catalog: readonly CauseEntry[], scale = 1): Map<string, Map<FeatureId, number>> {
  const namedBy = new Map<FeatureId, number>();
  for (const entry of catalog) {
    for (const id of new Set([...Object.keys(entry.profile.for), ...Object.keys(entry.profile.against)]) as Set<FeatureId>) {
      namedBy.set(id, (namedBy.get(id) ?? 0) + 1);
    }
  }
  const telling = (id: FeatureId): number =>
    Math.log(1 + catalog.length / (namedBy.get(id) ?? catalog.length)) * (CIRCUMSTANCES.has(id) ? CIRCUMSTANCE_WEIGHT : 1);
  const weights = new Map<string, Map<FeatureId, number>>();
  for (const entry of catalog) {
    const row = new Map<FeatureId, number>();
    for (const id of new Set([...Object.keys(entry.profile.for), ...Object.keys(entry.profile.against)]) as Set<FeatureId>) {
      const net = (entry.profile.for[id] ?? 0) - (entry.profile.against[id] ?? 0);
      // Red flags keep their clinical weight whatever the mix (FIXED_FEATURES).
      if (net !== 0) row.set(id, net * telling(id) * (FIXED_FEATURES.has(id) ? 1 : scale));
    }
    weights.set(entry.id, row);
  }
  return weights;
}

/** Share of a hand-set weight that the data may not take away. */
export const MIN_KEPT_SHARE = 0.5;

/**
 * Features whose weights are never fitted: red flags tie to causes through the clinical literature
 * (research/clinical-facts.md), not through how often a few forum posts mention them.
 */
export const FIXED_FEATURES: ReadonlySet<FeatureId> = new Set(RED_FLAGS);

/**
 * SIGN RULES: the prior's sign stands. A delta may weaken a hand-set weight to half of it
 * (MIN_KEPT_SHARE), never past that; where the catalog says nothing, a delta may only add support (a
 * positive weight).
 */
export function clampToPrior(prior: number, weight: number): number {
  if (prior > 0) return Math.max(prior * MIN_KEPT_SHARE, weight);
  if (prior < 0) return Math.min(prior * MIN_KEPT_SHARE, weight);
  return Math.max(0, weight);
}

/** Prior plus fitted deltas (none: the hand-set model), with the sign rules applied. */
export function buildModel(catalog: readonly CauseEntry[], fitted?: FittedWeights): RankModel {
  const prior = priorWeights(catalog, fitted?.priorScale ?? 1);
  const weights = new Map<string, Map<FeatureId, number>>();
  const bias = new Map<string, number>();
  for (const entry of catalog) {
    const row = new Map(prior.get(entry.id));
    for (const [id, delta] of Object.entries(fitted?.delta[entry.id] ?? {}) as [FeatureId, number][]) {
      if (FIXED_FEATURES.has(id)) continue;
      const base = row.get(id) ?? 0;
      const weight = clampToPrior(base, base + delta);
      if (weight === 0) row.delete(id);
      else row.set(id, weight);
    }
    weights.set(entry.id, row);
    bias.set(entry.id, fitted?.bias[entry.id] ?? 0);
  }
  return {
    causes: catalog.map((entry) => entry.id),
    weights,
    bias,
    phraseWeight: fitted?.phraseWeight ?? PRIOR_PHRASE_WEIGHT,
    storyWeight: STORY_WEIGHT,
  };
}

/** s(cause) for a post's present features, its phrase similarity to the cause (0 when none) and how much of its story it tells (STORY_STRENGTH, 0 when none). */
export function causeScore(model: RankModel, cause: string, present: readonly FeatureId[], phrase: number, story = 0): number {
  const row = model.weights.get(cause);
  let score = (model.bias.get(cause) ?? 0) + model.phraseWeight * phrase + model.storyWeight * story;
  if (row) for (const id of present) score += row.get(id) ?? 0;
  return score;
}

const LOCATIONS: ReadonlySet<FeatureId> = new Set(REGIONS);

/**
 * Whether the post gives a reason for the cause beyond where it hurts: a cause is never put forward
 * for its location alone ("lower back" names half the catalog), so a story (a crash, a PR attempt)
 * is not padded out with technique faults that merely share its region.
 */
export function supportedBeyondLocation(model: RankModel, cause: string, present: readonly FeatureId[]): boolean {
  const row = model.weights.get(cause);
  return present.some((id) => !LOCATIONS.has(id) && (row?.get(id) ?? 0) > 0);
}

/**
 * Whether where it hurts rules the cause's phrases (and story) out: the post names a region, the cause's profile
 * argues against one it names and speaks for none. A phrase is matched on a few words ("sit all day then run", for hip
 * flexors that pull on the lumbar spine), so it must not carry a cause to a place its mechanism does not
 * reach: an upper back that aches from a desk day is no hip-flexor story.
 */
export function placeRulesOutPhrases(model: RankModel, cause: string, present: readonly FeatureId[]): boolean {
  const places = placeWeights(model, cause, present);
  // A place the profile says nothing of carries nothing either way: "upper back and neck … sit all day" is still no
  // hip-flexor story, though the neck alone would not argue against one (review 46c).
  return places.some((weight) => weight < 0) && places.every((weight) => weight <= 0);
}

/** The cause's weight of each place the post names. */
function placeWeights(model: RankModel, cause: string, present: readonly FeatureId[]): number[] {
  const row = model.weights.get(cause);
  return present.filter((id) => LOCATIONS.has(id)).map((id) => row?.get(id) ?? 0);
}

/**
 * Whether any place the post names argues against the cause. The post's words as a whole (cause-words.ts) cannot say
 * which place they are told of, so for them one such place is enough: "upper back and neck … sit all day" is no
 * hip-flexor story, though the neck alone says nothing against one.
 */
export function placeArguesAgainst(model: RankModel, cause: string, present: readonly FeatureId[]): boolean {
  return placeWeights(model, cause, present).some((weight) => weight < 0);
}
