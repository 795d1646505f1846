/**
 * How people write about backs, as data: term lists per feature id and the helper words the
 * extractor reasons with (negations, idioms, hedges, cues). Terms use the syntax of phrases.ts
 * (`a|b` alternative words, `word?` optional word, `stem*` prefix, `#` a number, `_` any word).
 * One step is one word: a multi-word alternative is written as its own term. Terms are matched
 * against normalized text (normalize.ts): lower case, ASCII quotes, one spelling per word
 * (spelling.ts folds the others).
 *
 * The vocabulary comes from how lifting and running forums talk about backs (the seed threads,
 * research/forum-dom.md) and from the symptom wording of the NHS back-pain page and the red-flag
 * literature (research/clinical-facts.md §1). It is general phrasing, never a copied post.
 */
import type { Activity, Context, RedFlag, Region, Sensation, Timing } from '../features';

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
  /** Turns what follows into a worry or a near miss ("almost fell", "worried about"). */
  | 'hedge'
  /** Form cues that use "tight" as an instruction ("keep your back tight"). */
  | 'cue_verb'
  /** Words that make a pump a training goal ("great back pump"). */
  | 'positive'
  /** Intensity words: goal talk for an upper-back or lat pump, a worry for a lower-back one. */
  | 'intense'
  /** Words that make a pump a complaint ("pump so bad I had to stop"). */
  | 'complaint'
  /** Conditionals and general statements: with no "I/my" they are not anyone's own symptom. */
  | 'hypothetical'
  | 'first_person'
  | 'second_person'
  /** Back-training talk, where a pump is the goal ("back day", "rows"). */
  | 'back_training'
  /** Constant wording ("all the time", "even at rest"). */
  | 'constant'
  /** Explicitly not tied to training ("not related to lifting", "out of nowhere"). */
  | 'not_mechanical'
  /** Spinal extension ("arching", "leaning back", "overhead"). */
  | 'extension'
  /** Someone close to the writer ("my dad"), for histories that are not the writer's own. */
  | 'relative'
  /** Time words that make a statement past ("used to", "in high school"). */
  | 'past'
  /** Persisting or not improving ("no better", "hasn't improved"). */
  | 'persisting'
  | 'still'
  /** Worsening ("getting worse", "getting weaker"). */
  | 'worsening'
  | 'weakness'
  | 'numbness'
  | 'cough'
  | 'night'
  | 'urine'
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
  /** Training talk in a sentence ("after leg day"), where "my legs are numb" means tired. */
  | 'training_day'
  | 'bracing'
  | 'intentional_weight'
  /** Prepositions that tie a lift to a symptom ("cramps on bench", "while squatting"). */
  | 'during_word'
  /** Said after lifts that do not bring the problem on ("squats and rows are fine", "never set it off"). */
  | 'said_fine'
  /** Said before such lifts ("it never happens on squats", "fine with deadlifts"). */
  | 'fine_on'
  | 'duration_lead'
  | 'duration_unit';

/** Body places that are not the back; a symptom next to one of them belongs to it. */
export type PartId = 'leg' | 'legs' | 'below_knee' | 'arm' | 'saddle' | 'chest' | 'other';

/** What an idiom cancels where it matches. */
export type IdiomTarget = 'region' | 'activity' | 'symptom' | 'timing' | 'flag';

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

const region = (id: Region | null, strength: number, terms: readonly string[]): TermGroup => ({
  value: { cat: 'region', id, strength },
  terms,
});
const symptom = (id: Sensation | null, strength: number, terms: readonly string[]): TermGroup => ({
  value: { cat: 'symptom', id, strength },
  terms,
});
const condition = (id: Region | null, sensation: Sensation | null, strength: number, terms: readonly string[]): TermGroup => ({
  value: { cat: 'condition', id, sensation, strength },
  terms,
});
const part = (id: PartId, terms: readonly string[]): TermGroup => ({ value: { cat: 'part', id }, terms });
const activity = (id: Activity, terms: readonly string[]): TermGroup => ({ value: { cat: 'activity', id }, terms });
const timing = (id: Timing, terms: readonly string[]): TermGroup => ({ value: { cat: 'timing', id }, terms });
const context = (id: Context, terms: readonly string[]): TermGroup => ({ value: { cat: 'context', id }, terms });
const flag = (id: RedFlag, terms: readonly string[]): TermGroup => ({ value: { cat: 'flag', id }, terms });
const cue = (id: CueId, terms: readonly string[]): TermGroup => ({ value: { cat: 'cue', id }, terms });
const idiom = (cancels: IdiomTarget, weak: boolean, terms: readonly string[]): TermGroup => ({
  value: { cat: 'idiom', cancels, weak },
  terms,
});

// ---------------------------------------------------------------------------------------------
// Regions. Strength: how surely the words mean a back (1) rather than somewhere near it.
// ---------------------------------------------------------------------------------------------
export const REGION_TERMS: readonly TermGroup[] = [
  region('lower_back', 1, [
    'lower|low back',
    'lower|low part|area of my|the back',
    'lower|low left|right back',
    'lower|low left|right? side|part of my|the back',
    'left|right side of my|the lower|low back',
    'lumbar',
    'lumbar spine|area|region',
    'lumbars',
    'l spine',
    'lower spine',
    'small of my|the back',
    'bottom of my|the back|spine',
    'base of my|the spine',
    'erector|erectors',
    'spinal erector|erectors',
    'erector spinae',
    'ql|qls',
    'quadratus lumborum',
    'lumbosacral',
    'paraspinal|paraspinals',
    'multifidus',
    'back extensors',
    'spinal muscles',
    'kidney area',
    'l #',
    'l # l|s #',
  ]),
  region('mid_back', 1, [
    'mid|middle back',
    'mid|middle part|area of my|the back',
    'middle of my|the back',
    'mid spine',
    'thoracic',
    'thoracic spine|area|region',
    't spine',
    't #',
    't # t #',
    'thoracolumbar',
    'bottom|bottoms of my|the shoulder blade|blades',
    'below|under|underneath my|the shoulder blade|blades',
    'lower lat|lats',
    'lat|lats',
    'latissimus',
    'latissimus dorsi',
    'back of my|the ribs',
  ]),
  region('upper_back', 1, [
    'upper back',
    'upper part|area of my|the back',
    'upper left|right? side|part of my|the back',
    'upper spine',
    'top of my|the back',
    'between my|the|both shoulder blade|blades',
    'between my|the shoulders',
    'in between my|the shoulder blades',
    'shoulder blade|blades',
    'rhomboid|rhomboids',
    'trap|traps',
    'upper|mid|middle|lower trap|traps',
    'trapezius',
    'interscapular',
    'shoulder blade muscles',
  ]),
  region('neck', 0.45, ['neck', 'back of my|the neck', 'base of my|the neck', 'cervical', 'cervical spine', 'c spine', 'c #', 'c # c #', 'levator shoulder blades']),
  region('si_glute', 0.9, [
    'si joint|joints|area',
    's i joint|joints',
    'sacroiliac',
    'sacroiliac joint|joints',
    'sacrum',
    'sacral',
    'tailbone',
    'upper glute|glutes|butt',
    'top of my|the glute|glutes|butt',
    'piriformis',
  ]),
  region('si_glute', 0.4, ['glute|glutes', 'glute med|medius', 'buttock|buttocks', 'butt', 'butt cheek|cheeks', 'hip bone']),
  region(null, 0.9, ['back', 'spine', 'spinal', 'vertebrae', 'backbone', 'disc|discs|disk|disks', 'back muscles']),
];

// ---------------------------------------------------------------------------------------------
// Back complaints named in one go: where and what at once.
// ---------------------------------------------------------------------------------------------
export const CONDITION_TERMS: readonly TermGroup[] = [
  condition('lower_back', null, 0.95, ['lumbago', 'lbp', 'clbp']),
  // "a bad back" is how people name a back that has hurt for a while.
  condition('lower_back', null, 0.85, ['bad|dodgy|crappy|shitty|wonky|busted|cranky|grumpy lower|low back']),
  condition('upper_back', null, 0.85, ['bad|dodgy|crappy|shitty|wonky|busted|cranky|grumpy upper back']),
  condition(null, null, 0.8, ['bad|dodgy|crappy|shitty|wonky|busted|cranky|grumpy back']),
  condition('lower_back', 'radiating', 0.85, ['sciatica', 'sciatic', 'sciatic nerve|pain']),
  condition(null, 'sharp_pain', 0.9, [
    'herniated|bulging|slipped|ruptured|prolapsed|protruding disc|discs|disk|disks',
    'disc|disk herniation|bulge|bulges|prolapse|protrusion',
    'degenerative disc|disk',
    // "DDD": the normalizer cuts a letter repeated three times to two.
    'dd',
    'pinched nerve',
    'spondylolysis',
    'spondylolisthesis',
    'spondy',
    'pars fracture|defect',
    'facet joint|joints|syndrome',
    'spinal stenosis',
  ]),
  condition(null, 'sharp_pain', 1, [
    'threw|throw|throwing|thrown my|his|her back out',
    'threw|throw|throwing|thrown out my|his|her back',
    'put my back out',
  ]),
];

// ---------------------------------------------------------------------------------------------
// Other body places. A cramp "in my calf" is a calf cramp, however close a back word is.
// ---------------------------------------------------------------------------------------------
export const PART_TERMS: readonly TermGroup[] = [
  part('leg', ['leg', 'thigh', 'hamstring|hamstrings', 'ham|hams', 'quad|quads', 'quadricep|quadriceps', 'hip|hips', 'hip flexor|flexors', 'psoas', 'it band']),
  part('legs', ['legs', 'thighs', 'both legs|thighs|feet', 'both my legs|feet', 'both of my legs|feet']),
  part('below_knee', [
    'knee|knees',
    'calf|calves',
    'shin|shins',
    'ankle|ankles',
    'foot|feet',
    'toe|toes',
    'heel|heels',
    'sole|soles',
    'below|past|under my|the knee|knees',
    'back of my|the knee|knees|calf|calves',
  ]),
  part('arm', ['arm|arms', 'hand|hands', 'finger|fingers', 'forearm|forearms', 'wrist|wrists', 'elbow|elbows', 'bicep|biceps', 'tricep|triceps', 'thumb|thumbs', 'pinky']),
  part('chest', ['chest', 'pec|pecs', 'pectoral|pectorals', 'sternum', 'breastbone', 'ribs']),
  part('other', [
    'stomach',
    'belly',
    'abs',
    'abdomen',
    'abdominal|abdominals',
    'gut',
    'oblique|obliques',
    'side stitch|stitches',
    'shoulder|shoulders',
    'rotator cuff',
    'delt|delts',
    'head',
    'jaw',
    'eye|eyes',
    'period',
    'menstrual',
    'back of my|the head|hand|hands|arm|arms|shoulder|shoulders|leg|legs|thigh|thighs|throat|mouth',
    'whole body',
  ]),
];

/** The area whose numbness is a cauda equina warning (NHS: "around the genitals or buttocks"). */
export const SADDLE_TERMS: readonly TermGroup[] = [
  part('saddle', [
    'groin',
    'crotch',
    'genital|genitals',
    'genital area',
    'privates',
    'private area|parts',
    'penis',
    'vagina',
    'testicles',
    'perineum',
    'taint',
    'anus',
    'rectum',
    'saddle',
    'saddle area|region',
    'between my legs',
    'inner thighs',
    'down there',
    'butt cheeks',
    'buttocks',
    'backside',
  ]),
];

// ---------------------------------------------------------------------------------------------
// Symptoms. `null` is pain without a more telling kind ("pain", "hurts", "acting up").
// ---------------------------------------------------------------------------------------------
export const SYMPTOM_TERMS: readonly TermGroup[] = [
  symptom('cramp', 1, [
    'cramp*',
    'spasm*',
    'seize|seizes|seized|seizing up?',
    'lock|locks|locked|locking up',
    'charley|charlie horse',
    'crick',
    'knotting up',
    'balled up',
    'clench|clenches|clenched|clenching up',
  ]),
  symptom('cramp', 0.7, ['twitch*', 'fasciculat*', 'contracts|contracting on its own']),
  symptom('pump', 0.9, ['pump|pumps|pumped|pumping', 'pumped|pumps|pumping up', 'burn|burns|burning|burned|burnt', 'on fire', 'lit|lights|lighting up']),
  symptom('tightness', 0.9, ['tight', 'tightness', 'tighten|tightens|tightened|tightening up?', 'knot|knots|knotted', 'tense|tensed up?']),
  symptom('soreness', 1, ['sore', 'soreness', 'ache|aches|aching|achy', 'dull ache', 'doms', 'tender', 'tenderness', 'bruised|bruise|bruising']),
  symptom('sharp_pain', 1, [
    'sharp',
    'stab|stabs|stabbing|stabbed',
    'twinge|twinges|twingy',
    'tweak|tweaks|tweaked|tweaking|tweaky',
    'pulled a|my muscle',
    'pulled my|his|her back',
    'pulled something',
    'pull a muscle',
    'felt|heard _? pop|popping|give|snap|tear|rip|twang',
    'felt something go|give|shift|slip',
    'popped',
    'knife|knifelike|knives',
    'jolt|jolts',
    'zing|zings|zinger',
    'pinch|pinching|pinches|pinchy',
    'strain|strained|straining',
    'tore|torn',
    'twang|twanged',
  ]),
  symptom('radiating', 1, [
    'radiat*',
    'shoot|shoots|shooting|shot down|into|through|from',
    'radiates|radiating|travels|traveling|travelling|spreads|spreading through|across|from',
    'goes|going|runs|running|travels|spreads|shoots|shooting below|past|beyond',
    'shooting pain|pains',
    'travels|travelling|traveling|goes|going|runs|running|spreads|spreading down',
    // "goes into" a leg is covered by "into my leg"; "goes into a cramp" is no radiating pain.
    'travels|travelling|traveling|spreads|spreading into',
    'down my|the|his|her left|right|whole|entire? leg|legs|arm|arms',
    'down the back of my|the leg|legs|thigh|thighs',
    'into my|the leg|legs|butt|glute|glutes|hip|hamstring|hamstrings|foot|feet|calf|arm|hand|groin',
    'referred|refers pain?',
  ]),
  symptom('numbness_tingling', 1, [
    'numb',
    'numbness',
    'going|gone|went numb',
    'tingl*',
    'pins and needles',
    'buzzing',
    'electric|electrical',
    'dead leg',
    "can't|cannot|couldn't feel",
    'lost feeling|sensation',
    'no feeling|sensation',
    'loss of feeling|sensation',
  ]),
  symptom('stiffness', 0.9, [
    'stiff',
    'stiffness',
    'stiffened|stiffens|stiffening up?',
    'rigid',
    "can't|cannot|couldn't bend|straighten",
    "can't|cannot|couldn't stand up straight",
    'hard to bend|straighten',
    'kink|kinks|kinked',
    'locked',
    'is|was locked',
    'feels|felt locked',
  ]),
  symptom(null, 1, [
    'pain|pains|painful',
    'hurt|hurts|hurting',
    'killing|kills|killed me?',
    'agony',
    'agonizing',
    'excruciating',
    'injury|injuries|injured',
    'injure my',
    'hurt my|his|her',
    'throbbing|throbs',
  ]),
  symptom(null, 0.85, [
    'discomfort',
    'uncomfortable',
    'gave|give|gives|giving out',
    'went out',
    'acting up',
    'flare|flares|flared|flaring up?',
    'flare up|ups',
    'aggravat*',
    'irritat*',
    'inflam*',
    'bother|bothers|bothering|bothered',
    'messed|screwed|jacked|fucked|effed up',
    'fried',
    'cooked',
    'wreck|wrecks|wrecked|wrecking',
    'destroyed',
    'smoked',
    'trashed',
    'torched',
    'beat up',
    'niggle|niggles|niggling',
    'scream|screams|screaming|screamed',
    "hasn't|isn't|wasn't|haven't been? right",
    "hasn't|isn't|wasn't|haven't been? the same",
    'anger|angers|angered',
    'barking',
  ]),
  symptom(null, 0.6, ['problem|problems', 'issue|issues', 'trouble', 'compressed|compression', 'pressure']),
  symptom(null, 0.7, ['fatigue|fatigues|fatigued|fatiguing', 'tired|tires|tiring', 'gassed', 'exhausted', 'toast', 'not right']),
];

// ---------------------------------------------------------------------------------------------
// Words that look like features but are not, here.
// ---------------------------------------------------------------------------------------------
export const IDIOM_TERMS: readonly TermGroup[] = [
  // Training compounds: "back" names a lift or a session, whatever comes before it.
  idiom('region', false, [
    'back squat|squats|squatting|squatted|squatter',
    'back day|days|workout|workouts|session|sessions|training|routine|routines|exercise|exercises|movement|movements|work|program|specialization|thickness|width|development|gains|growth|attack|builder|builders',
    'back and bi|bis|biceps',
    'back extension|extensions|raise|raises|hyper|hypers|hyperextension|hyperextensions',
    'back row|rows',
    'back double bi|biceps',
    'back lat spread',
    'back pose|poses',
    'back off|offs',
    'back off set|sets',
    'backoff|backoffs',
    'back to back',
    'back and forth',
    'lat pull down|downs',
    'lat spread|day|work',
    'trap bar|bars',
    'trap bar deadlift|deadlifts',
    'upper|lower back day|workout|session|work|exercise|exercises|training|builder',
    'upper back|trap|traps shelf',
  ]),
  // Everyday "back": yields when a possessive comes before or a symptom right after.
  idiom('region', true, [
    'back in the|my day|days|gym|saddle|game|groove|swing|habit|routine|old',
    'back in high school',
    'back in school|college|university',
    'back in #',
    'back in january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter',
    'back then|when',
    'back home',
    'back on track',
    'back at it|home|work',
    'back at the gym',
    'back to the gym|drawing',
    'back to lifting|running|training|work|school|normal|basics|square|it|squatting|deadlifting|benching|form|health',
    'back into it|lifting|running|training|shape|things|the',
    'back from vacation|holiday|injury|surgery|break',
    'back from a|the break|trip|vacation|holiday|layoff',
    'back down',
    'back pocket|seat|burner|yard|story',
    'back of the gym|room|class|line|pack|bus|car|mind',
    'in the back of my mind',
    'get|gets|got|getting|gotten|come|comes|came|coming|go|goes|went|going|gone|bring|brings|brought|bringing|welcome|write|wrote|reply|replied|hear|heard|call|called|pay|paid|cut|cutting|dial|dialed|dialled|scale|scaled|scaling|step|stepped|stepping|lean|leaning|leaned|sit|sitting|sat|lay|laying|lie|lying|hips|shoulders|pull|pulled|pulling|push|pushed|pushing|set|sets|look|looking|looked|hold|holding|held|ease|eased|easing|drop|dropped|dropping|bounce|bounced|fight|fought|kick|kicked|laid|turn|turned|take|took|taking|give|gave|giving|way|fall|fell|falling|roll|rolled|head|headed|heading|move|moved|moving|talk|talked|answer|answered|put|putting|pin|pinned|tuck|tucked|sent|send|flash|play|played|rock|rocked|bend|bent|bending|arch|arched back',
    'be|been|being back',
    "i'm|is|was|are|were|we're|he's|she's|it's|they're|you're back",
    'hold|holds|holding|held|set|sets|setting|pay|paid|get|got|bring|brought|put|take|took|give|gave|send|sent|call|called|write|wrote|win|won|keep|kept|kick|push|pushed|pull|pulled me|you|him|her|us|them|it|myself|yourself|everything|that|this back',
    'i|we|it am|are|is back',
    'feedback|comeback|backpack|backyard|backstory|backlog|backup|backwards|backward|backfire|backfired|backhand|backstage|backdrop|background|backtrack|backing|backed|backs',
  ]),
  idiom('activity', false, [
    'in a row',
    'in the long run',
    'run|runs|ran|running out|into|through|across|by|down|over',
    'run|runs|ran|running a|the|this|that|my|his program|programme|template|cycle|block|routine|split|deload|peaking',
    'run|runs|ran|running 5/3/1|531|smolov|sheiko|nsuns|gzcl|stronglifts|westside|ppl|texas|madcow|it|things',
    'run of the mill',
    'running late|joke|total',
    'running|run|ran a fever|temperature|temp',
    'clean eating|diet|form|reps|rep|bulk',
    'pick up where',
    'sit on it',
    'ran it|them|that',
    'weights and measures',
    // Where something rests ("where the bar sits", "it sat right under my shoulder blade"), not sitting down.
    'bar|pain|cramp|knot sit|sitting|sat',
    'it|that|this|which sit|sitting|sat',
    'at a|one stretch',
    'home|final stretch',
    'in a crunch',
    'crunch time',
    'in one sitting',
  ]),
  idiom('symptom', false, [
    'burn|burns|burning|burned|burnt fat|calories|out',
    'burnout',
    'wear and tear',
    'time under tension',
    'pumped for|about|to',
    // Excitement ("I'm so pumped"), not a back that "gets so pumped".
    "i'm|we're so|really|super? pumped",
    'i am so|really|super? pumped',
    'pump up the',
    'pain in the ass|butt|neck|arse',
    'killing|killed|kills|kill it',
    'growing pains',
    'no pain no gain',
    'hurt my feelings',
    'tight schedule|budget|deadline',
    'sore loser',
    'no problem|problems|issue',
    'not a problem|issue',
    'problem solved',
    'knot in my stomach',
    'tight on time|money',
    'give out advice',
    'went out for|to|with|of',
    'fatigue management',
    'pinch grip|grips',
    'strain gauge',
    'locked in|out|down',
    'lock out|lockout',
  ]),
  idiom('flag', false, ['cabin|spring fever', 'fever pitch', 'lump sum', 'take|took my lumps', 'gave me a heart attack', 'chills down my spine']),
];

/** Words that look like a timing but are not one here (read for the panel only). */
export const TIMING_IDIOM_TERMS: readonly TermGroup[] = [
  idiom('timing', false, [
    'good morning|mornings',
    // "20 km in one go": all at once, not 20 km into a run.
    'in one go',
    // A place on the back ("right at the bottom of my shoulder blades"), not the bottom of a rep.
    'at|near|toward|towards the bottom|bottoms|base|top of my|the|both|his|her|your shoulder|shoulders|blade|blades|back|spine|neck|rib|ribs|ribcage|lat|lats|trap|traps',
    'at|near|toward|towards the bottom|bottoms|base|top of them|those|these',
    'arch|arches of my|the foot|feet', 'foot arch|arches', 'arch support|supports', 'high|low|fallen|flat arches']),
];

// ---------------------------------------------------------------------------------------------
// Activities.
// ---------------------------------------------------------------------------------------------
/** Rows and pull-ups: the badge pass reads them too, as a back pump on them is a training goal. */
export const PULL_ACTIVITY_TERMS: readonly TermGroup[] = [
  activity('row', [
    'row|rows|rowing|rowed',
    'barbell|pendlay|yates|seal|cable|kroc|dumbbell|db row|rows',
    'bent over row|rows',
    't bar row|rows',
    'chest supported row|rows',
    'rower',
    'erg',
  ]),
  activity('pullup', ['pull up|ups', 'chin up|ups', 'chins', 'lat pull down|downs', 'pull down|downs', 'muscle up|ups']),
];

/** Every activity but rows and pull-ups (read for the panel only). */
export const OTHER_ACTIVITY_TERMS: readonly TermGroup[] = [
  activity('bench', ['bench|benches|benching|benched|bencher|benchers', 'bench press|pressing', 'bp', 'incline|decline|flat bench|press', 'floor press', 'close grip bench', 'larsen|spoto press', 'pause bench', 'db|dumbbell bench']),
  activity('squat', ['squat|squats|squatting|squatted|squatter|squatters', 'safety bar', 'ssb', 'hack squat|squats', 'low|high bar', 'lowbar|highbar', 'atg', 'in the hole']),
  activity('deadlift', [
    'deadlift|deadlifts|deadlifting|deadlifted|deadlifter|deadlifters',
    'deads',
    'dl|dls',
    'rdl|rdls',
    'romanian deadlift|deadlifts|dl|dls',
    'sumo',
    'conventional',
    'stiff leg|legged deadlift|deadlifts|dl|dls',
    'sldl|sldls',
    'deficit deadlift|deadlifts|pulls',
    'rack pull|pulls',
    'block pull|pulls',
    'pull|pulling from the floor',
    'trap|hex bar',
  ]),
  activity('ohp', ['ohp', 'overhead press|pressing', 'press overhead', 'military press', 'push press', 'strict press', 'jerk|jerks', 'split jerk', 'shoulder press', 'log press']),
  activity('running', [
    'run|runs|running|ran',
    'jog|jogs|jogging|jogged',
    'runner|runners',
    'sprint|sprints|sprinting|sprinted',
    'marathon|marathons',
    'half marathon',
    '# k|km|mile|miles|mi',
    'mile|miles',
    'treadmill',
    'long run|runs',
    'tempo run|runs',
    'race|racing|races',
    'couch to # k',
    'c 25 k',
    'pft|apft|acft|afpt',
    'pt test',
    'ruck|rucking|rucks',
  ]),
  activity('stretching', ['stretch|stretches|stretching|stretched', 'yoga', 'pigeon pose', 'cat cow', 'cobra', 'childs pose', "child 's pose", 'toe touch|touches', 'mobility work|drills']),
  activity('sleeping', ['sleep|sleeps|sleeping|slept', 'in bed', 'asleep', 'mattress', 'pillow', 'lying|laying in bed', 'overnight']),
  activity('sitting', ['sit|sitting', 'sat', 'when|while seated', 'seated for', 'desk|desks', 'office', 'chair|chairs', 'drives|driving|drove', 'commute|commuting', 'car ride|rides', 'long flight|flights', 'long drive|drives', 'computer', 'gaming']),
  activity('other_lift', [
    'good morning|mornings',
    'hyper|hypers|hyperextension|hyperextensions',
    'back extension|extensions',
    'reverse hyper|hypers',
    'leg press',
    'kettlebell|kb swing|swings',
    'kettlebell|kettlebells',
    'lunge|lunges',
    'power|hang clean|cleans',
    'cleans',
    'clean and jerk|press',
    'snatch|snatches',
    'shrug|shrugs',
    'curl|curls',
    'farmer|farmers walk|walks|carry|carries',
    "farmer 's walk|walks|carry|carries",
    'hip thrust|thrusts',
    'plank|planks',
    'crunch|crunches',
    'sit up|ups',
    'situps',
    'leg curl|curls',
    'leg raise|raises',
    'atlas stone|stones',
    'yoke',
    'strongman',
    'lifting|lifted',
    'weightlifting|powerlifting',
    'olympic lifting',
    'weights',
    'pick|picked|picking up',
    'crossfit',
    'wod',
  ]),
];

// ---------------------------------------------------------------------------------------------
// Timing.
// ---------------------------------------------------------------------------------------------
export const TIMING_TERMS: readonly TermGroup[] = [
  timing('during_setup', [
    'setting|set|sets up',
    'setup|setups',
    'unrack|unracking|unracked',
    'walk out|walkout',
    'getting|get into position',
    'get|getting under the bar',
    'arch|arching|arched',
    'retract|retracting|retracted my|the shoulder blades',
    'pull|pulling|pinch|pinching|tuck|tucking my|the shoulder blades',
    'before the lift|rep',
    'tighten|tightening up before',
  ]),
  timing('heavy_sets_only', [
    'heavy set|sets|singles|doubles|triples|weight|weights|lifts|lifting|attempts|pulls|reps',
    'heavier set|sets|weight|weights|loads',
    'top set|sets|single|singles',
    'pr set|sets|attempt|attempts',
    'max|maximal attempt|attempts|effort|singles',
    'maxing out?',
    'near max|maximal',
    '# rm',
    'one rep max',
    'only on|when|with heavy',
    'only on|when|with the heavy|heavier',
    'when it gets|get heavy',
    'when the weight gets|goes heavy',
    'grinder|grinders',
  ]),
  timing('during_sets', [
    'during|mid the|a|my? set|sets|rep|reps|lift|lifts',
    'in the middle of a|the|my set|rep|lift',
    'midset',
    'working set|sets',
    'while lifting|benching|squatting|deadlifting|pressing|pulling|rowing',
    'when|while i bench|squat|deadlift|pull|press|row|lift',
    'on the way up|down',
    'at lockout',
    'at|near the bottom',
    'out of the hole',
    'between sets',
    'on the first|second|third|last set|sets|rep|reps',
  ]),
  timing('during_run', [
    'while|when running|jogging',
    'when|while|whenever i run|jog',
    'during a|my|the run|runs|jog|race',
    'mid run|race',
    'into my|a|the run|race',
    '# k|km|mile|miles|minutes|min in',
    'about|around|after|at|by # k|km|mile|miles',
    'after a mile|km',
    'after half a mile',
    'after a half mile',
    'after the first mile|km|kilometer',
    'after the first few miles|minutes|km',
    'at mile|km #',
    'halfway through my|the run|race',
    'the longer i run',
    'on long|longer runs',
    'on my? runs',
    'each stride',
  ]),
  timing('while_stretching', [
    'while|when stretching',
    'when|while|whenever i stretch',
    'during stretching|yoga',
    'during a|my|the stretch',
    'in a|the stretch',
    'holding a|the stretch',
    'try|tried|trying to stretch',
    'stretching it out?',
  ]),
  timing('after_session', [
    'afterwards|afterward',
    'after my|the|a workout|workouts|session|training|lift|lifting|gym|run|runs|race',
    'after|following leg|legs|back|pull|push|squat|deadlift|heavy|upper|lower|chest|shoulder day|days|session|sessions|workout|workouts',
    'after deadlift*|squat*|bench*|lifting|running|training|rows|rowing',
    'post workout|training|session|run',
    'later that day|evening|night',
    'that evening|night',
    'after i finish|finished|stop|stopped',
    'when i get home',
    'once i stop',
    'the rest of the day',
    'cool down',
  ]),
  timing('next_days', [
    'next day|morning',
    'the day after',
    'following day|morning',
    '# days later|after',
    'two|three|few|couple days later|after',
    'a couple of? days later|after',
    '24|48|72 hours later|after?',
    'doms',
    'days after',
    'for days',
    'day after',
  ]),
  timing('at_rest_or_night', [
    'at night',
    'at rest',
    'while|when resting',
    'lying|laying down|still',
    'wakes|woke|waking me up?',
    'keeps me up',
    "can't sleep",
    'middle of the night',
    'during the night',
    'resting',
    'doing nothing',
    'sitting still',
  ]),
  timing('morning', ['morning|mornings', 'when i wake|woke up?', 'wake|waking up', 'first thing in the morning', 'getting out of bed', 'out of bed', 'when i get up']),
];

// ---------------------------------------------------------------------------------------------
// Context.
// ---------------------------------------------------------------------------------------------
export const CONTEXT_TERMS: readonly TermGroup[] = [
  context('load_jump', [
    'added|adding|add|upped|upping|increased|increasing|bumped|bumping|jumped|jumping|ramped|ramping weight|volume|sets|mileage|miles|plates|reps|intensity|load',
    'added|adding|upped|increased|bumped|jumped|ramped up? the|my weight|volume|sets|mileage|miles|load|intensity',
    'added|adding|upped|increased a lot|bunch|ton of weight|volume|plates|mileage',
    'added|adding|upped|increased lots of weight|volume|plates|mileage',
    'put on a lot|bunch|ton of weight',
    'added|adding|upped # lbs|lb|kg|kgs|pounds|kilos|plates',
    'put on # lbs|lb|kg|kgs|pounds|kilos|plates',
    'ramped|bumped|jumped up',
    'too much too soon|fast|quickly',
    'too much weight|volume',
    'too heavy',
    'big|huge jump',
    'pr|prs|pred|prd',
    'new pr|prs|max|best',
    'personal record|best',
    'hit a pr',
    'heavier than usual|normal|ever|before',
    'more volume|mileage|miles|sets',
    'lot|lots|way|much|far more _? weight|volume|mileage|miles|sets|reps',
    'more _? volume|mileage than',
    'add|added|adding|put|putting|piled|piling on? more _? weight|volume|plates|sets|mileage|miles',
    'doubled my|the',
    'went up # lbs|kg|pounds|kilos',
    // "bumped my long run from 12 to 20 km", "jumped from +10 kg to +25 kg" (extract.ts drops a fall: "went from 20 to 16").
    'went|going|jumped|jumping|increased|increasing|upped|upping|bumped|bumping|ramped|ramping|moved|moving|progressed|pushed|pushing _? _? _? from # _? to #',
    '# lb|lbs|kg|kgs|pounds|kilos increase|jump',
    'increase|increases|increased|jump|jumps in weight|weights|load|volume|mileage',
    'a lot heavier',
  ]),
  context('new_program_or_exercise', [
    'new program|programme|routine|split|plan|block|exercise|movement|lift',
    'first time doing|trying|squatting|deadlifting|benching',
    'for the first time',
    'just started|began',
    'recently started|began',
    'started doing|running|deadlifting|squatting|lifting|training',
    'switched|changed my|to',
    'new to deadlifts|deadlifting|squats|squatting|lifting|weights|training',
    'new to the gym',
    'beginner|novice|newbie|noob',
  ]),
  context('returning_after_break', [
    'after a|my break|layoff|hiatus',
    'after a|my lay off',
    '# weeks|months|years off',
    'weeks|months|years off',
    'time off',
    'layoff',
    'hiatus',
    'first time in weeks|months|years|ages',
    'first time in a while',
    'back to the gym',
    'back to lifting|running|training',
    'got|getting|get back into',
    'coming back',
    'returning',
    "haven't|hadn't lifted|run|trained|ran|exercised",
    "haven't|hadn't worked out",
    "haven't|hadn't been lifting|training|running|to the gym",
    'start|starting|started lifting|training|running|working out again',
    'get|getting back to lifting|training|running',
    'out of shape',
    'took|taking a break',
    'restarting',
    'started|starting again',
    'after surgery|injury|covid',
    'since having my|a baby',
  ]),
  context('heavy_low_rep_focus', [
    'low rep|reps',
    'low rep work|range',
    'heavy low rep|reps',
    'heavy singles|doubles|triples',
    '5 x 5',
    'powerlifting|powerlifter|powerlifters',
    'westside',
    'max effort',
    'strength focus|block',
    'peaking',
    'meet prep',
    'heavy and low',
    'going|gone|went heavy',
    'going really|pretty heavy',
  ]),
  context('new_to_running', [
    'new to running',
    'started|starting|began running|jogging',
    'picked up running',
    'getting into running',
    'couch to # k',
    'c 25 k',
    'first # k',
    'first marathon|half',
    'first half marathon',
    'training for a|my|the # k',
    'training for a|my|the marathon|half|pft|apft|acft|afpt|race|run',
    'training for a|my|the fitness|pt test',
    'not a runner',
    'never been a runner',
    "haven't run in",
    'pft|apft|acft|afpt',
    'run for the first time',
  ]),
  context('no_warmup', [
    'no warm|warming up',
    'without|skipped|skip|skipping|forgot|forgetting warm|warming up',
    "didn't|don't|never warm up",
    'cold muscles|start',
    "when i'm cold",
    'first set|sets|rep|reps',
    'first few minutes',
    'first # minutes',
    'straight into',
    'start|started|starting|jump|jumped|jumping straight|right at|into',
    'skip|skips|skipped|skipping the|my? empty bar',
    'skip|skips|skipped|skipping the|my? light|lighter sets',
    'skip|skips|skipped|skipping the|my? warm|ramp up sets?',
    "don't|didn't|never bother warming up",
    'once i warm up',
    "once i'm warmed|warm up?",
    'once i am warmed|warm up?',
    'once i get warm|warmed up?',
    'once warmed up',
    'after i warm up',
    'goes away once|after i warm up',
  ]),
  context('hot_or_dehydrated', [
    'hot day|days|weather|room|gym|run|summer',
    'in the heat',
    'heat wave',
    'humid|humidity',
    'sweat|sweated|sweating|sweats a lot|heavily|buckets|profusely|loads',
    'soaked|drenched|dripping in|with sweat',
    'salty|heavy sweater',
    'dehydrat*',
    "didn't|don't|doesn't|haven't|hadn't drink|drunk|drank",
    'not drinking|drink|drank enough|much|anything',
    'barely|hardly|rarely drink|drinks|drinking|drank|drunk',
    'barely|hardly had|have any? water|fluids',
    'not enough water|fluids|salt|electrolytes',
    'cutting hard|weight',
    'sauna',
    'fasting|fasted',
    'water cut',
  ]),
  context('prior_cramps', [
    'prone to cramp*',
    'cramp|cramps prone',
    'history of cramp*',
    'always get|had|got cramps',
    'get|got|getting cramps easily|often',
    'get|got|getting cramps a lot',
    'cramp|cramps a lot',
    'cramp|cramps easily|often',
    'used to cramp',
    'used to get cramps',
    'cramps|cramping again',
    'keeps happening',
    'recurring|recurrent',
    'again and again',
  ]),
  context('sudden_onset', [
    'felt|heard _? pop|popping|give|snap|tear|rip|twang|go',
    'popped',
    'twang|twanged',
    'suddenly',
    'sudden',
    'all of a sudden',
    'out of nowhere',
    'instantly',
    'tweaked',
    'threw|throw|thrown|throwing my back out',
    'threw|throw|thrown|throwing out my back',
    'put my back out',
    'went out',
    'gave out',
    'pulled a|my|something',
    'strained',
    'slipped',
    'fell|landed|fallen on|onto|off|from|down',
  ]),
  context('weeks_long', [
    'chronic',
    'ongoing',
    'for weeks|months|years',
    'for a few|several|many months|years',
    'for several|many weeks',
    'months|years now',
    'last|past few|several|couple months|years',
    'over the last|past few|several months|years',
    'since last year|summer|winter|spring|fall|autumn',
    'for ages',
    'on and off for',
  ]),
];

// ---------------------------------------------------------------------------------------------
// Red flags said in one phrase. Those built from several cues live in redflags.ts.
// ---------------------------------------------------------------------------------------------
/** Emergency red flags: the badge pass reads them, so that no sensitivity hides a back emergency. */
export const EMERGENCY_FLAG_TERMS: readonly TermGroup[] = [
  flag('bladder_bowel', [
    "can't|cannot|couldn't pee|urinate|piss",
    'trouble|difficulty|problems|struggling peeing|urinating',
    'trouble|difficulty|problems|struggling to pee|urinate',
    'hard to pee|urinate',
    "can't go to the toilet|bathroom",
    'incontinence|incontinent',
    'wet|peed|pissed|soiled|shat|shit myself',
    'lost|losing control of my? bladder|bowel|bowels',
    'loss of bladder|bowel control',
    'loss of control of my? bladder|bowels',
    'lost|losing my? bladder|bowel control',
    'bladder|bowel|bowels control',
    "can't|cannot|couldn't hold|control my? bladder|bowels|pee|urine",
    'leaking urine|pee',
    'urinary|bladder retention',
    'no urge to pee|urinate',
    "can't|cannot|couldn't really|even|always? feel when i need to pee|go",
    "can't|cannot|couldn't really|even? tell when i need to pee|go",
  ]),
  flag('saddle_numbness', ['saddle anaesthesia|anesthesia|numbness', 'numb when i wipe', 'numb down there', "can't feel my groin|genitals|privates|butt|bum"]),
  flag('chest_pain', [
    'chest pain|pains|pressure|tightness',
    'pain|pains|pressure|tightness in my|the chest',
    'tight chest',
    'chest feels|felt tight|heavy|crushed',
    'chest is|was tight|heavy|crushed',
    'crushing pain|chest',
    'short of breath',
    'shortness of breath',
    'trouble|difficulty|struggling breathing',
    "can't breathe",
    'tearing|ripping pain',
  ]),
  flag('major_trauma', [
    'car|auto|motorcycle|motorbike|bike|bicycle|cycling|skiing|ski|snowboarding|work|workplace|bad|serious|traffic accident|crash|wreck|collision',
    'hit by a car|truck|bus',
    'rear ended',
    'fell|fall|falling|fallen _? _? _? off|from a|the|my? ladder|roof|horse|bike|tree|wall|stairs|scaffold|scaffolding|height|balcony|trampoline|loft',
    'fell|fall|falling|fallen|landed|thrown _? _? _? onto|on my|his|her back|tailbone|spine|butt',
    'fell|fall|falling down the|some stairs',
    'fell down stairs',
    'fell hard',
    'bad|nasty|hard fall',
    'slipped and fell',
    'got tackled',
    'was tackled',
    'dropped the bar on my',
    'bar fell on my',
  ]),
  flag('dark_urine_severe_pain', [
    'dark|brown|cola|coke|tea|black|red|bloody colored|coloured? urine|pee|piss',
    'urine|pee|piss was|is dark|brown|black|red|bloody',
    'urine|pee|piss looked|looks dark|brown|black|red|bloody',
    'urine|pee|piss is|was the? colour|color of cola|coke|tea|coffee',
    'urine|pee|piss looks|looked|turned the? colour|color of cola|coke|tea|coffee',
    'peeing|pissing blood|brown|black',
    'blood in my? urine|pee',
    'rhabdo',
    'rhabdomyolysis',
  ]),
];

/** The other red flags (read for the panel only). */
export const OTHER_FLAG_TERMS: readonly TermGroup[] = [
  flag('fever', ['fever|fevers|feverish', 'high temperature', 'temperature of #', 'chills', 'night sweats', 'running a temperature|temp']),
  flag('weight_loss', [
    'unexplained|unintentional|unintended|unexpected|sudden|rapid weight loss',
    'losing|lost weight without trying|dieting',
    'losing|lost weight for no reason',
    "losing|lost weight and i don't know why",
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone without trying|dieting',
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone without meaning to',
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone for no reason',
    'weight loss for no reason',
  ]),
  flag('night_or_rest_pain', [
    'wakes|woke|waking me up at night',
    'worse|worst at night',
    'night pain',
    'hurts|pain|aches|ache|worse even at rest',
    "doesn't|won't|never ease|eases|improve|improves with rest",
    'does not ease|improve with rest',
    "doesn't|won't get better with rest",
    "rest|resting|lying|laying still|down? doesn't|won't|never help|helps|ease|eases|change|changes",
    'rest|resting|lying|laying still|down? does not help|ease|change',
    'nothing eases|helps it',
    'no position helps',
    'no position is comfortable',
    "can't get comfortable",
    "can't find a comfortable position",
    'no matter how i lie|sit|lay',
    "can't sleep because of the? pain",
    "can't sleep from|with the? pain",
  ]),
  flag('cancer_history', [
    'history of cancer',
    'had|have|got|beat|survived _? cancer',
    'treated for _? cancer',
    'diagnosed with _? cancer',
    'my cancer',
    'cancer survivor',
    'in remission',
    'chemo|chemotherapy',
    'radiotherapy',
    'oncologist',
    'metastas*',
    'lymphoma|leukemia|leukaemia|myeloma|melanoma',
  ]),
  flag('progressive_weakness', [
    'foot drop',
    'drop foot',
    'dropfoot',
    'foot is dragging',
    'dragging my foot|leg',
    'foot drags',
    "can't lift my foot|toes",
    "can't stand|walk on my? toes|heels|tiptoes",
    'tripping over my foot|feet|toes',
    'leg|foot keeps giving way|out',
    'leg|foot giving|gave|gives way',
    'losing strength in my leg|foot',
    'foot slaps|slapping|flops|flopping|drops',
    "can't|cannot|couldn't lift|raise the front of my? foot",
    'paralysis',
    'partial paralysis',
    'paralyzed|paralysed',
  ]),
  flag('lump_or_deformity', [
    'lump|lumps',
    'swelling on|in|over my? back|spine',
    'bump on my spine|back',
    'deformity',
    'deformed',
    'change in the shape of my back|spine',
    'spine looks crooked|curved|bent',
  ]),
  flag('steroids_immunosuppressed', [
    'prednisone|prednisolone|dexamethasone|hydrocortisone|methylprednisolone',
    'corticosteroid|corticosteroids',
    'oral|longterm steroids',
    'long term steroids|steroid',
    'steroid tablets|pills',
    'immunosuppress*',
    'immunocompromised',
    'immune suppressed|suppression',
    'weakened immune system',
    'organ transplant',
    'methotrexate',
    'biologics',
    'iv drug|drugs',
    'injecting drugs',
  ]),
  flag('cough_sneeze_worse', ['worse when|if i cough|sneeze|laugh', 'hurts to cough|sneeze|laugh']),
  flag('radiating_arm', ['down my|the arm|arms', 'into my|the arm|hand|fingers']),
];

// ---------------------------------------------------------------------------------------------
// Helper cues.
// ---------------------------------------------------------------------------------------------
/** Cues that relevance, negation and the emergency flags read (the badge pass reads them). */
export const RELEVANCE_CUE_TERMS: readonly TermGroup[] = [
  cue('negator', ['no', 'never', 'without', 'none', 'zero', 'nor', 'neither', 'free of', 'absence of', 'not any', 'no more', 'no longer', 'barely any', 'lack of']),
  cue('not', ['not', "don't", "doesn't", "didn't", "isn't", "wasn't", "weren't", "aren't", "haven't", "hasn't", "hadn't", "won't", "wouldn't", "ain't", 'cannot', "can't", "couldn't"]),
  cue('pseudo_negation', [
    'no idea|clue|matter|doubt|joke|lie|kidding|wonder|way|reason|better|change|improvement|relief|luck',
    'not sure|certain|only|just|even|because',
    'not that|as|too bad',
    'not much better',
    'not getting any? better',
    'not improving|improved|helping|working|better',
    'never goes|went away',
    "barely|hardly|can't|cannot|couldn't walk|move|sit|stand|bend|sleep|lift|run|breathe|get|function without",
    'unable to walk|move|sit|stand|bend|sleep|lift|run|get without',
  ]),
  cue('post_negation', ['free']),
  cue('hedge', [
    'almost|nearly',
    'close to',
    'worried|afraid|scared|paranoid|concerned|terrified|fear',
    'in case',
    'watch|look out for',
    'signs|symptoms of',
    'red flag|flags',
    'such as',
    'rule out',
    'check for',
  ]),
  cue('cue_verb', ['keep|keeping|kept|get|getting|stay|staying|make|making|hold|holding|brace|bracing|set|setting|lock|locking|squeeze|squeezing|tighten|tightening']),
  cue('positive', ['great|good|awesome|amazing|nice|best|solid|decent|epic|fantastic|glorious', 'love|loved|loving|enjoy|enjoyed|chasing|chase']),
  cue('intense', ['insane|crazy|sick|killer|massive|huge|wicked|incredible|unreal|monster|mean', 'skin|sleeve splitting']),
  cue('complaint', [
    'cramp*',
    'spasm*',
    'pain|painful|hurt|hurts|hurting|ache|aches|aching',
    'unbearable',
    'stop|stopped|stopping',
    "can't|cannot|couldn't",
    'problem|problems|issue|issues',
    'annoying|annoys|annoyed',
    'bad|worse|worst',
    'kill|kills|killing',
    'limit|limits|limiting|limiter',
    'holds me back',
    'why',
    'normal',
    'fix|prevent|avoid',
    'get rid',
    'too much',
    'ridiculous|ridiculously',
    'before my legs',
    'before i',
    'weird|strange|panic|panicked|scary|scared|worried|worry|concerned|uncomfortable|intense|unusual',
  ]),
  cue('hypothetical', [
    'if|unless|whether',
    'when|whenever you|your',
    'you should|need|want|must|might|may|could|can|will|would',
    "you'll|you'd",
    'make sure',
    'be sure',
    'try to',
    'try not',
    'to avoid|prevent',
    'prevent|prevents|preventing|avoid|avoiding|protect|protecting|protects',
    'can|could|may|might|will|would cause|lead|result',
    'is|are often|usually|typically|commonly caused',
    'caused by',
    'people who|with',
    'some|most|many people',
    'anyone with',
    'in general',
    'common in|among|for',
    'is common',
  ]),
  cue('first_person', ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself']),
  cue('second_person', ['you', 'your', "you're", "you've", 'yours', 'yourself']),
  cue('back_training', [
    'back day|workout|workouts|session|training|routine',
    'pull day',
    'row|rows|rowing',
    'pull up|ups',
    'chin up|ups',
    'pull down|downs',
    'lat pull down|downs',
    'face pull|pulls',
    'shrug|shrugs',
    'rear delt|delts',
    'back work',
    'deadlift|deadlifts',
  ]),
  cue('severe', [
    'severe|severely|extreme|extremely|excruciating|unbearable|agony|agonizing|crippling|debilitating',
    'worst pain',
    'killing me',
    'in tears',
    "can't|cannot|couldn't move",
    'insane|unreal|crazy pain',
    'pain is insane|unreal|crazy',
    '10/10|9/10',
  ]),
  cue('swelling', ['swelling', 'swollen', 'swelled|swells up?', 'puffy', 'rock hard', 'hard as a rock']),
  cue('past', ['used to', 'years ago', 'year|months|month ago', '# years|year|months|month ago', 'back in high school', 'back in school|college', 'in high school', 'in college', 'when i was', 'as a kid|teen|teenager', 'in my teens|twenties', 'back then']),
  cue('weakness', ['weak', 'weakness', 'weaker', 'gives|giving|gave way', 'buckle|buckles|buckled|buckling', 'no strength', 'lost|losing strength', 'floppy', 'dragging']),
  cue('numbness', ['numb', 'numbness', 'tingl*', 'pins and needles', 'no feeling', 'lost feeling', 'loss of feeling|sensation', "can't|cannot|couldn't feel", 'altered sensation', 'dead', 'asleep']),
  cue('urine', ['urine', 'pee', 'piss', 'peeing', 'pissing']),
  cue('dark', ['dark', 'brown', 'cola', 'coke', 'tea', 'black', 'bloody']),
  cue('training_day', ['leg|legs|back|pull|push|squat|deadlift day', 'workout|session|training|squats|deadlifts|deads', 'after the gym']),
  cue('joking', ['lol|lmao|haha|hahaha|hah|jk|rofl|lmfao']),
  cue('chest_training', ['chest day|workout|pump', 'bench|benching|benched', 'press|pressing|pressed', 'fly|flys|flyes|flies', 'dips', 'push up|ups', 'pushups', 'pec deck', 'doms', 'sore']),
  cue('bracing', ['brace|bracing|braced', 'belt|belts', 'valsalva']),
];

/** Cues that only features and the other red flags read (the panel only). */
export const FEATURE_CUE_TERMS: readonly TermGroup[] = [
  cue('constant', [
    'constant|constantly',
    'all the time',
    'all day',
    'all day long',
    'day and night',
    '24/7',
    'never goes|go away',
    "doesn't|won't go away",
    'does|will not go away',
    'never stops',
    "doesn't|won't stop",
    'even at rest',
    'even when resting|sitting|lying',
    'even when i rest|sit|lie',
    'no matter what i do',
    'whatever i do',
    'persistent',
    'non stop',
    'nonstop',
    'every day',
  ]),
  cue('not_mechanical', [
    'not related|tied|linked|connected to lifting|training|exercise|working|movement|the',
    'nothing to do with lifting|training|exercise|working|the',
    "haven't|hasn't been lifting|training|exercising",
    'not from lifting|training|the',
    "doesn't change with movement|position",
    'does not change with movement|position',
    'for no reason',
    'out of nowhere',
    'no obvious reason|cause',
    "didn't do anything",
    'without doing anything',
  ]),
  cue('extension', [
    'arch|arches|arching|arched',
    'lean|leans|leaning|leaned back',
    'bend|bending|bent backwards|backward|back',
    'backbend|backbends',
    'extension|extending|hyperextend|hyperextending|hyperextension',
    'overhead',
    'jerk|jerks',
    'bridge|bridges|bridging',
    'gymnastics|dance|dancing|cheer|cheerleading|diving|cricket|bowling|volleyball|wrestling',
    'handstand|handstands|walkover|walkovers',
    'cobra',
    'superman|supermans',
  ]),
  cue('relative', ['mom|mum|mother|dad|father|brother|sister|wife|husband|aunt|uncle|grandma|grandpa|grandmother|grandfather|friend|cousin|son|daughter|family|girlfriend|boyfriend|partner|client|he|she|his|her']),
  cue('persisting', [
    'no better',
    'not better',
    'not getting any? better',
    "isn't|hasn't|wasn't getting|gotten any? better",
    "hasn't|haven't improved|healed",
    "hasn't|haven't gone away",
    "hasn't|haven't gotten better",
    'not improving|improved|healing|healed',
    'no improvement',
    "won't|doesn't heal|improve|settle",
    "won't|doesn't go away",
    "won't|doesn't get better",
    'never went away',
    'keeps coming back',
    'persist|persists|persisting|persistent',
    'nothing helps|worked|works',
    'nothing has helped',
  ]),
  cue('still', ['still']),
  cue('worsening', ['getting|got|gotten|becoming worse|weaker', 'worse and worse', 'weaker and weaker', 'progressively|gradually worse|weaker', 'worsening']),
  cue('cough', ['cough|coughs|coughing|coughed', 'sneeze|sneezes|sneezing|sneezed', 'laugh|laughs|laughing', 'straining on the toilet', 'bowel movement|movements', 'pooing|pooping']),
  cue('night', ['at night', 'in the night', 'during the night', 'nightly', 'middle of the night', 'nighttime', 'night time', 'wakes|woke|waking me up?']),
  cue('teen', ['teen|teenager|teenage', 'high school', 'highschool', 'highschooler', 'high schooler', 'freshman|sophomore', 'junior year', 'middle school', 'year 10|11|12', 'grade 9|10|11|12', 'a minor']),
  cue('age_word', ['age|aged']),
  cue('old', ['years|year old', 'yo', 'y o', 'm|f|male|female']),
  cue('intentional_weight', ['cut|cutting|diet|dieting|deficit|calories|bulk|bulking|recomp', 'on purpose', 'trying to lose', 'weight loss journey']),
  cue('during_word', ['on|during|while|when|whenever|doing|in|for']),
  cue('said_fine', [
    'fine|ok|okay|alright|painless',
    'pain free',
    'no|zero problem|problems|issue|issues|trouble',
    "never|not|doesn't|don't|didn't|won't set|sets it|that|this|them off",
    "never|doesn't|don't|didn't|won't bother|bothers|trigger|triggers|affect|affects it|that|this|me",
  ]),
  cue('fine_on', [
    "never|not|doesn't|don't|didn't|won't happen|happens on|with|during|when|doing",
    'fine|ok|okay on|with|during|doing',
    'no|zero problem|problems|issue|issues|trouble|pain on|with|during|doing',
  ]),
  cue('duration_lead', ['for', 'past', 'last', 'over', 'since', 'about', 'almost', 'nearly', 'like', 'around']),
  cue('duration_unit', ['week|weeks', 'month|months', 'year|years']),
];

/**
 * What the badge pass on every forum page reads (lib/analysis/score.ts): enough to pair a back
 * word with a symptom and to find an emergency, exactly as the full lexicon does. The content
 * script ships only these; activities, timing, context and the other flags load with the panel.
 * tests/unit/analysis/score.test.ts checks that both give every post the same relevance.
 */
export const RELEVANCE_TERM_GROUPS: readonly TermGroup[] = [
  ...REGION_TERMS,
  ...CONDITION_TERMS,
  ...PART_TERMS,
  ...SADDLE_TERMS,
  ...SYMPTOM_TERMS,
  ...IDIOM_TERMS,
  ...PULL_ACTIVITY_TERMS,
  ...EMERGENCY_FLAG_TERMS,
  ...RELEVANCE_CUE_TERMS,
];

/** Everything, in the same order, for the full analysis (the panel, the popup, the command line). */
export const ALL_TERM_GROUPS: readonly TermGroup[] = [
  ...REGION_TERMS,
  ...CONDITION_TERMS,
  ...PART_TERMS,
  ...SADDLE_TERMS,
  ...SYMPTOM_TERMS,
  ...IDIOM_TERMS,
  ...TIMING_IDIOM_TERMS,
  ...PULL_ACTIVITY_TERMS,
  ...OTHER_ACTIVITY_TERMS,
  ...TIMING_TERMS,
  ...CONTEXT_TERMS,
  ...EMERGENCY_FLAG_TERMS,
  ...OTHER_FLAG_TERMS,
  ...RELEVANCE_CUE_TERMS,
  ...FEATURE_CUE_TERMS,
];

/** Words before "back" that make it surely the body ("my back", "lower back", "bad back"). */
export const BACK_MODIFIERS: ReadonlySet<string> = new Set([
  'my',
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
  'weak',
  'lower',
  'upper',
  'mid',
  'middle',
  'low',
]);

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
