/**
 * Telling and hearing: words that report what someone said, wrote or reckons, what the writer heard, read, wonders
 * or worries about, and the words that answer, take back or make up a story. A sign told through one of them may be
 * someone else's, a question or a fear rather than the writer's own (lib/analysis/flag-context.ts, redflags.ts).
 */

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
 * Words that make what follows a story told to save face: "is pretending it was sweat". Not "claims" or "insists": said of
 * someone else as often ("wife insists it was my sweat"), they report an explanation, true or not.
 */
export const PRETENCE_WORDS: ReadonlySet<string> = new Set(['pretending', 'pretends', 'pretended', 'pretend']);

/** What the writer only took the wet for: "thought I'd wet myself", "swore I'd pissed meself". */
export const MISTAKING_WORDS: ReadonlySet<string> = new Set(['thought', 'swore', 'convinced', 'assumed']);

/** Words that take a feared leak back: "thought I'd wet myself. Nope, …", "…Nah, it was sweat", "turned out it was". */
export const TAKE_BACK_WORDS: ReadonlySet<string> = new Set(['nope', 'nah', 'turns', 'turned', 'luckily', 'thankfully', 'phew']);
