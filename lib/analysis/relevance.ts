import {
  ANAPHORS,
  ANAPHOR_FOLLOWERS,
  BACK_IN_TIME,
  BARE_BACK_MODIFIERS,
  BE_WORDS,
  COORDINATORS,
  DEMONSTRATIVES,
  DESTINATION_PREPOSITIONS,
  DONT_WORDS,
  CAUSE_MOVES,
  INSTRUMENT_PREPOSITIONS,
  EXPERIENCE_FILLERS,
  EXPERIENCE_VERBS,
  FOLLOWING_THREAD,
  FEELING_BEFORE_CUE_VERB,
  FINE_WORDS,
  FORM_CUE_OBJECTS,
  FORM_CUE_POSSESSIVES,
  BRACE_VERBS,
  FORM_HOLD_FILLERS,
  FORM_HOLD_VERBS,
  FORM_SHAPE_WORDS,
  MUSCLES_WORDS,
  FORUM_PLACES,
  FIRST_PERSON_I,
  HAD_WORDS,
  HELPED_OBJECT,
  LINKING_AUXILIARIES,
  LINKING_FILLERS,
  LINKING_VERBS,
  NECK_OWNERS,
  ONGOING_VERBS,
  OPENING_AGREEMENT,
  OPENING_AGREEMENT_ALONE,
  OPENING_AGREEMENT_FOLLOWERS,
  SAME_CIRCUMSTANCES,
  CLAUSE_OPENING_CIRCUMSTANCES,
  COORDINATION,
  OTHER_SUBJECTS,
  PEOPLE_TIGHTENING,
  PLURAL_PRONOUNS,
  IN_PAIN_DEGREE,
  IN_PAIN_LEADS,
  PEOPLE_WHO_DO_IT,
  PART_DETERMINERS,
  MINE_PLACING_WORDS,
  PART_PREPOSITIONS,
  PREPOSITIONS,
  PRONOUNS,
  PROBLEM_NOUNS,
  REMEDY_AFTER_PART,
  SAME_WHEN,
  ADVICE_MODALS,
  ASKED_CAUSE_OPENERS,
  EMBEDDED_QUESTION_LEADS,
  ASKERS_TIME,
  MEANT_TO_FEEL_WORDS,
  ADVICE_OPENERS,
  REMEDY_SCORN,
  COMMAND_LEADS,
  REMEDY_HEDGES,
  REMEDY_PRAISE,
  REMEDY_OTHER_SENSES,
  REMEDY_OTHER_SENSE_LINKS,
  IMPROVING_VERBS,
  BACK_RECOVERY_VERBS,
  BACK_RECOVERY_WORDS,
  SUGGESTION_OPENERS,
  BARE_REMEDY_WORDS,
  REMEDY_TIME_LEADS,
  YOU_COMPARED,
  CAUSING_VERBS,
  NAMING_LEADS,
  NAMING_PLACE_LINKS,
  NAMING_TAILS,
  NAMING_VERBS,
  TOLD_FUTURE,
  QUALIFIERS,
  REFERRING_DETERMINERS,
  REFERRING_NOUNS,
  REFERRING_SUBJECTS,
  SAME_FOLLOWERS,
  TIME_AFTER_A,
  PEOPLE_WHO_ANNOY,
  POSSESSIVES,
  POSTURE_VERBS,
  GROUPS,
  LIFE_STAGE_OPENERS,
  SECONDHAND_VERBS,
  SENTENCE_OPENERS,
  SPEAKER_BLOCKERS,
  SUBJECT_BOUNDARIES,
  SYMPTOM_WORDS_NEEDING_A_PLACE,
  TIGHT_STATE_VERBS,
  YARDSTICK_WORDS,
  NO_WORKOUT_BEFORE,
  TRAINING_WORDS,
  type LexiconValue,
} from './lexicon';
import {
  asksTheAsker,
  commandOpener,
  type CueIndex,
  isGerund,
  isHypotheticalClause,
  type Mention,
  type MentionContext,
  overlaps,
  within,
  withinLonger,
} from './mentions';
import { isClauseWord, type Token } from './text/tokens';

/** Default threshold: the "balanced" sensitivity. */
export const RELEVANCE_THRESHOLD = 0.5;

/** Word tokens a back word and a symptom may be apart (commas count extra). */
export const PAIR_WINDOW = 10;
const COMMA_COST = 3;
/**
 * A quote mark in a forum post mostly marks a word as a term ("a “pump” in my lower back"), not a
 * clause boundary, so it costs one word rather than a comma's three. (Quoted posts are blanked before this.)
 */
const SCARE_QUOTE_COST = 1;
/** Weight of a pair found in advice or a hypothetical ("if your back hurts, …"). */
const HYPOTHETICAL_WEIGHT = 0.45;
/** A bare "back" with no "my"/"lower"/… before it is a little less surely the body. */
const BARE_BACK_STRENGTH = 0.75;

export interface Pair {
  /** The back word; null for a named back complaint ("sciatica"). */
  region: Mention | null;
  symptom: Mention;
  score: number;
  hypothetical: boolean;
  /** The pair's back is the thread's: a symptom or an "I get this too" in a reply that names no back itself. */
  fromThread?: boolean;
  /** The back word is far off in a long sentence (LOOSE_PAIR_WINDOW): a reply's thread may place the symptom better. */
  loose?: boolean;
}

/** Symptoms that were set aside, with why (for explanations and tests). */
export interface SetAside {
  symptom: Mention;
  reason: 'negated' | 'form_cue' | 'training_pump' | 'other_body_part' | 'skin' | 'no_back_word';
}

export interface RelevanceEvidence {
  /** The best pair of each symptom: what the score is made of. */
  pairs: Pair[];
  /** Every back word each symptom pairs with ("lower back/upper glute … pump"): what the features are made of. */
  links: Pair[];
  setAside: SetAside[];
}

type RegionValue = Extract<LexiconValue, { cat: 'region' }>;
type SymptomValue = Extract<LexiconValue, { cat: 'symptom' }>;

const PUNCT_COST: Record<string, number> = {
  ',': COMMA_COST,
  ':': COMMA_COST,
  '(': COMMA_COST,
  ')': COMMA_COST,
  '-': COMMA_COST,
  '"': SCARE_QUOTE_COST,
  ';': COMMA_COST,
  '/': 0,
  '&': 0,
  '+': 0,
};

/** Running totals over a token list, so any distance is two lookups. */
interface DistanceIndex {
  /** cost[i]: summed cost of tokens [0, i). */
  cost: Float64Array;
  /** breaks[i]: clause words ("but", "however"…) among tokens [0, i). */
  breaks: Uint32Array;
}

const distanceIndexes = new WeakMap<readonly Token[], DistanceIndex>();

function distanceIndex(tokens: readonly Token[]): DistanceIndex {
  let index = distanceIndexes.get(tokens);
  if (index) return index;
  const cost = new Float64Array(tokens.length + 1);
  const breaks = new Uint32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const clauseWord = token.kind === 'word' && isClauseWord(token.text);
    cost[i + 1] = cost[i]! + (token.kind === 'punct' ? (PUNCT_COST[token.text] ?? COMMA_COST) : clauseWord ? 0 : 1);
    breaks[i + 1] = breaks[i]! + (clauseWord ? 1 : 0);
  }
  index = { cost, breaks };
  distanceIndexes.set(tokens, index);
  return index;
}

/** Distance in words between two mentions of one sentence; Infinity across "but" and the like. */
export function distance(tokens: readonly Token[], a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return 0;
  if (tokens[first.start]!.sentence !== tokens[second.start]!.sentence) return Infinity;
  const { cost, breaks } = distanceIndex(tokens);
  if (breaks[second.start]! !== breaks[first.end]!) return Infinity;
  return cost[second.start]! - cost[first.end]!;
}

/**
 * A back word and a symptom further apart in one long sentence, with no other body part in it,
 * still go together ("my lower back, just above the pelvis, when I run it feels like a knife"),
 * but as weaker evidence.
 */
export const LOOSE_PAIR_WINDOW = 25;
const LOOSE_CLOSENESS = 0.45;
/**
 * "My lower back is fine during the set, but it's sore for days": a symptom whose subject is
 * "it", with a back word just before (same or previous sentence, no other body part between).
 * A replier's "mine" stands for the same body part as the post's ("Your erectors are cooked …
 * Mine used to cramp"); "they"/"them" only for a back word in the plural ("shoulder blades …
 * cramping between them"), as they mostly mean people otherwise.
 */
const PRONOUN_CLOSENESS = 0.6;
/** Words before the symptom a pronoun or a "the whole thing" may be: "the whole thing went into a proper cramp". */
const REFERRING_WINDOW = 5;

/** The word before a body part and its determiners ("than" in "than my quads", "to" in "up to my ribs"). */
function wordBeforePart(tokens: readonly Token[], part: Mention): string | undefined {
  let before = part.start - 1;
  while (before >= 0 && PART_DETERMINERS.has(tokens[before]!.text)) before--;
  return tokens[before]?.text;
}

/** A part (or back) the symptom is measured against, not felt in: "my lower back is way more sore than my quads". */
function comparedWith(tokens: readonly Token[], part: Mention): boolean {
  return wordBeforePart(tokens, part) === 'than';
}

/**
 * A part set aside for the back: "it's the lower back rather than the calves", "…instead of my hamstrings". Unlike a
 * plain comparison ("my back is better than my knee. It aches…", where the "it" may be the knee's), it names no place
 * for anything said after it.
 */
function contrastedWith(tokens: readonly Token[], part: Mention): boolean {
  let before = part.start - 1;
  while (before >= 0 && PART_DETERMINERS.has(tokens[before]!.text)) before--;
  const word = tokens[before]?.text;
  const previous = tokens[before - 1]?.text;
  return (word === 'than' && previous === 'rather') || (word === 'of' && previous === 'instead');
}

function closeness(words: number, otherPartsInSentence: boolean): number {
  if (words <= 2) return 1;
  if (words <= 5) return 0.9;
  if (words <= PAIR_WINDOW) return 0.7;
  if (words <= LOOSE_PAIR_WINDOW && !otherPartsInSentence) return LOOSE_CLOSENESS;
  return 0;
}

/** Tokens between two body parts of one list: "my lower back, quads and calves are all destroyed". */
const LIST_GAP = 8;

/**
 * "lower back and hamstrings", "calf / lower back", "my lower back, quads and calves": a symptom may belong to all of a
 * list of body parts (`inBodyPart` marks the tokens of every part and back word).
 */
function coordinated(tokens: readonly Token[], a: Mention, b: Mention, inBodyPart: Uint8Array): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const gap = second.start - first.end;
  if (gap < 1 || gap > LIST_GAP) return false;
  let joins = 0;
  for (let i = first.end; i < second.start; i++) {
    if (inBodyPart[i] === 1) continue;
    if (!COORDINATION.has(tokens[i]!.text)) return false;
    joins++;
  }
  return joins > 0 && (gap <= 3 || joins < gap);
}

function regionStrength(context: MentionContext, region: Mention, neckThread: boolean): number {
  const value = region.value as RegionValue;
  const tokens = context.tokens;
  if (value.id === null && tokens[region.start]!.text === 'back' && region.end - region.start === 1) {
    const before = tokens[region.start - 1];
    const modified = before !== undefined && before.kind === 'word' && BARE_BACK_MODIFIERS.has(before.text);
    return modified ? value.strength : BARE_BACK_STRENGTH;
  }
  if (value.id === 'neck' && ownNeck(context, region) && (neckThread || tellsOfTraining(context)))
    return NECK_IN_TRAINING_STRENGTH;
  return value.strength;
}

/**
 * A neck in a post that names a lift or a run ("neck pain after high bar squats", "my neck cramps on heavy OHP") is
 * the back the catalog's bar and tension causes are about, so it counts as a back word does. A neck alone ("stiff
 * neck after sleeping badly") keeps its own weaker strength (lexicon/regions.ts): shown at the loosest sensitivity only.
 */
const NECK_IN_TRAINING_STRENGTH = 0.7;
/** A person's neck ("a stiff neck" too), not a bottle's or a guitar's, nor the idiom's "pain in the neck". */
function ownNeck(context: MentionContext, region: Mention): boolean {
  if (region.end - region.start > 1) return true;
  const { tokens } = context;
  const before = tokens[region.start - 1];
  if (!before || before.sentence !== tokens[region.start]!.sentence || NECK_OWNERS.has(before.text)) return true;
  // A symptom right before it ("a stiff neck"), or one whose words hold it ("pulled a neck muscle").
  return context.mentions.some(
    (mention) =>
      mention.value.cat === 'symptom' &&
      mention.start <= region.start - 1 &&
      (mention.end === region.start || mention.end > region.end),
  );
}
const RESTING_ACTIVITIES: ReadonlySet<string> = new Set(['sleeping', 'sitting', 'stretching']);
/**
 * A lift, a run, or a ride, a swim, a row or a hike (the other_endurance cue): a rider's neck on the drops is trained
 * too; or the gym, a rep or a workout named without the lift (TRAINING_WORDS). Not a passenger's ride or a price's
 * hike (NO_WORKOUT_BEFORE, up to two words before).
 */
function tellsOfTraining(context: MentionContext): boolean {
  const tokens = context.tokens;
  const aWorkout = (mention: Mention): boolean =>
    !tokens.slice(Math.max(0, mention.start - 2), mention.end).some((token) => NO_WORKOUT_BEFORE.has(token.text));
  return (
    context.mentions.some(
      (mention) =>
        (mention.value.cat === 'activity' && !RESTING_ACTIVITIES.has(mention.value.id)) ||
        (mention.value.cat === 'cue' && mention.value.id === 'other_endurance' && aWorkout(mention)),
    ) || tokens.some((token) => TRAINING_WORDS.has(token.text))
  );
}

/**
 * Whether a back is the goal of a form task and the symptom only the task's trouble or its shape: "a problem keeping a
 * flat back off the floor", "holding a rigid spine". Not a symptom of its own ("can't keep my back straight, it
 * hurts"): only a word for trouble with no feeling (a symptom with no sensation) before the verb, or one inside the
 * verb's object.
 */
function heldInForm(tokens: readonly Token[], region: Mention, symptom: Mention): boolean {
  const verb = verbBefore(tokens, region);
  if (verb < 0 || !FORM_HOLD_VERBS.has(tokens[verb]!.text)) return false;
  if (symptom.start > verb && symptom.end <= region.start) return true;
  return symptom.end <= verb && !(symptom.value as SymptomValue).id && verb - symptom.end <= 1;
}

/** The verb a back is the object of, back over up to four fillers ("keeping a neutral lower back"), in its clause; -1 if none. */
function verbBefore(tokens: readonly Token[], region: Mention): number {
  let verb = region.start - 1;
  while (verb >= Math.max(0, region.start - 4) && FORM_HOLD_FILLERS.has(tokens[verb]!.text)) verb--;
  return verb >= 0 && tokens[verb]!.clause === tokens[region.start]!.clause ? verb : -1;
}

/**
 * A brace's tightness kept or lost, not a tight back: "heavier sets and I start losing lower back tightness out of the
 * hole", "keeping erector tightness through the descent" (a class of round 47's real posts). The tightness names the region right after.
 */
function braceKeptOrLost(tokens: readonly Token[], region: Mention, symptom: Mention): boolean {
  if (symptom.start !== region.end || tokens[symptom.start]?.text !== 'tightness') return false;
  const verb = verbBefore(tokens, region);
  return verb >= 0 && BRACE_VERBS.has(tokens[verb]!.text);
}

/** "keep your back tight", "tighten your lats": "tight" as a form cue, not a feeling. */
function isFormCue(
  context: MentionContext,
  cues: CueIndex,
  symptom: Mention,
  regionsEndingAt: ReadonlyMap<number, Mention>,
  regionsStartingAt: ReadonlyMap<number, Mention>,
): boolean {
  if ((symptom.value as SymptomValue).id !== 'tightness') return false;
  const tokens = context.tokens;
  const word = tokens[symptom.start]!.text;
  const sentenceCueVerbs = cues.inSentence('cue_verb', tokens[symptom.start]!.sentence);
  const isCueAt = (index: number): boolean => sentenceCueVerbs.some((cue) => cue.start === index);
  const skipPossessive = (index: number): number => (FORM_CUE_POSSESSIVES.has(tokens[index]?.text ?? '') ? index - 1 : index);
  if (word === 'tight') {
    // "keeping your erector muscles tight": the muscles' word may stand between the region and "tight".
    // …or its shape and "and": "hold the back flat and tight".
    const shapedAnd = tokens[symptom.start - 1]?.text === 'and' && FORM_SHAPE_WORDS.has(tokens[symptom.start - 2]?.text ?? '');
    const region =
      regionsEndingAt.get(symptom.start) ??
      (MUSCLES_WORDS.has(tokens[symptom.start - 1]?.text ?? '') ? regionsEndingAt.get(symptom.start - 1) : undefined) ??
      (shapedAnd ? regionsEndingAt.get(symptom.start - 2) : undefined);
    if (region) {
      // "keep your chest up and your back tight": a cue verb earlier in the clause, said to "your".
      const clause = tokens[symptom.start]!.clause;
      const told = tokens[region.start - 1]?.text === 'your';
      for (let i = region.start - 1; i >= Math.max(0, region.start - 7); i--) {
        if (tokens[i]!.clause !== clause) break;
        if (isCueAt(i) && (told || i === skipPossessive(region.start - 1))) return true;
      }
      return false;
    }
    // "get tight", "stay tight", "keep everything tight": no region, nothing to pair, unless in a reply to a thread.
    const said = FORM_CUE_OBJECTS.has(tokens[symptom.start - 1]?.text ?? '') ? symptom.start - 2 : symptom.start - 1;
    // "Used to get tight on hinges", "I get tight": said of the writer, not to the reader.
    const before = tokens[said - 1]?.text === 'to' ? tokens[said - 2]?.text : tokens[said - 1]?.text;
    if (FEELING_BEFORE_CUE_VERB.has(before ?? '')) return false;
    // "How do I stop my lower back getting tight on squats?": the back is what gets tight, as "my back gets tight" is.
    if (regionsEndingAt.has(said)) return false;
    return isCueAt(said) && !TIGHT_STATE_VERBS.has(tokens[said]?.text ?? '');
  }
  if (word.startsWith('tighten')) {
    if (!regionsStartingAt.has(symptom.end) && !regionsStartingAt.has(symptom.end + 1)) return false;
    // "Long runs always tightened my low back": a thing did it to the writer's back, a complaint. "I tighten my lower
    // back", "try to tighten your back", "it tightens the back so the arch holds": a person doing it, the bare verb, or
    // a back that is not "my", is a cue.
    if (word !== 'tightened' && word !== 'tightens') return true;
    const object = tokens[symptom.end]?.text === 'up' ? symptom.end + 1 : symptom.end;
    if (tokens[object]?.text !== 'my') return true;
    const clause = tokens[symptom.start]!.clause;
    for (let i = symptom.start - 1; i >= Math.max(0, symptom.start - TIGHTENER_REACH); i--) {
      if (tokens[i]!.clause !== clause) break;
      if (PEOPLE_TIGHTENING.has(tokens[i]!.text)) return true;
    }
    return false;
  }
  return false;
}

/** Words before "tightened" or "tightens" looked at for who did it. */
const TIGHTENER_REACH = 3;

/** "great back pump after rows" is the goal of the workout, not a complaint. */
function isTrainingPump(
  context: MentionContext,
  cues: CueIndex,
  symptom: Mention,
  region: Mention,
  rowOrPullupSentences: ReadonlySet<number>,
  runClauses: ReadonlySet<number>,
): boolean {
  if ((symptom.value as SymptomValue).id !== 'pump') return false;
  const tokens = context.tokens;
  const sentence = tokens[symptom.start]!.sentence;
  const clause = tokens[symptom.start]!.clause;
  // A complaint word inside a boast ("so pumped I can't put my arms down") is the boast's.
  const boasts = cues.inSentence('positive', sentence);
  const complaint = cues
    .inSentence('complaint', sentence)
    .some((cue) => cue.start !== symptom.start && !boasts.some((boast) => within(cue, boast)));
  if (complaint) return false;
  if (cues.inClause('positive', clause).length > 0 || cues.near('positive', symptom, 3).length > 0) return true;
  // Nobody runs for a pump: "back burns like crazy when I jog" is the lifter's running pump, a complaint. Unless the
  // sentence trains the back too ("insane back pump on rows, then a run").
  const backTraining = rowOrPullupSentences.has(sentence) || cues.inSentence('back_training', sentence).length > 0;
  if (runClauses.has(clause) && !backTraining) return false;
  // A lower-back pump is rarely what anyone trains for: "insane lower back pump" is a worry; unless from a lift that
  // trains the lower back, praised in the same sentence ("killer lower back pump from good mornings, love that feeling").
  const regionId = (region.value as RegionValue).id;
  if (regionId === 'lower_back' || regionId === 'si_glute')
    return boasts.length > 0 && cues.inSentence('lower_back_training', sentence).length > 0;
  if (cues.inClause('intense', clause).length > 0 || cues.near('intense', symptom, 3).length > 0) return true;
  return backTraining;
}

/**
 * The body parts other than the back that may take a symptom: not one named inside a symptom phrase ("down my
 * leg"), nor one that names what a drill or lift works ("banded ankle mobs daily and it stopped being sore", "my knee
 * raises"); a story that tells of the part's own symptom ("hamstrings are tight") is no drill.
 */
function hurtingParts(context: MentionContext): Mention[] {
  const inSymptom = new Uint8Array(context.tokens.length);
  for (const mention of context.mentions) {
    if (mention.value.cat === 'symptom') for (let i = mention.start; i < mention.end; i++) inSymptom[i] = 1;
  }
  const drills = context.mentions.filter(
    (mention) =>
      mention.value.cat === 'activity' ||
      (mention.value.cat === 'story' && !inSymptom.subarray(mention.start, mention.end).includes(1)),
  );
  return context.mentions.filter(
    (mention) =>
      mention.value.cat === 'part' &&
      !inSymptom[mention.start] &&
      // Inside a drill or a story, not the whole of it: "hands on knees" up a climb is how the writer stood.
      !drills.some((drill) => withinLonger(mention, drill)),
  );
}

/**
 * Finds the pairs of a post. `negated` says which mentions a negation cancels (mentions.ts). `neckThread`: the post is
 * a reply in a thread whose topic names the neck ("Neck and upper back ache after every tempo run"), where a neck is
 * the thread's back as it is in a post that names a lift ("my neck pain halved once the laptop went up").
 */
export function findPairs(
  context: MentionContext,
  cues: CueIndex,
  negated: ReadonlySet<Mention>,
  neckThread = false,
): RelevanceEvidence {
  const tokens = context.tokens;
  // A back ruled out right after it is named is no place for a symptom: "back had nothing to do with it".
  const ruledOutAt = new Set(cues.get('post_negation').map((cue) => cue.start));
  const regions = context.mentions.filter((mention) => mention.value.cat === 'region' && !ruledOutAt.has(mention.end));
  const parts = hurtingParts(context);
  const inBodyPart = new Uint8Array(tokens.length);
  for (const mention of [...regions, ...parts]) inBodyPart.fill(1, mention.start, mention.end);
  const regionsBySentence = groupBySentence(tokens, regions);
  const partsBySentence = groupBySentence(tokens, parts);
  const activityAt = (ids: readonly string[], unit: 'sentence' | 'clause'): Set<number> =>
    new Set(
      context.mentions
        .filter((mention) => mention.value.cat === 'activity' && ids.includes(mention.value.id))
        .map((mention) => tokens[mention.start]![unit]),
    );
  const pumpSentences = activityAt(['row', 'pullup'], 'sentence');
  const runClauses = activityAt(['running'], 'clause');
  const regionsEndingAt = new Map(regions.map((region) => [region.end, region]));
  const regionsStartingAt = new Map(regions.map((region) => [region.start, region]));
  const pairs: Pair[] = [];
  const links: Pair[] = [];
  const setAside: SetAside[] = [];

  for (const mention of context.mentions) {
    const clause = tokens[mention.start]!.clause;
    if (mention.value.cat === 'condition') {
      if (negated.has(mention)) {
        setAside.push({ symptom: mention, reason: 'negated' });
        continue;
      }
      // A back healing from a tattoo or a sunburn is the skin's, as a sore one is (below).
      if (cues.inClause('skin', clause).length > 0) {
        setAside.push({ symptom: mention, reason: 'skin' });
        continue;
      }
      const hypothetical = toldAsHypothetical(cues, clause);
      const pair = {
        region: null,
        symptom: mention,
        score: mention.value.strength * (hypothetical ? HYPOTHETICAL_WEIGHT : 1),
        hypothetical,
      };
      pairs.push(pair);
      links.push(pair);
      continue;
    }
    if (mention.value.cat !== 'symptom') continue;
    if (negated.has(mention)) {
      setAside.push({ symptom: mention, reason: 'negated' });
      continue;
    }
    if (isFormCue(context, cues, mention, regionsEndingAt, regionsStartingAt)) {
      setAside.push({ symptom: mention, reason: 'form_cue' });
      continue;
    }
    const sentence = tokens[mention.start]!.sentence;
    // A sore sunburn, tattoo or blister on the back is the skin's, not a back complaint.
    if (cues.inClause('skin', clause).length > 0) {
      setAside.push({ symptom: mention, reason: 'skin' });
      continue;
    }
    const candidates = (regionsBySentence.get(sentence) ?? []).filter(
      (region) => Math.abs(region.start - mention.start) <= LOOSE_PAIR_WINDOW + 5,
    );
    const sentenceParts = partsBySentence.get(sentence) ?? [];
    // A part set aside for the back is no other place for the symptom: "it's the lower back rather than the calves,
    // right around 35k, it just locks up".
    const otherPartsInSentence = sentenceParts.some((part) => !contrastedWith(tokens, part));
    let best: Pair | undefined;
    let reason: SetAside['reason'] = 'no_back_word';
    for (const region of candidates) {
      // "My quads are way more sore than my back": the back is what the symptom is measured against.
      if (comparedWith(tokens, region)) continue;
      const words = distance(tokens, region, mention);
      const near = closeness(words, otherPartsInSentence);
      if (near === 0) continue;
      const otherPart = sentenceParts.some((part) => {
        if (coordinated(tokens, part, region, inBodyPart) || comparedWith(tokens, part)) return false;
        const between = part.start >= Math.min(region.end, mention.end) && part.end <= Math.max(region.start, mention.start);
        return between || distance(tokens, part, mention) < words;
      });
      if (otherPart) {
        reason = 'other_body_part';
        continue;
      }
      if (heldInForm(tokens, region, mention) || braceKeptOrLost(tokens, region, mention)) {
        reason = 'form_cue';
        continue;
      }
      if (isTrainingPump(context, cues, mention, region, pumpSentences, runClauses)) {
        reason = 'training_pump';
        continue;
      }
      const hypothetical = toldAsHypothetical(cues, clause);
      const score =
        regionStrength(context, region, neckThread) *
        (mention.value as SymptomValue).strength *
        near *
        (hypothetical ? HYPOTHETICAL_WEIGHT : 1);
      const pair: Pair = { region, symptom: mention, score, hypothetical, ...(near === LOOSE_CLOSENESS ? { loose: true } : {}) };
      links.push(pair);
      if (!best || score > best.score) best = pair;
    }
    // "…my lower back, and the whole thing went into a cramp": pointing back beats a loose pair across the clause.
    if (reason === 'no_back_word' && (!best || best.score < PRONOUN_CLOSENESS)) {
      const pointed = pronounPair(context, cues, mention, regionsBySentence, partsBySentence, neckThread);
      if (pointed && (!best || pointed.score > best.score)) {
        best = pointed;
        links.push(pointed);
      }
    }
    if (best) pairs.push(best);
    else setAside.push({ symptom: mention, reason });
  }
  return { pairs, links, setAside };
}

/** The back word an "it" before the symptom stands for, if the text makes that plain. */
function pronounPair(
  context: MentionContext,
  cues: CueIndex,
  symptom: Mention,
  regionsBySentence: ReadonlyMap<number, Mention[]>,
  partsBySentence: ReadonlyMap<number, Mention[]>,
  neckThread: boolean,
): Pair | undefined {
  const tokens = context.tokens;
  const at = tokens[symptom.start]!;
  const sentence = context.sentences[at.sentence]!;
  // "it's sore", "it hurts"; "squats wreck it"; or a symptom opening the sentence right after a
  // sentence about the back ("Felt something go in my lower back. Sharp pain whenever I move.").
  // Or one opening its clause after "but" or a comma: "Not injured I don't think, but sore for two days after."
  let clauseStart = symptom.start;
  while (clauseStart > sentence.start && tokens[clauseStart - 1]!.clause === at.clause) clauseStart--;
  let pronoun: 'any' | 'plural' | undefined =
    symptom.start - sentence.start <= 1 || (clauseStart > sentence.start && symptom.start - clauseStart <= 1) ? 'any' : undefined;
  const pronounAt = (index: number): 'any' | 'plural' | undefined => {
    const text = tokens[index]!.text;
    if (PRONOUNS.has(text)) return 'any';
    if (PLURAL_PRONOUNS.has(text)) return 'plural';
    // "the whole thing went into a cramp", "that spot cramps", and "this cramp" itself ("I get this grabby cramp";
    // not "the pain", which may be any pain).
    if (REFERRING_NOUNS.has(text)) return REFERRING_DETERMINERS.has(tokens[index - 1]?.text ?? '') ? 'any' : undefined;
    return index >= symptom.start - 2 && DEMONSTRATIVES.has(text) ? 'any' : undefined;
  };
  // The symptom's own words may open with it: "it grabs", "it locks up".
  if (!pronoun && symptom.end - symptom.start > 1 && PRONOUNS.has(tokens[symptom.start]!.text)) pronoun = 'any';
  if (!pronoun && writerInPain(tokens, symptom)) pronoun = 'any';
  for (let i = symptom.start - 1; i >= Math.max(0, symptom.start - REFERRING_WINDOW) && !pronoun; i--) {
    if (tokens[i]!.clause !== at.clause) break;
    pronoun = pronounAt(i);
  }
  for (let i = symptom.end; i < Math.min(tokens.length, symptom.end + 2) && !pronoun; i++) {
    if (tokens[i]!.sentence === at.sentence) pronoun = pronounAt(i);
  }
  if (!pronoun) return undefined;
  let region: Mention | undefined;
  for (const candidate of [...(regionsBySentence.get(at.sentence - 1) ?? []), ...(regionsBySentence.get(at.sentence) ?? [])]) {
    if (candidate.start < symptom.start) region = candidate;
  }
  if (!region || (pronoun === 'plural' && !tokens[region.end - 1]!.text.endsWith('s'))) return undefined;
  const found = region;
  const between = [...(partsBySentence.get(at.sentence - 1) ?? []), ...(partsBySentence.get(at.sentence) ?? [])].some(
    (part) =>
      !contrastedWith(tokens, part) &&
      ((part.start > found.end && part.start < symptom.start) || tokens[part.start]!.sentence === at.sentence),
  );
  if (between) return undefined;
  const hypothetical = toldAsHypothetical(cues, at.clause);
  const score =
    regionStrength(context, region, neckThread) *
    (symptom.value as SymptomValue).strength *
    (placedByMine(tokens, region) ? 1 : PRONOUN_CLOSENESS) *
    (hypothetical ? HYPOTHETICAL_WEIGHT : 1);
  return { region, symptom, score, hypothetical };
}

/**
 * "I was in pain straight away", "been in agony all week", "I'm in such a lot of pain": the writer in pain as a whole names no
 * place, so the back of the sentence before is its place, as it is for "it hurts" (lexicon IN_PAIN_DEGREE, IN_PAIN_LEADS).
 */
function writerInPain(tokens: readonly Token[], symptom: Mention): boolean {
  const clause = tokens[symptom.start]!.clause;
  const inClause = (index: number): boolean => index >= 0 && tokens[index]!.clause === clause;
  let at = symptom.start - 1;
  while (inClause(at) && IN_PAIN_DEGREE.has(tokens[at]!.text)) at--;
  if (!inClause(at) || tokens[at]!.text !== 'in') return false;
  for (let lead = at - 1; inClause(lead) && lead >= at - 4; lead--) {
    const text = tokens[lead]!.text;
    if (FIRST_PERSON_I.has(text)) return true;
    if (!IN_PAIN_LEADS.has(text)) return false;
    // "Been in pain since": the writer left unsaid at the clause's start.
    if (text === 'been' && !inClause(lead - 1)) return true;
  }
  return false;
}

/** Words from "mine" back to a back word that "mine" places: "mine's the lower back", "mine goes to my lower back". */
const MINE_REACH = 4;

/**
 * Whether the writer places their own trouble at this back word: "mine's the lower back rather than calves",
 * "mine go to my lower back instead". Then an "it" after it is surely that trouble ("…after a 30k it grabs").
 */
function placedByMine(tokens: readonly Token[], region: Mention): boolean {
  for (let i = region.start - 1; i >= Math.max(0, region.start - MINE_REACH); i--) {
    const text = tokens[i]!.text;
    if (text === 'mine') return true;
    if (!MINE_PLACING_WORDS.has(text)) return false;
  }
  return false;
}

/**
 * How sure a symptom with no back word of its own, in a reply to a thread about a back, is about
 * that back: as sure as a back word several words away in one sentence (closeness 0.7), so a clear
 * symptom ("cramps at half a mile") passes the default threshold and a vague one ("tired") does not.
 */
export const THREAD_CLOSENESS = 0.7;
/** Words from a causing verb to the back pain it causes: "can cause you some lower back pain". */
const CAUSE_REACH = 4;
/** "Same here", "I get these too": the writer has what the thread is about. */
export const AGREEMENT_STRENGTH = 0.6;
/** Advice that names the asker's back, in a thread that complains of it: as strong as an agreement. */
const ADVICE_STRENGTH = AGREEMENT_STRENGTH;
const ADVICE_REGION_STRENGTH = 0.6;
/**
 * How much less a reply leans on a thread whose title only names a back ("Lower back on heavy squats") than on one
 * that tells a complaint: a clear symptom ("ached after every session") still passes, a vague one or a lone "same
 * here" does not.
 */
export const NAMED_THREAD_FACTOR = 0.8;

/**
 * Pairs a reply gets from its thread (DESIGN.md "Thread context"): each symptom that found no back
 * word, or only a far-off one, that no other body part takes (takenByPart below), not a training
 * pump; and each "same here" / "I get these too". Call it only for a text read in a thread about a
 * back: a title alone never makes a reply relevant, only these words do. `complaint` is false for a
 * thread that only names a back (thread.ts), which lends less (NAMED_THREAD_FACTOR).
 */
export function threadPairs(
  context: MentionContext,
  cues: CueIndex,
  evidence: RelevanceEvidence,
  isNegated: (mention: Mention) => boolean,
  complaint = true,
): Pair[] {
  const tokens = context.tokens;
  // A body part other than the back takes a symptom in its own clause or after it in its sentence ("always my quads
  // on wall balls, cramp city"), though not one told before it ("hurts when I arch, fine touching my toes") unless
  // something is felt in the part's own clause; and every symptom of the next sentence when something is felt in it
  // ("knee pain … it was sore for days").
  const parts = hurtingParts(context);
  // A part whose symptom is denied ("my knee doesn't hurt anymore") takes nothing.
  const symptomClauses = new Set(
    context.mentions
      .filter((mention) => mention.value.cat === 'symptom' && !isNegated(mention))
      .map((mention) => tokens[mention.start]!.clause),
  );
  const takenBySentence = groupBySentence(tokens, parts);
  const complainingPartSentences = new Set(
    parts
      .filter((part) => symptomClauses.has(tokens[part.start]!.clause) || doesTheSame(tokens, part))
      .map((part) => tokens[part.start]!.sentence),
  );
  // A part named as where something goes takes no symptom of another clause: "dumbbells pulled up to my ribs, … and
  // by the last set the ache was back" (not "the outside of my knee …, and it ached": that is where it hurts).
  const onlyAPlace = (part: Mention): boolean => DESTINATION_PREPOSITIONS.has(wordBeforePart(tokens, part) ?? '');
  // A part the writer did something with, told before the symptom: "carrying it in front with both hands …, ache was
  // gone within a month" (not "pain with my knee", where the part comes after and is where it hurts).
  const usedToDoIt = (part: Mention): boolean => INSTRUMENT_PREPOSITIONS.has(wordBeforePart(tokens, part) ?? '');
  const takenByPart = (symptom: Mention): boolean => {
    const at = tokens[symptom.start]!;
    if (complainingPartSentences.has(at.sentence) || complainingPartSentences.has(at.sentence - 1)) return true;
    return (takenBySentence.get(at.sentence) ?? []).some((part) => {
      const before = part.start < symptom.start;
      if (before && usedToDoIt(part)) return false;
      return tokens[part.start]!.clause === at.clause || (before && !onlyAPlace(part));
    });
  };
  const pairs: Pair[] = [];
  // Advice, a course and a naming count only where the post tells nothing of its own. A pair inside a cause's own name is
  // that cause, not a complaint of the writer's: "weak glutes" (a glute word and "weak") in "you probably have weak glutes".
  const stories = context.mentions.filter((mention) => mention.value.cat === 'story');
  const insideAStory = (pair: Pair): boolean =>
    stories.some((story) => within(pair.symptom, story) && (!pair.region || within(pair.region, story)));
  const toldNothingOfItsOwn = !evidence.pairs.some((pair) => !pair.hypothetical && !insideAStory(pair));
  // A sentence's words, read from its bounds rather than by walking the whole post.
  const wordsIn = (sentence: number): Token[] => {
    const bounds = context.sentences[sentence]!;
    return tokens.slice(bounds.start, bounds.end).filter((token) => token.kind === 'word');
  };
  // A question that suggests ("What about flipping the stem?") is advice, not asked.
  const suggests = (sentence: number): boolean => {
    const [first, second] = wordsIn(sentence);
    return SUGGESTION_OPENERS.has(`${first?.text} ${second?.text}`);
  };
  // Another part named in the sentence ("your knee should settle", "ice the knee"): what is said is of it, not of the
  // thread's back. For a remedy, a part inside one of the sentence's remedies is the remedy's ("relax your shoulders",
  // "drop your shoulders and loosen your grip").
  const namesAnotherPart = (sentence: number, ofRemedies = false): boolean => {
    const remedies = ofRemedies ? cues.inSentence('offered_remedy', sentence) : [];
    return context.mentions.some(
      (mention) =>
        mention.value.cat === 'part' &&
        tokens[mention.start]!.sentence === sentence &&
        !remedies.some((remedy) => within(mention, remedy)),
    );
  };
  // A remedy asked as a bare question ("Ice pack?", "Some rest perhaps?") is offered, not asked about: every word is a
  // remedy's or one that may come with it.
  const bareRemedy = (sentence: number): boolean => {
    const { start, end } = context.sentences[sentence]!;
    const remedies = cues.inSentence('offered_remedy', sentence);
    for (let index = start; index < end; index++) {
      const token = tokens[index]!;
      if (token.kind !== 'word' || BARE_REMEDY_WORDS.has(token.text)) continue;
      if (!remedies.some((named) => index >= named.start && index < named.end)) return false;
    }
    return true;
  };
  // The asker told something: a "you" that is not a comparison's ("as you", "than you").
  const toldTheAsker = (sentence: number): boolean =>
    cues.inSentence('second_person', sentence).some((you) => !YOU_COMPARED.has(tokens[you.start - 1]?.text ?? ''));
  // What a lift is meant to feel like ("your lower back is supposed to burn"): no trouble of the asker's.
  const meantToFeel = (sentence: number): boolean => wordsIn(sentence).some((token) => MEANT_TO_FEEL_WORDS.has(token.text));
  // A thank-you, or the writer's own words ("I", "my"): no advice to the asker in that sentence. Where the advice names a
  // cause, the writer's view put to the asker ("I reckon your saddle is too low", "I'd say weak glutes") has an "I" that
  // is no story of their own (`viewIsAdvice`); an "I" of their own beside it still is.
  const opinions = cues.get('opinion_frame');
  const thankedOrOwn = (sentence: number, viewIsAdvice = false): boolean =>
    cues.inSentence('thanks', sentence).length > 0 ||
    cues.inSentence('first_person', sentence).some((own) => !viewIsAdvice || !opinions.some((frame) => within(own, frame)));
  // A remedy offered, not only had or named ("got a foam roller for christmas, not used it yet"): told to the asker, a
  // command that opens its clause ("rest up", "just go lighter"), the remedy itself opening its sentence with nothing
  // said of what it is ("Heat and ibuprofen for a couple of days", "gentle stretching twice a day", not "dead bugs are
  // so humbling", "got a massage gun" or "got one for xmas, a massage gun"), hedged as a suggestion, or praised ("heat
  // helps").
  const offered = (remedy: Mention): boolean => {
    const sentence = tokens[remedy.start]!.sentence;
    const clause = tokens[remedy.start]!.clause;
    const sentenceWords = wordsIn(sentence);
    const clauseWords = sentenceWords.filter((token) => token.clause === clause);
    const before = clauseWords.filter((token) => token.start < tokens[remedy.start]!.start && !COMMAND_LEADS.has(token.text));
    const opensSentence = tokens[context.sentences[sentence]!.start]?.clause === clause;
    // Said of what it is by a linking verb before it or right after it ("got a massage gun", "dead bugs are humbling"),
    // not one of a second command further on ("foam roll it out and get a lacrosse ball on it").
    const after = clauseWords.filter((token) => token.start > tokens[remedy.end - 1]!.start);
    const saidOf = [...before, ...after.slice(0, 2)].some((token) => LINKING_VERBS.has(token.text));
    // …or the clause right after a time it is named for ("When the spasm settles, sports massage").
    const [lead] = sentenceWords;
    const afterATime =
      lead !== undefined &&
      REMEDY_TIME_LEADS.has(lead.text) &&
      sentenceWords.every((token) => token.clause >= clause || token.clause === lead.clause);
    const named = (opensSentence || afterATime) && before.length <= 1 && !saidOf;
    return (
      suggests(sentence) ||
      named ||
      toldTheAsker(sentence) ||
      commandOpener(context, sentence, clause) !== undefined ||
      cues.inSentence('opinion_frame', sentence).length > 0 ||
      sentenceWords.some((token) => REMEDY_HEDGES.has(token.text) || REMEDY_PRAISE.has(token.text))
    );
  };
  // "When you stand up": the asker's time, told to them, not a condition.
  const inAskersTime = (cue: Mention): boolean => ASKERS_TIME.has(normalizedWords(tokens, cue));
  // Advice is told with "you should" and "make sure" (ADVICE_MODALS): no condition of it, though one in a writer's own
  // post ("you should feel it in your back"); "if" and "unless" still are, but not the "if" of "see if it settles".
  const howAdviceIsTold = (cue: Mention): boolean =>
    ADVICE_MODALS.has(normalizedWords(tokens, cue)) || EMBEDDED_QUESTION_LEADS.has(tokens[cue.start - 1]?.text ?? '');
  const weight = (clause: number, advice = false): { hypothetical: boolean; factor: number } => {
    const hypothetical = advice
      ? isHypotheticalClause(cues, clause, undefined, howAdviceIsTold) || cues.inClause('reported_claim', clause).length > 0
      : toldAsHypothetical(cues, clause);
    return { hypothetical, factor: (hypothetical ? HYPOTHETICAL_WEIGHT : 1) * (complaint ? 1 : NAMED_THREAD_FACTOR) };
  };
  // What the asker's trouble will do, told to them in a thread that tells it: "you'll cramp on stage otherwise", "you'll
  // just tweak it again". Their "you'll" right before the symptom is whom it is told to, not a condition ("if you go out
  // too fast you'll cramp" keeps its "if"; a question is asked, not told).
  const warnedOf = (symptom: Mention): boolean => {
    const at = tokens[symptom.start]!;
    const conditions = cues.inClause('hypothetical', at.clause);
    return (
      complaint &&
      !context.sentences[at.sentence]!.question &&
      conditions.length > 0 &&
      conditions.every(
        (cue) => TOLD_FUTURE.has(normalizedWords(tokens, cue)) && cue.end <= symptom.start && symptom.start - cue.end <= 1,
      )
    );
  };
  // Symptoms with no back word, and those whose back word is far off ("Bruised the same way, black and blue on both
  // traps"): the thread's back is nearer. The caller keeps the better of a symptom's two pairs.
  const unplaced = evidence.setAside.filter((aside) => aside.reason === 'no_back_word').map((aside) => aside.symptom);
  const loose = evidence.pairs.filter((pair) => pair.loose).map((pair) => pair.symptom);
  for (const symptom of [...unplaced, ...loose]) {
    const value = symptom.value;
    if (value.cat !== 'symptom') continue;
    const at = tokens[symptom.start]!;
    if (takenByPart(symptom)) continue;
    if (value.id === 'pump' && cues.near('positive', symptom, 3).length > 0) continue;
    // "It starts whining at 5 km", "mine's been grumbling": said of "it" or "mine", the word has its place, the thread's.
    if (SYMPTOM_WORDS_NEEDING_A_PLACE.has(normalizedWords(tokens, symptom)) && !saidOfIt(tokens, symptom)) continue;
    if (saidOfSomethingElse(context, symptom)) continue;
    if (asksTheAsker(context, cues, at.sentence)) {
      // A question about the asker's trouble in a thread that tells it ("Is the pain sharp or dull?", "Do you get it
      // at night?") is about their back, as the real sets' readers label such replies; as strong as advice, and only
      // where the post tells nothing of its own. Its "when you" is the asker's time ("Does it hurt when you breathe
      // in?"); an "if" is banter or a condition ("are you even a runner if nothing hurts?").
      const conditional = isHypotheticalClause(cues, at.clause, undefined, inAskersTime);
      if (complaint && toldNothingOfItsOwn && !isNegated(symptom) && !conditional)
        pairs.push({ region: null, symptom, score: ADVICE_STRENGTH, hypothetical: false, fromThread: true });
      continue;
    }
    const { hypothetical, factor } = warnedOf(symptom) ? { hypothetical: false, factor: 1 } : weight(at.clause);
    const score = value.strength * THREAD_CLOSENESS * factor;
    const own = evidence.pairs.find((pair) => pair.symptom === symptom);
    if (!own || score > own.score) pairs.push({ region: null, symptom, score, hypothetical, fromThread: true });
  }
  // Sympathy is no advice ("sorry to hear about your back injury"), unless the reply warns of a sign it names ("…but the
  // numbness you mentioned needs A&E tonight").
  const warnsOfASign = (): boolean =>
    context.mentions.some((mention) => mention.value.cat === 'flag') ||
    cues.get('numbness').length > 0 ||
    cues.get('screening').length > 0;
  const sympathyAlone = (sentence: number): boolean => cues.inSentence('sympathy', sentence).length > 0 && !warnsOfASign();
  // The asker's back told to them with when it comes, in a thread that tells its complaint: "they tug on your lumbar
  // spine when you stand up", "then they pull on your lumbar when you stand". The "when you" is the asker's time, not a
  // condition (an "if" keeps it one); not asked, not the writer's own.
  if (complaint) {
    for (const pair of evidence.pairs) {
      if (!pair.hypothetical || pair.fromThread || !pair.region || isNegated(pair.symptom)) continue;
      const at = tokens[pair.region.start]!;
      if (tokens[pair.region.start - 1]?.text !== 'your' || context.sentences[at.sentence]!.question) continue;
      if (cues.inSentence('first_person', at.sentence).length > 0 || asksTheAsker(context, cues, at.sentence)) continue;
      if (meantToFeel(at.sentence) || sympathyAlone(at.sentence)) continue;
      const conditions = cues.inClause('hypothetical', tokens[pair.symptom.start]!.clause);
      if (!conditions.every(inAskersTime)) continue;
      pairs.push({ region: pair.region, symptom: pair.symptom, score: ADVICE_STRENGTH, hypothetical: false, fromThread: true });
    }
  }
  // A cause of the asker's trouble told as a general truth, in a thread that tells the trouble: "worn trainers can
  // cause back pain", "tight hips will give you lower back pain". Advice about the complaint (corpus convention 5), as
  // strong as advice that names its back; only where the post tells nothing of its own, not asked, not a thank-you.
  if (complaint && toldNothingOfItsOwn) {
    for (const pair of evidence.pairs) {
      if (!pair.hypothetical || pair.fromThread || !pair.region || isNegated(pair.symptom)) continue;
      const sentence = tokens[pair.symptom.start]!.sentence;
      if (context.sentences[sentence]!.question || asksTheAsker(context, cues, sentence) || thankedOrOwn(sentence)) continue;
      if (sympathyAlone(sentence)) continue;
      // A blow's or a fall's harm told in general ("a fall from a ladder can cause back pain") is a warning, not the
      // asker's trouble read back to them; and a pain, not "problems" or "issues" (review 42f).
      if (cues.inSentence('impact', sentence).length > 0) continue;
      if (SYMPTOM_WORDS_NEEDING_A_PLACE.has(normalizedWords(tokens, pair.symptom))) continue;
      const from = Math.min(pair.region.start, pair.symptom.start);
      const causes = tokens
        .slice(Math.max(0, from - CAUSE_REACH), from)
        .some((token) => token.sentence === sentence && CAUSING_VERBS.has(token.text));
      if (causes)
        pairs.push({ region: pair.region, symptom: pair.symptom, score: ADVICE_STRENGTH, hypothetical: false, fromThread: true });
    }
  }
  // "This. Not me though, never had back trouble", "This. Luckily not had it myself": a bare "this" agrees with the
  // advice when the post denies something of its own.
  const deniedAfterAlone = (mention: Mention): boolean =>
    OPENING_AGREEMENT_ALONE.some((words) => normalizedWords(tokens, mention) === words.join(' ')) &&
    (evidence.setAside.some((aside) => aside.reason === 'negated') ||
      tokens.some((token) => token.text === 'never' || token.text === 'not'));
  for (const agreement of cues.get('agreement')) {
    if (deniedAfterAlone(agreement)) continue;
    if (
      isNegated(agreement) ||
      sameSomethingElse(context, agreement) ||
      someoneElsesAgreement(context, agreement) ||
      agreesOfAnotherPart(context, agreement) ||
      deniesTheBackAfter(context, agreement) ||
      someonesInside(context, cues, agreement)
    )
      continue;
    // "Been there before?", "Had the same?": asked of the asker, not told.
    if (asksTheAsker(context, cues, tokens[agreement.start]!.sentence)) continue;
    const { hypothetical, factor } = weight(tokens[agreement.start]!.clause);
    pairs.push({ region: null, symptom: agreement, score: AGREEMENT_STRENGTH * factor, hypothetical, fromThread: true });
  }
  // The writer's own experience in their words: "I've been fighting this for two years", "Had the same, turned out…".
  for (const experience of ownExperiences(context, cues)) {
    if (isNegated(experience) || deniedAfterAlone(experience)) continue;
    // "Same here." is one agreement, though both readings find it.
    if (pairs.some((pair) => overlaps(pair.symptom, experience))) continue;
    const { hypothetical, factor } = weight(tokens[experience.start]!.clause);
    pairs.push({ region: null, symptom: experience, score: AGREEMENT_STRENGTH * factor, hypothetical, fromThread: true });
  }
  // What worked for the writer ("stretching my hamstrings helped", "what fixed it for me") and how it goes for
  // them ("it goes away once I stop", "I only get it after an hour"): they had the problem too. Only in their
  // own words ("I", "my"), not in a thank-you, which is the asker's, and not when a remedy names something
  // else it helped ("made a big difference to my times").
  for (const remedy of [...cues.get('own_remedy'), ...cues.get('own_course')]) {
    const sentence = tokens[remedy.start]!.sentence;
    // How it went may be told in the sentence after the writer's "I" or "me": "deadlifts for me. belt back on, learned
    // to breathe into it, ache gone" (not what helped: "what helped" alone is advice as often).
    const isCourse = remedy.value.cat === 'cue' && remedy.value.id === 'own_course';
    const own =
      cues.inSentence('first_person', sentence).length > 0 ||
      (isCourse && sentence > 0 && cues.inSentence('first_person', sentence - 1).length > 0);
    if (!own || cues.inSentence('thanks', sentence).length > 0) continue;
    if (remedy.value.cat === 'cue' && remedy.value.id === 'own_remedy' && helpedSomethingElse(context, remedy)) continue;
    const { hypothetical, factor } = weight(tokens[remedy.start]!.clause);
    pairs.push({ region: null, symptom: remedy, score: AGREEMENT_STRENGTH * factor, hypothetical, fromThread: true });
  }
  // Advice to the asker about the back the thread complains of ("your erectors are holding your torso up the entire
  // climb", "that's your lower back doing all the holding"): a post about someone's back pain, as the corpus labels it
  // (corpus README). Not a question put to the asker, and not a thank-you; only where the post tells nothing of its own.
  if (complaint && toldNothingOfItsOwn && pairs.length === 0) {
    for (const region of context.mentions) {
      // Only a word that is surely the back ("glutes" alone is as often the hips' own).
      if (region.value.cat !== 'region' || region.value.strength < ADVICE_REGION_STRENGTH || isNegated(region)) continue;
      if (evidence.pairs.some((pair) => pair.region === region)) continue;
      const sentence = tokens[region.start]!.sentence;
      // Told to get the back better or seen to ("rest up and get the back sorted before race day", "get your back looked
      // at"): advice on it with or without a "you", and its "get" is no form cue.
      const toRecover =
        BACK_RECOVERY_WORDS.has(tokens[region.end]?.text ?? '') && BACK_RECOVERY_VERBS.has(tokens[region.start - 2]?.text ?? '');
      // Not "I want that feeling where your lats are so pumped": a generic "you" in the writer's own sentence.
      if ((cues.inSentence('second_person', sentence).length === 0 && !toRecover) || thankedOrOwn(sentence)) continue;
      if (sympathyAlone(sentence)) continue;
      if (asksTheAsker(context, cues, sentence)) continue;
      if (toRecover ? toldAgainstIt(context, cues, region) : notAdviceOnIt(context, cues, region)) continue;
      const { hypothetical, factor } = weight(tokens[region.start]!.clause, true);
      pairs.push({ region, symptom: region, score: ADVICE_STRENGTH * factor, hypothetical, fromThread: true });
    }
  }
  // The asker's trouble named back to them, a sentence that is only the name (lexicon/stories.ts) and what names it:
  // "That's butt wink.", "Sounds like a disc to me.", "Classic desk posture." Not the name as the subject of talk about
  // it ("butt wink is massively overblown"), not a bare remedy ("couch stretch."), not asked, and only where the post
  // tells nothing of its own.
  if (complaint && toldNothingOfItsOwn && pairs.length === 0) {
    for (const story of context.mentions) {
      if (story.value.cat !== 'story' || isNegated(story)) continue;
      const sentence = context.sentences[tokens[story.start]!.sentence]!;
      if (sentence.question) continue;
      const words = (from: number, to: number) => tokens.slice(from, to).filter((token) => token.kind !== 'punct');
      const leads = words(sentence.start, story.start);
      if (!leads.every((token) => NAMING_LEADS.has(token.text))) continue;
      // Named as what it is ("that's", "sounds like"), not a remedy or a habit alone ("couch stretch.", "every day.").
      if (!leads.some((token) => NAMING_VERBS.has(token.text))) continue;
      // What may follow: a tail ("mate", "to me"), or the back it is in ("rounding of the back", "adhesions in the QL").
      const inARegion = (at: number): boolean =>
        context.mentions.some((region) => region.value.cat === 'region' && region.start <= at && at < region.end);
      const tail = range(story.end, sentence.end).filter((at) => tokens[at]!.kind !== 'punct');
      const placed = tail.some(inARegion) && tail.every((at) => NAMING_PLACE_LINKS.has(tokens[at]!.text) || inARegion(at));
      if (!placed && !tail.every((at) => NAMING_TAILS.has(tokens[at]!.text))) continue;
      pairs.push({ region: null, symptom: story, score: ADVICE_STRENGTH, hypothetical: false, fromThread: true });
      break;
    }
  }
  // Advice that names a cause of the asker's trouble, told to them in a thread that tells it: "Try stretching out your
  // hip flexors", "You probably need more core strength", "Get a bike fit". A post about someone's back pain, as the
  // corpus README labels it and as dev2 and all three rounds' real readers label such replies (README, "Accuracy"). The
  // cause must be named (lexicon/stories.ts): a remedy alone ("Try a massage", "heat and ibuprofen") is not one.
  // Not asked, not a thank-you, not the writer's own sentence, and only where the post tells nothing of its own.
  if (complaint && toldNothingOfItsOwn && pairs.length === 0) {
    for (const story of context.mentions) {
      if (story.value.cat !== 'story' || isNegated(story)) continue;
      const at = tokens[story.start]!.sentence;
      const opener = wordsIn(at)[0];
      const suggested = suggests(at);
      // A cause put to the asker as a question is the replier's guess at it, as the real sets' readers label such
      // replies: asked as yes or no, or how ("Are your trainers worn flat?", "How old are your shoes?", "What's your
      // bike fit like?"), not which gear ("Which belt do you use?", "What shoes are you in?"), asked for the replier's
      // own sake.
      const askedCause =
        context.sentences[at]!.question &&
        toldTheAsker(at) &&
        ASKED_CAUSE_OPENERS.has(wordsIn(at).find((token) => !COMMAND_LEADS.has(token.text))?.text ?? '');
      if ((context.sentences[at]!.question && !suggested && !askedCause) || thankedOrOwn(at, true)) continue;
      const adviceVerb = ADVICE_OPENERS.has(opener?.text ?? '') ? opener : undefined;
      // Or put as the writer's view: "I'd say weak glutes are to blame".
      const viewed = cues.inSentence('opinion_frame', at).length > 0;
      if (!(toldTheAsker(at) || suggested || adviceVerb || viewed)) continue;
      if (!suggested && !askedCause && asksTheAsker(context, cues, at)) continue;
      // A form instruction: a cue verb at or before the story in its clause ("squeeze your shoulder blades together",
      // "get tight, brace, then pull"), not the advice's own opening verb ("get a bike fit").
      const clause = tokens[story.start]!.clause;
      const formCue = (cue: Mention): boolean => cue.start <= story.start && tokens[cue.start] !== adviceVerb;
      if (cues.inClause('cue_verb', clause).some(formCue)) continue;
      if (toldAgainstIt(context, cues, story)) continue;
      if (meantToFeel(at)) continue;
      pairs.push({ region: null, symptom: story, score: ADVICE_STRENGTH, hypothetical: false, fromThread: true });
      break;
    }
  }
  // How the asker's trouble will go, told to them ("it'll probably settle", "you'll be fine in 2-3 days", "fades in a
  // week"): advice about the complaint the thread tells, as strong as advice that names its back. Not asked ("will it
  // settle?"), not a thank-you, and only where the post tells nothing of its own.
  if (complaint && toldNothingOfItsOwn) {
    for (const course of cues.get('told_course')) {
      const sentence = tokens[course.start]!.sentence;
      if (isNegated(course) || context.sentences[sentence]!.question) continue;
      if (cues.inSentence('thanks', sentence).length > 0 || asksTheAsker(context, cues, sentence)) continue;
      // Said of another part: "your knee should settle in a couple of weeks".
      if (namesAnotherPart(sentence)) continue;
      // The course's own "you'll" is whom it is told to, not a condition: "you'll be fine in 2-3 days".
      const clause = tokens[course.start]!.clause;
      const hypothetical = isHypotheticalClause(cues, clause, course) || cues.inClause('reported_claim', clause).length > 0;
      const factor = hypothetical ? HYPOTHETICAL_WEIGHT : 1;
      pairs.push({ region: null, symptom: course, score: ADVICE_STRENGTH * factor, hypothetical, fromThread: true });
    }
  }
  // What sets off the asker's trouble, asked of them ("Does anything stir it up?", "what makes it worse?"): a question
  // about the complaint the thread tells, as the real sets' readers label such replies (round 55). Not a thank-you, not
  // said of another part, and only where the post tells nothing of its own.
  if (complaint && toldNothingOfItsOwn && pairs.length === 0) {
    for (const asked of cues.get('asked_aggravator')) {
      const sentence = tokens[asked.start]!.sentence;
      if (!context.sentences[sentence]!.question || isNegated(asked)) continue;
      if (thankedOrOwn(sentence) || namesAnotherPart(sentence)) continue;
      pairs.push({ region: null, symptom: asked, score: ADVICE_STRENGTH, hypothetical: false, fromThread: true });
      break;
    }
  }
  // What to do for the asker's trouble, offered to them ("Rest and ice are your friends", "cut your mileage in half",
  // "raise the bars"): advice about the complaint the thread tells, as every round's real readers label it (README,
  // "Accuracy"). Not asked, not a thank-you, not scorned ("stretching is overrated"), not said of another part ("ice the
  // knee"), and only where nothing else has badged the post: a weak word of the post's own ("careful with back issues")
  // or a hedged one leaves it unread. And not where the writer tells their own trouble of another part ("my knees
  // stopped aching"), which the remedy is as likely for (not "if hamstrings are tight, drop the saddle").
  const ownPartTrouble = [...complainingPartSentences].some((at) => cues.inSentence('first_person', at).length > 0);
  if (complaint && !ownPartTrouble && !isRelevant(relevanceScore([...evidence.pairs, ...pairs]))) {
    for (const remedy of cues.get('offered_remedy')) {
      const sentence = tokens[remedy.start]!.sentence;
      // A suggestion's "not" denies nothing: "Why not walk it off?", "How about not running for a week?".
      if (isNegated(remedy) && !suggests(sentence)) continue;
      if (cues.inSentence('thanks', sentence).length > 0 || wordsIn(sentence).some((token) => REMEDY_SCORN.has(token.text)))
        continue;
      const asked = context.sentences[sentence]!.question || asksTheAsker(context, cues, sentence);
      if (asked && !suggests(sentence) && !bareRemedy(sentence)) continue;
      if (namesAnotherPart(sentence, true)) continue;
      // What a lift is meant to feel like ("your lower back is supposed to burn on hyperextensions") is no trouble's remedy.
      if (meantToFeel(sentence)) continue;
      // What it did for something else ("foam rolling did wonders for my race times", "the best thing I've done for my
      // lifting", "pilates improved my golf swing"), or no remedy ("stretching the limits", "ice cream").
      if (cues.inSentence('own_remedy', sentence).some((cue) => helpedSomethingElse(context, cue))) continue;
      if (goodForSomethingElse(context, sentence)) continue;
      if (otherSense(tokens, remedy)) continue;
      if (!offered(remedy)) continue;
      const { hypothetical, factor } = weight(tokens[remedy.start]!.clause, true);
      pairs.push({ region: null, symptom: remedy, score: ADVICE_STRENGTH * factor, hypothetical, fromThread: true });
      break;
    }
  }
  return pairs;
}

/**
 * Whether a back word in advice is not advice about the back's trouble: a form instruction ("squeeze your shoulder
 * blades together", "keep your back straight", a cue verb before it in its clause), a yardstick ("relative to your
 * back"), a bare "back" that is no body, a back said to be fine, or what not to do to it.
 */
function notAdviceOnIt(context: MentionContext, cues: CueIndex, region: Mention): boolean {
  const clause = context.tokens[region.start]!.clause;
  if (toldAgainstIt(context, cues, region)) return true;
  // A cue given to keep the asker from what hurts the back is advice on its cause: "set up flatter so you don't arch
  // your lower back".
  if (toldNotTo(context.tokens, region, true)) return false;
  return cues.inClause('cue_verb', clause).some((cue) => cue.end <= region.start);
}

/**
 * Whether a "don't" comes before a back in its clause, followed by what hurts a back ("don't arch your back",
 * `causeMove`) or by anything else ("don't foam roll your lumbar spine"). A clause's tokens are contiguous, so the
 * walk stops where the clause does.
 */
function toldNotTo(tokens: readonly Token[], region: Mention, causeMove: boolean): boolean {
  const clause = tokens[region.start]!.clause;
  for (let at = region.start - 1; at >= 0 && tokens[at]!.clause === clause; at--) {
    if (DONT_WORDS.has(tokens[at]!.text) && CAUSE_MOVES.has(tokens[at + 1]?.text ?? '') === causeMove) return true;
  }
  return false;
}

/**
 * Whether advice about a back, or a cause of its trouble, is told against it: a yardstick ("relative to your back"), a
 * bare "back" that is no body, a back said to be fine, or what not to do to it.
 */
function toldAgainstIt(context: MentionContext, cues: CueIndex, region: Mention): boolean {
  const tokens = context.tokens;
  const clause = tokens[region.start]!.clause;
  if (tokens.slice(Math.max(0, region.start - 3), region.start).some((token) => YARDSTICK_WORDS.has(token.text))) return true;
  // A bare "back" with no word making it the body ("builds it back gradually") is no back at all here.
  const before = tokens[region.start - 1];
  if (region.end - region.start === 1 && tokens[region.start]!.text === 'back' && !BARE_BACK_MODIFIERS.has(before?.text ?? ''))
    return true;
  // Said to be fine ("my back's fine, just pointing it out"), or told what not to do to it ("don't foam roll your
  // lumbar spine directly"); not told what hurts it ("don't arch your back so hard"), which names the asker's cause.
  if (cues.inClause('said_fine', clause).length > 0) return true;
  return toldNotTo(tokens, region, false);
}

/**
 * Whether a clause tells advice, a general statement, someone's warning ("half my gym says running will wreck my
 * back") or sympathy with the asker ("so sorry about your back") rather than the writer's own case. The warning counts though it says "my": relevance only, since a
 * warning sign a doctor said "could" be there is for flag-context.ts to weigh.
 */
function toldAsHypothetical(cues: CueIndex, clause: number): boolean {
  return (
    isHypotheticalClause(cues, clause) ||
    cues.inClause('reported_claim', clause).length > 0 ||
    cues.inClause('sympathy', clause).length > 0
  );
}

/** Words between a body part and "same" that still make the part the one doing the same ("my knee does the same"). */
const SAME_REACH = 3;

/** Whether a body part is said to do what the thread tells, in its own clause: "not back but my knee does the same". */
function doesTheSame(tokens: readonly Token[], part: Mention): boolean {
  const clause = tokens[part.start]!.clause;
  for (let at = part.end; at < Math.min(tokens.length, part.end + SAME_REACH); at++) {
    if (tokens[at]!.clause !== clause) return false;
    // Not "the legs and hips at the same time": that is when, not what.
    if (tokens[at]!.text === 'same') return !SAME_WHEN.has(tokens[at + 1]?.text ?? '');
  }
  return false;
}

/**
 * Whether "it" or "mine" is the symptom's subject, with only helper verbs between ("it starts whining", "mine's been
 * grumbling"; not "it's the kids whining").
 */
function saidOfIt(tokens: readonly Token[], symptom: Mention): boolean {
  const clause = tokens[symptom.start]!.clause;
  for (let i = symptom.start - 1; i >= Math.max(0, symptom.start - 4) && tokens[i]!.clause === clause; i--) {
    const word = tokens[i]!.text;
    if (PRONOUNS.has(word)) return true;
    if (!LINKING_AUXILIARIES.has(word) && !LINKING_VERBS.has(word) && !LINKING_FILLERS.has(word) && !ONGOING_VERBS.has(word))
      return false;
  }
  return false;
}

/**
 * Whether a symptom word with no back word is said of something the reply names (lexicon/thread.ts): the
 * subject before a linking verb ("the thread is locked", "my coach is killing me", "typing is a pain"), or
 * the forum section it names ("the injuries subforum"). A subject that is itself a mention (a symptom, a
 * lift: "the cramp is killing me", "deadlifts are killing me") or refers back ("it's killing me") keeps it.
 */
function saidOfSomethingElse(context: MentionContext, symptom: Mention): boolean {
  const tokens = context.tokens;
  const clause = tokens[symptom.start]!.clause;
  if (namesForumPlace(context, symptom)) return true;
  let at = symptom.start;
  // The linking verb may open the symptom phrase itself ("is locked").
  if (!LINKING_VERBS.has(tokens[at]!.text)) {
    at--;
    while (at >= 0 && tokens[at]!.clause === clause && LINKING_FILLERS.has(tokens[at]!.text)) at--;
    if (at < 0 || tokens[at]!.clause !== clause || !LINKING_VERBS.has(tokens[at]!.text)) return false;
  }
  // "That sounds painful": the writer's sympathy with someone else's problem, whoever the subject is.
  if (SECONDHAND_VERBS.has(tokens[at]!.text)) return true;
  let subjectAt = at - 1;
  // "mine's been a dull ache", "it has been tight": the subject is before the helpers.
  while (subjectAt > 0 && tokens[subjectAt]!.clause === clause && LINKING_AUXILIARIES.has(tokens[subjectAt]!.text)) subjectAt--;
  // "The old thread on this is locked": the pronoun belongs to a preposition; the subject is before it.
  if (REFERRING_SUBJECTS.has(tokens[subjectAt]?.text ?? '') && PREPOSITIONS.has(tokens[subjectAt - 1]?.text ?? ''))
    subjectAt -= 2;
  const subject = tokens[subjectAt];
  if (!subject || subject.clause !== clause || subject.kind !== 'word' || REFERRING_SUBJECTS.has(subject.text)) return false;
  if (context.mentions.some((mention) => mention.start <= subjectAt && mention.end > subjectAt && mention.value.cat !== 'cue'))
    return false;
  // A movement as the subject is the writer's body moving: "getting out of the car is a pain", "tying my shoes is agony".
  for (let i = subjectAt; i >= Math.max(0, subjectAt - SUBJECT_WORDS) && tokens[i]!.clause === clause; i--) {
    if (SUBJECT_BOUNDARIES.has(tokens[i]!.text)) break;
    if (isGerund(tokens[i]!.text)) return false;
  }
  return true;
}

/** Whether the symptom word names a section of the forum, alone or with another ("the pain and injury board"). */
function namesForumPlace(context: MentionContext, symptom: Mention): boolean {
  const tokens = context.tokens;
  const clause = tokens[symptom.start]!.clause;
  for (let i = symptom.end; i < Math.min(tokens.length, symptom.end + 3) && tokens[i]!.clause === clause; i++) {
    if (FORUM_PLACES.has(tokens[i]!.text)) return true;
    const joinsAnother =
      COORDINATORS.has(tokens[i]!.text) || context.mentions.some((m) => m.start <= i && m.end > i && m.value.cat === 'symptom');
    if (!joinsAnother) return false;
  }
  return false;
}

/** Words of a subject looked at for a movement, back from the linking verb. */
const SUBJECT_WORDS = 4;

/**
 * Spans where the writer tells of having the thread's problem (lexicon/thread.ts EXPERIENCE_VERBS): a verb
 * of having it, a few fillers, then a word pointing back at the problem and a word that shows it stands
 * alone ("this for years", "it after runs", "the same, turned out"). The clause says "I"/"my", or the verb
 * opens the sentence; never with "you" in the clause ("have you had this?").
 */
function ownExperiences(context: MentionContext, cues: CueIndex): Mention[] {
  const tokens = context.tokens;
  const found: Mention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const verb = tokens[at]!;
    if (verb.kind !== 'word' || !EXPERIENCE_VERBS.has(verb.text)) continue;
    let pointer = at + 1;
    while (pointer < tokens.length && pointer - at <= 3 && EXPERIENCE_FILLERS.has(tokens[pointer]!.text)) pointer++;
    const anaphor = tokens[pointer];
    if (!anaphor || anaphor.clause !== verb.clause || !ANAPHORS.has(anaphor.text)) continue;
    // "this exact (same) problem": the problem word comes after the qualifiers ("this exact bar" is about a bar).
    let after = pointer + 1;
    if (DEMONSTRATIVES.has(anaphor.text)) while (after - pointer <= 2 && QUALIFIERS.has(tokens[after]?.text ?? '')) after++;
    const qualified = after > pointer + 1;
    const next = tokens[after];
    const standsAlone =
      !next || next.kind === 'punct' || next.sentence !== anaphor.sentence
        ? anaphor.text !== 'it' && !qualified
        : anaphor.text === 'same' || anaphor.text === 'similar'
          ? SAME_FOLLOWERS.has(next.text)
          : PROBLEM_NOUNS.has(next.text) || (!qualified && ANAPHOR_FOLLOWERS.has(next.text));
    if (!standsAlone) continue;
    if (cues.inSentence('second_person', verb.sentence).some((you) => tokens[you.start]!.clause === verb.clause)) continue;
    const byWriter =
      cues.inSentence('first_person', verb.sentence).some((me) => tokens[me.start]!.clause === verb.clause) ||
      opensSentence(tokens, at);
    if (byWriter) found.push({ start: at, end: pointer + 1, value: { cat: 'cue', id: 'agreement' } });
  }
  // A sentence that opens with "same", "me" or "been there": "Seriously same, it ruins my long run", "Me every
  // Saturday lol", "Been there." Not a question: "been there?" asks.
  for (let at = 0; at < tokens.length; at++) {
    const opens = (words: readonly string[]) => words.every((word, i) => tokens[at + i]?.text === word);
    const phrase = OPENING_AGREEMENT.find(opens) ?? OPENING_AGREEMENT_ALONE.find(opens);
    if (!phrase || !opensSentence(tokens, at)) continue;
    const sentence = tokens[at]!.sentence;
    const end = at + phrase.length;
    const next = tokens[end];
    const standsAlone = !next || next.kind === 'punct' || next.sentence !== sentence;
    const alone = OPENING_AGREEMENT_ALONE.includes(phrase);
    const agrees = standsAlone || (!alone && (OPENING_AGREEMENT_FOLLOWERS.has(next.text) || agreesWithWhen(context, cues, end)));
    const followsThread = tokens.some((token) => token.sentence === sentence && FOLLOWING_THREAD.has(token.text));
    // "same, I love the long run on Saturdays": what the writer likes, not the thread's problem.
    const likes = cues.inSentence('liking', sentence).length > 0;
    if (agrees && !followsThread && !likes && !context.sentences[sentence]!.question)
      found.push({ start: at, end, value: { cat: 'cue', id: 'agreement' } });
  }
  return found;
}

/**
 * Whether an opening "same" / "me" goes on to say when or where the thread's problem comes for the writer: "yeah same
 * after about 8k", "yep same at anything over 10% incline", "literally me on the last rep", "same but my shoes had 600
 * miles on them". Not when the clause goes on to something the writer does or likes: "yeah same after work I train",
 * "yep same with the new Pegasus, love them", "same but it never hurts".
 */
function agreesWithWhen(context: MentionContext, cues: CueIndex, at: number): boolean {
  const tokens = context.tokens;
  const word = tokens[at]!;
  if (!SAME_CIRCUMSTANCES.has(word.text)) return false;
  // "same with the new Cloudmonsters, really like them", "me on Sunday long runs, nothing beats it".
  if (cues.inSentence('positive', word.sentence).length > 0 || cues.inSentence('liking', word.sentence).length > 0) return false;
  const clauseEnd = clauseEndFrom(tokens, at);
  // After "when", "if" or "once" comes a clause of its own ("when I push the pace"); after "after work" or "with my
  // mates", a new "I" starts what the writer does.
  const opensClause = CLAUSE_OPENING_CIRCUMSTANCES.has(word.text);
  // "yeah same when I was in college": a time of the writer's life, not of the problem.
  if (word.text === 'when' && tokens[at + 1]?.text === 'i' && tokens[at + 2]?.text === 'was') {
    if (LIFE_STAGE_OPENERS.has(tokens[at + 3]?.text ?? '')) return false;
  }
  for (let i = at + 1; i < clauseEnd; i++) {
    const text = tokens[i]!.text;
    if (!opensClause && (text === 'i' || text === "i'm")) return false;
  }
  // "same with my mates", "same with the lads at my gym, all of them get it": theirs, not the writer's.
  if (cues.inSentence('relative', word.sentence).some((cue) => cue.start > at)) return false;
  for (let i = at + 1; i < tokens.length && tokens[i]!.sentence === word.sentence; i++)
    if (GROUPS.has(tokens[i]!.text) || PEOPLE_WHO_ANNOY.has(tokens[i]!.text)) return false;
  // "same but for me it's my calves": another part's.
  if (
    word.text === 'but' &&
    context.mentions.some(
      (mention) => mention.value.cat === 'part' && mention.start > at && tokens[mention.start]!.sentence === word.sentence,
    )
  )
    return false;
  // "same but never in my back": a denial after the "but" takes the agreement back.
  return !(
    word.text === 'but' && cues.inSentence('negator', word.sentence).some((cue) => cue.start > at && cue.start < clauseEnd)
  );
}

/** The end (exclusive) of the clause a token is in: up to the next punctuation of its sentence. */
function clauseEndFrom(tokens: readonly Token[], at: number): number {
  let end = at + 1;
  while (end < tokens.length && tokens[end]!.sentence === tokens[at]!.sentence && tokens[end]!.kind !== 'punct') end++;
  return end;
}

/**
 * Whether only openers ("still", "yep", a comma) come before this token in its sentence, and the
 * sentence is one: a line broken mid-sentence ("For\nme, I live…", hard-wrapped mail-style posts) opens none.
 */
function opensSentence(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  let i = at - 1;
  for (; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    // Who is speaking, said first: "49 here, same story", "masters runner here, same problem", "6'4 and 110kg here".
    if (tokens[i]!.text === 'here' && speakerFirst(tokens, i)) break;
    if (tokens[i]!.kind !== 'punct' && !SENTENCE_OPENERS.has(tokens[i]!.text)) return false;
  }
  if (tokens[i]?.sentence === sentence) return true;
  return !(tokens[i]?.text === '\n' && tokens[i - 1]?.kind === 'word');
}

/** Words a speaker may say of themselves before "here" at a sentence's start ("38 yo lifter here"). */
const SPEAKER_WORDS = 5;

/** Whether the "here" at `at` ends a sentence-opening "<who> here" of at most SPEAKER_WORDS words, no "I" or "you" in it. */
function speakerFirst(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  let words = 0;
  for (let i = at - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    if (tokens[i]!.kind !== 'punct') words++;
    if (words > SPEAKER_WORDS || SPEAKER_BLOCKERS.has(tokens[i]!.text)) return false;
  }
  return words > 0;
}

function normalizedWords(tokens: readonly Token[], mention: Mention): string {
  let words = tokens[mention.start]!.text;
  for (let i = mention.start + 1; i < mention.end; i++) words += ` ${tokens[i]!.text}`;
  return words;
}

/**
 * Whether an agreement that ends in "the same" / "similar" or in "this" / "that" goes on to name something
 * other than the thread's problem in its clause: "I have the same cat" (SAME_FOLLOWERS), "I had this exact
 * bar", "I have this app", "I get that you are worried" (ANAPHOR_FOLLOWERS). "This exact problem" still agrees.
 */
function sameSomethingElse(context: MentionContext, agreement: Mention): boolean {
  const tokens = context.tokens;
  const last = tokens[agreement.end - 1]!;
  const same = last.text === 'same' || last.text === 'similar';
  const demonstrative = DEMONSTRATIVES.has(last.text);
  if (!same && !demonstrative) return false;
  let at = agreement.end;
  // "this exact problem", "that very thing": the problem word comes one later.
  const qualified = demonstrative && QUALIFIERS.has(tokens[at]?.text ?? '');
  if (qualified) at++;
  const next = tokens[at];
  if (!next || next.clause !== last.clause || next.kind !== 'word') return false;
  // "at 16 I had exactly this from jerks": what the writer had came from something. Only after a "had": "I get this
  // from my coach all the time" and "got exactly this from Amazon" were handed to the writer, not felt.
  if (next.text === 'from' && tokens.slice(agreement.start, agreement.end).some((token) => HAD_WORDS.has(token.text)))
    return false;
  if (same || qualified ? SAME_FOLLOWERS.has(next.text) : ANAPHOR_FOLLOWERS.has(next.text) || PROBLEM_NOUNS.has(next.text))
    return false;
  if (next.text === 'a' && TIME_AFTER_A.has(tokens[at + 1]?.text ?? '')) return false;
  // "had something a lot like this back in March": when, not a back.
  if (next.text === 'back' && BACK_IN_TIME.has(tokens[at + 1]?.text ?? '')) return false;
  // "the same lower back thing", "the same cramps": what follows is a back word or a symptom.
  return !context.mentions.some((mention) => mention.start === at && PROBLEM_WORDS.has(mention.value.cat));
}

/**
 * Whether an agreement told without its subject ("had exactly this at Chicago") has someone else's, or something
 * else's, right before it: "you had exactly this last year?", "he got exactly that", "my calves haven't cramped since".
 */
function someoneElsesAgreement(context: MentionContext, agreement: Mention): boolean {
  const tokens = context.tokens;
  const before = tokens[agreement.start - 1];
  if (before === undefined || before.clause !== tokens[agreement.start]!.clause) return false;
  // A body part other than the back as the subject is that part's: "my calves haven't cramped since"; a person's is
  // theirs ("my wife had the same", "my boss does this to me").
  return (
    OTHER_SUBJECTS.has(before.text) ||
    PEOPLE_WHO_DO_IT.has(before.text) ||
    context.mentions.some((mention) => mention.end === agreement.start && mention.value.cat === 'part')
  );
}

/**
 * Whether an agreement says right after it that it was another part's: "had something similar with my knee", "had
 * something like that in my hamstrings", "same boat but with my knees".
 */
function agreesOfAnotherPart(context: MentionContext, agreement: Mention): boolean {
  const tokens = context.tokens;
  const clause = tokens[agreement.start]!.clause;
  return context.mentions.some(
    (mention) =>
      mention.value.cat === 'part' &&
      mention.start >= agreement.end &&
      mention.start - agreement.end <= ANOTHER_PART_REACH &&
      // "…but with my knees on squats": the part told after a "but" right after the agreement is still its own.
      (tokens[mention.start]!.clause === clause ||
        (tokens.slice(agreement.end, mention.start).some((token) => token.text === 'but') &&
          tokens[mention.start]!.sentence === tokens[agreement.start]!.sentence)) &&
      tokens
        .slice(agreement.end, mention.start)
        // The posture's verb may end the agreement itself: "mine was from leaning on my right elbow".
        .some((token, i) => PART_PREPOSITIONS.has(token.text) && !POSTURE_VERBS.has(tokens[agreement.end + i - 1]?.text ?? '')) &&
      // "went away with hip work", "better with glute med work": the work that fixed it, not another part that hurt.
      !REMEDY_AFTER_PART.has(tokens[mention.end]?.text ?? ''),
  );
}

/**
 * Whether an agreement names whose it was inside it: "sounds like my brother's story" (not "bro same", which only
 * addresses the reader).
 */
function someonesInside(context: MentionContext, cues: CueIndex, agreement: Mention): boolean {
  return cues
    .get('relative')
    .some(
      (person) =>
        agreement.start < person.start && person.end <= agreement.end && POSSESSIVES.has(context.tokens[person.start - 1]!.text),
    );
}

/**
 * Whether the sentence goes on to say it was not the back: "had something like that, not back tho, my hamstrings",
 * "…but not my back" (not "never once had my back quit on me", which denies another time).
 */
function deniesTheBackAfter(context: MentionContext, agreement: Mention): boolean {
  const tokens = context.tokens;
  const sentence = tokens[agreement.start]!.sentence;
  return context.mentions.some((mention) => {
    if (mention.value.cat !== 'region' || mention.start < agreement.end) return false;
    const at = tokens[mention.start]!.sentence;
    // "…but mine went to my knee, IT band lit up. back was fine": the back said to be fine just after.
    if ((at === sentence || at === sentence + 1) && saidFineAfter(tokens, mention)) return true;
    if (at !== sentence) return false;
    const before = tokens[mention.start - 1]?.text;
    return before === 'not' || (POSSESSIVES.has(before ?? '') && tokens[mention.start - 2]?.text === 'not');
  });
}

/** Whether a back word is said to be fine right after it: "back was fine", "my back's been fine". */
function saidFineAfter(tokens: readonly Token[], region: Mention): boolean {
  let at = region.end;
  while (at < region.end + 2 && BE_WORDS.has(tokens[at]?.text ?? '')) at++;
  return at > region.end && FINE_WORDS.has(tokens[at]?.text ?? '');
}

/** Words from an agreement to the part it was of ("…with my knee"). */
const ANOTHER_PART_REACH = 4;

/** Mentions that name the problem itself when they follow "the same" or "this". */
const PROBLEM_WORDS = new Set<LexiconValue['cat']>(['region', 'part', 'symptom', 'condition']);

/**
 * Whether the words right after a remedy name what it helped, and that is not the back: "…made a big
 * difference to my times" is about running times; "…helped my lower back" names the back, and "…helped." or
 * "…helped me" leave the thread's problem as the thing helped.
 */
function helpedSomethingElse(context: MentionContext, remedy: Mention): boolean {
  const tokens = context.tokens;
  const clause = tokens[remedy.start]!.clause;
  for (let i = remedy.end; i < Math.min(tokens.length, remedy.end + 3); i++) {
    if (tokens[i]!.clause !== clause) return false;
    if (!HELPED_OBJECT.has(tokens[i]!.text)) continue;
    return !backNamedAfter(context, i);
  }
  return false;
}

/** Whether a back (a region or a back condition) is named within three words after `at`: "helped my lower back". */
function backNamedAfter(context: MentionContext, at: number): boolean {
  return context.mentions.some(
    (mention) =>
      mention.start > at && mention.start <= at + 3 && (mention.value.cat === 'region' || mention.value.cat === 'condition'),
  );
}

/**
 * Whether a sentence says what something is good for or did, and that is not a back ("the best thing I've done for my
 * lifting", "great for your running form", "pilates improved my golf swing", "made me a better swimmer"; not "great
 * for your lower back", "fixed my back").
 */
function goodForSomethingElse(context: MentionContext, sentence: number): boolean {
  const tokens = context.tokens;
  const { start, end } = context.sentences[sentence]!;
  return range(start, end).some((at) => {
    const word = tokens[at]!.text;
    const object = tokens[at + 1]?.text ?? '';
    const forIt = word === 'for' && HELPED_OBJECT.has(object);
    const didIt = IMPROVING_VERBS.has(word) && (HELPED_OBJECT.has(object) || object === 'me');
    return (forIt || didIt) && !backNamedAfter(context, at + 1);
  });
}

/** Whether a remedy's words are no remedy here, by what follows them ("ice cream", "days off the forum"). */
function otherSense(tokens: readonly Token[], remedy: Mention): boolean {
  let at = remedy.end;
  while (at < remedy.end + 2 && REMEDY_OTHER_SENSE_LINKS.has(tokens[at]?.text ?? '')) at++;
  return REMEDY_OTHER_SENSES.has(tokens[at]?.text ?? '');
}

function groupBySentence(tokens: readonly Token[], mentions: readonly Mention[]): Map<number, Mention[]> {
  const groups = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const sentence = tokens[mention.start]!.sentence;
    const list = groups.get(sentence);
    if (list) list.push(mention);
    else groups.set(sentence, [mention]);
  }
  return groups;
}

/** Noisy-OR of the best three pairs, in 0..1, rounded to two decimals. */
export function relevanceScore(pairs: readonly Pair[]): number {
  const best = pairs
    .map((pair) => pair.score)
    .sort((a, b) => b - a)
    .slice(0, 3);
  const miss = best.reduce((product, score) => product * (1 - Math.min(1, score)), 1);
  return Math.round((1 - miss) * 100) / 100;
}

export function isRelevant(score: number, threshold: number = RELEVANCE_THRESHOLD): boolean {
  return score >= threshold;
}

/** The whole numbers from `from` up to, not including, `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
