/**
 * The order causes are shown in, decided once for the panel, the popup and the reply. At `urgent`,
 * when the pain is constant or not tied to training (pain at rest or at night, pain between the
 * shoulders not tied to a lift, or no training mentioned at all), training causes would reassure
 * where a doctor should look first (issue 10 point 7), so the medical cause goes first.
 */
import type { Assessment, RankedCause } from '../analysis/types';
import { FEATURE_LABELS } from '../feature-labels';
import type { RedFlag } from '../features';

export const MEDICAL_CAUSE_ID = 'medical_condition';

/** Red flags that say the pain is constant or does not follow training. */
const NOT_TRAINING_FLAGS: readonly RedFlag[] = ['night_or_rest_pain', 'thoracic_constant'];

/** True when an urgent assessment describes pain that is constant or unrelated to training. */
export function painUnrelatedToTraining(assessment: Assessment): boolean {
  const { features, redFlags } = assessment;
  if (redFlags.some((hit) => NOT_TRAINING_FLAGS.includes(hit.id))) return true;
  if (features.timing?.includes('at_rest_or_night')) return true;
  const training = (features.activity ?? []).filter((activity) => !['sleeping', 'sitting'].includes(activity));
  return training.length === 0;
}

/**
 * The causes in the order to show them. At `urgent` with pain unrelated to training, the medical
 * cause leads (added with the warning signs as its reasons when the ranker left it out); otherwise
 * the ranker's order stands.
 */
export function causesInShowingOrder(assessment: Assessment): RankedCause[] {
  const { causes } = assessment;
  if (assessment.triage !== 'urgent' || !painUnrelatedToTraining(assessment)) return causes;
  const medical: RankedCause = causes.find((cause) => cause.id === MEDICAL_CAUSE_ID) ?? {
    id: MEDICAL_CAUSE_ID,
    score: causes[0]?.score ?? 1,
    for: assessment.redFlags.map((hit) => ({
      kind: 'feature' as const,
      feature: hit.id,
      text: FEATURE_LABELS[hit.id],
      weight: 1,
    })),
    against: [],
  };
  return [medical, ...causes.filter((cause) => cause.id !== MEDICAL_CAUSE_ID)];
}
