import type { FeatureGroup, FeatureId } from './features';

/**
 * Short plain-language names for every id of the vocabulary, for summaries ("what Spotter read",
 * "your answers", the copied reply). The questionnaire words its questions at more length itself.
 */
export const FEATURE_LABELS: Readonly<Record<FeatureId, string>> = {
  neck: 'neck',
  upper_back: 'upper back (between the shoulder blades)',
  mid_back: 'mid back (lower shoulder blades to the ribs)',
  lower_back: 'lower back',
  si_glute: 'SI joint or upper glute',

  bench: 'bench press',
  squat: 'squats',
  deadlift: 'deadlifts',
  ohp: 'overhead press',
  row: 'rows',
  pullup: 'pull-ups',
  running: 'running',
  stretching: 'stretching',
  sleeping: 'lying down or sleeping',
  sitting: 'sitting',
  other_lift: 'other lifts',

  cramp: 'cramp or spasm',
  pump: 'pump or burning',
  tightness: 'tightness',
  soreness: 'dull ache or soreness',
  sharp_pain: 'sharp pain',
  radiating: 'pain that spreads',
  numbness_tingling: 'numbness or tingling',
  stiffness: 'stiffness',

  during_setup: 'while setting up',
  heavy_sets_only: 'on heavy sets only',
  during_sets: 'during sets',
  during_run: 'during runs',
  while_stretching: 'while stretching',
  after_session: 'after the session',
  next_days: 'a day or two later',
  at_rest_or_night: 'at rest or at night',
  morning: 'in the morning',

  load_jump: 'a quick jump in weight or volume',
  new_program_or_exercise: 'a new programme or exercise',
  returning_after_break: 'coming back after a break',
  heavy_low_rep_focus: 'mostly heavy, low-rep training',
  new_to_running: 'new to running or longer runs',
  no_warmup: 'little or no warm-up',
  hot_or_dehydrated: 'heat, heavy sweating or little to drink',
  prior_cramps: 'cramps like this before',
  fatigued: 'comes on as you tire, late in a long run or session',
  sudden_onset: 'a pop or tweak at the start',
  weeks_long: 'going on for more than about 4 weeks',

  saddle_numbness: 'numbness around the genitals, bottom or inner thighs',
  bladder_bowel: 'new bladder or bowel trouble',
  both_legs_neuro: 'numbness, tingling or weakness in both legs',
  chest_pain: 'chest pain or breathlessness',
  major_trauma: 'a serious accident or fall',
  dark_urine_severe_pain: 'dark urine with severe muscle pain',
  fever: 'a high temperature',
  weight_loss: 'unexplained weight loss',
  night_or_rest_pain: 'pain at rest or at night that movement does not change',
  cancer_history: 'a history of cancer',
  progressive_weakness: 'weakness in a leg or foot that is getting worse',
  thoracic_constant: 'constant pain between the shoulders not tied to a lift',
  lump_or_deformity: 'a lump or a change in the shape of the back',
  steroids_immunosuppressed: 'long-term steroids or a weakened immune system',
  radiating_below_knee: 'pain shooting below the knee',
  radiating_arm: 'pain or tingling spreading into an arm',
  cough_sneeze_worse: 'pain much worse on coughing or sneezing',
  not_improving: 'no better after 4–6 weeks',
  young_extension_pain: 'under about 20 with pain on arching back',
};

export const GROUP_LABELS: Readonly<Record<FeatureGroup, string>> = {
  region: 'Where',
  activity: 'Doing',
  sensation: 'Feels like',
  timing: 'When',
  context: 'Context',
  redFlags: 'Warning signs',
};

/**
 * The ranker's reasons from the post's words as a whole (lib/analysis/cause-words.ts): the post's own words that posts
 * about the cause often use ("words that often come with it: “single”, “bench”"), or that posts about other causes do.
 */
export function wordsForLabel(words: readonly string[]): string {
  return `words that often come with it: ${quoted(words)}`;
}

export function wordsAgainstLabel(words: readonly string[]): string {
  return `words that point to other causes: ${quoted(words)}`;
}

function quoted(words: readonly string[]): string {
  return words.map((word) => `“${word}”`).join(', ');
}
