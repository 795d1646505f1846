/** Words that look like features but are not, here. */
import { idiom, type TermGroup } from './terms';

/**
 * Sweat or rain running down a limb, not pain: "sweat running down my arms on the turbo", "rain pouring down my legs".
 * Neither a symptom nor a red flag (red-flags.ts reads it too). Only down the limb itself: water running down between
 * the legs that does not feel wet is a saddle's numbness.
 */
export const FLUID_RUNNING_DOWN: readonly string[] = [
  'sweat|rain|water|blood|tears running|runs|ran|dripping|drips|pouring|pours|trickling|streaming down my|the|his|her left|right? arm|arms|leg|legs|back|shoulder|shoulders|neck',
];

/** A rower's piece told by its distance: "2k erg test", "a 6k piece", "5k on the rower". */
const ERG_PIECES: readonly string[] = [
  'first? # k|km|m erg|ergs|row|rowing|test|piece|pieces|ergo',
  'first? # k|km|m on the|an|my erg|rower|ergo',
];

/**
 * A race or a test piece started too fast ("went out way too hard"): pacing, not a back that went out. Only with "too":
 * "my back went out hard on the last rep" is a back.
 */
const RACE_START_TOO_FAST: readonly string[] = [
  'went|go|goes|going out too hard|fast|quick|quickly|hot',
  'went|go|goes|going out way|far|much too hard|fast|quick|quickly|hot',
];

/** Pains felt for someone else: "a sympathy backache", "sympathy back pains" (idioms below). */
const SYMPATHY_PAINS: readonly string[] = ['sympathy back ache|aches|pain|pains', 'sympathy pain|pains|ache|aches'];

/** A load carried on the back, or the back as where one lies ("the plates on my back", "lying flat on my back feels weird"). */
const LOAD_OR_POSITION_ON_BACK: readonly string[] = [
  'bar|barbell|plate|plates|pack|vest|bag|rucksack|backpack|son|daughter|kid|kids|baby|toddler|dog|weight|load on my back',
  'riding on my back',
  'lying|laying|lay|sleeping|resting flat? on my back feels|felt|feel|is|was',
];

export const IDIOM_TERMS: readonly TermGroup[] = [
  // Leaking on effort (a cough, a sneeze, a heavy lift), a pelvic floor's: no sign of lost sensation.
  idiom('flag', false, ['stress incontinence', 'stress urinary incontinence']),
  // One buttock, beside sciatica down that leg: "sciatica down the left leg and that bum cheek tingles" is no
  // saddle sign (clinical-facts.md; both cheeks, or between them, still are).
  idiom('flag', false, ['bum|butt|arse|ass|booty cheek']),
  // A distance run or walked uphill, not a height fallen from: a log's "ran 4m up the fell road" (miles), "hiked 900 m up".
  idiom('flag', false, ['ran|run|running|jogged|walked|walking|hiked|hiking|rode|cycled # m|ft|feet up']),
  // A rash, not a lump: "itchy red spots all over my lower back", "itchy spots across my back".
  idiom('flag', false, ['red|itchy|raised|pink|angry bumps|spots|blisters|pimples']),
  // A stool to sit on, not a bowel's: "perched on a kitchen stool", "stood on the step stool" (cues.ts `toileting`).
  idiom('flag', false, [
    'bar|kitchen|step|foot|piano|high|wooden|folding|camp|counter|gym stool|stools',
    'on|onto|off a|the|my stool|stools',
  ]),
  // Training compounds: "back" names a lift or a session, whatever comes before it.
  idiom('region', false, [
    // Low down on a side of something else: "pain low down on the right side of my belly".
    'low down on the|my? left|right side of my|the|your belly|stomach|tummy|abdomen|chest|head|neck|face|leg|knee|foot|body|screen|page|chart|car|road',
    'back squat|squats|squatter',
    // A brace worn on the back, thrown out or bought, not the back: "threw out my back brace".
    'back brace|braces',
    'back day|days|workout|workouts|session|sessions|training|routine|routines|exercise|exercises|movement|movements|work|program|programme|programs|programmes|specialization|thickness|width|development|gains|growth|attack|builder|builders',
    'back and bi|bis|biceps',
    'back extension|extensions|raise|raises|hyper|hypers|hyperextension|hyperextensions',
    'back row|rows',
    'back double bi|biceps',
    'back lat spread',
    'back pose|poses',
    'back off|offs',
    // "back-up" written apart: a spare or a copy, never the body ("my back-up phone drained too").
    'back up phone|phones|battery|batteries|plan|plans|generator|drive|copy|copies|camera|watch|pair|shoes|bar|belt|alarm',
    'back off set|sets',
    'backoff|backoffs',
    'back to back',
    // "get a spotter who's actually got your back".
    'got|have|has|had|getting your back',
    // "me" done to, not "me back" the body: "call me back", "set me back $200", "that takes me back".
    'call|calls|called|text|texted|ring|rang|phone|phoned|message|messaged|write|wrote|pay|paid|get|got|take|takes|took|bring|brings|brought|set|sets|want|wants|wanted|welcome|welcomed|hit me back',
    // "Grip gives out way before my back does": the back is what holds out.
    'before my|the back does|did|goes|went',
    'back and forth',
    // Near misses and jokes: "that WOD nearly broke my spine haha".
    'nearly|almost|practically broke|broken|snapped my spine',
    // Football's positions: "running backs sore after the game" (read as "back's" otherwise, lexicon/regions.ts), and
    // another's "back's" typed without its apostrophes: "his backs sore after every game", "my dads backs been bad".
    'running|defensive|full|half|quarter backs',
    'his|her|their backs',
    'whose backs',
    'dads|mums|moms|wifes|husbands|hubbys|brothers|sisters backs',
    // Where a hand reaches, not what hurts: "can't get my hand behind my back since the op" (a shoulder's range), "went behind
    // my back" (an idiom); a back told to hurt is read by its own words ("pain behind my back" is no forum wording).
    'reach|reaching|reached|reaches|get|getting|put|putting|scratch|scratching|hands|hand|arm|arms|up|or|and behind my|your|his|her back',
    'went|go|goes|going|talk|talked|talking|talks behind my|your|his|her back',
    'lat pull down|downs',
    'lat spread|day|work',
    'trap bar|bars',
    'trap bar deadlift|deadlifts',
    'upper|lower back day|workout|session|work|exercise|exercises|training|builder',
    // Moves named by the back, a gymnast's, a martial artist's or a grappler's: "landed a back roll badly", "drilling
    // back control" (not "back takes": "my lower back takes a beating").
    'back roll|rolls|flip|flips|handspring|handsprings|tuck|tucks|walkover|walkovers|breakfall|breakfalls',
    'back control|mount',
    // A triathlon's transitions, not the vertebrae: "shave a minute off T1", "a slow T2 split".
    't 1|2 time|times|split|splits|transition|area|bag|bags',
    'upper back|trap|traps shelf',
    // A glute exercise's pump: "top of glute pump is unreal" after kickbacks.
    'top of my|the? glute|glutes pump|pumps|pumped',
  ]),
  // A shoe's heel, a runner's footstrike: no body part that hurts ("the outer heel was worn right through. Ached every
  // run" is a back in a thread about one).
  idiom('part', false, [
    // An animal's hind legs: "my dachshund's back legs have gone wobbly", "its hind legs" (not "hurt my back legs
    // numb", a person's back and legs typed without a comma, nor a person's jokey "my hind legs").
    "'s back|hind legs|leg",
    'its back|hind legs|leg',
    'outer|outside|inner|inside heel|heels',
    'heel|heels was|were|is|are worn',
    'heel|heels worn',
    'worn heel|heels',
    'heel drop|counter|cup|tab|wear|strike|striking|striker|strikers',
    // Lifting shoes and heel-elevated squats: "going deep without heels", "squat with heels elevated"; "in heels" only
    // beside a lift ("sharp pain in heels" is the feet).
    'with|without heels',
    'squat|squats|squatting|lifting|lift|lifts in heels',
    'heels|heel elevated|raised',
    'heels|heel up on',
    'heeled shoes|shoe',
    // Where the bar is on a pull, not a knee that hurts: "paused pulls at the knee", "bar drifts at knee height".
    'pause|paused|pauses|pausing just? at|below|above the knee|knees',
    'pause|paused pulls|deadlifts|deads|rdls|squats at|below|above|to the knee|knees',
    'knee height|level',
    'bar|pull|pulls|drifts|drifted past|over the knee|knees',
    // Things called chests: furniture, a freezer, a runner's heart-rate strap ("lifting a chest of drawers").
    'chest of drawers',
    // Hands that are a way of doing, not a part that hurts: "a hands-on assist in pigeon", "hands-free".
    'hands on|free assist|adjustment|adjust|help|approach|coaching|coach|cue|cues',
    'chest freezer|strap|straps|belt',
    'toy|tool|treasure chest',
    // Junk that is no one's groin: a training log's "junk miles" and "junk volume", the post's "junk mail".
    'junk miles|mile|volume|sets|set|reps|rep|food|mail|email|emails|drawer|drawers|yard|science|car',
    // The finger, not the saddle's "ring": "tingling down to my ring finger".
    'ring finger|fingers',
    // "my ring and pinky finger get pins and needles".
    'ring and pinky|pinkie|little|middle|index finger|fingers',
    // A height and a desk worker's complaint, not a part that hurts: "tablet up at eye level", "from mouse arm".
    'eye level|height|line',
    'mouse arm',
    // Feet that stand for standing, not for a sign in both of them: "it almost took me off my feet", "on my feet all
    // day", "back on my feet" (not "numb down to my feet").
    'off my|his|her|their feet',
    'on my|his|her|their feet all day|again',
    'back on my|his|her|their feet',
    // Legs as a session trained, not where a sign is: "trained my legs hard on Monday" (not "at work my legs gave out",
    // "on the train my legs went numb").
    'worked|trained my|the legs',
    // Feet as a measure, not the feet: "only managed ten feet to the door", "six feet tall", "20 feet away".
    '# feet',
    'few|several|couple|two|three|four|five feet',
    'six|seven|eight|nine|ten|twenty|fifty|hundred|hundreds|thousand|thousands feet',
    'couple of feet',
    'feet tall|away|high|deep|long|wide|below|above',
  ]),
  // Legs told as a posture, not where a sign is: "seated on the floor with my legs spread wide, I noticed a strange
  // feeling in my back". Only spread out so: "with my legs apart and numb", "legs crossed and tingling" tell a sign.
  idiom('part', false, ['with my|his|her|your|the legs spread wide|apart|out']),
  // The front of the foot, not the groin: "land on the balls of your feet", "up on the ball of my foot".
  idiom('part', false, ['ball|balls of my|our|your|his|her|the|both feet|foot']),
  // Going somewhere, not a head: "before you head out", "heading home after the race".
  idiom('part', false, ['head|heads|heading|headed out|off|home|over|for|to']),
  // A lifter's weak point, not a symptom: "sets and reps to bring up a weak lower back", "is the low back the weak link?".
  idiom('symptom', false, [
    'bring|bringing|brings up a|my|the|your weak',
    'strengthen|strengthening|build|building a|my|the|your weak',
    'weak link|links|point|points',
  ]),
  // People irritated, not a back: "were you just trying to irritate people?".
  idiom('symptom', false, [
    'irritate|irritates|irritated|irritating people|everyone|others|folks|someone|somebody|me|him|her|them|us',
  ]),
  // A name given, not pain that spreads: "our coach referred to his glutes as the motor" (not "pain referred to
  // my leg").
  idiom('symptom', false, [
    'referred|refer|refers|referring to his|her|their _? as',
    'referred|refer|refers|referring to them|it as',
  ]),
  // A bike's, a tractor's or a sport's disc, not a spine's: "ruptured a disc brake hose", "disc golf on Sunday".
  idiom('region', false, ['disc brake|brakes|rotor|rotors|wheel|wheels|golf|jockey|harrow|drive']),
  idiom('story', false, ['disc brake|brakes|rotor|rotors|wheel|wheels|golf|jockey|harrow|drive']),
  // Serving people, not a tennis serve's arch (lexicon/stories.ts): "when I serve customers all day", "serves me right";
  // nor a badminton serve played low, bent over the shuttle (review 48a).
  idiom('story', false, [
    'serve|serves|served|serving customers|food|drinks|tables|dinner|lunch|breakfast|people|coffee|beer|pints|meals',
    'serve|serves|served|serving behind the bar|counter',
    'serves me right',
    'low serve|serves',
    'serve|serves low',
  ]),
  // Codeine pills, not vertebrae: "the ER gave me some T3s for it" (Tylenol No. 3 and 4, in the plural).
  idiom('region', false, ['t 3|4 s']),
  // A triathlon's transitions, not the first thoracic vertebrae: "whenever I come out of T2 I get a stitch", "cramps
  // after T2", "fumbled my shoes in T1".
  idiom('region', false, [
    'out of t 1|2',
    'into|leaving|exiting|entering|after t 1|2',
    'fumbled|fumbling in t 1|2',
    't 1 and t 2 times',
  ]),
  // Worked hard, not a broken spine: "I've broken my back for this company", "breaking my back doing overtime".
  idiom('region', false, ['broke|broken|breaking|break my|his|her|our back for|working|doing|over']),
  // The rear leg of a split stance, not the back: "arthritis in my back knee on split squats".
  idiom('region', false, ['back knee|knees|shin|ankle|heel|calf|quad|hamstring|glute']),
  // The back of a place, a vehicle or a thing: never the body, whatever comes before ("sat at the back of the class").
  idiom('region', false, [
    'back of the|a|my|our gym|room|class|classroom|hall|line|queue|pack|field|bus|car|van|truck|train|plane|house|garden|shop|store|church|book|card|photo|picture|shirt|jersey|box|mind',
    'in the back of my|his|her|their mind',
    // Effort, not an injury: "Put my back into it and finally hit 200kg".
    'put|putting my|your|his|her|their back into it',
    // The later part of a run, a race or a week: "on the back end of my long runs", "the back half of the race".
    'back end|half of the|my|a|his|her|every|each',
    // Back again at once: "the pain came right back", "running again brings the ache straight back" (a knee's).
    'come|comes|came|coming|go|goes|went|going|flood|floods|flooded|flooding|creep|creeps|crept|creeping right|straight back',
    'bring|brings|brought|bringing the? pain|discomfort|ache|aches|soreness|tightness|symptoms|cramp|cramps|cramping right|straight back',
    'bring|brings|brought|bringing it|them|that|this|everything right|straight back',
  ]),
  // The back of a bike or a kit, not a body: "pop went my back tyre", "snap went my back brake cable" (not "tire":
  // "my back tires on runs" is a back that tires).
  idiom('symptom', false, [
    'back wheel|wheels|tyre|tyres|brake|brakes|light|lights|mech|derailleur|sprocket|cassette|hub|rim|spoke|spokes|pocket|pockets|zip|seat|door|window|strap|seam|rack|mudguard|fender',
    // The back of the mouth: "jarred my back teeth on a bone".
    'back teeth|tooth|molar|molars',
  ]),
  // A training method, not a feeling: "squats first leave the lower back pre-fatigued for the pulls", "pre-exhaust the
  // lats" (round 43's real posts).
  idiom('symptom', false, ['pre fatigued|fatigue|fatiguing|exhausted|exhaust|exhausting', 'prefatigued|preexhausted']),
  // What a back "went on" to do, or where it "went on" in a joke, is no give: "the lower back went on to be my strongest
  // part", "lower back went on holiday, zero soreness".
  idiom('symptom', false, ['went on to', 'went on holiday|vacation|strike|leave']),
  // A back "out" in the sun, in the photos or of shape is on show or out of form, not out of place: "my back was out of
  // the sun all day", "back's out in the comp photos", "my back is out-rowing my legs" (not "out of action", a complaint).
  idiom('symptom', false, [
    'back is|was|been out of the|shape|sun|frame|picture|view|photo|photos|way',
    "back 's out of the|shape|sun|frame|picture|view|photo|photos|way",
    'back is|was|been out in|on|rowing|lifting|pulling|performing|doing|growing|working',
    "back 's out in|on|rowing|lifting|pulling|performing|doing|growing|working",
  ]),
  // A load carried on the back, or the back as where one lies: "the bar on my back feels wrong", "carrying my son on
  // my back", "lying on my back feels weird" (reviews 40h, 40l). Neither the back nor how it feels is a complaint, even
  // under a thread about a back; another back word in the post still counts.
  idiom('region', false, LOAD_OR_POSITION_ON_BACK),
  idiom('symptom', false, LOAD_OR_POSITION_ON_BACK),
  // A pain felt for someone else, a joke of kindness: "got a sympathy backache just reading this", "sympathy pains".
  idiom('region', false, SYMPATHY_PAINS),
  idiom('symptom', false, SYMPATHY_PAINS),
  // Everyday "back": yields when a possessive comes before or a symptom right after.
  idiom('region', true, [
    // The lift done, unless the back is the writer's: "back squatting twice a week" names a lift, "I hurt my back
    // squatting" a back hurt while squatting ("my back squat is stuck" stays the lift, a strong idiom above).
    'back squatting|squatted',
    // A split's day done, not a back that is done: "legs Tuesday, back was done on Thursday" ("my back was done on
    // Thursday" keeps the back, as a weak idiom does).
    'back was|is done on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'back in the|my day|days|gym|saddle|game|groove|swing|habit|routine|old',
    'back in high school',
    'back in school|college|university',
    'back in #',
    'back in january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter',
    'back then|when',
    // "Back" as "ago", before the clause it dates: "a few weeks back I had pain in my knee", "a while back my shoulder
    // began" (not "weeks back pain came back", nor "all week back is wrecked", the writer's "my" dropped).
    'day|days|week|weeks|month|months|year|years|while|bit back i|my|he|she|we|they|when|after|during|at|on',
    'back home',
    'back on track',
    'back at it|home|work',
    'back at the gym',
    'back to the gym|drawing',
    // A return visit: "back to the GP on Monday", "back to the physio it is".
    'back to the|my doctor|doctors|gp|physio|physiotherapist|chiro|chiropractor|clinic|hospital|specialist|surgeon|dentist|er|ward',
    'back to lifting|running|training|work|school|normal|basics|square|it|squatting|deadlifting|benching|form|health',
    'back into it|lifting|running|training|shape|things|the',
    'back from vacation|holiday|injury|surgery|break',
    'back from a|the break|trip|vacation|holiday|layoff',
    'back down',
    'back pocket|seat|burner|yard|story',
    'get|gets|got|getting|gotten|come|comes|came|coming|go|goes|went|going|gone|bring|brings|brought|bringing|welcome|write|wrote|reply|replied|hear|heard|call|called|pay|paid|cut|cutting|dial|dialed|dialled|scale|scaled|scaling|step|stepped|stepping|lean|leaning|leaned|sit|sitting|sat|lay|laying|lie|lying|hips|shoulders|pull|pulled|pulling|push|pushed|pushing|set|sets|look|looking|looked|hold|holding|held|ease|eased|easing|drop|dropped|dropping|bounce|bounced|fight|fought|kick|kicked|laid|turn|turned|take|took|taking|give|gave|giving|way|fall|fell|falling|roll|rolled|head|headed|heading|move|moved|moving|talk|talked|answer|answered|put|putting|pin|pinned|tuck|tucked|sent|send|flash|play|played|rock|rocked|bend|bent|bending|arch|arched|grew|grow|grows|growing|regrew back',
    // Back up out of a squat or off the floor: "sprang back up off the box", "it hurts as I press back up" (a knee's).
    'pop|popped|popping|press|pressed|pressing|spring|sprang|sprung|jump|jumped|jumping|climb|climbed|climbing|stand|stood|standing|drive|drove|driving|explode|exploded|exploding back up',
    // Back as the way home, on foot, wheels or oars, or told by its distance: "limped back to the car", "limped the 3k
    // back, sore", "walked the 3 miles back" (round 41's real posts, a calf's).
    'walk|walks|walked|walking|hobble|hobbled|hobbling|limp|limped|limping|jog|jogged|jogging|run|ran|ride|rode|cycle|cycled|cycling|drive|drove|crawl|crawled|shuffle|shuffled|trudge|trudged|hike|hiked|swim|swam|paddle|paddled|rowed back',
    '# k|km|m|mile|miles|mi back',
    'the # k|km|m|mile|miles|mi back',
    'be|been|being back',
    "i'm|is|was|are|were|we're|he's|she's|it's|they're|you're back",
    'hold|holds|holding|held|set|sets|setting|pay|paid|get|got|bring|brought|put|take|took|give|gave|send|sent|call|called|write|wrote|win|won|keep|kept|kick|push|pushed|pull|pulled me|you|him|her|us|them|it|myself|yourself|everything|that|this back',
    'i|we|it am|are|is back',
    'feedback|comeback|backpack|backyard|backstory|backlog|backup|backwards|backward|backfire|backfired|backhand|backstage|backdrop|background|backtrack|backing|backed',
    // "backs" as a verb or the backs of other things ("backs off", "the backs of my legs"); "lower backs" are backs
    // (lexicon/regions.ts), "our backs" are not always ("behind our backs", "slept on their backs").
    'backs off|down|up|out|away|into|onto|over|of|it|me|you|him|her|us|them',
    'he|she backs',
    'it|that|this backs',
  ]),
  // A rower's piece told by its distance ("2k erg test", "6k on the rower", "my first 2k test"): not the first
  // kilometres of a run.
  // Massage and foam rolling that are no one's knotted back: a job or a gadget ("my wife is a massage therapist", "a
  // massage gun advert"), or rolling another part ("foam roll my calves and IT band").
  idiom('story', false, [
    'massage therapist|therapists|chair|chairs|gun|guns|parlour|parlor',
    'deep tissue massage therapist|therapists',
    'foam roll|rolling|rolled|roller my|the calves|calf|quads|quad|shins|hamstrings|legs|feet',
    'foam roll|rolling|rolled|roller my|the it band|bands',
  ]),
  idiom('context', false, ERG_PIECES),
  idiom('story', false, ERG_PIECES),
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
  // A back as a body part trained and shown, not a sore one: "my back is so bad compared to my chest", "back is
  // terrible at rows" (symptoms.ts reads "my back's been so bad").
  idiom('symptom', false, [
    'back is|was so|really|very|pretty|super|quite? bad|terrible|awful|horrible compared|relative|at|than',
    "back 's so|really|very|pretty|super|quite? bad|terrible|awful|horrible compared|relative|at|than",
  ]),
  idiom('symptom', false, [
    // How to brace, a form cue, not a back that is stiff: "squeeze the glutes, brace like a plank" (not "my back feels
    // like a plank").
    'brace|bracing|braced|tense|tensing|tensed|hold|holding like a plank|brick|board',
    // A roller or a ball worked along the leg, not pain running down it: "rolled the lacrosse ball down my leg".
    'ball|roller|stick|gun|massager down my|the left|right? leg|legs|thigh|thighs|shin|shins|calf|calves',
    // A muscle not felt working, not numbness: "cant feel my lats on any row, only biceps".
    "can't|cannot|couldn't|don't|never feel my lats|lat|rhomboids|rhomboid",
    ...FLUID_RUNNING_DOWN,
    // Walking down, not pain running down: "both legs are shaking going down stairs".
    'going|goes|went|coming|walking down the|some? stairs|steps|hill|hills',
    // A person's nagging, not a back's: "my wife keeps nagging me to fix my posture", "he moans about my form".
    'nagging|nags|nagged me|us|you|him|her to',
    'moaning|moans|moaned at|about',
    // A back that has grown: "back has gone up 20kg on rows", "back's gone up a shirt size".
    'back has|had gone up|from|down|through',
    "back 's gone up|from|down|through",
    'burn|burns|burning|burned|burnt fat|calories|out',
    'burnout',
    'wear and tear',
    'time under tension',
    'pumped for|about',
    // "Pumped to race", not a back "pumped to hell".
    'pumped to be|get|go|see|try|start|race|run|compete|lift|train|do|hit|have|finally|test|meet|join|sign',
    // Excitement ("I'm so pumped"), not a back that "gets so pumped".
    "i'm|we're so|really|super? pumped",
    'i am so|really|super? pumped',
    'pump up the',
    // A bodybuilder's pump sought, not suffered: "so hard to get my lats pumped on pulldowns", "struggling to get my back
    // pumped".
    'difficult|hard|harder|trouble|struggle|struggled|struggling _? _? to get|getting my? back|lats|lat pumped|pump',
    'pain in the ass|butt|neck|arse',
    'killing|killed|kills|kill it',
    'growing pains',
    'no pain no gain',
    // Figures of speech forums use for things, not bodies: a close race, a strong drink, a small room, a sad sight.
    'hurt|hurts|hurting my|your|his|her|our|their wallet|wallets|bank|pocket|chances|ego|pride|feelings|reputation|grades|score|rating|ranking|eyes|ears|brain|head',
    'pains|pained|hurts|hurt me to say|admit|see|watch|read|think|hear|type',
    'it pains|pained me',
    'hurt|hurts|hurting|ache|aches|aching|split|splitting from|with laughing|laughter',
    'pun|puns|joke|jokes hurt|hurts',
    'painful|painfully to watch|read|listen|hear',
    'painful|painfully read|watch|slow|obvious|awkward|honest|boring',
    'tight race|races|game|games|match|matches|finish|squeeze|corner|window|turnaround|knit|lipped|ship|margin|margins|contest|vote|deadlines|timeline|timelines|pants|jeans|shirt|fit|fitting',
    'stiff competition|drink|drinks|penalty|penalties|fine|fines|breeze|wind|price|prices|test|opposition|challenge|field|sentence',
    'stiff upper lip',
    'cramped gym|gyms|room|rooms|space|spaces|quarters|flat|apartment|office|conditions|cabin|kitchen|house|garage|basement|handwriting',
    'tight schedule|budget|deadline',
    // A mark on the skin: "the tape left a red painful mark on my lower back" (not "a sore spot", a knot).
    'painful|sore|red mark|marks|welt|welts|graze|grazes|scrape|scrapes|scratch|scratches',
    'sore loser',
    'no problem|problems|issue',
    'not a problem|issue',
    'problem solved',
    'knot in my stomach',
    'tight on time|money',
    'give out advice',
    'went out for|to|with|of',
    // A race started too fast: "went out way too hard on the 2k", "go out too fast and you pay for it" (not a back that
    // went out).
    ...RACE_START_TOO_FAST,
    'fatigue management',
    'pinch grip|grips',
    'strain gauge',
    'locked in|out|down',
    'lock out',
    'lockout',
  ]),
  // Back pain as a topic someone made content about ("your back pain video"), not anyone's back.
  idiom('region', false, [
    'back pain video|videos|article|articles|podcast|podcasts|episode|episodes|seminar|seminars|book|books|series|course|courses|guide|guides',
    'video|videos|article|articles|podcast|podcasts|episode|episodes|seminar|seminars|book|books|series|course|courses on|about low|lower? back pain',
  ]),
  // Body mass put on, not load on the bar: "put on 15kg of upper body", "packed on 20lbs of muscle".
  idiom('context', false, [
    'put|putting|packed|packing|piled on about|like|around|over|nearly? # _? kg|kgs|lbs|lb|pounds|kilos|stone of muscle|upper|mass|size|bodyweight|weight|body',
  ]),
  // A race started too fast is no sudden onset: "went out way too hard, blew up at 1500m".
  idiom('context', false, RACE_START_TOO_FAST),
  // Getting up, not a rise in load: "woke up from 2 hours of sleep", "got up from 8 hours at my desk".
  idiom('context', false, [
    'woke|wake|waking|wakes|got|get|getting|gets|stood|stand|standing|sat|sit|sitting up from',
    // Out of bed: "I'm up from 2 days of bed rest".
    "i'm up from",
    'am|was|been up from',
  ]),
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
    'arch|arches of my|the foot|feet',
    'foot arch|arches',
    'arch support|supports',
    'high|low|fallen|flat arches',
  ]),
];
