/**
 * The badge's few words for what a post describes ("Back cramp?", "Back pump?"), from the features
 * the engine read. A question, because Spotter reads words, not backs.
 */
import type { Features, Sensation } from '../features';

/** The words for each sensation, most telling first: a cramp says more than general pain. */
const SENSATION_WORDS: ReadonlyArray<[Sensation, string]> = [
  ['cramp', 'Back cramp?'],
  ['pump', 'Back pump?'],
  ['tightness', 'Back tightness?'],
  ['stiffness', 'Back tightness?'],
  ['sharp_pain', 'Back pain?'],
  ['radiating', 'Back pain?'],
  ['numbness_tingling', 'Back pain?'],
  ['soreness', 'Back pain?'],
];

/** When the post names no sensation Spotter knows. */
export const GENERAL_BADGE_LABEL = 'Back pain?';

export function badgeLabel(features: Pick<Features, 'sensation' | 'region'>): string {
  const sensations = features.sensation ?? [];
  const words = SENSATION_WORDS.find(([sensation]) => sensations.includes(sensation))?.[1] ?? GENERAL_BADGE_LABEL;
  // "Back" is the reader's word for all of it except the neck.
  return features.region?.length === 1 && features.region[0] === 'neck' ? words.replace('Back', 'Neck') : words;
}
