/**
 * Fits the reply model (lib/analysis/reply-model.ts) to labelled replies (lib/tools/logistic-fit.ts). Features seen in
 * fewer than `minPosts` training replies are left out, and so are those the fit weighs nearer zero than `minWeight`:
 * the model ships in the background script, and a feature that moves no reply's reading is only bytes.
 */
import { assess, readForRanking } from '../analysis';
import { causeWordsText } from '../analysis/cause-words';
import { getLexicon } from '../analysis/mentions';
import type { ReplyModel } from '../analysis/reply-model';
import { threadAboutBack } from '../analysis/score';
import { rowText, threadOf, withOpeningPosts, type CorpusRow } from './eval';
import { featureScale, modelFeatures } from '../analysis/text-model';
import { featureRows, fitLogistic, roundWeight } from './logistic-fit';

export interface LabelledReply {
  /** The reply's own words as the engine reads them (quotes blanked). */
  text: string;
  /** Whether a reader labelled it about a back. */
  relevant: boolean;
  /** How many times it counts in the fit (1 unless given); its words count once toward `minPosts`. */
  copies?: number;
}

export interface ReplyFitOptions {
  /** text-model.ts featureScale. */
  lengthPower: number;
  l2: number;
  epochs: number;
  minPosts: number;
  minWeight: number;
  threshold: number;
}

export const DEFAULT_REPLY_FIT: ReplyFitOptions = {
  lengthPower: 0.35,
  l2: 0.003,
  epochs: 80,
  minPosts: 3,
  minWeight: 0.05,
  threshold: 0.65,
};

/** The reply model fitted to `replies`. */
export function fitReplyModel(
  replies: readonly LabelledReply[],
  trainedOn: string,
  options: ReplyFitOptions = DEFAULT_REPLY_FIT,
): ReplyModel {
  const { vocabulary, rows } = featureRows(
    replies.map((reply) => reply.text),
    options.minPosts,
  );
  const fitted = fitLogistic(
    replies.flatMap((reply, index) =>
      Array.from({ length: reply.copies ?? 1 }, () => ({
        indices: rows[index]!,
        label: reply.relevant,
        scale: featureScale(modelFeatures(reply.text), options.lengthPower),
      })),
    ),
    options,
  );
  const kept = vocabulary
    .map((feature, index) => [feature, roundWeight(fitted.weights.get(index) ?? 0)] as const)
    .filter(([, weight]) => Math.abs(weight) >= options.minWeight);
  return {
    trainedOn: `${trainedOn}; length power ${options.lengthPower}, l2 ${options.l2}, ${options.epochs} epochs, features in ≥ ${options.minPosts} replies, weights ≥ ${options.minWeight}`,
    threshold: options.threshold,
    lengthPower: options.lengthPower,
    vocabulary: kept.map(([feature]) => feature),
    reply: { bias: roundWeight(fitted.bias), weights: kept.map(([, weight]) => weight) },
  };
}

export interface ReplyCandidate extends LabelledReply {
  id: string;
}

/**
 * The rows' replies that the model reads (index.ts): in a titled thread about a back, left unbadged by the rules. Each
 * with its own words as the engine gives them to the model (quotes blanked), counted `copies` times in a fit.
 */
export function replyCandidates(rows: readonly CorpusRow[], copies = 1): ReplyCandidate[] {
  const lexicon = getLexicon();
  return withOpeningPosts(rows).flatMap((row) => {
    const thread = threadOf(row);
    if (row.position !== 'reply' || !thread || !threadAboutBack(thread, lexicon)) return [];
    const text = rowText(row.text, row.thread, row.position);
    if (assess(text, { thread, rank: false, replyModel: null }).relevant) return [];
    const own = causeWordsText(readForRanking(text, { thread }).sentences);
    return [{ id: row.id, text: own, relevant: row.relevant, copies }];
  });
}

/**
 * The rows' posts that are about no back, but for the candidates (replyCandidates): each post's own words as a reply's
 * would be read. They teach the model what a post about something else is made of, long ones too; fitted on the
 * candidates alone, it read any long post as about a back (reply-model.ts replyProbability).
 */
export function otherPosts(rows: readonly CorpusRow[], candidates: readonly ReplyCandidate[]): ReplyCandidate[] {
  const taken = new Set(candidates.map((candidate) => candidate.id));
  return withOpeningPosts(rows).flatMap((row) => {
    if (row.relevant || taken.has(row.id)) return [];
    const thread = threadOf(row);
    const text = rowText(row.text, row.thread, row.position);
    return [{ id: row.id, text: causeWordsText(readForRanking(text, thread ? { thread } : {}).sentences), relevant: false }];
  });
}
