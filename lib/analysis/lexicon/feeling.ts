/**
 * Feeling in a part: the words of numbness, of feeling lost and come back, and the verbs a part goes numb or feels
 * with ("went numb", "the feeling hasn't come back", "both legs, feel like wood"). The red-flag rules and their
 * context read them (lib/analysis/redflags.ts, flag-context.ts).
 */

/** Words before the feeling that say it went: "lost feeling", "lost all feeling", "no sensation". */
export const FEELING_GONE: ReadonlySet<string> = new Set(['lost', 'losing', 'no', 'zero', 'all']);

/** What comes back to a numb part when it recovers: "the feeling hasn't come back". */
export const FEELING_SUBJECTS: ReadonlySet<string> = new Set(['feeling', 'sensation']);

/** Words of a resolution that can only be numbness's: "feeling came back", "the tingling wore off". */
export const NUMB_FEELING_WORDS: ReadonlySet<string> = new Set(['feeling', 'sensation', 'numbness', 'tingling']);

/** Verbs of becoming before "numb": a part that went numb, whose feeling has not come back. */
export const NUMB_BECOMING: ReadonlySet<string> = new Set(['went', 'gone', 'goes', 'go', 'going', 'got', 'gets']);

/** Verbs that open a clause telling how a part just named feels ("both legs, feel like wood"). */
export const FEELING_VERBS: ReadonlySet<string> = new Set(['feel', 'feels', 'felt', 'gone', 'went', 'going', 'are', 'all']);
