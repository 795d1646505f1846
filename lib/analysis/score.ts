/**
 * Relevance alone, for the badge pass over every post of a thread. It reads the post as `assess`
 * does, with the part of the lexicon that relevance and emergencies need (lexicon/,
 * RELEVANCE_TERM_GROUPS), and never loads the ranker, the catalog, fuse.js or the rest of the
 * lexicon, so the content script that runs on every forum page stays small (README, "How it works").
 */
import { analyzeTextWith, type TextAnalysis } from './extract';
import { relevanceLexicon } from './mentions';
import { relevanceScore } from './relevance';
import { threadTopic } from './thread';
import type { ThreadContext } from './types';

/**
 * True when the post names an emergency red flag and a part of the back (or a back condition):
 * such a post is never hidden behind the reader's relevance threshold.
 */
export function hasBackEmergency(analysis: TextAnalysis): boolean {
  return (
    analysis.redFlags.some((flag) => flag.tier === 'emergency') &&
    analysis.context.mentions.some((mention) => mention.value.cat === 'region' || mention.value.cat === 'condition')
  );
}

/**
 * The relevance score of a post, 0..1; 1 for a back emergency, whatever the sensitivity. With its
 * thread, a reply that names no back is read with the thread's topic, as `assess` reads it.
 */
export function scoreRelevance(text: string, thread?: ThreadContext): number {
  if (text.trim() === '') return 0;
  const lexicon = relevanceLexicon();
  const analysis = analyzeTextWith(text, lexicon, threadTopic(thread, lexicon));
  return hasBackEmergency(analysis) ? 1 : relevanceScore(analysis.evidence.pairs);
}
