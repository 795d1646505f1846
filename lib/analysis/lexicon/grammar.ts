/**
 * Function words: pronouns and possessives, negators, the words that join, break or open clauses, statements and
 * questions, and the fillers a negation reaches across. The engine reasons in token windows inside a sentence
 * (lib/analysis/text/tokens.ts); these words say where a window's statement starts, turns or ends, and what a word
 * in it refers to.
 */

/** Words whose "'s" the lexicon knows as one word ("it's", "that's"); other nouns lose it ("back's" → "back" "'s"). */
export const KEEPS_APOSTROPHE_S: ReadonlySet<string> = new Set([
  "it's",
  "that's",
  "what's",
  "there's",
  "here's",
  "he's",
  "she's",
  "let's",
  "who's",
  "where's",
  "how's",
  "one's",
]);

/** Words that start a new clause: what follows is a different statement. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'except',
  'whereas',
  'yet',
  'otherwise',
]);

/** Words that open a new statement after "and" ("and my", "and now", "and it"). */
export const NEW_SUBJECT: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  'my',
  'it',
  "it's",
  'now',
  'then',
  'this',
  'that',
  'he',
  'she',
  'we',
  'they',
  'there',
  'since',
  'still',
  'also',
  'today',
  'yesterday',
  'suddenly',
  'last',
  'later',
  // "no temperature, and each cough is like a knife in my lower back", "No fever, and both legs are numb".
  'each',
  'every',
  'both',
]);

/** Words that open what there is instead, after a list comma ("no sharp pain, just a dull ache"). */
export const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['just', 'only', 'instead', 'rather', 'mostly', 'merely', 'simply']);

/** Words that open a feeling told as lost rather than denied: "no feeling in my groin", "zero sensation down there". */
export const LOST_FEELING_OPENERS: ReadonlySet<string> = new Set(['no', 'zero']);

/** What a question asks the asker to choose between ("what kind of pain?", "what sort of numbness?"). */
export const KINDS: ReadonlySet<string> = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts']);

/** Words that open a question put as one ("any numbness?", "does it go down the leg?"). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'any',
  'anything',
  'how',
  'what',
  "what's",
  'when',
  'where',
  'which',
  'who',
  'why',
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'can',
  'could',
  'will',
  'would',
  'should',
  'ever',
  'no',
  'and',
  'or',
  'also',
]);

/** Words that open a comparison ("like when your foot goes to sleep", "as if you'd sat on ice"). */
export const SIMILE_OPENERS: ReadonlySet<string> = new Set(['like', 'as']);

/** A condition in a comparison, just after its opener: "like when", "as if" (the writer's own feeling told by anyone's). */
export const SIMILE_CONDITIONS: ReadonlySet<string> = new Set(['when', 'whenever', 'if']);

/** The subject of the clause after "if anything" as "rather" ("if anything it's worse", "if anything my legs are weaker"). */
export const IF_ANYTHING_SUBJECTS: ReadonlySet<string> = new Set([
  'it',
  "it's",
  'its',
  'i',
  "i'm",
  "i've",
  'my',
  'the',
  'this',
  'that',
  "that's",
  'things',
  'he',
  'she',
  'they',
  'we',
]);

/** What compares a symptom with its usual self before "than usual" ("hurting more than usual", mentions.ts). */
export const USUAL_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'worse']);

/**
 * Comparatives that make "if anything" mean "rather" ("If anything it's slightly worse than at the start", "if anything
 * my back is tighter"), not a condition ("if anything feels off, stop", "if anything it spreads to both legs I'm
 * calling 999"): one of these soon after it, or a comma right after it.
 */
export const IF_ANYTHING_COMPARATIVES: ReadonlySet<string> = new Set([
  'worse',
  'better',
  'more',
  'less',
  'tighter',
  'sorer',
  'stiffer',
  'weaker',
  'easier',
  'harder',
]);

/**
 * Negators for phrase matching (cause-phrases.ts): the content words just after one are read as negated ("glutes
 * aren't firing").
 */
export const NEGATORS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'never',
  'without',
  'nor',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "haven't",
  "hasn't",
  "hadn't",
  "can't",
  'cannot',
  "couldn't",
  "won't",
  "wouldn't",
]);

/** Words a "not" can reach across and still negate the symptom ("doesn't really hurt"). */
export const NOT_FILLER: ReadonlySet<string> = new Set(
  'have has had get gets got getting feel feels felt experience experienced notice noticed any a an the my much really even ever that too so very at all be been being is was it seem seems to actually usually normally typically generally anymore give gives me any cause causes hurt'.split(
    ' ',
  ),
);

/**
 * Words that carry a list on after a comma: a negator reaches across the comma to what follows ("no fever, or
 * numbness", "no pain, and no numbness").
 */
export const LIST_GOES_ON: ReadonlySet<string> = new Set(['or', 'nor', 'and', 'no']);

/**
 * Pronouns that may stand for a back word just before them (relevance.ts): "My lower back is fine during the set, but
 * it's sore for days". A replier's "mine" stands for the same body part as the post's ("Your erectors are cooked …
 * Mine used to cramp").
 */
export const PRONOUNS: ReadonlySet<string> = new Set(['it', "it's", 'its', 'itself', 'mine']);

/**
 * Plural pronouns: they stand for a back word only in the plural ("shoulder blades … cramping between them"), as they
 * mostly mean people otherwise.
 */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', "they're", 'their', 'themselves']);

/**
 * The writer in pain as a whole (relevance.ts): "I was in pain straight away", "been in agony all week", "I'm in such a lot of pain".
 * Such a pain names no place of its own, so right after a sentence about the back it is the back's, as "it hurts" is.
 * IN_PAIN_DEGREE may stand between "in" and the pain, IN_PAIN_LEADS between the writer and "in".
 */
export const IN_PAIN_DEGREE: ReadonlySet<string> = new Set([
  'so',
  'much',
  'a',
  'lot',
  'of',
  'such',
  'serious',
  'real',
  'constant',
  'severe',
  'excruciating',
  'absolute',
  'total',
  'complete',
  'some',
  'terrible',
  'horrible',
  'crazy',
  'insane',
  'unbearable',
  'bad',
  'major',
  'agonising',
  'agonizing',
]);
export const IN_PAIN_LEADS: ReadonlySet<string> = new Set([
  'was',
  'am',
  'been',
  'have',
  'had',
  'instantly',
  'immediately',
  'still',
  'now',
  'really',
  'left',
  'ended',
  'up',
  'straight',
  'away',
  'then',
  'literally',
  'just',
  'already',
  'pretty',
  'quite',
]);

/** Whose a neck is: "my neck", "your neck", "the back of my neck", or one that opens its sentence ("Neck cramps…"). */
export const NECK_OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'me']);

/**
 * What may stand between two body parts for a symptom to belong to both (relevance.ts): "lower back and hamstrings",
 * "calf / lower back", "my upper and lower back".
 */
export const COORDINATION: ReadonlySet<string> = new Set([
  'and',
  'or',
  '&',
  '/',
  ',',
  'my',
  'the',
  'both',
  'upper',
  'lower',
  'left',
  'right',
  'also',
  'plus',
  '+',
  // How often the second one joins in: "cramps (calves and once my back)", "hamstrings and sometimes my lower back".
  'once',
  'sometimes',
  'occasionally',
  'even',
]);

/**
 * What may stand between "mine" and the back word it places (relevance.ts): "mine's the lower back", "mine go to my
 * lower back", "mine ends up in my left QL".
 */
export const MINE_PLACING_WORDS: ReadonlySet<string> = new Set([
  "'s",
  'is',
  'was',
  'are',
  'were',
  'go',
  'goes',
  'went',
  'ends',
  'ended',
  'sits',
  'up',
  'in',
  'to',
  'into',
  'the',
  'my',
  'me',
  'always',
  'usually',
]);

/** "at the back", "round the back": a side of what was just named ("in the back" is mostly the back itself). */
export const SIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on', 'round', 'around']);

// Denials, clauses, conditions and comparisons around a warning sign (redflags.ts, flag-context.ts).

/** Words that deny what follows ("not asthmatic"). */
export const DENIALS: ReadonlySet<string> = new Set(['not', 'no', 'never', "isn't", "aren't"]);

/**
 * Words that deny an item inside a list: a list with one describes what happened ("pooed myself a bit, no urge,
 * nothing"), it is no screening list answered after it.
 */
export const DENYING_WORDS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nothing', 'none']);

/** Words between a denial and a degree that keep the denial: "nothing like severe", "not that swollen". */
export const DENIED_DEGREE: ReadonlySet<string> = new Set([
  'like',
  'near',
  'that',
  'very',
  'too',
  'so',
  'particularly',
  'really',
  'real',
]);

/**
 * "It" and its forms: a weak persisting word told in or just after one ("it's honestly the same as week two") is
 * said of the back, not of a programme.
 */
export const IT_WORDS: ReadonlySet<string> = new Set(['it', "it's", 'its']);

/** Words that open a clause of their own after a comma: the main clause after a condition. */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  'my',
  'me',
  'he',
  'she',
  'we',
  'they',
  'his',
  'her',
  'our',
  'their',
  'it',
  "it's",
  'that',
  'this',
  'then',
]);

/** Words after which a "nothing" opens a clause of its own. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'so', 'with']);

/** Words between a hedge and the flag that end the hedge's reach ("worried because both legs are numb"). */
export const HEDGE_STOPS: ReadonlySet<string> = new Set(['because', 'since', 'as', 'and', 'so', 'cause', 'but']);

/** "or" and "nor": in the items after an "any", one makes them one list ("any A, B or C"). */
export const DISJUNCTIONS: ReadonlySet<string> = new Set(['or', 'nor']);

/** Words after a comma that carry a condition's list on: "if you get numbness, or both legs go weak". */
export const CONDITION_LIST_JOINS: ReadonlySet<string> = new Set(['or', 'nor', 'and']);

/**
 * Words after such an "and" that leave the condition for the writer's now: "call 999 if you cannot pee, and now I
 * cannot feel the loo seat", "…, and I can't feel the seat".
 */
export const NOW_AFTER_AND: ReadonlySet<string> = new Set(['now', 'today', 'since', 'still', 'i', "i'm", "i've", 'my']);

/**
 * Words before an "I have" that wonder rather than tell: "maybe I have a tumour", "I might have cancer", "could I have a
 * tumor?" (flag-context.ts, a history wondered about).
 */
export const WONDERING_WORDS: ReadonlySet<string> = new Set(['maybe', 'perhaps', 'possibly', 'could', 'might', 'may']);
/** Auxiliaries that wonder only when they ask, before an "I": "do I have cancer?" (not "I do have a tumour"). */
export const ASKING_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does']);

/** Words that open a condition: a flag in its scope ("if I ever get numbness down there") is hypothetical. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'incase']);

/** What was done so that something would not happen: "jumped clear to avoid landing on my back". */
export const PREVENTING_WORDS: ReadonlySet<string> = new Set(['avoid', 'avoiding', 'prevent', 'preventing']);

/** Words that make a prevention fail, so the thing happened: "couldn't avoid", "failed to prevent", "tried to avoid". */
export const PREVENTION_FAILED: ReadonlySet<string> = new Set([
  "couldn't",
  'couldnt',
  'not',
  "didn't",
  'didnt',
  'failed',
  'unable',
  'tried',
  'trying',
  'no',
  'never',
]);

/** The reader as the subject of a rule: "if you ever…", "if u notice…", "if ya can't…". */
export const READER_SUBJECTS: ReadonlySet<string> = new Set(['you', 'u', 'ya']);

/** The reader spoken to in a polite aside: "if you're reading this", "if u can help", "if you've got a minute". */
export const ASIDE_SUBJECTS: ReadonlySet<string> = new Set([...READER_SUBJECTS, "you're", 'youre', "you've", 'ur']);

/**
 * What makes "if you …" a polite aside before a report, not a condition on it (flag-context.ts): "if you're asking,
 * yes, numb saddle", "if u can help pls, …", "if you ever wondered what it feels like: …", "if you want the update: …".
 */
export const ASIDE_VERBS: ReadonlySet<string> = new Set([
  'reading',
  'asking',
  'wondering',
  'wondered',
  'help',
  'advise',
  'tell',
  'know',
  'want',
  'wanna',
  'need',
  'curious',
  'interested',
]);

/**
 * What follows "if you" in a rule about the reader's body ("if you ever…", "if you notice…", "if you start…"), not in a
 * polite opening ("if you can help", "if you've got any advice", "if u cant tell from the typing").
 */
export const READER_RULE_VERBS: ReadonlySet<string> = new Set([
  'ever',
  'notice',
  'start',
  'lose',
  'hurt',
  'tweak',
  'injure',
  'develop',
  'experience',
  'suddenly',
]);

/**
 * Words that make what follows no cause: a comparison ("numb like after a long bike ride", "as if I'd sat for
 * hours"), a place ("roughly where you'd sit on a bike"), a denial ("haven't been on a bike in months").
 */
export const SIMILE_WORDS: ReadonlySet<string> = new Set([
  'like',
  'than',
  'if',
  'though',
  'similar',
  'same',
  'where',
  "you'd",
  'would',
  "haven't",
  'not',
  'never',
  'no',
]);

/** Words of a judgement after "feel like": "feel like it was my fault", "feel like an idiot", "feels like a miracle". */
export const JUDGEMENT_WORDS: ReadonlySet<string> = new Set(['fault', 'stupid', 'idiot', 'lucky', 'miracle', 'blame', 'mistake']);

/**
 * Words of how the body feels, before a "like" or an "as if" that compares it to an accident: "my back feels like I got
 * hit by a truck", "hurts like I fell off a roof", "stiff as if I'd been hit by a bus" (flag-context.ts, a crash told as
 * a comparison). Not "looks like" or "seems like", which as often guess at what happened.
 */
export const FEELING_COMPARISON_VERBS: ReadonlySet<string> = new Set([
  'sore',
  'stiff',
  'achy',
  'tight',
  'feel',
  'feels',
  'felt',
  'feeling',
  'hurt',
  'hurts',
  'hurting',
  'ache',
  'aches',
  'ached',
  'aching',
]);

/** Words after "like" that make it a comparison with an event: "it was like getting hit by a bus". */
export const COMPARISON_GERUNDS: ReadonlySet<string> = new Set(['getting', 'being']);

/**
 * Words before a "like getting…" that compare something to the event: "deadlifting 200 was like getting hit by a car",
 * "it's like being hit by a bus" (not "I was just like being careful", the writer's own manner).
 */
export const COMPARISON_COPULAS: ReadonlySet<string> = new Set(['was', 'is', "it's", 'its', "that's", 'be']);

/**
 * Words that open what a feeling is compared to, straight after its "like": a subject ("like I got hit", "like it was
 * run over"; an article is COMPARED_ARTICLES). Not an intensifier ("hurts like hell after I got hit by a car") or a state ("felt
 * like nothing at first when the car hit me"), which compare nothing to the crash told after them.
 */
export const COMPARED_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  "i'd",
  "i've",
  'it',
  "it'd",
  "it's",
  'they',
  "they'd",
  "they've",
  'we',
  "we'd",
  "we've",
  'he',
  'she',
  'you',
  "you'd",
  "you've",
  'someone',
  'somebody',
]);

/** Articles after "like" that open the crash compared to: "like a truck hit me", "like a bus ran me over". */
export const COMPARED_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Words that join the story on, between a comparison and a crash: "felt like I was dying after I fell down the stairs",
 * "felt like slow motion when I got knocked off". What follows them happened.
 */
export const STORY_LINKS: ReadonlySet<string> = new Set([
  'and',
  'when',
  'after',
  'since',
  'until',
  'till',
  'because',
  'cause',
  'as',
  'then',
  'so',
  'before',
  'while',
  'once',
]);

/**
 * Words after "like" that open a clause of comparison ("like I'm sittin on…"), not an intensifier ("like mad"). Other
 * comparison words reach no further than redflags.ts SIMILE_REACH: "if I sit on the toilet scrolling for 15 minutes"
 * is a condition.
 */
export const SIMILE_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  'you',
  "you're",
  "you've",
  "you'd",
  'someone',
  'sitting',
]);

/** "Like I said…", "like I do every Sunday": the way it was told or done, no comparison. */
export const TOLD_AS_BEFORE: ReadonlySet<string> = new Set([
  'said',
  'say',
  'says',
  'mentioned',
  'do',
  'did',
  'does',
  'always',
  'usually',
]);

/** Having a sign: "my mum had bowel cancer", "my buddy has chest pain", "collapsed with chest pain". */
export const HAVING_WORDS: ReadonlySet<string> = new Set(['has', 'had', 'have', 'having', 'got', 'gets', 'getting', 'with']);
