/**
 * Feeling in a part: the words of numbness, of feeling lost and come back, and the verbs a part goes numb or feels
 * with ("went numb", "the feeling hasn't come back", "both legs, feel like wood"). The red-flag rules and their
 * context read them (lib/analysis/redflags.ts, flag-context.ts).
 */

/** Verbs that open a clause telling how a part just named feels ("both legs, feel like wood"). */
export const FEELING_VERBS: ReadonlySet<string> = new Set(['feel', 'feels', 'felt', 'gone', 'went', 'going', 'are', 'all']);
