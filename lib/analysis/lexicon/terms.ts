/**
 * The shape of the lexicon: what a term group means (its value) and the constructors every group file
 * uses. Terms use the syntax of text/term-matcher (`a|b` alternative words, `word?` optional word, `stem*` prefix,
 * `#` a number, `_` any word); one step is one word. Terms are matched against normalized text (text/normalize):
 * lower case, ASCII quotes, one spelling per word (text/spelling folds the others).
 */
import type { Activity, Context, RedFlag, Region, Sensation, Timing } from '../../features';

/** Helper words that are not features themselves. */
export type CueId =
  /** Negates what follows in its clause for a few words ("no", "never", "without"). */
  | 'negator'
  /** "not"/"n't": negates only a symptom that follows through filler words ("doesn't really hurt"). */
  | 'not'
  /** Looks like a negation but is not one ("no idea", "not sure", "no improvement"). */
  | 'pseudo_negation'
  /** Follows a symptom and cancels it ("pain free"). */
  | 'post_negation'
  /** After a negated symptom, says it came later: "never had back pain until I started running". */
  | 'until'
  /** "Not hurting more than usual": a symptom compared with its usual self, there as ever. */
  | 'than_usual'
  /** After a denied symptom and a break, says where it does come: "never hurts lifting, only when I sit". */
  | 'exception'
  /** Negate like "not": before "without" they say the symptom comes every time ("hardly a run without a cramp"). */
  | 'scarcely'
  /** Turns what follows into a worry or a near miss ("almost fell", "worried about"). */
  | 'hedge'
  /** Form cues that use "tight" as an instruction ("keep your back tight"). */
  | 'cue_verb'
  /** Liking a thing ("really like them", "nothing beats it", "my favourite pair"): a reply's "same" is about the thing. */
  | 'liking'
  /** Lifts that train the lower back itself ("good mornings", "back extensions"): its pump there can be the point. */
  | 'lower_back_training'
  /** Words that make a pump a training goal ("great back pump"). */
  | 'positive'
  /** Intensity words: goal talk for an upper-back or lat pump, a worry for a lower-back one. */
  | 'intense'
  /** Words that make a pump a complaint ("pump so bad I had to stop"). */
  | 'complaint'
  /** Conditionals and general statements: with no "I/my" they are not anyone's own symptom. */
  | 'hypothetical'
  | 'first_person'
  | 'opinion_frame'
  | 'second_person'
  /** Back-training talk, where a pump is the goal ("back day", "rows"). */
  | 'back_training'
  /** Constant wording ("all the time", "even at rest"). */
  | 'constant'
  /** Explicitly not tied to training ("not related to lifting", "out of nowhere"). */
  | 'not_mechanical'
  | 'unrelieved'
  /** Spinal extension ("arching", "leaning back", "overhead"). */
  | 'extension'
  /** Someone other than the writer ("my dad", "a mate", "she"), whose flags are not the writer's. */
  | 'relative'
  /** Someone's warning of what will happen ("my gym says running will wreck my back"): told, not had. */
  | 'reported_claim'
  /** What the writer keeps reading or hearing ("I keep seeing 'numbness in the saddle area'"): quoted, not had. */
  | 'quoting'
  /** Time words that make a statement past ("used to", "in high school"). */
  | 'past'
  /** A now measured against a then ("stays numb, not like it used to"): the "used to" dates the then, not the now. */
  | 'compared_with_then'
  /** A long course foreseen or feared ("it may become chronic"): not how long the trouble has lasted. */
  | 'chronic_to_come'
  /** Words that say a problem is over ("long gone", "cleared up"). */
  | 'resolved'
  /** Words that say a problem is here now or back ("now", "again", "ever since"). */
  | 'ongoing'
  /** Answers that close a screening list ("…: none", "…, nothing", "bladder is fine"). */
  | 'list_closer'
  /** Screening and advice talk ("red flags", "go to A&E", "watch out for"). */
  | 'screening'
  /** Care the writer is getting or on the way to ("currently in hospital", "went to the ER"): a story, not a rule. */
  | 'care_visit'
  | 'care_not_had'
  | 'cautionary_end'
  | 'comparison_made_real'
  /** Persisting or not improving ("no better", "hasn't improved"). */
  | 'persisting'
  /** Persisting in words said of other things too ("became worse", "not been pain free"): with the back only. */
  | 'persisting_of_back'
  | 'still'
  /** An onset months ago ("2 and a half months ago", "a couple of months back"): long enough for "no better". */
  | 'months_ago'
  /** Worsening ("getting worse", "getting weaker"). */
  | 'worsening'
  | 'weakness'
  | 'numbness'
  | 'cough'
  /** Right before a cough, says it sets the pain off: "when I cough", "every time I sneeze". */
  | 'cough_trigger'
  | 'night'
  | 'urine'
  /** Going to the toilet, and what goes wrong there ("can barely go", "just dribbles"): together, a bladder or bowel flag. */
  | 'toileting'
  | 'toilet_trouble'
  /** A dream's crash, and a game's ("had a dream I crashed my car", "crashed into a rider's avatar on Zwift"). */
  | 'dream'
  /** Just now ("this morning", "20 mins ago"): a crash's own clause dated by it is today's, whatever else its sentence says. */
  | 'just_happened'
  | 'over_the_years'
  | 'many_times'
  | 'virtual'
  /** A crash that is no blow ("the app crashed", "a sugar crash", "crashed on the sofa"): no anchor for the emergency model. */
  | 'no_blow'
  /**
   * Not knowing it happened ("leaked without even noticing", "didn't feel it coming"): lost sensation, so a
   * bladder or bowel flag even in training talk, where a leak on a heavy lift alone is a pelvic floor under load.
   */
  | 'toilet_unnoticed'
  /** Foods that colour urine red or dark ("beetroot juice"): with no severe pain, they explain its colour. */
  | 'urine_colouring_food'
  /**
   * Constipation and what often brings it on ("codeine has bunged me up"): the emergency model leaves a post's toilet
   * words to the rules then, for a few days without a poo is no loss of control.
   */
  | 'constipation'
  /** Waking in a wet bed ("woke up and the bed was wet"): bladder_bowel unless a pet, a child or a drink explains it (redflags.ts). */
  | 'wet_bed'
  | 'bed_found_wet'
  /** Not knowing how a bed came to be wet ('he had no idea it had happened'): read only beside bed_found_wet. */
  | 'not_knowing_how'
  /** A fall down stairs told as small ("the last two stairs", "more embarrassed than anything"): no major trauma. */
  | 'small_fall'
  | 'dark'
  /** Severe pain wording, which makes dark urine an emergency rather than a sign of little to drink. */
  | 'severe'
  | 'swelling'
  | 'teen'
  | 'age_word'
  | 'old'
  /** Training soreness words for the chest ("chest day"), which are no chest pain. */
  | 'chest_training'
  | 'joking'
  /** Hard effort in the sentence, which explains breathlessness and tired legs. */
  | 'exertion'
  /** Training talk in a sentence ("after leg day"), where "my legs are numb" means tired. */
  | 'training_day'
  /**
   * How a leg goes numb from how it was held ("sitting cross legged", "fell asleep") or from what was done
   * to it ("after a sports massage", "compression boots"), not from a nerve root.
   */
  | 'positional'
  /** A fall or a crash at walking pace ("fell over into the bracken at about walking pace"): a bump, not major trauma. */
  | 'slow_speed'
  /**
   * A slip from standing on a slick surface ("slipped on the ice going to the car"): with a landing on the bottom and
   * no height or head, the emergency model's fall words without a fall that breaks a spine; the rules still read a
   * landing on the back or the spine ("landed on my back").
   */
  | 'ground_slip'
  /** Where a slip from standing lands: "landed on my backside", "sat down hard on my bum". */
  | 'bottom_landing'
  | 'numb_cause'
  /** What numbs the feet and legs but not the saddle: a long run, tight laces. */
  | 'feet_numb_cause'
  | 'odd_feeling'
  /**
   * What goes with a heart under strain besides the chest (NHS: pain that spreads to the arm or jaw, breathlessness):
   * "my left arm goes heavy", "jaw aches", "far more puffed than I should be". Read only by the emergency model, as
   * where it may speak of chest pain (emergency-model.ts); a sweat alone is too often the gym's or the weather's.
   */
  | 'cardiac_sign'
  /** A blow or a fall told in everyday words ("tumbled", "hit the tarmac", "landed on"): where the emergency model may speak of trauma. */
  | 'impact'
  /** What a crash broke ("helmet's cracked", "car's a write-off"): a trauma only beside an impact or a collision. */
  /** No better, said without its subject: only beside "it's" or a back word in its sentence. */
  | 'persisting_weak'
  /** "nothing I do makes it ease": strengthens a night pain found already. */
  | 'nothing_eases'
  | 'crash_damage'
  /**
   * A crash told with its subject dropped, as riders tell their own ("Crashed hard in the crit", "(crashed
   * yesterday)"): the writer's only where it opens its sentence or a bracket (redflags.ts).
   */
  | 'crash_no_subject'
  /** A vehicle into the writer ("went into the back of me"): the crash beside crash_damage, never the model's anchor. */
  | 'collision'
  | 'airways'
  | 'numb_persists'
  /** The skin, not what is under it ("my back is sunburnt", "my new back tattoo is sore"). */
  | 'skin'
  | 'bracing'
  | 'intentional_weight'
  /** Prepositions that tie a lift to a symptom ("cramps on bench", "while squatting"). */
  | 'during_word'
  /** Said after lifts that do not bring the problem on ("squats and rows are fine", "never set it off"). */
  | 'said_fine'
  /** Said before such lifts ("it never happens on squats", "fine with deadlifts"). */
  | 'fine_on'
  /** What a remedy does for it ("stretching helps a little", "stretches eased it"): the stretch is no activity that hurts. */
  | 'brings_relief'
  /** A remedy named beside a stretch ("heat, ibuprofen, stretches, rest"): the stretch is one of the things tried for it. */
  | 'remedy_item'
  /** Weight lost ("dropped a stone", "clothes are loose"). */
  | 'weight_drop'
  /** Not meant ("without trying", "not dieting", "for no reason"). */
  | 'unintended'
  /** A lump, bump or swelling. */
  | 'lump'
  | 'duration_lead'
  | 'duration_unit'
  /** A ride, a swim, a row or a hike ("road bike", "2k erg", "hiked"): the miles and races beside it are its own, not a run's. */
  | 'other_endurance'
  /** The writer's own back injured, told as an event ("I hurt my back on Saturday", "done my back in"). */
  | 'injury_event'
  /** Words that make an injury a habit or a history ("years ago", "every time", "over time"). */
  | 'injury_history'
  /** An injury the writer doubts or asks about ("I don't think I pulled anything", "did I hurt my back?"): no sudden start told. */
  | 'doubted_event'
  /** Running words riders, rowers, swimmers and hikers use too ("miles", "20k", "racing"): a run only where no such sport is told beside them. */
  | 'distance_or_race'
  /** "same here", "I get these too": the writer has what the thread is about (lexicon/thread.ts). */
  | 'agreement'
  /**
   * "what helped me was…", "stretching my hamstrings helped", "I do these for this very reason": the writer
   * tells what they did about the thread's problem, so they have had it (lexicon/thread.ts).
   */
  | 'own_remedy'
  /**
   * "it goes away once I stop", "for me it's worse on hills", "I only get it after an hour": how the thread's
   * problem goes for the writer, counted with "I"/"my" in the sentence (lexicon/thread.ts).
   */
  | 'own_course'
  /**
   * "it'll settle", "you'll be fine in 2-3 days", "fades in a week": how the asker's trouble will go, told to them
   * (lexicon/thread.ts); advice about the thread's complaint, as a reply that names the asker's back is.
   */
  | 'told_course'
  /**
   * "Does anything stir it up?", "what makes it worse?": what sets off the asker's trouble, asked of them in a thread that
   * tells it (lexicon/thread.ts); a question about the complaint itself, not about the asker's day.
   */
  | 'asked_aggravator'
  /**
   * "rest and ice", "back extensions", "cut your mileage", "raise the bars": what to do for the asker's trouble, offered
   * in a thread that tells it (lexicon/thread.ts); advice about the complaint, as a reply that names the back is.
   */
  | 'offered_remedy'
  /** "thanks", "cheers": a thank-you is the asker's, not a second sufferer's ("thanks, that helped"). */
  | 'thanks'
  /**
   * "so sorry about your back", "sad to hear about your back": the asker's trouble told back to them in sympathy, no
   * trouble of the writer's nor advice on it (relevance.ts reads such a clause as told, not had).
   */
  | 'sympathy'
  /** "went for a run", "went riding": a run or ride gone on, told before what came of it (flag-context.ts). */
  | 'outing';

/** Body places that are not the back; a symptom next to one of them belongs to it. */
export type PartId = 'leg' | 'legs' | 'below_knee' | 'arm' | 'saddle' | 'chest' | 'other';

/** What an idiom cancels where it matches. */
/** What an idiom cancels where it overlaps; `part` is a body part other than the back. */
export type IdiomTarget = 'region' | 'part' | 'activity' | 'symptom' | 'timing' | 'context' | 'flag' | 'story';

export type LexiconValue =
  | { cat: 'region'; id: Region | null; strength: number }
  | { cat: 'part'; id: PartId }
  | { cat: 'symptom'; id: Sensation | null; strength: number }
  /** A back complaint in one name ("sciatica", "herniated disc"): region and symptom at once. */
  | { cat: 'condition'; id: Region | null; sensation: Sensation | null; strength: number }
  | { cat: 'activity'; id: Activity }
  | { cat: 'timing'; id: Timing }
  | { cat: 'context'; id: Context }
  | { cat: 'flag'; id: RedFlag }
  /**
   * Part of a story that points at one cause more than the presentation does (lexicon/stories.ts): new shoes,
   * the bar sitting on the neck, the breath lost on a heavy rep. `id` is a catalog cause id; `named` when the
   * words name the condition itself ("herniated disc", "ankylosing spondylitis"), which counts double.
   */
  | { cat: 'story'; id: string; named: boolean }
  | { cat: 'cue'; id: CueId }
  /**
   * Words that look like a feature but are not one here ("back squat", "in a row"). A `weak`
   * idiom about "back" yields to the body reading when "back" has a possessive before it or a
   * symptom right after it ("I get back pain", "got my back tweaked").
   */
  | { cat: 'idiom'; cancels: IdiomTarget; weak: boolean };

export interface TermGroup {
  value: LexiconValue;
  terms: readonly string[];
}

export const region = (id: Region | null, strength: number, terms: readonly string[]): TermGroup => ({
  value: { cat: 'region', id, strength },
  terms,
});
export const symptom = (id: Sensation | null, strength: number, terms: readonly string[]): TermGroup => ({
  value: { cat: 'symptom', id, strength },
  terms,
});
export const condition = (
  id: Region | null,
  sensation: Sensation | null,
  strength: number,
  terms: readonly string[],
): TermGroup => ({
  value: { cat: 'condition', id, sensation, strength },
  terms,
});
export const part = (id: PartId, terms: readonly string[]): TermGroup => ({ value: { cat: 'part', id }, terms });
export const activity = (id: Activity, terms: readonly string[]): TermGroup => ({ value: { cat: 'activity', id }, terms });
export const timing = (id: Timing, terms: readonly string[]): TermGroup => ({ value: { cat: 'timing', id }, terms });
export const context = (id: Context, terms: readonly string[]): TermGroup => ({ value: { cat: 'context', id }, terms });
export const flag = (id: RedFlag, terms: readonly string[]): TermGroup => ({ value: { cat: 'flag', id }, terms });
export const story = (id: string, terms: readonly string[]): TermGroup => ({ value: { cat: 'story', id, named: false }, terms });
export const namedCondition = (id: string, terms: readonly string[]): TermGroup => ({
  value: { cat: 'story', id, named: true },
  terms,
});
export const cue = (id: CueId, terms: readonly string[]): TermGroup => ({ value: { cat: 'cue', id }, terms });
export const idiom = (cancels: IdiomTarget, weak: boolean, terms: readonly string[]): TermGroup => ({
  value: { cat: 'idiom', cancels, weak },
  terms,
});
