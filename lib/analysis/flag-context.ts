/**
 * ConText-style modifiers on red-flag mentions: is this flag negated, someone else's, hypothetical
 * (advice, a condition, a screening question) or in the past and over? Only a current flag of the
 * writer's counts (DESIGN.md "Analysis").
 *
 * The approach follows NegEx (Chapman et al. 2001, https://doi.org/10.1006/jbin.2001.1029) and its
 * extension ConText (Harkema et al. 2009, https://doi.org/10.1016/j.jbi.2009.05.002): trigger words
 * (lexicon/cues.ts) with a scope that ends at a clause boundary or "but", read per mention. Each
 * flag built from several parts ("numb" + "groin") asks this of every part.
 */
import type { RedFlag } from '../features';
import {
  ALARM_WORDS,
  GOING_ON_WORDS,
  HEALED_WORDS,
  ANSWER_COPULAS,
  BREATHLESS_WORDS,
  ANYONE_WORDS,
  CHILDHOOD_WORDS,
  CLAUSE_OPENERS,
  CLAUSE_SUBJECTS,
  COMPARISON_GERUNDS,
  COMPARED_ARTICLES,
  COMPARED_SUBJECTS,
  COMPARISON_COPULAS,
  CONDITION_LIST_JOINS,
  NOW_AFTER_AND,
  CONDITION_WORDS,
  PREVENTING_WORDS,
  PREVENTION_FAILED,
  WONDERING_WORDS,
  ASKING_AUXILIARIES,
  ASIDE_SUBJECTS,
  ASIDE_VERBS,
  READER_RULE_VERBS,
  READER_SUBJECTS,
  DAY_PARTS,
  DENYING_WORDS,
  DISJUNCTIONS,
  DROPPED_THINGS,
  ELLIPTICAL_ENDS,
  FEELING_COMPARISON_VERBS,
  FEELING_GONE,
  FEELING_SUBJECTS,
  FIRST_PERSON_I,
  TRAFFIC_SETTINGS,
  FIRST_PERSON_SUBJECTS,
  GENERAL_STATEMENT_VERBS,
  HANDLING_VERBS,
  HAVING_WORDS,
  HEARSAY_WORDS,
  HEDGE_STOPS,
  HOW_TO_TELL_MODALS,
  INDEFINITE_PEOPLE,
  ITEM_ANSWERS,
  KM_SPEED_FOLLOWERS,
  LIST_CLOSER_FOLLOWERS,
  LIST_REFERENCES,
  NOT_AN_ANSWER,
  NOW_WORDS,
  AGE_NOW_LEADS,
  NO_ANSWERS,
  NUMB_BECOMING,
  NUMB_FEELING_WORDS,
  OTHER_AILMENTS,
  OTHER_SUBJECTS,
  OWN_OR_NOW,
  PLURAL_PARTS,
  PLURAL_MUSCLES,
  MUSCLE_HANDLING_VERBS,
  REPORTING_IF,
  SCREENING_LIST_FILLER,
  SCREENING_LIST_HEADERS,
  SIGN_LIST_LINE_WORDS,
  CLAIMING_WORDS,
  LIST_CLAIMS,
  SPEECH_WORDS,
  STORY_LINKS,
  JUDGEMENT_WORDS,
  SPEED_UNITS,
  STATING_VERBS,
  STOPPED_THINGS,
  STOPPING_WORDS,
  THEY_WORDS,
  THIRD_POSSESSIVES,
  TOLD_BY_OTHERS,
  TOLD_OF_NEXT,
  WORRY_WORDS,
  YEAR_LEADS,
  YES_WORDS,
  RETELLING_SUBJECTS,
  CRASHED_AGAIN_WORDS,
  ANOTHER_TIME_WORDS,
  type CueId,
} from './lexicon';
import {
  asksTheAsker,
  isHypotheticalClause,
  type CueIndex,
  type Mention,
  type MentionContext,
  overlaps,
  within,
  withinLonger,
} from './mentions';
import { isClauseWord, type Token } from './text/tokens';

export interface FlagModifiers {
  negated: boolean;
  someoneElse: boolean;
  hypothetical: boolean;
  historical: boolean;
}

export interface ModifierInput {
  context: MentionContext;
  cues: CueIndex;
  /** Mentions a negation cancels (mentions.ts NegationIndex), flag-part cues included. */
  negated: ReadonlySet<Mention>;
}

/** Under this age, "since I was 6" is a childhood. */
const CHILDHOOD_AGE = 13;
/** Words after "went away" or "gone" within which the stop that eased the chest is told ("goes away 5 min after I stop"). */
const STOPPING_REACH = 8;

/** Flags that are conditionals by nature: "hurts when I cough", "if I lie down it doesn't ease". */
const CONDITIONAL_BY_NATURE: ReadonlySet<RedFlag> = new Set<RedFlag>(['cough_sneeze_worse', 'night_or_rest_pain']);
/** Flags that are a history: a cancer in remission or years on steroids is the flag itself. */
const HISTORY_IS_THE_FLAG: ReadonlySet<RedFlag> = new Set<RedFlag>(['cancer_history', 'steroids_immunosuppressed']);

/** Words after a flag within which the writer's own body takes it back from someone named before it. */
const OWN_BODY_REACH = 4;
/** Words from "anyone" to the "their" it owns. */
const ANYONE_REACH = 8;
/** Words before "have a tumour" looked through for "maybe I" or "could I" (wonderedAbout). */
const WONDER_REACH = 2;
/** How far (in words, before the flag, same clause) a hedge like "worried" or "almost" reaches. */
const HEDGE_REACH = 3;
/** Tokens into the next sentence a "back to normal" may open it and still close the flag before it. */
const OPENING_REACH = 1;
/** Words a general statement's verb and outcome may be after the flag ("fever … with back pain means GP"). */
const GENERIC_REACH = 8;
/** Lines of a list of signs read back to the line that opens it (listedUnderScreening). */
const LIST_LINES_REACH = 8;
/** Words from a claiming verb to the list's items it points at: "got the first two", "have all of these". */
const CLAIM_REACH = 3;
/** Words just before a "now" that make it the time of a worry, not of the flag. */
const WORRY_REACH = 2;
/** Words of a screening-list item that no lexicon term covers ("bladder changes"). */
const MAX_LIST_ITEM_WORDS = 3;
/** Words from a comparison's "like", "as if" or "as though" to the accident it names ("felt like I'd been in a car crash"). */
const COMPARISON_REACH = 6;

/** Whether a mention sits inside an open bracket of its sentence (from `sentenceStart`). */
function inBrackets(tokens: readonly Token[], mention: Mention, sentenceStart: number): boolean {
  let depth = 0;
  for (let i = sentenceStart; i < mention.start; i++) {
    if (tokens[i]!.text === '(') depth++;
    else if (tokens[i]!.text === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Whether two mentions sit inside one open bracket: "(car accident 6 years ago)" dates its own accident. */
function inOneBracket(tokens: readonly Token[], a: Mention, b: Mention, sentenceStart: number): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return (
    inBrackets(tokens, first, sentenceStart) &&
    !inRange(tokens, first.start, second.start, (token) => token.text === '(' || token.text === ')')
  );
}

/**
 * A crash whose own words put the writer in its path on a road or at a speed: "went into the back of me on the
 * motorway at about 50" (not "my toddler landed on my spine", a person's weight).
 */
function hitOnTheRoad(tokens: readonly Token[], sign: Mention): boolean {
  if (sign.value.cat !== 'flag' || sign.value.id !== 'major_trauma') return false;
  const words = tokens.slice(sign.start, sign.end);
  return (
    words.some((token) => token.text === 'me' || token.text === 'us') &&
    words.some((token) => token.kind === 'number' || TRAFFIC_SETTINGS.has(token.text))
  );
}

/** A calendar year written as a number: "2015", "1998". */
function isYear(token: Token): boolean {
  return token.kind === 'number' && /^(?:19|20)\d\d$/.test(token.text);
}

function inRange(tokens: readonly Token[], from: number, to: number, test: (token: Token, index: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(tokens[i]!, i)) return true;
  return false;
}

/** Words from an aside's "if" to the verb that makes it one: "if you're reading this", "if u can help pls". */
const ASIDE_REACH = 4;

/**
 * Whether the "if" at `at` opens a polite aside that ends before the sign at `to`, not a condition on it: "If you're
 * asking, yes, numb saddle and can't pee", "If you ever wondered what cauda equina feels like: numb saddle, can't pee"
 * (not "If you're wondering whether numbness down there is serious, it is": the sign is inside the aside).
 */
function politeAsideBefore(tokens: readonly Token[], at: number, to: number): boolean {
  if (!ASIDE_SUBJECTS.has(tokens[at + 1]?.text ?? '')) return false;
  for (let i = at + 2; i < Math.min(to, at + 2 + ASIDE_REACH); i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') return false;
    if (!ASIDE_VERBS.has(token.text)) continue;
    // The aside ends at its first punctuation, before the sign.
    for (let j = i + 1; j < to; j++) if (tokens[j]!.kind === 'punct') return true;
    return false;
  }
  return false;
}

/** Whether a scope running from token `from` to `to` stays in one statement (list commas allowed). */
function openScope(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      if (token.text === ',' || token.text === '/' || token.text === '&') {
        const next = tokens[i + 1];
        if (next && CONDITION_LIST_JOINS.has(next.text)) {
          if (next.text === 'and' && NOW_AFTER_AND.has(tokens[i + 2]?.text ?? '')) return false;
          continue;
        }
        let chunk = 0;
        let addressed = false;
        for (let j = i + 1; j < tokens.length && tokens[j]!.kind !== 'punct'; j++) {
          chunk++;
          if (tokens[j]!.text === 'your') addressed = true;
        }
        // A long item still spoken to the reader goes on with the list: "if you get numbness in the saddle area,
        // lose control of your bladder or bowels, or both legs go weak"; so does one with no subject of its own, a verb
        // that carries on the condition's ("if you get numbness around your bum, can't pee or can't hold it, …"). An
        // item that opens on its own subject ("…, I couldn't pee") is the main clause.
        if (chunk <= 4 || addressed || (chunk <= 8 && next !== undefined && !CLAUSE_SUBJECTS.has(next.text))) continue;
      }
      return false;
    }
    if (isClauseWord(token.text) || token.text === 'then') return false;
  }
  return true;
}

/**
 * The everyday causes of numbness told in a sentence (lexicon/cues.ts `numb_cause`, and `feet_numb_cause` unless the
 * numbness is the saddle's: `ofFeet` false), less those that are part of how
 * the numbness itself is told: "like sitting on a bag of frozen peas" says what it feels like, not that it was cold;
 * and less a word of a warning sign's own name or of a place on the body, the "saddle" of "saddle numbness" or of
 * "my saddle area", which says where the numbness is, not what numbed it.
 */
export function numbCausesIn(context: MentionContext, cues: CueIndex, sentence: number, ofFeet = true): Mention[] {
  const numbness = cues.inSentence('numbness', sentence);
  return [...cues.inSentence('numb_cause', sentence), ...(ofFeet ? cues.inSentence('feet_numb_cause', sentence) : [])].filter(
    (cause) =>
      // "my boots aren't laced too tight", "not from the drive": a cause denied explains nothing.
      !deniedBefore(context.tokens, cause.start) &&
      !numbness.some((numb) => within(cause, numb)) &&
      !context.mentions.some((other) => (other.value.cat === 'part' || other.value.cat === 'flag') && withinLonger(cause, other)),
  );
}

/**
 * Whether a sentence names the back (a region or a back complaint), other than the "back" of "two months back": where
 * an onset months ago and the words "became worse" or "not been pain free" belong to the back, not to a knee or a plan
 * (redflags.ts, `not_improving`).
 */
export function namesTheBack(context: MentionContext, cues: CueIndex, sentence: number): boolean {
  const onsets = cues.inSentence('months_ago', sentence);
  return context.mentions.some(
    (mention) =>
      (mention.value.cat === 'region' || mention.value.cat === 'condition') &&
      context.tokens[mention.start]!.sentence === sentence &&
      !onsets.some((onset) => overlaps(onset, mention)),
  );
}

const LOW_SPEED = 15;

function isSpeed(tokens: readonly Token[], unit: number): boolean {
  const word = tokens[unit]?.text ?? '';
  return SPEED_UNITS.has(word) || (word === 'km' && KM_SPEED_FOLLOWERS.has(tokens[unit + 1]?.text ?? ''));
}

/** Words from "avoid" to the blow it kept away: "to avoid landing on my back" (not "…my little one and came down"). */
const PREVENTED_REACH = 4;

/** Words a story's opening date may follow at the start of its sentence: "Three years ago", "About two years ago". */
const STORY_DATE_LEAD = 2;

/** Words in a log's short sentence that the effort told just before still explains: "Bit breathless." */
const SHORT_LOG_SENTENCE = 5;

/** Whether a chest sign's words are the breath's ("breathless", "short of breath", "winded"), not a pain's. */
export function tellsOfBreath(tokens: readonly Token[], sign: Mention): boolean {
  return tokens.slice(sign.start, sign.end).some((token) => token.text.startsWith('breath') || BREATHLESS_WORDS.has(token.text));
}

/**
 * Whether a breathlessness is told in a log's short sentence right after the effort that explains it ("Went for a
 * jog. Bit breathless."), with no alarm word beside it (a sweat, a faintness). The rules (redflags.ts) and the
 * emergency model both read it here.
 */
export function breathlessAfterEffort(context: MentionContext, cues: CueIndex, sign: Mention): boolean {
  const tokens = context.tokens;
  const sentence = tokens[sign.start]!.sentence;
  if (!tellsOfBreath(tokens, sign)) return false;
  const effortBefore =
    sentence > 0 && (cues.inSentence('exertion', sentence - 1).length > 0 || cues.inSentence('outing', sentence - 1).length > 0);
  if (!effortBefore) return false;
  const { start, end } = context.sentences[sentence]!;
  let words = 0;
  for (let at = start; at < end; at++) {
    if (tokens[at]!.kind !== 'word') continue;
    words++;
    if (ALARM_WORDS.has(tokens[at]!.text) && (at < sign.start || at >= sign.end)) return false;
  }
  // Nor where what follows tells more of it: a tight chest, a sign of the heart, or that it goes on ("Still tight now",
  // "It kept getting worse").
  const next = context.sentences[sentence + 1];
  const toldOn =
    next !== undefined &&
    (context.mentions.some(
      (mention) =>
        tokens[mention.start]!.sentence === sentence + 1 &&
        ((mention.value.cat === 'part' && mention.value.id === 'chest') ||
          (mention.value.cat === 'cue' && mention.value.id === 'cardiac_sign') ||
          mention.value.cat === 'flag'),
    ) ||
      tokens.slice(next.start, next.end).some((token) => GOING_ON_WORDS.has(token.text)));
  return words <= SHORT_LOG_SENTENCE && !toldOn;
}

/**
 * Whether a sentence tells its crash or fall at walking pace: every speed in it low ("clipped by a car at 5mph"), or
 * in words ("at about walking pace"). The rules (redflags.ts) and the emergency model both read it here.
 */
export function toldAtLowSpeed(context: MentionContext, cues: CueIndex, sentence: number): boolean {
  const bounds = context.sentences[sentence];
  if (!bounds) return false;
  const speeds = context.tokens
    .slice(bounds.start, bounds.end)
    .flatMap((token, i, all) => (token.kind === 'number' && isSpeed(all, i + 1) ? [Number(token.text.replace(',', '.'))] : []));
  return (speeds.length > 0 && speeds.every((speed) => speed <= LOW_SPEED)) || cues.inSentence('slow_speed', sentence).length > 0;
}

/**
 * Whether `mention` lies inside a longer phrase of another flag, which says what the words are: "hot and cold sweats"
 * is a fever's, and its "cold sweats" no heart's.
 */
export function partOfAnotherFlag(context: MentionContext, mention: Mention, flag: RedFlag): boolean {
  return context.mentions.some((other) => other.value.cat === 'flag' && other.value.id !== flag && withinLonger(mention, other));
}

/** How far after a person's "'s" a sign may start and still be theirs ("brother's motorbike crash"). */
const POSSESSED_REACH = 3;
/** Whether a list closer answers the item before it at once, in a list: a word before it, a comma or a stop after. */
function answersAnItem(tokens: readonly Token[], closer: Mention): boolean {
  const before = tokens[closer.start - 1];
  const after = tokens[closer.end];
  return (
    closer.end - closer.start === 1 &&
    ITEM_ANSWERS.has(tokens[closer.start]!.text) &&
    before !== undefined &&
    before.kind !== 'punct' &&
    (!after || after.text === ',' || after.text === '.' || after.sentence !== tokens[closer.start]!.sentence)
  );
}
/** Cues that are warning signs of their own, counted with the flags' phrases as a list's items. */
const LISTED_SIGN_CUES: ReadonlySet<CueId> = new Set<CueId>([
  'numbness',
  'weakness',
  'toileting',
  'toilet_trouble',
  'cardiac_sign',
]);

/** "How would I know if …", "how do I tell whether …": a question about telling a sign, not doubt about one had. */
function asksHowToTell(tokens: readonly Token[], verb: number): boolean {
  return (
    tokens[verb - 1]?.text === 'i' && HOW_TO_TELL_MODALS.has(tokens[verb - 2]?.text ?? '') && tokens[verb - 3]?.text === 'how'
  );
}

/** Quotation marks, straight or curly, that open a quoted warning sign. */
const QUOTATION_MARKS = /['"\u2018\u201C]/;

function thingBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return inRange(tokens, from, to, (token) => DROPPED_THINGS.has(token.text));
}

/** Words that turn the next couple of words around ("never went away", "not fine"). */
// "wont" is left out of the spellings (text/spelling.ts: "as is his wont"), but right before a verb it is "won't": "the
// pain wont go away".
const TURNING_WORDS = /^(?:not|never|no|wont)$|n't$/;

/** Whether one of the two words before `start` turns it around: "not fine", "never went away", "isn't normal". */
export function deniedBefore(tokens: readonly Token[], start: number): boolean {
  return inRange(tokens, Math.max(0, start - 2), start, (token) => TURNING_WORDS.test(token.text));
}

export class FlagContext {
  private readonly tokens: readonly Token[];
  /** Tokens covered by a resolved cue that a negation turns around ("never went away"). */
  private readonly resolved: Mention[];
  private readonly ongoing: Mention[];

  constructor(private readonly input: ModifierInput) {
    const { context, cues } = input;
    this.tokens = context.tokens;
    this.resolved = cues
      .get('resolved')
      .filter((cue) => !deniedBefore(this.tokens, cue.start) && !this.feelingNotBack(cue) && !this.sinceChildhood(cue));
    this.ongoing = cues.get('ongoing').filter((cue) => !this.resolved.some((done) => overlaps(done, cue)));
  }

  /** "Haven't had that since I was a kid": the last time was childhood, so this one is new, not over. */
  private sinceChildhood(cue: Mention): boolean {
    if (this.tokens[cue.end - 1]?.text !== 'since') return false;
    const after = this.tokens.slice(cue.end, cue.end + 4).map((token) => token.text);
    const childAge = (word: string | undefined): boolean =>
      word !== undefined && /^\d+$/.test(word) && Number(word) < CHILDHOOD_AGE;
    return (
      CHILDHOOD_WORDS.has(after[0] ?? '') ||
      (after[0] === 'i' && after[1] === 'was' && (after.slice(2).some((word) => CHILDHOOD_WORDS.has(word)) || childAge(after[2])))
    );
  }

  /**
   * "Gone numb, hasn't come back at all": after numbness, a "hasn't come back" with no subject of its own, or with the
   * feeling as its subject, is the feeling that has not returned, not a symptom that has not recurred.
   */
  private feelingNotBack(cue: Mention): boolean {
    const words = this.tokens.slice(cue.start, cue.end).map((token) => token.text);
    if (words.at(-1) !== 'back' || !/n't$/.test(words[0] ?? '')) return false;
    const before = this.tokens[cue.start - 1];
    const sentence = this.tokens[cue.start]!.sentence;
    const earlier = this.tokens.slice(this.input.context.sentences[sentence]!.start, cue.start);
    // "it" is the feeling when the feeling was what was lost: "Lost feeling down there…, it hasn't come back".
    const feelingLost = earlier.some(
      (token, i) =>
        FEELING_SUBJECTS.has(token.text) && earlier.slice(Math.max(0, i - 2), i).some((word) => FEELING_GONE.has(word.text)),
    );
    // …or what went numb, told as a state: "my whole seat area went numb … and it hasnt come back".
    const wentNumb = earlier.some((token, i) => token.text === 'numb' && NUMB_BECOMING.has(earlier[i - 1]?.text ?? ''));
    return (
      (!before ||
        before.kind === 'punct' ||
        FEELING_SUBJECTS.has(before.text) ||
        (before.text === 'it' && (feelingLost || wentNumb))) &&
      (feelingLost || this.input.cues.inSentence('numbness', sentence).some((numb) => numb.end <= cue.start))
    );
  }

  /**
   * A post written for someone else ("my wife's lower back… she can't feel her legs"): when every back
   * complaint in it is that person's, so are the flags, and they count as the post's own.
   */
  private proxy = false;

  setProxy(proxy: boolean): void {
    this.proxy = proxy;
    this.answers.clear();
  }

  /** The four modifiers of one mention, for the flag it is part of. */
  modifiers(mention: Mention, flag?: RedFlag): FlagModifiers {
    return {
      negated: this.isNegated(mention),
      someoneElse: this.isSomeoneElse(mention),
      hypothetical: this.isHypothetical(mention, flag),
      historical: this.isHistorical(mention, flag),
    };
  }

  /** Answers already given, per mention and flag: a long post asks about the same mention many times. */
  private readonly answers = new Map<Mention, Map<RedFlag | undefined, boolean>>();

  /** Whether the writer reports this as theirs, now. */
  current(mention: Mention, flag?: RedFlag): boolean {
    let byFlag = this.answers.get(mention);
    const known = byFlag?.get(flag);
    if (known !== undefined) return known;
    // A cancer "all clear" since is still a history of cancer, the flag itself: no screening answer denies it.
    const negated =
      flag && HISTORY_IS_THE_FLAG.has(flag)
        ? this.input.negated.has(mention) ||
          this.deniedByNothing(mention) ||
          (this.closedByAnswer(mention) && !this.clearedSince(mention))
        : this.isNegated(mention);
    const answer = !negated && this.currentApartFromNegation(mention, flag);
    if (!byFlag) this.answers.set(mention, (byFlag = new Map()));
    byFlag.set(flag, answer);
    return answer;
  }

  /**
   * Whether the writer reports this as theirs, now, leaving negation aside: for a word whose only negation is another
   * flag word's own ("I cannot feel the stool coming out", redflags.ts).
   */
  currentApartFromNegation(mention: Mention, flag?: RedFlag): boolean {
    return (
      (this.proxy || !this.isSomeoneElse(mention)) && !this.isHypothetical(mention, flag) && !this.isHistorical(mention, flag)
    );
  }

  /**
   * Whether the answer after a history is its all-clear, told with when ("melanoma cut out 3 years ago, all clear at my
   * last scan"), not a screening list's answer ("history of cancer, fever, weight loss: all clear.").
   */
  private clearedSince(mention: Mention): boolean {
    const sentence = this.tokens[mention.start]!.sentence;
    return this.input.cues.inSentence('list_closer', sentence).some((closer) => {
      const next = this.tokens[closer.end];
      return (
        closer.start >= mention.end &&
        this.tokens.slice(closer.start, closer.end).some((token) => token.text === 'clear') &&
        next !== undefined &&
        next.sentence === sentence &&
        next.kind !== 'punct'
      );
    });
  }

  isNegated(mention: Mention): boolean {
    return this.input.negated.has(mention) || this.deniedByNothing(mention) || this.closedByAnswer(mention);
  }

  /**
   * "Peeing and pooing normally, nothing numb down there": a "nothing" right before the flag, opening its clause,
   * denies it; one that ends the clause before ("ibuprofen does nothing both legs still numb", "tried stretching and
   * nothing both legs still numb") does not.
   */
  private deniedByNothing(mention: Mention): boolean {
    if (this.tokens[mention.start - 1]?.text !== 'nothing') return false;
    const before = this.tokens[mention.start - 2];
    return before === undefined || before.kind === 'punct' || CLAUSE_OPENERS.has(before.text);
  }

  /**
   * A screening list answered after it: "numbness, bladder trouble, weakness: none", "bladder and
   * bowels are fine", "Chest pain? No."
   */
  private closedByAnswer(mention: Mention): boolean {
    const { context, cues } = this.input;
    const tokens = this.tokens;
    const sentence = tokens[mention.start]!.sentence;
    // A flag that is a denial itself ("no position helps, side, back, nothing") is agreed with by a "nothing", not answered.
    if (mention.value.cat === 'cue' && (mention.value.id === 'unrelieved' || mention.value.id === 'nothing_eases')) return false;
    for (const closer of cues.inSentence('list_closer', sentence)) {
      if (closer.start < mention.end || closer.start - mention.end > 24) continue;
      // A list with a denial in it describes what happened ("pooed myself a bit, no urge, nothing"); a screening
      // list answered after it does not deny item by item ("numbness, bladder trouble: none").
      if (inRange(tokens, mention.end, closer.start, (token) => DENYING_WORDS.has(token.text) || token.text.endsWith("n't")))
        continue;
      const before = tokens[closer.start - 1]!;
      const after = tokens[closer.end];
      const ends = !after || after.sentence !== sentence || after.kind === 'punct' || LIST_CLOSER_FOLLOWERS.has(after.text);
      if (!ends) continue;
      // Item by item, each answered at once: "saddle numbness no, bladder/bowel no, both legs no". A list, so two such
      // answers at least: one alone is as often the writer's emphasis ("both legs weak nah, properly weak").
      if (
        closer.start === mention.end &&
        answersAnItem(tokens, closer) &&
        cues.inSentence('list_closer', sentence).filter((other) => answersAnItem(tokens, other)).length >= 2
      )
        return true;
      const byPunct = before.kind === 'punct' && [':', ',', '-', '=', '(', '/'].includes(before.text);
      const byCopula = ANSWER_COPULAS.has(before.text);
      if (!byPunct && !byCopula) continue;
      // The answer's own lead-in (": none", "are fine") is not part of the list.
      const between = closer.start - 1;
      // Between the flag and the answer, only a list: short items ("bladder changes") split by commas,
      // and for "are fine" no comma at all ("my legs are numb, chest is fine" answers for the chest only).
      let run = 0;
      const listOnly = !inRange(tokens, mention.end, between, (token, i) => {
        if (token.kind === 'punct') {
          run = 0;
          return byCopula || !(token.text === ',' || token.text === '/' || token.text === '&' || token.text === '?');
        }
        if (FIRST_PERSON_SUBJECTS.has(token.text) || isClauseWord(token.text)) return true;
        if (SCREENING_LIST_FILLER.has(token.text) || this.coveredByMention(i)) return false;
        run++;
        return byCopula || run > MAX_LIST_ITEM_WORDS;
      });
      if (listOnly) return true;
    }
    // A list of the signs, then the writer's "I've got none of those" or "I don't have any of them" in the next
    // sentence: "the big ones are numbness where you sit, trouble peeing, both legs going weak. I've got none of those".
    // The denial must end its sentence or say only that none apply ("none of those apply"): "none of them have
    // helped me", "none of these stretches", "none of the above apply to my mate" deny something else.
    const listedSigns = (): number =>
      context.mentions.filter(
        (other) =>
          (other.value.cat === 'flag' || (other.value.cat === 'cue' && LISTED_SIGN_CUES.has(other.value.id))) &&
          tokens[other.start]!.sentence === sentence,
      ).length;
    const denialOfList = (closer: Mention): boolean => {
      if (closer.end - closer.start <= 2 || !LIST_REFERENCES.has(tokens[closer.end - 1]!.text)) return false;
      let next = closer.end;
      if (['apply', 'applies'].includes(tokens[next]?.text ?? '')) next++;
      const after = tokens[next];
      return !after || after.sentence !== sentence + 1 || after.kind === 'punct';
    };
    // The answer may be the whole next sentence, with no "I" in it, after a list that is not the writer's own: "Doc ran
    // through the usual list: numbness in the saddle, problems peeing, both legs weak. None of those." Not "None of
    // those, before Friday", nor after "I've got numbness in my saddle area, trouble peeing…".
    const answersAlone = (closer: Mention): boolean => {
      const answer = context.sentences[sentence + 1];
      const listSentence = context.sentences[sentence]!;
      return (
        answer?.start === closer.start &&
        !inRange(tokens, closer.end, answer.end, (token) => token.text !== '.' && token.text !== '!') &&
        !inRange(tokens, listSentence.start, listSentence.end, (token) => FIRST_PERSON_SUBJECTS.has(token.text))
      );
    };
    if (
      cues
        .inSentence('list_closer', sentence + 1)
        .some(
          (closer) => denialOfList(closer) && (answersAlone(closer) || cues.inSentence('first_person', sentence + 1).length > 0),
        ) &&
      listedSigns() >= 2
    )
      return true;
    // "Any numbness down there? No."
    const current = context.sentences[sentence];
    const next = context.sentences[sentence + 1];
    if (current?.question && next) {
      const first = tokens[next.start]!;
      if (NO_ANSWERS.has(first.text) && next.end - next.start <= 6) return true;
    }
    return false;
  }

  private coveredByMention(index: number): boolean {
    return this.input.context.mentions.some(
      (mention) =>
        mention.start <= index &&
        index < mention.end &&
        (mention.value.cat === 'flag' ||
          mention.value.cat === 'part' ||
          mention.value.cat === 'cue' ||
          mention.value.cat === 'symptom' ||
          mention.value.cat === 'region' ||
          mention.value.cat === 'condition'),
    );
  }

  /**
   * Whether `mention` is an item of a list that "any" opens in its sentence: only list items (words the engine reads,
   * and "or", "and", commas between them) stand between the "any" and it, and an "or" or "nor" joins the list before
   * or after it ("asked if I had any numbness between my legs, trouble peeing or weakness in both legs").
   */
  private listedAfterAny(mention: Mention): boolean {
    const tokens = this.tokens;
    const sentence = tokens[mention.start]!.sentence;
    const listToken = (token: Token, at: number): boolean =>
      token.kind === 'punct'
        ? token.text === ',' || token.text === '/'
        : SCREENING_LIST_FILLER.has(token.text) || this.coveredByMention(at);
    // "Any A, B or C" is one list; "any back pain, both legs numb since the crash" is a denial and then a statement.
    let joined = false;
    for (let at = mention.start - 1; at >= 0 && tokens[at]!.sentence === sentence; at--) {
      const token = tokens[at]!;
      if (token.text === 'any') {
        if (joined) return true;
        for (let next = mention.end; next < tokens.length && tokens[next]!.sentence === sentence; next++) {
          if (DISJUNCTIONS.has(tokens[next]!.text)) return true;
          if (!listToken(tokens[next]!, next)) return false;
        }
        return false;
      }
      if (!listToken(token, at)) return false;
      if (DISJUNCTIONS.has(token.text)) joined = true;
    }
    return false;
  }

  /**
   * Someone else's: a person other than the writer named earlier in the sentence ("my grandad had
   * foot drop", "a mate of mine can't feel his legs"), with no "I"/"me" (nor "my" before a body
   * word) in between to take the statement back.
   */
  isSomeoneElse(mention: Mention): boolean {
    const { cues } = this.input;
    const tokens = this.tokens;
    const sentence = tokens[mention.start]!.sentence;
    const people = cues.inSentence('relative', sentence);
    for (const person of people) {
      if (person.end > mention.start) continue;
      // A person the writer lifted, moved or carried is what the writer's back took, not who has the sign: "my back
      // went lifting a patient, now both legs are numb" (a carer's emergency), "carrying the kids upstairs".
      // Not one told of next ("carrying my son, who has numb legs").
      if (
        inRange(tokens, Math.max(0, person.start - 2), person.start, (token) => HANDLING_VERBS.has(token.text)) &&
        !inRange(tokens, person.end, person.end + 2, (token) => TOLD_OF_NEXT.has(token.text))
      )
        continue;
      // "Both my feet feel like they're wrapped in cotton wool": "they" is the feet, not someone else. "Has anyone had
      // their taint go numb?": anyone's, asked by a writer who has it, not a third person's.
      if (
        THEY_WORDS.has(tokens[person.start]!.text) &&
        (this.pluralPartBefore(person) ||
          inRange(tokens, Math.max(0, person.start - ANYONE_REACH), person.start, (token) => ANYONE_WORDS.has(token.text)))
      )
        continue;
      // "My wife noticed a lump on my lower back": the writer's own body, named just after the flag, takes it back.
      // Past the flag's own clause, only when the person did not have the sign: "my wife noticed a lump, my lower back
      // just left of the spine" is the writer's lump; "…said both his legs went numb, my lower back is just tight" and
      // "my mum had cancer, my back ache is from the desk" tell of two people.
      const personHasIt =
        inRange(tokens, person.end, mention.end, (token) => HAVING_WORDS.has(token.text)) ||
        inRange(tokens, Math.max(0, mention.start - 2), mention.end, (token) => THIRD_POSSESSIVES.has(token.text));
      const ownBodyAfter = inRange(tokens, mention.end, Math.min(tokens.length, mention.end + OWN_BODY_REACH), (token, i) =>
        token.text === 'my' && (token.clause === tokens[mention.start]!.clause || !personHasIt) ? this.namesBody(i + 1) : false,
      );
      // The sign's own words may name the writer too: a sign read from several words ("there's like a step in my lower
      // back", after "my buddy filmed my deadlift"), or a blow from a thing dropped ("my partner lost grip on the
      // kettlebell and it landed on my spine"), not from the person ("my toddler landed on my spine", "he pinned me").
      // So may a flag's own phrase that says "I" ("with my girlfriend, down there I do not have feeling like before"),
      // unless the person said it ("my dad rang, he said down there I do not have feeling").
      const ownInside = (sign: Mention): boolean =>
        sign.value.cat === 'cue' ||
        thingBetween(tokens, person.end, sign.end) ||
        hitOnTheRoad(tokens, sign) ||
        (inRange(tokens, sign.start, sign.end, (token) => FIRST_PERSON_I.has(token.text)) &&
          !inRange(tokens, person.end, sign.start, (token) => SPEECH_WORDS.has(token.text)));
      // An "I" the person said or wrote is theirs ("my brother wrote 'I don't have any feeling down there'"); "my wife
      // says my spine looks bent" is still the writer's spine.
      const quoted = (i: number): boolean => SPEECH_WORDS.has(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.text === '"';
      // "Brother's motorbike crash, my back question", "my wife's numb feet": a sign told as the person's own, with
      // their possessive right before it, stays theirs whatever of the writer's body comes after.
      // "Like someone's squeezing my chest" is a simile: "someone's" there is "someone is", and no one has the sign.
      const possessive = tokens[person.end]?.text === "'s";
      if (possessive && INDEFINITE_PEOPLE.has(tokens[person.end - 1]!.text)) continue;
      const theirs = possessive && mention.start - person.end <= POSSESSED_REACH;
      if (theirs) return true;
      const takenBack =
        ownBodyAfter ||
        inRange(tokens, person.end, ownInside(mention) ? mention.end : mention.start, (token, i) => {
          if (FIRST_PERSON_SUBJECTS.has(token.text)) return !quoted(i);
          if (token.text !== 'my' && token.text !== 'mine') return false;
          // "my dad", "my mate's": a person again; "my legs": the writer's own body; "a lad in my box": a place.
          return !people.some((other) => other.start === i + 1) && (token.text === 'mine' || this.namesBody(i + 1));
        });
      if (!takenBack) return true;
    }
    return false;
  }

  /**
   * Whether something the engine reads about the body starts at token `index` (a region, a part, a symptom, a
   * flag, a cue such as "pee"), not a person: "my pee", "my legs" are the writer's; "my box", "my gym" name nothing.
   */
  private namesBody(index: number): boolean {
    return this.input.context.mentions.some(
      (mention) =>
        mention.start === index &&
        mention.value.cat !== 'activity' &&
        !(mention.value.cat === 'cue' && (mention.value.id === 'relative' || mention.value.id === 'first_person')),
    );
  }

  /**
   * Whether a plural body part ("my feet", "both legs", "my cheeks") comes before `person` in its sentence; or, for a
   * "them" that is what is touched or worked ("hurts to even touch them"), plural muscles ("hamstrings", "glutes")
   * with no one else named between ("my quads and my mates, I told them" is the mates).
   */
  private pluralPartBefore(person: Mention): boolean {
    const tokens = this.tokens;
    const sentence = tokens[person.start]!.sentence;
    const before = this.input.context.mentions.filter(
      (mention) => mention.end <= person.start && tokens[mention.start]!.sentence === sentence,
    );
    const lastWord = (mention: Mention): string => tokens[mention.end - 1]!.text;
    if (before.some((mention) => mention.value.cat === 'part' && PLURAL_PARTS.has(lastWord(mention)))) return true;
    if (tokens[person.start]!.text !== 'them' || !MUSCLE_HANDLING_VERBS.has(tokens[person.start - 1]?.text ?? '')) return false;
    const muscles = before.filter(
      (mention) => (mention.value.cat === 'part' || mention.value.cat === 'region') && PLURAL_MUSCLES.has(lastWord(mention)),
    );
    const last = muscles.at(-1);
    return (
      last !== undefined &&
      !before.some((mention) => mention.start >= last.end && mention.value.cat === 'cue' && mention.value.id === 'relative')
    );
  }

  /**
   * A tumour or a cancer wondered about, not had: "lump on my back, maybe I have a tumour?", "could I have
   * cancer?" (clinical-facts.md: the history is the flag; a worry is none). Not one told as coming back ("maybe I have
   * a tumour again"), which tells a cancer had.
   */
  private wonderedAbout(mention: Mention): boolean {
    const tokens = this.tokens;
    if (ANOTHER_TIME_WORDS.has(tokens[mention.end]?.text ?? '')) return false;
    const clause = tokens[mention.start]!.clause;
    for (let i = mention.start - 1; i >= Math.max(0, mention.start - WONDER_REACH); i--) {
      const word = tokens[i]!;
      if (word.clause !== clause) return false;
      if (WONDERING_WORDS.has(word.text)) return true;
      if (ASKING_AUXILIARIES.has(word.text) && tokens[i + 1]?.text === 'i') return true;
    }
    return false;
  }

  /**
   * Whether the flag is what the writer acted to keep from happening, in its clause: "jumped clear to avoid landing on
   * my back", "rolled away to prevent a fall". Not one that failed: "couldn't avoid", "tried to avoid".
   */
  private prevented(mention: Mention): boolean {
    const tokens = this.tokens;
    const clause = tokens[mention.start]!.clause;
    for (
      let at = mention.start - 1;
      at >= 0 && mention.start - at <= PREVENTED_REACH && tokens[at]!.clause === clause && tokens[at]!.kind !== 'punct';
      at--
    ) {
      if (!PREVENTING_WORDS.has(tokens[at]!.text)) continue;
      const lead = tokens[at - 1]?.text === 'to' ? at - 2 : at - 1;
      return !PREVENTION_FAILED.has(tokens[lead]?.text ?? '') && !(tokens[lead]?.text ?? '').endsWith("n't");
    }
    return false;
  }

  /** Whether a hypothetical cue is a prevention's words: "to avoid", "avoiding", "prevent". */
  private preventing(cue: Mention): boolean {
    return this.tokens.slice(cue.start, cue.end).some((token) => PREVENTING_WORDS.has(token.text));
  }

  /**
   * Advice, a condition, a worry or a screening question rather than something the writer has:
   * "if you ever get numbness down there, go to A&E", "worried it's cauda equina", "saddle numbness
   * is a red flag", "any numbness down there?".
   */
  isHypothetical(mention: Mention, flag?: RedFlag): boolean {
    const { context, cues } = this.input;
    const tokens = this.tokens;
    const token = tokens[mention.start]!;
    const sentence = token.sentence;
    // "Any numbness down below, any trouble with the toilet": a flag asked about, in a question or a list of them; the
    // "any" reaches every item of its list ("asked if I had any numbness between my legs, trouble peeing or weakness").
    if (tokens[mention.start - 1]?.text === 'any' || this.listedAfterAny(mention)) return true;
    if (flag === 'major_trauma' && this.comparedToAnAccident(mention)) return true;
    if (flag === 'major_trauma' && this.notInTheWorld(mention)) return true;
    if (flag === 'cancer_history' && this.wonderedAbout(mention)) return true;
    // A question told and then answered ("someone asked about my pee - yeah it's dark") is answered, not asked.
    // Only a question someone asked ("asked about"), and not "yeah nah".
    const answered = (): boolean => {
      for (let index = mention.end; index < context.sentences[sentence]!.end; index++) {
        if (YES_WORDS.has(tokens[index]!.text) && !NOT_AN_ANSWER.has(tokens[index + 1]?.text ?? '')) return true;
      }
      return false;
    };
    for (const hedge of cues.inSentence('hedge', sentence)) {
      if (hedge.end > mention.start) continue;
      if (tokens.slice(hedge.start, hedge.end).some((token) => token.text === 'asked') && answered()) continue;
      let ok = mention.start - hedge.end <= HEDGE_REACH;
      for (let i = hedge.end; i < mention.start && ok; i++) {
        const between = tokens[i]!;
        if (between.kind === 'punct' || HEDGE_STOPS.has(between.text) || isClauseWord(between.text)) ok = false;
      }
      if (ok) return true;
      if (this.heardOfList(hedge, mention)) return true;
    }
    // "Swerved to avoid a car and rolled the van into the ditch": what was avoided is the flag only right before it
    // (prevented), not a whole clause's condition.
    if (isHypotheticalClause(cues, token.clause, mention, (cue) => this.preventing(cue))) return true;
    if (this.prevented(mention)) return true;
    const firstPersonInClause = cues.inClause('first_person', token.clause).length > 0;
    const firstPersonInSentence = firstPersonInClause || cues.inSentence('first_person', sentence).length > 0;
    if (asksTheAsker(context, cues, sentence)) return true;
    if (cues.inClause('second_person', token.clause).length > 0 && !firstPersonInClause) return true;
    // A condition ("if I ever get numbness down there I'll go straight to A&E"), whoever it is about.
    if (!flag || !CONDITIONAL_BY_NATURE.has(flag)) {
      for (const cue of cues.inSentence('hypothetical', sentence)) {
        const word = tokens[cue.start]!.text;
        if (cue.end > mention.start || !CONDITION_WORDS.has(word)) continue;
        if (REPORTING_IF.has(tokens[cue.start - 1]?.text ?? '') && !asksHowToTell(tokens, cue.start - 1)) continue;
        if (politeAsideBefore(tokens, cue.start, mention.start)) continue;
        if (openScope(tokens, cue.end, mention.start)) return true;
      }
      // A sentence that opens as a rule about the reader's body and tells nothing of the writer's own: "If you ever
      // hurt your back and then can't feel down there when you wipe, or can't pee, go straight to A&E" (every item of
      // it). Not a polite opening before a report with its "I" dropped: "If you can help pls, numb down below and cant
      // wee", "If you've got any advice, both legs numb".
      const opener = context.sentences[sentence]!.start;
      if (
        !firstPersonInSentence &&
        CONDITION_WORDS.has(tokens[opener]?.text ?? '') &&
        READER_SUBJECTS.has(tokens[opener + 1]?.text ?? '') &&
        READER_RULE_VERBS.has(tokens[opener + 2]?.text ?? '') &&
        !politeAsideBefore(tokens, opener, mention.start)
      )
        return true;
    }
    // Screening talk with no "I" in it: "Red flags: numbness in the groin, both legs…".
    const screening = this.screeningTalk(sentence);
    // In a post written for someone else, their "he" or "she" is the writer's "I": "he can't feel the loo seat but
    // refuses to go to A&E" is about him, not a rule.
    const ownerInSentence = firstPersonInSentence || (this.proxy && cues.inSentence('relative', sentence).length > 0);
    if (screening.length > 0 && !ownerInSentence) return true;
    // An advice list's next item said in short: "…go to A&E that day. Chest pain with back pain, same."
    if (!firstPersonInSentence && this.continuesAdvice(sentence)) return true;
    // The items of a list of signs set out line by line under its opening line: "Signs that need urgent care
    // include:", then "• loss of bladder control" on a line of its own.
    if (!firstPersonInSentence && this.listedUnderScreening(sentence)) return true;
    // The items of a screening list, whoever handed it over: "the physio gave me the leaflet with the warning signs on
    // it: numbness around the back passage, trouble peeing…". Not the writer's own list ("warning signs I have: …").
    const owned = (from: number, to: number) =>
      inRange(tokens, from, to, (between) => FIRST_PERSON_SUBJECTS.has(between.text) || between.text === 'have');
    for (const cue of screening) {
      let colon = cue.end;
      // The list may open on a dash: "a leaflet with warning signs on it - numbness around the back passage, …".
      const header = SCREENING_LIST_HEADERS.has(tokens[cue.start]!.text);
      while (colon < mention.start && tokens[colon]!.text !== ':' && !(header && tokens[colon]!.text === '-')) colon++;
      if (colon >= mention.start) continue;
      if (!owned(cue.end, colon) && !owned(colon + 1, mention.start)) return true;
    }
    // Quoted, in quotation marks, from what the writer keeps reading: "I keep seeing 'saddle numbness = go to A&E'".
    // Not "I keep hearing about saddle anaesthesia … that's what I've had", nor "I keep reading about it and now I
    // have numbness down there": told without quotation marks, a sign may be the writer's own.
    for (const cue of cues.inSentence('quoting', sentence)) {
      if (cue.end > mention.start || owned(cue.end, mention.start)) continue;
      const between = context.normalized.text.slice(tokens[cue.end - 1]!.end, tokens[mention.start]!.start);
      if (QUOTATION_MARKS.test(between)) return true;
    }
    // A general statement about the flag: "saddle numbness is a red flag", "…means go to A&E", "fever or unexplained
    // weight loss with back pain means GP same day" (the cue may open with its verb).
    for (const cue of screening) {
      if (cue.start < mention.end || cue.start - mention.end > GENERIC_REACH) continue;
      if (
        inRange(tokens, mention.end, cue.start + 1, (between) => GENERAL_STATEMENT_VERBS.has(between.text)) &&
        !inRange(tokens, mention.end, cue.start, (between) => FIRST_PERSON_SUBJECTS.has(between.text))
      ) {
        return true;
      }
    }
    // A rule passed on as said or written, its sign after it: "the practice nurse's sheet says call 999 with a numb groin",
    // "the GP told me get to hospital if…". The writer's "my" is the source's, not the sign's; a sign the writer then
    // tells as theirs has an "I", a "my" or a "now" in or before it ("said go to A&E, and I've got numbness down there",
    // "…and now it's numb when I wipe").
    for (const cue of screening) {
      if (cue.end > mention.start || !SPEECH_WORDS.has(tokens[cue.start - 1]?.text ?? '')) continue;
      if (!inRange(tokens, cue.end, mention.end, (word) => FIRST_PERSON_SUBJECTS.has(word.text) || OWN_OR_NOW.has(word.text)))
        return true;
    }
    return false;
  }

  /**
   * Whether the words from `index` name what a feeling is compared to, the crash at `mention` its story: a subject that
   * goes on to it ("like I got hit", "as if it was run over"), or an article that opens it ("like a truck hit me").
   * Not "feel like an idiot I fell down the stairs", "feels like a miracle I got hit", "as if that wasn't enough I got
   * hit" (review 40d).
   */
  private namesTheCompared(index: number, mention: Mention): boolean {
    const word = this.tokens[index]?.text ?? '';
    if (COMPARED_ARTICLES.has(word)) return mention.start === index + 1;
    // One subject, and no judgement: "feel like it was my fault I got hit by a car", "feels like it's my fault a car hit
    // me" tell a fault, then the crash (review 40g).
    return (
      COMPARED_SUBJECTS.has(word) &&
      !this.tokens
        .slice(index + 1, mention.start)
        .some((token) => COMPARED_SUBJECTS.has(token.text) || JUDGEMENT_WORDS.has(token.text))
    );
  }

  /**
   * Whether a crash told as a comparison is then told as true, in its sentence or the next (lexicon cue
   * `comparison_made_real`): "hurts like a van hit me. Because a van DID hit me", "like getting hit by a car, which I
   * was".
   */
  private madeReal(mention: Mention): boolean {
    const sentence = this.tokens[mention.start]!.sentence;
    return this.input.cues.inSentenceOrNext('comparison_made_real', sentence).length > 0;
  }

  /**
   * The screening cues of a sentence (lexicon cue `screening`) that are not a hospital or an ER the writer is in, went
   * to or has not been to yet ("currently in hospital: numb saddle, can't pee").
   */
  private screeningTalk(sentence: number): Mention[] {
    const { cues } = this.input;
    const visits = [...cues.inSentence('care_visit', sentence), ...this.ownCareNotHad(sentence)];
    return cues.inSentence('screening', sentence).filter((cue) => !visits.some((visit) => within(cue, visit)));
  }

  /**
   * Care the writer tells as not had yet (lexicon cue `care_not_had`), in a statement with no other subject before it:
   * "haven't been to hospital yet", "Both legs numb, won't go to the ER". Not a question put to the reader ("no
   * hospital yet? Go now"), someone else's refusal ("he won't go to hospital"), nor a cautionary tale or a plea, in its
   * sentence or the next ("won't go to the ER = catheter for life", "…haven't been to hospital yet. Please stop reading
   * this and go").
   */
  private ownCareNotHad(sentence: number): Mention[] {
    const { context, cues } = this.input;
    const notHad = cues.inSentence('care_not_had', sentence);
    if (notHad.length === 0 || context.sentences[sentence]!.question) return [];
    if (cues.inSentenceOrNext('cautionary_end', sentence).length > 0) return [];
    return notHad.filter(
      (cue) =>
        !OTHER_SUBJECTS.has(this.tokens[cue.start - 1]?.text ?? '') &&
        // "won't go to hospital he said": the refusal quoted is his.
        !(OTHER_SUBJECTS.has(this.tokens[cue.end]?.text ?? '') && SPEECH_WORDS.has(this.tokens[cue.end + 1]?.text ?? '')) &&
        !this.isSomeoneElse(cue),
    );
  }

  /**
   * A crash in a dream or in a game: a dream told before it in its clause with nothing joining another story on ("had a
   * dream I ploughed into a truck", "in my nightmare I went down hard on black ice"; not "had a nightmare, then fell
   * down the stairs", "was dreaming of a PR and then a car hit me"), or a game in its clause ("Zwift race: I
   * crashed into another rider's avatar"). Trauma only: a numbness a writer wakes from a dream with is real.
   */
  private notInTheWorld(mention: Mention): boolean {
    const { cues } = this.input;
    const tokens = this.tokens;
    const { clause } = tokens[mention.start]!;
    // Nothing between joins another story on: "I do Zwift in winter but crashed my road bike on ice today" is real.
    const joined = (cue: Mention): boolean => {
      const [from, to] = cue.end <= mention.start ? [cue.end, mention.start] : [mention.end, cue.start];
      return !tokens.slice(from, to).some((token) => STORY_LINKS.has(token.text) || token.text === 'but');
    };
    return (
      cues.inClause('virtual', clause).some(joined) ||
      cues.inClause('dream', clause).some((dream) => dream.end <= mention.start && joined(dream))
    );
  }

  /**
   * A crash or a fall told as what a feeling is like, so that none happened: "the rest of me feels like it got hit by a
   * truck", "my back hurts as if I fell down the stairs", "it was like getting run over". Read for trauma only: a chest
   * that "feels like a heart attack" tells the sign itself. The comparison reaches no further than its sentence's words
   * up to a punctuation mark or a word that joins the story on, so "felt like death. Got hit by a car on the way home"
   * and "felt like I was dying after I fell down the stairs" stay crashes; and after "like" it must name what is
   * compared (a subject or "getting"), so "hurts like hell after I got hit" does too (review 40a).
   */
  private comparedToAnAccident(mention: Mention): boolean {
    const tokens = this.tokens;
    const sentence = tokens[mention.start]!.sentence;
    for (let i = mention.start - 1; i >= Math.max(0, mention.start - COMPARISON_REACH); i--) {
      const token = tokens[i]!;
      if (token.sentence !== sentence || token.kind === 'punct' || STORY_LINKS.has(token.text)) return false;
      const before = tokens[i - 1]?.text ?? '';
      const after = tokens[i + 1]?.text ?? '';
      let compared: boolean | undefined;
      if (token.text === 'like')
        compared =
          (FEELING_COMPARISON_VERBS.has(before) && this.namesTheCompared(i + 1, mention)) ||
          ((FEELING_COMPARISON_VERBS.has(before) || COMPARISON_COPULAS.has(before)) && COMPARISON_GERUNDS.has(after));
      else if ((token.text === 'if' || token.text === 'though') && before === 'as')
        compared = FEELING_COMPARISON_VERBS.has(tokens[i - 2]?.text ?? '') && this.namesTheCompared(i + 1, mention);
      if (compared !== undefined) return compared && !this.madeReal(mention);
    }
    return false;
  }

  /**
   * The later items of a list the writer has heard or read of: "I've heard about numbness around the groin, not being
   * able to pee, both legs going weak". Nothing of the writer's own between ("heard about it, my legs are numb now").
   */
  private heardOfList(hedge: Mention, mention: Mention): boolean {
    const tokens = this.tokens;
    if (!tokens.slice(hedge.start, hedge.end).some((token) => HEARSAY_WORDS.has(token.text))) return false;
    const sentence = tokens[mention.start]!.sentence;
    const end = this.input.context.sentences[sentence]!.end;
    // Nothing in the rest of the sentence tells of the writer or of now, or says what is ("both legs are numb now").
    const rest = tokens.slice(hedge.end, end);
    return (
      tokens.slice(hedge.end, mention.start).some((token) => token.text === ',') &&
      !rest.some(
        (token) =>
          FIRST_PERSON_SUBJECTS.has(token.text) ||
          OWN_OR_NOW.has(token.text) ||
          STATING_VERBS.has(token.text) ||
          isClauseWord(token.text),
      ) &&
      !this.ongoing.some((cue) => cue.start >= hedge.end && cue.start < end)
    );
  }

  /** Whether a sentence ends in "same" or "too" after a sentence of advice or screening talk, as its next item. */
  /**
   * Whether the sentence is an item of a list of signs whose opening line, a line or a few above, ends on a colon
   * and names signs to know ("Warning signs include:", "Emergency signs (per my physio):", "When to call 999:"), every
   * line between an item of its own with no "I" in it. Not the writer's own list ("Symptoms I have:"), nor a visit told
   * ("Went to the ER:"), nor a list the writer then claims ("I've got the first two").
   */
  private listedUnderScreening(sentence: number): boolean {
    const { context, cues } = this.input;
    const tokens = this.tokens;
    for (let before = sentence - 1; before >= 0 && sentence - before <= LIST_LINES_REACH; before--) {
      const range = context.sentences[before]!;
      let last = range.end - 1;
      while (last > range.start && tokens[last]!.text === '\n') last--;
      if (tokens[last]!.text === ':') {
        const subject = inRange(tokens, range.start, last, (token) => FIRST_PERSON_SUBJECTS.has(token.text));
        return (
          !subject &&
          this.screeningTalk(before).length > 0 &&
          inRange(tokens, range.start, last, (token) => SIGN_LIST_LINE_WORDS.has(token.text)) &&
          !this.listClaimedAfter(sentence)
        );
      }
      if (tokens[range.end - 1]!.text !== '\n' || cues.inSentence('first_person', before).length > 0) return false;
    }
    return false;
  }

  /**
   * Whether a sentence after a list's item claims the list's items as the writer's: "I've got the first two",
   * "I have all of those" (not "I had none of them", "none of that, thankfully").
   */
  private listClaimedAfter(sentence: number): boolean {
    const { context } = this.input;
    const tokens = this.tokens;
    for (let after = sentence + 1; after < context.sentences.length && after - sentence <= LIST_LINES_REACH; after++) {
      const range = context.sentences[after]!;
      const words = tokens.slice(range.start, range.end).map((token) => token.text);
      // The items pointed at right after the claim: "got the first two", "have all of these" (not "I have Friday off,
      // so those errands can wait").
      const claimed = words.some(
        (word, at) => CLAIMING_WORDS.has(word) && words.slice(at + 1, at + 1 + CLAIM_REACH).some((next) => LIST_CLAIMS.has(next)),
      );
      if (
        claimed &&
        words.some((word) => FIRST_PERSON_SUBJECTS.has(word)) &&
        !words.some((word) => NO_ANSWERS.has(word) || TURNING_WORDS.test(word))
      )
        return true;
    }
    return false;
  }

  private continuesAdvice(sentence: number): boolean {
    const { context, cues } = this.input;
    const range = context.sentences[sentence];
    if (!range || sentence === 0) return false;
    let last = range.end - 1;
    while (last > range.start && this.tokens[last]!.kind === 'punct') last--;
    if (!ELLIPTICAL_ENDS.has(this.tokens[last]!.text)) return false;
    return cues.inSentence('hypothetical', sentence - 1).length > 0 || cues.inSentence('screening', sentence - 1).length > 0;
  }

  /**
   * In the past and over: "had sciatica in 2019, long gone", "foot drop years ago, fully recovered".
   * A flag that is a history (cancer, steroids) is never "over"; an old accident is never the onset
   * of today's pain, whatever followed it.
   */
  isHistorical(mention: Mention, flag?: RedFlag): boolean {
    if (flag && HISTORY_IS_THE_FLAG.has(flag)) return false;
    const { context, cues } = this.input;
    const tokens = this.tokens;
    const token = tokens[mention.start]!;
    const sentence = token.sentence;
    // A time inside brackets is an aside's ("…since the flare-up last week (same as 2 years ago) things feel muted"),
    // unless the flag is in that aside too ("(hip/back pain from a car accident about 6 years back)").
    // An onset months ago dates what is still no better, not a past: "hurt it 3 months ago and it's not getting better".
    const onsetOfNoBetter = (cue: Mention): boolean =>
      flag === 'not_improving' &&
      namesTheBack(context, cues, sentence) &&
      cues.inSentence('months_ago', sentence).some((onset) => overlaps(onset, cue));
    // A crash told as just now in its own clause is not dated by a past in another ("Last season was my best, then I
    // crashed into a car yesterday", review 41f).
    const justNow = flag === 'major_trauma' && cues.inClause('just_happened', token.clause).length > 0;
    // A sentence that says today dates only the clause its past is in: "Fell off a ladder today, had another fall back
    // in Oct, this one is worse, back pain and both legs tingling" (review 44a).
    const saysToday = this.sentenceWords(sentence).some((word) => NOW_WORDS.has(word));
    // A decade of life ("in my thirties") dates nothing when it may be the writer's age now (review 46b): said after
    // "I'm", "now" or "still", said first and joined on ("In my thirties and got hit by a car this morning"), or told
    // beside a today in its sentence or the next ("…in my thirties. It was this morning.", "…and again this morning").
    const recent = (at: number): boolean =>
      at < context.sentences.length && (this.toldAsJustNow(at) || this.sentenceWords(at).includes('again'));
    const ageNow = (cue: Mention): boolean =>
      tokens[cue.start]!.text === 'in' &&
      tokens[cue.start + 1]?.text === 'my' &&
      (AGE_NOW_LEADS.has(tokens[cue.start - 1]?.text ?? '') ||
        tokens[cue.end]?.text === 'and' ||
        recent(sentence) ||
        recent(sentence + 1));
    const comparedWithThen = cues.inSentence('compared_with_then', sentence);
    const past =
      cues.inSentence('past', sentence).some(
        (cue) =>
          (!inBrackets(tokens, cue, context.sentences[sentence]!.start) ||
            inOneBracket(tokens, cue, mention, context.sentences[sentence]!.start)) &&
          !onsetOfNoBetter(cue) &&
          !ageNow(cue) &&
          !comparedWithThen.some((comparison) => overlaps(comparison, cue)) &&
          // A past told as where a now began: "sore since last summer", "numb down there since last October".
          tokens[cue.start - 1]?.text !== 'since' &&
          !((justNow || saysToday) && tokens[cue.start]!.clause !== token.clause),
      ) || this.saysPastYear(sentence);
    // A blow taken again and again ("all those times I got thrown onto the mat", "thrown onto my back in wrestling
    // for years") is a history; years told in another clause are the writer's experience ("came off at 40mph, riding
    // for years and never crashed like it").
    const overTheYears =
      !saysToday &&
      !justNow &&
      (cues.inClause('many_times', token.clause).length > 0 ||
        cues.inClause('over_the_years', token.clause).some((cue) => cue.start >= mention.end));
    if (
      flag === 'major_trauma' &&
      !this.happenedAgainToday(sentence) &&
      (past ||
        overTheYears ||
        this.namedByYear(mention) ||
        (!justNow && (this.datedCrashBefore(sentence) || this.storyDatedBefore(sentence))))
    )
      return true;
    // "Now" in a later clause is the flag's only when that clause tells of nothing else: in "I wet the bed as a
    // kid, lower back hurts after squats now" it is the back's.
    const toldOfElse = (clause: number): boolean =>
      context.mentions.some(
        (other) =>
          other !== mention &&
          tokens[other.start]!.clause === clause &&
          (other.value.cat === 'region' || other.value.cat === 'symptom'),
      );
    const ongoing = this.ongoing.some((cue) => {
      const at = tokens[cue.start]!;
      // "Groin numbness last year - should I worry now?": the worry is now, not the numbness.
      if (inRange(tokens, Math.max(0, cue.start - WORRY_REACH), cue.start, (before) => WORRY_WORDS.has(before.text)))
        return false;
      return at.sentence === sentence && (at.clause === token.clause || (at.clause > token.clause && !toldOfElse(at.clause)));
    });
    // Over: said in the same sentence, not after a "but" ("went away but now…"), or in a short next sentence.
    const overHere = this.resolved.filter((cue) => {
      if (tokens[cue.start]!.sentence !== sentence) return false;
      const [from, to] = cue.start > mention.end ? [mention.end, cue.start] : [cue.end, mention.start];
      return !inRange(tokens, from, to, (between) => isClauseWord(between.text));
    });
    // …in a short next sentence, or in one of the next two that opens with it ("Back to normal by dinner, just very
    // sore quads", "Both legs felt numb for a bit after. I lay on the floor. Now totally fine").
    /** A resolution in numbness's own words: "feeling came back", "the tingling wore off". */
    const tellsOfFeeling = (cue: Mention): boolean =>
      tokens.slice(cue.start, cue.end).some((token) => NUMB_FEELING_WORDS.has(token.text));
    const overNext = [1, 2].flatMap((step) => {
      const later = context.sentences[sentence + step];
      if (
        later === undefined ||
        context.mentions.some((other) => other.value.cat === 'flag' && tokens[other.start]!.sentence === sentence + step)
      )
        return [];
      // Feeling that came back says what was over wherever it is told ("Took the wraps off and within a couple of
      // minutes feeling came back").
      // Not someone else's, or what is said to happen: "doc said the feeling comes back for some people".
      const feelingBack = (cue: Mention): boolean =>
        step === 1 &&
        tellsOfFeeling(cue) &&
        !tokens.slice(later.start, later.end).some((token) => TOLD_BY_OTHERS.has(token.text));
      // What is over is something else: "Hangover is long gone".
      const otherAilment = (cue: Mention): boolean =>
        inRange(tokens, later.start, cue.start, (token) => OTHER_AILMENTS.has(token.text));
      return this.resolved.filter(
        (cue) =>
          tokens[cue.start]!.sentence === sentence + step &&
          !otherAilment(cue) &&
          ((step === 1 && later.end - later.start <= 8) || cue.start - later.start <= OPENING_REACH || feelingBack(cue)),
      );
    });
    // Feeling that came back ends a numbness, not the blow that numbed: "Took a knee straight into the spine … couldn't
    // feel my legs for a few seconds. Feeling came back".
    const over = [...overHere, ...overNext].filter((cue) => flag !== 'major_trauma' || !tellsOfFeeling(cue));
    if (over.length > 0 && !ongoing && !(flag === 'chest_pain' && over.every((cue) => this.easesOnStopping(cue)))) return true;
    return past && !ongoing;
  }

  /**
   * A chest that eases once the effort stops ("goes away 5 min after I stop at the top", "eased when I stopped") is
   * the pattern of angina, which comes back with the next climb: it is no sign the chest is over
   * (clinical-facts.md §1.2: chest pain with back pain is a 999 item).
   */
  private easesOnStopping(over: Mention): boolean {
    const tokens = this.tokens;
    const sentence = tokens[over.start]!.sentence;
    for (let i = over.end; i < Math.min(tokens.length, over.end + STOPPING_REACH) && tokens[i]!.sentence === sentence; i++) {
      // The effort stopped, not a thing ("went away when I stopped the pre-workout").
      if (STOPPING_WORDS.has(tokens[i]!.text) && !STOPPED_THINGS.has(tokens[i + 1]?.text ?? '')) return true;
    }
    return false;
  }

  /**
   * A crash named by its year: "(2015 motorbike crash)", "my 2019 car accident". Not one told as now ("Just had a 2021
   * motorbike crash", "this morning"): there the year is the vehicle's.
   */
  private namedByYear(mention: Mention): boolean {
    const sentence = this.tokens[mention.start]!.sentence;
    const { start, end } = this.input.context.sentences[sentence]!;
    if (
      this.tokens
        .slice(start, end)
        .some((token, i, all) => NOW_WORDS.has(token.text) || (token.text === 'this' && DAY_PARTS.has(all[i + 1]?.text ?? '')))
    )
      return false;
    return [mention.start - 1, mention.start - 2].some((at) => {
      const before = this.tokens[at];
      return before !== undefined && before.sentence === sentence && isYear(before);
    });
  }

  /**
   * A sentence that tells its crash as happening again today: "Got hit by a car in November and today I was hit again"
   * (review 44a). The old crash's date does not date the new one; not "crashed in November and today my back aches".
   */
  private happenedAgainToday(sentence: number): boolean {
    const words = this.sentenceWords(sentence);
    // "…and today I was hit again", or "…years ago and again this morning" (review 46b).
    const crashedAgain = words.some(
      (word, at) =>
        word === 'again' &&
        (words[at - 1] === 'and' || words.slice(Math.max(0, at - 2), at).some((before) => CRASHED_AGAIN_WORDS.has(before))),
    );
    return crashedAgain && this.toldAsJustNow(sentence);
  }

  /** Whether a sentence tells its time as now: "today", "just", "this morning", "an hour ago". */
  private toldAsJustNow(sentence: number): boolean {
    return (
      this.sentenceWords(sentence).some((word) => NOW_WORDS.has(word)) ||
      this.input.cues.inSentence('just_happened', sentence).length > 0
    );
  }

  /**
   * A story dated by the sentence that opens it, the crash told in the next: "Three years ago everything changed. I came
   * off my horse at a gallop and cracked two vertebrae". Only a sentence that starts with its long-ago time,
   * a crash sentence and the one after it with no time or now of their own ("Still sore today" keeps it current), and a
   * healing told in the story.
   */
  private storyDatedBefore(sentence: number): boolean {
    const { context, cues } = this.input;
    if (sentence === 0) return false;
    const opening = context.sentences[sentence - 1]!.start;
    // "Three years ago …": the cue may start after a spelt-out number.
    if (!cues.inSentence('past', sentence - 1).some((cue) => cue.start - opening <= STORY_DATE_LEAD)) return false;
    // And told as healed since: "took months of rehab as it all healed" (not "My back is killing me").
    const healed = [sentence, sentence + 1, sentence + 2].some(
      (at) => at < context.sentences.length && this.sentenceWords(at).some((word) => HEALED_WORDS.has(word)),
    );
    return (
      healed &&
      [sentence, sentence + 1].every(
        (at) =>
          at >= context.sentences.length ||
          (cues.inSentence('past', at).length === 0 &&
            cues.inSentence('just_happened', at).length === 0 &&
            !this.sentenceWords(at).some((word) => NOW_WORDS.has(word) || ANOTHER_TIME_WORDS.has(word) || word === 'still')),
      )
    );
  }

  /**
   * A crash told again by "it was" ("It was a nasty fall", "That was a bad crash"), in a sentence after one that tells
   * a crash and is dated (or follows a date): "Three years ago I slipped on a wet step. It was a nasty fall", "In Sept.
   * 2015 I came off on the ice. Landed on my hip. It was a nasty fall." (the abbreviation's full stop ends a sentence). A
   * crash told otherwise after an old one may be a new one ("Last year I fell off my bike. Came off again at the
   * weekend"), so only the pointing "it" or "that" reads as the same; and not in a post that tells anything as
   * happening again or today ("Today it happened again. It was a nasty fall", review 44a), nor where the sentence
   * itself says now ("It was a nasty fall, and I'm lying here right now").
   */
  private datedCrashBefore(sentence: number): boolean {
    const { context, cues } = this.input;
    const words = this.sentenceWords(sentence);
    if (!RETELLING_SUBJECTS.has(words[0] ?? '') || words[1] !== 'was' || words.includes('now')) return false;
    if (this.tokens.some((token) => NOW_WORDS.has(token.text) || ANOTHER_TIME_WORDS.has(token.text))) return false;
    const crashIn = (at: number): boolean =>
      context.mentions.some(
        (mention) =>
          this.tokens[mention.start]!.sentence === at &&
          ((mention.value.cat === 'cue' && mention.value.id === 'impact') ||
            (mention.value.cat === 'flag' && mention.value.id === 'major_trauma')),
      );
    const dated = (at: number): boolean => at >= 0 && (cues.inSentence('past', at).length > 0 || this.saysPastYear(at));
    return [sentence - 1, sentence - 2].some((before) => before >= 0 && crashIn(before) && (dated(before) || dated(before - 1)));
  }

  /** The words of one sentence, read from its bounds rather than by walking the whole post. */
  private sentenceWords(sentence: number): string[] {
    const range = this.input.context.sentences[sentence];
    return range ? this.tokens.slice(range.start, range.end).map((token) => token.text) : [];
  }

  /** A year cut to two digits after an apostrophe: "knocked off the bike in '07", "back in ’99" (normalized to "'"). */
  private isShortYear(token: Token): boolean {
    return token.kind === 'number' && /^\d\d$/.test(token.text) && this.input.context.normalized.text[token.start - 1] === "'";
  }

  private saysPastYear(sentence: number): boolean {
    const range = this.input.context.sentences[sentence];
    if (!range) return false;
    for (let i = range.start; i < range.end; i++) {
      const token = this.tokens[i]!;
      if (!isYear(token) && !this.isShortYear(token)) continue;
      if (YEAR_LEADS.has(this.tokens[i - 1]?.text ?? '')) return true;
    }
    return false;
  }
}
