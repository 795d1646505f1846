/**
 * A second reading of a post for emergency signs: a logistic model over the post's words and word pairs,
 * fitted to helper-written red-flag lists (scripts/fit-emergency-model.ts), consulted only when the
 * wording rules (redflags.ts) found no emergency.
 *
 * Why a model beside the rules: each new list's emergencies are told in wordings no earlier list had, so rules fixed
 * by class caught 0.51–0.69 of a new list's emergencies on first reading, round after round (README "Accuracy").
 * Words that go with emergencies (what wiping feels like, "both", "gone numb", "crushing") generalise across wordings
 * where phrase rules do not. On the two lists written for round 11 and read once, rules alone caught 23 and 31 of 45
 * emergencies, rules and model 38 and 38, with no more false alarms among 55 look-alikes (4 and 3). Fitted without
 * each earlier list in turn, the model alone caught 529 of their 795 emergencies and raised 3 of 1,005 other posts
 * (`npm run fit-emergency-model -- --cv`).
 *
 * Two limits keep it from alarming on ordinary posts:
 * - It speaks only where the post names what an emergency is about (EMERGENCY_ANCHORS): the saddle area,
 *   both legs, the chest or what goes with a heart under strain (a left arm gone heavy, an aching jaw, breathlessness
 *   out of proportion), the toilet, the urine, or a blow or a fall. A long worried post about a sore back names none:
 *   on the corpora's tune split, three real posts that name none of them (a night of spasms, a shin, a comeback run)
 *   read as emergencies to the model alone, which is why it never speaks without an anchor.
 * - What the rules say of the sign itself still holds: an anchor denied, someone else's, feared, past, said to be
 *   fine, or told with an everyday cause (a long ride, leg day) does not count (anchoredFlags).
 * With it, the dev corpora (325 posts without an emergency) and cause sets 19–25 (840) gain no false emergency.
 * It never removes or lowers what the rules found.
 */
import type { RedFlag } from '../features';
import {
  DOINGS_NOT_TOILET,
  GOING_ELSEWHERE,
  TOILET_PLACES,
  TOILET_WORDS,
  FALL_WORDS,
  FEELING_WORDS,
  FELT_WORDS,
  LEG_ABOVE_FEET_WORDS,
  LIMB_PARTS,
  NOTHING_ODD,
  URINE_WORDS,
  type CueId,
  type PartId,
} from './lexicon';
import {
  deniedBefore,
  breathlessAfterEffort,
  FlagContext,
  numbCausesIn,
  partOfAnotherFlag,
  toldAtLowSpeed,
  type ModifierInput,
} from './flag-context';
import { type Mention, within, wordsOf } from './mentions';
import type { Token } from './text/tokens';
import {
  checkLogisticWeights,
  checkVocabulary,
  featureIndices,
  logistic,
  modelFeatures,
  type LogisticWeights,
} from './text-model';
import type { RedFlagHit } from './types';
import MODEL from './emergency-weights.json';

/** The emergency flags the model may raise. */
export type EmergencyFlag = Extract<
  RedFlag,
  'saddle_numbness' | 'bladder_bowel' | 'both_legs_neuro' | 'chest_pain' | 'dark_urine_severe_pain' | 'major_trauma'
>;

export interface Anchor {
  parts?: readonly PartId[];
  cues?: readonly CueId[];
  /** Cues of which one must be in the anchor's sentence too: urine counts for dark urine only with a colour. */
  alongside?: readonly CueId[];
}

/**
 * What a post must name for the model to raise each flag: the flag's own place or function (lexicon parts and
 * cues), or a phrase of the flag itself (lexicon/red-flags.ts), whatever the rules then made of it.
 */
export const EMERGENCY_ANCHORS: Readonly<Record<EmergencyFlag, Anchor>> = {
  saddle_numbness: { parts: ['saddle'] },
  bladder_bowel: { cues: ['toilet_trouble', 'toilet_unnoticed', 'toileting', 'urine'] },
  both_legs_neuro: { parts: ['legs'] },
  chest_pain: { parts: ['chest'], cues: ['cardiac_sign'] },
  dark_urine_severe_pain: { cues: ['urine'], alongside: ['dark'] },
  major_trauma: { cues: ['impact'] },
};

export const EMERGENCY_FLAGS = Object.keys(EMERGENCY_ANCHORS) as EmergencyFlag[];

/** The file scripts/fit-emergency-model.ts writes. */
export interface EmergencyModel {
  trainedOn: string;
  /** The probability at or above which the model raises a flag. */
  threshold: number;
  /** Features (modelFeatures) by index. */
  vocabulary: readonly string[];
  /** Whether the post tells a current emergency at all. */
  emergency: LogisticWeights;
  /** One model per flag, to tell which emergency, among the flags the post names. */
  flags: Readonly<Record<EmergencyFlag, LogisticWeights>>;
}

/**
 * The weights file, checked whole as the engine loads: a model with a part missing would score every post by its
 * bias alone, silently, so it throws instead.
 */
export function parseEmergencyModel(json: unknown): EmergencyModel {
  const model = json as EmergencyModel;
  const size = checkVocabulary(model?.vocabulary, 'emergency');
  if (!Number.isFinite(model.threshold) || !(model.threshold > 0 && model.threshold < 1))
    throw new Error('Spotter: the emergency model has no threshold between 0 and 1');
  checkLogisticWeights("emergency model's emergency", model.emergency, size, 'dense');
  for (const flag of EMERGENCY_FLAGS) checkLogisticWeights(`emergency model's ${flag}`, model.flags?.[flag], size, 'sparse');
  return model;
}

const SHIPPED_MODEL = parseEmergencyModel(MODEL);

interface Compiled {
  threshold: number;
  vocabulary: Map<string, number>;
  emergency: (indices: readonly number[]) => number;
  flags: Record<EmergencyFlag, (indices: readonly number[]) => number>;
}

const compiled = new WeakMap<EmergencyModel, Compiled>();

function compile(model: EmergencyModel): Compiled {
  let done = compiled.get(model);
  if (!done) {
    done = {
      threshold: model.threshold,
      vocabulary: new Map(model.vocabulary.map((feature, index) => [feature, index])),
      emergency: logistic(model.emergency),
      flags: Object.fromEntries(EMERGENCY_FLAGS.map((id) => [id, logistic(model.flags[id])])) as Compiled['flags'],
    };
    compiled.set(model, done);
  }
  return done;
}

/** Whether `mention` names what `flag` is about. */
function anchors(mention: Mention, flag: EmergencyFlag): boolean {
  const { value } = mention;
  const anchor = EMERGENCY_ANCHORS[flag];
  if (value.cat === 'flag') return value.id === flag;
  if (value.cat === 'part') return (anchor.parts ?? []).includes(value.id);
  return value.cat === 'cue' && (anchor.cues ?? []).includes(value.id);
}

/**
 * The first anchor of each emergency flag that the writer tells as theirs and current (flag-context.ts): not
 * denied ("thankfully no tingling around my backside"), not someone else's, not a worry or a rule ("if I get
 * numbness in both legs I'll go straight in"), not over. A bag of words cannot tell those apart; the rules can.
 */
export function anchoredFlags(input: ModifierInput): Map<EmergencyFlag, Mention> {
  return readAnchors(input).current;
}

/** The anchored flags (anchoredFlags), and whether a fall was named but told with an everyday cause (readEmergency). */
function readAnchors(input: ModifierInput): { current: Map<EmergencyFlag, Mention>; fallExplained: boolean } {
  const flagContext = new FlagContext(input);
  const found = new Map<EmergencyFlag, Mention>();
  let fallExplained = false;
  for (const mention of input.context.mentions) {
    for (const flag of EMERGENCY_FLAGS) {
      if (found.has(flag) || !anchors(mention, flag)) continue;
      // A sign's words inside another flag's phrase are that flag's ("hot and cold sweats"); a place is not ("feet slapping").
      if (mention.value.cat === 'cue' && partOfAnotherFlag(input.context, mention, flag)) continue;
      // A place inside the flag's own phrase is read with it: "worried about pressure in my chest" is a worry, chest and all.
      if (mention.value.cat !== 'flag' && insideOwnPhrase(input, mention, flag, flagContext)) continue;
      if (explained(input, mention)) {
        fallExplained ||= flag === 'major_trauma';
        continue;
      }
      // A gadget's, an energy's, a diet's or a sofa's crash names no blow ("the app kept crashing on the run").
      if (flag === 'major_trauma' && input.cues.get('no_blow').some((crash) => within(mention, crash))) continue;
      // A constipated writer's toilet words ("haven't been for a poo in 3 days, codeine has bunged me up") are left
      // to the rules, which still read a loss of control or of feeling in any words they know.
      // Only the bowel's words, and only when nothing is said to go unfelt: a wee, or a need that is not felt, is no
      // constipation's ("constipated from the co-codamol, and now I leak without feeling it", "…and I cannot feel when
      // I need to go").
      if (
        flag === 'bladder_bowel' &&
        mention.value.cat === 'cue' &&
        input.cues.get('constipation').length > 0 &&
        !input.context.tokens.some(
          (token, index) =>
            URINE_WORDS.has(token.text) ||
            (FEELING_WORDS.has(token.text) &&
              input.context.tokens.slice(Math.max(0, index - 2), index).some((before) => FEELING_DENIED.test(before.text))),
        )
      )
        continue;
      // "Haven't been able to stand at the stove for long", "…to go to the gym": a vague toilet phrase that goes on
      // to an everyday doing or somewhere else.
      if (
        flag === 'bladder_bowel' &&
        mention.value.cat === 'cue' &&
        mention.value.id === 'toilet_trouble' &&
        goesElsewhere(input, mention)
      )
        continue;
      // "Can't feel my feet": the feet or legs go unfelt, no bladder or bowel ("can't feel when I go"), and anchor the
      // sign in both legs instead. Other parts keep it: "can't feel my fingers … when I wipe".
      const unfelt = flag === 'bladder_bowel' ? unfeltLegs(input, mention) : undefined;
      if (unfelt) {
        if (!found.has('both_legs_neuro') && flagContext.current(mention, 'both_legs_neuro'))
          found.set('both_legs_neuro', { ...mention, end: unfelt.end });
        continue;
      }
      // "After a long ride my right calf goes tingly and feels numb": a feeling said of a limb is the limb's, not the
      // toilet's.
      if (flag === 'bladder_bowel' && feltByALimb(input, mention)) continue;
      const sentence = input.context.tokens[mention.start]!.sentence;
      const alongside = EMERGENCY_ANCHORS[flag].alongside;
      if (alongside && !alongside.some((cue) => input.cues.inSentence(cue, sentence).length > 0)) continue;
      if (flagContext.current(mention, flag)) found.set(flag, mention);
    }
  }
  return { current: found, fallExplained: fallExplained && !found.has('major_trauma') };
}

/** Words after a vague toilet phrase's "go" looked through for the toilet's own ("able to go to the loo"). */
const TOILET_REACH = 3;

/** A word of the toilet itself: going, the urine, or the place ("pee", "urine", "loo"). */
function namesTheToilet(token: Token): boolean {
  return TOILET_WORDS.has(token.text) || URINE_WORDS.has(token.text) || TOILET_PLACES.has(token.text);
}

/** Whether a vague toilet phrase goes on to an everyday doing, or to a "go" that leads somewhere other than a toilet. */
function goesElsewhere({ context }: ModifierInput, mention: Mention): boolean {
  const next = context.tokens[mention.end]?.text ?? '';
  if (DOINGS_NOT_TOILET.has(next)) return true;
  if (next !== 'go' || !GOING_ELSEWHERE.has(context.tokens[mention.end + 1]?.text ?? '')) return false;
  return !context.tokens.slice(mention.end + 1, mention.end + 2 + TOILET_REACH).some(namesTheToilet);
}

/** Words from "can't feel" to the body part it names ("can't feel my feet properly"). */
const UNFELT_PART_REACH = 2;

/** The legs or feet a "can't feel" (the toilet_trouble cue) goes on to name as what is not felt, if it names them. */
function unfeltLegs({ context }: ModifierInput, mention: Mention): Mention | undefined {
  if (mention.value.cat !== 'cue' || mention.value.id !== 'toilet_trouble') return undefined;
  if (context.tokens[mention.end - 1]?.text !== 'feel') return undefined;
  return context.mentions.find(
    (named) =>
      named.value.cat === 'part' &&
      named.value.id === 'legs' &&
      named.start >= mention.end &&
      named.start - mention.end <= UNFELT_PART_REACH,
  );
}

/** Words back from a "feels numb" to the limb it may be said of ("my right calf goes tingly and feels numb"). */
const FELT_LIMB_REACH = 8;

/**
 * Whether a "feels numb" or "felt weird" (the toilet_trouble cue, written for "peeing feels weird") is said of a limb
 * named just before it in its sentence, with no toilet, urine or bathroom word between.
 */
function feltByALimb({ context }: ModifierInput, mention: Mention): boolean {
  if (mention.value.cat !== 'cue' || mention.value.id !== 'toilet_trouble') return false;
  if (!FELT_WORDS.has(context.tokens[mention.start]?.text ?? '')) return false;
  const sentence = context.tokens[mention.start]!.sentence;
  const limb = context.mentions.find(
    (named) =>
      named.value.cat === 'part' &&
      LIMB_PARTS.has(named.value.id) &&
      named.end <= mention.start &&
      mention.start - named.end <= FELT_LIMB_REACH &&
      context.tokens[named.start]!.sentence === sentence,
  );
  return limb !== undefined && !context.tokens.slice(limb.end, mention.start).some(namesTheToilet);
}

/** Whether `mention` lies inside a phrase of `flag` itself that the writer does not tell as theirs and current. */
function insideOwnPhrase(input: ModifierInput, mention: Mention, flag: EmergencyFlag, flagContext: FlagContext): boolean {
  return input.context.mentions.some(
    (phrase) =>
      phrase !== mention &&
      phrase.value.cat === 'flag' &&
      phrase.value.id === flag &&
      phrase.start <= mention.start &&
      mention.end <= phrase.end &&
      !flagContext.current(phrase, flag),
  );
}

/**
 * Everyday causes told beside a sign (lexicon/cues.ts): a long sit or a bike saddle for numbness, sprints for
 * breathlessness, leg day for dead legs, bench for a tight chest. The rules weigh them sign by sign; the model,
 * which cannot, leaves a sign told with one of them to the rules.
 */
const EVERYDAY_CAUSES: readonly CueId[] = ['positional', 'exertion', 'training_day', 'chest_training'];
/**
 * Effort is what brings on a heart under strain (NHS: chest pain that spreads to the arm or jaw, on exertion), so it
 * explains none of the signs that go with it, as it explains breathlessness or a tight chest after sprints.
 */
const HEART_STRAIN_CAUSES: readonly CueId[] = ['positional', 'training_day', 'chest_training'];

const FEELING_DENIED = /^(?:not|never|no|cannot|without)$|n't$/;

/**
 * A sign said to be fine in its clause ("crotch and wiping all normal", "legs are fine", "nothing strange down
 * there"), unless the fine is turned around ("legs are not fine", "isn't normal") or asked about ("is it normal
 * that both legs…?", how worried posts often ask).
 */
function saidFine({ context, cues }: ModifierInput, mention: Mention): boolean {
  const tokens = context.tokens;
  const { clause, sentence } = tokens[mention.start]!;
  if (context.sentences[sentence]?.question) return false;
  if (cues.inClause('said_fine', clause).some((fine) => !deniedBefore(tokens, fine.start))) return true;
  return tokens.some(
    (token, index) =>
      token.clause === clause &&
      ((token.text === 'normal' && !deniedBefore(tokens, index)) ||
        (token.text === 'nothing' && NOTHING_ODD.has(tokens[index + 1]?.text ?? ''))),
  );
}

/**
 * A slip from standing onto the bottom, told in one sentence, or in the post's first sentence and the one after it
 * ("slipped on the ice going to the car and landed on my backside"): no height, number, hard drop, head or neck in it
 * ("slipped on the ice and fell 4 metres onto rocks" is a fall; "Slipped on ice on a hillwalk" over "…tumbled ten
 * metres down the bank" is one too, told apart).
 */
function slipOntoTheBottom({ context, cues }: ModifierInput, sentence: number): boolean {
  if (cues.inSentence('ground_slip', sentence).length === 0) return false;
  // The landing in the slip's sentence, or in the next where the slip is the post's first line, a title ("Slipped on
  // ice taking the bins out" over "…landed right on my backside").
  const told = sentence === 0 ? [sentence, sentence + 1] : [sentence];
  const landedIn = told.find((at) => cues.inSentence('bottom_landing', at).length > 0);
  if (landedIn === undefined) return false;
  const { start } = context.sentences[sentence]!;
  const { end } = context.sentences[landedIn]!;
  return !context.tokens.slice(start, end).some((token) => token.kind === 'number' || FALL_WORDS.has(token.text));
}

function explained(input: ModifierInput, mention: Mention): boolean {
  const { context, cues } = input;
  const sentence = context.tokens[mention.start]!.sentence;
  const heartStrain = mention.value.cat === 'cue' && mention.value.id === 'cardiac_sign';
  return (
    saidFine(input, mention) ||
    (!heartStrain && numbCausesIn(context, cues, sentence).length > 0) ||
    (heartStrain ? HEART_STRAIN_CAUSES : EVERYDAY_CAUSES).some((cause) => cues.inSentence(cause, sentence).length > 0) ||
    (!heartStrain && breathlessAfterEffort(context, cues, mention)) ||
    // A fall at walking pace, told in its sentence or the one before ("fell over at about walking pace. Landed on my hip").
    [sentence, sentence - 1].some((at) => toldAtLowSpeed(context, cues, at)) ||
    (mention.value.cat === 'cue' && mention.value.id === 'impact' && slipOntoTheBottom(input, sentence)) ||
    // A red-flag idiom in the sentence ("both legs are dead", said of leg day) is the sign's everyday meaning.
    context.flagIdioms.some((idiom) => context.tokens[idiom.start]!.sentence === sentence) ||
    // Urine coloured by what was eaten or drunk, told beside it ("Wee was proper dark this morning, but I'd had about
    // 10 pints"): the rules weigh it against pain and swelling; the model leaves it to them.
    (mention.value.cat === 'cue' &&
      (mention.value.id === 'urine' || mention.value.id === 'toileting') &&
      cues.inSentence('dark', sentence).length > 0 &&
      cues.inSentenceOrNext('urine_colouring_food', sentence).length > 0)
  );
}

/** Words for what a nerve does, not a muscle. */
const NERVE_CUES: readonly CueId[] = ['numbness', 'weakness'];

/**
 * Legs told with no numbness or weakness anywhere in the post, in a post about an effort (a ride, a race, a long run) or
 * as the feet alone: the effort's legs, wherever in the post the effort is told (`explained` reads an everyday cause in
 * the sign's sentence), or feet sore from a long shift on one's feet. Legs or thighs that hurt with no effort told stay the
 * model's to weigh.
 */
function legsExplained({ context, cues }: ModifierInput, legs: Mention): boolean {
  if (NERVE_CUES.some((cue) => cues.get(cue).length > 0)) return false;
  const feetOnly = context.tokens.slice(legs.start, legs.end).every((token) => !LEG_ABOVE_FEET_WORDS.has(token.text));
  return cues.get('exertion').length > 0 || feetOnly;
}

/** What the post says beyond its words, for the model's reading. */
export interface ModelReading {
  /**
   * Whether the post or its thread names a back. Both legs are a back emergency only beside back pain (NHS, in
   * clinical-facts.md §1.1: "back pain comes with … pain, tingling, weakness or numbness in both legs"); where no back
   * is named, the model's "both legs" is a rider's cramping thighs, a runner's tired legs or a worker's sore feet
   * (round 44: three real posts not about a back, none an emergency; round 58: a shop worker's feet), unless the post
   * tells numbness or weakness: spreading numbness and a leg that gives way are a cord's signs whether or not a back is
   * named. The rules read their phrases in any post.
   */
  backNamed?: boolean;
}

/**
 * The emergency the model reads in `text` when the rules found none: the likeliest of the flags the post names,
 * if the post reads as an emergency with at least the model's threshold. `null` otherwise.
 */
export function readEmergency(
  text: string,
  input: ModifierInput,
  model: EmergencyModel = SHIPPED_MODEL,
  { backNamed = true }: ModelReading = {},
): RedFlagHit | null {
  const { current: anchored, fallExplained } = readAnchors(input);
  const legs = anchored.get('both_legs_neuro');
  if (!backNamed && legs && legsExplained(input, legs)) anchored.delete('both_legs_neuro');
  if (anchored.size === 0) return null;
  const { threshold, vocabulary, emergency, flags } = compile(model);
  const indices = featureIndices(modelFeatures(modelText(text, input, [...anchored.values()])), vocabulary);
  if (emergency(indices) < (text.length > MODEL_POST_LENGTH ? Math.max(threshold, LONG_POST_THRESHOLD) : threshold)) return null;
  // A fall the post explains ("slipped on the ice … landed on my backside") still competes: when the post reads likeliest
  // as that fall, the places it landed on are not raised in its stead. Other explained signs do not compete: a numb
  // saddle explained by a long ride can sit beside both legs asleep, a real sign the model rightly raises.
  const competing: EmergencyFlag[] = fallExplained ? [...anchored.keys(), 'major_trauma'] : [...anchored.keys()];
  const [best] = competing.sort((a, b) => flags[b](indices) - flags[a](indices));
  if (!anchored.has(best!)) return null;
  return { id: best!, tier: 'emergency', words: [wordsOf(input.context, anchored.get(best!)!)], read: 'whole_post' };
}

/**
 * Beyond this length a post is longer than all but a few of the posts the model was fitted to (the lists' posts: half
 * under 230 characters, 95 in 100 under 530), and their words pile up: on the real sets of rounds 41–45, long blog
 * posts and training logs read as emergencies from words sentences apart ("legs" in a shower, "the bathroom" as a
 * place, a chest day), 29 times, one a real emergency. Read around their anchors, 12 fewer of those posts are
 * emergencies, the real one among them (README "Accuracy", round 45).
 */
const MODEL_POST_LENGTH = 800;
/**
 * The least a post longer than MODEL_POST_LENGTH must read as an emergency, read around its anchors. Even there its
 * words are more than the model was fitted to weigh, and the model is surer of a long list post's emergency than of a
 * long forum post's everyday story: on the tuned red-flag lists every long emergency the model raised read 0.94 or
 * more, while on the real sets' tune splits 15 long posts with no emergency read 0.74–0.98, half of them under 0.9.
 */
const LONG_POST_THRESHOLD = 0.9;
/**
 * How many sentences either side of an anchor a long post is read in: two, since a sign is often told a sentence or
 * two from its place ("I went to the toilet … Got back, had a coffee … I hadn't been able to feel the paper"). One
 * lost more of review 45b's long emergencies (133 of 159 caught against 138 with two; 137 reading the whole post).
 */
const ANCHOR_REACH = 2;

/**
 * What the model reads of a post: the whole of one as long as those it was fitted to; of a longer one, the sentences
 * around the places and functions it names (its anchors), as a post of that length would tell them.
 */
function modelText(text: string, input: ModifierInput, anchors: readonly Mention[]): string {
  if (text.length <= MODEL_POST_LENGTH) return text;
  const { tokens, sentences, normalized } = input.context;
  const kept = new Set<number>();
  for (const anchor of anchors) {
    const at = tokens[anchor.start]!.sentence;
    for (let sentence = Math.max(0, at - ANCHOR_REACH); sentence <= Math.min(sentences.length - 1, at + ANCHOR_REACH); sentence++)
      kept.add(sentence);
  }
  return [...kept]
    .sort((a, b) => a - b)
    .map((index) => {
      const sentence = sentences[index]!;
      return normalized.original.slice(normalized.from[sentence.textStart], normalized.to[sentence.textEnd - 1]);
    })
    .join(' ');
}

/** The rules' flags, with the model's emergency added when the rules found none (never removing any). */
export function withEmergencyReading(
  flags: RedFlagHit[],
  text: string,
  input: ModifierInput,
  model: EmergencyModel = SHIPPED_MODEL,
  reading: ModelReading = {},
): RedFlagHit[] {
  if (flags.some((flag) => flag.tier === 'emergency')) return flags;
  const read = readEmergency(text, input, model, reading);
  return read ? [...flags, read] : flags;
}
