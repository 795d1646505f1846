/**
 * Telling and hearing: words that report what someone said, wrote or reckons, what the writer heard, read, wonders
 * or worries about, and the words that answer, take back or make up a story. A sign told through one of them may be
 * someone else's, a question or a fear rather than the writer's own (lib/analysis/flag-context.ts, redflags.ts).
 */

/** Words that report what someone said or wrote: a first person after them is theirs ("he said down there I …"). */
export const SPEECH_WORDS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'texted',
  'texts',
  'messaged',
]);

/**
 * Verbs that give someone else's explanation ("Missus reckons it's from the cold bleachers", "Mam says it's low
 * sugar"): the writer passes it on, which explains nothing; only the writer's own account ("I sat on the bleachers
 * all day") clears a numbness.
 */
export const EXPLANATION_VERBS: ReadonlySet<string> = new Set([
  'reckons',
  'reckoned',
  'says',
  'said',
  'thinks',
  'thought',
  'blames',
  'blamed',
  'insists',
  'swears',
]);

/**
 * What follows "but" after a cause undone in vain: "loosened my laces but nothing changed", "but same" (not "but no more
 * tingling", nor "but still finished": "but no difference" is read with IN_VAIN_NOUNS, "still numb" as numbness that lasts).
 */
export const IN_VAIN_AFTER_BUT: ReadonlySet<string> = new Set(['nothing', 'same']);

/**
 * Words that tell a thing named as the cause of a numbness, not named in passing: "it's my laces, because when I
 * loosened them it went", "shoes are too small", "the strap is the culprit", "switched to skip lacing and it stopped".
 */
export const CAUSE_TOLD_WORDS: ReadonlySet<string> = new Set([
  'because',
  'culprit',
  'cause',
  'caused',
  'fault',
  'loosen',
  'loosened',
  'loosening',
  'tight',
  'tighter',
  'small',
  'narrow',
  'stopped',
  'sorted',
  'fixed',
  'switched',
]);

/** What "no" or "made no" names after a cause undone in vain: "loosened the laces, no difference at all". */
export const IN_VAIN_NOUNS: ReadonlySet<string> = new Set([
  'difference',
  'change',
  'better',
  'luck',
  'help',
  'joy',
  'improvement',
  'effect',
]);

/** What a "didn't" denies of a cause undone in vain: "swapped my shoes, didn't help". */
export const IN_VAIN_VERBS: ReadonlySet<string> = new Set(['help', 'work', 'change', 'fix', 'matter']);

/** Words of a sentence that tells of someone else's feeling coming back, or of what is said to happen. */
export const TOLD_BY_OTHERS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'reckons',
  'apparently',
  'usually',
  'people',
  'him',
  'her',
]);

/** Heard of, read of, or asked about: "they'll ask about bladder, numbness between the legs, weight loss". */
export const HEARSAY_WORDS: ReadonlySet<string> = new Set([
  'heard',
  'read',
  'reading',
  'learned',
  'learnt',
  'ask',
  'asks',
  'asked',
  'asking',
]);

/** Words that make a list item the writer's own, or today's: "my", "now". */
export const OWN_OR_NOW: ReadonlySet<string> = new Set(['my', 'now', 'today', 'since', 'still']);

/**
 * Verbs that say what is ("both legs are numb now", "I've got…"): told after a list the writer heard of, they
 * make it the writer's own.
 */
export const STATING_VERBS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'been',
  "i've",
  'feel',
  'feels',
]);

/** "I wonder if…", "not sure if…": an indirect question that reports, not a condition. */
export const REPORTING_IF: ReadonlySet<string> = new Set([
  'know',
  'sure',
  'wonder',
  'wondering',
  'wondered',
  'unsure',
  'curious',
  'idea',
  'see',
  'even',
  'as',
  'tell',
]);

/** The modals of "how would I know", "how do I tell". */
export const HOW_TO_TELL_MODALS: ReadonlySet<string> = new Set(['would', 'do', 'can', 'could', 'will', 'should', 'does']);

/** Worrying, just before a "now": the worry is now, not the flag ("Groin numbness last year - should I worry now?"). */
export const WORRY_WORDS: ReadonlySet<string> = new Set(['worry', 'worried', 'concerned', 'panic', 'panicking']);

/**
 * Words that make what follows a story told to save face: "is pretending it was sweat". Not "claims" or "insists": said of
 * someone else as often ("wife insists it was my sweat"), they report an explanation, true or not.
 */
export const PRETENCE_WORDS: ReadonlySet<string> = new Set(['pretending', 'pretends', 'pretended', 'pretend']);

/** What the writer only took the wet for: "thought I'd wet myself", "swore I'd pissed meself". */
export const MISTAKING_WORDS: ReadonlySet<string> = new Set(['thought', 'swore', 'convinced', 'assumed']);

/** Words that take a feared leak back: "thought I'd wet myself. Nope, …", "…Nah, it was sweat", "turned out it was". */
export const TAKE_BACK_WORDS: ReadonlySet<string> = new Set(['nope', 'nah', 'turns', 'turned', 'luckily', 'thankfully', 'phew']);

/** Words that answer a question just told: "someone asked about my pee - yeah it's dark". */
export const YES_WORDS: ReadonlySet<string> = new Set(['yeah', 'yes', 'yep', 'yup', 'yea']);

/** What follows a "yeah" that makes it no: "yeah nah nothing like that". */
export const NOT_AN_ANSWER: ReadonlySet<string> = new Set(['nah', 'no', 'nope', 'nothing']);
