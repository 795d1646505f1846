/**
 * One line on what Spotter read in a post, for the popup's list of a thread's marked posts: the
 * warning sign first when there is one ("Warning sign: numbness in the groin or saddle area"), else
 * where, what it felt like and during what ("lower back · cramp or spasm · deadlifts"). It reports
 * what the post said, never a cause or a diagnosis.
 */
import type { Assessment } from '../analysis/types';
import { FEATURE_LABELS } from '../feature-labels';
import { tierRank, type FeatureId } from '../features';

/** Longest reason, so one line fits the popup; the words cut are the post's least important. */
export const MAX_REASON_LENGTH = 90;

export function postReason(assessment: Pick<Assessment, 'features' | 'redFlags'>): string {
  const flags = [...assessment.redFlags].sort((a, b) => tierRank(b.tier) - tierRank(a.tier));
  if (flags[0]) return clip(`Warning sign: ${FEATURE_LABELS[flags[0].id]}`);
  const { region = [], sensation = [], activity = [] } = assessment.features;
  const parts: FeatureId[] = [region[0], sensation[0], activity[0]].filter((id) => id !== undefined);
  // The region's label carries a gloss in brackets ("upper back (between the shoulder blades)"): too long for one line.
  const words = parts.map((id) => FEATURE_LABELS[id].split(' (')[0]!);
  return clip(words.length > 0 ? words.join(' · ') : 'back trouble');
}

function clip(text: string): string {
  return text.length <= MAX_REASON_LENGTH ? text : `${text.slice(0, MAX_REASON_LENGTH - 1).trimEnd()}…`;
}
