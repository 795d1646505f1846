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
 * 2. `urgent` needs one strong urgent flag (STRONG_URGENT_FLAGS) or a cluster (CLUSTER_FLAGS,
 *    two or more; or a history of cancer with any other flag).
 * 3. Any other flag alone (a weak urgent flag such as night pain, or a `soon` flag such as
 *    "no better after weeks" or a teenager's pain on arching) → `soon`, never higher.
 * 4. No flag → `self_care`.
 *
 * "Between the shoulders" pain is only `thoracic_constant` when it is constant or unrelated to
 * training; a mechanical cramp in a bench arch never raises it (redflags.ts decides that).
 */
import { RED_FLAG_TIERS, type RedFlag, type TriageTier } from '../features';
import type { RedFlagHit } from './types';

/** Urgent flags strong enough to raise `urgent` on their own. */
export const STRONG_URGENT_FLAGS: readonly RedFlag[] = [
  'fever',
  'progressive_weakness',
  'thoracic_constant',
  'lump_or_deformity',
  'steroids_immunosuppressed',
];

/**
 * Flags that raise `urgent` only together: the malignancy and infection screens of the
 * guidelines (history of cancer, unexplained weight loss, night or rest pain, no improvement
 * after a month: ACP/APS 2007 via clinical-facts §1.1).
 */
export const CLUSTER_FLAGS: readonly RedFlag[] = ['cancer_history', 'weight_loss', 'night_or_rest_pain', 'not_improving'];

export type TriageRule = 'emergency_flag' | 'strong_urgent_flag' | 'cluster' | 'other_flags' | 'no_flag';

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

/** The tier and the rule that chose it. */
export function decideTriage(redFlags: readonly (RedFlag | RedFlagHit)[]): TriageDecision {
  const ids = idsOf(redFlags);
  const emergency = ids.filter((id) => RED_FLAG_TIERS[id] === 'emergency');
  if (emergency.length > 0) return { tier: 'emergency', rule: 'emergency_flag', because: emergency };
  const strong = ids.filter((id) => STRONG_URGENT_FLAGS.includes(id));
  if (strong.length > 0) return { tier: 'urgent', rule: 'strong_urgent_flag', because: strong };
  const cluster = ids.filter((id) => CLUSTER_FLAGS.includes(id));
  if (cluster.length >= 2 || (ids.includes('cancer_history') && ids.length >= 2)) {
    return { tier: 'urgent', rule: 'cluster', because: ids.includes('cancer_history') ? ids : cluster };
  }
  if (ids.length > 0) return { tier: 'soon', rule: 'other_flags', because: ids };
  return { tier: 'self_care', rule: 'no_flag', because: [] };
}

/** The triage tier for a set of red flags (ids or hits). */
export function triage(redFlags: readonly (RedFlag | RedFlagHit)[]): TriageTier {
  return decideTriage(redFlags).tier;
}
