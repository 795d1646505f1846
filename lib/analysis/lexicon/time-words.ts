/**
 * Words of time: the months, the units a length of time is told in, and the words around a length or a month that
 * say whether it is how long a problem has lasted (lib/analysis/extract.ts reads weeks_long from them).
 */

/** The months, in order (lib/analysis/extract.ts reads a problem's length from two of them). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Months as forums shorten them ("since sept"), to their full names. */
export const MONTH_SHORT: Readonly<Record<string, string>> = {
  jan: 'january',
  feb: 'february',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

/** The units a length of time is told in, to weeks ("six weeks", "2 months", "3 years"). */
export const WEEKS_PER_UNIT: Readonly<Record<string, number>> = {
  week: 1,
  weeks: 1,
  month: 4.3,
  months: 4.3,
  year: 52,
  years: 52,
};

/**
 * Words after a length of time that make it something other than the problem's length: an age ("six years old"), a
 * training history ("six years of lifting", "ten years training", "two years experience"), a time into something
 * ("two months in"). "Two months of lower back ache" is still the problem's (extract.ts looks at what "of" goes on to).
 */
export const NOT_A_DURATION_AFTER: ReadonlySet<string> = new Set([
  'old',
  'of',
  'lifting',
  'training',
  'experience',
  'running',
  'in',
  // A break, not the problem's length: "after 6 weeks off", "been 3 months away from the gym".
  'off',
  'away',
]);

/**
 * What "of" may go on to for a length of time to be how long the problem has lasted, besides the problem's own words:
 * its care ("seven weeks of rehab", "six weeks of physio") or the problem itself ("six weeks of this").
 */
export const OF_THE_PROBLEM_WORDS: ReadonlySet<string> = new Set([
  'this',
  'it',
  'rehab',
  'physio',
  'physiotherapy',
  'pt',
  'treatment',
  'painkillers',
  'ibuprofen',
  'stretches',
  'rest',
]);

/**
 * Words after a length of time that make it how long the problem has lasted ("3 years ago", "six weeks now").
 * "Two months later and it's no better": the problem's own length, told from its start.
 * "Two months here" is a reply's "mine has lasted two months".
 */
export const DURATION_AFTER: ReadonlySet<string> = new Set(['ago', 'now', 'straight', 'running', 'later', 'here', 'still', 'on']);

/** Words after "# months later" that go on to the problem still there ("two months later and it's no better"). */
export const LATER_STILL: ReadonlySet<string> = new Set(['and', 'still', "it's", 'its', 'it', 'my', 'the', ',']);

/** Count words that may themselves follow "a" or "the" (VAGUE_COUNT_LEADS) in a length of time: "a few weeks". */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['few', 'couple', 'several']);
/** What may come before a vague count, and so starts the length of time: "a few", "a couple". */
export const VAGUE_COUNT_LEADS: ReadonlySet<string> = new Set(['a', 'the']);

/** Words before a month that make "march" and "may" months rather than verbs ("since May", "end of March"). */
export const MONTH_LEADS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'of',
  'mid',
  'early',
  'late',
  'start',
  'end',
  'beginning',
  'now',
  'the',
  "it's",
  'is',
]);

/** Words that put a month's day near its start or its end ("early August", "the end of September"). */
export const MONTH_START_WORDS: ReadonlySet<string> = new Set(['early', 'start', 'beginning']);
export const MONTH_END_WORDS: ReadonlySet<string> = new Set(['end', 'late']);

/** What follows "back" when it tells when: "back in March", "back when I was running more", "back then". */
export const BACK_IN_TIME: ReadonlySet<string> = new Set(['in', 'when', 'then', 'during', 'around', 'before']);

// When a warning sign was: today, in childhood, in a year gone by (flag-context.ts).

/** Words that tell a crash as today's, whatever year is named beside it ("Just had a 2021 motorbike crash"). */
export const NOW_WORDS: ReadonlySet<string> = new Set(['just', 'today', 'tonight', 'yesterday']);

/** What tells a sign going on or growing, told after it: "Still tight now", "It kept getting worse". */
export const GOING_ON_WORDS: ReadonlySet<string> = new Set(['still', 'now', 'worse', 'worsening', 'kept', 'keeps']);

/** A hurt told as mended since: "took months of rehab as it all healed", "the bones have mended". */
export const HEALED_WORDS: ReadonlySet<string> = new Set(['healed', 'mended', 'recovered']);

/** Words before "in my twenties" that make it the writer's age now, not a time gone by: "I'm in my 30s", "now in my 40s". */
export const AGE_NOW_LEADS: ReadonlySet<string> = new Set(["i'm", 'im', 'am', 'now', 'currently', 'still']);

/** Parts of the day that, after "this", tell a crash as today's ("this morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/** A time long before the back trouble: "haven't had that since I was a kid", "since primary school". */
export const CHILDHOOD_WORDS: ReadonlySet<string> = new Set([
  'kid',
  'child',
  'baby',
  'toddler',
  'teenager',
  'teen',
  'childhood',
  'school',
  'primary',
  'infant',
  'infants',
  'little',
]);

/** Years written as "in 2019", "back in 2015": a time that is over. */
export const YEAR_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'around']);

/**
 * Worse over a long stretch, told by its years or months: "worse year after year", "it gets worse every year". Both a
 * complaint's length (context.ts, weeks_long) and its worsening (cues.ts, worsening).
 */
export const WORSE_YEAR_ON_YEAR: readonly string[] = ['worse year after|on year', 'worse every|each year|month'];
