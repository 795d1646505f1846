/**
 * Relevance alone, for the badge pass over every post of a thread. It reads the post exactly as
 * `assess` does but never loads the ranker, the catalog or fuse.js, so the content script that runs
 * on every forum page stays small (README, "Performance").
 */
import { analyzeText, type TextAnalysis } from './extract';
import { relevanceScore } from './relevance';

/**
 * Characters of a post that are read. Forum posts are rarely over a few KB; a 200,000-character
 * paste would cost milliseconds for nothing, and the problem is almost always stated early.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/** Cuts `text` at `max` characters without splitting a surrogate pair. */
export function cap(text: string, max: number = MAX_ANALYSED_CHARS): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** True when the post names an emergency red flag and a part of the back (or a back condition). */
export function hasBackEmergency(analysis: TextAnalysis): boolean {
  return (
    analysis.redFlags.some((flag) => flag.tier === 'emergency') &&
    analysis.context.mentions.some((mention) => mention.value.cat === 'region' || mention.value.cat === 'condition')
  );
}

/**
 * The relevance score of a post, 0..1. A post with an emergency red flag and a back scores 1:
 * however strict the reader's sensitivity, it is never left without a badge.
 */
export function scoreRelevance(text: string): number {
  if (text.trim() === '') return 0;
  const analysis = analyzeText(cap(text));
  return hasBackEmergency(analysis) ? 1 : relevanceScore(analysis.evidence.pairs);
}
