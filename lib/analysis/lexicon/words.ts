import { MONTHS } from './time-words';

/** Words before "back" that make it the body ("my back", "lower back", "bad back"). */
const BODY_BACK_WORDS = [
  'my',
  // Northern English, Irish, Scots and Australian "me back" ("me back went shovelling gravel"); "call me back" and
  // the like are idioms (idioms.ts).
  'me',
  'the',
  'his',
  'her',
  'your',
  'their',
  'our',
  'whole',
  'entire',
  'left',
  'right',
  'bad',
  'sore',
  'achy',
  'tight',
  'stiff',
  'lower',
  'upper',
  'mid',
  'middle',
  'low',
] as const;

/**
 * Words before "back" that undo a weak idiom ("my back day" is still about a back). "a" is left out:
 * "a back squat", "a back-off set" stay idioms.
 */
export const BACK_MODIFIERS: ReadonlySet<string> = new Set([...BODY_BACK_WORDS, 'weak']);

/**
 * How someone came back, said right after a verb's "back" ("the old niggles came back howling", "got back stiff from
 * the hike"): the state the return left them in, not a back that is sore. A noun after it ("got back spasms", "came
 * back pain") is still the body's.
 */
export const RETURN_STATE_WORDS: ReadonlySet<string> = new Set(['sore', 'tight', 'stiff', 'achy']);

/** Words before a bare "back" that give it a region word's full strength ("a back that locks up", relevance.ts). */
export const BARE_BACK_MODIFIERS: ReadonlySet<string> = new Set([...BODY_BACK_WORDS, 'a']);

/** Words for numbers people write out ("six weeks"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  few: 3,
  several: 4,
  many: 6,
};

/**
 * Verbs of training, before a length of time, that make it how long someone has trained rather than how
 * long something has hurt ("been lifting for about two years now", "I've run for 10 years").
 */
export const TRAINING_HISTORY_VERBS: ReadonlySet<string> = new Set([
  'training',
  'trained',
  'lifting',
  'lifted',
  'running',
  'ran',
  'run',
  'jogging',
  'racing',
  'powerlifting',
  'bodybuilding',
  'exercising',
  'competing',
  'climbing',
  'cycling',
]);

/** Words that may stand between such a verb and the length of time ("for about two", "for the past"). */
export const DURATION_FILLERS: ReadonlySet<string> = new Set([
  'for',
  'about',
  'around',
  'over',
  'nearly',
  'almost',
  'roughly',
  'like',
  'the',
  'past',
  'last',
  'good',
  'solid',
  'consistently',
  'seriously',
  'regularly',
]);

/** Who the writer is, before the age they give after a comma: "Veteran lifter here, 52", "Female lifter, 28". */
export const AGE_PERSON_WORDS: ReadonlySet<string> = new Set([
  'here',
  'lifter',
  'runner',
  'powerlifter',
  'guy',
  'man',
  'woman',
  'male',
  'female',
  'dad',
  'mum',
  'mom',
  'grandad',
  'grandma',
  'veteran',
  'masters',
]);

/**
 * Who a parent writes for, before the age they give: "my son is 16", "my lad's 16", "Daughter (14) gymnast", "our
 * boy, 15,". In a post written for them it is the sufferer's age.
 */
export const CHILD_AGE_WORDS: ReadonlySet<string> = new Set([
  'son',
  'daughter',
  'lad',
  'boy',
  'girl',
  'kid',
  'child',
  'teen',
  'teenager',
  'dd',
  'ds',
]);

/** Words after a past "was 17" that make it the writer's age then: "was 17 when it started", "was 17 doing olympic lifting". */
export const PAST_AGE_FOLLOWERS: ReadonlySet<string> = new Set(['when', 'and', 'doing', 'at', 'years', 'yo', 'i']);

/** Words after "I'm 15" that make the number no age: a time, a weight, a count, a move ("I'm 15 minutes in", "I'm 90 kg"). */
export const AGE_FALSE_FRIENDS: ReadonlySet<string> = new Set([
  'minutes',
  'minute',
  'min',
  'seconds',
  'hours',
  'days',
  'weeks',
  'kg',
  'kgs',
  'kilos',
  'lbs',
  'pounds',
  'reps',
  'sets',
  'miles',
  'km',
  'k',
  'percent',
  'stone',
  'lb',
  'down',
  'up',
  'in',
  'out',
  'off',
  'of',
  'from',
  'into',
]);

/** Words right after a post's first number that make it an age ("16 and do gymnastics", "58 years…"). */
export const AGE_FOLLOWERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'with', 'years']);

/** Words after "NN," that make it a count, not an age: "15, then 12", "15, and", "15, x 3". */
export const COUNT_FOLLOWERS: ReadonlySet<string> = new Set(['then', 'and', 'or', 'x', 'to', 'reps', 'kg', 'lbs']);

/**
 * Words that say when a post was written, not what it tells (lib/analysis/emergency-model.ts reads them as "#", like
 * numbers): the red-flag lists' emergencies are often dated ("since Tuesday", "update:"), and a model that learnt
 * that would alarm at every dated post. Short forms that are also words ("sat", "sun", "wed", "may", "march") are
 * left out.
 */
export const DATING_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
  'saturdays',
  'sundays',
  'tues',
  'thurs',
  ...MONTHS.filter((month) => month !== 'march' && month !== 'may'),
  'update',
  'updated',
  'edit',
  'edited',
]);

/**
 * Words that tell no story of their own, function words and forum filler ("down the", "felt a", "could be", "noticed",
 * "lol"): the cause words model (lib/analysis/cause-words.ts) may weigh them, but they are never shown to the reader as
 * the words that speak for or against a cause. (Phrase matching keeps its own, shorter stop list, STOPWORDS below,
 * where "problem" or "noticed" still count.)
 */
export const UNSHOWN_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than so as at by for from in into of off on onto out over to up down with without ' +
    'about after before during until while since through between under again also just only even still very really ' +
    'quite much more most some any all both each every few many lot lots ' +
    'i me my mine myself you your yours we us our they them their he him his she her it its this that these those ' +
    'there here what which who whom whose when where why how ' +
    'am is are was were be been being have has had having do does did doing done can could will would shall should ' +
    'may might must not no nor dont doesnt didnt cant couldnt wont wouldnt isnt wasnt arent havent hasnt im ive id ' +
    'youre get gets got getting go goes went going gone make makes made take takes took feel feels felt feeling ' +
    'seem seems seemed like able thing things something anything nothing everything way time times one ones ' +
    'start starts started starting noticed recently problem problems experience help helps tried try anyone ' +
    'everyone someone know think guess maybe probably lol'
  ).split(' '),
);

/**
 * Words phrase matching (lib/analysis/cause-phrases.ts) leaves out of a text's content words: function words, and
 * "back", which every phrase has.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  "a an the i i'm i've me my mine we our you your it it's its is are was were be been being am do does did doing have has had get gets got to of in on at for with from by and or but so if then than that this these those there here what when while where which who how as up out into about over just very really too much more most some any all can could would should will just like only also even still again back".split(
    ' ',
  ),
);

/**
 * Stems nearly every back post has (where, which lift, "pain"). The features already carry them,
 * so in a phrase they count for little, and a phrase only matches through at least one other word:
 * "all lower back no legs" should not match every post that says "lower back" and "legs".
 */
export const GENERIC_WORDS: readonly string[] =
  'lower low upper mid middle spine leg squat bench deadlift run lift pain hurt sore ache day time set rep week feel felt gym workout train session'.split(
    ' ',
  );
