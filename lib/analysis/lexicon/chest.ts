/**
 * A chest, its breath and an arm: how a trained pec, a stretch, a blocked nose or a trapped nerve tell a chest pain,
 * a breathlessness or a pain down the arm apart from a heart's (lib/analysis/redflags.ts).
 */

/** A pain named inside a chest phrase: "chest ache that goes through to my back". */
export const CHEST_PAIN_WORDS: ReadonlySet<string> = new Set(['ache', 'aches', 'aching', 'hurts', 'pressure', 'pain']);

/**
 * How a chest from the bench press feels: "tight", "heavy", "aching" (not "crushing"), and "stood" or "sat" on:
 * "chest felt like someone was stood on it after all the dips" is the dips' (review 39e).
 */
export const TRAINED_CHEST_WORDS: ReadonlySet<string> = new Set([
  'tight',
  'tightness',
  'heavy',
  'heaviness',
  'ache',
  'aching',
  'stood',
  'sat',
]);

/**
 * A tear felt on a rep of a lift: "on the third rep I felt something tearing, a sensation low in my back" tells a muscle
 * giving, not the abrupt tearing pain of a dissection (clinical-facts.md §1.2), where the post tells no mid or upper
 * back and no chest. The feeling and the moments of a lift.
 */
export const TEAR_FEELINGS: ReadonlySet<string> = new Set(['sensation', 'feeling']);
export const LIFT_MOMENTS: ReadonlySet<string> = new Set(['rep', 'reps', 'set', 'sets', 'lift', 'lifting', 'single', 'attempt']);

/** A stretch felt through to the chest is a stretch: "on the dead hang I feel the stretch right through to my chest". */
export const STRETCH_WORDS: ReadonlySet<string> = new Set(['stretch', 'stretching', 'stretched', 'stretches']);

/** Breathlessness said without "breath": "winded", "puffing like a steam train just walking the dog". */
export const BREATHLESS_WORDS: ReadonlySet<string> = new Set(['winded', 'puffing', 'panting', 'wheezing', 'gasping']);

/** Getting a breath in: with a denial before it, the breath was not got ("couldn't get his breath"). */
export const BREATH_GETTING: ReadonlySet<string> = new Set(['get', 'getting', 'catch', 'catching', 'take', 'taking']);

/** A nose that will not let the air through: breathlessness told with one is the nose's. */
export const NOSE_WORDS: ReadonlySet<string> = new Set([
  'nose',
  'nostril',
  'nostrils',
  'congested',
  'stuffy',
  'sinus',
  'sinuses',
  'blocked',
]);

/**
 * Where a nerve's pain down the arm ends, what it feels like or what brings it on: the little and ring fingers, the
 * funny bone, an electric zing, looking down.
 */
export const NERVE_ARM_WORDS: ReadonlySet<string> = new Set([
  'pinky',
  'pinkie',
  'little',
  'ring',
  'funny',
  'electric',
  'zinger',
  'zingers',
  // Brought on by where the neck is: "…into my fingers when I look down".
  'look',
  'looking',
  'tilt',
  'tilting',
]);

/**
 * The words a chest's pain may pass on its way to the back (redflags.ts): "through to my back", "right through into the
 * upper back", "thru my chest and out the back".
 */
export const THROUGH_TO_BACK_WORDS: ReadonlySet<string> = new Set([
  'to',
  'into',
  'out',
  'and',
  'my',
  'his',
  'her',
  'the',
  'right',
  'straight',
  'upper',
  'mid',
  'middle',
  'chest',
]);

/** Words before "the end" that date a breathlessness to the end of what was just told: "gasping for air by the end". */
export const END_LEADS: ReadonlySet<string> = new Set(['by', 'at', 'towards', 'near']);

/** A hard session named, whose end a breathlessness "by the end" is: "a hard session", "a brutal metcon". */
export const SESSION_WORDS: ReadonlySet<string> = new Set([
  'session',
  'sessions',
  'workout',
  'wod',
  'metcon',
  'circuit',
  'intervals',
  'sprints',
  'race',
  'training',
]);

/** Words that tell an effort as too light to spend the breath: "only a gentle yoga class", "an easy session". */
export const LIGHT_EFFORT_WORDS: ReadonlySet<string> = new Set(['gentle', 'light', 'easy', 'only', 'just', 'short', 'slow']);
