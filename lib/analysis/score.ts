/**
 * A post's relevance score, and the one rule that decides which red flags count and badge a post.
 * `assess` is their one caller, so the badge and the panel read every post the same way.
 */
import type { TextAnalysis } from './extract';
import { CueIndex, type Lexicon, type Mention } from './mentions';
import { numbCausesIn } from './flag-context';
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
 * post; urgent and soon flags when the post is about the back or spine, or the thread is. Two emergency flags need a
 * back in the story: a crash (NEEDS_A_BACK), and a numb groin told with an everyday cause (toldWithEverydayNumbCause).
 */
export function countedRedFlags(analysis: TextAnalysis, inBackThread: boolean): RedFlagHit[] {
  if (aboutBack(analysis) || inBackThread) return analysis.redFlags;
  const everydayNumbness = toldWithEverydayNumbCause(analysis);
  return analysis.redFlags.filter(
    (flag) => flag.tier === 'emergency' && !NEEDS_A_BACK.has(flag.id) && !(everydayNumbness && flag.id === 'saddle_numbness'),
  );
}

/**
 * Emergency flags that are spinal only with a back in the story: a crash that hurt a shoulder and an
 * ankle is no back emergency (NHS: back pain "after a serious accident").
 */
const NEEDS_A_BACK: ReadonlySet<RedFlag> = new Set<RedFlag>(['major_trauma']);

/**
 * Whether a post tells an everyday cause of numbness anywhere (a ride, a saddle, a long drive: lexicon/cues.ts
 * `numb_cause`). With no back in the post, its numb groin is a cyclist's or a driver's, not a back emergency: "took my
 * new bike out for 24 miles. Four days later I'm still feeling the lingering effects of a numb groin". With a back, or
 * with trouble peeing, or with numbness that outlasts its cause (`numb_persists`: "still numb today and I cannot feel
 * the toilet paper"), the rules decide as ever.
 */
function toldWithEverydayNumbCause(analysis: TextAnalysis): boolean {
  const { context } = analysis;
  const cues = new CueIndex(context);
  if (cues.get('numb_persists').length > 0) return false;
  // Not the "saddle" of "numb saddle", a place on the body next to its numbness, which says where, not what numbed it
  // (unlike "the new saddle").
  const numbness = cues.get('numbness');
  const aPlace = (cause: Mention): boolean =>
    context.mentions.some((part) => part.value.cat === 'part' && part.start <= cause.start && cause.end <= part.end) &&
    numbness.some((numb) => numb.end === cause.start || numb.start === cause.end);
  return context.sentences.some((_, sentence) => numbCausesIn(context, cues, sentence, false).some((cause) => !aPlace(cause)));
}

/**
 * The relevance score of a post, 0..1; 1 when a red flag counts for it, whatever the reader's
 * sensitivity, so every post with a current warning sign gets a badge.
 */
export function badgeScore(analysis: TextAnalysis, inBackThread: boolean): number {
  return countedRedFlags(analysis, inBackThread).length > 0 ? 1 : relevanceScore(analysis.evidence.pairs);
}
