/**
 * Words that tell an emergency sign from its everyday look-alikes: what the emergency model
 * (lib/analysis/emergency-model.ts) reads beside a sign it raises (a wee or a feeling not felt beside constipation,
 * something odd denied, a slip that is more than a bump on the bottom), and what turns a denied chest pain back into
 * one (mentions.ts hedgedDenial: "not chest pain really, more a pressure in the middle").
 */
import type { PartId } from './terms';

// The emergency model (emergency-model.ts).

/** Feeling and noticing: denied ("cannot feel", "didn't notice"), they tell lost sensation, which constipation does not explain. */
export const FEELING_WORDS: ReadonlySet<string> = new Set([
  'feel',
  'feeling',
  'felt',
  'notice',
  'noticed',
  'noticing',
  'control',
  'tell',
]);

/** The verb of a feeling said of something ("feels numb", "felt weird"): a limb's before it, the toilet's after. */
export const FELT_WORDS: ReadonlySet<string> = new Set(['feels', 'felt', 'feel', 'feeling']);

/** The limbs whose feeling is their own; the saddle's and the chest's are anchors of their own flags. */
export const LIMB_PARTS: ReadonlySet<PartId> = new Set<PartId>(['leg', 'legs', 'below_knee', 'arm']);

/** The bladder's words: with any of them in a post, constipation does not explain its toilet trouble. */
export const URINE_WORDS: ReadonlySet<string> = new Set([
  'pee',
  'peeing',
  'wee',
  'weeing',
  'urine',
  'urinate',
  'urinating',
  'bladder',
  'leaked',
  'leak',
  'leaking',
  'piss',
]);

/**
 * Everyday doings after a vague toilet-trouble phrase ("haven't been able to stand at the stove for long"): the
 * phrase is about moving, not the bladder or bowel, so it anchors no bladder emergency. Not "go", "empty" or "hold",
 * which are the toilet's own.
 */
export const DOINGS_NOT_TOILET: ReadonlySet<string> = new Set([
  'walk',
  'move',
  'sit',
  'stand',
  'bend',
  'sleep',
  'lift',
  'run',
  'train',
  'work',
  'breathe',
  'talk',
  'turn',
  'drive',
  'lie',
  'reach',
  'raise',
  'exercise',
  'play',
  'squat',
  'deadlift',
  'bench',
  'do',
  'get',
  'put',
  'twist',
  'roll',
  'climb',
  'cough',
  'sneeze',
  'laugh',
  'dress',
  'shower',
  'cycle',
  'ride',
  'swim',
  'eat',
  'think',
  'focus',
]);

/**
 * Words after a vague toilet phrase's "go" that take it somewhere other than the toilet ("haven't been able to go to
 * the gym", "couldn't go home before 8", "can't go running"), unless a toilet's word follows within a few words.
 */
export const GOING_ELSEWHERE: ReadonlySet<string> = new Set([
  'to',
  'home',
  'out',
  'outside',
  'back',
  'into',
  'in',
  'on',
  'for',
  'anywhere',
  'running',
  'walking',
  'shopping',
  'swimming',
  'cycling',
  'climbing',
  'riding',
  'training',
  'lifting',
]);

/** The toilet's other names and what is passed there, after a "go" (GOING_ELSEWHERE): "able to go to the bathroom". */
export const TOILET_PLACES: ReadonlySet<string> = new Set([
  'bathroom',
  'restroom',
  'washroom',
  'wc',
  'potty',
  'poo',
  'poop',
  'stool',
  'number',
]);

/** Words after "nothing" that deny something odd ("nothing strange down there"), unlike "I feel nothing down there". */
export const NOTHING_ODD: ReadonlySet<string> = new Set(['strange', 'weird', 'odd', 'unusual', 'wrong', 'different', 'funny']);

/** Words that make a slip more than a bump on the bottom: a height, a drop, hard ground, the head or neck. */
export const FALL_WORDS: ReadonlySet<string> = new Set([
  'head',
  'neck',
  'spine',
  'metres',
  'meters',
  'metre',
  'meter',
  'feet',
  'ft',
  'rocks',
  'rock',
  'edge',
  'cliff',
  'quarry',
  'ladder',
  'stairs',
  'steps',
  'roof',
  'wall',
  'bank',
  'drop',
]);

// A hedged chest pain (mentions.ts hedgedDenial).

/** Words that make a "not" a hedge rather than a denial: "not chest pain really", "not exactly pain". */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(['really', 'exactly', 'quite', 'such', 'se']);
/**
 * What a hedged chest pain turns into after "more": what a heart under strain feels like (NHS: pain, pressure,
 * heaviness or tightness), not an ache or a burning, which are as often a muscle's or heartburn's.
 */
export const MILDER_SENSATIONS: ReadonlySet<string> = new Set([
  'pressure',
  'heaviness',
  'tightness',
  'squeeze',
  'squeezing',
  'crushing',
  'weight',
  'band',
]);
/**
 * Words in the correction that put it down to something else: "more a pressure from the bench", "…a muscle thing",
 * "…like heartburn" (not "after he walks up the hill": effort is when a heart under strain hurts).
 */
export const CORRECTION_CAUSES: ReadonlySet<string> = new Set([
  'gym',
  'training',
  'lifting',
  'squats',
  'press',
  'pushups',
  'push',
  'reflux',
  'acid',
  'cough',
  'coughing',
  'muscle',
  'muscular',
  'bench',
  'benching',
  'rows',
  'flyes',
  'flies',
  'dips',
  'deadlifts',
  'muscles',
  'pec',
  'pecs',
  'heartburn',
  'indigestion',
]);

/** Where in the chest a hedged pain may be told: "from the middle of my chest". */
export const CHEST_PLACES: ReadonlySet<string> = new Set(['middle', 'centre', 'center', 'front', 'breastbone', 'sternum']);
/** Back places that make a hedged chest pain the back's: "more a tightness between my shoulder blades". */
export const BACK_PLACES: ReadonlySet<string> = new Set(['back', 'blades', 'blade', 'spine', 'shoulder', 'shoulders', 'traps']);

// A fall (redflags.ts).

/**
 * Stairs and steps: a fall down them told as small ("fell down the last two stairs … more embarrassed than
 * anything") is no major trauma.
 */
export const STAIR_WORDS: ReadonlySet<string> = new Set(['stairs', 'steps', 'stair', 'step']);

/**
 * Where a vehicle hits someone, or how fast: a crash told by them ("some lad went into the back of me on the motorway
 * at about 50") is the writer's, though another person is its subject (flag-context.ts `isSomeoneElse`).
 */
export const TRAFFIC_SETTINGS: ReadonlySet<string> = new Set([
  'motorway',
  'highway',
  'freeway',
  'interstate',
  'road',
  'roundabout',
  'junction',
  'intersection',
  'lights',
  'crossing',
]);

/** The words that end a crash told only by when ("crashed yesterday", "crashed last night"), read with the writer's "I". */
export const CRASH_WHEN_WORDS: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'tonight',
  'night',
  'morning',
  'afternoon',
  'evening',
]);

/** What a crash word may stand with and still be only a verdict: "Total train wreck!", a log's title (redflags.ts). */
export const VERDICT_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'total', 'absolute', 'complete', 'utter', 'proper']);

/** What opens a sentence that tells a crash again: "It was a nasty fall", "That was a bad crash". */
export const RETELLING_SUBJECTS: ReadonlySet<string> = new Set(['it', 'that']);

/** What happens "again" when a crash does: "I was hit again", "crashed again", "came off again", "it happened again". */
export const CRASHED_AGAIN_WORDS: ReadonlySet<string> = new Set([
  'hit',
  'crashed',
  'fell',
  'off',
  'down',
  'over',
  'knocked',
  'struck',
  'slipped',
  'happened',
]);

/** Words that tell of a second time: "it happened again", "the same thing happened". */
export const ANOTHER_TIME_WORDS: ReadonlySet<string> = new Set(['again', 'happened', 'happens']);
