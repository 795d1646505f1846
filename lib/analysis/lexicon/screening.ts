/**
 * A screening list: the warning signs a doctor or a replier runs through ("numbness, bladder trouble, weakness:
 * none", "Any numbness down there? No.", "saddle numbness is a red flag") and the words of its answer. A sign in a
 * list answered no, or in a general statement, is not the writer's (lib/analysis/flag-context.ts).
 */

/** Screening cues that name a list ("red flags", "warning signs", "signs of", "watch out for"): a dash after them opens it. */
export const SCREENING_LIST_HEADERS: ReadonlySet<string> = new Set(['red', 'warning', 'signs', 'symptoms', 'look', 'watch']);

/**
 * Words of a line that opens a list of signs set out on the lines below it ("Symptoms that need urgent care
 * include:"): with a screening cue, its items are the list's, not the writer's (flag-context.ts).
 */
export const SIGN_LIST_LINE_WORDS: ReadonlySet<string> = new Set([
  'signs',
  'symptoms',
  'flags',
  'include',
  'includes',
  'including',
]);

/** Words allowed between a flag and the answer that closes its screening list ("…, bladder and bowel: none"). */
export const SCREENING_LIST_FILLER: ReadonlySet<string> = new Set([
  'and',
  'or',
  'nor',
  'any',
  'my',
  'the',
  'no',
  'both',
  'of',
  'in',
  'around',
  'down',
  'there',
  'issues',
  'problems',
  'changes',
  'trouble',
  'symptoms',
  'either',
  'etc',
  'area',
  'legs',
  'leg',
  'that',
  'sort',
  'kind',
  'thing',
  'things',
  'stuff',
  'anything',
  'like',
  'else',
  'similar',
]);

/** The last word of a denial that points back at a list: "none of those", "don't have any of them". */
export const LIST_REFERENCES: ReadonlySet<string> = new Set(['those', 'these', 'them', 'above']);

/** Verbs that claim a list's items as the writer's, after it: "I've got the first two", "I have all of these". */
export const CLAIMING_WORDS: ReadonlySet<string> = new Set(['have', 'got', "i've", 'had', 'having', 'getting']);

/** What a claim points back at in a list: its items by place or count ("the first two", "all of those"). */
export const LIST_CLAIMS: ReadonlySet<string> = new Set([
  ...LIST_REFERENCES,
  'first',
  'second',
  'last',
  'all',
  'both',
  'two',
  'three',
  'few',
]);

/** A one-word answer that may follow a listed sign at once: "saddle numbness no, bladder/bowel no". */
export const ITEM_ANSWERS: ReadonlySet<string> = new Set(['no', 'none', 'negative', 'nil']);

/** A no that answers a screening question as the next sentence opens: "Any numbness down there? No." */
export const NO_ANSWERS: ReadonlySet<string> = new Set(['no', 'none', 'nope', 'nah', 'negative', 'nothing', 'never', 'not']);

/**
 * Verbs before a list's answer that make it the answer of the items before: "bladder and bowels are fine",
 * "both seem fine".
 */
export const ANSWER_COPULAS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'all',
  'both',
  'seems',
  'seem',
  'feels',
  'feel',
]);

/**
 * Words after a list's answer that still let it end the list: "none thankfully", "none at all", "none either",
 * "none tbh".
 */
export const LIST_CLOSER_FOLLOWERS: ReadonlySet<string> = new Set([
  'thankfully',
  'luckily',
  'fortunately',
  'either',
  'so',
  'at',
  'as',
  'for',
  'thank',
  'tbh',
  'though',
]);

/** Last words that make a short sentence the next item of the advice before it ("Chest pain with back pain, same."). */
export const ELLIPTICAL_ENDS: ReadonlySet<string> = new Set(['same', 'too']);

/**
 * Verbs of a general statement about a sign rather than one had: "saddle numbness is a red flag", "…means GP same
 * day", "can be", "counts as".
 */
export const GENERAL_STATEMENT_VERBS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'means',
  'mean',
  'can',
  'could',
  'may',
  'might',
  'would',
  'be',
  'counts',
  'count',
  'as',
]);
