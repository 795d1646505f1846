import type { Activity, FeatureId } from '../features';

/** The cause ids DESIGN.md requires; the catalog may add more where the evidence supports it. */
export const REQUIRED_CAUSE_IDS = [
  'shortened_position_cramp',
  'thoracic_segment_hinging',
  'neuromuscular_fatigue',
  'dehydration_electrolytes',
  'erector_endurance',
  'weak_glutes_core',
  'hip_flexor_tightness',
  'hamstring_tightness',
  'running_posture',
  'heavy_upper_body',
  'footwear',
  'load_progression',
  'training_volume_recovery',
  'poor_warmup',
  'overstretching',
  'poor_posture',
  'tight_knotted_muscles',
  'deconditioning',
  'doms',
  'muscle_strain',
  'disc_related',
  'nerve_root_irritation',
  'bar_position',
  'bar_pressure_bruising',
  'overtension',
  'upper_back_rounding',
  'overextension',
  'forward_lean',
  'butt_wink',
  'bracing',
  'mobility_restriction',
  'spondylolysis',
  'medical_condition',
] as const;

/**
 * How well a step is supported, after the SORT grades used by Miller et al. 2021
 * (research/clinical-facts.md §2.3):
 * - `A`: consistent, good-quality patient-oriented evidence;
 * - `B`: inconsistent or limited-quality evidence (small or lab studies);
 * - `C`: consensus, usual practice, expert opinion;
 * - `anecdotal`: what lifters and runners report on forums; not studied;
 * - `not_supported`: studied, and found not to work for this (magnesium for cramps); not known to harm;
 * - `avoid`: good evidence or consensus that it does harm (quinine, overdrinking).
 */
export type EvidenceGrade = 'A' | 'B' | 'C' | 'anecdotal' | 'not_supported' | 'avoid';

/** How strong the evidence for the cause itself is, as a whole. */
export type EvidenceLevel = 'strong' | 'moderate' | 'limited' | 'expert_opinion' | 'anecdotal';

export interface TryStep {
  /** What to try, as one plain instruction. */
  text: string;
  grade: EvidenceGrade;
  /** Why the grade is what it is, when that is not obvious (e.g. "lab study of foot cramps"). */
  note?: string;
}

/** Weights over the feature vocabulary: positive numbers, bigger means more telling. */
export type FeatureWeights = Partial<Record<FeatureId, number>>;

export interface CauseEntry {
  id: string;
  title: string;
  /** One or two plain sentences, framed as "posts like this often describe …", never a diagnosis. */
  summary: string;
  /** Why it happens, as far as anyone knows. */
  mechanism: string;
  /** The presentation profile: features that speak for this cause, and features that speak against it. */
  profile: { for: FeatureWeights; against: FeatureWeights };
  tryThis: TryStep[];
  caveats: string[];
  /** When to stop reading forums and see a clinician. */
  seeProfessional: string;
  evidence: { level: EvidenceLevel; summary: string; references: string[] };
  /** How people write about it on forums, for fuzzy matching of post sentences. */
  phrases: string[];
  /**
   * The one activity the cause is about, where its title and advice name it ("Running form"): it is not ranked for a
   * post about another sport that never names it (a rider's miles, a lifter's pump; analysis/rank.ts `aboutAnotherSport`).
   */
  activity?: Activity;
}
