/**
 * People: the writer and everyone else a post may tell of, by pronoun, as anyone at all, as a pet or a child, or
 * as someone being lifted. The red-flag rules (lib/analysis/redflags.ts) and their context (flag-context.ts) read
 * them to tell whose a sign is: only the writer's counts.
 */

/** The writer in the first person: a phrase told with one of them is the writer's. */
export const WRITER_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', "i'm", "i've", "i'd", 'im', 'ive']);

/**
 * The writer, as the subject of a phrase or as the one it is done to ("me", "myself"): a list or a general
 * statement told with one in it is the writer's own, not a screening list or advice.
 */
export const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'me',
  'myself',
  'im',
  'ive',
]);

/** The writer as the subject of a phrase ("down there I do not have feeling"); "me" is done to ("he pinned me"). */
export const FIRST_PERSON_I: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'ive']);

/** "I like to sit cross-legged": "like" after a person is liking, no comparison. */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** Plural pronouns that can be the subject of numbness ("they both go to sleep"). */
export const THEY_SUBJECTS: ReadonlySet<string> = new Set(['they', "they're"]);

/** Pronouns that may stand for body parts as well as people. */
export const THEY_WORDS: ReadonlySet<string> = new Set(['they', "they're", "they've", "they'd", 'them', 'their']);

/** Someone else's body, said with the sign: "both his legs", "her chest". */
export const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Reflexives of someone other than the writer ("peeing himself"). */
export const OTHERS_SELVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves']);

/** Whoever reads the post: "their" after one of these is anyone's ("has anyone had their legs go numb"). */
export const ANYONE_WORDS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'everyone', 'everybody']);

/** People named by no one in particular, whose "'s" is as often "is": "someone's squeezing my chest". */
export const INDEFINITE_PEOPLE: ReadonlySet<string> = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'one',
]);

/** Pets and children, whose bladders a post may be about. */
export const PETS_AND_CHILDREN: ReadonlySet<string> = new Set([
  'dog',
  'dogs',
  'puppy',
  'pup',
  'cat',
  'cats',
  'kitten',
  'toddler',
  'baby',
  'kid',
  'kids',
  'son',
  'daughter',
]);

/** Words that start telling of the person just named: "my son, who has numb legs". */
export const TOLD_OF_NEXT: ReadonlySet<string> = new Set(['who', 'whose', 'that', 'with']);

/**
 * What the writer does to a person who is lifted, moved or carried (the person is no sufferer: flag-context.ts
 * isSomeoneElse).
 */
export const HANDLING_VERBS: ReadonlySet<string> = new Set([
  'lifting',
  'lifted',
  'lift',
  'moving',
  'moved',
  'carrying',
  'carried',
  'transferring',
  'transferred',
  'hoisting',
  'hoisted',
  'turning',
  'turned',
  'catching',
  'caught',
]);
