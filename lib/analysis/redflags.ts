/**
 * Red flags in post text (DESIGN.md "Feature vocabulary"; research/clinical-facts.md §1.1–1.2), read on
 * every post, about a back or not.
 *
 * A flag counts only when it is the writer's and current (flag-context.ts, ConText-style): not negated
 * ("no numbness in my groin", "bladder and bowels: fine"), not someone else's ("my grandad had foot
 * drop"), not a worry, advice or screening question ("if you can't pee, go to A&E", "any numbness down
 * there?"), not past and over ("had sciatica in 2019, long gone"). A flag built from several parts
 * ("numb" + "groin") asks that of every part. Missing a real flag is the worst error Spotter can make,
 * so the phrasing lists are broad; the modifiers are what keep false alarms down. Whether a flag raises
 * an alarm is triage.ts's decision.
 */
import { RED_FLAG_TIERS, type RedFlag } from '../features';
import type { RedFlagHit } from './types';
import {
  METRE_UNITS,
  FOOT_UNITS,
  VERDICT_WORDS,
  ALARM_WORDS,
  AMBIENT_PLACES,
  BED_WETTERS,
  BOTH_LEVELS,
  BOTH_WORDS,
  BREATH_GETTING,
  CHEST_ACHE_CAUSES,
  CHEST_PAIN_WORDS,
  CLAMMY_WEATHER,
  COLOUR_WORDS,
  DENIALS,
  DENIED_DEGREE,
  DRINKING_WORDS,
  DRINK_COLOURS,
  DRINK_NAMES,
  EMPTIED_HOW,
  EXPLANATION_VERBS,
  IN_VAIN_AFTER_BUT,
  FOOTWEAR_WORDS,
  HYDRATION_WORDS,
  CAUSE_TOLD_WORDS,
  IN_VAIN_NOUNS,
  IN_VAIN_VERBS,
  FEELING_VERBS,
  FEVERISH_WORDS,
  FINE_WORDS,
  FRONT_ALARM_WORDS,
  GREY_BEFORE,
  HEART_UNWELL_WORDS,
  ILLNESS_WORDS,
  IT_WORDS,
  LEAVING_VERBS,
  LEAVING_WHEN,
  LEG_SIDES,
  LOAD_WORDS,
  LOSING_WORDS,
  MEASURE_UNITS,
  MISTAKING_WORDS,
  NERVE_ARM_WORDS,
  NOSE_WORDS,
  NOTICED_FOLLOWERS,
  ONE_LEG_WORDS,
  LEG_WORDS,
  LEG_ABOVE_FEET_WORDS,
  OTHERS_SELVES,
  OWN_CAUSES,
  OWN_CAUSE_WORDS,
  PERSON_SUBJECTS,
  PETS_AND_CHILDREN,
  PRETENCE_WORDS,
  REASON_WORDS,
  SEAT_BEFORE,
  SICK_BEFORE,
  SIMILE_CLAUSE_OPENERS,
  SIMILE_WORDS,
  SLIGHT_LOSS,
  SPILL_WORDS,
  SPINE_WORDS,
  STAIR_WORDS,
  STRETCH_WORDS,
  TEAR_FEELINGS,
  LIFT_MOMENTS,
  TAKE_BACK_WORDS,
  TEMPERATURE_LINKS,
  TEMPERATURE_WORDS,
  THEY_SUBJECTS,
  TOILET_WORDS,
  TOLD_AS_BEFORE,
  TRAINED_CHEST_WORDS,
  THROUGH_TO_BACK_WORDS,
  END_LEADS,
  SESSION_WORDS,
  LIGHT_EFFORT_WORDS,
  SICK_NOW_LEADS,
  SICK_NOW_VERBS,
  UNWELL_WORDS,
  WHOLE_LEG_WORDS,
  WRITER_WORDS,
  type PartId,
  PART_DETERMINERS,
  CRASH_WHEN_WORDS,
} from './lexicon';
import {
  deniedBefore,
  breathlessAfterEffort,
  FlagContext,
  namesTheBack,
  numbCausesIn,
  partOfAnotherFlag,
  tellsOfBreath,
  toldAtLowSpeed,
} from './flag-context';
import { type CueIndex, wordsOf, type Mention, type MentionContext, overlaps, within } from './mentions';
import { distance, type Pair } from './relevance';
import { statedAges } from './writer-age';
import { isClauseWord, type Token } from './text/tokens';

const MAX_WORDS_PER_FLAG = 3;
/** How near (in words, same clause) training talk must be to explain a symptom away. */
const TRAINING_REACH = 6;
/** Words from a "can't feel" to the legs it names: "can't feel my legs", "couldn't feel both of my legs". */
const UNFELT_REACH = 3;

/** Words between a saddle place and its numbness ("around my back passage feels as though it has gone numb"). */
const SADDLE_REACH = 8;
/** Words from numbness to the legs it is told of: "both my legs are numb", "legs numb and tingly". */
const LEG_REACH = 4;
/** Symptom words at least this strong (lexicon/symptoms.ts) say pain; weaker ones (tired, problems) do not. */
const STRONG_SYMPTOM = 0.9;
/** Words from a pretence to the explanation it makes up. */
const PRETENCE_REACH = 4;

/** How near the start of a post someone else must be named for the post to open on them. */
const OPENING_WORDS = 4;
/** Words before a cause within which a comparison or a denial takes it back. */
const SIMILE_REACH = 5;
/** Words before a cause within which a comparison that opens a clause of its own takes the cause back. */
const COMPARISON_REACH = 8;
/** How far after what numbed an "all afternoon" may stand and still tell how long the sit was. */
const SIT_LENGTH_REACH = 2;
/** How far after a harmless cause of numbness the writer may take it back ("…on a long drive except I haven't"). */
const DENIED_CAUSE_REACH = 4;

/** Tokens after a cause in which "no difference" or "didn't help" says it was undone in vain. */
const IN_VAIN_REACH = 8;

/** Sentences after a numbness in which its outlasting its cause may be told. */
const OUTLASTING_SENTENCES = 2;
/** Words between numbness and what explains it ("8 hour drive to nationals, bum was numb"). */
const CAUSE_REACH = 20;

/** Symptoms of a nerve, not a sore foot: "both feet are buzzing", a pain "shooting down". */
const NERVE_SYMPTOMS: ReadonlySet<string> = new Set(['numbness_tingling', 'radiating']);
/** Words between a toilet word and its trouble in one clause ("been to the loo 5 times and can barely go"). */
const BLADDER_REACH = 6;
/** Words a "they" may be before the numbness it is the subject of ("they both go to sleep"). */
const PRONOUN_SUBJECT_REACH = 3;
/** Words from a back word to the "fine" that says it is fine ("back's fine", "my back is totally fine"). */
const BACK_FINE_REACH = 3;
/** Words before a breath that say it could not be got: "couldn't get his breath properly", "can't catch my breath". */
const BREATH_DENIED_REACH = 5;
const BREATH_DENIALS = /^(?:cannot|struggling|struggled|hardly|barely)$|n't$/;
/**
 * The press that tires a pec leaves the breath alone: a tight chest that could not get its breath ("couldn't get his
 * breath properly", "couldn't breathe") is no trained pec. Not "didn't get out of breath", nor "can't hold my breath".
 */
function breathWithheld(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const word = tokens[index]!.text;
    if (!word.startsWith('breath')) continue;
    const before = tokens.slice(Math.max(from, index - BREATH_DENIED_REACH), index).map((token) => token.text);
    const denial = before.findIndex((text) => BREATH_DENIALS.test(text));
    if (denial < 0) continue;
    const after = before.slice(denial + 1);
    if (word.startsWith('breathe') ? after.length <= 1 : after.some((text) => BREATH_GETTING.has(text)) && !after.includes('out'))
      return true;
  }
  return false;
}
/** Words from what leaked to its not being noticed (lexicon/cues.ts, toilet_unnoticed). */
const UNNOTICED_REACH = 10;
/** Words from "colour of" or "like" to the drink it names ("the colour of Coopers Dark Ale"). */
const COLOUR_REACH = 5;
/** Words from urine to a drink's colour in one sentence. */
const DRINK_COLOUR_REACH = 12;

/** Words from a "stayed" to the "till" that ends it: "stayed that way till I got off the bike". */
const PERSISTS_UNTIL_REACH = 3;

interface FlagInput {
  context: MentionContext;
  cues: CueIndex;
  negated: ReadonlySet<Mention>;
  /** Back-symptom links (relevance.ts). */
  links: readonly Pair[];
  /** Whether the post says the problem has lasted more than about four weeks. */
  weeksLong: boolean;
  /**
   * Whether the problem is a cramp, pump or tightness that comes only with the lift (heavy sets, set-up,
   * during sets): weeks of it is no "not improving" flag, which is about pain that persists.
   */
  episodicOnLift?: boolean;
  /** Whether the post names a part of the back (breathlessness counts as a chest flag only with back pain). */
  mentionsBack?: boolean;
}

class Hits {
  private readonly byId = new Map<RedFlag, string[]>();
  private readonly strong = new Set<RedFlag>();

  /** The flag told in its strong form (RedFlagHit.strong). */
  strengthen(id: RedFlag): void {
    this.strong.add(id);
  }

  add(id: RedFlag, ...words: string[]): void {
    const list = this.byId.get(id) ?? [];
    for (const word of words) if (word && !list.includes(word) && list.length < MAX_WORDS_PER_FLAG) list.push(word);
    this.byId.set(id, list);
  }

  has(id: RedFlag): boolean {
    return this.byId.has(id);
  }

  list(): RedFlagHit[] {
    return [...this.byId].map(([id, words]) => ({
      id,
      tier: RED_FLAG_TIERS[id],
      words,
      ...(this.strong.has(id) ? { strong: true } : {}),
    }));
  }
}

function partsOf(context: MentionContext, id: PartId): Mention[] {
  return context.mentions.filter((mention) => mention.value.cat === 'part' && mention.value.id === id);
}

function symptomsOf(context: MentionContext): Mention[] {
  return context.mentions.filter((mention) => mention.value.cat === 'symptom');
}

function sameClause(context: MentionContext, a: Mention, b: Mention): boolean {
  const tokens = context.tokens;
  return tokens[a.start]!.clause === tokens[b.start]!.clause || tokens[a.end - 1]!.clause === tokens[b.start]!.clause;
}

/** Pairs of mentions (cue × part, say) close together in one clause (or, with `clause` false, one sentence). */
function near(
  context: MentionContext,
  a: readonly Mention[],
  b: readonly Mention[],
  window: number,
  clause = true,
): [Mention, Mention][] {
  const found: [Mention, Mention][] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const y of b) {
    const sentence = context.tokens[y.start]!.sentence;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), y]);
  }
  for (const x of a) {
    for (const y of bySentence.get(context.tokens[x.start]!.sentence) ?? []) {
      if (clause && !sameClause(context, x, y) && !sameClause(context, y, x)) continue;
      // Across clauses, words are counted plainly: a clause word is no break there.
      const gap = clause ? distance(context.tokens, x, y) : tokensBetween(x, y);
      if (gap <= window) found.push([x, y]);
    }
  }
  return found;
}

/** Tokens between two mentions, 0 when they touch or overlap. */
function tokensBetween(x: Mention, y: Mention): number {
  return Math.max(0, Math.max(x.start, y.start) - Math.min(x.end, y.end));
}

/** The writer's age when it is 12–19: a teen cue ("I'm in year 11") or a stated age ("I'm 16", "17 years old", "(16m)"). */
function teenAge(input: FlagInput, reported: (mention: Mention) => boolean): Mention | undefined {
  const { context, cues } = input;
  const tokens = context.tokens;
  const pastSentences = new Set(cues.get('past').map((cue) => tokens[cue.start]!.sentence));
  for (const teen of cues.get('teen')) {
    const sentence = tokens[teen.start]!.sentence;
    if (!pastSentences.has(sentence) && cues.inSentence('first_person', sentence).length > 0 && reported(teen)) return teen;
  }
  return statedAges(context, cues).find(({ age }) => age >= 12 && age <= 19)?.mention;
}

/** Words from a chest to its ache: "chest aches", "ache in my chest", "her chest hurts". */
const CHEST_ACHE_REACH = 3;

/**
 * Whether tokens from `start` to `end` tell the writer unwell as a heart under strain makes one: clammy, nauseous, dizzy,
 * faint, gone grey, feeling sick (not a "sick pump", a "grey t-shirt", grey hair, muggy weather, or the sweat and the
 * breathlessness of a hard set).
 */
function unwellIn(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens.slice(start, end);
  const hair = sentence.some((token) => token.text === 'hair');
  for (let i = start; i < end; i++) {
    const { text } = tokens[i]!;
    const before = tokens[i - 1]?.text ?? '';
    if (HEART_UNWELL_WORDS.has(text)) return true;
    if (text === 'clammy' && !sentence.some((token) => CLAMMY_WEATHER.has(token.text))) return true;
    if ((text === 'grey' || text === 'gray') && GREY_BEFORE.has(before) && !hair) return true;
    if (text === 'sick' && SICK_BEFORE.has(before) && tokens[i + 1]?.text !== 'pump') return true;
    // "I could throw up", "going to puke": sick now, as "feel sick" is (not "the set made me throw up", a hard set's).
    const lead = before === 'to' ? (tokens[i - 2]?.text ?? '') : before;
    if (SICK_NOW_VERBS.has(text) && SICK_NOW_LEADS.has(lead) && (text !== 'throw' || tokens[i + 1]?.text === 'up')) return true;
  }
  return false;
}

/** Whether a mention's sentence holds one of `words` (a blocked nose, an alarm word, a spill). */
function sentenceHas(tokens: readonly Token[], context: MentionContext, mention: Mention, words: ReadonlySet<string>): boolean {
  const { start, end } = context.sentences[tokens[mention.start]!.sentence]!;
  return tokens.slice(start, end).some((token) => words.has(token.text));
}

/** Words from "through" to the back it reaches: "through to my back", "right through into the upper back". */
const THROUGH_REACH = 5;

/**
 * Whether a chest's pain is told going through to the back, after its words in its sentence: "an ache in my chest that
 * runs through to my back". The way runs "to", "into" or "out" to the back over words of place only (lexicon
 * THROUGH_TO_BACK_WORDS): not "pushed through the back half", nor "got through it and back home".
 */
function reachesTheBack(tokens: readonly Token[], context: MentionContext, mention: Mention): boolean {
  const { end } = context.sentences[tokens[mention.start]!.sentence]!;
  for (let i = mention.start; i < end; i++) {
    if (tokens[i]!.text !== 'through' && tokens[i]!.text !== 'thru') continue;
    let toward = false;
    for (let at = i + 1; at < Math.min(end, i + 1 + THROUGH_REACH); at++) {
      const text = tokens[at]!.text;
      if (text === 'back') {
        if (toward) return true;
        break;
      }
      if (!THROUGH_TO_BACK_WORDS.has(text)) break;
      toward ||= text === 'to' || text === 'into' || text === 'out';
    }
  }
  return false;
}

/** Whether a cue says it cannot itself ("can't feel", "cannot tell"): its own negation, not the words after it. */
function saysCannot(tokens: readonly Token[], cue: Mention): boolean {
  return tokens.slice(cue.start, cue.end).some((token) => token.text === 'cannot' || token.text.endsWith("n't"));
}

/** Metres (or feet) "up" beyond any height a person falls from and tells of: a climb's elevation gain. */
const CLIMB_METRES = 100;
const CLIMB_FEET = 300;

function climbedHeight(tokens: readonly Token[], mention: Mention): boolean {
  if (tokens[mention.end - 1]?.text !== 'up') return false;
  for (let at = mention.start; at < mention.end - 1; at++) {
    if (tokens[at]!.kind !== 'number') continue;
    const value = Number(tokens[at]!.text.replace(/,/g, ''));
    const unit = tokens[at + 1]?.text ?? '';
    if (METRE_UNITS.has(unit)) return value >= CLIMB_METRES;
    if (FOOT_UNITS.has(unit)) return value >= CLIMB_FEET;
  }
  return false;
}

/** Whether a lump word is a rise in training: "a bump in mileage", "bump up the volume". */
function bumpInLoad(tokens: readonly Token[], lump: Mention): boolean {
  const after = tokens.slice(lump.end, lump.end + 3).map((token) => token.text);
  return (after[0] === 'in' || after[0] === 'up') && after.slice(1).some((word) => LOAD_WORDS.has(word));
}

/**
 * Whether the last word of a temperature phrase is a fever's reading (NHS: 38C or more is a high temperature,
 * https://www.nhs.uk/conditions/fever-in-adults/), in Celsius or in Fahrenheit. A phrase that ends in a word tells no
 * reading and stands.
 */
function feverishReading(token: Token): boolean {
  if (token.kind !== 'number') return true;
  const value = Number(token.text.replace(',', '.'));
  return (value >= 38 && value <= 42) || (value >= 100.4 && value <= 107);
}

/** Whether the text's first sentence is a line of its own: an opening post's title, as adapters put it first, or a greeting. */
function firstLineOfItsOwn(context: MentionContext): boolean {
  const [first, second] = context.sentences;
  // Its line break may close it as its last token ("Numb toes⏎") or follow its own stop ("Any advice?⏎").
  const lastToken = first && context.tokens[first.end - 1];
  return (
    lastToken !== undefined &&
    second !== undefined &&
    context.normalized.text.slice(lastToken.start, second.textStart).includes('\n')
  );
}

/** Finds the red flags the writer reports. */
export function findRedFlags(input: FlagInput): RedFlagHit[] {
  const { context, cues, links } = input;
  const tokens = context.tokens;
  const firstLineAlone = firstLineOfItsOwn(context);
  const hits = new Hits();
  const words = (mention: Mention): string => wordsOf(context, mention);
  const clauseHas = (mention: Mention, cat: Parameters<CueIndex['inClause']>[0]): boolean =>
    cues.inClause(cat, tokens[mention.start]!.clause).length > 0;

  // Numbness said to outlast its cause, in a sentence; not when it lasted only till the cause ended: "went numb and
  // stayed that way till I got off the bike".
  // "All afternoon" right after what numbed ("sat on the bleachers all afternoon") is how long the sit was, not how long
  // the numbness lasted.
  const outlasting = (sentence: number): Mention[] => {
    let sits: Mention[] | undefined;
    const lengthOfTheSit = (cue: Mention): boolean => {
      if (tokens[cue.start]!.text !== 'all') return false;
      sits ??= [...numbCausesIn(context, cues, sentence), ...cues.inSentence('positional', sentence)];
      return sits.some((cause) => cause.end <= cue.start && cue.start - cause.end <= SIT_LENGTH_REACH);
    };
    return cues
      .inSentence('numb_persists', sentence)
      .filter(
        (cue) =>
          !lengthOfTheSit(cue) &&
          !cues
            .inSentence('until', sentence)
            .some((until) => until.start >= cue.end && until.start - cue.end <= PERSISTS_UNTIL_REACH),
      );
  };

  // Numbness with a harmless cause told in its sentence (a long sit, a bike's saddle, the cold: cues.ts
  // `numb_cause`) is that cause's, unless it outlasted it ("stays after I'm off the bike, all evening"); a
  // comparison ("numb like after a long ride") is no cause.
  // For the legs, how they were held counts too ("sat cross legged"), and what numbs feet (a long run, tight laces);
  // for the saddle neither does: sitting on the toilet is where numbness there is noticed ("sitting on the toilet,
  // the seat felt like it wasn't there"), and a run numbs no groin.
  // A sentence that opens on leaving something: "When I get out…", "Once I climb off…".
  const leavingOpens = (sentence: number): boolean => {
    const start = context.sentences[sentence]?.start ?? 0;
    const [when, who, verb, away] = tokens.slice(start, start + 4).map((token) => token.text);
    return (
      sentence > 0 &&
      LEAVING_WHEN.has(when ?? '') &&
      who === 'i' &&
      LEAVING_VERBS.has(verb ?? '') &&
      (away === 'out' || away === 'off')
    );
  };
  const sentenceTokens = (at: number): readonly Token[] => {
    const bounds = context.sentences[at];
    return bounds ? tokens.slice(bounds.start, bounds.end) : [];
  };
  const rideCause = (cause: Mention): boolean => cues.get('other_endurance').some((ride) => overlaps(ride, cause));
  /** A ride told anywhere in the post, as a numbing cause (`numb_cause`) and not denied ("not from the bike"). */
  const rideInPost = (): boolean =>
    cues.get('numb_cause').some((cause) => rideCause(cause) && !deniedBefore(tokens, cause.start));
  /** Numbness told of the legs themselves, not only while riding: "both my legs are numb" (not "numb feet"). */
  const wholeLegsNumb = (mention: Mention): boolean => {
    const sentence = tokens[mention.start]!.sentence;
    const near = tokens.slice(Math.max(0, mention.start - LEG_REACH), mention.end + LEG_REACH);
    return (
      near.some((token) => token.sentence === sentence && LEG_WORDS.has(token.text)) &&
      !sentenceTokens(sentence).some((token) => token.text === 'only')
    );
  };
  const explainedNumbness = (mention: Mention, heldSo = false): boolean => {
    const sentence = tokens[mention.start]!.sentence;
    // A title tells in short what its post then tells in full ("Numb toes at 10k", then the run, then the
    // laces): its numbness is read one sentence further on.
    // So are numb feet told on in the next sentence ("Both feet numb at 15k? Pins and needles in the toes. Loosening
    // the laces fixes it"): the cause comes after all that is told of them. Not legs, whose numbness a cause tried in
    // vain two sentences on does not explain ("Numb right up to the hips. … loosened my belt but nothing").
    const toldOn = heldSo && !wholeLegsNumb(mention) && cues.inSentence('numbness', sentence + 1).length > 0;
    const afterTitle = firstLineAlone && sentence === 0;
    const further = afterTitle || toldOn ? 1 : 0;
    // Two sentences on, past more of the numbness, laces or shoes explain it only told as its cause ("I think it's my
    // laces, because when I loosened them it went", "shoes are half a size too small"), not named in passing ("my laces
    // snapped on the way too").
    const causesAt = (at: number): boolean =>
      heldSo && (afterTitle || at <= sentence + 1 || sentenceTokens(at).some((token) => CAUSE_TOLD_WORDS.has(token.text)));
    // Outlasting may be told in the next sentences ("…made of wood. It's been like this 2 days, even lying down").
    const toldAfter = Array.from({ length: OUTLASTING_SENTENCES + further }, (_, after) => sentence + after + 1);
    if ([sentence, ...toldAfter].some((at) => outlasting(at).length > 0)) return false;
    // Numb feet in a post about riding that names no back anywhere ("took up riding this year… an hour in, my toes go
    // dead, any tips?"): the ride's (shoes, pedals, cleats), wherever in the post it is told. Not both legs, which may
    // be a cord's sign with no back named, nor a groin, whose numbness keeps its own reading.
    if (heldSo && !input.mentionsBack && !wholeLegsNumb(mention) && rideInPost()) return true;
    // The word before the verb is read from the whole text: at the window's edge, "Like I said, sat on the turbo" is the
    // writer's own saying.
    const secondhand = (cause: Mention): boolean => {
      const from = Math.max(0, cause.start - SIMILE_REACH);
      return tokens
        .slice(from, cause.start)
        .some(
          (token, i) =>
            token.sentence === tokens[cause.start]!.sentence &&
            EXPLANATION_VERBS.has(token.text) &&
            tokens[from + i - 1]?.text !== 'i',
        );
    };
    // A cause the writer takes back ("like I've been sitting on it for hours on a long drive except I haven't"), or one
    // undone in vain ("loosened my laces but nothing changed"): it explains nothing.
    const deniedAfter = (cause: Mention): boolean =>
      tokens
        .slice(cause.end, cause.end + DENIED_CAUSE_REACH)
        .some(
          (token, i, after) =>
            token.sentence === tokens[cause.start]!.sentence &&
            (token.text === 'except' || token.text === 'but') &&
            ((after[i + 1]?.text === 'i' && /n't$/.test(after[i + 2]?.text ?? '')) ||
              (token.text === 'but' && IN_VAIN_AFTER_BUT.has(after[i + 1]?.text ?? ''))),
        ) ||
      // "…and loosened the laces, no difference at all", "loosened the laces and changed shoes, didn't help".
      tokens
        .slice(cause.end, cause.end + IN_VAIN_REACH)
        .some(
          (token, i, after) =>
            token.sentence === tokens[cause.start]!.sentence &&
            (((token.text === 'no' || token.text === 'nothing') && IN_VAIN_NOUNS.has(after[i + 1]?.text ?? '')) ||
              (/n't$/.test(token.text) && IN_VAIN_VERBS.has(after[i + 1]?.text ?? ''))),
        );
    // The cause is told close by, maybe just after ("both feet went numb 8k in. Loosened the laces and the feeling
    // came back"), or just before when the numbness is told as what follows leaving it ("Started doing cold plunges.
    // When I get out both legs are pins and needles"); a bike far off in the sentence is where the writer noticed it,
    // not what numbed them.
    return [...(leavingOpens(sentence) ? [sentence - 1] : []), sentence, sentence + 1, ...(further ? [sentence + 2] : [])]
      .flatMap((at) => {
        const ofFeet = causesAt(at);
        return [...numbCausesIn(context, cues, at, ofFeet), ...(ofFeet ? cues.inSentence('positional', at) : [])];
      })
      .some(
        (cause) =>
          (Math.abs(cause.start - mention.start) <= CAUSE_REACH || (further > 0 && tokens[cause.start]!.sentence > sentence)) &&
          // A cue word inside the mention itself (the "saddle" of a cue's "saddle feels numb") is no cause either.
          !within(cause, mention) &&
          !secondhand(cause) &&
          !deniedAfter(cause) &&
          // Laces and shoes numb feet, not both legs nor a saddle: "laced my shoes super tight for deadlifts … now both legs
          // are numb", "numb in the saddle area too. Loosened my laces".
          !(
            (!heldSo || wholeLegsNumb(mention)) &&
            tokens.slice(cause.start, cause.end).some((token) => FOOTWEAR_WORDS.has(token.text))
          ) &&
          // A ride numbs a saddle, feet or the front of the thighs, not both legs beside a back that hurts: "After 70
          // miles on the bike my lower back hurts and both my legs are numb" (review 44b). Feet are still the ride's
          // ("numb feet on long rides and my lower back aches", review 44c), and so is numbness told as only while riding;
          // a sit still explains legs ("both legs went numb and my lower back ached after sitting cross-legged").
          !(heldSo && rideCause(cause) && namesTheBack(context, cues, sentence) && wholeLegsNumb(mention)) &&
          // A comparison word that ends its phrase compares nothing: "same, sat cross legged…" agrees, then tells. One
          // reaches across its clause: "like I'm sittin on a bag of frozen peas" is how the numbness feels.
          !tokens
            .slice(Math.max(0, cause.start - COMPARISON_REACH), cause.start)
            .some(
              (token, i, before) =>
                token.sentence === tokens[cause.start]!.sentence &&
                SIMILE_WORDS.has(token.text) &&
                (before[i + 1] ?? tokens[cause.start])!.kind !== 'punct' &&
                !(
                  token.text === 'like' &&
                  (TOLD_AS_BEFORE.has(before[i + 2]?.text ?? '') || PERSON_SUBJECTS.has(before[i - 1]?.text ?? ''))
                ) &&
                (i >= before.length - SIMILE_REACH ||
                  (token.text === 'like' &&
                    SIMILE_CLAUSE_OPENERS.has(before[i + 1]?.text ?? '') &&
                    !before.slice(i + 1).some((word) => word.kind === 'punct'))),
            ),
      );
  };

  // Weight lost on purpose ("on a cut"), unless the purpose is denied ("not cutting, eating the same").
  // A sentence's words of meaning to lose weight, less those inside a denial ("not dieting", "without cutting").
  const intentsIn = (sentence: number): Mention[] => {
    const denied = cues.inSentence('unintended', sentence);
    return cues.inSentence('intentional_weight', sentence).filter((intent) => !denied.some((denial) => within(intent, denial)));
  };
  const meantToLose = (mention: Mention): boolean => {
    const sentence = tokens[mention.start]!.sentence;
    // …or only asked about ("my wife keeps asking if I'm cutting").
    const asked = (intent: Mention): boolean =>
      tokens.slice(Math.max(0, intent.start - 3), intent.start).some((token) => token.text === 'if' || token.text === 'whether');
    // The loss's own words say it was not meant ("lost about 7 kg without trying"): a later "cut my mileage" is no diet.
    if (cues.inSentence('unintended', sentence).some((denial) => denial.start >= mention.start && denial.end <= mention.end))
      return false;
    return intentsIn(sentence).some((intent) => !asked(intent));
  };

  // Weight loss that matters is about 5% of the body (NICE NG12 names "unexplained weight loss"; 5% in 6–12 months is
  // the usual line), less when it is fast: under 3 kg or 7 lb ("lost 2 kilos in the heatwave") is not read as the flag.
  const slightLoss = (drop: Mention): boolean =>
    tokens.slice(drop.start, drop.end).some((token, i, all) => {
      if (token.kind !== 'number') return false;
      const amount = Number(token.text.replace(',', '.'));
      const unit = all[i + 1]?.text ?? '';
      const floor = SLIGHT_LOSS[unit];
      return floor !== undefined && amount < floor;
    });

  const flagContext = new FlagContext(input);
  const complaints = links.filter((link) => !link.hypothetical);
  // The writer's own back ("my lower back", "I hurt my back") rules out a post written for someone else. A complaint
  // told as what was done ("herniated my disc") has its "my" inside; one before it is whose it is ("my flatmate slipped
  // a disc"), not the writer's.
  const ownBack = context.mentions.some((mention) => {
    if (mention.value.cat === 'region')
      return [tokens[mention.start - 1], tokens[mention.start - 2], tokens[mention.start]].some((token) => token?.text === 'my');
    if (mention.value.cat !== 'condition') return false;
    return [tokens[mention.start - 1], ...tokens.slice(mention.start, mention.end)].some((token) => token?.text === 'my');
  });
  // With no complaint to go by, a post that opens on someone else ("My boyfriend fell out of the tree…", "Training
  // partner failed a good morning…") is written for them.
  // A first line of its own (an opening post's title, as adapters and `analyze` put it first; a greeting) does not
  // move the opening: "Any tips for my dad?" then "He slipped on the stairs…" opens on him as much as either.
  const openings = firstLineAlone ? [0, context.sentences[1]!.start] : [0];
  const opensOnSomeoneElse = cues
    .get('relative')
    .some((person) => openings.some((opening) => person.start >= opening && person.start - opening < OPENING_WORDS));
  // A complaint told with no "I" or "my" in its clause ("Back pain from kettlebells?" after "his back hurt") is
  // no sign the post is the writer's own.
  // Nor is one asked about with only the asker's "I" beside it ("is that a bad back thing or should I worry?").
  const writersOwn = (link: Pair): boolean => {
    const { clause, sentence } = tokens[link.symptom.start]!;
    const own = cues.inClause('first_person', clause);
    return context.sentences[sentence]?.question ? own.some((cue) => tokens[cue.start]!.text !== 'i') : own.length > 0;
  };
  const proxy =
    !ownBack &&
    complaints.every((link) => flagContext.isSomeoneElse(link.symptom) || !writersOwn(link)) &&
    (complaints.some((link) => flagContext.isSomeoneElse(link.symptom)) || opensOnSomeoneElse);
  flagContext.setProxy(proxy);
  const reported = (mention: Mention, flag?: RedFlag): boolean => flagContext.current(mention, flag);
  // Said, not denied: "nothing swollen" is no swelling.
  const severeOrSwelling = [...cues.get('severe'), ...cues.get('swelling')];
  const denied = (cue: Mention): boolean => {
    const before = tokens[cue.start - 1]?.text ?? '';
    const further = tokens[cue.start - 2]?.text ?? '';
    return (
      DENIALS.has(before) ||
      before === 'nothing' ||
      // "nothing like severe", "not that swollen": the degree is denied with it.
      (DENIED_DEGREE.has(before) && (DENIALS.has(further) || further === 'nothing'))
    );
  };
  const severeOrSwollen = severeOrSwelling.some((cue) => reported(cue) && !denied(cue));
  // Red or dark urine after beetroot or blackberries, with no severe pain or swelling, is the food's colour.
  const colouredByFood = !severeOrSwollen && cues.get('urine_colouring_food').some((food) => reported(food));
  // Dark urine with the pain and swelling denied ("no swelling, nothing really sore", "legs aren't swollen") is
  // little to drink, whatever its colour: rhabdomyolysis comes with muscles that hurt or swell.
  // "Legs just normal long-run tired, no real soreness" denies the pain too.
  const soreness = context.mentions.filter((mention) => mention.value.cat === 'symptom' && mention.value.id === 'soreness');
  const painDenied = !severeOrSwollen && [...severeOrSwelling, ...soreness].some(denied);

  // "It doesn't feel like I've emptied the tank": an emptying with an object of its own is no bladder's; only nothing
  // after it, how fully, or "my bladder".
  const emptiedSomethingElse = (mention: Mention): boolean => {
    if (tokens[mention.end - 1]?.text !== 'emptied') return false;
    const next = tokens[mention.end];
    if (!next || next.kind === 'punct' || next.sentence !== tokens[mention.start]!.sentence) return false;
    if (next.text === 'my' || next.text === 'the') return tokens[mention.end + 1]?.text !== 'bladder';
    return !EMPTIED_HOW.has(next.text) && !isClauseWord(next.text);
  };

  // A leak first feared and then put right in the next words: "for a second I thought I'd wet myself. Nope, the
  // bladder in the vest had split", "thought I'd pissed meself… Nah, it was sweat". The writer says it did not happen.
  const mistakenLeak = (mention: Mention): boolean => {
    const sentence = tokens[mention.start]!.sentence;
    const thought = tokens
      .slice(Math.max(0, mention.start - 4), mention.start)
      .some((token) => token.sentence === sentence && MISTAKING_WORDS.has(token.text));
    if (!thought) return false;
    const correction = (at: number): boolean =>
      TAKE_BACK_WORDS.has(tokens[at]?.text ?? '') &&
      // "…turned out I had" says it did happen.
      !['i', "i'd"].includes(tokens[at + 2]?.text ?? '');
    // The correction may come after the story of the wet ("Thought I'd wet myself on the trail run" as a title, then
    // the run, then "Nope, the bladder in the vest had a split").
    for (let step = 1; step <= 3; step++) {
      const next = context.sentences[sentence + step];
      if (next && correction(next.start)) return true;
    }
    // …or after a comma or a "but" in its own sentence: "thought I'd wet myself but nope, just the bottle".
    for (let at = mention.end; at < context.sentences[sentence]!.end; at++) {
      const before = tokens[at - 1]!;
      if ((before.kind === 'punct' || before.text === 'but') && correction(at)) return true;
    }
    return false;
  };

  // A crash told at walking pace ("rear-ended at some lights, like 5mph") is a bump, not a crash that breaks a spine.
  const lowSpeed = (mention: Mention): boolean => toldAtLowSpeed(context, cues, tokens[mention.start]!.sentence);
  /** Whether the mention is all its sentence says, but for an article or a "total" ("Total train wreck!", a title). */
  const verdictAlone = (mention: Mention): boolean => {
    const { start, end } = context.sentences[tokens[mention.start]!.sentence]!;
    return tokens
      .slice(start, end)
      .every(
        (token, at) =>
          token.kind === 'punct' || (start + at >= mention.start && start + at < mention.end) || VERDICT_WORDS.has(token.text),
      );
  };

  // A symptom told before it in its sentence: "my upper back started to hurt terribly and it went right through…".
  const painBefore = (mention: Mention): boolean => {
    const sentence = tokens[mention.start]!.sentence;
    return context.mentions.some(
      (other) => other.value.cat === 'symptom' && other.end <= mention.start && tokens[other.start]!.sentence === sentence,
    );
  };

  const tornOnALift = (mention: Mention, text: readonly string[]): boolean =>
    text.length === 2 &&
    TEAR_FEELINGS.has(text[1]!) &&
    sentenceHas(tokens, context, mention, LIFT_MOMENTS) &&
    !context.mentions.some(
      (other) =>
        (other.value.cat === 'region' && (other.value.id === 'upper_back' || other.value.id === 'mid_back')) ||
        (other.value.cat === 'part' && other.value.id === 'chest'),
    );
  // Flags said in one phrase.
  for (const mention of context.mentions) {
    if (mention.value.cat !== 'flag') continue;
    const id = mention.value.id;
    if (partOfAnotherFlag(context, mention, id) || !reported(mention, id)) continue;
    const text = tokens.slice(mention.start, mention.end).map((token) => token.text);
    // "He's peeing himself" is always someone else's (a toddler, a dog): it counts only in a post written for them.
    if (!proxy && text.some((word) => OTHERS_SELVES.has(word))) continue;
    // "Had an accident in me trackies at the gym, spilled a full protein shake down them": the spill's accident.
    if (id === 'bladder_bowel' && text.includes('accident') && sentenceHas(tokens, context, mention, SPILL_WORDS)) continue;
    // A pain reaching through to the chest, not a stretch: "the pain goes … right through to his chest". A chest ache
    // named in the phrase itself ("a chest ache that goes through to my back") is its own pain.
    if (
      id === 'chest_pain' &&
      text.includes('through') &&
      !text.includes('front') &&
      ((!painBefore(mention) && !text.some((word) => CHEST_PAIN_WORDS.has(word))) ||
        sentenceHas(tokens, context, mention, STRETCH_WORDS))
    )
      continue;
    // A tear felt on a rep, in a post that tells no mid or upper back and no chest, is a muscle giving (TEAR_FEELINGS).
    if (id === 'chest_pain' && tornOnALift(mention, text)) continue;
    // A climb's gain, not a height fallen from: "did 1200m up on the bike", "750m up over the trail half" (a fall of
    // 8 m up is one).
    if (id === 'major_trauma' && climbedHeight(tokens, mention)) continue;
    // A temperature phrase ending in its reading is a fever only when the reading is one: "temp was 37" is not.
    if (id === 'fever' && !feverishReading(tokens[mention.end - 1]!)) continue;
    // Legs that "feel dead" after a session are tired legs: "both my legs felt dead after the marathon".
    if (
      id === 'both_legs_neuro' &&
      text.includes('dead') &&
      cues.near('training_day', mention, TRAINING_REACH).length + cues.near('exertion', mention, TRAINING_REACH).length > 0
    )
      continue;
    if (id === 'chest_pain') {
      if (tellsOfBreath(tokens, mention)) {
        // Breathlessness is the chest flag only with back pain (NHS), and not when it is the effort
        // talking ("short of breath after the sprints") or a brace ("hard to breathe with a belt on").
        // A back said to be fine, with no complaint of it ("No pain anywhere, back's fine"), is no back pain.
        const backFine =
          complaints.length === 0 &&
          cues
            .get('said_fine')
            .some((fine) =>
              context.mentions.some(
                (back) => back.value.cat === 'region' && fine.start >= back.end && fine.start - back.end <= BACK_FINE_REACH,
              ),
            );
        // Spent "by the end", the sentence's last words, is the end of the session or the run told in it or just before:
        // "a hard session, gasping for air by the end" (not "by the end of the day", nor "by the end, just sat on the
        // sofa", nor a walk to the shop that left the writer breathless "by the end").
        const breathSentence = tokens[mention.start]!.sentence;
        const sentenceEnd = context.sentences[breathSentence]!.end;
        const told = [breathSentence - 1, breathSentence].flatMap(sentenceTokens);
        const sessionTold =
          told.some((token) => SESSION_WORDS.has(token.text)) && !told.some((token) => LIGHT_EFFORT_WORDS.has(token.text));
        const byTheEnd =
          sessionTold &&
          END_LEADS.has(tokens[mention.end]?.text ?? '') &&
          tokens[mention.end + 1]?.text === 'the' &&
          tokens[mention.end + 2]?.text === 'end' &&
          tokens.slice(mention.end + 3, sentenceEnd).every((token) => token.kind === 'punct');
        if (
          !input.mentionsBack ||
          backFine ||
          byTheEnd ||
          clauseHas(mention, 'bracing') ||
          clauseHas(mention, 'exertion') ||
          breathlessAfterEffort(context, cues, mention)
        )
          continue;
        // A blocked nose in its sentence is the breath's story: "nose so blocked with this cold I can't breathe at night".
        if (sentenceHas(tokens, context, mention, NOSE_WORDS)) continue;
      }
      // The airways told beside it (an inhaler that settled it, a chest cold's coughing) are the lungs' story,
      // not the heart's; "not asthmatic" says the opposite.
      const sentence = tokens[mention.start]!.sentence;
      const airways = [...cues.inSentence('airways', sentence), ...cues.inSentence('airways', sentence + 1)];
      // Never a crushing pain, nor one told with a sweat, a faintness or sickness: those are the heart's.
      const heartLike = text.includes('crushing') || sentenceHas(tokens, context, mention, ALARM_WORDS);
      // Nor one that goes through to the back: airways tighten, they do not reach the back ("a tight chest that goes right
      // through to my back on every run … must be the frosty air").
      const throughToBack = reachesTheBack(tokens, context, mention);
      if (!heartLike && !throughToBack && airways.some((cue) => !DENIALS.has(tokens[cue.start - 1]?.text ?? ''))) continue;
      // A tight or heavy chest from the bench press is a trained pec; a tight chest with pressure is not. The press may
      // be named after a comma ("chest felt tight and full for an hour after, proper pump") or in the sentence before
      // ("Hit a bench PR today. Chest feels tight and pumped").
      const tightness = !text.includes('crushing') && text.some((word) => TRAINED_CHEST_WORDS.has(word));
      // The sentence before counts only for a press that was done (not "haven't benched in weeks", not a seat on a
      // park bench) and a chest that tells of nothing else (no sweat, no sickness, no faintness).
      const pressDone = (cue: Mention): boolean =>
        !tokens
          .slice(context.sentences[sentence - 1]!.start, cue.start)
          .some((token) => DENIALS.has(token.text) || token.text.endsWith("n't")) &&
        !(SEAT_BEFORE.has(tokens[cue.start - 1]?.text ?? '') && ['on', 'a'].includes(tokens[cue.start - 2]?.text ?? ''));
      const { start: sentenceStart, end: sentenceEnd } = context.sentences[sentence]!;
      const pressed =
        (cues.inSentence('chest_training', sentence).length > 0 &&
          !breathWithheld(tokens, sentenceStart, sentenceEnd) &&
          !unwellIn(tokens, sentenceStart, sentenceEnd)) ||
        (cues.inSentence('chest_training', sentence - 1).some(pressDone) && !sentenceHas(tokens, context, mention, ALARM_WORDS));
      // …unless an aching jaw is told with it ("the tightness across my chest comes on lying in bed, and my jaw aches
      // with it"); an arm gone heavy after the last set is the press's too.
      // A jaw with its own cause ("aches from clenching", "because I got hit") is its cause's.
      const jaw = cues
        .inSentence('cardiac_sign', sentence)
        .some(
          (sign) =>
            tokens.slice(sign.start, sign.end).some((token) => token.text === 'jaw') &&
            !tokens
              .slice(sign.end, sign.end + 4)
              .some((token) => token.sentence === sentence && (OWN_CAUSE_WORDS.has(token.text) || token.text === 'clenching')),
        );
      if (tightness && pressed && !jaw) continue;
      // Pain shooting down the left arm on into the little and ring fingers, "like hitting your funny bone", is a
      // nerve's (radiating_arm reads it), not a heart's. An arm told with the jaw or the chest, a sweat or a sickness
      // anywhere in the post, or a heavy arm (cardiac_sign) stays the heart's.
      if (
        text.includes('arm') &&
        !text.includes('jaw') &&
        !text.includes('chest') &&
        tokens.slice(mention.end, sentenceEnd).some((token) => NERVE_ARM_WORDS.has(token.text)) &&
        !tokens.some((token) => ALARM_WORDS.has(token.text) || UNWELL_WORDS.has(token.text)) &&
        cues.get('cardiac_sign').length === 0
      )
        continue;
    }
    // Rhabdo's bare name is a story's, a warning's or a headline's (a gym's mascot named after it, "a lad at our box
    // got rhabdo"), unless it is said as a verdict of its own, opening its sentence before a stop or a comma ("Rhabdo,
    // 100%.", "Rhabdo?"). Its phrases (lexicon/red-flags.ts: "I think I've got rhabdo") and its signs count as ever.
    if (
      id === 'dark_urine_severe_pain' &&
      mention.end - mention.start === 1 &&
      tokens[mention.start]!.text.startsWith('rhabdo')
    ) {
      const opensItsSentence = context.sentences[tokens[mention.start]!.sentence]!.start === mention.start;
      if (!opensItsSentence || tokens[mention.end]?.kind !== 'punct') continue;
    }
    // Dark urine alone is often just little to drink; with severe pain or swelling it may be rhabdomyolysis.
    // A colour that is no shade of yellow (cola, tea, brown) is said on purpose.
    if (
      id === 'dark_urine_severe_pain' &&
      (colouredByFood ||
        painDenied ||
        (!text.some((word) => DRINK_COLOURS.has(word) || word.startsWith('rhabdo')) && !severeOrSwollen))
    )
      continue;
    if (id === 'weight_loss' && meantToLose(mention)) continue;
    // A pet's or a child's bladder, named before the phrase with no "I" or "my" between: "our puppy has no bladder
    // control yet", "the toddler is potty training and can't wee" (not "walking the dog I couldn't control my bladder").
    if (id === 'bladder_bowel' && !text.some((word) => WRITER_WORDS.has(word))) {
      const before = tokens.slice(Math.max(0, mention.start - 8), mention.start);
      const named = before.findLastIndex(
        (token) => token.sentence === tokens[mention.start]!.sentence && PETS_AND_CHILDREN.has(token.text),
      );
      if (named >= 0 && !before.slice(named + 1).some((token) => WRITER_WORDS.has(token.text))) continue;
    }
    // Not being able to pee, or to tell when one needs to, counts only in a post about a back: "haven't been able to pee
    // at this festival, the queues", "can't tell when I need a wee in the cold sea".
    // Asked of others with no back in the post ("anyone else find they can't tell when their bladder's full during a
    // race?"): a runner's distraction, told as everyone's.
    if (
      id === 'bladder_bowel' &&
      !input.mentionsBack &&
      (text.includes('able') || text.includes('need') || text.includes('their'))
    )
      continue;
    // A hydration pack's bladder, named in its sentence or the next: "can't tell when the bladder's full? The reservoir
    // has no window".
    if (
      id === 'bladder_bowel' &&
      text.includes('bladder') &&
      [tokens[mention.start]!.sentence, tokens[mention.start]!.sentence + 1]
        .flatMap(sentenceTokens)
        .some((token) => HYDRATION_WORDS.has(token.text))
    )
      continue;
    // "every time I breathe in" with a denial inside the phrase ("the pain isn't worse whenever I breathe in") is denied.
    if (
      id === 'chest_pain' &&
      (text.includes('time') || text.includes('whenever')) &&
      text.some((word) => word === 'not' || word === 'never' || word.endsWith("n't"))
    )
      continue;
    if (id === 'bladder_bowel' && (mistakenLeak(mention) || emptiedSomethingElse(mention))) continue;
    if (id === 'major_trauma' && lowSpeed(mention)) continue;
    // A train wreck that is all its sentence says, a verdict or a title ("Total train wreck.", "An absolute train wreck"): a mess,
    // not a crash anyone was in ("I was in the train wreck", "a train wreck hit my town today", review 44a).
    if (id === 'major_trauma' && text.includes('train') && text.includes('wreck') && verdictAlone(mention)) continue;
    // A fall down stairs told as small: "fell down the last two stairs … more embarrassed than anything".
    if (
      id === 'major_trauma' &&
      text.some((word) => STAIR_WORDS.has(word)) &&
      cues.get('small_fall').some((cue) => reported(cue))
    )
      continue;
    // A test of the skin ("couldn't feel the cold on my butt" on the bleachers) is no numbness that a sit explains.
    const skinTest = text.includes('feel') && text.includes('the');
    if (
      (id === 'saddle_numbness' || id === 'both_legs_neuro') &&
      !skinTest &&
      explainedNumbness(mention, id === 'both_legs_neuro')
    )
      continue;
    hits.add(id, words(mention));
  }

  const numbness = cues.get('numbness').filter((mention) => reported(mention));
  const weakness = cues.get('weakness').filter((mention) => reported(mention));
  const place = (mentions: Mention[]): Mention[] => mentions.filter((mention) => reported(mention));

  // Saddle numbness: numbness near the groin, genitals or buttocks (not a cyclist's saddle).
  const saddle = place(partsOf(context, 'saddle'));
  const oddFeeling = cues.get('odd_feeling').filter((mention) => reported(mention));
  // In one sentence, not only one clause: "the skin around my back passage feels as though it has gone numb".
  for (const [cue, where] of near(context, [...numbness, ...oddFeeling], saddle, SADDLE_REACH, false)) {
    if (!explainedNumbness(cue)) hits.add('saddle_numbness', words(cue), words(where));
  }

  // Both legs: numbness, weakness, pain or sciatica in both legs (NHS 999 list: "pain, tingling,
  // weakness or numbness in both legs"); numbness or a giving way in "legs" outside training talk.
  // "Can't feel my legs and my back is agony": the cue's own "can't" is all that negates the legs after it. Leg day's
  // "can't feel my legs" is said the same way, so it counts only beside a back complaint told in its sentence, in a post
  // with no training, effort or joke in it.
  const saysEffort = (['training_day', 'exertion', 'joking', 'chest_training'] as const).some((cue) => cues.get(cue).length > 0);
  const unfeltBesideBackPain = (part: Mention): boolean =>
    !saysEffort &&
    numbness.some((cue) => saysCannot(tokens, cue) && cue.end <= part.start && part.start - cue.end <= UNFELT_REACH) &&
    complaints.some(
      (link) =>
        link.region !== null &&
        tokens[link.symptom.start]!.sentence === tokens[part.start]!.sentence &&
        link.symptom.value.cat === 'symptom' &&
        link.symptom.value.strength >= STRONG_SYMPTOM,
    ) &&
    flagContext.currentApartFromNegation(part, 'both_legs_neuro');
  const legs = partsOf(context, 'legs').filter((part) => reported(part) || unfeltBesideBackPain(part));
  // Said of the two on purpose: "both legs", "each thigh", "either foot", "left and right leg", "my two legs".
  // …or down from a level named for the two ("numb from the knees down", "from the hips down").
  const saysBoth = (where: Mention): boolean => {
    const said = tokens.slice(where.start, where.end).map((token) => token.text);
    return said.some((word) => BOTH_WORDS.has(word)) || (said.at(-1) === 'down' && said.some((word) => BOTH_LEVELS.has(word)));
  };
  // Training talk right by it: "my legs are numb after leg day lol" is tired legs. A "lol" before a
  // new statement ("…achy lol and my legs keep giving way") is forum punctuation, not a joke about it.
  // A session named as when it began ("since that session my legs go tingly") is no training talk: it says the
  // numbness outlasted the session.
  const trainingTalk = (mention: Mention): boolean =>
    cues
      .near('training_day', mention, TRAINING_REACH)
      .some((day) => !tokens.slice(Math.max(0, day.start - 3), day.start).some((token) => token.text === 'since')) ||
    cues.near('exertion', mention, TRAINING_REACH).length > 0 ||
    cues.near('joking', mention, TRAINING_REACH).some((joke) => joke.start >= mention.end);
  // Legs numb from how they were held ("from sitting cross legged", "they fell asleep"), both or not.
  // …unless the numbness outlasted it ("like they'd gone to sleep, except they didn't wake up after I walked around").
  const positional = (mention: Mention): boolean =>
    cues.near('positional', mention, TRAINING_REACH).length > 0 && outlasting(tokens[mention.start]!.sentence).length === 0;

  // The bladder or bowels going wrong, told in other words than the flag's phrases: a toilet word and a trouble
  // word close together in one clause ("been to the loo 5 times and can barely go"), in a post about a back, not
  // the effort of a run ("struggling to control my bowels on long runs" is a runner's gut). Not noticing it
  // happen is lost sensation, whatever the writer was doing ("a leak into my shorts during lunges and didn't
  // notice till after").
  if (input.mentionsBack) {
    const toileting = cues.get('toileting');
    // "didn't notice" says it of the leak only with nothing else named as what went unnoticed: "didn't notice till
    // after", "didn't notice it", not "didn't notice the pain until I got to the loo" or "didn't notice I'd drunk 4 litres".
    const unnoticed = cues.get('toilet_unnoticed').filter((cue) => {
      if (!tokens[cue.end - 1]!.text.startsWith('notice')) return true;
      const next = tokens[cue.end];
      return (
        !next ||
        next.sentence !== tokens[cue.start]!.sentence ||
        next.kind === 'punct' ||
        NOTICED_FOLLOWERS.has(next.text) ||
        // …or the leak is what was not noticed: "hadn't noticed weeing".
        toileting.some((toilet) => toilet.start === cue.end)
      );
    });
    // In one sentence, not only one clause: "stood at the urinal for ages and nothing happens".
    const troubled = near(context, cues.get('toilet_trouble'), toileting, BLADDER_REACH, false).filter(
      ([trouble, toilet]) => !trainingTalk(trouble) && !trainingTalk(toilet),
    );
    // Not noticing is told after what happened, sometimes a way on ("a leak into my shorts during lunges yesterday
    // and didn't notice"); told before it, only right beside it ("didn't notice I'd wet myself").
    const missed = near(context, unnoticed, toileting, UNNOTICED_REACH, false).filter(
      ([notice, toilet]) => toilet.end <= notice.start || tokensBetween(notice, toilet) <= BLADDER_REACH,
    );
    // …or opening the next sentence: "I had a little accident in my running tights today. Didn't even feel it coming."
    const toldNext = unnoticed.flatMap((notice) => {
      const sentence = tokens[notice.start]!.sentence;
      const opening = context.sentences[sentence]!.start;
      if (sentence === 0 || wordsBetween(tokens, opening, notice.start) > 1) return [];
      return cues.inSentence('toileting', sentence - 1).map((toilet): [Mention, Mention] => [notice, toilet]);
    });
    // "I cannot feel the stool coming out": the trouble's own "cannot" is all that negates the toilet word after it.
    const toiletReported = (trouble: Mention, toilet: Mention): boolean =>
      reported(toilet) ||
      (toilet.start >= trouble.end &&
        saysCannot(tokens, trouble) &&
        flagContext.currentApartFromNegation(toilet, 'bladder_bowel'));
    for (const [trouble, toilet] of [...troubled, ...missed, ...toldNext]) {
      if (reported(trouble) && toiletReported(trouble, toilet)) hits.add('bladder_bowel', words(trouble), words(toilet));
    }
  }
  const isDead = (cue: Mention): boolean => cue.end - cue.start === 1 && tokens[cue.start]!.text === 'dead';
  // Legs "like they're not mine" after leg day, or cramping, are tired or cramped legs: said of both, they count only
  // with no training and no cramp in their sentence.
  const estranged = (cue: Mention): boolean =>
    tokens.slice(cue.start, cue.end).some((token) => token.text === 'mine' || token.text === 'own') &&
    context.mentions.some(
      (other) =>
        tokens[other.start]!.sentence === tokens[cue.start]!.sentence &&
        ((other.value.cat === 'cue' && (other.value.id === 'training_day' || other.value.id === 'exertion')) ||
          (other.value.cat === 'symptom' && other.value.id === 'cramp')),
    );
  // "Dead legs" are the forum's tired legs, whatever tired them ("I'm wiped out after the double session, legs
  // are dead", "brutal leg day, both legs are dead"): they count only beside another word for numbness or
  // weakness in the sentence ("both legs went dead and numb").
  // …or, in the next sentence, another word for numbness ("…going dead since this morning. It's like they're
  // someone else's"); not a weakness there, which may be the back's ("my back gave out").
  const corroborated = (cue: Mention): boolean =>
    [...numbness, ...weakness].some((other) => {
      const gap = tokens[other.start]!.sentence - tokens[cue.start]!.sentence;
      return !isDead(other) && (gap === 0 || (gap === 1 && numbness.includes(other)));
    });
  // "Both legs, not just one, they both go to sleep": numbness whose subject is a "they" standing for the legs
  // named just before, across the comma.
  const legsByPronoun = numbness.flatMap((cue): [Mention, Mention][] => {
    const clause = tokens[cue.start]!.clause;
    let pronoun = -1;
    // The pronoun may be the numbness's own word: "both thighs, like they're not mine".
    for (let i = cue.end - 1; i >= Math.max(0, cue.start - PRONOUN_SUBJECT_REACH) && tokens[i]!.clause === clause; i--) {
      if (THEY_SUBJECTS.has(tokens[i]!.text)) {
        pronoun = i;
        break;
      }
    }
    if (pronoun < 0) return [];
    const sentence = tokens[pronoun]!.sentence;
    const standsFor = context.mentions.findLast(
      (mention) => mention.value.cat === 'part' && mention.end <= pronoun && tokens[mention.start]!.sentence >= sentence - 1,
    );
    return standsFor && legs.includes(standsFor) && saysBoth(standsFor) ? [[cue, standsFor]] : [];
  });
  // The legs named and then, after a comma or a dash, how they feel with no subject of its own: "left and right from
  // the hip down, feel like wood", "both legs - numb".
  const legsThenFeeling = numbness.flatMap((cue): [Mention, Mention][] => {
    const where = legs.find((part) => {
      if (part.end > cue.start || tokens[part.start]!.sentence !== tokens[cue.start]!.sentence) return false;
      const between = tokens.slice(part.end, cue.start);
      return (
        between.some((token) => token.text === ',' || token.text === '-') &&
        between.every((token) => token.text === ',' || token.text === '-' || FEELING_VERBS.has(token.text)) &&
        between.length <= 2
      );
    });
    return where ? [[cue, where]] : [];
  });
  for (const [cue, where] of [...near(context, numbness, legs, 6), ...legsByPronoun, ...legsThenFeeling]) {
    if (isDead(cue) && !corroborated(cue)) continue;
    // "My legs are numb after leg day lol" is tired legs; "both legs" numb is said on purpose, but
    // "dead" legs after a session are tired ones.
    if (estranged(cue)) continue;
    const onPurpose = saysBoth(where) && !isDead(cue);
    if (!positional(cue) && !explainedNumbness(cue, true) && (onPurpose || !trainingTalk(cue)))
      hits.add('both_legs_neuro', words(cue), words(where));
  }
  // Weak or dead legs after the session are tired legs, "both" or not ("both legs are dead after the marathon").
  for (const [cue, where] of near(context, weakness, legs, 5)) {
    if (!trainingTalk(cue) && !positional(cue)) hits.add('both_legs_neuro', words(cue), words(where));
  }
  const painOrSciatica = context.mentions.filter(
    (mention) =>
      ((mention.value.cat === 'symptom' &&
        mention.value.id !== 'pump' &&
        mention.value.id !== 'cramp' &&
        mention.value.id !== 'tightness' &&
        mention.value.id !== 'stiffness') ||
        (mention.value.cat === 'condition' && mention.value.sensation === 'radiating')) &&
      reported(mention),
  );
  // Pain in both legs, not both shins or knees (shin splints, runner's knees), and not the weak words of a tired
  // pair of legs ("both legs like jelly after 10 sets of squats").
  const strongPain = painOrSciatica.filter(
    (mention) => mention.value.cat !== 'symptom' || mention.value.strength >= STRONG_SYMPTOM,
  );
  const bothWholeLegs = legs.filter((where) => saysBoth(where) && WHOLE_LEG_WORDS.has(tokens[where.end - 1]!.text));
  // Pain in both legs is the back's emergency only beside back pain (NHS, clinical-facts.md §1.1): in a post and thread
  // that name no back, "both feet ache after a long shift standing" is sore feet. Legs are still read there, where a
  // pain shooting down one and then the other is sciatica told without the word, and so are feet that tingle or buzz.
  const feetAlone = (where: Mention): boolean => !sentenceHas(tokens, context, where, LEG_ABOVE_FEET_WORDS);
  for (const [symptom, where] of near(
    context,
    strongPain.filter((mention) => mention.value.cat !== 'symptom' || mention.value.id !== 'soreness'),
    bothWholeLegs,
    8,
  )) {
    const plainPain = symptom.value.cat === 'symptom' && !NERVE_SYMPTOMS.has(symptom.value.id ?? '');
    if (!input.mentionsBack && feetAlone(where) && plainPain) continue;
    if (!trainingTalk(symptom) && !positional(symptom) && !explainedNumbness(symptom, true))
      hits.add('both_legs_neuro', words(symptom), words(where));
  }

  // Both legs told one at a time: "my right leg has been numb for weeks, and today the left leg went numb too". Each
  // word for numbness goes with its nearest leg; two of them with legs of two sides ("left", "right", "the other")
  // make both. One numb leg beside a fine one ("left leg numb, right leg fine") has one numbness, so it stays one.
  const sideOf = (where: Mention): string | undefined =>
    tokens.slice(Math.max(0, where.start - 2), where.start).findLast((token) => LEG_SIDES.has(token.text))?.text;
  const oneLegOnly = place(partsOf(context, 'leg')).filter((where) => tokens[where.end - 1]!.text === 'leg');
  const sidesNumb = new Map<string, Mention>();
  for (const cue of numbness) {
    if (isDead(cue) || positional(cue) || explainedNumbness(cue, true) || trainingTalk(cue)) continue;
    const nearest = near(context, [cue], oneLegOnly, 6)
      .map(([, where]) => where)
      .sort((a, b) => tokensBetween(cue, a) - tokensBetween(cue, b))[0];
    const side = nearest && sideOf(nearest);
    if (side && !sidesNumb.has(side)) sidesNumb.set(side, cue);
  }
  if (sidesNumb.size >= 2) {
    const [first, second] = [...sidesNumb.values()];
    hits.add('both_legs_neuro', words(first!), words(second!));
  }

  // One leg or foot getting weak, outside a set ("my left leg gives way", "foot drop").
  const oneLeg = place([...partsOf(context, 'leg'), ...partsOf(context, 'below_knee')]).filter((mention) =>
    tokens.slice(mention.start, mention.end).some((token) => ONE_LEG_WORDS.has(token.text)),
  );
  const lifts = context.mentions.filter(
    (mention) => mention.value.cat === 'activity' && mention.value.id !== 'sitting' && mention.value.id !== 'sleeping',
  );
  const liftNear = (mention: Mention): boolean => near(context, [mention], lifts, TRAINING_REACH).length > 0;
  for (const [cue, where] of near(context, weakness, oneLeg, 4)) {
    // A leg heavy after three hours' driving is the drive's.
    if (!liftNear(cue) && !trainingTalk(cue) && !explainedNumbness(cue, true))
      hits.add('progressive_weakness', words(cue), words(where));
  }

  // Radiating below the knee: pain going down a leg, sciatica, numbness/shooting into calf or foot.
  const symptoms = symptomsOf(context).filter((mention) => reported(mention));
  for (const symptom of symptoms) {
    if (symptom.value.cat !== 'symptom' || symptom.value.id !== 'radiating') continue;
    const text = tokens.slice(symptom.start, symptom.end).map((token) => token.text);
    if (
      text.includes('leg') ||
      text.includes('legs') ||
      text.includes('calf') ||
      text.includes('foot') ||
      text.includes('feet')
    ) {
      hits.add('radiating_below_knee', words(symptom));
    }
    if (text.includes('arm') || text.includes('arms') || text.includes('hand')) hits.add('radiating_arm', words(symptom));
  }
  for (const mention of context.mentions) {
    if (
      mention.value.cat === 'condition' &&
      mention.value.sensation === 'radiating' &&
      reported(mention, 'radiating_below_knee')
    ) {
      hits.add('radiating_below_knee', words(mention));
    }
  }
  const nerveSymptoms = symptoms.filter(
    (mention) =>
      mention.value.cat === 'symptom' && (mention.value.id === 'radiating' || mention.value.id === 'numbness_tingling'),
  );
  for (const [symptom, place] of near(context, nerveSymptoms, partsOf(context, 'below_knee'), 6)) {
    hits.add('radiating_below_knee', words(symptom), words(place));
  }
  // Pain that radiates from the back into the leg, however the sentence winds ("radiate, if
  // that's the word, down through my glutes and hamstrings"): counted in words, in one sentence.
  const legParts = [...partsOf(context, 'leg'), ...partsOf(context, 'legs'), ...partsOf(context, 'below_knee')];
  for (const symptom of symptoms) {
    if (symptom.value.cat !== 'symptom' || symptom.value.id !== 'radiating') continue;
    const sentence = tokens[symptom.start]!.sentence;
    const reached = legParts.find(
      (place) =>
        place.start >= symptom.end &&
        place.start - symptom.end <= 20 &&
        tokens[place.start]!.sentence === sentence &&
        wordsBetween(tokens, symptom.end, place.start) <= 10,
    );
    if (reached) hits.add('radiating_below_knee', words(symptom), words(reached));
  }
  for (const [symptom, place] of near(context, nerveSymptoms, partsOf(context, 'arm'), 4)) {
    hits.add('radiating_arm', words(symptom), words(place));
  }

  // Worse with cough or sneeze.
  const painWords = symptoms.filter((mention) => mention.value.cat === 'symptom' && mention.value.id !== 'pump');
  const coughs = cues.get('cough').filter((c) => reported(c, 'cough_sneeze_worse'));
  for (const [cough, symptom] of near(context, coughs, painWords, 6)) {
    hits.add('cough_sneeze_worse', words(cough), words(symptom));
  }
  // "It hurts like hell in my lower back when I cough": a cough that sets the pain off, anywhere in its sentence.
  const triggerEnds = new Set(cues.get('cough_trigger').map((trigger) => trigger.end));
  for (const cough of coughs.filter((c) => triggerEnds.has(c.start))) {
    const pain = painWords.find((symptom) => tokens[symptom.start]!.sentence === tokens[cough.start]!.sentence);
    if (pain) hits.add('cough_sneeze_worse', words(cough), words(pain));
  }

  // A chest ache told with signs of being unwell in its sentence ("now her chest hurts, she's clammy and grey"): the
  // heart's, not a trained pec's, so not beside a chest session or the effort that explains them ("Did 100 burpees,
  // chest is wrecked, went grey and nearly puked").
  const chestAcheExplained = tokens.some((token) => CHEST_ACHE_CAUSES.has(token.text));
  for (const chest of chestAcheExplained ? [] : context.mentions) {
    if (chest.value.cat !== 'part' || chest.value.id !== 'chest') continue;
    const { sentence, clause } = tokens[chest.start]!;
    const pain = context.mentions.find(
      (mention) =>
        mention.value.cat === 'symptom' &&
        (mention.value.id === null || mention.value.id === 'soreness' || mention.value.id === 'sharp_pain') &&
        tokens[mention.start]!.clause === clause &&
        Math.abs(mention.start - chest.start) <= CHEST_ACHE_REACH,
    );
    const { start, end } = context.sentences[sentence]!;
    const effort = (['chest_training', 'exertion', 'training_day'] as const).some(
      (cue) => cues.inSentence(cue, sentence).length > 0,
    );
    if (!pain || effort || !unwellIn(tokens, start, end)) continue;
    if (reported(chest, 'chest_pain') && reported(pain, 'chest_pain')) hits.add('chest_pain', words(pain), words(chest));
  }

  // Pain at night (not night cramps: those are another story).
  const nightPain = symptoms.filter(
    (mention) =>
      mention.value.cat === 'symptom' &&
      (mention.value.id === null || mention.value.id === 'soreness' || mention.value.id === 'sharp_pain'),
  );
  for (const [night, symptom] of near(context, cues.get('night'), nightPain, 5)) {
    if (reported(night, 'night_or_rest_pain') && reported(symptom, 'night_or_rest_pain'))
      hits.add('night_or_rest_pain', words(symptom), words(night));
  }

  // Pain that neither rest nor any position eases (NHS 111: "pain that doesn't improve with rest"): the night
  // flag in its strong form, which raises `urgent` alone (triage.ts).
  for (const cue of cues.get('unrelieved').filter((mention) => reported(mention, 'night_or_rest_pain'))) {
    hits.add('night_or_rest_pain', words(cue));
    hits.strengthen('night_or_rest_pain');
  }
  if (hits.has('night_or_rest_pain') && cues.get('nothing_eases').some((cue) => reported(cue, 'night_or_rest_pain')))
    hits.strengthen('night_or_rest_pain');

  // Between the shoulders, constant or unrelated to training. A cramp that comes with the
  // lift (bench arch, heavy sets) is mechanical and is not this flag.
  // A desk, a sofa or a bed is where the ache is felt, not a lift that explains it.
  const trainingWords = context.mentions.filter(
    (mention) =>
      (mention.value.cat === 'activity' && mention.value.id !== 'sitting' && mention.value.id !== 'sleeping') ||
      (mention.value.cat === 'timing' && mention.value.id !== 'at_rest_or_night' && mention.value.id !== 'morning'),
  );
  for (const link of links) {
    const region = link.region;
    const symptom = link.symptom;
    if (region?.value.cat !== 'region' || (region.value.id !== 'upper_back' && region.value.id !== 'mid_back')) continue;
    if (
      symptom.value.cat !== 'symptom' ||
      !(symptom.value.id === null || symptom.value.id === 'soreness' || symptom.value.id === 'sharp_pain')
    )
      continue;
    if (link.hypothetical || !reported(symptom, 'thoracic_constant') || !reported(region, 'thoracic_constant')) continue;
    const sentence = tokens[symptom.start]!.sentence;
    // Constant may be said just after ("…between my shoulder blades. Nothing I do with my arms changes it").
    // …but not denied ("not there all the time, but comes back after a long week on the laptop").
    const constant = [...cues.inSentence('constant', sentence), ...cues.inSentence('constant', sentence + 1)].filter(
      (cue) => !tokens.slice(Math.max(0, cue.start - 2), cue.start).some((token) => DENIALS.has(token.text)),
    );
    const unrelated = cues.inSentence('not_mechanical', sentence);
    if (constant.length === 0 && unrelated.length === 0) continue;
    if (unrelated.length === 0 && near(context, [symptom, region], trainingWords, TRAINING_REACH).length > 0) continue;
    hits.add('thoracic_constant', words(region), words(symptom), ...[...constant, ...unrelated].map(words));
  }

  // A teenager with pain on arching or extension (spondylolysis is common at that age).
  if (links.length > 0 && cues.get('extension').length > 0) {
    const age = teenAge(input, (mention) => reported(mention));
    if (age) hits.add('young_extension_pain', words(age), words(cues.get('extension')[0]!));
  }

  /** Whether an "it" stands just before a cue ("it's getting worse", "it's the same"): the back the post tells of. */
  const itJustBefore = (cue: Mention): boolean =>
    IT_WORDS.has(tokens[cue.start - 1]?.text ?? '') || IT_WORDS.has(tokens[cue.start - 2]?.text ?? '');
  /** Whether a "getting worse" is told of something other than the back, which makes it no sign of the back's. */
  const worsenedSomethingElse = (cue: Mention): boolean => {
    const sentence = tokens[cue.start]!.sentence;
    const inSentence = context.mentions.filter((other) => tokens[other.start]!.sentence === sentence);
    // The back said to be fine after it: "knee's got worse over the years, my back is fine" (review 48a). Not a back
    // fine before it, at some time only: "fine in the morning but it's been getting worse every week" (review 48b).
    const backFineAfter = inSentence.some(
      (other) =>
        other.value.cat === 'region' &&
        other.start >= cue.end &&
        tokens.slice(other.end, other.end + 4).some((token) => token.sentence === sentence && FINE_WORDS.has(token.text)),
    );
    if (backFineAfter) return true;
    if (itJustBefore(cue)) return false;
    // What got worse is the last part or lift named before it, with no back before it ("hip pain's been getting
    // worse": the hip's; "my lower back and hip have been getting worse": the back's too).
    const named = inSentence.filter(
      (other) =>
        other.end <= cue.start && (other.value.cat === 'region' || other.value.cat === 'part' || other.value.cat === 'activity'),
    );
    if (named.some((other) => other.value.cat === 'region')) return false;
    return named.length > 0;
  };
  // No better after weeks: a persisting word in a post that says weeks or months.
  const noBetter = (mention: Mention): boolean => reported(mention, 'not_improving');
  /** Said where the back is named (not the "back" of "two months back"): stricter than `ofTheBack` below. */
  const ofTheBackHere = (cue: Mention): boolean => namesTheBack(context, cues, tokens[cue.start]!.sentence);
  // An onset months ago stands for the weeks only where the post does not already say them.
  const monthsAgo = (): boolean => cues.get('months_ago').some((onset) => noBetter(onset) && ofTheBackHere(onset));
  if (!input.episodicOnLift && (input.weeksLong || monthsAgo())) {
    const persisting = cues.get('persisting').filter(noBetter);
    const stillHurting = cues
      .get('still')
      .filter((still) => symptoms.some((symptom) => sameClause(context, still, symptom) && symptom.start > still.start));
    // Getting worse after weeks is no better either ("aching for three months and it's only getting worse"), unless
    // what got worse is another part or a lift, named last before it in its sentence: "my knees have been getting worse
    // for months, back is fine", "my squat has got worse over the years".
    const worsening = cues.get('worsening').filter((cue) => noBetter(cue) && !worsenedSomethingElse(cue));
    // "It's honestly the same as week two", "honestly no different, still sore": said of the back, not of a programme.
    const ofTheBack = (cue: Mention): boolean =>
      tokens.slice(cue.start, cue.end).some((token) => IT_WORDS.has(token.text)) ||
      itJustBefore(cue) ||
      context.mentions.some(
        (other) =>
          (other.value.cat === 'region' || other.value.cat === 'symptom') &&
          tokens[other.start]!.sentence === tokens[cue.start]!.sentence,
      ) ||
      // A pain score in its sentence is the back's: "still the same 5/10 every morning".
      tokens.some(
        (token) => token.sentence === tokens[cue.start]!.sentence && token.kind === 'number' && /^\d+\/10$/.test(token.text),
      );
    // Another part named in the sentence, and no back, takes the words: "My knee though, still there, the clicking pain",
    // "the blister on my heel never healed" (review 41b).
    const ofAnotherPart = (cue: Mention): boolean => {
      const sentence = tokens[cue.start]!.sentence;
      const inSentence = context.mentions.filter((other) => tokens[other.start]!.sentence === sentence);
      return inSentence.some((other) => other.value.cat === 'part') && !inSentence.some((other) => other.value.cat === 'region');
    };
    // Better in the end, told after it: "it never really got better until I started deadlifting properly".
    const betterAfter = (cue: Mention): boolean =>
      cues.inSentence('until', tokens[cue.start]!.sentence).some((until) => until.start >= cue.end);
    // What it did not help, told right after, is not the back unless it is the back: "the new program hasn't helped my
    // numbers" (not "hasn't helped my back").
    const helpedSomethingElse = (cue: Mention): boolean =>
      PART_DETERMINERS.has(tokens[cue.end]?.text ?? '') &&
      !context.mentions.some((other) => other.value.cat === 'region' && other.start > cue.end && other.start <= cue.end + 2);
    const persistingWeak = cues
      .get('persisting_weak')
      .filter(
        (mention) =>
          noBetter(mention) &&
          ofTheBack(mention) &&
          !ofAnotherPart(mention) &&
          !betterAfter(mention) &&
          !helpedSomethingElse(mention),
      );
    const persistingOfBack = cues.get('persisting_of_back').filter((mention) => noBetter(mention) && ofTheBackHere(mention));
    const evidence = [...persisting, ...persistingWeak, ...persistingOfBack, ...stillHurting, ...worsening];
    if (evidence.length > 0) hits.add('not_improving', ...evidence.map(words));
  }

  // Waking in a wet bed (lexicon/cues.ts `wet_bed`), unless a pet, a child or a drink is told with it, in its sentence
  // or the next: "woke up and the bed was wet. Bloody cat again", "…the water bottle had leaked". A cue read here,
  // not a flag phrase, so that the emergency model does not take it for its anchor past those explanations.
  const unknowing = (cue: Mention): boolean => {
    const sentence = tokens[cue.start]!.sentence;
    return (
      cues.inSentenceOrNext('toilet_unnoticed', sentence).length + cues.inSentenceOrNext('not_knowing_how', sentence).length > 0
    );
  };
  const wetBeds = [...cues.get('wet_bed'), ...cues.get('bed_found_wet').filter(unknowing)];
  for (const wet of wetBeds.filter((cue) => reported(cue, 'bladder_bowel'))) {
    const sentence = tokens[wet.start]!.sentence;
    const start = context.sentences[sentence]!.start;
    const end = context.sentences[sentence + 1]?.end ?? context.sentences[sentence]!.end;
    // An explanation only pretended counts for nothing: "he was mortified and is pretending it was sweat".
    const explained = tokens
      .slice(start, end)
      .some(
        (token, index) =>
          BED_WETTERS.has(token.text) &&
          !tokens
            .slice(Math.max(start, start + index - PRETENCE_REACH), start + index)
            .some((word) => PRETENCE_WORDS.has(word.text)),
      );
    if (!explained) hits.add('bladder_bowel', words(wet));
  }

  // A crash with its subject dropped, as a rider tells their own, where it opens its sentence or a bracket: "Crashed
  // hard in the crit, hit the deck", "lower back is agony (crashed yesterday)". With a subject it is someone's ("the car
  // in front crashed into a bus", round 41), and the rules' own phrases read it. Not a body's or a gadget's crash
  // ("crashed hard at mile 20, sugar crash", the no_blow cue) nor an idiom's.
  // The writer's own "I" may lead it where it tells where or how fast ("I crashed on the descent yesterday"), not only
  // when ("I crashed last night" is as often sleep), and not in a runner's post ("I crashed hard in the race at mile 20"
  // is the wall).
  const runner = context.mentions.some((mention) => mention.value.cat === 'activity' && mention.value.id === 'running');
  for (const crash of cues.get('crash_no_subject')) {
    const before = tokens[crash.start - 1];
    const toldWhere = !CRASH_WHEN_WORDS.has(tokens[crash.end - 1]!.text);
    const opens =
      !before ||
      before.sentence !== tokens[crash.start]!.sentence ||
      before.text === '(' ||
      (before.text === 'i' && toldWhere && !runner);
    const sentence = tokens[crash.start]!.sentence;
    if (!opens || cues.inSentence('no_blow', sentence).length > 0) continue;
    if (context.flagIdioms.some((idiom) => overlaps(idiom, crash))) continue;
    if (reported(crash, 'major_trauma')) hits.add('major_trauma', words(crash));
  }

  // A crash told by what it broke, beside the crash or the blow in its sentence or the one before: "came off on the
  // descent … hit the barrier. Helmet's cracked", "went into the back of me at 60k, car's a write-off".
  const crashes = [...cues.get('impact'), ...cues.get('collision')].filter((cue) => reported(cue, 'major_trauma'));
  for (const damage of cues.get('crash_damage').filter((cue) => reported(cue, 'major_trauma'))) {
    const sentence = tokens[damage.start]!.sentence;
    const crash = crashes.find((cue) => {
      const at = tokens[cue.start]!.sentence;
      return at === sentence || at === sentence - 1;
    });
    if (crash) hits.add('major_trauma', words(damage), words(crash));
  }

  // A fever told by its reading: "shivery and hot, 38.2 this morning", "101.3F" (NHS: 38C or more is a high
  // temperature, https://www.nhs.uk/conditions/fever-in-adults/). The reading is a decimal (not "38,000 steps") in a
  // sentence that says how the body feels (shivery, chills), or that names a temperature with no place for it to be
  // the air's or the water's ("Temp in the gym was 38.5"). Fahrenheit only said as such ("101.3F", "temp of 101.3"):
  // 100–107 are body and bar weights too.
  // A whole number counts only straight after "temp" and beside how a fever feels ("shivering, temp 39"): "temp 39
  // today" alone is as often the air's.
  tokens.forEach((token, at) => {
    if (token.kind !== 'number') return;
    const decimal = /^\d{2,3}(?:\.\d{1,2}|,\d)$/.test(token.text);
    // …or after up to two linking words: "temp's been 39", "temperature has been 39", "temp was 39".
    let reading = at - 1;
    while (reading >= at - 2 && TEMPERATURE_LINKS.has(tokens[reading]?.text ?? '')) reading--;
    const takenAsTemp = /^\d{2}$/.test(token.text) && TEMPERATURE_WORDS.has(tokens[reading]?.text ?? '');
    if (!decimal && !takenAsTemp) return;
    const value = Number(token.text.replace(',', '.'));
    const next = tokens[at + 1]?.text ?? '';
    const celsius = value >= 38 && value <= 42 && !MEASURE_UNITS.has(next);
    const fahrenheit =
      value >= 100.4 &&
      value <= 107 &&
      (next === 'f' || tokens.slice(Math.max(0, at - 3), at).some((word) => TEMPERATURE_WORDS.has(word.text)));
    if (!celsius && !fahrenheit) return;
    const { start, end } = context.sentences[token.sentence]!;
    const sentenceWords = tokens.slice(start, end);
    const ambient = sentenceWords.some((word) => AMBIENT_PLACES.has(word.text));
    // A reading linked to its word ("temp's been 39") is the air's in a sentence that names a place for it.
    if (takenAsTemp && reading < at - 1 && ambient) return;
    const feverish = sentenceWords.find(
      (word, i) =>
        (FEVERISH_WORDS.has(word.text) || (!ambient && decimal && TEMPERATURE_WORDS.has(word.text))) &&
        !DENIALS.has(sentenceWords[i - 1]?.text ?? ''),
    );
    const mention: Mention = { value: { cat: 'flag', id: 'fever' }, start: at, end: at + 1 };
    if (feverish && reported(mention, 'fever')) hits.add('fever', token.text, feverish.text);
  });

  /**
   * A loss said not to be meant a sentence before it or two after ("…his belt is on the last hole. He says he's eating
   * fine. He's never dieted in his life"), unless a sentence of that window tells a diet, a cut or an illness ("Cutting
   * for a meet. Lost 6kg so far. Not trying to drop any strength"), or the loss is a lift's ("lost 20kg on my deadlift").
   * Not by a "no reason" or "eating normally" (REASON_WORDS), nor a "not trying to" about anything but weight.
   */
  const unintendedNearby = (drop: Mention, sentence: number): Mention[] => {
    if (tokens[drop.end]?.text === 'on' && tokens[drop.end + 1]?.text === 'my') return [];
    const window = [sentence - 1, sentence, sentence + 1, sentence + 2];
    // A diet told as not being one ("Not trying to lose it", "I'm not dieting") explains nothing.
    const meant = (at: number): boolean => intentsIn(at).some((intent) => !deniedBefore(tokens, intent.start));
    const explained = window.some((at) => meant(at) || sentenceTokens(at).some((token) => ILLNESS_WORDS.has(token.text)));
    if (explained) return [];
    return [sentence - 1, sentence + 1, sentence + 2].flatMap((at) =>
      cues.inSentence('unintended', at).filter((cue) => {
        const said = tokens.slice(cue.start, cue.end);
        if (said.some((token) => REASON_WORDS.has(token.text))) return false;
        if (said.at(-1)?.text !== 'trying' || tokens[cue.end]?.text !== 'to') return true;
        return LOSING_WORDS.has(tokens[cue.end + 1]?.text ?? '') && tokens[cue.end + 2]?.text !== 'my';
      }),
    );
  };

  // Weight lost without meaning to, said in two parts ("dropped 6 kilos and I'm eating the same").
  for (const drop of cues.get('weight_drop').filter((mention) => reported(mention, 'weight_loss'))) {
    // "Dropped 20kg off my deadlift" is a lift's weight, not the body's; a couple of kilos is a week's water.
    if (meantToLose(drop) || ['off', 'from'].includes(tokens[drop.end]?.text ?? '') || slightLoss(drop)) continue;
    const sentence = tokens[drop.start]!.sentence;
    const unintended = [...cues.inSentence('unintended', sentence), ...unintendedNearby(drop, sentence)];
    if (unintended.length > 0) hits.add('weight_loss', words(drop), words(unintended[0]!));
  }

  // A lump or swelling on the back or spine ("a bony bump sticking out of my spine").
  const backPlaces = context.mentions.filter(
    (mention) => mention.value.cat === 'region' || SPINE_WORDS.has(tokens[mention.start]!.text),
  );
  for (const [lump, where] of near(
    context,
    cues.get('lump').filter((mention) => reported(mention, 'lump_or_deformity') && !bumpInLoad(tokens, mention)),
    backPlaces,
    6,
  )) {
    hits.add('lump_or_deformity', words(lump), words(where));
  }

  // A heart's sign told with a sweat or a sickness, in its sentence or the next (NHS: chest pain that spreads, with
  // sweating or feeling sick; clinical-facts.md §1.2): "a tight band across the front that makes me sweaty and a bit
  // queasy", "ripping between her shoulder blades and going through to the front. She's pale and clammy". A sign
  // told beside the effort that explains it ("far more puffed than usual on the hill sprints") is the effort's.
  // Only the front of the chest counts: not "round to the front of my hip", nor a belt's "band across the front of
  // my stomach"; and a sweat or sickness told with its own cause ("queasy from the preworkout", "sweaty because it's
  // summer") is that cause's.
  for (const sign of cues.get('cardiac_sign')) {
    if (!tokens.slice(sign.start, sign.end).some((token) => token.text === 'front')) continue;
    if (!reported(sign, 'chest_pain') || clauseHas(sign, 'exertion')) continue;
    const after = tokens.slice(sign.end, sign.end + 4).map((token) => token.text);
    if (after[0] === 'of' && !after.includes('chest')) continue;
    const sentence = tokens[sign.start]!.sentence;
    // Its sentence and the next, by token index.
    const from = context.sentences[sentence]!.start;
    const to = (context.sentences[sentence + 1] ?? context.sentences[sentence]!).end;
    for (let index = from; index < to; index++) {
      const token = tokens[index]!;
      if (
        (FRONT_ALARM_WORDS.has(token.text) || (token.text === 'threw' && tokens[index + 1]?.text === 'up')) &&
        !DENIALS.has(tokens[index - 1]?.text ?? '') &&
        !tokens.slice(index + 1, index + 6).some((next) => next.sentence === token.sentence && OWN_CAUSE_WORDS.has(next.text)) &&
        !tokens.slice(Math.max(0, index - 4), index).some((before) => OWN_CAUSES.has(before.text))
      ) {
        hits.add('chest_pain', words(sign), token.text);
        break;
      }
    }
  }

  // Dark urine said in two parts ("my pee was really dark", "my wee came out brown").
  // A colour that is no shade of yellow may sit a clause away ("peed into a cup out of curiosity and it's Dr
  // Pepper coloured"): it is said on purpose, so one sentence is enough.
  const drinkColour = (dark: Mention): boolean =>
    tokens.slice(dark.start, dark.end).some((token) => DRINK_COLOURS.has(token.text));
  const drunk = (dark: Mention): boolean =>
    tokens.slice(dark.start, dark.end).some((token) => DRINK_NAMES.has(token.text)) &&
    tokens.slice(Math.max(0, dark.start - 3), dark.start).some((token) => DRINKING_WORDS.has(token.text));
  // …said as a colour ("Dr Pepper coloured", "like cola", "the colour of tea"), not drunk ("drank a Dr Pepper").
  const saidAsColour = (dark: Mention): boolean =>
    COLOUR_WORDS.has(tokens[dark.end]?.text ?? '') ||
    tokens
      .slice(Math.max(0, dark.start - COLOUR_REACH), dark.start)
      .some((token) => token.text === 'like' || COLOUR_WORDS.has(token.text));
  // "Every trip to the dunny is a coke-coloured disaster": a toilet trip stands for the urine.
  // A bowl is the toilet's only after a trip to it in its sentence ("went for a wee … it looked like rooibos tea in the
  // bowl"), not porridge's.
  const toiletTripBefore = (bowl: Mention): boolean =>
    cues.inSentence('toileting', tokens[bowl.start]!.sentence).some((trip) => trip.end <= bowl.start && trip !== bowl);
  const urineWords = [
    ...cues.get('urine'),
    ...cues
      .get('toileting')
      .filter(
        (mention) =>
          TOILET_WORDS.has(tokens[mention.end - 1]!.text) &&
          (tokens[mention.end - 1]!.text !== 'bowl' || tokens[mention.end - 2]?.text === 'toilet' || toiletTripBefore(mention)),
      ),
  ];
  const urineColours: [Mention, Mention][] = [
    ...near(context, urineWords, cues.get('dark'), 6).filter(
      ([, dark]) => (severeOrSwollen || drinkColour(dark)) && (saidAsColour(dark) || !drunk(dark)),
    ),
    ...cues.get('urine').flatMap((urine) =>
      cues
        .inSentence('dark', tokens[urine.start]!.sentence)
        .filter(
          (dark) =>
            ((drinkColour(dark) && saidAsColour(dark)) || (severeOrSwollen && !drunk(dark))) &&
            Math.abs(dark.start - urine.start) <= DRINK_COLOUR_REACH,
        )
        .map((dark): [Mention, Mention] => [urine, dark]),
    ),
  ];
  for (const [urine, dark] of urineColours) {
    if (!colouredByFood && !painDenied && reported(urine) && reported(dark))
      hits.add('dark_urine_severe_pain', words(urine), words(dark));
  }

  return hits.list().sort((a, b) => tierOrder(b.tier) - tierOrder(a.tier));
}

function wordsBetween(tokens: MentionContext['tokens'], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind !== 'punct') count++;
  return count;
}

function tierOrder(tier: RedFlagHit['tier']): number {
  return tier === 'emergency' ? 3 : tier === 'urgent' ? 2 : 1;
}
