/**
 * A second reading of a reply in a thread about a back, for relevance only: a logistic model over the reply's own words
 * and word pairs (text-model.ts), fitted to the replies the rules leave unbadged in back threads, beside the same
 * sources' posts about something else (scripts/fit-reply-model.ts), and consulted only for such a reply.
 *
 * Why a model beside the rules: a reply that answers a back thread often names no back and no symptom ("mine was the
 * shoes, swapped them and it was gone"), and each new set of such replies is worded in ways no earlier set was; rules
 * fixed class by class over rounds 28–34 still missed a fifth of the held-out sets' back replies. Words that go with
 * answering a back ("mine", "gone", "min in", "brace") carry across wordings where phrase rules do not.
 * Fitted without each fifth of its replies in turn, it badged 108 of their 320 back replies and 1 of 838 others; on the
 * 26 held-out cause sets (never fitted on) it adds 84 back replies and 2 others (relevance recall 0.899 → 0.931,
 * precision 0.978 either way). On real replies it adds little: 1 of dev2's, 2 of 41 unbadged in a new real reply set's
 * tune split, none in its frozen split (README "Accuracy").
 *
 * Limits: it never speaks for an opening post, a post in a thread whose title names no back, a post the rules already
 * badge, a symptom told of another part ("my heel ached") or a neck alone, whose weight the rules decide by thread and
 * training (index.ts). It raises no red flag and ranks no cause: the ranker reads the reply with its title's sentences,
 * as for any reply that leans on its thread. Its relevance score is the balanced sensitivity's bar (replyScore).
 */
import { RELEVANCE_THRESHOLD } from './relevance';
import {
  checkLogisticWeights,
  checkVocabulary,
  featureIndices,
  featureScale,
  modelFeatures,
  weightLookup,
  type LogisticWeights,
} from './text-model';
import MODEL from './reply-weights.json';

/** The file scripts/fit-reply-model.ts writes. */
export interface ReplyModel {
  trainedOn: string;
  /** The probability at or above which a reply reads as about the thread's back (the balanced sensitivity's bar). */
  threshold: number;
  /** How a reply's length tempers its features (text-model.ts featureScale). */
  lengthPower: number;
  /** Features (modelFeatures) by index. */
  vocabulary: readonly string[];
  reply: LogisticWeights;
}

/**
 * The weights file, checked whole as the engine loads: a model with a part missing would read every reply by its bias
 * alone, silently, so it throws instead.
 */
export function parseReplyModel(json: unknown): ReplyModel {
  const model = json as ReplyModel;
  const size = checkVocabulary(model?.vocabulary, 'reply');
  if (!Number.isFinite(model.threshold) || !(model.threshold > 0 && model.threshold < 1))
    throw new Error('Spotter: the reply model has no threshold between 0 and 1');
  if (!Number.isFinite(model.lengthPower) || model.lengthPower < 0 || model.lengthPower > 1)
    throw new Error('Spotter: the reply model has no length power between 0 and 1');
  checkLogisticWeights('reply', model.reply, size, 'dense');
  return model;
}

export const SHIPPED_REPLY_MODEL = parseReplyModel(MODEL);

interface Compiled {
  vocabulary: Map<string, number>;
  weightOf: (index: number) => number;
}

const compiled = new WeakMap<ReplyModel, Compiled>();

function compile(model: ReplyModel): Compiled {
  let done = compiled.get(model);
  if (!done) {
    done = {
      vocabulary: new Map(model.vocabulary.map((feature, index) => [feature, index])),
      weightOf: weightLookup(model.reply),
    };
    compiled.set(model, done);
  }
  return done;
}

/**
 * How likely the model reads `text` (a reply's own words, quotes blanked) as about its thread's back, 0..1. Its features
 * are tempered by their number (featureScale): fitted on short replies alone and read without it, common words ("and",
 * "took about") each leaned a little toward a back, and long posts about a cat's harness or a batch script added up to
 * a certain one.
 */
export function replyProbability(text: string, model: ReplyModel = SHIPPED_REPLY_MODEL): number {
  const { vocabulary, weightOf } = compile(model);
  const features = modelFeatures(text);
  let sum = 0;
  for (const index of featureIndices(features, vocabulary)) sum += weightOf(index);
  return 1 / (1 + Math.exp(-(model.reply.bias + featureScale(features, model.lengthPower) * sum)));
}

/**
 * The relevance score of a reply the model reads (Assessment.score, 0..1): the balanced sensitivity's bar
 * (RELEVANCE_THRESHOLD) at or over the model's threshold, else 0. So the relaxed sensitivity takes no less sure reply
 * than the balanced one (the model's five-fold figure at lower thresholds badged one reply in six wrongly), and the
 * strict one (0.7, lib/settings/schema.ts) none: a reader who asks for strong evidence only never sees a badge the
 * words alone put there.
 */
export function replyScore(probability: number, model: ReplyModel = SHIPPED_REPLY_MODEL): number {
  return probability >= model.threshold ? RELEVANCE_THRESHOLD : 0;
}
