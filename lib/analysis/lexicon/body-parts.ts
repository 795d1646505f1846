/** Other body places. A cramp "in my calf" is a calf cramp, however close a back word is. */
import { part, type TermGroup } from './terms';

export const PART_TERMS: readonly TermGroup[] = [
  part('leg', [
    'leg',
    'thigh',
    'hamstring|hamstrings',
    'ham|hams',
    'quad|quads',
    'quadricep|quadriceps',
    'hip|hips',
    'hip flexor|flexors',
    'psoas',
    'it band',
    // With its side between: "high up the back of my left thigh" (the back of one leg, not the back).
    'back of my|the left|right thigh|leg|hamstring',
    'back of my|the same|other|injured|bad thigh|leg|hamstring|knee',
  ]),
  part('legs', [
    'legs',
    'thighs',
    'both legs|thighs|feet',
    // "my low back and the backs of my legs are sore", "numbness down the backs of my legs".
    'backs of my|the|both legs|thighs|hamstrings',
    'both my legs|feet',
    'both of my legs|feet',
    // Both legs told part by part or all at once: "both calves give out", "pins and needles from the hips down".
    // Not "either side" or "left and right": said of the spine as often ("two muscles either side of my spine").
    'both calves|shins|ankles|knees|quads|hamstrings|hams',
    'both my calves|shins|ankles|knees|quads|hamstrings',
    'both his|her|me feet|legs',
    // Said of someone else part by part: "both her shins and feet have been pins and needles".
    'both his|her|their calves|shins|ankles|knees|quads|hamstrings',
    'both of his|her|their legs|feet|calves|shins|ankles|knees',
    // "my two legs are sleeping".
    'two legs|feet',
    'my two legs|feet',
    'feet',
    'from the hips|waist down',
    // "numb from the groin down", "everything below the waist", "bilateral leg numbness" (round 17's vocabulary).
    'from the pelvis|groin|bum|arse|butt down',
    'below the waist|belt',
    'everything below the waist',
    'bilateral leg|legs',
    'both lower limbs',
    'lower limbs|extremities',
    'left and right leg|legs',
    // Both named side by side or from a level down: "my left and right calves", "numb from the knees down on the left
    // AND right", "left and right from the hip down". Not "on the left and right" alone: said of the spine's muscles.
    'left|right and right|left calf|calves|shin|shins|foot|feet|thigh|thighs|knee|knees|quad|quads|hamstring|hamstrings',
    'left|right and right|left from the hip|hips|knee|knees|thigh|thighs|waist|groin down',
    'from the knees|shins|calves down',
    'right and left leg|legs',
    'from the hips|waist to the toes|feet',
    // "he can't feel his shins on either side".
    'legs|feet|shins|calves on either side',
    'legs|feet|shins|calves on both sides',
    // "can't feel the floor under either foot": each of the two, so both.
    'either foot|leg|feet|legs',
    // "tingling down the back of each thigh into each foot".
    'each leg|thigh|foot|calf|shin',
    'each of my legs|thighs|feet|calves|shins',
    // Jamaican: "both mi foot dem"; Welsh: "my feet and shins, both of em".
    'both mi foot|feet|leg|legs',
    'both of em',
    // "both feet and up to my knees have gone fuzzy".
    'both feet|legs and up to my|the knees|shins|thighs|waist',
  ]),
  part('below_knee', [
    'knee|knees',
    'calf|calves',
    'shin|shins',
    'ankle|ankles',
    'foot|feet',
    'toe|toes',
    'heel|heels',
    'achilles',
    'sole|soles',
    'below|past|under my|the knee|knees',
    'back of my|the knee|knees|calf|calves|shin|shins|ankle|ankles|heel|heels|foot|feet',
    // With its side between: "the back of my left knee".
    'back of my|the left|right knee|calf|shin|ankle|heel|foot',
    'backs of my|the knees|calves|shins|ankles|heels',
    // "The balls of my feet" are no saddle area.
    'ball|balls of my|the|his|her|your foot|feet',
  ]),
  part('arm', [
    'arm|arms',
    'hand|hands',
    'finger|fingers',
    'forearm|forearms',
    'wrist|wrists',
    'elbow|elbows',
    'bicep|biceps',
    'tricep|triceps',
    'thumb|thumbs',
    'pinky',
  ]),
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
    'back of my|the head|hand|hands|arm|arms|shoulder|shoulders|leg|legs|thigh|thighs|throat|mouth|skull|scalp|eye|eyes',
    'back of my|the left|right hand|arm|shoulder',
    'whole body',
    // "Grip gives out way before my back does": the hands' hold, a part of its own.
    'grip|grips',
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
    'private part|parts area',
    'back side',
    'penis',
    'vagina',
    'testicles',
    'perineum',
    'taint',
    'anus',
    'rectum',
    'saddle',
    'saddle area|region',
    // "tingling is back in my seat area" (where a saddle or a chair meets the body).
    'seat area|region',
    'between my legs',
    'inner|upper thigh|thighs',
    // "the inside of my thighs right up at the top", "between my cheeks".
    'inside|insides of my|the|both thigh|thighs',
    // "the inner side of both thighs" (Indian English).
    'inner side|sides|part|parts of my|the|both thigh|thighs',
    'between my|the cheeks|buttocks',
    // Said of a partner: "the area between his legs".
    'between his|her|the legs',
    // "the zone between the legs", "wash between legs", "between ma legs" (Scots "ma" is read as "my": spelling.ts).
    'zone|area|region|patch between the|my legs',
    'between legs',
    'private part',
    'his|her bits',
    'lady bits|parts',
    // "both cheeks and the bit in between", "me ring and the back of me sack", "meat and two veg".
    'both cheeks',
    'the bit|bits|area in between',
    // "the patch you'd sit on a saddle with".
    'bit|bits|patch|area|part you sit on',
    "bit|bits|patch|area|part you'd sit on",
    // Not "my ring finger" (lexicon/idioms.ts).
    'my ring',
    'me ring',
    'sack',
    'meat and two veg',
    // "the old undercarriage", "the backs of me thighs where I sit".
    'undercarriage',
    'where i sit',
    // "the part where you sit on a bicycle" (told by a non-native writer, the "you" anyone's).
    'part|area|bit|region|place where you|i sit',
    "part|area|bit|region|place where you'd|i'd sit",
    // "the whole area I sit on", "where a bike seat would sit".
    'area|bit|part i sit on',
    'bike|bicycle seat',
    'back passage',
    // "around back hole and inside of thigh on top", "my hip bottom" (Japanese English).
    'back hole',
    'inside of thigh|thighs',
    'hip bottom|bottoms',
    // "sitting on the toilet, the seat felt like it wasn't there".
    'the seat',
    'toilet|loo seat',
    'between my|the bum|butt|arse cheeks',
    // "the whole area that touches the seat is dull and tingly".
    'area|part|bit that|which touches|touched the|my? seat|saddle|chair',
    'down there',
    'butt cheeks',
    'buttocks',
    'backside',
    // How people write the area when they do not say "saddle".
    'balls',
    'scrotum',
    'junk',
    'nether regions',
    'undercarriage',
    'gooch',
    'labia',
    'vulva',
    'down below',
    // Round 17: the area's other names, slang and misspellings, from a vocabulary written for the class (not from
    // any list's posts): "nether bits", "the grundle", "family jewels", "wedding tackle", "front bottom".
    'genitalia',
    'intimate area|areas|parts|region',
    'nether bits|parts|region',
    'nethers',
    'grundle',
    'perineal area|region',
    'perinium|perenium|perinaeum',
    'testicle|testes|testicals',
    'scrotem',
    'ballsack|nutsack|bawbag',
    'ball bag',
    'family|crown jewels',
    'knackers|goolies',
    'wedding tackle',
    'todger|willy|willie|penus|manhood',
    'man bits',
    'virgina|vag|clitoris|clit|ladybits|minge',
    'front bottom',
    'pubic area|region',
    'pudendal area|region',
    'perianal',
    'perianal area|region',
    'anal area|region',
    'sphincter',
    'bum|butt|arse|ass crack',
    'gluteal cleft',
    'bikini line|area',
    'chamois area',
    'loins',
    'bum|arse|ass cheeks',
    'butthole|arsehole|bumhole',
    'bum|butt|arse hole',
    'bits down there',
    // "my bits feel numb and tingly" (not "bits and pieces").
    'my bits',
    'me bits',
    // Australian: "my clacker" (the back passage). Not "old fella": also a father.
    'clacker',
    // Regional names for the backside, with the possessive that rules out their other senses: Irish "me hole",
    // Australian "me date"; "jacksie" (British), "bahookie" (Scots), "keister", "tush", "hiney" (American).
    'me hole|date',
    'jacksie|jacksy|bahookie|keister|tush|tushy|hiney|heinie|derriere',
    'bottom|bum|groin|butt area',
  ]),
];

// Words of the spine and the legs that say one leg, both, or the spine itself (redflags.ts, flag-context.ts).

/** Words of the spine itself, which are not always region mentions. */
export const SPINE_WORDS: ReadonlySet<string> = new Set(['spine', 'vertebra', 'vertebrae', 'spinal']);

/** The last word of "both …" when it names whole legs. */
export const WHOLE_LEG_WORDS: ReadonlySet<string> = new Set(['legs', 'thighs', 'feet', 'sides']);

/** The legs themselves, not feet or thighs, which a ride numbs (redflags.ts). */
export const LEG_WORDS: ReadonlySet<string> = new Set(['leg', 'legs']);

/** The legs above the feet: a "both legs" told with none of them is the feet alone ("my feet hurt like hell"). */
export const LEG_ABOVE_FEET_WORDS: ReadonlySet<string> = new Set([
  'leg',
  'legs',
  'thigh',
  'thighs',
  'calf',
  'calves',
  'knee',
  'knees',
  'shin',
  'shins',
  'hamstring',
  'hamstrings',
  'quad',
  'quads',
  'hip',
  'hips',
]);

/** Words of a leg part that say one leg or foot (not a knee or a hip). */
export const ONE_LEG_WORDS: ReadonlySet<string> = new Set(['leg', 'foot', 'calf', 'ankle', 'toe', 'toes', 'shin']);

/** Levels whose plural names both legs: "from the knees down". */
export const BOTH_LEVELS: ReadonlySet<string> = new Set(['knees', 'hips', 'shins', 'calves', 'thighs']);

/** Which leg a "leg" is: two numb legs of two sides are both legs. */
export const LEG_SIDES: ReadonlySet<string> = new Set(['left', 'right', 'other']);

/** Words inside a part's name that say both of a pair ("each thigh", "either foot", "left and right leg"). */
export const BOTH_WORDS: ReadonlySet<string> = new Set(['both', 'each', 'either', 'two', 'bilateral', 'and']);

/**
 * Body parts named in the plural ("my feet", "both legs", "my cheeks"): a "they" after one may be the parts, not
 * other people.
 */
export const PLURAL_PARTS: ReadonlySet<string> = new Set([
  'feet',
  'legs',
  'thighs',
  'calves',
  'shins',
  'cheeks',
  'buttocks',
  'knees',
  'ankles',
  'toes',
  'balls',
  'bits',
  'veg',
]);

/**
 * Muscles told in the plural: "them" after one is the muscles only as what is touched or worked ("hamstrings are
 * rock hard and swollen, hurts to even touch them"); elsewhere it is as often people ("my quads and my mates, I told
 * them to stretch"): flag-context.ts.
 */
export const PLURAL_MUSCLES: ReadonlySet<string> = new Set([
  'hamstrings',
  'hammies',
  'quads',
  'glutes',
  'hips',
  'arms',
  'shoulders',
  'traps',
  'lats',
  'erectors',
  'muscles',
]);

/** What is done to muscles, before a "them" that is the muscles: "hurts to touch them", "I can't stretch them". */
export const MUSCLE_HANDLING_VERBS: ReadonlySet<string> = new Set([
  'touch',
  'touching',
  'stretch',
  'stretching',
  'roll',
  'rolling',
  'massage',
  'massaging',
  'use',
  'using',
  'move',
  'moving',
]);

/** Laces and shoes, which numb feet and not whole legs (redflags.ts): "laced my shoes too tight", "boots too small". */
export const FOOTWEAR_WORDS: ReadonlySet<string> = new Set([
  'laces',
  'lace',
  'laced',
  'lacing',
  'shoelaces',
  'shoes',
  'trainers',
  'boots',
  'sneakers',
]);
