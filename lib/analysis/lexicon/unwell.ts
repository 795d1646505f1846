/**
 * Being unwell: the sweat, sickness and fever that go with a heart under strain or an infection, and the everyday
 * illnesses, weather and causes that explain them instead; and what explains a weight lost (lib/analysis/redflags.ts,
 * flag-context.ts).
 */

/** Words that say a tight chest is more than a trained pec, whatever the press before it. */
export const ALARM_WORDS: ReadonlySet<string> = new Set([
  'sweat',
  'sweaty',
  'sweating',
  'clammy',
  'faint',
  'dizzy',
  'sick',
  'nauseous',
  'grey',
  'gray',
  'breathless',
]);

/** A sweat or a sickness that goes with a heart under strain (not "threw my back out", not "lead the club run"). */
export const FRONT_ALARM_WORDS: ReadonlySet<string> = new Set([
  ...ALARM_WORDS,
  'nausea',
  'nauseated',
  'vomit',
  'vomiting',
  'vomited',
  'lightheaded',
  'queasy',
  'pale',
  'puked',
  'puking',
]);

/** What a heart under strain comes with, beside ALARM_WORDS: sickness, light-headedness, feeling unwell, a leaden arm. */
export const UNWELL_WORDS: ReadonlySet<string> = new Set([
  'nausea',
  'nauseous',
  'nauseated',
  'vomit',
  'vomiting',
  'vomited',
  'threw',
  'lightheaded',
  'unwell',
  'sweats',
  'lead',
]);

/** Verbs of being sick ("throw" with its "up"), told as about to happen: "I could throw up", "gonna puke". */
export const SICK_NOW_VERBS: ReadonlySet<string> = new Set(['throw', 'puke', 'vomit', 'hurl', 'spew']);

/** Words before a sick verb (or its "to") that make it sickness now, not a set that made one: "going to throw up". */
export const SICK_NOW_LEADS: ReadonlySet<string> = new Set(['wanna', 'want', 'going', 'gonna', 'could', 'might']);

/** Signs of being unwell that a hard set does not explain: clammy, nauseous, gone grey, feeling sick. */
export const HEART_UNWELL_WORDS: ReadonlySet<string> = new Set([
  'nauseous',
  'nauseated',
  'queasy',
  'dizzy',
  'faint',
  'fainted',
  'fainting',
  'lightheaded',
]);

/** Words before "grey" that make it a face gone grey ("went grey", "looked grey"), not a grey t-shirt. */
export const GREY_BEFORE: ReadonlySet<string> = new Set([
  'went',
  'gone',
  'turned',
  'looks',
  'looked',
  'looking',
  'is',
  "'s",
  'was',
  'and',
]);

/** Words before "sick" that make it feeling sick ("felt sick", "been sick"), not a "sick pump". */
export const SICK_BEFORE: ReadonlySet<string> = new Set([
  'feel',
  'feels',
  'felt',
  'feeling',
  'been',
  'being',
  'was',
  'is',
  "'s",
  'and',
]);

/** Weather, not a person: "it's so clammy today". */
export const CLAMMY_WEATHER: ReadonlySet<string> = new Set(['so', "it's", 'its', 'weather', 'humid', 'muggy']);

/**
 * Words after a sweat or a sickness that give it its own cause or another meaning: "queasy from the preworkout",
 * "sweaty because it's summer", "sweat loads on heavy triples", "sick of this injury", "sick with a cold", "sweaty hands".
 */
export const OWN_CAUSE_WORDS: ReadonlySet<string> = new Set([
  'from',
  'because',
  'cause',
  'cos',
  'due',
  'after',
  'in',
  'on',
  'of',
  'to',
  'hands',
  'palms',
  'feet',
  'grip',
  'cold',
  'flu',
  'bug',
  'virus',
  'anyway',
  'normal',
  'normally',
  'usually',
  'always',
]);

/** Causes told before a sweat or a sickness: "preworkout makes me queasy", "the cut has me queasy". */
export const OWN_CAUSES: ReadonlySet<string> = new Set([
  'preworkout',
  'pre',
  'caffeine',
  'coffee',
  'cut',
  'flu',
  'bug',
  'virus',
  'hangover',
  'hungover',
]);

/**
 * What explains a chest ache told with sickness, anywhere in the post: a bug, a hangover, a cold, a cough, panic,
 * pregnancy, heartburn ("Stomach bug since Tuesday, feeling sick, chest aches from all the vomiting").
 */
export const CHEST_ACHE_CAUSES: ReadonlySet<string> = new Set([
  'bug',
  'hangover',
  'hungover',
  'flu',
  'cough',
  'coughing',
  'vomiting',
  'panic',
  'anxiety',
  'anxious',
  'pregnant',
  'pregnancy',
  'heartburn',
  'reflux',
  'indigestion',
]);

/** Ailments of their own whose end is no sign's end: "Hangover is long gone". */
export const OTHER_AILMENTS: ReadonlySet<string> = new Set([
  'hangover',
  'headache',
  'cold',
  'flu',
  'hayfever',
  'jetlag',
  'sunburn',
  'nausea',
]);

/** How a body with a fever feels, beside a reading ("shivery and hot, 38.2 this morning"). */
export const FEVERISH_WORDS: ReadonlySet<string> = new Set([
  'fever',
  'feverish',
  'shivery',
  'shivering',
  'shivers',
  'chills',
  'sweats',
  // A reading in fever's range told with the shakes (not a protein shake's grams, nor arms "shaking" after a set).
  'shakes',
  'rigors',
]);

/** Words that name a reading as a temperature ("temp was 38.4", "thermometer says 101.3"). */
export const TEMPERATURE_WORDS: ReadonlySet<string> = new Set(['temp', 'temperature', 'thermometer']);

/**
 * Words between a temperature word and its whole-number reading (redflags.ts): "temp's been 39", "temperature has been
 * 39", "temp was 39", "temp hit 39".
 */
export const TEMPERATURE_LINKS: ReadonlySet<string> = new Set(["'s", 'is', 'was', 'has', 'had', 'been', 'hit', 'reached', 'of']);

/** Places whose temperature a reading may be: the air's or the water's, not the body's. */
export const AMBIENT_PLACES: ReadonlySet<string> = new Set(
  'gym room outside outdoors weather water bath pool sauna studio car house office sun shade air'.split(' '),
);

/**
 * Words of an "unintended" that may be about anything ("no reason", "no idea why") or about getting better ("eating
 * normally again" after a stomach bug): read in the loss's own sentence only.
 */
export const REASON_WORDS: ReadonlySet<string> = new Set(['reason', 'why', 'know', 'eating', 'eat']);

/** An illness told beside a loss explains it ("Had norovirus last week and lost 4kg"). */
export const ILLNESS_WORDS: ReadonlySet<string> = new Set([
  'bug',
  'norovirus',
  'flu',
  'covid',
  'vomiting',
  'poisoning',
  'gastro',
  'gastroenteritis',
  'virus',
]);

/** What may follow "not trying to" in another sentence and still be about weight: "Not trying to lose it". */
export const LOSING_WORDS: ReadonlySet<string> = new Set(['lose', 'diet', 'cut']);
