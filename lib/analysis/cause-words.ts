/**
 * The cause ranker's reading of a post's words as a whole: one logistic model per cause over the post's words and
 * word pairs (text-model.ts), fitted to labelled back posts (scripts/fit-cause-words.ts). Its log-odds join each
 * cause's score in rank.ts, times the model's `weight`.
 *
 * Why beside the features and the catalog's phrases: each new set of posts tells its stories in wordings the lexicon
 * has not seen ("went off like a firecracker", "locked up on my top single"), so the ranker's first reading of a new
 * set put the labelled cause in the top 3 for 0.78 of its posts, set after set, however the rules were fixed by class.
 * The words that go with a cause ("water", "salt", "went from", "belt") carry across wordings where phrases do not.
 * Fitted without each training set in turn, the ranker with it put the labelled cause first for 0.81 of that set's
 * posts against 0.76 without it, and in the top 3 for 0.91 against 0.89 (`npm run fit-cause-words -- --cv`). On
 * posts it never saw, read once: cause set 25, top 3 0.78 → 0.82 (top 1 0.66 → 0.71); the corpora's frozen split of
 * real posts, top 3 0.77 → 0.82.
 *
 * Limits: it only reorders causes the post gives another reason for (a feature, a phrase, a story: rank.ts), so it
 * never puts a cause forward on words alone; a post without sentences (the questionnaire) is ranked without it.
 */
import { FUNCTION_WORDS } from './lexicon';
import { featureIndices, logOdds, modelFeatures, type LogisticWeights } from './text-model';
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
 * weighs down, silently, so a file that does not cover `causeIds` throws instead.
 */
export function parseCauseWordsModel(json: unknown, causeIds: readonly string[]): CauseWordsModel {
  const model = json as CauseWordsModel;
  const size = model?.vocabulary?.length;
  if (!size || typeof model.weight !== 'number' || !(model.weight > 0))
    throw new Error('Spotter: the cause words model has no vocabulary or no positive weight');
  for (const id of causeIds) {
    const cause = model.causes?.[id];
    if (!cause || typeof cause.bias !== 'number' || !Array.isArray(cause.sparse) || cause.weights)
      throw new Error(`Spotter: the cause words model has no sparse model for ${id}`);
    if (cause.sparse.some(([index]) => !(index >= 0 && index < size)))
      throw new Error(`Spotter: the cause words model's weights for ${id} point outside its vocabulary`);
  }
  return model;
}

/** The post's text as the model reads it: its sentences as written (quotes already blanked), as the ranker gets them. */
export function causeWordsText(sentences: readonly { original: string }[]): string {
  return sentences.map((sentence) => sentence.original).join('\n');
}

/** What the model reads for one cause in a post. */
export interface CauseWordsReading {
  /** The cause's log-odds times the model's weight: what it adds to the cause's ranking score. */
  score: number;
  /** The same for a post with none of the model's words: its bias alone, how often posts are about the cause. */
  prior: number;
  /** The post's own words that speak most for the cause (at most MAX_SHOWN_WORDS), as the reader can find them in it. */
  words: string[];
  /** What those words add, times the model's weight. */
  wordsWeight: number;
}

/** Words shown as a reason, at most. */
export const MAX_SHOWN_WORDS = 3;

/**
 * Whether a feature can be shown to the reader as their own words: found as written in the post (not "cant" for
 * "can't", not a number read as "#"), and every word of it one that tells something ("couch stretch", "salt"; not
 * "felt a", "could be": lexicon FUNCTION_WORDS).
 */
function showable(feature: string, lowerText: string): boolean {
  return (
    !feature.includes('#') &&
    feature.split(' ').every((word) => word.length >= 3 && !FUNCTION_WORDS.has(word)) &&
    lowerText.includes(feature)
  );
}

interface Compiled {
  vocabulary: Map<string, number>;
  causes: Map<string, { z: (indices: readonly number[]) => number; sparse: Map<number, number> }>;
}

const compiled = new WeakMap<CauseWordsModel, Compiled>();

function compile(model: CauseWordsModel): Compiled {
  let done = compiled.get(model);
  if (!done) {
    done = {
      vocabulary: new Map(model.vocabulary.map((feature, index) => [feature, index])),
      causes: new Map(
        Object.entries(model.causes).map(([id, weights]) => [id, { z: logOdds(weights), sparse: new Map(weights.sparse ?? []) }]),
      ),
    };
    compiled.set(model, done);
  }
  return done;
}

/** Per cause the model weighs, what it reads in `text`. */
export function readCauseWords(text: string, model: CauseWordsModel): Map<string, CauseWordsReading> {
  const { vocabulary, causes } = compile(model);
  const indices = featureIndices(modelFeatures(text), vocabulary);
  const lowerText = text.toLowerCase();
  const readings = new Map<string, CauseWordsReading>();
  for (const [id, cause] of causes) {
    const speaking = indices
      .map((index) => ({ feature: model.vocabulary[index]!, weight: cause.sparse.get(index) ?? 0 }))
      .filter(({ feature, weight }) => weight > 0 && showable(feature, lowerText))
      .sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature))
      .slice(0, MAX_SHOWN_WORDS);
    readings.set(id, {
      score: model.weight * cause.z(indices),
      prior: model.weight * (model.causes[id]?.bias ?? 0),
      words: speaking.map(({ feature }) => feature),
      wordsWeight: model.weight * speaking.reduce((sum, { weight }) => sum + weight, 0),
    });
  }
  return readings;
}

/** The shipped model, for the shipped catalog (rank.ts checks it against the catalog as it loads). */
export const SHIPPED_CAUSE_WORDS: unknown = MODEL;
