/** Red flags said in one phrase. Those built from several cues live in redflags.ts. */
import { FLUID_RUNNING_DOWN } from './idioms';
import { flag, idiom, type TermGroup } from './terms';

/** Emergency red flags: a post with one is badged whatever the sensitivity (score.ts), so that none hides a back emergency. */
export const EMERGENCY_FLAG_TERMS: readonly TermGroup[] = [
  flag('bladder_bowel', [
    "can't|cannot|couldn't pee|urinate|piss",
    'trouble|difficulty|problems|struggling peeing|urinating|weeing',
    'trouble|difficulty|problems|struggling to pee|urinate|wee',
    'hard to pee|urinate',
    "can't go to the toilet|bathroom",
    'incontinence|incontinent',
    // Round 17's vocabulary: "unable to pass urine", "can't wee", "not passing water", "no bladder control".
    "can't|cannot|couldn't wee",
    "can't|cannot|couldn't pass urine|water",
    'unable to pee|wee|urinate',
    'unable to pass urine|water',
    'not passing urine|water',
    // "since then he hasn't passed water properly at all".
    "hasn't|haven't|hadn't|not passed urine|water",
    // Geordie: "aa've been pissin mesel an not knowin, found me trackies wet twice".
    'pissing|pissin|peeing|weeing myself and not knowing|noticing',
    'pissing|pissin mesel|meself an not knowin|knowing',
    // Leaking unnoticed, for a parent: "it just dribbles out without him knowing".
    'dribbles|dribbled|dribbling out without me|him|her knowing|noticing|realising|realizing',
    'no bladder|bowel control',
    'retaining urine',
    // Pressing the urine out: "I have to press on my belly to get anything out", "pushing on my bladder to start".
    'press|pressing|push|pushing on my belly|stomach|tummy|bladder to get anything|it out|going|started',
    'my bladder has|just? stopped working',
    // Scots "pished masel" ("masel" is read as "myself").
    'wet|wetting|peed|peeing|pissed|pished|soil|soiled|soiling|shat|shit myself|meself',
    // "I can't tell if I'm peeing or not".
    "can't tell if|whether i'm peeing|peein|weeing|pooing",
    // "leaked a bit of poo".
    'leaked|leaking|leak a bit|little of? poo|poop|stool|shit',
    // Said of a partner in a post written for them ("he's peeing himself"): someone else's, so it counts only
    // when the whole post is about their back (flag-context.ts, proxy).
    'wet|wets|wetting|pee|pees|peed|peeing|pissed|pished|pissing|soil|soils|soiled|soiling himself|herself',
    'lost|losing control of my? bladder|bowel|bowels',
    'loss of bladder|bowel control',
    'loss of control of my? bladder|bowels',
    'lost|losing my? bladder|bowel control',
    'bladder|bowel|bowels control',
    // "no control over when I pee", "I've wet the bed twice this week" (a child's bed-wetting is said as past).
    'no|zero control over|of when i pee|wee|poo|poop|go',
    // Straining to start: "I have to push really hard to get any pee out".
    'to get any? pee|urine|wee out',
    'to get a pee|wee out',
    // "going to the loo feels different, like I can't tell if I've finished"; "I keep leaking" (pads).
    "can't|cannot|couldn't tell if|when|whether i've finished|emptied",
    // "couldn't tell whether I'd finished or was still going", "can't tell if I was done".
    "can't|cannot|couldn't tell if|when|whether i'd finished|emptied|done",
    "can't|cannot|couldn't tell if|when|whether i'm finished|emptied|done",
    "can't|cannot|couldn't tell if|when|whether i was finished|emptied|done",
    "can't|cannot|couldn't tell if|when|whether i had finished|emptied",
    'going to the loo|toilet|bathroom feels|felt different|weird|strange|numb',
    'pads because i keep|kept leaking',
    'push|pushing|strain|straining really? hard to pee|wee|urinate',
    // "I must push very hard to make pee".
    'push|pushing|strain|straining really|very|so? hard to make|do pee|wee|urine',
    'no|zero control over|of my|her|his|their bladder|bowels|bowel|peeing',
    'wet|wetting|wetted the bed',
    // "he's wet the couch twice in his sleep" (not a spilled shake that wet the couch: RED_FLAG_IDIOM_TERMS).
    'wet|wetting|wetted the couch|sofa|mattress',
    'peed|pissed the bed',
    // Retention told as sitting there: "nothing happens even though I need to go".
    'nothing happens|comes even though i need|needed to go|pee|wee',
    'nothing comes out even though i need|needed to go|pee|wee',
    "can't|cannot|couldn't hold|control my? bladder|bowels|pee|urine",
    'leaking urine|pee',
    'urinary|bladder retention',
    'no urge to pee|urinate',
    // The urge itself gone: "didn't get the 'gotta go' signal", "I don't feel the urge to pee any more" (not the
    // urge to go for a run, nor one a coffee less explains: "don't get the urge to pee every hour").
    "didn't|don't|couldn't get|feel the|a|any gotta go signal|feeling|urge",
    "didn't|don't|couldn't feel the|any urge to poo|pee|wee",
    "can't|cannot|couldn't really|even|always? feel when i need to pee|go",
    // "I don't really feel when I need a number two".
    "don't really|even|always? feel when i need to pee|go|poo|wee",
    "don't really|even|always? feel when i need a poo|wee|pee",
    "don't really|even|always? feel when i need a number one|two",
    // "I can't really tell when I need a number 2".
    "can't|cannot|couldn't really|even? tell|feel when i need a number #",
    "can't|cannot|couldn't really|even? tell when i need to pee|go|wee|poo",
    // "I can't really tell if I need to pee" (not "…if I need to go", to A&E or to the gym).
    "can't|cannot|couldn't really|even? tell if|whether i need to pee|wee|poo",
    "can't|cannot|couldn't really|even? tell|feel when i need a wee|pee|poo",
    // Said of a parent or partner: "she cant tell when she needs the loo".
    "can't|cannot|couldn't really|even? tell|feel when she|he needs the|a loo|toilet|wee|pee|poo",
    "can't|cannot|couldn't really|even? tell|feel when i need the loo|toilet",
    // Accidents, dribbling, retention and a stream that will not start.
    'pooed|pooped|crapped|wee|weed|messed myself',
    // Said of someone else in a post written for them (flag-context.ts, proxy): "my partner messed himself".
    'pooed|pooped|crapped|messed himself|herself',
    'dribbling|dribble|dribbles|dribbled|leaks|leaked pee|urine|wee',
    'leaking wee',
    // Leaking unnoticed: "she keeps leaking and doesn't notice until she's wet", "once I leaked without feeling it".
    "leaking and doesn't|don't|didn't notice|realise|realize",
    'leaked|leaking|leak without feeling it',
    // Straining to start: "I have to press on my lower stomach to get my pee started".
    'to get my|the pee|wee started|going',
    'bladder|bowel accident|accidents',
    // "a couple of little bowel 'incidents' I didn't feel coming".
    'bowel incident|incidents|mishap|mishaps',
    'had an accident in my pants|trousers|bed',
    // "had an accident in me trackies and didn't know it had happened".
    'had an accident in my|his|her trackies|joggers|shorts|undies|knickers|boxers|jeans|sleep',
    'had an accident in me trackies|joggers|shorts|undies|knickers|boxers|jeans|sleep',
    'had an accident in me pants|trousers|bed',
    // "she'd had an accident in bed and genuinely didn't notice" (not "didn't know where the spare sheets were").
    "had an accident in bed and genuinely|honestly|really? didn't notice|realise|realize",
    // "had an accident in bed last week and never woke up", not knowing it till morning.
    "had an accident in bed _? _? and didn't|never wake|feel|notice",
    // Not "shat the bed" or "crapped the bed": a race or a market that went badly.
    'pooed in bed',
    'pooed the bed',
    'pooed in my sleep',
    // Slept through it: "pooed and never woke up" (not "…didn't feel much better", nor "pooped": tired as often as
    // soiled).
    "pooed and didn't|never wake|woke",
    // Soiling told as going: "I've gone a bit in my pants and had no idea", "he's gone himself twice without knowing".
    'gone|went himself|herself _? _? without knowing|noticing|realising|realizing',
    'gone|went myself _? _? without knowing|noticing|realising|realizing',
    // Soiled clothes not felt, told of anyone and in any English: "she pooed in her trousers without feeling a thing", "he
    // do poo in the pants without feel" (not "nearly pooped my pants", a fright, with nothing unfelt).
    'poo|poop|pooped|pooed|crap|crapped|shit|shat in? the|my|his|her pants|trousers|underwear|undies|shorts|boxers without feel|feeling|noticing|knowing|realising|realizing',
    // "he pooed in his trousers and didn't feel it".
    "poo|poop|pooped|pooed|crap|crapped|shit|shat in the|my|his|her? pants|trousers|underwear|undies|shorts|boxers and never|didn't feel|felt|notice|noticed",
    'gone|went a? bit|little? in my pants|undies|knickers|boxers|trackies|shorts',
    'gone|went a? bit|little? in me pants|undies|knickers|boxers|trackies|shorts',
    "can't|cannot|couldn't start peeing|urinating|weeing",
    "can't|cannot|couldn't start to pee|wee",
    "can't|cannot|couldn't start the stream",
    'trouble|difficulty|struggling starting to? pee|wee',
    'trouble|difficulty|problems in|with peeing|urinating|weeing',
    'trouble|difficulty|problems in|with passing urine|water',
    "can't|cannot|couldn't empty my? bladder",
    'unable to empty my? bladder',
    "haven't|hasn't been able to pee|wee",
    // "he hasn't managed to pee since this morning".
    "haven't|hasn't|hadn't|couldn't managed|manage to pee|wee|urinate",
    "haven't|hasn't been able to empty my? bladder",
    "haven't|hasn't been able to go to the toilet|loo|bathroom",
    "can't|cannot|couldn't get the? pee|urine|wee to come|flow|start",
    "pee|urine|wee won't|doesn't come|flow|start",
    // "the urine will not come out", "cannae pish" (Scots), "hardly anythin comes oot".
    'pee|urine|wee will|would not come|flow|start',
    // "the pee come out by itself when I stand up".
    'pee|urine|wee come|comes|came|coming out by itself|themselves',
    'pee|urine|wee come|comes|came|coming out on its own',
    // Non-native English: "the urine don't come", "urine not coming".
    "pee|urine|wee don't|didn't|not come|coming|flow|flowing|start",
    // A stream that will not come, in Scots and plain: "I couldnae get a pish oot", "can't get any pee out", and the
    // bladder left full: "I still feel like I havenae emptied my bladder" (not "emptied the tank").
    "can't|cannot|couldn't get a|any|the pish|pee|piss|wee|urine out|oot",
    "feel|feels|felt like i haven't|hadn't|didn't fully? emptied my? bladder",
    "feel|feels|felt like my bladder hasn't|isn't fully? emptied|empty",
    "can't pish",
    // Emptying never felt done: "it doesn't feel like I've emptied", "never feel empty after a wee".
    "doesn't|don't|didn't|never feel|feels|felt like i've|i'd emptied",
    "doesn't|don't|didn't|never feel|feels|felt like i emptied",
    "doesn't|don't|didn't|never feel|feels|felt like i've|i'd finished peeing|weeing",
    'never feel|feels|felt empty after a|my wee|pee',
    'never feel|feels|felt empty after i wee|pee',
    // Said of someone in a post written for them: "she can't tell whether she's finished peeing".
    "can't|cannot|couldn't tell if|when|whether she's|he's emptied",
    "can't|cannot|couldn't tell if|when|whether she'd|he'd emptied",
    "can't|cannot|couldn't tell if|when|whether she's|he's finished|done peeing|weeing",
    "can't|cannot|couldn't tell if|when|whether she'd|he'd finished peeing|weeing",
    // Leaking in sleep, the writer's own: "I've started leaking at night without waking up" (not a tent's or a child's).
    "i've|i'd started leaking|wetting at|in the? night without waking|noticing|knowing",
    "i've|i'd been leaking|wetting at|in the? night without waking|noticing|knowing",
    'i keep|kept|started leaking|wetting at|in the? night without waking|noticing|knowing',
    'hardly|barely anything comes|came oot',
    'hardly|barely anythin comes|came oot',
    'nothing comes|came oot',
    // Soiling unnoticed: "found my undies dirty", "motion came in his dhoti and he did not know" (Indian English: motion is stool).
    'undies|underwear|knickers|boxers|briefs dirty|soiled|stained',
    'motion came|passed|went in his|her|my',
    'passed motion without',
    // Waking in a wet bed; going by the clock because the urge no longer comes.
    'woke|wake|waking up in a wet bed',
    'peeing|weeing|wee|pee by the clock',
    'go|going to the toilet|loo|bathroom by the clock',
    'gotta pee|wee|go feeling',
    'need to pee|wee|go feeling',
    "don't|didn't get|have the gotta pee|wee|go feeling|urge",
    "don't|didn't get|have the need to pee|wee|go feeling|urge",
    // "I don't get the feeling of needing to pee any more" (not "…needing to go": for a run, out, to the gym).
    "don't|didn't get|have the|a|any feeling|urge|sensation of needing to pee|wee|poo",
    "can't|cannot|couldn't control|hold my? bowel|poo|poop",
    "can't|cannot|couldn't feel when i pee|wee|poo|poop",
    "can't|cannot|couldn't really? feel it when|while i pee|wee|poo|poop",
    // Not knowing: "leaking a bit of pee without noticing", "can't tell if my bladder is full". Leaking on a heavy
    // lift alone is a pelvic floor under load, not this. Left out: "without feeling" ("I pee without feeling any
    // burning") and "didn't feel I needed to pee" ("…before the race").
    'pee|peed|peeing|wee|weed|urine|leaking|leaked|leak without noticing|realising|realizing|knowing|knowin',
    // "I've peed a little without noticing twice".
    'pee|peed|peeing|wee|weed|leaking|leaked a little|bit without noticing|realising|realizing|knowing',
    // The feeling of passing water dulled: "peeing feels 'muted' if that makes sense".
    'peeing|weeing|pissing feels|felt muted|numb|fuzzy',
    'peeing|weeing|pissing feels|felt kinda|sorta|really|weirdly|slightly|bit muted|numb|fuzzy',
    "can't|cannot|couldn't tell|feel if|when|whether my bladder|bowel|bowels is|are|was|were full",
    "can't|cannot|couldn't tell|feel if|when|whether my bladder|bowel|bowels 's full",
    // Asked of others in a way that tells the writer's own: "anyone else find they can't tell when their bladder's full?"
    "can't|cannot|couldn't tell|feel if|when|whether their bladder|bowel|bowels is|are|was|were full",
    "can't|cannot|couldn't tell|feel if|when|whether their bladder|bowel|bowels 's full",
    "can't|cannot|couldn't feel myself pee|peeing|wee|weeing",
    // A catheter needed, not one lived with ("had his catheter changed last week" is a long-term one's care).
    'needed|need|needs a catheter',
    'catheter put in|fitted|inserted',
    'catheterised|catheterized',
    // Bowels: "leaked poop without feeling it", "accident with the stool".
    'leaked|leaking|leak poo|poop|stool|shit',
    'accident|accidents with the|my|his|her stool|poo|poop|bowels|bowel',
    "don't know when i need the loo|toilet",
    "don't know when i need to pee|go|wee|poo",
    'do not know when i need the loo|toilet',
    'do not know when i need to pee|go|wee|poo',
    "hasn't|haven't|doesn't|don't felt|feel like i|he|she need|needs|needed a wee|pee|poo",
    "hasn't|haven't|doesn't|don't felt|feel like i|he|she need|needs|needed to go|pee|wee",
    'barely|hardly a drop comes|came out',
    "haven't|hasn't needed a wee|pee all day",
    "haven't|hasn't needed to go|pee|wee all day",
    'never felt it filling',
    'to begin|start passing urine|water',
    'bladder has not emptied',
    "bladder hasn't emptied",
    "haven't|hasn't had|felt the urge|need to go|pee|wee all day",
    'went # hours without going|peeing|weeing',
    "didn't|couldn't|can't feel myself leak|leaking",
    'to get my water going|started|flowing',
    "didn't|don't need to pee|wee all day",
    "don't|doesn't even? feel like i|he|she need|needs to",
    // "my bum just lets go, had to change my undies twice".
    'change|changed my undies|underwear|pants|knickers twice|again',
    // Retention told as what did not happen: "barely anything came out", "needing to go and nothing is happening",
    // "it doesn't all come out", "she hasn't peed since breakfast yesterday".
    'barely|hardly anything came|comes out',
    'need|needing|needed to go and nothing happens|happened|came|comes',
    // Sat there and nothing with a full bladder: "can't go even though my bladder's bursting" (not a belly or a tummy,
    // which codeine's constipation fills too, nor "bursting to get back under the bar").
    "can't|cannot|couldn't go even though his|her|my bladder is full|bursting",
    "can't|cannot|couldn't go even though his|her|my bladder 's full|bursting",
    'need|needing|needed to go and nothing is|was happening|coming',
    "doesn't|didn't|don't all come out",
    "hasn't|haven't peed|weed|urinated since",
    "hasn't|haven't been for a wee since",
    "hasn't|haven't had a wee|pee since",
    // British word order: "I've not had a wee since yesterday lunchtime" (the writer's own only: "he's not had a wee
    // since bedtime" is as often a baby's or a puppy's, which the person in the phrase hides from the checks).
    "i've not had a wee|pee since",
    "i've not been for a wee|pee since",
    "i've not peed|weed|urinated since",
    // "the urine is not coming out well".
    'pee|urine|wee is|was not coming|flowing',
    // "I been messin my drawers" (US South: soiling).
    'messing|messin|messed my|his|her drawers|pants|undies|knickers|trousers|britches',
    'messing|messin|messed me drawers|pants|undies|knickers|trousers|britches',
    // Not knowing it is coming: "just came out with no warning", "I don't get the feeling that I need a wee".
    'came|comes out with no warning',
    // "I don't get the warning anymore before I need to go number two".
    "don't|didn't get the|any warning|signal anymore? before",
    'no warning|signal|urge beforehand|before',
    // "got zero warning I had to go".
    'zero|no warning i had|needed to go',
    'came|comes out without warning',
    "don't|didn't get the feeling|urge that? i need|needed a wee|pee|poo",
    "don't|didn't get the feeling|urge that? i need|needed to go|pee|wee",
    // Retention told by what comes: "only a dribble comes out", "I can't seem to fully empty when I go".
    'only|just a dribble|trickle comes|came out',
    'barely a dribble|trickle comes|came out',
    // Soiling taken for wind: "thought I'd just broken wind and it turned out I hadn't" (not "…it turned out to be the
    // squat rack creaking").
    "thought i'd|id just? broken|passed wind and|but it turned out i hadn't",
    "thought i'd|id just? broken|passed wind and|but i hadn't",
    "thought i had just? broken|passed wind and|but i hadn't",
    // "stood at the urinal five minutes and got barely a trickle".
    'got|get|getting|gets barely a trickle|dribble',
    'got|get|getting|gets only|just a trickle|dribble',
    // "can barely get a trickle out".
    'barely|hardly get|got|getting a trickle|dribble|drop',
    // "couldnae get a pish going".
    "can't|cannot|couldn't get a|any|the pish|pee|piss|wee going|started|flowing",
    "can't|cannot|couldn't seem to? fully? empty when|after i go|pee|wee",
    // Retention told as what is left or how weak it comes: "feels like there's still pee left after I go", "my
    // pee stream is weaker since the back went" (a bare "my stream is weak" is as often a live stream's).
    'still some? pee|wee|urine left',
    'my|the pee|wee|urine stream is|was weak|weaker|feeble|pathetic',
    'my|the pee|wee|urine stream is|was getting|going weak|weaker|feeble',
    'my|the pee|wee|urine stream got|gets|became|went|turned weak|weaker|feeble',
    'my|the pee|wee|urine stream has|had got|gotten|gone|become|turned weak|weaker|feeble',
  ]),
  flag('saddle_numbness', [
    'saddle anaesthesia|anesthesia|numbness',
    'numb|strange|weird|different when i wipe',
    'numb down there',
    // "it feels weird down there, like it's half asleep".
    'feels|felt|feel|feeling weird|strange|funny|odd|different down there|below',
    'is|was weird|strange|funny|odd|different down there|below',
    'half asleep down there',
    // "things feel really muted down there".
    'muted|fuzzy|dull|quiet|frozen down there|below',
    // Numbed as the dentist numbs: "everything down there feels like it's been to the dentist".
    "down there|below feels|felt|feel like it's been to the dentist",
    'down there|below feels|felt|feel like its been to the dentist',
    'down there|below feels|felt|feel like it has been to the dentist',
    "down there|below feels|felt|feel like i've been to the dentist",
    'down there|below feels|felt|feel like after|at the dentist',
    // "No feeling down there": the "no" is the symptom here, not a denial of it.
    'no|zero feeling|sensation down there|below',
    'no|zero feeling|sensation in my groin|genitals|privates|crotch|butt|bum',
    "can't feel my groin|genitals|privates|butt|bum",
    // Said in dialect: "cannae feel ma arse right when ah sit on the pan" (Scots), "can't feel me backside".
    "can't|cannot|couldn't feel my arse|backside|bum|butt|ass right|properly",
    "can't|cannot|couldn't feel me arse|backside|bum right|properly",
    // The seat told of instead of the skin: "I cannae tell where the seat stops and I start", "like my bum's no there".
    "can't|cannot|couldn't tell where the seat|saddle|chair stops|ends|finishes",
    // "he can't feel the toilet seat when he sits on it".
    "can't|cannot|couldn't feel the toilet|loo seat",
    // Told by what is missing: "down there I do not have feeling like before" (non-native).
    'down|below there i do|did not have|feel feeling|sensation',
    "don't|didn't have any? feeling|sensation down there|below",
    "don't|didn't have much feeling|sensation down there|below",
    // Wiping without feeling it is how people notice saddle anaesthesia.
    "can't|cannot|couldn't really? feel the? toilet paper|tissue",
    "can't|cannot|couldn't really? feel wiping",
    // The hand felt instead of the skin: "cant feel my own hand when i wipe".
    "can't|cannot|couldn't feel my own? hand|hands|fingers when|while i wipe|wiping",
    "can't|cannot|couldn't really? feel myself wipe|wiping",
    'wiping feels numb|strange|weird|different',
    // The wiping told first: "when I wipe after the toilet it feels numb".
    'when|while i wipe|wiped it? feels|felt|goes|went|gets numb|strange|weird|different',
    'when|while i wipe|wiped it? is|was numb|strange|weird|different',
    'when|while i wipe|wiped after the? toilet|loo|bathroom|pooping|peeing it? feels|felt|goes|went|gets numb|strange|weird|different',
    'when|while i wipe|wiped after the? toilet|loo|bathroom|pooping|peeing it? is|was numb|strange|weird|different',
    // "I can't feel anything when I wipe", "when I wipe I can't feel it".
    "can't|cannot|couldn't feel anything when|while i wipe|wiping",
    "can't|cannot|couldn't feel much when|while i wipe|wiping",
    "can't|cannot|couldn't feel it when|while i wipe|wiping",
    // Scots: "cannae feel it when a wipe".
    "can't|cannot|couldn't feel it when|while a wipe|wiping",
    // On the toilet: "like the seat isn't quite touching me, like sitting on a cushion that isn't there".
    "seat isn't|wasn't quite? touching me",
    'seat is|was not quite? touching me',
    "cushion that isn't|wasn't there",
    'canny feel it when|while a wipe|wiping',
    'canny feel it when|while i wipe|wiping',
    "can't|cannot|couldn't feel a thing when|while i wipe|wiping",
    "when|while i wipe|wiped i can't|cannot|couldn't feel",
    'toilet paper|tissue feels|felt numb|weird|strange|different|funny',
    // "I couldn't feel the water on my bum in the shower".
    "can't|cannot|couldn't feel the water|shower on my bum|butt|bottom|backside|groin|privates|genitals",
    "can't|cannot|couldn't really? feel the water|shower there",
    // Noticed by what the skin no longer feels: "couldn't feel the cold on my butt", "couldn't tell where my bum was touching it".
    "can't|cannot|couldn't feel the cold|ice|towel|water|seat on my butt|bum|bottom|backside|arse",
    "can't|cannot|couldn't tell where my bum|butt|bottom|arse",
    "can't|cannot|couldn't feel the loo|toilet roll|paper when i wipe|wiping",
    // Written for someone: "he says he can't feel the toilet paper when he wipes", "she can't feel herself when she wipes".
    "can't|cannot|couldn't feel the loo|toilet roll|paper when he|she wipes",
    "can't|cannot|couldn't feel herself|himself when|while she|he wipes|wiped",
    "can't|cannot|couldn't feel anything when|while she|he wipes|wiped",
    "can't|cannot|couldn't feel it when|while she|he wipes|wiped",
    "can't|cannot|couldn't feel myself when|while i wipe|wiping",
    // The seat or the paper not quite felt: "does anyone else not feel the toilet seat properly?", "toilet paper feels
    // like it isn't quite there".
    "not|don't|doesn't|didn't feel the toilet|loo seat properly|under",
    "not|don't|doesn't|didn't feel the toilet|loo seat at all",
    "toilet|loo paper|roll feels|felt like it isn't|wasn't quite there",
    'toilet|loo paper|roll feels|felt like it is|was not quite there',
    'like wiping a stranger|someone',
    // "wiping feels like I'm wiping someone else's backside", "wiping feels like it's someone else's backside".
    'wiping someone|somebody else',
    "wiping feels|felt like it's someone|somebody else 's bum|butt|arse|bottom|backside",
    // "his bottom feels like it belongs to someone else" (the writer's or the person written for, now: not "the bottom"
    // of a squat, nor a bum that "felt like it belonged to someone else" in new leggings).
    'my|his|her bum|butt|arse|bottom|backside|buttocks|groin feels like it belongs to someone|somebody else',
    'me bum|butt|arse|bottom|backside feels like it belongs to someone|somebody else',
    "bum|butt|arse|bottom|buttocks feels|felt like it's made of",
    'bum|butt|arse|bottom|buttocks feels|felt like it is made of',
    // "I am not feeling the paper at all", "I hadn't been able to feel the paper" (review 45b), "unable to feel the tissue".
    'not feeling the paper|tissue',
    "hadn't|haven't|hasn't|wasn't|weren't been? able to feel the paper|tissue",
    'not been able to feel the paper|tissue',
    'unable to feel the paper|tissue',
    // Hedged: "I can't quite feel the paper properly".
    "can't|cannot|couldn't really|quite|properly|fully? feel|sense the paper|tissue",
    // Non-native: "when I wipe after toilet I don't feel the paper good".
    "don't|didn't really? feel the paper|tissue good|properly|right|well",
    'do|did not really? feel the paper|tissue good|properly|right|well',
    'not feeling the toilet paper|tissue',
    // The buttocks (NHS: "numbness or tingling around the genitals or buttocks"); a numb bum from a long
    // sit (a drive, a bike, the bleachers) is cancelled by an idiom (idioms.ts).
    // Not "dead": "dead butt syndrome", "my butt is dead after leg day" are tired glutes.
    'bum|butt|arse|bottom|buttocks feels|feel|felt|went|goes|gone _? numb|tingly',
    'bum|butt|arse|bottom|buttocks is|was _? numb|tingly',
    'bum|butt|arse|bottom|buttocks has|have _? numb|tingly',
    // Contracted and in other words: "my bum's gone numb", "my ass has been numb since", "me arse's gone tingly".
    "bum|butt|arse|ass|bottom|backside 's|has|have gone|went|going numb|tingly",
    "bum|butt|arse|ass|bottom|backside 's|has|have been numb|tingly",
    'ass|backside feels|feel|felt|went|goes|gone _? numb|tingly',
    'ass|backside is|was _? numb|tingly',
    // Told as a thing: "the numb bum is still here and it's spreading" (a bike's or a drive's is explained: idioms.ts).
    'numb|tingly bum|butt|arse|bottom|backside',
    // The seat or the skin feels like another's: "when I sit on the jacks it's like sitting on someone else's arse".
    'like sitting on someone|somebody else',
    // "his bum and the bits in between feel 'like they're no his'".
    "bits in between feel|feels|felt like they're|it's not mine|his|hers",
    "bits in between feel|feels|felt like they're|it's no mine|his|hers",
    "bum|butt|arse|bottom|groin|privates|crotch feel|feels|felt like they're|it's not mine|his|hers",
    "bum|butt|arse|bottom|groin|privates|crotch feel|feels|felt like they're|it's no mine|his|hers",
    // Wiping through something: "it felt like wiping with a glove on", "like wiping through a towel".
    'like wiping with|through a|an glove|gloves|mitten|mittens|mitt|towel|cloth',
    'wiping with a|an glove|mitten|mitt on',
    // "wiping is like doing it through thick gloves".
    'wiping is|was like doing it through|with _? gloves|glove|mittens|mitten|towel',
    'wiping feels|felt like doing it through|with _? gloves|glove|mittens|mitten|towel',
    'numb|numbness|tingling in|around? my? bum|butt|arse|bottom|buttocks',
    'lost|losing sensation|feeling in my|the bum|butt|arse|bottom|buttocks|backside',
    'numb|numbness when|while wiping',
    // "the paper felt like it was touching someone else's body".
    'paper|tissue felt|feels like it was|is|wasn|isn',
    // What it sits on no longer felt: "I can't feel my bike seat properly, and it stays after I'm off the bike".
    "can't|cannot|couldn't really|even|properly? feel the|my _? seat|saddle|chair",
    // "when I sit on the chair I don't feel the chair, only pressure".
    "don't really|even|properly? feel the|my _? seat|chair",
    'numb|numbness when|while i wipe',
  ]),
  flag('both_legs_neuro', [
    'numb|numbness|tingling|tingly|paralysed|paralyzed from the waist down',
    // "can't feel my feet properly on both sides", "numbness down both sides".
    "can't|cannot|couldn't feel my feet|legs|toes properly? on both sides",
    "can't|cannot|couldn't lift either foot",
    "can't|cannot|couldn't lift both feet",
    'numb|numbness|tingling|tingly|fizzy|fuzzy|fizzing on|down both sides',
    // "both feet feel like they're asleep": "they" is the feet here, not someone else.
    "both my? feet|legs feel|feels|felt like they're asleep|numb",
    'both my? feet|legs feel|feels|felt like they are asleep|numb',
    // A teenager's words after a back injury: "both his legs feel 'dead' and he's walking a bit like a puppet".
    'both my|his|her legs feel|feels|felt|went dead',
    'no feeling from the waist down',
    "can't|cannot|couldn't feel anything below|from the waist",
    "can't|cannot|couldn't feel either of my? legs|feet",
    // "he can't feel either leg properly", "can't feel either of his feet".
    "can't|cannot|couldn't really|properly? feel either leg|foot|legs|feet",
    "can't|cannot|couldn't feel either of his|her legs|feet",
    "can't|cannot|couldn't feel both of my? legs|feet",
    // "Ah cannae feel baith ma legs" (Scots "both my legs", no "of").
    "can't|cannot|couldn't feel both my? legs|feet",
    'bilateral sciatica|numbness|weakness',
    'bilateral foot drop',
    'bilateral leg pain|weakness',
    'foot drop in both feet|legs',
    'zero|no strength in both legs|feet',
    'little strength in both legs|feet',
    'almost|nearly zero|no strength in both legs|feet',
    'get|getting the feeling back in my legs|feet',
    'sciatica|pain|numbness|tingling in|down both sides',
    // One leg, then the other: "the numb patch on my right leg has spread and now the left one is doing it too".
    'left|right|other one is doing it too',
    'left|right|other one is doing the same',
    'spread|spreading|spreads to the other leg|foot|side',
    'spread|spreading|spreads to both legs|feet',
    // "the two legs went from under me" (Irish and Indian English "the two legs").
    'the two legs|feet went|gave|gone',
    'legs went|gave|gone out? from under me|him|her',
    // "neither foot can feel the floor properly".
    'neither foot|leg|feet|legs can|could feel',
    // "neither leg will push me up the stairs", "neither calf would lift me", "both feet keep catching on the carpet".
    'neither foot|leg|calf|feet|legs|calves will|would|can|could|wants to? push|lift|hold|work|fire',
    'both feet keep|kept catching|dragging|tripping|scuffing',
    // "both my feet are kind of slapping down", "can't really walk on my heels on either side", "the legs have no power".
    'both my? feet are kind|sort of? slapping|dragging',
    'both my? feet keep slapping|dragging',
    "can't|cannot|couldn't really? walk|stand on my heels|toes on either side",
    "can't|cannot|couldn't really? walk|stand on my heels|toes on both sides",
    'legs have|had no power|strength',
    'no power|strength in the|my|both legs',
    'neither of my feet|legs can|could feel',
    // "he can't get up onto his toes on either side".
    'toes|tiptoes on either side',
    'toes|feet properly on either side',
    'toes|tiptoes on both sides',
    // "both legs barely feel anything since the squat fail", "both sides numb" (round 14's review).
    'both legs|feet barely|hardly feel|felt anything',
    "both legs|feet can't|cannot|couldn't feel anything",
    'both sides|legs|feet numb|tingly|tingling',
  ]),
  flag('chest_pain', [
    'chest pain|pains|pressure|tightness',
    // A chest ache that goes through to the back: "an ache in my chest that goes through to my back" (a bare chest ache
    // is as often press-ups, a cough, heartburn or a feeding baby's).
    'chest that|which goes|spreads|radiates|travels through|into to? my|his|her|the upper|mid? back',
    'chest ache|aching|pressure that|which goes|spreads|radiates|travels through|into to? my|his|her|the upper|mid? back',
    // "His chest aches right through to his back", "my wife's chest ache goes through to her back".
    'chest ache|aches|aching|hurts right|straight? through to my|his|her|the upper|mid? back',
    'chest ache|pain goes|went|runs right|straight? through|into to? my|his|her|the upper|mid? back',
    // "like someone's sitting on his chest", "an elephant sitting on my chest" (not the cat or the bar).
    "someone|somebody 's sitting|standing|pressing on my|his|her chest",
    'someone|somebody is sitting|standing|pressing on my|his|her chest',
    'elephant sitting|standing on my|his|her chest',
    'pain|pains|pressure|tightness|heaviness in my|the chest',
    // "a tightness across the chest, like a belt pulled in" (not "around": a strap, a sports bra).
    'pressure|tightness|heaviness across my|the chest',
    // Said of a partner or a parent in a post written for them (flag-context.ts, proxy): "tightness across his chest".
    'pain|pains|pressure|tightness|heaviness in|across his|her chest',
    'his|her chest feels|felt|goes|went tight|heavy|crushed|squeezed',
    'his|her chest is|was tight|heavy|crushed|squeezed',
    // With a word of degree between: "his chest went really tight", "my chest felt super heavy".
    'my|his|her chest feels|felt|goes|went really|very|super|so|proper|crazy|insanely|weirdly|properly tight|heavy|crushed|squeezed',
    'my|his|her chest is|was really|very|super|so|proper|crazy|insanely|weirdly|properly tight|heavy|crushed|squeezed',
    'tight chest',
    // A back pain that reaches the front: "the pain goes from between his shoulders right through to his chest".
    'right|straight through to my|his|her|the chest',
    // A tear or a pain that goes in at the chest and out at the back: "it tore through my chest and out into my back"
    // (the tearing chest-to-back pain of clinical-facts.md §1.2).
    'through|thru my|his|her chest and? out|into|to the|my|his|her back',
    'through|thru my|his|her chest and? out into the|my|his|her back',
    'through to the front of my|his|her|the chest',
    // "I felt a pain go right through from my back to the front of my chest".
    'back to the front of my|his|her|the chest',
    'chest feels|felt tight|heavy|crushed',
    // Two words of it joined: "her chest felt tight and full", "my chest went weird and tight".
    'chest feels|felt|goes|went all|so|really? full|tight|heavy|weird|funny|strange|odd and|n tight|heavy|full|crushed|squeezed',
    'chest is|was full|tight|heavy and tight|heavy|full|crushed|squeezed',
    'chest is|was tight|heavy|crushed',
    // "it feels like my chest is being squeezed".
    'chest is|was being squeezed|crushed',
    // "his chest feels squeezed", "my chest goes tight when it aches".
    'chest feels|felt|feel squeezed|squeezy',
    'chest goes|went|gets|got tight|heavy',
    // Pain on breathing in: "my chest hurts when I breathe in deep".
    'chest hurts|aches|burns|pains when|if i breathe|breathing|inhale',
    'hurts|painful to breathe|inhale',
    'pain|hurts when|if i breathe in|deeply|deep',
    // The same pain in its own words: "under the shoulder blade, and it's sharp when I breathe in".
    'sharp|stabbing|stabs|catches when|if|whenever i breathe in|deeply|deep',
    // "a stabbing pain under my left shoulder blade every time I breathe in".
    'pain|hurts|stab|stabs|stabbing _? _? _? _? _? _? every time i breathe|inhale',
    'pain|hurts|stab|stabs|stabbing _? _? _? _? _? _? whenever i breathe|inhale',
    // Breathless on no effort: "hard to take a full breath", "puffing like a steam train just walking the dog".
    'hard|difficult|struggle|struggling to take a full|deep breath',
    "can't|cannot|couldn't take|get a full|deep|proper breath",
    'puffing|panting|wheezing|gasping just|even walking|talking|sitting|climbing',
    'puffing|panting like a steam train',
    // "I'm puffed out walking to the kitchen".
    'puffed|breathless just|even walking|talking|sitting',
    'puffed out just|even walking|talking|sitting',
    'puffed|winded|breathless|puffing|panting out? walking to the|my kitchen|car|toilet|loo|bathroom|door|shop|shops|mailbox|letterbox',
    // Into the left arm or jaw: "an ache across my chest that goes into my left arm".
    'chest that|which goes|spreads|radiates|travels into|down|to my|the left arm',
    'chest that|which goes|spreads|radiates|travels into|down|to my|the jaw',
    // "tightness has come in my chest which is going into left arm" (Indian English).
    'chest that|which is going|spreading|radiating|travelling into|down|to my|the? left arm',
    'chest that|which is going|spreading|radiating|travelling into|down|to my|the? jaw',
    'pain|pressure|tightness|heaviness has|have come|came in|into my|the chest',
    // "in my chest there is like a fist pressing", "I cannot breathe deep".
    'like a fist pressing|squeezing|clenching',
    "can't|cannot|couldn't breathe deep|deeply|properly",
    // "puffing doing the stairs at work".
    'puffing|panting|breathless|winded|puffed doing|climbing the? stairs|steps',
    'puffing|panting|breathless|winded|puffed going up the? stairs|steps',
    // "I'm catching my breath going up the stairs with the baby".
    'catching|catch my breath going up|climbing|on the? stairs|steps',
    'ache|aching|pain|pressure|squeeze|squeezing across my|the chest',
    // "like someone's squeezing my chest in a vice".
    'squeezing|crushing my chest',
    'crushing pain|chest',
    // "a crushing thing across my chest and down my left arm", "it went right through to the front of my chest".
    'crushing thing|feeling|sensation|pressure across|in|on my|the chest',
    'chest and|n down my|the left arm',
    'through|into to? the front of my|the chest',
    // A tearing pain told through to the front without naming the chest: "like something tearing straight through to my front".
    'tearing|ripping|tore|ripped straight|right? through to my front',
    'short of breath',
    'shortness of breath',
    'trouble|difficulty|struggling breathing',
    'struggling|struggle|struggled to breathe',
    // "chest like a tight band".
    'chest like a tight? band',
    'tight band around|across my? chest',
    "can't breathe",
    // The common misspelling: "cant breath right, chest heavy" (not in a mask, through a blocked nose, laughing: idioms).
    "can't breath",
    'short of breathe',
    'tearing|ripping pain|feeling|sensation',
    // Behind the breastbone: "a tightness behind my sternum", "pressure behind my breastbone".
    'pressure|tightness|pain|ache|heaviness|burning|squeezing behind|under my|the sternum|breastbone',
    'someones|somebodys standing|sitting|pressing on it|me',
    // "every breath feels tight and shallow".
    'every breath feels|felt tight|shallow|short',
    'every breath is tight|shallow|short',
    'breathing feels|felt tight|shallow',
    'breathing is tight|shallow',
    'band across|around|round my|the chest',
    // Non-native: "in the chest is pressure, like heavy stone", "breathing is hard when I walk".
    'chest is pressure|heavy|tight',
    'breathing is hard|difficult',
    'pressure|pain|tightness|heaviness in the center|centre|middle of my|the chest',
    // For a partner or a parent: "a pressure in the middle of her chest".
    'pressure|pain|tightness|heaviness in the center|centre|middle of his|her chest',
    "like someone 's sitting|standing on it",
    // The chest told as stood on (British "stood" and "sat"): "my chest went tight like someone was stood on it".
    'chest went|goes|felt|feels tight|heavy like someone|somebody was|is? stood|sat|standing|sitting|kneeling on it|me',
    'chest was|is tight|heavy like someone|somebody was|is? stood|sat|standing|sitting|kneeling on it|me',
    'chest went|goes|felt|feels like someone|somebody was|is? stood|sat|standing|sitting|kneeling on it|me',
    // A tearing pain through to the chest (a dissection's way): "like something is tearing, it go through to the chest".
    'like something is|was tearing|ripping',
    'go|goes|going|went through to the|my chest',
    // "like someone's sitting on me".
    "like someone 's sitting|standing on me",
    'like someone is sitting|standing on me',
    'someone|somebody standing|sitting|pressing on it|me',
    'something standing|sitting|pressing on it|me',
    'weight sitting|standing|pressing on my chest',
    // Said of a partner: "holding his chest", "his left arm feels funny".
    'holding|clutching|rubbing his|her|my chest',
    "can't|cannot|couldn't catch his|her breath",
    'crushing tight|heavy feeling|pain in my|the chest',
    'through to between my shoulder blades',
    'left arm feels|felt funny|weird|numb|heavy|dead',
    'winded just|even walking|talking|sitting',
    'out of breath',
    'breathless|breathlessness',
    "can't|cannot|couldn't catch|get my breath",
    'gasping|struggling for breath|air',
    'elephant on my chest',
    'elephant is|was? sitting on my chest',
    // "feels like someone is standing on my chest".
    'someone|somebody is|was? standing|sitting on my chest',
    'something is|was? standing|sitting on my chest',
    // "felt like someone was kneeling on my chest".
    'someone|somebody is|was? kneeling|knelt|leaning|lying|stood|sat|pressing on my chest',
    // The chest named first and sat on after, "feels" or not: "chest like somebody's sat on it", "my chest feels like an
    // elephant is on it" (not "like the bar's still on it", nor one that "had sat", a time gone).
    "chest feels|felt|feeling? like someone|somebody 's sitting|sat|standing|stood|kneeling|knelt on it",
    'chest feels|felt|feeling? like someone|somebody is|was? sitting|sat|standing|stood|kneeling|knelt on it',
    'chest feels|felt|feeling? like something is|was? sitting|sat|standing|stood|kneeling|knelt on it',
    'chest feels|felt|feeling? like an|a elephant|horse|cow is|was? sitting|sat|standing|stood? on it',
    'chest feels|felt|feeling? like someones|somebodys sitting|sat|standing|stood|kneeling|knelt on it',
    'something is|was? kneeling|leaning|lying|stood|sat|pressing on my chest',
    'weight|pressure|heaviness|squeezing|burning|tightness on|in my chest',
    'squeezing feeling on|in my chest',
    'squeezing|pressure|tight|heavy|crushing feeling|sensation behind|under my|the sternum|breastbone',
    // A tearing pain through to the back: "something like a rip going straight through from the front of my chest".
    'like a rip|tear going|went',
    'through from the front of my chest',
    'from the front of my chest into|to|through my back',
    'chest discomfort|heaviness',
    'heavy|squeezing|crushing feeling in my|the chest',
    // Two words for it: "this heavy tight feeling in my chest on the stairs".
    'heavy|squeezing|crushing tight|pressing|pressure feeling in my|the chest',
    // Asked as a question that tells the writer's own: "anyone else get a heavy feeling in their chest with back ache?"
    'heavy|squeezing|crushing feeling in their chest',
    'heaviness|pressure in their chest',
    'pain|ache|aching spreads|spreading|radiates|radiating|goes|going|shoots|shooting into|to|down my? left arm',
    'jaw and left arm',
    // Heart pain told where it goes: "my left arm and jaw ache", "pain in my jaw and arm".
    'left? arm and jaw',
    'jaw and arm',
    'cold sweat|sweats',
    // Sudden breathlessness at rest: "couldn't get a breath in".
    "can't|cannot|couldn't get|take|catch a breath in",
    // "heaviness in the chest", "like some weight is kept on it", "like a horse is sitting on my chest".
    'weight|pressure|heaviness|squeezing|tightness on|in the chest',
    'like some|a weight is kept|put|placed on it',
    'weight is kept|put|placed on my|the chest',
    'horse|cow|bus|truck|car|fridge|bear|anvil|piano|rhino|hippo is|was? sitting|standing|parked on my chest',
    // "like a fridge had been parked on my chest".
    'horse|cow|bus|truck|car|fridge|bear|anvil|piano|rhino|hippo had|has been sitting|standing|parked on my chest',
    // "some heaviness in chest also" (no article), "a squeeze behind my breastbone", "crushing feeling dead centre of my chest".
    'heaviness|pressure|tightness|pain in chest',
    'squeeze behind|under my|the sternum|breastbone',
    'crushing|squeezing|heavy feeling|pressure|pain dead? centre|center|middle of my|the chest',
    // Breathless on nothing: "winded tying my shoes", "couldn't get air in".
    'winded|puffed|breathless|puffing tying my shoes|laces',
    'winded|puffed|breathless|puffing putting on my shoes|socks',
    "can't|cannot|couldn't get air in",
    "can't|cannot|couldn't get any air",
    // "I cannot take deep breath, only short breath"; "my sternum felt like it was in a vise"; an ache "up into my jaw".
    "can't|cannot|couldn't take|get deep|full breath|breaths",
    'sternum|breastbone|chest felt|feels|feel like it was|is in a vise|vice',
    'up into my|his|her|the jaw',
    // A tearing pain through the chest (Scots: "tearin pain right through ma chest intae ma back"). Not "clammy and
    // dizzy" alone: that is also the end of a race, a sprint or a sauna.
    'tearin|tearing|ripping pain|feeling _? _? through my|the chest',
    'heart attack',
  ]),
  flag('major_trauma', [
    // A loaded bar that came crashing down on the lifter: "the loaded bar came crashing down on me" (as
    // "dropped the bar on my upper back" is; not a failed bench rep that "came down on me" and was rolled off).
    'bar|barbell _? _? came|come crashing down on|onto me|my',
    'car|auto|motorcycle|motorbike|bike|bicycle|cycling|skiing|ski|snowboarding|work|workplace|bad|serious|traffic accident|crash|wreck|collision',
    // "taken out by a car while running", "knocked down by a van".
    'taken|knocked out|down|over by a car|truck|van|bus|vehicle',
    // "got clipped by a car on a run", "a van clipped me".
    'clipped|hit|struck|knocked by a|the car|truck|van|bus|vehicle|lorry|motorbike|motorcycle|taxi|cab',
    // Brought down on a fast road at speed: "got taken out on the dual carriageway at about 50" (not a first driving
    // lesson "taken out on the motorway", nor a shift "knocked off on the motorway job").
    'taken|knocked out|off on the motorway|highway|freeway|interstate at about|around|like? #',
    'taken|knocked out|off on the dual carriageway at about|around|like? #',
    'car|truck|van|bus|vehicle|lorry|motorbike|taxi clipped|hit|struck|knocked me',
    // The same said of a car full of people, where and how it hit: "a lorry hit us on the motorway" (not "a truck hit us
    // with spray").
    'car|truck|van|bus|vehicle|lorry|motorbike|taxi hit|struck|clipped us on the motorway|highway|freeway|road|roundabout|junction',
    'car|truck|van|bus|vehicle|lorry|motorbike|taxi hit|struck|clipped us from behind',
    'car|truck|van|bus|vehicle|lorry|motorbike|taxi hit|struck|clipped us head|side on',
    'car|truck|van|bus|vehicle|lorry|motorbike|taxi hit|struck|clipped us at # mph|kmh|kph',
    // A pedestrian or rider hit by a driver who drove on, or run down: "the victim of a hit and run", "a hit and run
    // driver", "mowed down by a car on a crossing" (not a film, a workout or "the car park hill").
    'hit and run driver|drivers|victim|accident|crash|collision|incident',
    'victim of a|the hit and run',
    'in|by a|the hit and run',
    'mowed|mown down by a car|truck|van|bus|lorry|vehicle|motorbike|motorcycle|taxi|driver',
    // A rider's crash at speed, told by who went down: "4 of us went down at 28mph" (not a heart rate or a speed that
    // "went down at 20mph", nor a descent that "came down at 70kmh"). Left out after review: "wiped out at 25 kph" (on a
    // turbo, a rider worn out) and "touched wheels" (mostly told of the pros on TV, or of a rider dropped).
    // "km/h" reaches here as "km" ("/" ends a term).
    'i|we|us|he|she|they went down hard? at about|around|nearly|over? # mph|kmh|kph|km',
    // In km/h the speed is a rider's, whoever is told to go down: "crashed again on the descent, went down at 45 km/h".
    'went down hard? at about|around|nearly|over? # kmh|kph|km',
    // "a passenger in a car that rolled", "we flipped the car".
    'car|truck|van|vehicle|jeep|suv that|which rolled|flipped',
    'rolled|flipped the|our|a|my|his|her car|truck|van|jeep|suv|ute|quad|atv|buggy|bike',
    // "went about 6 metres before landing on my back".
    'went|dropped about|around|nearly|almost|maybe|roughly # metres|meters|m|feet|ft',
    // The height in words: "tumbled ten metres down the bank", "fell about twenty feet off the ladder".
    // Where to, so not a runner who "fell ten metres behind the group".
    'fell|tumbled|dropped about|around|nearly|almost|maybe|roughly? two|three|four|five metres|meters down|off|from|onto|into',
    'fell|tumbled|dropped about|around|nearly|almost|maybe|roughly? six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty metres|meters down|off|from|onto|into',
    'fell|tumbled|dropped about|around|nearly|almost|maybe|roughly? six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty feet|ft down|off|from|onto|into',
    'landing flat? on my|his|her back|spine|tailbone',
    // "came down flat on my back from maybe 4-5m" (off a kicker, out of a lineout lift).
    'came|come down flat on|onto my|his|her back|spine|tailbone',
    'came|come down on|onto my|his|her back|spine|tailbone from',
    // A collapsed scrum or ruck: "folded in half with the whole pack on top of him".
    'whole pack|scrum|ruck on top of me|him|her',
    // "laid his Harley down on the interstate" (US riders' words for a crash at speed).
    'laid|lay|laying|dumped the|my|his|her|a harley|bike|motorbike|motorcycle down on|at',
    // "Dropped my bike on the motorway at about 60" (not one dropped in the garage).
    'dropped|binned|crashed my|the|his|her bike|motorbike|motorcycle on the motorway|highway|interstate|freeway',
    // Hit on the slopes: "a grom on a board came flying out of nowhere at full speed and hit me from behind".
    'wiped|taken|cleaned|knocked out by a|some skier|snowboarder|boarder',
    'skier|snowboarder|boarder hit|smashed|slammed|ploughed|plowed|crashed into me|him|her',
    'at full speed and hit|smashed|slammed|ploughed|plowed|crashed into me|him|her',
    'at full speed and hit me|him|her from behind',
    'into me|him|her from behind at full|top|high speed',
    // Thrown by a horse: "fell off at a canter", "got thrown off the mare" (not a plait or a shoe that "came off the
    // mare", nor a car's cruise control that "came off at a canter").
    'fell|falling|thrown off at a canter|gallop',
    // The rider told as the one who came off ("I came off at a canter yesterday"), or landing after it.
    'i came off at a canter|gallop',
    'came off at a canter|gallop _? _? and landed|hit|went',
    'thrown|fell|falling|fallen off|from my|the|a|her|his horse|pony|mare|gelding|stallion',
    // "I went straight over her shoulder and landed flat on my back" (the rider over the horse's shoulder).
    'i went|flew|came straight? over her|his|its shoulder|neck',
    // A fall told by its height: "came down from about 3 metres flat onto my back", "dropped from full height".
    'came|come down from about|around|nearly|almost? # metres|meters|m|feet|ft',
    // Down off something high onto the hard ground: "came down off the back of the pit onto the runway from about 4m".
    'came|come down off the _? _? _? _? onto|on the runway|ground|concrete|tarmac|track|road|deck|rocks',
    // A bar off its hooks onto the back: "the bar (140) wasn't seated and rolled off the hook straight onto my mid back".
    'rolled|slid|fell|dropped|came off the|a|its j? hook|hooks|rack|pins|safeties|spotters|uprights straight|right? onto|on|across my|his|her mid|upper|lower? back|spine|neck',

    // A blow to the spine in a contact sport: "Took a knee straight into the spine in a ruck at full pelt".
    'knee|boot|helmet|shoulder straight|right? into the|my|his|her spine',
    // "Ladder slipped and I came down maybe 3.5m onto the patio".
    'came|come down maybe|about|around|nearly|almost|roughly # metres|meters|m',
    'from full height',
    'both packs|scrums piled on|onto me|him|her',
    // "the bar slid off and landed across his spine".
    'landed|dropped|fell across|on|onto my|his|her spine|neck',
    'landed|dropped|fell across my|his|her back',
    'came down across|on|onto my|his|her spine|back|neck',
    // "it slid up and came down across the bottom of my neck".
    'came|fell down across|on|onto the bottom|base|top of my|his|her neck|spine',
    'landed|fell across|on|onto the bottom|base|top of my|his|her neck|spine',
    // Not "came on" alone: that is how pain starts ("the tightness came on my mid back during the long run").
    'came down? across my|his|her upper|lower|mid back',
    'came down on|onto my|his|her upper|lower|mid back',
    'landed down? across|on my|his|her upper|lower|mid back',
    // A bar or a weight that "came on" the back is one dropped there ("dumped a squat, the bar came on my upper back").
    'bar|barbell|weight|weights|plate|plates|dumbbell|kettlebell came|fell|dropped on|onto my|his|her upper|lower|mid back',
    'pinned me|him|her',
    // The writer thrown into a tree, a lamp post or a guardrail: "I went straight into a tree skiing", "I was launched
    // into a tree", "we hit a tree at 30". Reviews 39b and 39d: only with the writer as the subject (not a ball, a drone
    // or a kite that "went straight into a tree"), "went" only with "straight" or "right" (not "went into the tree
    // stand"), a hit only with its speed (not a golfer's "hit a tree off the tee" or a mower's tree stump), and no
    // figurative "barrier" or sport's "pole".
    'i|we crashed|slammed|smashed|ploughed|plowed right|straight? into a|the tree|lamppost|guardrail',
    'i|we went|flew|skied|rode right|straight into a|the tree|lamppost|guardrail',
    'i|we crashed|slammed|smashed|ploughed|plowed|went|flew|skied|rode right|straight into a|the lamp post',
    'i was launched|thrown|flung right|straight? into a|the tree|lamppost|guardrail',
    'i got launched|thrown|flung right|straight? into a|the tree|lamppost|guardrail',
    'i|we hit a|the tree|lamppost|guardrail at|doing|going about|around|nearly|over|full|high|top|speed|fast|#',
    // A rider into a vehicle, a bollard or another rider, the writer the subject (round 41): "I crashed into a parked car
    // on my bike", "rode into the back of a van". Not a wall ("slammed into the wall at mile 20" is a runner's bonk).
    'i|we crashed|slammed|smashed|ploughed|plowed right|straight? into a|the parked? car|van|truck|lorry|bus|bollard',
    'i|we crashed|slammed|smashed|ploughed|plowed right|straight? into a|the|another cyclist|rider',
    'crashed|slammed|smashed|ploughed|plowed|rode|cycled right|straight? into the back|side of a|the car|van|truck|lorry|bus',
    // The vehicle named before: "couldn't avoid the car … went straight into its side".
    'crashed|slammed|smashed|ploughed|plowed|rode|cycled|went right|straight? into its|their side|back',
    'i|we rode|cycled right|straight? into a|the parked? car|van|truck|lorry|bus|bollard',
    // The back itself into the kerb (review 41f): "crashed hard and hit the kerb with my back".
    'hit|smacked|slammed the kerb|curb|rocks with|on my back|spine|tailbone',
    'landed on the kerb|curb|rocks with|on my back|spine|tailbone',
    // The writer sliding along the road after coming off (review 41d): "next thing I know I'm sliding along the road on my
    // side", "I slid across the tarmac".
    'i|we slid|skidded along|across|down the road|tarmac|asphalt|pavement|gravel',
    'i|we was|were sliding|skidding along|across|down the road|tarmac|asphalt|pavement|gravel',
    "i'm sliding|skidding along|across|down the road|tarmac|asphalt|pavement|gravel",
    // "I went down hard on the road", "we came down hard on black ice": the writer's, not a son's or a grandad's.
    'i|we went|came down hard on|onto the|some? road|tarmac|ice|concrete|pavement|gravel|rocks',
    'and went|came down hard on|onto the|some? road|tarmac|ice|concrete|pavement|gravel|rocks',
    'i|we went|came down hard on|onto black ice',
    'and went|came down hard on|onto black ice',
    // "went down the whole flight of basement stairs", "decked from about 6m" (a climber's ground fall), "fell off the
    // hay shed roof".
    'tumbled|fell down the|a whole? flight',
    'went down the|a whole flight',
    'decked|decking from about|around|nearly|almost|over? # m|metres|meters|ft|feet|foot',
    'fell|fall|falling|fallen|came off the|a|my _ _ roof|ladder|scaffold|scaffolding|balcony|loft',
    // "hit the tarmac back-first" (off a bike on a descent), "dropped from a full suplex".
    'hit|landed on|onto? the tarmac|road|concrete|pavement|asphalt|deck back first',
    'back first into|onto|on the tarmac|road|concrete|pavement|asphalt',
    'dropped|dumped from|on|in a|the|my? full? suplex',
    'landed|came down straight? on the back of my|his|her neck|head',
    'rear ended',
    // Round 17's vocabulary: the clinic's and the road's names for a crash ("RTA", "RTC" and "MVA" only had or been in:
    // not a flat pack, a return-to-competition plan or a claims desk).
    'road traffic accident|collision',
    'in|had an|a rta|rtc|mva',
    'high sided my|the|his|her bike|motorbike|motorcycle|car',
    'motor vehicle accident|collision',
    'met with an|a accident',
    'got hit by car|truck|bus|van',
    'was hit by car|truck|bus|van',
    'got run over',
    'was run over',
    // The vehicle as the subject: "a car ran over me on the crossing", "a van reversed over me", "the driver ran me over".
    'car|truck|van|bus|vehicle|lorry|motorbike|taxi|driver ran|drove|reversed|backed over me',
    'car|truck|van|bus|vehicle|lorry|motorbike|taxi|driver ran me over',
    'fell|fall|falling|fallen _? _? _? off|from a|the|my? ladder|roof|horse|bike|motorbike|motorcycle|scooter|tree|wall|stairs|scaffold|scaffolding|height|balcony|trampoline|loft',
    // "fell off the garage roof", "fell from the top bunk".
    'fell|fall|falling|fallen off|from a|the|my|his|her|our _ ladder|roof|tree|wall|scaffold|scaffolding|balcony|trampoline|loft|bunk',
    // Not "fell on my butt": said of every slip off a box or a bench, it is no major trauma alone.
    'fell|fall|falling|fallen|landed|thrown _? _? _? onto|on my|his|her back|spine',
    // The tailbone only thrown onto it, or landed on it told with a fall from something (above): a skater's or a
    // runner's fall from standing lands there (clinical-facts.md: a fall from standing is no major trauma).
    'thrown _? _? _? onto|on my|his|her tailbone',
    'fell|fall|falling down the|some stairs',
    'fell down stairs',
    // A flight told by its length: "at the top of the stairs and I fell all the way down", "tumbled all the way down the
    // steps".
    'i fell|tumbled all the way down',
    'and fell|tumbled all the way down',
    'fell|tumbled|fallen all the way down the|some stairs|steps',
    'fell hard',
    'bad|nasty|hard fall',
    'slipped and fell',
    'got tackled',
    // A spear tackle in a match, and a landing on the neck, a tackle's or a throw's (not "got speared" alone, said of a
    // helmet to the lower back or a wrestling game on a console).
    'got|getting speared in|during the first|second half',
    'was|been speared in|during the first|second half',
    'got|getting speared in|at|during rugby|training|practice',
    'got|getting speared in|at|during the|a match|tackle|ruck|scrum',
    'landed|dumped right|straight|square? on the back of my|his|her neck|head',
    'landed|dumped right|straight|square? on my|his|her neck',
    'was tackled',
    'dropped the bar on my',
    'bar fell on my',
    // Crashes and falls with other words in between ("came off my motorbike", "fell three metres").
    'crashed|crashing|wrecked|rolled|totalled|totaled my|the|a|our car|truck|bike|motorbike|motorcycle|van|quad|scooter',
    // The vehicle named by its year: "Crashed my 2018 bike at about 50mph this morning" (not "rolled my 2010 bike out").
    'crashed|crashing|wrecked|totalled|totaled my|our # car|truck|bike|motorbike|motorcycle|van|quad|scooter',
    // A kind of bike or car between (review 41d): "crashed my road bike on ice", "wrecked the hire car".
    'crashed|crashing|wrecked|totalled|totaled|binned my|the|our _ car|truck|bike|motorbike|motorcycle|van|quad|scooter',
    // Rolled or written off: "rolled our 2009 truck on a gravel road", "totalled the 2012 car" (a bike is rolled out of a shed).
    'rolled my|our # car|truck|van|jeep|suv|ute|quad',
    'totalled|totaled|wrecked the # car|truck|van|jeep|suv|ute|motorbike|motorcycle',
    // The writer's vehicle written off, named or not: "my '09 Civic got totalled last night on the motorway".
    'my|our _? _? got totalled|totaled',
    'my|our _? _? was|were totalled|totaled',
    // A borrowed one, still the writer's crash: "crashed my mate's motorbike at 60", "came off my dad's bike".
    "crashed|crashing|wrecked|rolled|totalled|totaled|binned my _ 's car|truck|bike|motorbike|motorcycle|van|quad|scooter",
    "came|come|thrown|flew|fell off my _ 's bike|motorbike|motorcycle|horse|scooter|quad",
    'car|motorbike|motorcycle|bike|quad|scooter|van|truck|bus|train|ski|skiing|riding crash|accident|wreck|collision|smash',
    'came|come|thrown|flew|fell|knocked off|from my|the|a|his|her bike|motorbike|motorcycle|horse|scooter|quad|roof|ladder|wall|scaffolding|trampoline|balcony|cliff|stage',
    // A rider's "came off" with the bike left out, told by the speed or the place (review 42f): "came off at 40kph an
    // hour ago", "came off on the descent" (not "the weight came off", told with neither).
    'came|come off at about|around|nearly|over? # kph|mph|kmh|km',
    'came|come off hard? on the|a? descent|corner|bend|roundabout|ice|gravel|downhill|cobbles|wet',
    'came|come off hard? in the wet|rain|gravel',
    // Off a horse or a bike and onto something hard: "the horse spooked and I came off onto the road".
    'came|come|fell|thrown|flew off onto|on the|a road|tarmac|concrete|pavement|asphalt|rocks|ice|track',
    // A tree or a wall hit at speed, a skier's or a rider's: "hit a tree at speed this morning", "went into a wall at
    // 30mph" (not a golf ball that hit a tree: the speed or the sport is told).
    'hit|smashed|crashed|slammed|ploughed|plowed|went into? a|the tree|trees|wall|barrier|pole|lamppost|fence at full|high|top? speed',
    'hit|smashed|crashed|slammed|ploughed|plowed|went into? a|the tree|trees|wall|barrier|pole|lamppost|fence at about|around|nearly|over? # mph|kph|kmh|km',
    // A slide that ends in something hard: "slid across the road and into the kerb", "slid about 50 m down the piste into
    // a tree" (not a wall, which a swimmer or a wall sit slides into).
    'slid|skidded _? _? _? _? _? _? into a|the tree|trees|barrier|barriers|fence|post|lamppost|pole|kerb|curb|ditch',
    'hit|smashed|crashed|slammed|ploughed|plowed into? a|the tree|trees skiing|snowboarding|sledging|sledding|tobogganing|snowmobiling',
    // Thrown from something that moves or stands high; "thrown off" alone is mostly balance, timing or a routine.
    'thrown|flung|ejected from|off a|the|my|his|her? car|truck|van|vehicle|bus|bike|motorbike|motorcycle|horse|quad|scooter|roof|ladder|stage',
    'thrown|flung|ejected out of a|the|my|his|her? car|truck|van|vehicle|bus',
    'thrown through the? windscreen|windshield',
    'fell|fallen|falling|dropped # feet|ft|foot|metres|meters|m|floors|storeys|stories',
    // "came off the top of the 4 m wall", "a 10 ft drop".
    'came|come|fell|fallen off|from the top of',
    '# m|metre|meter|metres|meters|ft|foot|feet wall|roof|ladder|drop|fall|ledge|cliff|balcony',
    // A height of two metres or more and where from, the fall itself in the title: "must have been four metres off the
    // scaffold" (not "two feet off the ladder", nor a step down off a ledge).
    'three|four|five metres|meters off the|a|my _? ladder|roof|scaffolding|scaffold|balcony|cliff',
    'six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty metres|meters|feet off the|a|my _? ladder|roof|scaffolding|scaffold|balcony|cliff',
    // Off a height and onto something hard, the fall itself in the title or the height told before a comma: "a good three
    // metres, off the loft ladder and onto concrete" (not stepped, hopped or carried off it: RED_FLAG_IDIOM_TERMS).
    'off the|a|my _? ladder|roof|scaffolding|scaffold|balcony and? straight|right|flat? onto|on the? concrete|tarmac|rocks|pavement|paving|tiles|driveway|patio',
    // "went off the top of a 12 ft ladder onto the driveway" (not a tin lifted off the top of it).
    'went|slipped|tumbled|flew off|from the top of',
    'fall|fell|fallen from a big|huge|massive jump|height',
    'fell|fallen|falling about|around|nearly|almost|over # feet|ft|metres|meters|floors|storeys',
    'fell|fallen|falling about|around|nearly|almost|over? two|three|four|five feet|ft|metres|meters|floors|storeys',
    'fell|fall|fallen|falling down _? _? _? flight|flights of stairs',
    'bar|barbell|weight|weights|plate|dumbbell _? _? came|fell|dropped|landed|crashed _? _? on|onto my back|spine|neck',
    // A weight dropped on the spine: "the kettlebell landed right on my lower spine" (not a toddler or the cat landing).
    'bar|barbell|weight|weights|plate|dumbbell|kettlebell|kb|bell _? _? _? _? _? landed|dropped|fell right|square|straight? across|on|onto my|his|her lower|upper|mid? spine',
    'it landed|dropped|fell right|square|straight? across|on|onto my|his|her lower|upper|mid? spine',
    // Rear-ended in other words, and a fall onto something hard: "a lorry went into the back of us at 50".
    'lorry|truck|van|car|bus went|ploughed|smashed|drove into the back of us|me',
    'lorry|truck|van|car|bus went|ploughed|smashed|drove into the back of my car',
    // The vehicle left out, told by the road or the speed: "some lad went into the back of me on the motorway at about 50".
    'went|drove|ploughed|plowed|smashed|crashed into the back of me|us on the motorway|highway|freeway|road|roundabout|interstate',
    'went|drove|ploughed|plowed|smashed|crashed into the back of me|us at about|around|over? #',
    // Hit side-on or head-on in traffic: "a van ploughed into me", "some idiot ploughed into me at a roundabout" (not a
    // stranger who bumped into the writer at the gym).
    'lorry|truck|van|car|bus|taxi|cab|driver|motorist ploughed|plowed|smashed|slammed|crashed into me|us',
    'lorry|truck|van|car|bus|taxi|cab|driver|motorist ploughed|plowed|smashed|slammed|crashed into my car|bike',
    'ploughed|plowed|smashed|slammed|crashed into me|us at a|the roundabout|junction|lights|intersection|crossing',
    'slammed|smashed|landed onto|on my back on|onto the rocks|concrete|ice|tarmac|road',
    'pinned under|by the bar',
    'got hit|struck by a|the car|truck|bus|van|bike|train',
    'got run over by a|the car|truck|bus|van|bike|train',
    'was hit|struck by a|the car|truck|bus|van|bike|train',
    'was run over by a|the car|truck|bus|van|bike|train',
    'knocked off my? bike|motorbike|horse',
    'shunted',
    // "Binned the motorbike on a roundabout".
    'binned the|my motorbike|bike|motorcycle|car|scooter',
    'binned it',
    // "got bucked off my mare", "speared into the ground in a tackle", "out of it for a few seconds".
    'bucked|bucking off|from my|the|a|his|her horse|mare|pony|bull|bronc',
    'got bucked off',
    'been bucked off',
    'was bucked off',
    'speared|driven|slammed|dumped|spear into|onto the ground|floor|turf|deck|dirt|pitch|mat',
    // "got speared in a tackle and came down head and upper back first", "the ladder slid out", "came down from about
    // the height of the upstairs windows".
    'speared|spear tackled|tackle',
    'came|landed down? head|neck first',
    'came|landed down? head and upper|mid? back first',
    'ladder slid|slipped|went out',
    'ladder gave way',
    'ladder slid|slipped|went out? from under',
    'came|fell|dropped down? from about|around|roughly? the height of',
    // "horse spooked and threw me … came down hard on my tailbone", "fell through the loft hatch … maybe 3m".
    'horse|bull|pony|mare threw|bucked me',
    'came|landed|fell down? hard on my|the tailbone|back|spine',
    'fell|fallen|dropped through the|a loft|hatch|ceiling|floor|roof',
    // "two lads landed on top of me" (a ruck, a pile-up): people, not a toddler or the dog.
    'lads|guys|blokes|players|men|people|bodies|forwards|props|scrum|pack|ruck landed|fell|piled|came on top of me|him|her',
    'lads|guys|blokes|players|men|people|bodies|forwards|props|scrum|pack|ruck came down on top of me|him|her',
    'knocked out cold',
    'knocked unconscious',
    'lost consciousness',
    'out of it for a|few? seconds|minutes|second|minute',
    'out cold',
    'head on collision',
    // The writer's own: "was in a head-on crash on the A9", "head on smash with a van at 50" (not one seen on the news).
    'in a|the head on crash|smash|collision',
    'head on crash|smash with a|the',
    // Not the tailbone alone: a skater's or a runner's fall from standing lands there (clinical-facts.md: a fall from
    // standing is no major trauma); a height or a speed told with it still is.
    'landed flat? on my|his|her back|spine|neck',
    // "fell out of the tree he was trimming", "went over the bars", "tumbled down an embankment", "got T-boned".
    'fell|fallen|falling out of a|the|his|her tree|window|loft|bunk',
    // Also a hike's "52 km, 2,100 m up", a false emergency kept: narrowed, the term missed falls told "from 6 m up"
    // or "climbing 8 m up when the hold broke" (round 14's review).
    '# m|metres|meters|ft|feet up',
    'went|gone|going|flew|flipped right|straight|completely? over the bars|handlebars',
    'went|gone|going|flew|flipped right|straight|completely? over the handle bars',
    // Riders' shorthand for over the bars ("went OTB on the descent"), and a helmet broken in the fall.
    'went|gone|going|flew otb',
    "helmet 's in two|half|bits|pieces",
    'helmet|helmets is|was|are|were in two|half|bits|pieces',
    'helmet|helmets cracked|split|snapped|smashed in? two|half',
    // A climber's ground fall told with a range: "decked from maybe 6 or 7 metres".
    'decked|decking|fell|fallen|dropped from maybe|about|around? # or|to # m|metres|meters|ft|feet',
    // "went off the edge of the path, tumbled down a steep bank"; not a phone or a bottle, nor "my squat numbers fell down
    // a cliff" (the idiom below). Rolled or slid only by a person: "the ball rolled down a bank".
    'tumbled|fell|fallen down a|an|the _? embankment|bank|slope|cliff|ravine|gully|scree',
    'rolled down an|the embankment|bank|slope|cliff|ravine',
    // A tumble told by how far it went: "slid and tumbled quite a way down the bank, maybe 10 metres".
    // Off the road into something solid: "skidded on black ice and hit a tree at 50" (not "hit the wall at mile 20"; at
    // walking pace, lowSpeed takes it back).
    'skidded|spun|swerved|crashed|smashed|ploughed|careered|skied|snowboarded into a|the tree|lamppost|barrier|ditch|wall',
    // Thrown into it: "caught an inside ski and was launched into a tree" (not a wall of noise, the wall balls, a
    // language barrier, the tree line).
    'launched|thrown|flung|catapulted straight|right|headfirst? into a tree|lamppost',
    'and hit a|the tree|lamppost|barrier',
    'tumbled quite a way down the|a bank|embankment|slope|hill|hillside|scree|gully|mountain',
    'tumbled some way down the|a bank|embankment|slope|hill|hillside|scree|gully|mountain',
    'tumbled a long|good way down the|a bank|embankment|slope|hill|hillside|scree|gully|mountain',
    'i|he|she rolled|slid down a|an|the _? embankment|bank|slope|cliff|ravine|gully|scree',
    'and rolled|slid down a|an|the _? embankment|bank|slope|cliff|ravine|gully|scree',
    't boned',
    // A motorbike's slide or throw: "lowsided at about 60 on a track day" (at walking pace, slow_speed takes it back).
    'lowsided|highsided|lowsiding|highsiding',
    'airbag|airbags went off|deployed|exploded',
    'slipped and fell hard',
    'fell hard on',
  ]),
  flag('dark_urine_severe_pain', [
    'dark|brown|cola|coke|tea|black|red|bloody colored|coloured? urine|pee|piss',
    'urine|pee|piss was|is dark|brown|black|red|bloody',
    'pish is|was dark|brown|black|red|bloody',
    'urine|pee|piss looked|looks dark|brown|black|red|bloody',
    'urine|pee|piss is|was the? colour|color of cola|coke|tea|coffee',
    // Said of "mine" in a reply about pee: "Mine's still the colour of Guinness two days after".
    "mine 's still? the colour|color of cola|coke|guinness|stout",
    'mines still? the colour|color of cola|coke|guinness|stout',
    // "my wee came out the colour of Bovril", "my xixi is dark like black tea".
    'urine|pee|piss|wee|xixi came|comes out the? colour|color of',
    'urine|pee|piss|wee|xixi is|was dark like',
    'urine|pee|piss looks|looked|turned the? colour|color of cola|coke|tea|coffee',
    'peeing|pissing blood|brown|black',
    'blood in my? urine|pee',
    // Rhabdo by name only as the writer's, had or asked about: "pretty sure I've got rhabdo", "is this the rhabdo
    // thing?", "could it be rhabdomyolysis"; the bare name only said as a verdict of its own ("Rhabdo, 100%.",
    // redflags.ts). Not the name in a story, a warning or a headline (a gym's mascot named after it, "my mate's
    // cousin got rhabdo", a definition of it), which the signs themselves tell apart.
    'rhabdo',
    'rhabdomyolysis',
    'i have|had rhabdo|rhabdomyolysis',
    "i've got|gotten|had rhabdo|rhabdomyolysis",
    'got|getting|developed|develop rhabdo|rhabdomyolysis',
    'is this|that|it rhabdo|rhabdomyolysis',
    'is this|that|it the rhabdo',
    'could|might|can this|that|it be rhabdo|rhabdomyolysis',
    'could|might|can this|that|it be the rhabdo',
    'sounds|looks|feels like rhabdo|rhabdomyolysis',
    'think|suspect|sure it is rhabdo|rhabdomyolysis',
    "think|suspect|sure it's rhabdo|rhabdomyolysis",
    'think|suspect|sure its rhabdo|rhabdomyolysis',
    'think|suspect|sure i have|had rhabdo|rhabdomyolysis',
    // Named by a doctor or for sure: "hospital confirmed rhabdomyolysis", "ER doc said rhabdo", "rhabdo, 100%", "the
    // rhabdo is back".
    'confirmed|diagnosed|diagnosis rhabdo|rhabdomyolysis',
    'diagnosed with|as rhabdo|rhabdomyolysis',
    'said|says|thinks rhabdo|rhabdomyolysis',
    'definitely|probably|likely|obviously|def rhabdo|rhabdomyolysis',
    'rhabdo|rhabdomyolysis again|definitely|for sure',
    'the rhabdo is|was back',
    'urine|pee|piss|wee dark|brown|black',
    'urine|pee|piss|wee looks|looked like cola|coke|tea|coffee|guinness|stout',
    'urine|pee|piss|wee is|was like cola|coke|tea|coffee|guinness|stout',
    'cola|coke|tea|coffee|guinness|brown coloured|colored urine|pee|piss|wee',
    'wee is|was dark|brown|black|red',
    'wee went|turned dark|brown|black|red',
    'wee has gone dark|brown|black|red',
  ]),
];

/** The other red flags (read for the panel only). */
export const OTHER_FLAG_TERMS: readonly TermGroup[] = [
  flag('fever', [
    'fever|fevers|feverish|febrile',
    'high temperature|temp',
    'temperature|temp of|at|hit|over|around|reading #',
    'temperature|temp was|is #',
    // Told as the reading: "checked my temperature and it was 102.5", "temp read 38.9".
    'temperature|temp and|but it was #',
    'temperature|temp and|but it read|showed #',
    'temperature|temp read|showed|said #',
    'chills',
    'night sweats',
    // "sweating buckets at night" (a hot day's sweat is not told by the night).
    'sweating|sweated|sweat buckets at night',
    'sweating|sweated|sweat buckets every|each night',
    'sweating|sweated|sweat buckets in bed',
    // A cold sweat told by the night it wakes the writer from is a night sweat, not a heart's: "soaked in cold sweats
    // every night", "woke up in cold sweats again".
    'drenched|soaked|dripping in|with a? cold sweat|sweats',
    'waking|woke|wake|wakes up? in|with a? cold sweat|sweats',
    'cold sweat|sweats at night',
    'cold sweat|sweats every|each|most night|nights',
    'cold sweat|sweats in the night',
    'every|each night in a? cold sweat|sweats',
    'running a temperature|temp|fever',
    // "I've had a temperature on and off (38.2 last night)".
    'had|have|got a temperature|temp',
    // A temperature said as what it feels like.
    "i'm burning up",
    // For a partner or a child: "now he's burning up, 39 on our thermometer", "she was burning up all night" (not
    // "burning up the track" or calories: RED_FLAG_IDIOM_TERMS).
    "he's|she's burning up",
    'he|she is|was burning up',
    'i am|was burning up',
    'been burning up',
    // With the shivers, the subject dropped: "burning up and shivering" (a burn alone is a pump).
    'burning up and shivering|shaking|sweating',
    'shivering|shaking and burning up',
    'shivering|shaking and sweating',
    'sweating and shivering|shaking',
    'chills|shivers|sweats and sweats|chills|shivers|sweating',
    'the shivers',
    'rigors',
    'hot and cold sweats',
    // A fever told by the night it made: "sweating through the sheets then freezing, teeth chattering".
    'sweating|sweated|sweat through the|my sheets|bed|pyjamas|pajamas',
    'drenched|soaked the|my sheets',
    // "been drenching the sheets at night" (not a hot water bottle that burst, nor a toddler's wet bed).
    'drenching|soaking the|my sheets at night',
    'drenching|soaking the|my sheets every|most night|nights',
    'teeth chattering',
    'shivering|shaking under the duvet|covers|blankets',
    'hot n|and cold with a temp|temperature|fever',
    'with a temp|temperature',
    'thermometer says|said|reads|read|showed #',
    // "38.9 on the thermometer", "roasting then freezing".
    '# on the thermometer',
    'roasting|boiling then|and freezing',
    'running # and|with shivering|chills|sweats|shaking',
    'teeth were|are chattering',
    // "waking up soaked, having to change the sheets. Feel hot and shivery".
    'hot and shivery|shivering',
    'waking|woke|wake up soaked|drenched in sweat',
  ]),
  flag('weight_loss', [
    'unexplained|unintentional|unintended|unexpected|sudden|rapid weight loss',
    'losing|lost weight without trying|dieting',
    'losing|lost weight for no reason',
    "losing|lost weight and i don't know why",
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone without trying|dieting',
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone without meaning to',
    // "I've lost 6kg since Christmas without changing what I eat".
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone since _ without changing|trying|dieting|meaning',
    // "lost about 7 kg since the new year without trying".
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone since _ _ _? without changing|trying|dieting|meaning',
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone without changing',
    'lost|dropped|losing|dropping about|around|like|nearly|almost? # kg|kgs|lbs|pounds|kilos|stone for no reason',
    'weight loss for no reason',
    'lost|dropped|losing|dropping a stone|kilo|pound without trying|dieting',
    'lost|dropped|losing|dropping a stone|kilo|pound without meaning to',
    'lost|dropped|losing|dropping one|two|three|four stone|stones|kilo|kilos|kg|pound|pounds without trying|dieting',
    'lost|dropped|losing|dropping one|two|three|four stone|stones|kilo|kilos|kg|pound|pounds without meaning to',
    'lost|dropped|losing|dropping one|two|three|four stone|stones|kilo|kilos|kg|pound|pounds for no reason',
    "lost|dropped|losing|dropping # kg|kgs|lbs|pounds|kilos|stone and|but i'm not dieting|trying",
    'jeans|trousers|clothes|pants|shirts are falling|hanging off me',
    // "shirts swimming on me and I've not touched the diet".
    'jeans|trousers|clothes|pants|shirts|shirt swimming on me',
    'jeans|trousers|clothes|pants|shirts falling|hanging off me|him|her',
    'lost loads|lots of weight',
    'dropped|lost a load|ton|tonne of weight',
    'dropped a lot of weight',
    'jeans|trousers|clothes|pants|shirts are falling|hanging off him|her',
    'lost a lot of weight',
    'jeans|trousers|clothes|pants|shirts keep falling|hanging off me',
    'gone|went|dropped down a dress|clothes|jean|trouser size',
    'gone|went|dropped down # dress|clothes|jean|trouser sizes',
    'gone|went|dropped down two|three dress|clothes|jean|trouser sizes',
    'down # dress|clothes sizes',
    'down two|three dress|clothes sizes',
    'weight is dropping|falling off me?',
    'weight keeps dropping|falling off me?',
    "can't|cannot keep weight on",
    // "his trousers are now falling off his waist even though he is eating well", "growing lean".
    'jeans|trousers|clothes|pants|shirts are|were now? falling|hanging off my|his|her waist',
    'jeans|trousers|clothes|pants|shirts keep falling|hanging off my|his|her waist',
    'growing|getting|going lean|thin|thinner|skinny|skinnier',
  ]),
  flag('night_or_rest_pain', [
    'wakes|woke|waking me up at night',
    // The back as what wakes the writer: "lower back wakes me at 3am pretty much every night", "my back keeps waking me".
    'back|spine wakes|woke|wake me up? at|every|most|each',
    'back|spine keeps|kept|has been|is waking me',
    'worse|worst at night',
    'night pain',
    // "can't get comfy at night" (not "couldn't get comfy in the car on the drive home", a past evening's).
    "can't|cannot get comfy|comfortable",
    "can't find a comfortable position",
    "can't sleep because of the? pain",
    "can't sleep from|with the? pain",
    'any position',
    'keeps me up|awake at night',
    'wakes me in the night',
    // Told plainly: "the nights are the worst".
    'nights are the worst|worse',
    'it wake|wakes me every night',
    // "the ache wakes me every single time", "drags me awake".
    'wakes|woke me every single? time|night',
    'drags|dragged|jolts|jolted me awake',
    // Rest that does not help: "even when just lying down, whatever position", "doesn't matter how I lie, no ease".
    'whatever|whichever position',
    "doesn't matter how i sit",
    'does not matter how i sit',
    'no ease from it',
    'even when|while just? lying|sitting still? down?',
  ]),
  flag('cancer_history', [
    'history of cancer',
    'had|have|got|beat|survived _? cancer',
    'treated for _? cancer',
    'diagnosed with _? cancer',
    'my cancer',
    'cancer survivor',
    'in remission',
    'clear|free of _? cancer',
    'cancer free|clear',
    'cancer survivors',
    // Told by its treatment: "had my prostate out for cancer", "chemo for breast cancer two years ago".
    'out|removed for breast|prostate|bowel|colon|lung|kidney|skin|testicular|thyroid|bladder|ovarian? cancer',
    'surgery|operation|chemo|chemotherapy|radiotherapy|radiation for breast|prostate|bowel|colon|lung|kidney|skin|testicular|thyroid|bladder|ovarian? cancer',
    'breast|prostate|lung|bowel|colon|kidney|thyroid|skin|testicular|ovarian|cervical|bone|blood cancer',
    // The organ named and the cancer after it: "had my prostate out in 2019 for the cancer".
    'out|removed for the cancer',
    'out|removed in # for the? cancer',
    'surgery|operation|chemo|chemotherapy|radiotherapy|radiation for the cancer',
    'had|have|got a? tumour|tumor|tumours|tumors',
    'mastectomy',
    'radiation therapy',
    'chemo|chemotherapy',
    'radiotherapy',
    'oncologist',
    'metastas*',
    'lymphoma|leukemia|leukaemia|myeloma|melanoma',
    'sarcoma|osteosarcoma|chondrosarcoma|carcinoma',
    // The clinic's shorthand: "hormone tablets for prostate ca".
    'breast|prostate|lung|bowel|colon|kidney|thyroid|testicular|ovarian|cervical ca',
  ]),
  flag('progressive_weakness', [
    'foot drop',
    // "now I can't stand on my left heel at all".
    "can't|cannot|couldn't stand on my left|right heel|heels|toes",
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
    "can't|cannot|couldn't lift|raise|pull the front of my? left|right? foot",
    'paralysis',
    'partial paralysis',
    'paralyzed|paralysed',
    // Foot drop told by its effects.
    'foot|toe|toes keeps|keep|kept catching|catches|catch',
    'catching my foot|toe|toes',
    // "now I'm catching my left toes on every kerb".
    'catching my left|right foot|toe|toes',
    'catching me foot|toe|toes',
    // The toe that catches, told as a thing that happens: "started as a bit of a toe catch on the right, now I'm
    // tripping on kerbs every day"; the kerb tripped on is a foot that no longer lifts (not "tripped on a kerb" once).
    'toe catch|catching|drag|dragging on the left|right',
    'tripping|trip on|over kerbs|curbs|steps',
    'trip|tripped|trips over my left|right|own? foot|feet|toes',
    'tripping over my left|right|own foot|feet|toes',
    "toes|foot won't|don't|can't come|lift|go up",
    "can't|cannot walk on my? heel|heels",
    'foot|feet slap|slapping|slaps down?',
    'calf|calves|leg|foot getting|got|gotten weaker',
    // "left quad keeps getting weaker".
    'calf|calves|leg|foot|quad|quads|thigh keeps|keep getting weaker',
    'calf|calves|leg|foot is|are weaker',
    'calf|calves is|are wasting|shrinking|smaller',
    'scuffing|scuffs my? foot|toe|toes',
    'foot|feet has|have started slapping|dragging|catching',
    'foot|feet keeps|keep slapping|dragging',
    'foot|feet has|have been slapping|dragging',
    // "my left foot has been catching on things" (not "catching the bar on box jumps").
    'foot|feet has|have been catching on',
    "can't|cannot walk on my left|right heel|toes",
    "foot 's started slapping|dragging|catching",
    "can't|cannot seem to lift the|my toes|foot",
    // Weakness that grows: "the weakness is getting worse every day", "weaker by the day".
    'weakness is getting worse',
    'getting weaker every|each day|week',
    'weaker by the day',
  ]),
  flag('lump_or_deformity', [
    'lump|lumps',
    'bony bump|lump|lumps|bumps',
    'bump|bumps|lump|swelling|hump sticking out of|on|in|over|near|along my? spine|back',
    'bump|bumps|lump|swelling|hump sticking out next to my? spine|back',
    'spine|back has a new? hump|bump|lump|curve',
    'back|spine has|have changed shape',
    'changed shape',
    'dowager|buffalo hump',
    'swelling on|in|over my? back|spine',
    'bump on my spine|back',
    // "a new bump at the bottom of my ribs on one side" (not a new bump in mileage: a body part must follow).
    'new bump|lump|swelling at|on|by|near|under|below|beside the bottom|base|side|edge|top of my|the ribs|rib|ribcage|spine',
    'new bump|lump|swelling at|on|by|near|under|below|beside|over my|the ribs|rib|ribcage|spine',
    'deformity',
    'deformed',
    'change in the shape of my back|spine',
    'spine looks crooked|curved|bent',
    // Height lost and a new curve (a vertebra that has given way): "she's lost an inch on our height measurements",
    // "her upper back has a new, quite sharp curve, more of a hunch".
    'lost|losing an|a inch|cm|centimetre|centimeter of|in|on _? height',
    'lost|losing # inch|inches|cm|centimetres|centimeters of|in|on _? height',
    'shrunk|shrinking|shrank an|a inch|cm|centimetre|centimeter',
    'shrunk|shrinking|shrank # inch|inches|cm|centimetres|centimeters',
    'shrunk|shrinking|shrank about|around|nearly|almost # inch|inches|cm|centimetres|centimeters',
    'shorter than i|she|he used to be',
    'new rounding|hunch|curve|hump in',
    'new _? _? sharp? curve|hunch|hump',
  ]),
  flag('steroids_immunosuppressed', [
    'prednisone|prednisolone|dexamethasone|hydrocortisone|methylprednisolone',
    // "been on pred for my asthma like a year now".
    'on pred',
    'corticosteroid|corticosteroids',
    'oral|longterm steroids',
    'long term steroids|steroid',
    'steroid tablets|pills',
    // "4 courses of pred tablets since January".
    'pred tablets|pills',
    'course|courses of pred|prednisolone|prednisone|oral steroids',
    'immunosuppress*',
    'immunocompromised',
    'immune suppressed|suppression',
    'weakened immune system',
    'organ transplant',
    'methotrexate',
    'biologics',
    'iv drug|drugs',
    'injecting drugs',
    'prednisolone|prednisone|steroids for my? asthma|colitis|crohns|arthritis|lupus|copd',
    'tacrolimus|ciclosporin|cyclosporine|mycophenolate|azathioprine|sirolimus|everolimus',
    'humira|adalimumab|infliximab|remicade|enbrel|etanercept|rituximab|tofacitinib|xeljanz|stelara|ustekinumab|cimzia|simponi|actemra',
    'kidney|liver|heart|lung transplant',
    'bone marrow transplant',
    'stem cell transplant',
    'transplant',
    'inject drugs',
    'inject|injecting heroin',
    'hiv positive',
    'i have hiv',
  ]),
  flag('cough_sneeze_worse', [
    'worse when|if i cough|sneeze|laugh',
    'hurts to cough|sneeze|laugh',
    // "every cough nearly puts me on my knees" (not "every cough knocks me out", "puts me into a sneezing fit").
    'every|each cough|sneeze floors|kills|wrecks|destroys me',
    'every|each cough|sneeze nearly|almost floors|kills me',
    'every|each cough|sneeze puts|drops|sends|brings me to|on|onto my knees',
    'every|each cough|sneeze nearly|almost puts|drops|sends|brings me to|on|onto my knees',
    // "every sneeze sends a bolt through my low back", "coughing makes it shoot right down".
    'every|each cough|sneeze sends a bolt|jolt|shock|stab|zap|spike',
    'coughing|sneezing makes|made it shoot|spike|flare',
  ]),
  flag('radiating_arm', [
    'down my|the arm|arms',
    // "shoots down the back of my arm to the elbow".
    // Not "runs" or "goes": a tattoo, sweat, a triceps exercise's feel.
    'shoots|shooting|radiates|radiating|travels|travelling down the back|front|inside|outside of my|the arm|arms',
    'into my|the arm|hand|fingers',
    // "from the neck into the back of the right arm, down past the elbow into the two outside fingers".
    'into the back|front|inside|outside of my|the left|right? arm',
    'down past the|my elbow',
    // Along the arm to the nerve's end: "down the outside of my arm into my thumb", "down the back of my right arm to
    // the elbow and a bit beyond".
    'into my|the thumb|thumbs',
    'down the back|front|inside|outside of my|the left|right? arm to|into|past the|my elbow|thumb|wrist|hand|fingers',
    // The nerve's own fingers: "my right arm goes zingy down to my pinky and ring finger" (not a ring moved down to it).
    'goes|going|went|runs|running|shoots|shooting|radiates|radiating|tingles|tingling|zings|zingy down to|into my pinky|pinkie',
    'goes|going|went|runs|running|shoots|shooting|radiates|radiating|tingles|tingling|zings|zingy down to|into my little|ring finger|fingers',
    'goes|going|went|runs|running|shoots|shooting|radiates|radiating|tingles|tingling|zings|zingy into my pinky|pinkie',
    'goes|going|went|runs|running|shoots|shooting|radiates|radiating|tingles|tingling|zings|zingy into my little|ring finger|fingers',
  ]),
  flag('radiating_below_knee', [
    'goes|going|runs|running|travels|travelling|shoots|shooting all the way down to|into my? ankle|foot|feet|toes|calf|shin',
    'down to|into my ankle|foot|feet|toes|calf|shin',
    // "Mine goes right down to the ankle on the left".
    'down to|into the ankle|ankles|heel|toes',
    'past|below my knee',
    // "from me arse down past me knee into me shin".
    'past|below me knee',
    // "from my hip down the front of the thigh, past the knee to the shin".
    'past|below the knee to|into the|my shin|calf|ankle|foot|heel|toes',
    // "down past the knee to the outside of the calf".
    'past|below the knee to|into the outside|back|front|side of the|my shin|calf|ankle|foot',
    // Northern English: "right down the back o me leg into me calf".
    'down to|into me ankle|foot|feet|toes|calf|shin|heel',
    // Told along the leg: "down the outside of my leg to the top of my foot", "down the back of my left leg to the heel",
    // "a zap down my leg to my ankle", "past the knee".
    'down my|the left|right? leg|thigh|shin to|into the|my ankle|foot|heel|toes|shin|calf|instep',
    'down the outside|back|front|side of my|the left|right? leg|thigh|shin|calf to|into the|my ankle|foot|heel|toes|shin|calf|instep',
    // "down the back of my right leg to the middle of my calf".
    'down the outside|back|front|side of my|the left|right? leg|thigh to|into the middle|top|bottom|back|side|outside|inside|front of my|the calf|shin|ankle|foot',
    // "down to my little toe", "into my big toe".
    'down to|into my little|big|baby toe',
    'down to|into me little|big|baby toe',
    'down to|into the little|big|baby toe',
    // "down the outside of my leg to just above the ankle".
    'down the outside|back|front|side of my|the left|right? leg|thigh|shin|calf to just above|below the|my ankle|ankles',
    // "down the outside of my right leg right into my foot".
    'down the outside|back|front|side of my|the left|right? leg|thigh|shin|calf right|straight to|into the|my ankle|foot|heel|toes|instep',
    'down my|the left|right? leg|thigh|shin to|into the top|side|outside|ball|sole of my|the foot',
    'down the outside|back|front|side of my|the left|right? leg|thigh|shin to|into the top|side|outside|ball|sole of my|the foot',
    'pain|pains|zap|zaps|zing|zings|shooting|burning|electric down the back|outside|side of my|the left|right? leg past|below the knee',
  ]),
];

/**
 * Everyday idioms that look like red flags ("laughed so hard I nearly wet myself", "a lump in my throat",
 * "gym fever"): where one matches, the flag words inside it are not flags.
 */
export const RED_FLAG_IDIOM_TERMS: readonly TermGroup[] = [
  idiom('flag', false, [
    // Stepped, hopped or carried off a ladder onto the ground is no fall: "stepped off the ladder onto concrete", "carried
    // the tiles off the scaffold and onto the patio".
    'stepped|step|hopped|jumped|lifted|carried|took _? _? _? off the|a|my _? ladder|roof|scaffolding|scaffold|balcony and? onto|on the? concrete|tarmac|rocks|pavement|paving|tiles|driveway|patio',
    // The chest's muscles, told as posture: "my physio blames tight chest muscles for my rounded shoulders".
    'tight chest|pec|pecs muscles|muscle|fascia',
    // The paper itself, not the wiping: "can't quite feel the paper texture through these gloves".
    'feel|sense the paper|tissue texture|grain|edge|edges|quality|weight|thickness|surface',
    // Burning up something: "burning up the track", "burning up calories" (not "burning up in bed", a fever).
    'burning up the|a|some|those|calories',
    // The back failing first, the legs the yardstick: "back gives out before legs on runs".
    'gives|gave|give|giving out before my|the? legs',
    // A toe caught on the trail is the trail's ("catching me toe on tree roots cos I'm knackered").
    'catching|catch|caught my toe|toes|foot on roots|rocks|stones|tree',
    'catching|catch|caught me toe|toes|foot on roots|rocks|stones|tree',
    // A shy bladder in company: "couldnae get a pish going at the festival wi the whole queue starin".
    "can't|couldn't get a|any|the pish|pee|piss|wee going|started at|in|with the festival|queue|urinal|trough|crowd",
    ...FLUID_RUNNING_DOWN,
    // An old injury named as such: "should I tell my PT about my old car crash?".
    'old|previous|earlier car|bike|motorbike|motorcycle|ski|skiing crash|accident|wreck|collision',
    'wet|peed|pissed|shit|shat|crapped|pooped myself laughing|lol|lmao|haha',
    'wet|peed|pissed my pants|trousers laughing',
    'wet|peed|pissed myself with|from laughter|laughing|excitement',
    'laughed|laughing so hard i _? wet|peed|pissed myself',
    // A drink that wet the furniture: "spilled my protein shake and wet the couch".
    'shake|drink|coffee|tea|water|beer|wine|glass|bottle|cup|juice _? and wet the couch|sofa|mattress|bed',
    // Injured, not soiled: "my brother messed himself up deadlifting".
    'messed|messing himself|herself up',
    'messed|messing myself up',
    // A small child's accident, told with an age: "my 4yo pooped himself at parkrun".
    'yo pooped|peed|wet|wets|pissed|poops|pees|messed himself|herself',
    // …in the clothes: "my 3yo pooped in his pants again, potty training is brutal".
    'yo pooped|pooed|peed|wet|poops|pees in his|her pants|trousers|nappy|diaper|underwear|undies|shorts',
    'scared the shit|piss out of me',
    // Fear told as soiling: "properly shat myself in the start pen", "shat myself with nerves" (said of a race's
    // nerves or a fright; not a bowel out of control).
    'absolutely|totally|properly|completely shat|shit|crapped|bricked myself|meself',
    'shat|shit|crapped|bricked myself on|at the start|starting line',
    'shat|shit|crapped|bricked myself with|from nerves|fear|fright',
    'lump in my|the|his|her throat',
    'gym|bieber|lifting|marathon|race|hay|cabin fever',
    'saturday night fever',
    'world cup fever',
    'fever pitch',
    'cabin|spring fever',
    'lump sum',
    // Scots and Irish "wee" is small, not a wee: "a wee bit stiff", "give it a wee while".
    'wee bit|bits|while|drop|dram|touch|lad|lass|bairn|one|ones|hour|hours',
    'take|took my lumps',
    'gave me a heart attack',
    // A place or a dish so named: "a loop of Heart Attack Hill", "the heart attack burger".
    'heart attack hill|hills|climb|climbs|stairs|steps|loop|course|trail|burger|burgers|sandwich|grill|special|wod',
    // A programme that "hit me like a truck"; "I've been hit by a bus, run over, reversed over" after week 1.
    'hit|hits|hitting me like a truck|bus|train|tonne|ton',
    "i've been hit by a bus|truck|train",
    "i've been run over by a bus|truck|train",
    // Prices: "nearly had a heart attack checking the price", "chest pain looking at the price of Rogue racks".
    'heart attack|attacks looking|checking|seeing at? the price|prices|cost|bill',
    'chest pain|pains looking|checking|seeing at? the price|prices|cost|bill',
    // "Lost all bladder control laughing".
    'lost|lose|losing all? bladder|bowel control laughing',
    'chills down my spine',
    // Cold after cold water, not a fever's chills.
    'chills|shivers|shivering after|from an|the|my? ice bath|baths',
    'chills|shivers|shivering after|from an|the|my? cold plunge|plunges|shower|showers|water|swim',
    // Worn out, not run over: "woke up feeling like I got hit by a truck after week 1 of Smolov".
    'like i got hit|smashed by a|the truck|bus|train|car',
    'like i was hit|smashed by a|the truck|bus|train|car',
    'like i got run over by a|the truck|bus|train|car',
    'like i was run over by a|the truck|bus|train|car',
    "like i've|i'd been hit by a|the truck|bus|train|car",
    "like i've|i'd been run over by a|the truck|bus|train|car",
    // Spelt out: "following Tuesday's session I felt like I had been hit by a truck", "as if I had been run over".
    'like|if i had been hit|smashed by a|the truck|bus|train|car',
    'like|if i had been run over by a|the truck|bus|train|car',
    // "got absolutely hit by a truck after yesterday's session lol".
    'absolutely|totally|properly|completely|literally hit|smashed|flattened by a|the truck|bus|train',
    // A roller or a ball worked along the leg, not pain running down it: "rolled the lacrosse ball down my leg to my calf"
    // (the symptom's idiom is in idioms.ts).
    'ball|roller|stick|gun|massager down my|the left|right? leg|thigh|shin to|into the|my ankle|foot|heel|toes|shin|calf|instep',
    // A tumour wondered about is no history of cancer: "could it be a tumour?", "is it a tumor?". Not "maybe I have a
    // tumour again" or "might I have a tumour? Yes, the biopsy…", which tell a cancer had.
    'could|might|would it be a|an tumour|tumor',
    'is it|this a|an tumour|tumor',
    // A short course years ago is no long-term steroid.
    'short|brief course|burst of _? prednisone|prednisolone|steroids|steroid',
    // A steroid on the skin, in the lungs or the nose, not a systemic one ("hydrocortisone cream for eczema").
    'hydrocortisone|steroid|steroids|cortisone|corticosteroid cream|creams|ointment|gel|inhaler|inhalers|spray|drops',
    'nasal|nose|eye steroid|steroids',
    // A car door or mirror in a car park, not a collision.
    'hit by a|the car|truck|van|bus door|doors|mirror|boot|trunk',
    // A session or a lift that went badly: "my deadlift was a car crash today" (not "I was in a car crash").
    ...['car crash', 'car wreck', 'train wreck', 'trainwreck'].map(
      (wreck) =>
        `workout|session|deadlift|deadlifts|squat|squats|bench|run|race|lift|lifts|day|week|form|technique|set|programme|program|plan|block|diet|sleep|life|month|meet|attempt was|is|are|were|been a|an _? ${wreck}`,
    ),
    // "an absolute car crash of a session", "today was an absolute car crash".
    ...['car crash', 'car wreck', 'train wreck', 'trainwreck'].flatMap((wreck) => [
      `${wreck} of a|an session|workout|day|week|meet|run|race|block|lift`,
      `absolute|total|complete|utter ${wreck}`,
      `today|yesterday|tonight was|is a|an _? ${wreck}`,
      // The wreck as what something is: "the car crash that was my form", "the train wreck which is my squat these
      // days".
      `the|a ${wreck} which|that is|was|are|were my|our|his|her|the`,
      // Said of a lift or a set, or watched: "a car-crash squat PR attempt", "like watching a car crash in slow motion".
      `${wreck} squat|squats|deadlift|deadlifts|bench|pr|attempt|set|rep|reps|session|workout|lift|lifts`,
      `like watching a|an ${wreck}`,
      `programme|program|plan|block|diet|sleep|life|week|month|training|season has|have been a|an _? ${wreck}`,
      `${wreck} in slow motion`,
    ]),
    // Running out of fuel, not a collision: "crashed hard at mile 20, full sugar crash".
    'sugar|energy|carb|caffeine|glycogen|insulin crash',
    'crashed|crash|crashing hard? at|around|after mile|km|kilometre|kilometer #',
    // A bar leaving the floor, not a rider leaving a bike: "the bar came off the ground, then an inch, then stopped",
    // "came off the floor slow". Not off a rack, pins or hooks, where a gym accident starts ("the weights came off the
    // rack and fell on me").
    'bar|barbell|weight|weights|plates|deadlift came|comes|coming off the ground|floor',
    'came|comes|coming off the ground|floor fast|slow|slowly|quick|quickly|easy|easily|smooth|smoothly|fine|ok|okay|well',
    // A hydration pack's bladder, carried on rides, runs and hikes: "I have to use a bladder as there are no bottle
    // cages", "my 3l bladder leaked". Not a test that fills the body's bladder, so no "fill"; not "my bladder valve won't
    // open", so no valve, and not "can't use my bladder", so no "my" after a verb.
    'hydration|water|camelbak|camelback|drink|drinks|drinking|# l|# litre|# liter|# ltr bladder|bladders|reservoir',
    'use|uses|used|using|carry|carries|carried|carrying|wear|wears|wore|wearing|pack|packs|packed|packing|bring|brought|buy|bought a|the bladder|bladders',
    'bladder|bladders in|on|inside my|the|his|her|a pack|backpack|rucksack|bag|vest|jersey',
    'bladder pack|backpack|vest|hose',
    // Nerves before an event: "couldn't empty my bladder before the meet".
    'bladder|bowels|pee|wee|poo|poop|toilet|loo before the|a|my _? meet|race|competition|comp|game|match|exam|interview|start',
    // Numbers and things that fall, not people: "my squat numbers fell down a cliff", "my phone fell down a gully".
    'numbers|total|totals|squat|bench|deadlift|phone|bottle|ball|keys|bag|pack|hat|cap|sunglasses|glasses|poles fell|tumbled|rolled|slid down',
    // A stuffy nose or a mask, not a chest: "can't breathe through my nose with this cold", "can't breathe in this mask".
    "can't|cannot|couldn't breathe|breath through my|the nose",
    "can't|cannot|couldn't breathe|breath in|through|with this|the|a|my mask|masks",
    "can't|cannot|couldn't breathe|breath out of|through my|the left|right? nostril|nostrils",
    "laughed|laughing so hard i|that can't|cannot|couldn't breathe|breath",
    "can't|cannot|couldn't breathe|breath for|from|with laughing|laughter",
    // A sample for a test, not retention: "couldn't wee for the drug test, stage fright".
    'wee|pee|piss|urinate for the|a drug|urine test|sample',
    // A crash read or watched about, not had: "read a thread about a car crash on the news".
    'thread|article|story|video|clip|report|news about|of|on a|an|the car|bike|motorbike|road crash|accident|wreck|collision',
    'thread|article|story|video|clip|report|news about|of|on a|an|the rtc|rta|mva',
    // Night sweats, a fever's sign, not a wet bed: "woke up wet with sweat", "sheets were wet through from sweating".
    'wet|soaked|drenched with|from|in sweat|sweating',
    'wet through with|from|in sweat|sweating',
    // A pet or a toddler's accident: "my dog peed the bed", "the baby wet himself".
    'dog|dogs|puppy|pup|cat|kitten|toddler|baby|babies _? peed|pees|peeing|wet|wets|pissed|pooped|poops|shat',
    'toddler|baby|babies|son|daughter|kid|kids _? pooped|pooed|peed|poops|pees in his|her|their pants|trousers|nappy|diaper|underwear|undies',
    // A set, not a wee: "couldn't tell whether I'd finished the set or not".
    'finished|done the|my|a|that set|sets|rep|reps|workout|session|run|lift|program|programme|block|race|round|circuit|meal',
    'finished|done with the|my|a|that? set|sets|rep|reps|workout|session|run|lift|program|programme|block|race|round|circuit|meal',
    'finished|done the|my|a|that warm up',
    'finished|done with the|my|a|that? warm up',
    // Aim, not retention: "can't pee straight after heavy deadlifts lol".
    'pee|piss|wee straight',
    // Heat or a stimulant, not a fever: "burning up after the hot yoga class", "night sweats from the pre workout".
    'burning up after|from|in the|a|my? hot? yoga|sauna|heat|sun|tub',
    'sweats|sweating after|from the|my|a? new? pre|preworkout|caffeine|heat|sauna',
    // A bump the bar left: "a bump from the barbell, it's a bruise".
    'bump|lump|bumps|lumps from|off the|my|a _? bar|barbell|bench|plate|rack',
    'bump|lump|bumps|lumps on my|the back|spine from|off the|my|a _? bar|barbell|bench|plate|rack',
    // A back that gave out before the lungs did, not breathlessness: "cramping up before I was even out of breath".
    'before i was|am even? out of breath',
    'before i got|get even? out of breath',
    'before i even got|get out of breath',
    // Hearsay checked and ruled out: "pee is normal colour, I checked because of the rhabdo stories" (not "a rhabdo
    // scare right now", "my rhabdo story: CK was 40,000").
    'the|those rhabdo stories|memes|jokes',
    // The knee-to-wall test, not numb toes: "I can barely get my knee past my toes on either side".
    'knee|knees past|over|beyond my|the toes|toe',
  ]),
];
