/**
 * A post's relevance score, and the one rule that decides which red flags count and badge a post.
 * `assess` is their one caller, so the badge and the panel read every post the same way.
 */
import type { TextAnalysis } from './extract';
import type { Lexicon } from './mentions';
import { relevanceScore } from './relevance';
import type { RedFlag } from '../features';
import { threadNamesBack } from './thread';
import type { RedFlagHit, ThreadContext } from './types';

/**
 * Whether the post itself names a part of the back or a back condition ("my back went", "sciatica"),
 * idioms such as "back squat" aside.
 */
export function aboutBack(analysis: TextAnalysis): boolean {
  return (
    analysis.context.mentionsBack &&
    analysis.context.mentions.some((mention) => mention.value.cat === 'region' || mention.value.cat === 'condition')
  );
}

/** Whether a thread's title or opening post is about a back ("Lower back pain after deadlifts?"). */
export function threadAboutBack(thread: ThreadContext | undefined, lexicon: Lexicon): boolean {
  return threadNamesBack(thread, lexicon);
}

/**
 * The red flags that count for a post (DESIGN.md "Analysis"): a current emergency flag always, on any
 * post but a crash or chest pain, which need a back in it too; urgent and soon flags when the post is about the back
 * or spine, or the thread is.
 */
export function countedRedFlags(analysis: TextAnalysis, inBackThread: boolean): RedFlagHit[] {
  if (aboutBack(analysis) || inBackThread) return analysis.redFlags;
  return analysis.redFlags.filter((flag) => flag.tier === 'emergency' && !NEEDS_A_BACK.has(flag.id));
}

/**
 * Emergency flags that are spinal only with a back in the story: a crash that hurt a shoulder and an
 * ankle is no back emergency (NHS: back pain "after a serious accident"), nor is a runner's tight chest
 * (NHS: call 999 "if back pain comes with" chest pain; research/clinical-facts.md).
 */
const NEEDS_A_BACK: ReadonlySet<RedFlag> = new Set<RedFlag>(['major_trauma', 'chest_pain']);

/**
 * The relevance score of a post, 0..1; 1 when a red flag counts for it, whatever the reader's
 * sensitivity, so every post with a current warning sign gets a badge.
 */
export function badgeScore(analysis: TextAnalysis, inBackThread: boolean): number {
  return countedRedFlags(analysis, inBackThread).length > 0 ? 1 : relevanceScore(analysis.evidence.pairs);
}
