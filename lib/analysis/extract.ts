/**
 * Text → Features, with the post's own words behind each feature, and the red flags the writer
 * reports. Works in sentence and clause windows (mentions.ts, relevance.ts), never on
 * whole-post co-occurrence.
 */
import { LIFTS, parseFeatures, type FeatureGroup, type FeatureId, type Features } from '../features';
import {
  DENIALS,
  DURATION_AFTER,
  DURATION_FILLERS,
  LATER_STILL,
  LIST_JOINS,
  LIST_WORDS,
  MONTH_END_WORDS,
  MONTH_LEADS,
  MONTH_SHORT,
  MONTH_START_WORDS,
  MONTHS,
  NOT_A_DURATION_AFTER,
  OF_THE_PROBLEM_WORDS,
  NOT_THE_LIFT_AFTER,
  RELIEF_WHEN,
  STRETCHED_PARTS_TELL,
  STRETCH_REMEDY_TELLS,
  THIRD_POSSESSIVES,
  LOST_FEELING_OPENERS,
  NUMBER_WORDS,
  TRAINING_HISTORY_VERBS,
  VAGUE_COUNT_LEADS,
  VAGUE_COUNTS,
  WEEKS_PER_UNIT,
} from './lexicon';
import {
  CueIndex,
  FLAG_PART_CUES,
  commandOpener,
  NegationIndex,
  getLexicon,
  isHypotheticalClause,
  readMentions,
  wordsOf,
  type Lexicon,
  type Mention,
  type MentionContext,
  overlaps,
  within,
} from './mentions';
import { findRedFlags } from './redflags';
import { withEmergencyReading } from './emergency-model';
import type { ModifierInput } from './flag-context';
import { statedAges } from './writer-age';
import { findPairs, threadPairs, type RelevanceEvidence } from './relevance';
import type { ThreadTopic } from './thread';
import type { Assessment, FeatureMatch, RedFlagHit } from './types';

export interface Extraction {
  features: Features;
  matches: FeatureMatch[];
  redFlags: RedFlagHit[];
}

/** A part of the post's story that points at one cause (lexicon/stories.ts), and the sentence it is in. */
export interface StoryHit {
  cause: string;
  sentence: number;
  /** The words name the condition itself ("herniated disc"), not a part of its story. */
  named: boolean;
}

/** Everything the analysis learned from a text; `assess` and the tests read it. */
export interface TextAnalysis extends Extraction {
  context: MentionContext;
  evidence: RelevanceEvidence;
  /** The writer's own story parts: not negated, not in a hypothetical clause ("if your bar sits too high") unless in a reply. */
  stories: StoryHit[];
  /** What the thread's topic supplied that the text did not say (only when read with a thread about a back). */
  fromThread?: Assessment['fromThread'];
  /** Whether the text tells of a ride, a swim, a row or a hike (lexicon cue `other_endurance`). */
  otherEndurance: boolean;
}

const MAX_WORDS_PER_FEATURE = 3;

/**
 * Characters of a text that are read. Forum posts are rarely over a few KB; a 200,000-character
 * paste would cost milliseconds for nothing, and the problem is almost always stated early.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/** Cuts `text` at `max` characters without splitting a surrogate pair. */
export function capText(text: string, max: number = MAX_ANALYSED_CHARS): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

class FeatureCollector {
  private readonly found = new Map<FeatureId, { group: FeatureGroup; words: string[] }>();

  add(group: FeatureGroup, id: FeatureId, word: string): void {
    let entry = this.found.get(id);
    if (!entry) this.found.set(id, (entry = { group, words: [] }));
    if (word && !entry.words.includes(word) && entry.words.length < MAX_WORDS_PER_FEATURE) entry.words.push(word);
  }

  has(id: FeatureId): boolean {
    return this.found.has(id);
  }

  hasGroup(group: FeatureGroup): boolean {
    for (const entry of this.found.values()) if (entry.group === group) return true;
    return false;
  }

  features(): Features {
    const raw: Record<string, string[]> = {};
    for (const [id, { group }] of this.found) (raw[group] ??= []).push(id);
    return parseFeatures(raw);
  }

  matches(features: Features): FeatureMatch[] {
    const order = Object.values(features).flat() as FeatureId[];
    return order.map((id) => {
      const entry = this.found.get(id)!;
      return { group: entry.group, id, words: entry.words };
    });
  }
}

/** Tokens before a month within which a "now" makes it the month the writer is in ("now it is the end of September"). */
const NOW_REACH = 6;
/** The longest time of care ("seven weeks of physio") read as how long the problem has lasted, not as a career. */
const WEEKS_OF_CARE = 52;

/** What "of" may go on to for a length of time to be the problem's: "two months of lower back ache". */
const PROBLEM_CATS = new Set(['region', 'symptom', 'condition']);

/** "It may become chronic": a long course foreseen or feared (lexicon cue `chronic_to_come`), not one lived. */
function foreseen(cues: CueIndex, mention: Mention): boolean {
  return cues.get('chronic_to_come').some((cue) => within(mention, cue));
}

/**
 * Whether a length of time starting at `start` is how long the writer has trained ("been lifting for
 * about two years now"): a training verb before it with only fillers and counts between. It says who
 * the writer is, not that the problem has lasted (weeks_long).
 */
function trainingHistory(tokens: MentionContext['tokens'], start: number): boolean {
  for (let at = start - 1; at >= Math.max(0, start - 5); at--) {
    const token = tokens[at]!;
    if (TRAINING_HISTORY_VERBS.has(token.text)) return true;
    if (token.kind !== 'number' && !DURATION_FILLERS.has(token.text) && NUMBER_WORDS[token.text] === undefined) return false;
  }
  return false;
}

/** "for six weeks", "past 2 months", "3 years ago": a problem lasting four weeks or more. */
function longDurations(context: MentionContext, cues: CueIndex): Mention[] {
  const tokens = context.tokens;
  const leads = new Set(cues.get('duration_lead').map((cue) => cue.end));
  const found: Mention[] = [];
  for (const unit of cues.get('duration_unit')) {
    // "six weeks", "2 months", "a couple of months".
    let at = unit.start - 1;
    if (tokens[at]?.text === 'of') at--;
    const count = tokens[at];
    if (!count) continue;
    const value = count.kind === 'number' ? Number(count.text.replace(',', '.')) : NUMBER_WORDS[count.text];
    if (value === undefined || Number.isNaN(value)) continue;
    const weeks = value * (WEEKS_PER_UNIT[tokens[unit.start]!.text] ?? 0);
    if (weeks < 4) continue;
    // "6 weeks, still hurting": the comma before a "still" keeps the length the problem's.
    const after =
      tokens[unit.end]?.text === ',' && tokens[unit.end + 1]?.text === 'still' ? 'still' : (tokens[unit.end]?.text ?? '');
    // "Two months of lower back ache" is how long the problem has lasted; "six years of lifting" is not.
    // Or how long it has been cared for, up to a year ("seven weeks of rehab"; not "ten years of chiro practice", a career).
    const ofTheProblem =
      after === 'of' &&
      ((OF_THE_PROBLEM_WORDS.has(tokens[unit.end + 1]?.text ?? '') && weeks <= WEEKS_OF_CARE) ||
        context.mentions.some((mention) => mention.start === unit.end + 1 && PROBLEM_CATS.has(mention.value.cat)));
    if (NOT_A_DURATION_AFTER.has(after) && !ofTheProblem) continue;
    // "a few weeks": the count word may itself follow "a"/"the".
    let lead = at;
    if (VAGUE_COUNTS.has(count.text) && VAGUE_COUNT_LEADS.has(tokens[lead - 1]?.text ?? '')) lead--;
    if (trainingHistory(tokens, lead)) continue;
    const led = leads.has(lead) || leads.has(lead - 1);
    // "Two months later and it's no better", not "two months later I was back racing".
    const laterStill = after !== 'later' || LATER_STILL.has(tokens[unit.end + 1]?.text ?? '');
    if ((led || ofTheProblem || DURATION_AFTER.has(after)) && laterStill)
      found.push({ value: unit.value, start: lead, end: unit.end });
  }
  return [...found, ...monthSpans(context)];
}

/**
 * A length told by the calendar: "hurt it at the start of September, it's now November", "since mid August, now it's
 * mid October". Two months apart, or one from its start to its end, is four weeks or more. The first month must be
 * when the writer's own back began ("since", or the writer's complaint in its sentence), not when they joined a gym or
 * when a brother hurt his.
 */
function monthSpans(context: MentionContext): Mention[] {
  const tokens = context.tokens;
  // In the month's own clause: "Hurt my back in early August", "Low back pain since mid August" (not "my brother hurt
  // his back in June", nor "last saw the physio in February, … my back was fine").
  const began = (at: number): boolean => {
    if (tokens[at - 1]?.text === 'since' || tokens[at - 2]?.text === 'since') return true;
    const clause = tokens[at]!.clause;
    return context.mentions.some(
      (mention) =>
        tokens[mention.start]!.clause === clause &&
        (mention.value.cat === 'region' || mention.value.cat === 'condition') &&
        tokens[mention.start - 1]?.text === 'my',
    );
  };
  const months: { at: number; month: number; near: string[] }[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at]!.text;
    const month = MONTHS.indexOf(Object.hasOwn(MONTH_SHORT, word) ? MONTH_SHORT[word]! : word);
    if (month < 0) continue;
    const near = tokens.slice(Math.max(0, at - NOW_REACH), at).map((token) => token.text);
    if ((month === 2 || month === 4) && !MONTH_LEADS.has(near.at(-1) ?? '')) continue;
    months.push({ at, month, near });
  }
  const found: Mention[] = [];
  for (const now of months) {
    if (!now.near.includes('now')) continue;
    for (const then of months) {
      if (then.at >= now.at) break;
      if (!began(then.at)) continue;
      const apart = (now.month - then.month + 12) % 12;
      const wholeMonth =
        apart === 1 &&
        (then.near.some((word) => MONTH_START_WORDS.has(word)) || now.near.some((word) => MONTH_END_WORDS.has(word)));
      if (apart >= 2 || wholeMonth) found.push({ value: { cat: 'cue', id: 'duration_unit' }, start: then.at, end: now.at + 1 });
    }
  }
  return found;
}

const LIFT_TIMINGS = new Set(['heavy_sets_only', 'during_sets', 'during_setup']);
const EPISODIC_SENSATIONS = new Set(['cramp', 'pump', 'tightness']);

/**
 * A cramp, pump or tightness that comes only with the lift: weeks of it is a training problem, not
 * pain that fails to improve (issue 10, point 6).
 */
function episodicOnLift(features: Features): boolean {
  const timing = features.timing ?? [];
  const sensation = features.sensation ?? [];
  return (
    timing.some((id) => LIFT_TIMINGS.has(id)) &&
    !timing.some((id) => id === 'at_rest_or_night' || id === 'morning' || id === 'next_days') &&
    sensation.length > 0 &&
    sensation.every((id) => EPISODIC_SENSATIONS.has(id))
  );
}

const MAX_LIST_GAP = 10;

/**
 * Lifts the post says are fine: "squats, rows and deadlifts never set it off", "deadlifts feel
 * fine", "it never happens on squats". What lies between the lift and the words must be the
 * list itself (other lifts, "and", commas), so "squats hurt my back, bench is fine" keeps squats.
 */
function saidFineByCue(context: MentionContext, cues: CueIndex, activity: Mention, activityAt: Uint8Array): boolean {
  const tokens = context.tokens;
  const sentence = tokens[activity.start]!.sentence;
  // Only list words between; a comma needs an "and"/"or" to go with it ("squats, rows and deads"),
  // as "pumps up on every run, deadlifts feel fine" is two statements.
  const isList = (from: number, to: number): boolean => {
    let comma = false;
    let joined = false;
    for (let i = from; i < to; i++) {
      const text = tokens[i]!.text;
      if (activityAt[i] !== 1 && !LIST_WORDS.has(text)) return false;
      comma ||= text === ',';
      joined ||= LIST_JOINS.has(text);
    }
    return !comma || joined;
  };
  for (const cue of cues.inSentence('said_fine', sentence)) {
    if (cue.start >= activity.end && cue.start - activity.end <= MAX_LIST_GAP && isList(activity.end, cue.start)) return true;
  }
  for (const cue of cues.inSentence('fine_on', sentence)) {
    if (cue.end <= activity.start && activity.start - cue.end <= MAX_LIST_GAP && isList(cue.end, activity.start)) return true;
  }
  return false;
}

/** Words between a stretch and what tells it is a remedy ("stretching my hips out helps", "heat, ibuprofen, stretches"). */
const RELIEF_REACH = 6;

/**
 * Whether a stretch is told as a remedy, not as what brings the back on (the catalog's overstretching): said to ease
 * it ("stretching helps a little", "when I stretch it goes away"), named among other remedies ("heat, ibuprofen, stretches,
 * chiro"), or advised ("make sure you stretch out your back", "have you tried some stretches?") in a sentence said to
 * "you" that tells no symptom and nothing of the writer's.
 */
function stretchAsRemedy(context: MentionContext, cues: CueIndex, stretch: Mention): boolean {
  const tokens = context.tokens;
  const sentence = tokens[stretch.start]!.sentence;
  const symptomIn = (from: number, to: number): boolean =>
    context.mentions.some((mention) => mention.value.cat === 'symptom' && mention.start >= from && mention.start < to);
  // In the stretch's own clause: "cramps when I stretch, then it eases" is how the cramp goes.
  const clause = tokens[stretch.start]!.clause;
  // Not said to fail ("stretching never helps", "stretching doesn't help it either"): that is no relief.
  const denied = (from: number, to: number): boolean =>
    tokens.slice(from, to).some((token) => DENIALS.has(token.text) || token.text.endsWith("n't"));
  // The relief may come first, with when it comes between: "feels way better after I stretch".
  const eased = cues
    .inClause('brings_relief', clause)
    .some((cue) =>
      cue.start >= stretch.end
        ? cue.start - stretch.end <= RELIEF_REACH && !symptomIn(stretch.end, cue.start) && !denied(stretch.end, cue.end)
        : cue.end <= stretch.start &&
          stretch.start - cue.end <= RELIEF_REACH &&
          tokens.slice(cue.end, stretch.start).some((token) => RELIEF_WHEN.has(token.text)) &&
          !denied(Math.max(0, cue.start - 2), stretch.start),
    );
  if (eased) return true;
  // Named among other remedies: "tried heat, ibuprofen, stretches, a chiro, rest".
  const amongRemedies = cues
    .inSentence('remedy_item', sentence)
    .some((cue) => Math.max(cue.start - stretch.end, stretch.start - cue.end) <= RELIEF_REACH);
  if (amongRemedies) return true;
  // Told as what to do: its clause opens on a command, the stretch at or after it, with nothing of the writer's there
  // ("do some stretching", "stretch your back before you go", "just try stretching it out").
  const command = commandOpener(context, sentence, clause);
  if (command && command.start <= tokens[stretch.start]!.start && cues.inClause('first_person', clause).length === 0) return true;
  if (cues.inSentence('second_person', sentence).length === 0 || cues.inSentence('first_person', sentence).length > 0)
    return false;
  const { start, end } = context.sentences[sentence]!;
  return !symptomIn(start, end);
}

/**
 * A back injured, told as this episode's start: not denied, doubted or asked about, nor told in a
 * sentence that makes it a habit or a history ("I hurt my back years ago", "every time I deadlift I hurt my back").
 */
function injuryEvents(context: MentionContext, cues: CueIndex, negation: NegationIndex): Mention[] {
  // Someone else's injury ("my husband hurt his back on Friday") is the post's start only where the writer tells no back
  // of their own: "My wife hurt her back last week. Mine just aches after long runs" is the writer's ache.
  const writersOwnBack =
    context.tokens.some((token) => token.text === 'mine') ||
    context.mentions.some((mention) => mention.value.cat === 'region' && context.tokens[mention.start - 1]?.text === 'my');
  return cues.get('injury_event').filter((event) => {
    const sentence = context.tokens[event.start]!.sentence;
    const someoneElses = context.tokens.slice(event.start, event.end).some((token) => THIRD_POSSESSIVES.has(token.text));
    return (
      !(someoneElses && writersOwnBack) &&
      !negation.isNegated(event) &&
      !doubtedEvent(cues, event) &&
      cues.inSentence('injury_history', sentence).length === 0 &&
      cues.inSentence('past', sentence).length === 0
    );
  });
}

/** An injury doubted or asked about right before it is told ("I don't think I hurt my back", "did I pull something?"). */
function doubtedEvent(cues: CueIndex, mention: Mention): boolean {
  return cues.get('doubted_event').some((cue) => cue.start < mention.start && mention.start - cue.end <= 1);
}

/** A rise in load said with numbers goes up: "from 12 to 20 km" is a jump, "from 20 to 16" is not. */
function fallsInstead(context: MentionContext, mention: Mention): boolean {
  const numbers: number[] = [];
  for (let i = mention.start; i < mention.end; i++) {
    const token = context.tokens[i]!;
    if (token.kind === 'number') numbers.push(Number(token.text.replace(/,(?=\d{3}\b)/g, '').replace(',', '.')));
  }
  if (numbers.length < 2 || numbers.some(Number.isNaN)) return false;
  return numbers[numbers.length - 1]! <= numbers[0]!;
}

/**
 * Analyses the first MAX_ANALYSED_CHARS characters of `text` with the whole lexicon, as a reply
 * in a thread with this topic when there is one (thread.ts).
 */
export function analyzeText(text: string, topic?: ThreadTopic): TextAnalysis {
  return analyzeTextWith(text, getLexicon(), topic);
}

/** Ages that tell part of a story: a teenager's back (spondylolysis), an older lifter's (wear in the facet joints). */
const TEEN_AGES = { from: 12, to: 19, cause: 'spondylolysis' } as const;
const OLDER_AGES = { from: 50, to: 99, cause: 'facet_degenerative' } as const;

/**
 * The writer's own story parts (lexicon/stories.ts) and stated age, by sentence. In a reply to a thread about a back,
 * advice is the replier's reading of the asker's story ("if the bar sits on your neck, that's your soreness"), so
 * its story parts count too.
 */
function storiesOf(context: MentionContext, cues: CueIndex, negated: ReadonlySet<Mention>, reply: boolean): StoryHit[] {
  const tokens = context.tokens;
  const stories: StoryHit[] = [];
  // A stretch that opens the hips tells of stiff hips only as a remedy: "piriformis stretches help", not "I overdid the
  // pigeon stretch and now my lower back throbs" (review 42f), which is the stretch that brought it on.
  const stretchThatHurt = (story: Mention): boolean =>
    story.value.cat === 'story' &&
    story.value.id === 'mobility_restriction' &&
    context.mentions.some(
      (stretch) =>
        stretch.value.cat === 'activity' &&
        stretch.value.id === 'stretching' &&
        overlaps(stretch, story) &&
        !stretchAsRemedy(context, cues, stretch),
    );
  for (const mention of context.mentions) {
    if (mention.value.cat !== 'story' || negated.has(mention) || stretchThatHurt(mention)) continue;
    const token = tokens[mention.start]!;
    if (reply || !isHypotheticalClause(cues, token.clause))
      stories.push({ cause: mention.value.id, sentence: token.sentence, named: mention.value.named });
  }
  // A stretch told as a remedy tells of tight muscles, unless its sentence names what is tight more closely (the hip
  // flexors, the hamstrings, stiff hips) or the stretch is of another part named right after it ("stretching your calves").
  for (const stretch of context.mentions) {
    if (stretch.value.cat !== 'activity' || stretch.value.id !== 'stretching' || negated.has(stretch)) continue;
    const sentence = tokens[stretch.start]!.sentence;
    const closer = context.mentions.some(
      (other) =>
        (other.value.cat === 'story' && STRETCHED_PARTS_TELL.has(other.value.id) && tokens[other.start]!.sentence === sentence) ||
        (other.value.cat === 'part' && other.start >= stretch.end && other.start - stretch.end <= 2),
    );
    if (!closer && stretchAsRemedy(context, cues, stretch)) stories.push({ cause: STRETCH_REMEDY_TELLS, sentence, named: false });
  }
  for (const { age, mention } of statedAges(context, cues, { past: true })) {
    for (const band of [TEEN_AGES, OLDER_AGES]) {
      if (age >= band.from && age <= band.to)
        stories.push({ cause: band.cause, sentence: tokens[mention.start]!.sentence, named: false });
    }
  }
  return stories;
}

/** Words from a lost feeling to the place it is lost in: "no feeling in my nether regions". */
const LOST_FEELING_REACH = 3;

/**
 * Whether a place follows a feeling told lost with "no" ("no feeling in my nether regions", "zero sensation down
 * there"): that "no" is the numbness's own word, not a denial of the place.
 */
function placeOfALostFeeling(context: MentionContext, cues: CueIndex, place: Mention): boolean {
  if (place.value.cat !== 'part') return false;
  const tokens = context.tokens;
  return cues
    .get('numbness')
    .some(
      (numb) =>
        LOST_FEELING_OPENERS.has(tokens[numb.start]!.text) &&
        numb.end <= place.start &&
        place.start - numb.end <= LOST_FEELING_REACH &&
        tokens[numb.start]!.clause === tokens[place.start]!.clause,
    );
}

/**
 * The cues of a post and the mentions a negation cancels: `negated` for features, `flagNegated` for red flags,
 * whose cues are negated like any mention ("no numbness in my groin").
 */
function readModifiers(context: MentionContext): {
  cues: CueIndex;
  negation: NegationIndex;
  negated: Set<Mention>;
  flagNegated: Set<Mention>;
} {
  const cues = new CueIndex(context);
  const negation = new NegationIndex(context, cues);
  const negated = new Set(
    context.mentions.filter(
      (mention) => mention.value.cat !== 'cue' && negation.isNegated(mention) && !placeOfALostFeeling(context, cues, mention),
    ),
  );
  const flagNegated = new Set(negated);
  for (const mention of context.mentions) {
    if (mention.value.cat === 'cue' && FLAG_PART_CUES.has(mention.value.id) && negation.isNegated(mention))
      flagNegated.add(mention);
  }
  return { cues, negation, negated, flagNegated };
}

/** What red flags are read with (flag-context.ts), for `text` read as the engine reads it: for fitting the emergency model. */
export function flagModifierInput(text: string): ModifierInput {
  const context = readMentions(capText(text), getLexicon());
  const { cues, flagNegated } = readModifiers(context);
  return { context, cues, negated: flagNegated };
}

/** Analyses `text` with a given lexicon (the thread's title and opening are read with the post's). */
export function analyzeTextWith(text: string, lexicon: Lexicon, topic?: ThreadTopic): TextAnalysis {
  const analysed = capText(text);
  const context = readMentions(analysed, lexicon);
  const tokens = context.tokens;
  const { cues, negation, negated, flagNegated } = readModifiers(context);
  const otherEndurance = cues.get('other_endurance').length > 0;
  // The red flags: the rules' reading, then the emergency model's where the rules found no emergency.
  const backNamed = context.mentionsBack || Boolean(topic);
  const readRedFlags = (input: Parameters<typeof findRedFlags>[0]): RedFlagHit[] =>
    withEmergencyReading(findRedFlags(input), analysed, input, undefined, { backNamed });
  const stories = storiesOf(context, cues, negated, Boolean(topic));
  if (!context.mentionsBack && !topic) {
    // No back word (and no thread about a back): no relevance pairs and no features, but red flags are read on every post.
    const evidence: RelevanceEvidence = { pairs: [], links: [], setAside: [] };
    const collector = new FeatureCollector();
    for (const duration of longDurations(context, cues)) collector.add('context', 'weeks_long', wordsOf(context, duration));
    const redFlags = readRedFlags({ context, cues, negated: flagNegated, links: [], weeksLong: collector.has('weeks_long') });
    const flagsOnly = new FeatureCollector();
    for (const flag of redFlags)
      for (const word of flag.words.length ? flag.words : ['']) flagsOnly.add('redFlags', flag.id, word);
    const features = flagsOnly.features();
    return {
      context,
      evidence,
      stories,
      features,
      matches: flagsOnly.matches(features),
      redFlags,
      otherEndurance,
    };
  }
  let evidence = findPairs(context, cues, negated, topic?.regions.some((region) => region.id === 'neck') ?? false);
  if (topic) {
    const fromThread = threadPairs(context, cues, evidence, (mention) => negation.isNegated(mention), topic.complaint);
    // A symptom the thread places better than its own far-off back word counts once, by the thread.
    const placedByThread = new Set(fromThread.map((pair) => pair.symptom));
    const ownPairs = evidence.pairs.filter((pair) => !placedByThread.has(pair.symptom));
    evidence = { ...evidence, pairs: [...ownPairs, ...fromThread], links: [...evidence.links, ...fromThread] };
  }
  const collector = new FeatureCollector();
  const words = (mention: { start: number; end: number }): string => wordsOf(context, mention);
  const sentenceOf = (mention: Mention): number => tokens[mention.start]!.sentence;

  // Where and what: only from back words and symptoms that pair up. Pairs from advice count
  // only when the post has nothing else.
  const ownLinks = evidence.links.filter((link) => !link.hypothetical);
  const links = ownLinks.length > 0 ? ownLinks : evidence.links;
  for (const link of links) {
    const symptom = link.symptom.value;
    if (symptom.cat === 'condition') {
      if (symptom.id) collector.add('region', symptom.id, words(link.symptom));
      if (symptom.sensation) collector.add('sensation', symptom.sensation, words(link.symptom));
      continue;
    }
    if (link.region?.value.cat === 'region' && link.region.value.id)
      collector.add('region', link.region.value.id, words(link.region));
    if (symptom.cat === 'symptom' && symptom.id) collector.add('sensation', symptom.id, words(link.symptom));
  }

  // A reply that does not say where takes the thread's region; one that only agrees ("same here")
  // takes its sensation too; one that names no activity takes the thread's.
  const threadSupplied: NonNullable<TextAnalysis['fromThread']> = {};
  if (topic && links.some((link) => link.fromThread)) {
    if (!collector.hasGroup('region') && topic.regions.length > 0) {
      for (const region of topic.regions) for (const word of region.words) collector.add('region', region.id, word);
      threadSupplied.region = true;
    }
    if (!collector.hasGroup('sensation')) {
      for (const sensation of topic.sensations)
        for (const word of sensation.words) collector.add('sensation', sensation.id, word);
    }
  }
  const takesThreadStory = Boolean(topic && links.some((link) => link.fromThread));

  // Activities, except those said to be fine ("squats and deads without any issues").
  const negatedBySentence = new Map<number, Mention[]>();
  for (const entry of evidence.setAside) {
    if (entry.reason !== 'negated') continue;
    const sentence = sentenceOf(entry.symptom);
    negatedBySentence.set(sentence, [...(negatedBySentence.get(sentence) ?? []), entry.symptom]);
  }
  const pairedSentences = new Set(links.map((link) => sentenceOf(link.symptom)));
  const saidFine = (activity: Mention): boolean =>
    (negatedBySentence.get(sentenceOf(activity)) ?? []).some((symptom) => {
      const onlyBefore = tokens.slice(Math.max(0, activity.start - 3), activity.start).some((token) => token.text === 'only');
      if (onlyBefore) return false;
      if (activity.start < symptom.start) return symptom.start - activity.end <= 12;
      return activity.start - symptom.end <= 4;
    });
  const activityAt = new Uint8Array(tokens.length);
  for (const mention of context.mentions) {
    if (mention.value.cat === 'activity') for (let i = mention.start; i < mention.end; i++) activityAt[i] = 1;
  }
  // "not tied to lifting at all": the lift named there is what the problem is not about.
  const notMechanical = new Uint8Array(tokens.length);
  for (const cue of cues.get('not_mechanical')) for (let i = cue.start; i < cue.end; i++) notMechanical[i] = 1;
  const anotherSports = anotherSportsWords(context, cues);
  const activities: Mention[] = [];
  for (const mention of context.mentions) {
    const value = mention.value;
    if (value.cat !== 'activity' && value.cat !== 'timing' && value.cat !== 'context') continue;
    if (negated.has(mention) || isHypotheticalClause(cues, tokens[mention.start]!.clause)) continue;
    if ((value.cat === 'activity' && value.id === 'stretching') || (value.cat === 'timing' && value.id === 'while_stretching'))
      if (stretchAsRemedy(context, cues, mention)) continue;
    if (value.cat === 'activity') {
      if (notMechanical[mention.start] || saidFine(mention) || saidFineByCue(context, cues, mention, activityAt)) continue;
      if (value.id === 'running' && anotherSports(mention)) continue;
      activities.push(mention);
    }
    if (value.cat === 'timing' && value.id === 'during_run' && anotherSports(mention)) continue;
    if (value.cat === 'context' && value.id === 'load_jump' && fallsInstead(context, mention)) continue;
    if (
      value.cat === 'context' &&
      value.id === 'weeks_long' &&
      (trainingHistory(tokens, mention.start) || foreseen(cues, mention))
    )
      continue;
    if (value.cat === 'context' && value.id === 'sudden_onset' && doubtedEvent(cues, mention)) continue;
    collector.add(value.cat, value.id, words(mention));
  }

  if (topic && evidence.pairs.length > 0 && !collector.hasGroup('activity') && topic.activities.length > 0) {
    for (const activity of topic.activities) for (const word of activity.words) collector.add('activity', activity.id, word);
    threadSupplied.activity = true;
  }

  for (const duration of longDurations(context, cues)) collector.add('context', 'weeks_long', words(duration));
  for (const event of injuryEvents(context, cues, negation)) collector.add('context', 'sudden_onset', words(event));

  // A reply that takes the thread's topic and tells no circumstances of its own ("same here, every long
  // run") shares the story the title tells ("Lower back cramps on long runs", "Tweaked it on a PR attempt").
  if (topic && takesThreadStory && !collector.hasGroup('context') && topic.contexts.length > 0) {
    for (const item of topic.contexts) for (const word of item.words) collector.add('context', item.id, word);
    threadSupplied.context = true;
  }

  // Timing read from a symptom sentence that names the activity ("back cramps when I stretch",
  // "lower back pumps up on runs", "cramps on bench").
  const laterSentences = new Set(
    context.mentions
      .filter(
        (mention) => mention.value.cat === 'timing' && (mention.value.id === 'after_session' || mention.value.id === 'next_days'),
      )
      .map(sentenceOf),
  );
  const laterTiming = (sentence: number): boolean => laterSentences.has(sentence);
  const duringWordsEndingAt = new Map(cues.get('during_word').map((cue) => [cue.end, cue]));
  for (const activity of activities) {
    const sentence = sentenceOf(activity);
    if (!pairedSentences.has(sentence) || activity.value.cat !== 'activity') continue;
    const id = activity.value.id;
    if (id === 'stretching') collector.add('timing', 'while_stretching', words(activity));
    else if (id === 'running' && !laterTiming(sentence)) collector.add('timing', 'during_run', words(activity));
    else if (LIFTS.has(id) && !laterTiming(sentence) && !NOT_THE_LIFT_AFTER.has(tokens[activity.end]?.text ?? '')) {
      // "cramps on heavy bench": the words are the whole phrase, from the preposition to the lift.
      const tie = [0, 1, 2]
        .map((gap) => duringWordsEndingAt.get(activity.start - gap))
        .find(
          (cue) =>
            cue !== undefined &&
            tokens[cue.start]!.clause === tokens[activity.start]!.clause &&
            !activityAt.subarray(cue.end, activity.start).includes(1),
        );
      if (tie) collector.add('timing', 'during_sets', words({ start: tie.start, end: activity.end }));
    }
  }

  const redFlags = readRedFlags({
    context,
    cues,
    negated: flagNegated,
    links: evidence.links,
    weeksLong: collector.has('weeks_long'),
    episodicOnLift: episodicOnLift(collector.features()),
    mentionsBack: true,
  });
  for (const flag of redFlags) for (const word of flag.words.length ? flag.words : ['']) collector.add('redFlags', flag.id, word);
  // A fall or a crash is how the pain began: a sudden onset, whatever else it may be.
  for (const flag of redFlags)
    if (flag.id === 'major_trauma') for (const word of flag.words) collector.add('context', 'sudden_onset', word);

  const features = collector.features();
  const analysis: TextAnalysis = {
    context,
    evidence,
    stories,
    features,
    matches: collector.matches(features),
    redFlags,
    otherEndurance,
  };
  return threadSupplied.region || threadSupplied.activity || threadSupplied.context
    ? { ...analysis, fromThread: threadSupplied }
    : analysis;
}

/**
 * Running words that belong to another sport told in the post: "beyond about 20 miles" in a post about racing on the
 * bike, "a 2k erg test", "hiked 12 miles". Those miles and races give neither a run nor a time in a run, unless the post
 * names a run ("the 10k run off the bike", a triathlon), where they may be the run's.
 */
export function anotherSportsWords(context: MentionContext, cues: CueIndex): (mention: Mention) => boolean {
  const shared = cues.get('distance_or_race');
  if (shared.length === 0 || cues.get('other_endurance').length === 0) return () => false;
  const sharedOnly = (mention: Mention) => shared.some((cue) => within(mention, cue));
  const runNamed = context.mentions.some(
    (mention) => mention.value.cat === 'activity' && mention.value.id === 'running' && !sharedOnly(mention),
  );
  if (runNamed) return () => false;
  // A post that names a ride, a swim or a hike and never a run: its miles are that sport's in every sentence ("Easy
  // club rides are fine. In a crit, after 30 km my lower back gets sore", round 44's riders).
  return (mention) => shared.some((cue) => overlaps(cue, mention));
}

/** Features of a post's text, with the words that triggered each, and the red flags it reports. */
export function extractFeatures(text: string): Extraction {
  const { features, matches, redFlags } = analyzeText(text);
  return { features, matches, redFlags };
}
