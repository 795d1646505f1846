/**
 * People: the writer and everyone else a post may tell of, by pronoun, as anyone at all, as a pet or a child, or
 * as someone being lifted. The red-flag rules (lib/analysis/redflags.ts) and their context (flag-context.ts) read
 * them to tell whose a sign is: only the writer's counts.
 */

/** The writer in the first person: a phrase told with one of them is the writer's. */
export const WRITER_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', "i'm", "i've", "i'd", 'im', 'ive']);

/** "I like to sit cross-legged": "like" after a person is liking, no comparison. */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** Plural pronouns that can be the subject of numbness ("they both go to sleep"). */
export const THEY_SUBJECTS: ReadonlySet<string> = new Set(['they', "they're"]);

/** Reflexives of someone other than the writer ("peeing himself"). */
export const OTHERS_SELVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves']);

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
