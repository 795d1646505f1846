/** Symptoms. `null` is pain without a more telling kind ("pain", "hurts", "acting up"). */
import { symptom, type TermGroup } from './terms';

/** A back word as the subject of what it is doing, with an optional "just" ("your back just takes over"). */
const WORKING_BACK = 'back|spine|erectors|erector|lumbar|lumbars muscles? just|simply|then|now|always|basically?';
/** A back or back muscle as the subject of a verb that is a symptom only when said of it ("my QL grabs", "lats hate it"). */
const BACK_SUBJECT = 'back|spine|erectors|erector|lumbar|lumbars|ql|qls|lat|lats|trap|traps|rhomboid|rhomboids just|then|always?';

/**
 * The writer's back, named as the body, for complaints whose words are everyday talk: "my back", "my upper back", "my
 * QL". Not a bare "back", which in "first week back was a mess" or "people not putting plates back drives me crazy" is
 * a return (review 40h); not "lower back" or "lumbar" alone, which as often are a son's, a programme's or a car seat's
 * ("my son's upper back feels weird", "the upper back is a mess in this template", "the car's lumbar feels off",
 * review 40j).
 */
const WRITERS_BACK = 'my lower|low|upper|mid|middle? back|spine|lumbar|erectors|ql|qls|lats|traps|rhomboids';
const GONE_MAD = 'crazy|nuts|mad|insane|bonkers|bananas|mental';
/** What a session or a lift was to the back that took its toll: "savage on the back for me", "hard on my back". */
const TOLL = 'brutal|hard|rough|tough|harsh|murder|hell|savage|punishing';
/**
 * The back as a nuisance or not feeling right: "my upper back has been driving me crazy", "lower back is bugging me",
 * "my back feels off", "my back just doesn't feel right", "my back feels like garbage", "my lower back's a mess".
 */
const NUISANCE_BACK_TERMS: readonly string[] = [
  `${WRITERS_BACK} is|was|been bugging|annoying|misbehaving|murdering`,
  `${WRITERS_BACK} keeps|kept|keep bugging|annoying|misbehaving`,
  `${WRITERS_BACK} has|had|have been bugging|annoying|misbehaving`,
  `${WRITERS_BACK} 's been bugging|annoying|misbehaving`,
  `${WRITERS_BACK} 's bugging|annoying|misbehaving`,
  `${WRITERS_BACK} is|was|been driving me ${GONE_MAD}`,
  `${WRITERS_BACK} has|had|have been driving me ${GONE_MAD}`,
  `${WRITERS_BACK} 's been driving me ${GONE_MAD}`,
  `${WRITERS_BACK} drives|drove me ${GONE_MAD}`,
  `${WRITERS_BACK} keeps|kept|keep driving me ${GONE_MAD}`,
  `${WRITERS_BACK} is|was|been driving me up the wall`,
  `${WRITERS_BACK} just|really|still? feels|felt|feel kinda|really|so|pretty|very|super|totally? off|weird|funny|strange|odd|wrong|janky|fragile|delicate|vulnerable`,
  `${WRITERS_BACK} just|really|still? feels|felt|feel like crap|garbage|shit|trash|junk|death|hell`,
  // Going wrong as the body does now and then: "my lower back went funny on the rows", "my back goes
  // a bit wonky if I sit long".
  `${WRITERS_BACK} gets|got|goes|went kinda|so? weird|funny|wonky|janky`,
  `${WRITERS_BACK} gets|got|goes|went a bit weird|funny|wonky|janky`,
  `${WRITERS_BACK} just? doesn't|didn't|don't feel right`,
  // "my upper back hasn't felt quite right since the meet", "my back has not felt right all week".
  `${WRITERS_BACK} hasn't|hadn't been quite|really? right`,
  `${WRITERS_BACK} hasn't|hadn't felt quite|really? right|normal`,
  `${WRITERS_BACK} has|had not been quite|really? right`,
  `${WRITERS_BACK} has|had not felt quite|really? right`,
  `${WRITERS_BACK} isn't|wasn't quite|really? right`,
  // "my back's been so bad", "my lower back was terrible all week", "my back's awful today" (not how a back looks: idioms.ts).
  `${WRITERS_BACK} is|was|been so|really|very|pretty|super|quite|still|just? bad|terrible|awful|horrible|horrendous|dreadful`,
  `${WRITERS_BACK} 's so|really|very|pretty|super|quite|still|just? bad|terrible|awful|horrible|horrendous|dreadful`,
  `${WRITERS_BACK} has|had been so|really|very|pretty|super|quite? bad|terrible|awful|horrible|horrendous|dreadful`,
  // The same guessed at: "my lower back must have been really bad by Friday", "my back must be so bad".
  `${WRITERS_BACK} must|might|may have been so|really|very|pretty|super|quite? bad|terrible|awful|horrible|horrendous|dreadful`,
  `${WRITERS_BACK} must be so|really|very|pretty|super|quite? bad|terrible|awful|horrible|horrendous|dreadful`,
  `${WRITERS_BACK} is|was a mess|disaster`,
  `${WRITERS_BACK} 's a mess|disaster`,
  // A crash as what the back feels like (no crash: flag-context.ts), still a complaint: "my back feels like a truck hit
  // me", "my lower back feels like I got run over", "…like I'd been in a car crash", "…as if I got hit by a truck",
  // "…like getting hit by a car" (review 40l: posts the crash words had badged lost their badge).
  `${WRITERS_BACK} just|really? feels|felt|feel like a|an truck|bus|train|car|lorry|van|tractor|steamroller`,
  `${WRITERS_BACK} just|really? feels|felt|feel like i|it got|fell|had`,
  `${WRITERS_BACK} just|really? feels|felt|feel like i|it was|were`,
  `${WRITERS_BACK} just|really? feels|felt|feel like i've|i'd been|had|fallen|got`,
  `${WRITERS_BACK} just|really? feels|felt|feel as if|though i|it`,
  `${WRITERS_BACK} just|really? feels|felt|feel as if|though i've|i'd`,
  `${WRITERS_BACK} just|really? feels|felt|feel as if|though a|an`,
  `${WRITERS_BACK} just|really? feels|felt|feel like getting hit|run|smashed|flattened|thrown`,
  `${WRITERS_BACK} just|really? feels|felt|feel like being hit|run|smashed|flattened|thrown`,
];

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
  // A stitch is the runner's word for a cramp-like pain that comes with the run (often in the side, sometimes the back).
  symptom('cramp', 0.7, [
    'twitch*',
    'fasciculat*',
    'contracts|contracting on its own',
    'stitch|stitches',
    // A cramp that takes hold: "one spot in my mid back grabs", "this grabby cramp". Only with the back as the
    // subject, since "grab the bar" is how every lift starts.
    `${BACK_SUBJECT} grabs|grabbed|grabbing up?`,
    // "Third bounce everything grabbed", "it just grabs".
    'everything|it just|then? grabs|grabbed',
    // A muscle that flickers before it cramps.
    'flicker|flickers|flickering',
    'grabby',
  ]),
  symptom('pump', 0.9, [
    'pump|pumps|pumped|pumping',
    'pumped|pumps|pumping up',
    'burn|burns|burning|burned|burnt',
    'on fire',
    'light|lit|lights|lighting up',
    // "Feels like it's going to explode": the pump's pressure.
    'going to explode|burst',
    'gonna explode|burst',
    'about to explode|burst',
    // The pump's fullness: "like my back's filling up with wet cement", "erectors swell up".
    'filling|fills|filled up with',
    'swell|swells|swelled|swelling up',
  ]),
  symptom('tightness', 0.9, [
    'tight',
    // Comparatives: "tighter than ever", "stiffer in the morning", "sorer each week".
    'tighter',
    'tightness',
    'tighten|tightens|tightened|tightening up?',
    'knot|knots|knotted',
    // A knot told as the hard thing it feels like: "I have the exact same marble", "a marble under my shoulder blade",
    // "mine is a golf ball" (not a golf ball that slices, nor a marble worktop).
    'same marble',
    'same golf ball',
    'a marble too',
    'a marble under|beside|between|by|next|near|in',
    'a golf ball under|beside|between|by|next|near|in',
    'is a marble',
    'is a golf ball',
    'like a marble',
    'like a golf ball',
    'tense|tensed up?',
    // A muscle that feels like a hard thing: "my lower back feels like concrete", "a brick in my lower back".
    // Not "like a rock" alone: "set your back like a rock" is how lifters are told to brace.
    'feels|felt|feel|feeling like concrete|cement|stone|wood|bricks',
    // Felt, not held: "my back feels like a plank" (not "my back was a plank the whole set", a lifter's praise of form).
    'feels|felt|feel|feeling like a rock|brick|board|plank',
    // "The rest of my upper back is a plank of wood": wood, not form.
    `${BACK_SUBJECT} is|was a plank|board of wood`,
    'a brick|bricks in',
    // "Traps were like concrete the day after" (not "set it like a rock", a cue).
    'was|were|is|are like concrete|cement|stone|wood|bricks',
    // "it all starts pulling above my belt", "pulling into my lower back" (not "start pulling once the slack is out").
    'pulling|tugging above|into',
    // "feels like it's made of wood".
    'made of wood|stone|concrete|cement',
    'in a vice|vise',
    'vice|vise grip|like',
    // "feels like a guitar string somebody's tuned too tight", "tight as piano wire".
    'like a guitar|banjo|violin string',
    'like a bowstring',
    // Pressure told as a weight or a grip: "like someone parked a car on me", "like a fist clenched between my
    // shoulder blades".
    'parked a car on',
    'like a clenched? fist',
    // "like someone is pushing a thumb into the small of it".
    'like someone|somebody is? pushing|pressing|digging|jabbing a thumb|knuckle|finger|fist into',
    "like someone|somebody 's pushing|pressing|digging|jabbing a thumb|knuckle|finger|fist into",
    // A back gone weak and flat: "back felt like wet cardboard for a fortnight".
    'like wet cardboard|paper',
    'like|as piano wire',
  ]),
  symptom('soreness', 1, [
    'sore',
    'sorer|achier',
    'soreness',
    'ache|aches|ached|aching|achy',
    'dull ache',
    'doms',
    'tender',
    'tenderness',
    'bruised|bruise|bruising',
    // A load bearing on the back: "the bar digs into my upper back on every set", "my rucksack kept digging into my back".
    'bar|barbell|yoke|ruck|rucksack|pack|backpack|straps|strap|vest|belt dig|digs|dug|digging into my|your',
    'bar|barbell|yoke|ruck|rucksack|pack|backpack|straps|strap|vest|belt kept|keeps digging into my|your',
    'bar|barbell|yoke|ruck|rucksack|pack|backpack|straps|strap|vest|belt was|were digging into my|your',
    "it 's digging into my|your",
  ]),
  symptom('sharp_pain', 1, [
    'sharp',
    'stab|stabs|stabbing|stabbed',
    'knifed|knifing',
    'twinge|twinges|twinging|twingy',
    'tweak|tweaks|tweaked|tweaking|tweaky',
    'pulled something',
    'pull a muscle',
    'felt|heard _? pop|popping|give|snap|tear|rip|twang',
    // The tear itself felt: "a tearing sensation low on the right side of my back" (a chest's or a dissection's tearing
    // pain is a red flag's, redflags.ts).
    'tearing|ripping sensation|feeling',
    // A give told by its noise: "Deadlift PR attempt went BANG", "there was this thunk the lads heard".
    'went bang|pop|ping|twang|snap',
    'there was a|this thunk|clunk|crunch|twang|snap',
    'felt something go|give|shift|slip',
    // A strain felt as a pull: "felt something pull in my lower back", "felt a tug on the way up", "it feels pulled".
    'felt|feel something pull|tug|tweak|twinge|ping|twang',
    // "felt it go on the left side like a tear", "felt it pop".
    'felt|feel it go|give|pop|snap|tear|rip|twang|ping',
    // The pull as a noun: "felt a pull in my lower back on the last rep", "got a nasty pull", "a pulling sensation" (not
    // "feel the pull in your lats", where a row should be felt).
    'felt|feel|feeling|had|got a|that slight|small|little|sharp|big|bad|proper|nasty|real? pull|tug',
    'had|felt the exact? same pull|tug',
    'pulling sensation|feeling',
    'feels|felt pulled|tweaked',
    // The back as the subject of the give: "felt my lower back pop", "heard my back crack and then pain".
    'felt|feel|heard my|his|her _? back pop|popped|give|go|snap|tweak|twinge|shift|slip|tear|rip|twang',
    // A give told without "felt": "something gave in my lower back", "something went pop".
    'something gave|shifted|slipped|tweaked',
    'something went pop|snap|ping|in',
    'popped',
    // The give told first and the back after it: "pop went the lower back", "snap went my back". A person's back, not
    // "the back door" or "my back tyre" (idioms.ts), the sounds of a give, not of a back cracked on purpose ("crack went
    // my back at the chiro"), and once, not every morning ("pop goes my back when I get up").
    'pop|snap|twang|ping|bang went my|his|her _? back',
    'pop|snap|twang|ping|bang went the lower|low|upper|mid|middle back',
    // "pop in his lower back" (not a back pocket: the part of the back is named).
    'pop|popping|twang|ping in my|his|her lower|upper|mid|low back',
    'knife|knifelike|knives',
    'hot poker|pokers',
    'jolt|jolts',
    'zing|zings|zinger',
    'pinch|pinching|pinches|pinchy|pinched',
    'strain|strained|straining',
    // "sprained my lower back", "a back sprain": the other everyday word for a strain.
    'sprain|sprains|sprained|spraining',
    'tore|torn',
    'twang|twanged',
    // Injuring verbs said of a back muscle: "pulled my lower back", "strained my erectors", "tore a lat"; and of a neck
    // ("pulled my neck on shrugs"), which counts where the post tells of training (relevance.ts).
    'pulled|tore|strained|wrenched|twisted my|his|her|a _? back|lat|lats|trap|traps|erector|erectors|ql|rhomboid|rhomboids|neck',
    // Told in the present, as a story often is: "so I lean over the bath and wrench my back".
    'wrench|wrenches|wrenching my|his|her _? back|neck|lat|lats|trap|traps',
    // A back jolted by a step or a landing: "jarred my back stepping off a kerb".
    'jarred|jolted my|his|her _? back|neck',
    // The same told of what does it: "a hard landing jars the back", "heel striking jolts your spine".
    'jar|jars|jarring|jolts|jolting the|your|my _? back|spine|neck',
    // The lumbar spine or the SI joint by name: "pulled my lumbar", "wrenched my SI joint".
    'pulled|tore|strained|wrenched|twisted|jarred my|his|her lumbar|si|sacroiliac',
    // A back muscle named by its side and its part: "pulled my right upper trap" (not the back itself: "pulled my hips
    // way back" is a cue; nor a lat, which is "pulled into the movement" as a cue too).
    'pulled|tore|strained|wrenched|twisted my|a left|right upper|lower|mid|middle trap|traps|erector|erectors|rhomboid|rhomboids',
    'pulled|tore|strained|wrenched|twisted my|his|her|a _? _? muscle|muscles',
    // With "the": "pulled the lat muscle", "strained the QL" (never "pulled the bar back").
    'pulled|tore|strained|wrenched the lat|lats|trap|traps|erector|erectors|ql|rhomboid|rhomboids|muscle|muscles',
    'pulled|tore|strained|wrenched the _ muscle|muscles',
    // Headlines and shorthand drop the determiner: "Pulled neck muscle from deadlifts", "torn trap muscle", "pulled back
    // muscle" (the idiom "pulled back" yields to a back with its muscle named, mentions.ts).
    'pulled|torn|strained back|neck|lat|trap|erector muscle|muscles',
    // British: "did a back muscle on Saturday's long run".
    'did|done a back|neck|lat|trap|erector|ql muscle',
    // "my back went (on me)", "my back just went": the lifter's word for a sudden give.
    'my|his|her back just? went|gone|goes',
    "'s back just? went|gone|goes",
    // Titles drop the "my": "Back's gone again", "Back has gone", "Back went again on a paving slab".
    "back 's just? gone",
    'back has|had just? gone',
    'back went|gone again',
    'back went|gone lifting|picking|bending|reaching|carrying|moving|twisting|getting|doing',
    // Forum shorthand drops the "my" before a named part of the back and tells when it went: "Lower back went on the
    // last rep", "mid back went mid-set" (not "the back went on holiday", nor a bare "back went on", a return).
    'lower|low|upper|mid|middle back just? went|gone on|during|mid|halfway|while|lifting|picking|bending|reaching|carrying|moving|twisting|getting|doing|again',
    'back just? went|gone on|during the|my|a last|final|first|top|heavy|second|third rep|set|single|attempt|pull|lift',
    // A sudden give told as a sound or a blow: "like a firecracker went off", "a rubber band snapping", "a lash".
    'went off like',
    'something snapped|exploded',
    'something went off',
    'something gave way',
    'firecracker|firecrackers|firework|fireworks|gunshot|explosion|exploded',
    'rubber band snapping|snapped|snap|snaps',
    'snapped|snapping',
    'lash|lashed|whiplash',
    'bolt|bolts of pain',
    'lightning bolt',
    // "every sneeze is like a bolt of lightning down me back".
    'bolt|bolts|flash of lightning',
    'electric shock',
  ]),
  symptom('radiating', 1, [
    'radiat*',
    'shoot|shoots|shooting|shot down|into|through|from',
    'radiates|radiating|travels|traveling|travelling|spreads|spreading through|across|from',
    // To a place on the leg ("goes below the knee"), not anywhere: "going past vertical", "running past the park".
    'goes|going|runs|running|travels|spreads|shoots|shooting below|past|beyond my|the|his|her? knee|knees|thigh|thighs|buttock|buttocks|butt|glute|glutes|hip|hips|calf|calves|ankle|ankles|leg|legs|foot|feet',
    'shooting pain|pains',
    'travels|travelling|traveling|goes|going|runs|running|spreads|spreading down',
    // "goes into" a leg is covered by "into my leg"; "goes into a cramp" is no radiating pain.
    'travels|travelling|traveling|spreads|spreading into',
    'down my|the|his|her left|right|whole|entire? leg|legs|arm|arms',
    // The places along the way listed: "an ache down my right shoulder and arm", "down the shoulder and arms".
    'down my|the|his|her left|right? shoulder|shoulders _? arm|arms',
    'down the back of my|the leg|legs|thigh|thighs',
    'into my|the leg|legs|butt|glute|glutes|hip|hamstring|hamstrings|foot|feet|calf|arm|hand|groin',
    // With a side, and the places between: "goes into my left buttock and the back of my thigh".
    'into my|the left|right leg|butt|buttock|glute|hip|hamstring|foot|calf|arm|hand|thigh',
    'into my|the buttock|buttocks|thigh|thighs',
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
    'stiffer',
    // "my thoracic spine is stiff and inflexible".
    'inflexible',
    'stiffness',
    // "feels like rusty hinges", "creaky as an old gate".
    'rusty|creaky',
    'stiffened|stiffens|stiffening up?',
    'rigid',
    "can't|cannot|couldn't bend|straighten",
    "can't|cannot|couldn't|barely|hardly stand up straight",
    'hard to bend|straighten',
    'kink|kinks|kinked',
    'locked',
    'is|was locked',
    'feels|felt locked',
    // "low back like concrete every morning", "mid back set like cement".
    'like concrete|cement',
    // "got out of the car like a 90 yr old", "walking like an old man after deadlifts".
    'like a|an # year|years|yo old',
    'like a|an # year|years|yo old man|woman|lady|granny|grandad',
    'like an old man|woman|lady|granny|grandad|grandpa|grandma',
    // "3 nights and I walked like my grandad".
    'walked|walking|walk|walks|hobbled|hobbling|shuffled|shuffling|moved|moving like my grandad|grandpa|grandma|nan|nana|gran|granny',
    'like a brick|plank',
    // "first 20 min of the day I'm a robot", "felt like cardboard for the first 10 minutes".
    "i'm a robot",
    'i am a robot',
    'like a robot',
    "i'm the tin man",
    'like the tin man',
    'felt|feel|feels|feeling like cardboard',
  ]),
  symptom(null, 1, [
    'pain|pains|painful',
    // Indian and Nigerian English: "my back is paining", "stopped paining".
    'paining|pained',
    'hurt|hurts|hurting',
    // A back the writer tried to ease, which tells it hurt: "tried to stretch out my lower back, no luck",
    // "tried stretching my back out" (not "I try to stretch my back before runs", a habit).
    'tried to roll|stretch|massage|loosen|release|crack|pop out? my',
    'tried rolling|stretching|massaging|loosening|releasing|cracking out? my',
    // A complaint that has not gone, told of "it" or of nothing: "it still hasn't got any better after resting",
    // "a week now and still hasn't improved" (not "the bridge hasn't got better").
    "it hasn't|isn't|hadn't really|much? got|gotten|getting better",
    "and|but|still hasn't|isn't|hadn't really|much? got|gotten|getting better",
    "it hasn't|hadn't really|much? improved",
    "and|but|still hasn't|hadn't really|much? improved",
    'killing|kills|killed me?',
    // "kill" said of more than one part: "my back and traps kill after a long hike" (not "gonna kill my back today",
    // a session trained hard).
    'back|neck|shoulders|traps|lats absolutely|really|just|totally? kill',
    'agony',
    // British: "his back's been murder since Sunday", "my back is murder" (not "murder mystery", nor "the drive back was
    // murder", a journey's).
    'been|is murder',
    "'s murder",
    'agonizing',
    'excruciating',
    'injury|injuries|injured',
    'injure my',
    // "it's always the erectors I injure", "the QL I keep injuring": the verb said of the writer (not "does
    // everyone injure their back at some point?", nor "how not to injure your back").
    'i injure|injured',
    'always|keep|keeps|kept injure|injuring',
    'hurt my|his|her',
    // An injury told vaguely, the writer's: "I did something to my lower back", "I've done something similar to my upper back
    // before" (not "the physio did something to my back", a treatment).
    'i did|done something _? to my _? back|spine|lumbar|neck|ql|si|traps|lats|erectors',
    "i've done something _? to my _? back|spine|lumbar|neck|ql|si|traps|lats|erectors",
    'i have done something _? to my _? back|spine|lumbar|neck|ql|si|traps|lats|erectors',
    // British for an injured back: "did my back in at work", "I've done my back in". Said of someone else, the
    // perfect tense is the injury's ("says he's done his back"); "I've done my back" is as often a finished workout.
    'done|did|doing my|his|her back in',
    "he's|she's done his|her back",
    "'s|has done his|her back",
    'throbbing|throbs',
    // A session or a lift that took its toll: "the heavy day was savage on the back for me", "rows are hard on my back"
    // (not "hard on the back" alone, which is as often a coach's general warning).
    `${TOLL} on my lower|low|upper|mid? back|spine`,
    // The British and Irish "me" for "my": "brutal on me back".
    `${TOLL} on me lower|low|upper|mid? back|spine`,
    // "murder on the old back": the writer's own, said fondly.
    `${TOLL} on the old back|spine`,
    `${TOLL} on the lower|low|upper|mid? back|spine for me`,
    // Damage done to it: "did some kind of muscular damage to my lower back", "I think I damaged my back on that set"
    // (not "muscle damage is how you grow", said of training).
    'damage to my|his|her lower|low|upper|mid? back|spine',
    'damaged|damaging my|his|her lower|low|upper|mid? back|spine',
    // A job or a sport that took its toll: "shift work has taken a heavy toll on my back", "years of rugby took their toll on my
    // spine".
    'took|take|takes|taken|taking a|its|their _? toll on my|his|her lower|low|upper|mid? back|spine|neck',
    // The British and Irish "me": "ten years of plastering has took its toll on me back".
    'took|take|takes|taken|taking a|its|their _? toll on me lower|low|upper|mid? back|spine|neck',
    // British: "I've been suffering with my back since Christmas", "suffered from my lower back for years".
    'suffer|suffered|suffering with|from my lower|low|upper|mid? back|spine',
  ]),
  symptom(null, 0.85, [
    'discomfort',
    'uncomfortable',
    'gave|give|gives|giving out',
    // A back that gave, hedged: "my lower back kind of gave on the second rep", "back sort of gave way". Not "gave"
    // alone ("my back gave me no trouble"), nor a back that folded or buckled, which is as often a form check's words.
    `${BACK_SUBJECT} kind|sort of gave`,
    `${BACK_SUBJECT} kinda|sorta gave`,
    'went out',
    'acting up',
    'flare|flares|flared|flaring up?',
    'flare up|ups',
    'aggravat*',
    'irritat*',
    // A back on the mend tells of what it was mending from: "my back's feeling loads better since the
    // weekend".
    `${WRITERS_BACK} is|was? feeling|feels|felt much|loads|way|far|lots? better after|since|with|now|today|but|so`,
    `${WRITERS_BACK} is|was? feeling|feels|felt a lot|bit better after|since|with|now|today|but|so`,
    `${WRITERS_BACK} has|had been feeling much|loads|way|lots? better after|since|with|now|today|but|so`,
    // Asking too much of it, as a habit or once: "I always overwork my lower back on rows", "overloaded my
    // back on the last set".
    'overstress|overstressed|overstressing|overload|overloaded|overloading|overwork|overworked|overworking my lower|low|upper|mid? back|spine|lumbar|erectors',
    'inflam*',
    'bother|bothers|bothering|bothered',
    'messed|screwed|jacked|fucked|effed up',
    // "Screwed my back up on a heavy single": the back between the verb and its "up".
    'messed|screwed|jacked|fucked|effed|mucked my|his|her _? back up',
    // The present and the infinitive: "long drives mess my back up", "screws my back up every time".
    'mess|messes|messing|screw|screws|screwing|jack|jacks|jacking|muck|mucks|mucking my|his|her _? back up',
    // A back that is "out": "my back was out all week, no training", "my back's out again".
    'my|his|her lower|low|upper|mid? back is|was|been out',
    "my|his|her lower|low|upper|mid? back 's out",
    "my|his|her lower|low|upper|mid? back 's been out",
    'fried',
    // "Back dies on every run", "low back dies in the last 5k": a back that gives out, as its subject.
    `${BACK_SUBJECT} dies|died|dying`,
    // "Mile 22 and my back just quit", "my back quit on me": a back that stops working, as its subject (not "my lats
    // quit growing").
    'back|spine just quit|quits',
    'back|spine quit|quits|quitting on me',
    // Irish English, a back that bothers: "me back does be at me since the match", "my back is at me all week".
    'back does|do be at me',
    'back is|was at me',
    "back 's at me",
    'back has|had been at me',
    // Said as if it chose to: "my lower back decided to quit on me", "my back decided to die halfway up the hill".
    'back|spine decided|decides to quit|die|stop',
    // "back is done after 8k", "my erectors were finished by the last set": a back that has given out, as its subject.
    `${BACK_SUBJECT} is|was|were|are done|finished`,
    `${BACK_SUBJECT} 's done|finished`,
    // "my back always lets me know later", "your lumbar will let you know".
    `${BACK_SUBJECT} lets|let me|you know`,
    `${BACK_SUBJECT} will let me|you know`,
    // "my back told me all about it the next day", "my lower back reminded me who is boss".
    `${BACK_SUBJECT} told|tells|reminded|reminds me`,
    `${BACK_SUBJECT} proceeded|decided|started to tell|remind me`,
    // "my back always pays for it the next morning", "my back makes me pay for it later".
    `${BACK_SUBJECT} pays|paid for it`,
    // "my back is paying for it", "and my lower back was paying for it by Friday".
    `${BACK_SUBJECT} is|was paying for it`,
    `${BACK_SUBJECT} makes|made me pay`,
    // "I always pay the price the next morning" (a back word in its sentence, as for any symptom).
    'pay|pays|paid|paying the price',
    // "my lower back felt it", "my back really feels it the day after" (not "I feel it in my back": where a lift works).
    `${BACK_SUBJECT} really|definitely|certainly? felt|feels it`,
    // "back never feels recovered", "my back never recovers".
    `${BACK_SUBJECT} never recovers|recovered`,
    `${BACK_SUBJECT} still? hasn't|hadn't|never recovered|loosened`,
    `${BACK_SUBJECT} never fully|really loosens|loosened|recovers|recovered|settles|settled`,
    `${BACK_SUBJECT} never feels|felt recovered|fresh`,
    // "my lower back is not recovering between sessions", "back isn't recovering between sessions".
    `${BACK_SUBJECT} is|was not|never recovering`,
    `${BACK_SUBJECT} has|had not|never recovered`,
    `${BACK_SUBJECT} isn't|wasn't recovering`,
    // "my back isn't comfortable in the aero bars", "not comfortable for my lower back".
    'not|never comfortable on|for|in my|the',
    "isn't|wasn't|aren't|weren't comfortable on|for|in my|the",
    `${BACK_SUBJECT} is|was not comfortable`,
    `${BACK_SUBJECT} isn't|wasn't comfortable`,
    // "The bigger I get the worse my back is on runs", "my back got worse on the long run" (not "my back is worse
    // than my chest", a physique).
    'back|spine gets|got|getting|feels|felt|goes|went worse',
    // "my lower back is always worse the day after" (an adverb of how often: a physique is "worse than my chest"; a
    // book's spine or the back of a cinema is no one's).
    'my|his|her back|spine is|was always|usually|often|definitely worse',
    'my|his|her lower|low|upper|mid back is|was always|usually|often|definitely worse',
    'worse my back|spine is|was|gets|got|feels|felt',
    // "my low back fries by mile 2": only with the back as the subject ("fries" is also food).
    `${BACK_SUBJECT} fries|frying`,
    // "my lumbar feels every RDL", "my back felt every rep of it".
    `${BACK_SUBJECT} feels|felt every`,
    // The back as a body that objects: "my back hated it", "my low back hates hills".
    `${BACK_SUBJECT} hates|hated|hating`,
    // "it's my low back that hates me after", "the back that hated me all week".
    `${BACK_SUBJECT} that hates|hated me`,
    // "twisting to look behind gets my low back every time".
    'gets|got|getting my low|lower|upper|mid back every|each time',
    'beat to hell|death|shit|crap',
    'feels|felt|feeling beat',
    'cooked',
    'wreck|wrecks|wrecked|wrecking',
    'destroyed',
    // "a back-destroying slog", "deficits destroy my back".
    'destroying|destroys',
    'smoked',
    'trashed',
    'torched',
    // "with your lumbar cranked".
    'cranked',
    'beat up',
    // "my lower back takes a beating on heavy days", "gets hammered on squat day".
    // "my back took the whole beating".
    'takes|took|taking|take a|the whole? beating|pounding|battering|hammering',
    'hammered|battered|pummelled|pummeled',
    'niggle|niggles|niggling|niggly',
    // "a nagging lower back", "that nagging low back thing", "my low back has been nagging me" (not "my wife keeps
    // nagging me about my back").
    'nagging|naggy lower|low|upper|mid back|ache|pain|twinge|tightness',
    `${BACK_SUBJECT} nags|nagged|nagging`,
    `${BACK_SUBJECT} has been nagging`,
    'back has|had been nagging',
    'scream|screams|screaming|screamed',
    "hasn't|isn't|wasn't|haven't been? right",
    "hasn't|isn't|wasn't|haven't been? the same",
    'anger|angers|angered',
    'barking',
    // The back as a grumbling body: "my low back has been grumbling", "my QL is angry", "my back said nope".
    'angry',
    'angrier|crankier|grumpier',
    'cranky',
    'grumpy',
    'grumbling|grumbles|grumbled|grumbly',
    // "my back started nagging after every run", "lower back and hips started moaning".
    'nagging|nags|nagged',
    'moaning|moans|moaned',
    // "now it starts whining at 5 km".
    'whining|whines|whined|whinging|whinges',
    // "my back is always the first thing to complain".
    'complain|complaining|complains|complained',
    'protest|protesting|protests|protested',
    // "my back objected a bit": the verb only (an "object" is what was lifted).
    'objected|objecting',
    `${BACK_SUBJECT} objects`,
    'yelling|yells|yelled',
    'unhappy',
    'not happy',
    'said|says no|nope',
    'playing up',
    'talking to me',
    'crunchy',
    // Forum idiom for a back that is done in or keeps acting up.
    'is|was|been shot',
    'feels|felt|totally|completely shot',
    'in bits',
    'out of whack',
    'jammed up?',
    'lockdown',
    'catches|catching',
    'giving|gives|gave|given me grief|hell|gyp|jip|trouble|problems|issues|bother',
    'giving|gives|gave|given me a hard time',
    ...NUISANCE_BACK_TERMS,
  ]),
  symptom(null, 0.6, ['problem|problems', 'issue|issues', 'trouble|troubles', 'compressed|compression', 'pressure']),
  // A back that tires: "feels weaker and tired on long runs", "my erectors give up at mile ten".
  symptom(null, 0.7, [
    'fatigue|fatigues|fatigued|fatiguing',
    'tired|tires|tiring',
    // "my lower back starts to tire by mile 8" (not a car's tire: a back word must be beside it, thread.ts).
    'to tire',
    'gassed',
    // "my lower back was out of gas", "back ran out of steam by the last set".
    'out of gas|juice|steam',
    // "my back stopped fading late once I quit staring at my feet", "my back is always the first thing to go on climbs".
    'fading|fades|faded',
    'first thing to go|give|quit|fail',
    'exhausted',
    'toast',
    'not right',
    'weak|weaker|weakens|weakening',
    'give|gives|gave|giving up',
    // "feels worn out", "heavy and drained", "like jelly" after a long run or a heavy session.
    'worn out',
    // British: "my back's knackered", "back knackered after 10 mins".
    'knackered',
    'drained',
    'like jelly',
    'jelly like',
    'wiped out',
    // A lift felt where it should not be, against where it should: "I feel it way more in my back than in my
    // hamstrings" ("I feel it in my upper back on rows" is where a row should be felt).
    'feel|feels|felt|feeling it more|mostly|mainly in|on my|the _? back than',
    'feel|feels|felt|feeling it way|much more in|on my|the _? back than',
    'feel|feels|felt|feeling it in my|the _? back more than',
    'feel|feels|felt|feeling it in my|the _? back instead|rather',
    // "like they're carrying a backpack full of bricks".
    'full of bricks|rocks',
    // "makes my back feel like I've been lugging a rucksack of bricks".
    "feel|feels|felt like i've|i'd been lugging|carrying|hauling",
  ]),
  // The back doing the legs' or hips' work, as a replier explains the asker's back to them or a lifter tells of
  // their own: "your low back becomes the prime mover", "the low back takes the hit", "my erectors end up doing
  // all the work", "your back just hasn't caught up". The back word is part of each term, as the subject: "let
  // your legs do the work, not your back" and "take the strain off your back" say nothing of how a back is.
  symptom(null, 0.7, [
    `${WORKING_BACK} takes|took|taking|take the hit|brunt|beating`,
    `${WORKING_BACK} takes|took|taking|take over`,
    `${WORKING_BACK} ends|end|ended|ending up doing|taking the work|lifting|hit|brunt`,
    `${WORKING_BACK} ends|end|ended|ending up doing all the work|lifting`,
    `${WORKING_BACK} does|did|doing|do all the work|lifting`,
    // "That's your lower back doing the lift", "my lower back did the last bit instead of the glutes".
    `${WORKING_BACK} does|did|doing|do the lift|lifting|pulling`,
    `${WORKING_BACK} does|did|doing|do the last|final|rest bit|part|rep|reps`,
    // "Your back didn't get time to adapt to the new weight".
    `${WORKING_BACK} didn't|doesn't get|have time to adapt|adjust|recover`,
    `${WORKING_BACK} does|did|doing|do most of? the work|lifting`,
    // "my low back does the job my quads should be doing".
    `${WORKING_BACK} does|did|doing|do the job`,
    // "my lower back ends up doing what my glutes are supposed to".
    `${WORKING_BACK} ends|end|ended|ending up doing what`,
    `${WORKING_BACK} is|was|are|were doing|taking all the work|lifting`,
    `${WORKING_BACK} is|was|are|were doing most of? the work|lifting`,
    `${WORKING_BACK} becomes|became|become the|a prime mover|movers`,
    `${WORKING_BACK} is|was|are|were the|a prime mover|movers`,
    `${WORKING_BACK} picks|picked|picking|pick up the slack`,
    `${WORKING_BACK} is|was|are|were compensating`,
    `${WORKING_BACK} compensates|compensated|compensate|compensating`,
    `${WORKING_BACK} hasn't|haven't caught up`,
    `${WORKING_BACK} hasn't|haven't adapted|adjusted`,
    `${WORKING_BACK} isn't|wasn't|aren't|weren't used to`,
    `${WORKING_BACK} is|was|are|were not used to`,
    // The back giving under the bar: "your back goes soft", "my lower back softens on heavy squats".
    `${WORKING_BACK} goes|went|going|gets|got soft`,
    // "your back ends up holding the load like a good morning", "your back is basically holding you up like a crane",
    // "the back muscles just aren't trained for that volume", "your back's just telling you it hasn't caught up".
    `${WORKING_BACK} ends|end|ended|ending up holding|taking the load|weight`,
    // "the lower back ends up holding the whole show up".
    `${WORKING_BACK} ends|end|ended|ending up holding|propping the whole show|thing|lot up`,
    `${WORKING_BACK} is|was basically|just? holding you|me up`,
    `${WORKING_BACK} 's basically|just? holding you|me up`,
    `${WORKING_BACK} isn't|aren't|wasn't|weren't trained|conditioned|ready for`,
    `${WORKING_BACK} is telling you|me`,
    `${WORKING_BACK} 's just|basically? telling you|me`,
    `${WORKING_BACK} softens|softened|softening`,
  ]),
  // Something pulling on the back: "your hip flexors yank on the lumbar", "tight hamstrings pulling on my lower back".
  symptom(null, 0.7, [
    'yank|yanks|yanking|yanked|pull|pulls|pulling|tug|tugs|tugging|drag|drags|dragged|dragging on|at the|my|your lumbar|spine|erectors|pelvis',
    'yank|yanks|yanking|yanked|pull|pulls|pulling|tug|tugs|tugging|drag|drags|dragged|dragging on|at the|my|your lower|low back',
    // "I can feel them tugging on my back by 8k" (not "the back of my shirt": only "my" or "your").
    'yank|yanks|yanking|yanked|tug|tugs|tugging|drag|drags|dragged|dragging on|at my|your back',
    // "they tug on the front of your lumbar spine".
    'yank|yanks|yanking|yanked|pull|pulls|pulling|tug|tugs|tugging on|at the front|base|bottom of my|the|your lumbar|spine|pelvis',
    // The movement taken by the lower back: "the rest of the hinge comes from your lumbar".
    'comes|coming|come|came from my|your|the lumbar|spine',
    'comes|coming|come|came from my|your|the lower|low back',
  ]),
];
