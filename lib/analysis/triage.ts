/**
 * Triage: from red flags to one of the NHS back-pain tiers (research/clinical-facts.md §1.1).
 *
 * Calibration. Red flags alarm far more often than they find disease: in Henschke et al. 2009
 * (1,172 primary-care patients with low back pain) 80.4% had at least one red flag, yet 0.9% had
 * a serious cause, and only the fracture predictors (significant trauma, prolonged
 * corticosteroids, age over 70) were useful on their own. The IFOMPT framework (Finucane et al.,
 * JOSPT 2020) asks for red flags to be read as a cluster in clinical reasoning, not as a checklist.
 * So:
 * 1. Any `emergency` flag (the NHS "call 999 / A&E" items: cauda equina signs, both legs, chest
 *    pain, major trauma, dark urine with severe pain) → `emergency`, always.
 * 2. `urgent` needs one strong urgent flag (STRONG_URGENT_FLAGS), a history of cancer (2a), or a cluster
 *    (CLUSTER_FLAGS, two or more).
 * 2a. A history of cancer with radicular pain, leg weakness or lost feeling → `emergency`; with
 *    back pain (the post names where) → `urgent`: metastatic spinal cord compression (NICE NG234, 2023,
 *    https://www.nice.org.uk/guidance/ng234: neurological symptoms → immediate referral; spinal pain alone
 *    in someone with cancer → contact within 24 hours). A cancer history is the strongest single predictor
 *    of malignancy in back pain (about 0.7% → 9%, ACP/APS 2007 via clinical-facts §1.1).
 * 2b. A flag told in its strong form (RedFlagHit.strong: night pain that no rest or position eases, the NHS
 *    111 item "pain that doesn't improve with rest") → `urgent` on its own.
 * 3. Any other flag alone (a weak urgent flag such as pain that wakes one at night, or a `soon` flag such as
 *    "no better after weeks" or a teenager's pain on arching) → `soon`, never higher.
 * 4. No flag → `self_care`.
 *
 * "Between the shoulders" pain is only `thoracic_constant` when it is constant or unrelated to
 * training; a mechanical cramp in a bench arch never raises it (redflags.ts decides that).
 */
import { RED_FLAG_TIERS, type Features, type RedFlag, type TriageTier } from '../features';
import type { RedFlagHit } from './types';

/** Urgent flags strong enough to raise `urgent` on their own. */
export const STRONG_URGENT_FLAGS: readonly RedFlag[] = [
  'fever',
  // Only read when the writer says it was not meant (redflags.ts): the NHS 111 item "unexplained weight loss".
  'weight_loss',
  'progressive_weakness',
  'thoracic_constant',
  'lump_or_deformity',
  'steroids_immunosuppressed',
];

/**
 * Flags that raise `urgent` only together: the malignancy and infection screens of the
 * guidelines (night or rest pain, no improvement after a month: ACP/APS 2007 via clinical-facts
 * §1.1). A history of cancer raises `urgent` alone (rule 2a), and so does weight lost without meaning to.
 */
export const CLUSTER_FLAGS: readonly RedFlag[] = ['night_or_rest_pain', 'not_improving'];

export type TriageRule =
  | 'emergency_flag'
  | 'cancer_neuro'
  | 'strong_urgent_flag'
  | 'cancer_spinal'
  | 'cluster'
  | 'other_flags'
  | 'no_flag';

/** With a history of cancer: signs of a nerve root or the cord under pressure (NICE NG234). */
const CANCER_NEURO_FLAGS: readonly RedFlag[] = ['radiating_below_knee', 'radiating_arm', 'progressive_weakness'];
/** With a history of cancer: spinal pain that needs seeing within 24 hours (NICE NG234). */
const CANCER_SPINAL_FLAGS: readonly RedFlag[] = ['thoracic_constant', 'night_or_rest_pain', 'cough_sneeze_worse'];

export interface TriageDecision {
  tier: TriageTier;
  rule: TriageRule;
  /** The flags that decided the tier. */
  because: RedFlag[];
}

function idsOf(redFlags: readonly (RedFlag | RedFlagHit)[]): RedFlag[] {
  const ids = redFlags.map((flag) => (typeof flag === 'string' ? flag : flag.id)).filter((id) => id in RED_FLAG_TIERS);
  return [...new Set(ids)];
}

/**
 * The tier and the rule that chose it. `features` (the post's or the answers') adds what the flags
 * alone do not say: where the pain is and whether anything went numb.
 */
export function decideTriage(redFlags: readonly (RedFlag | RedFlagHit)[], features: Features = {}): TriageDecision {
  const ids = idsOf(redFlags);
  const emergency = ids.filter((id) => RED_FLAG_TIERS[id] === 'emergency');
  if (emergency.length > 0) return { tier: 'emergency', rule: 'emergency_flag', because: emergency };
  const cancer = ids.includes('cancer_history');
  if (cancer) {
    const neuro = ids.filter((id) => CANCER_NEURO_FLAGS.includes(id));
    if (neuro.length > 0 || features.sensation?.includes('numbness_tingling')) {
      return { tier: 'emergency', rule: 'cancer_neuro', because: ['cancer_history', ...neuro] };
    }
  }
  const toldStrong = redFlags.flatMap((flag) => (typeof flag !== 'string' && flag.strong ? [flag.id] : []));
  const strong = ids.filter((id) => STRONG_URGENT_FLAGS.includes(id) || toldStrong.includes(id));
  if (strong.length > 0) return { tier: 'urgent', rule: 'strong_urgent_flag', because: strong };
  // Triage is only decided for a back's pain (a post about a back, or the questionnaire): with a history of cancer, that is spinal pain.
  if (cancer)
    return {
      tier: 'urgent',
      rule: 'cancer_spinal',
      because: ['cancer_history', ...ids.filter((id) => CANCER_SPINAL_FLAGS.includes(id))],
    };
  const cluster = ids.filter((id) => CLUSTER_FLAGS.includes(id));
  if (cluster.length >= 2) return { tier: 'urgent', rule: 'cluster', because: cluster };
  if (ids.length > 0) return { tier: 'soon', rule: 'other_flags', because: ids };
  return { tier: 'self_care', rule: 'no_flag', because: [] };
}

/** The triage tier for a set of red flags (ids or hits), with the features that refine it. */
export function triage(redFlags: readonly (RedFlag | RedFlagHit)[], features: Features = {}): TriageTier {
  return decideTriage(redFlags, features).tier;
}
