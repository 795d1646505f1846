/**
 * The feature vocabulary: the one model that post text and questionnaire answers both map into.
 * The ids are a contract shared by the catalog, the questionnaire, the CLI and outside tests
 * (../shared/DESIGN.md, "Feature vocabulary"). Add an id here before anything else uses it.
 */

export const REGIONS = ['neck', 'upper_back', 'mid_back', 'lower_back', 'si_glute'] as const;

export const ACTIVITIES = [
  'bench',
  'squat',
  'deadlift',
  'ohp',
  'row',
  'pullup',
  'running',
  'stretching',
  'sleeping',
  'sitting',
  'other_lift',
] as const;

/** The activities that are lifts (the rest are running, or not a sport: stretching, sleeping, sitting). */
export const LIFTS: ReadonlySet<Activity> = new Set<Activity>([
  'bench',
  'squat',
  'deadlift',
  'ohp',
  'row',
  'pullup',
  'other_lift',
]);

export const SENSATIONS = [
  'cramp',
  'pump',
  'tightness',
  'soreness',
  'sharp_pain',
  'radiating',
  'numbness_tingling',
  'stiffness',
] as const;

export const TIMINGS = [
  'during_setup',
  'heavy_sets_only',
  'during_sets',
  'during_run',
  'while_stretching',
  'after_session',
  'next_days',
  'at_rest_or_night',
  'morning',
] as const;

export const CONTEXTS = [
  'load_jump',
  'new_program_or_exercise',
  'returning_after_break',
  'heavy_low_rep_focus',
  'new_to_running',
  'no_warmup',
  'hot_or_dehydrated',
  'prior_cramps',
  'fatigued',
  'sudden_onset',
  'weeks_long',
] as const;

/** Triage tiers, least to most serious (the NHS back-pain tiers; research/clinical-facts.md §1.1). */
export const TRIAGE_TIERS = ['self_care', 'soon', 'urgent', 'emergency'] as const;

/**
 * Each red flag with the tier it raises on its own. Whether a single flag actually alarms is the
 * triage step's decision (one weak flag never does; see lib/analysis), not this table's.
 */
export const RED_FLAG_TIERS = {
  saddle_numbness: 'emergency',
  bladder_bowel: 'emergency',
  both_legs_neuro: 'emergency',
  chest_pain: 'emergency',
  major_trauma: 'emergency',
  dark_urine_severe_pain: 'emergency',
  fever: 'urgent',
  weight_loss: 'urgent',
  night_or_rest_pain: 'urgent',
  cancer_history: 'urgent',
  progressive_weakness: 'urgent',
  thoracic_constant: 'urgent',
  lump_or_deformity: 'urgent',
  steroids_immunosuppressed: 'urgent',
  radiating_below_knee: 'soon',
  radiating_arm: 'soon',
  cough_sneeze_worse: 'soon',
  not_improving: 'soon',
  young_extension_pain: 'soon',
} as const satisfies Record<string, Exclude<TriageTier, 'self_care'>>;

export const RED_FLAGS = Object.keys(RED_FLAG_TIERS) as RedFlag[];

export type Region = (typeof REGIONS)[number];
export type Activity = (typeof ACTIVITIES)[number];
export type Sensation = (typeof SENSATIONS)[number];
export type Timing = (typeof TIMINGS)[number];
export type Context = (typeof CONTEXTS)[number];
export type TriageTier = (typeof TRIAGE_TIERS)[number];
export type RedFlag = keyof typeof RED_FLAG_TIERS;

/** Every group of the vocabulary, keyed as in the `Features` JSON contract. */
export const FEATURE_GROUPS = {
  region: REGIONS,
  activity: ACTIVITIES,
  sensation: SENSATIONS,
  timing: TIMINGS,
  context: CONTEXTS,
  redFlags: RED_FLAGS as readonly RedFlag[],
} as const;

export type FeatureGroup = keyof typeof FEATURE_GROUPS;
export const FEATURE_GROUP_NAMES = Object.keys(FEATURE_GROUPS) as FeatureGroup[];

/** Any id of the vocabulary. Ids are unique across groups (a unit test checks it). */
export type FeatureId = Region | Activity | Sensation | Timing | Context | RedFlag;

/** What was read from a post or answered in the questionnaire. Every key optional. */
export interface Features {
  region?: Region[];
  activity?: Activity[];
  sensation?: Sensation[];
  timing?: Timing[];
  context?: Context[];
  redFlags?: RedFlag[];
}

const GROUP_OF = new Map<string, FeatureGroup>(
  FEATURE_GROUP_NAMES.flatMap((group) => FEATURE_GROUPS[group].map((id) => [id, group] as const)),
);

export function isFeatureId(value: unknown): value is FeatureId {
  return typeof value === 'string' && GROUP_OF.has(value);
}

/** The group an id belongs to, or undefined for an unknown id. */
export function groupOf(id: string): FeatureGroup | undefined {
  return GROUP_OF.get(id);
}

export function tierRank(tier: TriageTier): number {
  return TRIAGE_TIERS.indexOf(tier);
}

/** All ids present in `features`, in vocabulary order. */
export function featureIds(features: Features): FeatureId[] {
  return FEATURE_GROUP_NAMES.flatMap((group) => (features[group] ?? []) as FeatureId[]);
}

/**
 * Reads `Features` from untrusted JSON (a URL hash, storage, the CLI). Unknown keys and values
 * are dropped, duplicates removed, order follows the vocabulary; never throws.
 */
export function parseFeatures(input: unknown): Features {
  const result: Features = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return result;
  for (const group of FEATURE_GROUP_NAMES) {
    const raw: unknown = Object.hasOwn(input, group) ? (input as Record<string, unknown>)[group] : undefined;
    if (!Array.isArray(raw)) continue;
    const allowed = FEATURE_GROUPS[group] as readonly string[];
    const picked = allowed.filter((id) => raw.includes(id));
    if (picked.length > 0) (result as Record<string, string[]>)[group] = picked;
  }
  return result;
}

/** Union of several feature sets, in vocabulary order. */
export function mergeFeatures(...sets: Features[]): Features {
  const merged: Record<string, string[]> = {};
  for (const set of sets) {
    for (const group of FEATURE_GROUP_NAMES) {
      for (const id of set[group] ?? []) (merged[group] ??= []).push(id);
    }
  }
  return parseFeatures(merged);
}
