/**
 * The cause ranker's reading of a post's words as a whole: one logistic model per cause over the post's words and
 * word pairs (text-model.ts), fitted to labelled back posts (scripts/fit-cause-words.ts). Its log-odds join each
 * cause's score in rank.ts, times the model's `weight`.
 *
 * Why beside the features and the catalog's phrases: each new set of posts tells its stories in wordings the lexicon
 * has not seen ("went off like a firecracker", "locked up on my top single"), so the ranker's first reading of a new
 * set put the labelled cause in the top 3 for 0.78 of its posts, set after set, however the rules were fixed by class.
 * The words that go with a cause ("water", "salt", "went from", "belt") carry across wordings where phrases do not.
 * Fitted without each training set in turn, the ranker with it put the labelled cause first for 0.80 of that set's
 * posts against 0.73 without it, and in the top 3 for 0.90 against 0.86 (`npm run fit-cause-words -- --cv`, 1,614
 * posts). On posts it never saw (figures only, README "Accuracy" counts the reads): cause sets 33 and 34, top 3 0.87
 * against round 12's engine's 0.83; the corpora's frozen split of real posts, top 3 0.77 without a words model and
 * 0.82 with it.
 *
 * Limits: it only reorders causes the post gives another reason for (a feature, a phrase, a story: rank.ts), so it
 * never puts a cause forward on words alone; a post without sentences (the questionnaire) is ranked without it. Most
 * of what it learnt is from helper-written sets, and some of it is their style, not the cause's story.
 */
import { UNSHOWN_WORDS } from './lexicon';
import {
  checkLogisticWeights,
  checkVocabulary,
  featureIndices,
  logOdds,
  modelFeatures,
  weightLookup,
  type LogisticWeights,
} from './text-model';
import MODEL from './cause-words-weights.json';

/** The file scripts/fit-cause-words.ts writes. */
export interface CauseWordsModel {
  trainedOn: string;
  /** How much a cause's log-odds count in its ranking score (rank-model.ts's scale). */
  weight: number;
  /** Features (modelFeatures) by index. */
  vocabulary: readonly string[];
  /** One model per cause of the catalog: sparse weights, so a post's few known features are all it reads. */
  causes: Readonly<Record<string, LogisticWeights>>;
}

/**
 * The weights file, checked whole as the engine loads: a cause left out would rank above every cause the model
 * weighs down, and a weight that is not a number would make every score NaN, silently, so such a file throws instead.
 */
export function parseCauseWordsModel(json: unknown, causeIds: readonly string[]): CauseWordsModel {
  const model = json as CauseWordsModel;
  const size = checkVocabulary(model?.vocabulary, 'cause words');
  if (!Number.isFinite(model.weight) || !(model.weight > 0))
    throw new Error('Spotter: the cause words model has no positive weight');
  for (const id of causeIds) checkLogisticWeights(`cause words model's ${id}`, model.causes?.[id], size, 'sparse');
  return model;
}

/** The post's text as the model reads it: its sentences as written (quotes already blanked), as the ranker gets them. */
export function causeWordsText(sentences: readonly { original: string }[]): string {
  return sentences.map((sentence) => sentence.original).join('\n');
}

/** Some of the post's own words and what they add to a cause's score, times the model's weight. */
export interface ShownWords {
  /** At most MAX_SHOWN_WORDS, strongest first, as the reader can find them in the post. */
  words: string[];
  weight: number;
}

/** What the model reads for one cause in a post. */
export interface CauseWordsReading {
  /** The cause's log-odds times the model's weight: what it adds to the cause's ranking score. */
  score: number;
  /** The same for a post with none of the model's words: its bias alone, how often posts are about the cause. */
  prior: number;
  /** The words that speak most for the cause. */
  for: ShownWords;
  /** The words that speak most against it. */
  against: ShownWords;
}

/** Words shown as a reason, at most. */
export const MAX_SHOWN_WORDS = 3;

/**
 * Whether a feature can be shown to the reader as their own words: found as written in the post (not "physios" for
 * "physio's", not a number read as "#"), and every word of it one that tells something ("couch stretch", "salt", "gp";
 * not "felt a", "could be": lexicon UNSHOWN_WORDS).
 */
function showable(feature: string, lowerText: string): boolean {
  return !feature.includes('#') && feature.split(' ').every((word) => !UNSHOWN_WORDS.has(word)) && lowerText.includes(feature);
}

interface CompiledCause {
  bias: number;
  z: (indices: readonly number[]) => number;
  weightOf: (index: number) => number;
}

interface Compiled {
  vocabulary: Map<string, number>;
  causes: Map<string, CompiledCause>;
}

const compiled = new WeakMap<CauseWordsModel, Compiled>();

function compile(model: CauseWordsModel): Compiled {
  let done = compiled.get(model);
  if (!done) {
    done = {
      vocabulary: new Map(model.vocabulary.map((feature, index) => [feature, index])),
      causes: new Map(
        Object.entries(model.causes).map(([id, weights]) => {
          const weightOf = weightLookup(weights);
          return [id, { bias: weights.bias, z: logOdds(weights, weightOf), weightOf }];
        }),
      ),
    };
    compiled.set(model, done);
  }
  return done;
}

/** The shown words of `weighed` on one side (sign 1: for, -1: against), strongest first. */
function shownWords(weighed: readonly { feature: string; weight: number }[], sign: 1 | -1, modelWeight: number): ShownWords {
  const strongest = weighed
    .filter(({ weight }) => weight * sign > 0)
    .sort((a, b) => (b.weight - a.weight) * sign || a.feature.localeCompare(b.feature))
    .slice(0, MAX_SHOWN_WORDS);
  return {
    words: strongest.map(({ feature }) => feature),
    weight: modelWeight * strongest.reduce((sum, { weight }) => sum + weight * sign, 0),
  };
}

/** Per cause the model weighs, what it reads in `text`. */
export function readCauseWords(text: string, model: CauseWordsModel): Map<string, CauseWordsReading> {
  const { vocabulary, causes } = compile(model);
  const indices = featureIndices(modelFeatures(text), vocabulary);
  const lowerText = text.toLowerCase();
  const shown = indices.filter((index) => showable(model.vocabulary[index]!, lowerText));
  const readings = new Map<string, CauseWordsReading>();
  for (const [id, cause] of causes) {
    const weighed = shown.map((index) => ({ feature: model.vocabulary[index]!, weight: cause.weightOf(index) }));
    readings.set(id, {
      score: model.weight * cause.z(indices),
      prior: model.weight * cause.bias,
      for: shownWords(weighed, 1, model.weight),
      against: shownWords(weighed, -1, model.weight),
    });
  }
  return readings;
}

/** The shipped model, for the shipped catalog (rank.ts checks it against the catalog as it loads). */
export const SHIPPED_CAUSE_WORDS: unknown = MODEL;
