/**
 * From text to mentions: quoted text blanked, normalized, tokenized, matched against the lexicon
 * (lexicon/), idioms applied, each mention told whether it is negated, and each clause whether
 * it is hypothetical. The rest of the analysis (relevance.ts, redflags.ts, extract.ts) reads
 * only this.
 */
import {
  ADVICE_OPENERS,
  ALL_TERM_GROUPS,
  BACK_MODIFIERS,
  BACK_PLACES,
  CHEST_PLACES,
  CONTRAST_OPENERS,
  COMMAND_LEADS,
  CORRECTION_CAUSES,
  HEDGE_WORDS,
  IF_ANYTHING_COMPARATIVES,
  IF_ANYTHING_SUBJECTS,
  USUAL_COMPARATIVES,
  LIST_GOES_ON,
  MILDER_SENSATIONS,
  NEW_SUBJECT,
  NOT_FILLER,
  NOT_GERUNDS,
  PERCEIVING_GERUNDS,
  POSSESSIVES,
  QUESTION_OPENERS,
  KINDS,
  REMEDY_COMMANDS,
  SIDE_PREPOSITIONS,
  SIMILE_CONDITIONS,
  SIMILE_OPENERS,
  type CueId,
  type IdiomTarget,
  type LexiconValue,
  type TermGroup,
  MUSCLES_WORDS,
  RETURN_STATE_WORDS,
} from './lexicon';
import { normalize, originalSlice, type NormalizedText } from './text/normalize';
import { PhraseMatcher } from './text/term-matcher';
import { blankQuotes } from './text/quotes';
import { isClauseWord, tokenize, type Sentence, type Token } from './text/tokens';

export interface Mention {
  value: LexiconValue;
  /** Token index range [start, end). */
  start: number;
  end: number;
}

export interface MentionContext {
  normalized: NormalizedText;
  tokens: Token[];
  sentences: Sentence[];
  /** Mentions after idioms and overlaps are resolved, in token order. */
  mentions: Mention[];
  /** Whether a back word is read as one (a region or a back condition), not as a lift, a place or an idiom. */
  mentionsBack: boolean;
  /** Where red-flag idioms were read ("legs are dead after leg day", "nearly wet myself laughing"): token spans. */
  flagIdioms: { start: number; end: number }[];
}

export interface Lexicon {
  matcher: PhraseMatcher<LexiconValue>;
  /** The normalizer's stretched-word check ("paaaain" → "pain", "craaamping" → "cramping"). */
  known: { has(word: string): boolean };
}

const compiled = new Map<readonly TermGroup[], Lexicon>();

/** The lexicon of these term groups, compiled on first use and then shared. */
export function compileLexicon(groups: readonly TermGroup[]): Lexicon {
  const found = compiled.get(groups);
  if (found) return found;
  const matcher = new PhraseMatcher<LexiconValue>();
  for (const group of groups) for (const term of group.terms) matcher.add(term, group.value);
  const lexicon: Lexicon = { matcher, known: { has: (word) => matcher.knows(word) } };
  compiled.set(groups, lexicon);
  return lexicon;
}

/** The whole lexicon: features, timing, context and every red flag (panel, popup, command line). */
export function getLexicon(): Lexicon {
  return compileLexicon(ALL_TERM_GROUPS);
}

const BODY_CATS = new Set(['region', 'part']);

/** Cues that red flags are built from (redflags.ts): idioms cancel them, negation applies to them. */
export const FLAG_PART_CUES: ReadonlySet<CueId> = new Set<CueId>([
  'cardiac_sign',
  'impact',
  'numbness',
  'weakness',
  'urine',
  'toileting',
  'toilet_trouble',
  'dark',
  'cough',
  'night',
  'swelling',
  'severe',
  'weight_drop',
  'lump',
]);

/**
 * Applies idioms and resolves overlapping body words (longest wins: "shoulder blade" over
 * "shoulder", "back of my knee" over "back").
 */
function resolve(raw: Mention[], tokens: readonly Token[]): Mention[] {
  const startsSymptom = new Set<number>();
  for (const mention of raw) {
    if (mention.value.cat === 'symptom' || mention.value.cat === 'condition') startsSymptom.add(mention.start);
  }
  const cancelled: { start: number; end: number; target: IdiomTarget }[] = [];
  for (const mention of raw) {
    const value = mention.value;
    if (value.cat !== 'idiom') continue;
    if (value.weak) {
      let backAt = -1;
      for (let i = mention.start; i < mention.end; i++) if (tokens[i]!.text === 'back') backAt = i;
      const before = tokens[backAt - 1];
      const after = tokens[backAt + 1]?.text ?? '';
      // After the idiom's own verb, a word of how one came back is no symptom of a back (RETURN_STATE_WORDS).
      const stateOfReturn = backAt > mention.start && (after.endsWith('ing') || RETURN_STATE_WORDS.has(after));
      if (
        backAt >= 0 &&
        ((before && backAt === mention.start && BACK_MODIFIERS.has(before.text)) ||
          (startsSymptom.has(backAt + 1) && !stateOfReturn) ||
          // "Pulled back muscle deadlifting": a back with its muscle named is the body, whatever came before it.
          MUSCLES_WORDS.has(tokens[backAt + 1]?.text ?? ''))
      ) {
        continue;
      }
    }
    cancelled.push({ start: mention.start, end: mention.end, target: value.cancels });
  }
  const targetOf = (value: LexiconValue): IdiomTarget | undefined => {
    switch (value.cat) {
      case 'region':
      case 'condition':
        return 'region';
      case 'part':
        return 'part';
      case 'activity':
        return 'activity';
      case 'symptom':
        return 'symptom';
      case 'timing':
        return 'timing';
      case 'context':
        return 'context';
      case 'flag':
        return 'flag';
      case 'story':
        return 'story';
      case 'cue':
        // A red-flag idiom ("legs were dead after the long run") cancels the flag's parts too.
        return FLAG_PART_CUES.has(value.id) ? 'flag' : undefined;
      default:
        return undefined;
    }
  };
  const kept = raw.filter((mention) => {
    if (mention.value.cat === 'idiom') return false;
    const target = targetOf(mention.value);
    return !target || !cancelled.some((range) => range.target === target && overlaps(range, mention));
  });

  // Body words: longest first, no overlaps.
  const body = kept
    .filter((mention) => BODY_CATS.has(mention.value.cat))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const claimed: Mention[] = [];
  for (const mention of body) {
    let free = true;
    for (let i = mention.start; i < mention.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    for (let i = mention.start; i < mention.end; i++) taken[i] = 1;
    claimed.push(mention);
  }

  // "My shoulder pops at the back": the back side of a body part named before it in the clause, not the back.
  const sideOfPart = (mention: Mention): boolean => {
    if (mention.value.cat !== 'region' || mention.end - mention.start !== 1 || tokens[mention.start]!.text !== 'back')
      return false;
    const the = tokens[mention.start - 1];
    const at = tokens[mention.start - 2];
    if (the?.text !== 'the' || !at || !SIDE_PREPOSITIONS.has(at.text)) return false;
    const clause = tokens[mention.start]!.clause;
    // The part is what the clause is about, a verb or two before ("my knee aches at the back"), not any part earlier on.
    return claimed.some(
      (part) =>
        part.value.cat === 'part' &&
        part.end <= mention.start - 2 &&
        part.end >= mention.start - 4 &&
        tokens[part.start]!.clause === clause,
    );
  };
  const bodyWords = claimed.filter((mention) => !sideOfPart(mention));

  // Other categories: drop a mention inside a longer one with the same meaning ("dull ache" over "ache").
  const byValue = new Map<LexiconValue, Mention[]>();
  for (const mention of kept) {
    if (BODY_CATS.has(mention.value.cat)) continue;
    const list = byValue.get(mention.value);
    if (list) list.push(mention);
    else byValue.set(mention.value, [mention]);
  }
  const result: Mention[] = [...bodyWords];
  for (const list of byValue.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    let reachStart = -1;
    for (const mention of list) {
      const inside = mention.end <= reach && !(mention.start === reachStart && mention.end === reach);
      if (!inside) result.push(mention);
      if (mention.end > reach) {
        reach = mention.end;
        reachStart = mention.start;
      }
    }
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Reads `text` into mentions with a lexicon. `text` should already be capped in length (see index.ts). */
export function readMentions(text: string, lexicon: Lexicon): MentionContext {
  const { matcher, known } = lexicon;
  const normalized = normalize(blankQuotes(text), { knownWords: known });
  const { tokens, sentences } = tokenize(normalized.text);
  // Red flags are read on every post, back word or not (DESIGN.md "Analysis"), so the mentions are too.
  const raw = matcher.matchAll(tokens);
  const mentions = resolve(raw, tokens);
  // About a back when a back word is read as one: "back squat" or "out of breath" name none.
  const mentionsBack = mentions.some((mention) => mention.value.cat === 'region' || mention.value.cat === 'condition');
  const flagIdioms = raw
    .filter(({ value }) => value.cat === 'idiom' && value.cancels === 'flag')
    .map(({ start, end }) => ({ start, end }));
  return { normalized, tokens, sentences, mentions, mentionsBack, flagIdioms };
}

// ---------------------------------------------------------------------------------------------
// Questions the rest of the analysis asks about mentions.
// ---------------------------------------------------------------------------------------------

/** Whether the two spans share a token. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether the tokens of `inner` all lie inside `outer` (the two may be the same span). */
export function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether `inner` lies inside `outer`, and `outer` is the longer of the two. */
export function withinLonger(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return within(inner, outer) && outer.end - outer.start > inner.end - inner.start;
}

/** The post's own words for a mention, as written. */
export function wordsOf(context: MentionContext, mention: { start: number; end: number }): string {
  const first = context.tokens[mention.start];
  const last = context.tokens[mention.end - 1];
  if (!first || !last) return '';
  return originalSlice(context.normalized, first.start, last.end);
}

/** Cue mentions by id, sentence and clause, computed once per context. */
export class CueIndex {
  private readonly byId = new Map<CueId, Mention[]>();
  private readonly bySentence = new Map<string, Mention[]>();
  private readonly byClause = new Map<string, Mention[]>();

  constructor(readonly context: MentionContext) {
    const push = (map: Map<string, Mention[]>, key: string, mention: Mention): void => {
      const list = map.get(key);
      if (list) list.push(mention);
      else map.set(key, [mention]);
    };
    // A "you" inside a body part's words addresses nobody: "the part where you sit on a bicycle", "where you'd sit".
    const inPart = new Uint8Array(context.tokens.length);
    // A word of praise inside an exercise's name is the name: "burns like a set of good mornings" boasts of nothing.
    const inExercise = new Uint8Array(context.tokens.length);
    for (const mention of context.mentions) {
      if (mention.value.cat === 'part') inPart.fill(1, mention.start, mention.end);
      if (mention.value.cat === 'activity') inExercise.fill(1, mention.start, mention.end);
    }
    for (const mention of context.mentions) {
      if (mention.value.cat !== 'cue') continue;
      const id = mention.value.id;
      if ((id === 'positive' || id === 'intense') && inExercise[mention.start] === 1 && inExercise[mention.end - 1] === 1)
        continue;
      // …and neither does one in a comparison ("tingly like when your foot goes to sleep").
      if (
        (id === 'hypothetical' || id === 'second_person') &&
        (inPart[mention.start] === 1 || inSimile(context.tokens, mention.start))
      )
        continue;
      if (id === 'hypothetical' && ifAnything(context.tokens, mention.start)) continue;
      const list = this.byId.get(id);
      if (list) list.push(mention);
      else this.byId.set(id, [mention]);
      const first = context.tokens[mention.start]!;
      const last = context.tokens[mention.end - 1]!;
      push(this.bySentence, `${id}:${first.sentence}`, mention);
      push(this.byClause, `${id}:${first.clause}`, mention);
      if (last.clause !== first.clause) push(this.byClause, `${id}:${last.clause}`, mention);
    }
  }

  get(id: CueId): readonly Mention[] {
    return this.byId.get(id) ?? [];
  }

  inSentence(id: CueId, sentence: number): readonly Mention[] {
    return this.bySentence.get(`${id}:${sentence}`) ?? [];
  }

  /**
   * Cues of `id` in a sentence or the one after it: what a sign's next sentence adds ("Wee was proper dark. Had 10 pints
   * though", "hurts like a van hit me. Because a van DID hit me").
   */
  inSentenceOrNext(id: CueId, sentence: number): readonly Mention[] {
    return [...this.inSentence(id, sentence), ...this.inSentence(id, sentence + 1)];
  }

  inClause(id: CueId, clause: number): readonly Mention[] {
    return this.byClause.get(`${id}:${clause}`) ?? [];
  }

  /** Cues of `id` in the same sentence within `window` word tokens before or after `mention`. */
  near(id: CueId, mention: { start: number; end: number }, window: number, sameClause = true): Mention[] {
    const tokens = this.context.tokens;
    const anchor = tokens[mention.start]!;
    return this.inSentence(id, anchor.sentence).filter((cue) => {
      if (sameClause && tokens[cue.start]!.clause !== anchor.clause && tokens[cue.end - 1]!.clause !== anchor.clause)
        return false;
      const distance =
        cue.start >= mention.end ? cue.start - mention.end : mention.start >= cue.end ? mention.start - cue.end : 0;
      return distance <= window;
    });
  }
}

/** How many word tokens a plain negator ("no", "never", "without") reaches forward. */
const NEGATOR_REACH = 5;
/** Tokens back from a "without" within which a negation makes it a double one ("can't sit for ten minutes without"). */
const WITHOUT_LOOKBACK = 8;
/** Tokens after a negated mention within which an "until" says it came later ("no pain in my back until mile 10"). */
const UNTIL_REACH = 6;
/** What an exception may not name: then it moves the complaint elsewhere, not to another time. */
const EXCEPTION_BLOCKERS: ReadonlySet<string> = new Set(['region', 'part', 'symptom', 'condition', 'flag']);
/** What "it's the …" must name to be an exception: something done, when, or in what circumstances. */
const DOINGS: ReadonlySet<string> = new Set(['activity', 'timing', 'context']);
/** Tokens to look back for a negator: its reach plus list commas and "or"s. */
const NEGATOR_LOOKBACK = 16;

/** Where negators end and pseudo-negations lie, by token, for window checks. */
export class NegationIndex {
  /** Wide negators ("no", "never", "without") by the token index they end at. */
  private readonly negatorsEndingAt = new Map<number, Mention[]>();
  private readonly notsEndingAt = new Map<number, Mention[]>();
  private readonly postNegationAt = new Set<number>();
  /** Where an "until" that goes on to say when stands ("…until I started running"). */
  private readonly untilAt: number[] = [];
  /** Where a "than usual" stands (cue `than_usual`): "not hurting more than usual". */
  private readonly usualAt = new Set<number>();
  private readonly exceptionAt: number[] = [];
  private readonly negationToken: Uint8Array;
  private readonly bodyToken: Uint8Array;

  constructor(
    private readonly context: MentionContext,
    cues: CueIndex,
  ) {
    const inPseudo = new Uint8Array(context.tokens.length);
    for (const pseudo of cues.get('pseudo_negation')) for (let i = pseudo.start; i < pseudo.end; i++) inPseudo[i] = 1;
    const add = (map: Map<number, Mention[]>, mention: Mention): void => {
      if (inPseudo[mention.start]) return;
      const list = map.get(mention.end);
      if (list) list.push(mention);
      else map.set(mention.end, [mention]);
    };
    // "I can't sit for ten minutes without my back cramping", "never a long run without a cramp": a
    // "without" after a negation says the symptom comes every time, so it negates nothing.
    const negationEndsAt = new Uint8Array(context.tokens.length + 1);
    for (const negation of [...cues.get('not'), ...cues.get('negator'), ...cues.get('scarcely')])
      negationEndsAt[negation.end] = 1;
    const afterNegation = (without: Mention): boolean => {
      const sentence = context.tokens[without.start]!.sentence;
      for (let end = without.start; end >= Math.max(1, without.start - WITHOUT_LOOKBACK); end--) {
        if (context.tokens[end - 1]!.sentence !== sentence) return false;
        if (negationEndsAt[end]) return true;
      }
      return false;
    };
    for (const negator of cues.get('negator')) {
      if (!(context.tokens[negator.start]!.text === 'without' && afterNegation(negator))) add(this.negatorsEndingAt, negator);
    }
    this.negationToken = new Uint8Array(context.tokens.length);
    for (const negation of [...cues.get('not'), ...cues.get('negator')]) this.negationToken.fill(1, negation.start, negation.end);
    for (const not of cues.get('not')) add(this.notsEndingAt, not);
    for (const post of cues.get('post_negation')) this.postNegationAt.add(post.start);
    // An exception opens after a break: a comma, a dash or "but" ("doesn't hurt, just when I bend"), not "only" inside
    // the denial ("I don't just get it when I sit").
    // What follows tells a doing or a time, and names no other body part or symptom up to the next break ("doesn't hurt,
    // it's the knee", "just when I squat my knees cave in", "no saddle numbness, only tingling in my foot"). "It's the"
    // needs a doing before that break ("it's the sitting", "it's the ten hours at the desk"), not "it's the principle".
    const breakAfter = (at: number): number => {
      let end = at;
      while (end < context.tokens.length && context.tokens[end]!.kind !== 'punct') end++;
      return end;
    };
    const mentionIn = (cats: ReadonlySet<string>, from: number, to: number) =>
      context.mentions.some((mention) => cats.has(mention.value.cat) && mention.start >= from && mention.start < to);
    for (const exception of cues.get('exception')) {
      const before = context.tokens[exception.start - 1];
      if (!before || !(before.text === ',' || before.text === '-' || before.text === 'but')) continue;
      const bare = exception.end - exception.start === 1 && !isGerund(context.tokens[exception.end]?.text ?? '');
      const end = breakAfter(exception.end);
      if (bare || mentionIn(EXCEPTION_BLOCKERS, exception.end, end)) continue;
      const itIs = context.tokens[exception.start]!.text.startsWith('it');
      if (itIs && !mentionIn(DOINGS, exception.end, end)) continue;
      this.exceptionAt.push(exception.start);
    }
    for (const usual of cues.get('than_usual')) this.usualAt.add(usual.start);
    for (const until of cues.get('until')) {
      const next = context.tokens[until.end];
      if (next?.kind === 'word' && next.sentence === context.tokens[until.start]!.sentence) this.untilAt.push(until.start);
    }
    this.bodyToken = new Uint8Array(context.tokens.length);
    for (const mention of context.mentions) {
      if (mention.value.cat === 'region' || mention.value.cat === 'part') {
        for (let i = mention.start; i < mention.end; i++) this.bodyToken[i] = 1;
      }
    }
  }

  /** Whether the tokens from `from` up to `to` (not included) hold no break and no other denial. */
  private nothingBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const token = this.context.tokens[i]!;
      if (token.kind === 'punct' || this.negationToken[i] === 1) return false;
    }
    return true;
  }

  /**
   * Whether a symptom is compared with its usual self right after it: "tighter than it usually is", "hurting more than
   * usual", "sore any worse than normal".
   */
  private comparedWithUsual(mention: Mention): boolean {
    const next = this.context.tokens[mention.end]?.text ?? '';
    return this.usualAt.has(mention.end) || (USUAL_COMPARATIVES.has(next) && this.usualAt.has(mention.end + 1));
  }

  /**
   * Whether a mention is negated: a negator before it in reach ("no back pain", "never had
   * cramps", "without any pain"), a "not" joined to it by filler words only ("doesn't hurt",
   * "don't really get back pain"), or "free" right after it ("pain-free"). Negators that are part
   * of a pseudo-negation ("no idea why", "no improvement") or of the mention itself ("can't pee")
   * do not count.
   */
  isNegated(mention: Mention): boolean {
    const tokens = this.context.tokens;
    const sentence = tokens[mention.start]!.sentence;
    const followsInReach = (at: number) =>
      at >= mention.end && at - mention.end <= UNTIL_REACH && tokens[at]!.sentence === sentence;
    // "No pain until mile 10", "never had cramps till I upped my mileage": it came, later.
    if (this.untilAt.some(followsInReach)) return false;
    // "Not hurting more than usual", "no worse than normal": compared with its usual self, so there as ever.
    if (mention.value.cat === 'symptom' && this.comparedWithUsual(mention)) return false;
    // "Never hurts from lifting, only when I sit": denied here, told where it does come. Only a symptom, and only the
    // last thing denied before the break: "no chest pain, no breathlessness, just when I pull" excepts neither.
    if (
      mention.value.cat === 'symptom' &&
      this.exceptionAt.some((at) => followsInReach(at) && this.nothingBetween(mention.end, at - 1))
    )
      return false;
    for (let end = mention.start; end >= Math.max(1, mention.start - NEGATOR_LOOKBACK); end--) {
      for (const negator of this.negatorsEndingAt.get(end) ?? []) {
        if (
          tokens[negator.start]!.sentence === sentence &&
          reaches(tokens, negator.end, mention.start, NEGATOR_REACH) &&
          !changedTo(tokens, negator, mention) &&
          !withoutDoingFirst(tokens, negator, mention)
        )
          return true;
      }
      if (mention.start - end > 4) continue;
      for (const not of this.notsEndingAt.get(end) ?? []) {
        if (tokens[not.start]!.sentence !== sentence) continue;
        let filler = true;
        for (let i = not.end; i < mention.start && filler; i++) {
          const token = tokens[i]!;
          filler = token.kind === 'word' && (NOT_FILLER.has(token.text) || this.bodyToken[i] === 1);
        }
        if (filler && !hedgedDenial(tokens, not, mention)) return true;
      }
    }
    return this.postNegationAt.has(mention.end);
  }
}

/** Tokens after the hedge's break within which "more" and its sensation must come. */
const HEDGE_CORRECTION_REACH = 5;

/**
 * "It's not chest pain really, more a pressure in the middle": a chest pain denied only to be told again as a
 * pressure or a heaviness is the writer's, not denied (NHS: chest pain, pressure or tightness alike). Needs the hedge
 * word ("really", "exactly", "as such", "per se") by the "not" or the sign, then "more" and one of those words, and
 * nothing in that clause that puts it down to a muscle, a lift or heartburn ("more a pressure from the bench arch").
 */
function hedgedDenial(tokens: readonly Token[], not: Mention, mention: Mention): boolean {
  if (mention.value.cat !== 'flag' || mention.value.id !== 'chest_pain') return false;
  const sentence = tokens[mention.start]!.sentence;
  let hedged = false;
  for (let i = not.end; i < Math.min(tokens.length, mention.end + 3) && !hedged; i++)
    hedged = tokens[i]!.sentence === sentence && HEDGE_WORDS.has(tokens[i]!.text);
  if (!hedged) return false;
  let more = -1;
  for (let i = mention.end; i < tokens.length && tokens[i]!.sentence === sentence && i <= mention.end + 4; i++) {
    if (tokens[i]!.text === 'more' && tokens[i - 1]!.kind === 'punct') more = i;
  }
  if (more < 0) return false;
  let milder = false;
  let chest = false;
  let back = false;
  for (let i = more + 1; i < tokens.length && tokens[i]!.sentence === sentence && tokens[i]!.kind !== 'punct'; i++) {
    const { text } = tokens[i]!;
    if (CORRECTION_CAUSES.has(text)) return false;
    // "more a pressure from the squats" names a cause; "from the middle of my chest into my back" a place.
    if (text === 'from' && !(tokens[i + 1]?.text === 'the' && CHEST_PLACES.has(tokens[i + 2]?.text ?? ''))) return false;
    if (i <= more + HEDGE_CORRECTION_REACH && MILDER_SENSATIONS.has(text)) milder = true;
    chest ||= text === 'chest' || CHEST_PLACES.has(text);
    back ||= BACK_PLACES.has(text);
  }
  // "more a tightness in my upper back": the back's, not the chest's.
  return milder && (chest || !back);
}

/**
 * "went from no problem to lower back screaming": a change, where "no" is what it was and the mention after "to"
 * is what it became.
 */
function changedTo(tokens: readonly Token[], negator: Mention, mention: Mention): boolean {
  if (tokens[negator.start - 1]?.text !== 'from') return false;
  for (let i = negator.end; i < mention.start; i++) if (tokens[i]!.text === 'to') return true;
  return false;
}

/**
 * "Without warming up my back tweaks": a "without" whose object is something done (a gerund) negates the doing; a
 * "my" after it opens what happened then. "Without my back hurting" still negates: there the "my" comes first.
 */
function withoutDoingFirst(tokens: readonly Token[], negator: Mention, mention: Mention): boolean {
  if (tokens[negator.start]!.text !== 'without') return false;
  const done = tokens[negator.end]?.text ?? '';
  if (!isGerund(done)) return false;
  // "…without realising, back was knackered": the negation ends with its own gerund's clause.
  if (tokens[negator.end + 1]?.text === ',') return true;
  if (PERCEIVING_GERUNDS.has(done)) return false;
  for (let i = negator.end + 1; i < mention.start; i++) if (POSSESSIVES.has(tokens[i]!.text)) return true;
  return false;
}

/** Whether a word (five letters or more, ending in "-ing") is a verb's "-ing" form, not a noun like "thing" (lexicon NOT_GERUNDS). */
export function isGerund(word: string): boolean {
  return word.length >= 5 && word.endsWith('ing') && !NOT_GERUNDS.has(word);
}

/**
 * Whether a negator ending at `from` reaches a mention starting at `to`: at most `reach` word
 * tokens apart, in one clause, or across list commas ("no fever, chills or numbness").
 */
function reaches(tokens: readonly Token[], from: number, to: number, reach: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      if (token.text === ',' || token.text === '/' || token.text === '&') {
        // A list goes on when the next chunk is short or starts with "or"/"nor"/"and"/"no"; one that opens with a
        // contrast says what there is instead ("not injured, no pinpoint pain, just heavy and achy").
        const next = tokens[i + 1];
        if (next && CONTRAST_OPENERS.has(next.text)) return false;
        if (next && LIST_GOES_ON.has(next.text)) continue;
        let chunk = 0;
        for (let j = i + 1; j < tokens.length && tokens[j]!.kind !== 'punct'; j++) chunk++;
        if (chunk <= 4) continue;
      }
      return false;
    }
    if (isClauseWord(token.text)) return false;
    // "without pain and my legs are numb": "and" with a new subject starts a new statement.
    if (
      (token.text === 'and' || token.text === 'or' || token.text === 'so' || token.text === 'then') &&
      NEW_SUBJECT.has(tokens[i + 1]?.text ?? '')
    )
      return false;
    words++;
    if (words > reach) return false;
  }
  return true;
}

/**
 * The command a clause opens on, told to the asker: its first word past the words that leave it a command ("just",
 * "and", "maybe") when that word is an advice or remedy verb ("try", "stretch", "rest", "go"), as in "just go lighter"
 * and "do some stretching". Read for a remedy offered (relevance.ts) and a stretch told as one (extract.ts).
 */
export function commandOpener(context: MentionContext, sentence: number, clause: number): Token | undefined {
  const { start, end } = context.sentences[sentence]!;
  const opener = context.tokens
    .slice(start, end)
    .find((token) => token.kind === 'word' && token.clause === clause && !COMMAND_LEADS.has(token.text));
  return opener && (ADVICE_OPENERS.has(opener.text) || REMEDY_COMMANDS.has(opener.text)) ? opener : undefined;
}

/**
 * Whether a sentence is a question to the asker ("How long have you had it? Any numbness?"): it ends with a
 * question mark, is put as a question (a question word first, or a few words: "Bladder ok?"), and has no
 * "I"/"my" and no "anyone" (which asks for company: "anyone else cramp at mile 10?", "has anyone had their taint
 * go numb?"). A symptom or a flag
 * in it is what the writer asks about, not what they have (relevance.ts, flag-context.ts). A statement that
 * ends in a question mark is the writer's own, as thread titles are ("Lost bladder control since back tweak??",
 * "Chest pressure and back pain on deadlift warmups - stop or push on?").
 */
export function asksTheAsker(context: MentionContext, cues: CueIndex, sentence: number): boolean {
  const current = context.sentences[sentence];
  if (!current?.question || cues.inSentence('first_person', sentence).length > 0) return false;
  let words = 0;
  for (let i = current.start; i < current.end; i++) {
    const token = context.tokens[i]!;
    if (token.text === 'else' || token.text === 'anyone' || token.text === 'anybody') return false;
    if (token.kind !== 'punct') words++;
  }
  const first = context.tokens[current.start]!.text;
  return QUESTION_OPENERS.has(first) || words <= SHORT_QUESTION_WORDS || optionsOfAQuestion(context, cues, sentence);
}

/**
 * A question of options after a question that asks the asker which kind: "What sort of pain is it? Stabbing, burning,
 * aching…?" offers kinds of pain to choose from and tells none of them as the writer's. Not after any question: "What do
 * you think? Tearing pain through to the back, cold sweat?" may be the writer's own signs, told short.
 */
function optionsOfAQuestion(context: MentionContext, cues: CueIndex, sentence: number): boolean {
  const before = context.sentences[sentence - 1];
  if (!before?.question || cues.inSentence('first_person', sentence - 1).length > 0) return false;
  // Options come two or more: "Both legs numb since this morning?" after "What sort of thing causes this?" is one sign told.
  const { start, end } = context.sentences[sentence]!;
  if (!context.tokens.slice(start, end).some((token) => token.text === ',' || token.text === 'or')) return false;
  const opener = context.tokens[before.start]!.text;
  return (
    opener === 'which' ||
    (QUESTION_OPENERS.has(opener) && context.tokens.slice(before.start, before.end).some((token) => KINDS.has(token.text)))
  );
}

/** A question this short is a screening question whatever its first word ("Bladder ok?", "Pain down the leg?"). */
const SHORT_QUESTION_WORDS = 4;

/** Words a comparison's condition may be from its "like": "like when your foot goes to sleep". */
const SIMILE_REACH = 3;

/** Tokens after "if anything" in which a comparative makes it "rather". */
const IF_ANYTHING_REACH = 6;

/** "If anything it's worse": "if anything" as "rather", no condition (lexicon/grammar.ts IF_ANYTHING_COMPARATIVES). */
function ifAnything(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.text !== 'if' || tokens[at + 1]?.text !== 'anything') return false;
  if (tokens[at + 2]?.text === ',') return true;
  // "If anything gets worse, …", "if anything feels more numb": "anything" the subject of a condition.
  if (!IF_ANYTHING_SUBJECTS.has(tokens[at + 2]?.text ?? '')) return false;
  for (let i = at + 2; i < Math.min(tokens.length, at + 2 + IF_ANYTHING_REACH); i++) {
    if (tokens[i]!.sentence !== tokens[at]!.sentence) return false;
    if (IF_ANYTHING_COMPARATIVES.has(tokens[i]!.text)) return true;
  }
  return false;
}

/**
 * Whether a word sits in a comparison ("all tingly like when your foot goes to sleep", "as if you'd sat on
 * ice"): its "when" and "your" describe the writer's own feeling by anyone's, not advice or a condition.
 */
function inSimile(tokens: readonly Token[], at: number): boolean {
  const clause = tokens[at]!.clause;
  for (let i = at; i >= Math.max(1, at - SIMILE_REACH); i--) {
    if (tokens[i]!.clause !== clause) return false;
    if (SIMILE_CONDITIONS.has(tokens[i]!.text) && SIMILE_OPENERS.has(tokens[i - 1]!.text)) return true;
  }
  return false;
}

/**
 * Whether a clause reads as advice or a general statement rather than the writer's own case. A condition word inside
 * `ownWords` (a sign's own phrase: the "whether" of "she can't tell whether she's finished peeing") is no condition,
 * nor one the caller's `noCondition` sets aside (advice's "you should", a prevention's "to avoid").
 */
export function isHypotheticalClause(
  cues: CueIndex,
  clause: number,
  ownWords?: { start: number; end: number },
  noCondition?: (cue: Mention) => boolean,
): boolean {
  const conditions = cues
    .inClause('hypothetical', clause)
    .filter((cue) => (!ownWords || cue.start < ownWords.start || cue.end > ownWords.end) && !noCondition?.(cue));
  return conditions.length > 0 && cues.inClause('first_person', clause).length === 0;
}
