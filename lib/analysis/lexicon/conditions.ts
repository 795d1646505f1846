/** Back complaints named in one go: where and what at once. */
import { condition, type TermGroup } from './terms';

/** A back named by its troubles: "back troubles", "lower back problem", "back issues". */
const BACK_TROUBLES = 'lower|low|upper|mid? back trouble|troubles|problem|problems|issue|issues';

export const CONDITION_TERMS: readonly TermGroup[] = [
  condition('lower_back', null, 0.95, ['lumbago', 'lbp', 'clbp']),
  // "a bad back" is how people name a back that has hurt for a while; "my recovering lower back" one still mending (not
  // "recovering back to full fitness": only with its place).
  condition('lower_back', null, 0.85, [
    'bad|dodgy|crappy|shitty|wonky|busted|cranky|grumpy|bitchy|temperamental|finicky|touchy|janky|gammy|knackered|banjaxed|recovering|healing lower|low back',
  ]),
  condition('upper_back', null, 0.85, [
    'bad|dodgy|crappy|shitty|wonky|busted|cranky|grumpy|bitchy|temperamental|finicky|touchy|janky|gammy|knackered|banjaxed|recovering|healing upper back',
  ]),
  condition(null, null, 0.8, [
    'bad|dodgy|crappy|shitty|wonky|busted|cranky|grumpy|bitchy|temperamental|finicky|touchy|janky|gammy|knackered|banjaxed back',
    // "my second back scare this month": a back that nearly went.
    'back scare|scares',
    // A back told by its troubles, the writer's: "I've had back troubles for years", "years of back problems", "a layoff
    // due to back issues", "my lower back problem", "chronic back problems here". Not the words alone ("I don't know
    // anything about back problems", "any tips for people with back issues?"), someone else's ("my dad has had back
    // problems", review 48a) or a magazine's ("back issues of Runner's World").
    `my|this|that ${BACK_TROUBLES}`,
    `own ${BACK_TROUBLES}`,
    `i have|had|get|got ${BACK_TROUBLES}`,
    `i've had|got ${BACK_TROUBLES}`,
    `years|bouts|bout|history|lifetime|decades|bit of ${BACK_TROUBLES}`,
    `due to ${BACK_TROUBLES}`,
    `because of ${BACK_TROUBLES}`,
    `chronic|recurring|persistent|ongoing ${BACK_TROUBLES}`,
    // The writer as one who suffers with a back: "I'm a lifelong back sufferer", "fellow lower back sufferers" (not a
    // sufferer's partner: "my wife is a back sufferer" is hers, read by whose in flag-context.ts only for flags).
    "i'm|am a|an lifelong|longtime|chronic? back pain? sufferer",
    "i'm|am a|an long time back pain? sufferer",
    "i'm|am a|an lifelong|longtime|chronic? lower|low|upper back pain? sufferer",
    'fellow lower|low|upper? back sufferer|sufferers',
    // The writer's back pitied or complained of: "my poor back", "whinging about my back".
    'my poor lower|low|upper|mid? back',
    'moaning|moan|complaining|complain|whining|whinging about my lower|low|upper|mid? back',
  ]),
  // A back hurt in gym words or as if it chose to ("blown out my back twice this year", "a blown out back", "my back
  // decided to give out on the stairs"), without the sharp pain or the sudden onset "threw my back out" tells: weeks later, or beside
  // a nerve's signs, it says no more than that the back was hurt.
  condition(null, null, 0.9, [
    'blew|blow|blowing|blown my|his|her back out',
    'blew|blow|blowing|blown out my|his|her back',
    'a|my blown out back',
    'my|his|her back decided to give way|in|out',
    'my|his|her back decided to go|pack',
  ]),
  // A back told as healing is a back that was hurt: "waiting for my back to heal", "letting my back recover", "my back
  // is still healing", "my back hasn't fully healed". Not one told healed ("my back has healed now"): that is over.
  condition(null, null, 0.8, [
    'my|his|her back to fully|properly|completely? heal|recover',
    'my|his|her back needs|need time to heal|recover',
    'let|letting|lets my|his|her|the lower|low|upper|mid? back heal|recover|rest',
    'recovering from a|my blown out|thrown|tweaked|pulled back',
    'my|his|her back is|was healing|recovering',
    'my|his|her back still|slowly healing|recovering',
    'my|his|her back is|was still|slowly healing|recovering',
    "my|his|her back hasn't|hadn't|isn't|wasn't|never fully? healed|recovered",
    'my|his|her back has|had not fully? healed|recovered',
  ]),
  // Bent double after a session, said without naming the back: it is the lower back ("can't stand up
  // straight" is not enough alone; it is said of legs after leg day too).
  condition('lower_back', 'stiffness', 0.8, ['bent over like an old man|woman|lady|granny|grandpa']),
  condition('lower_back', 'radiating', 0.85, ['sciatica', 'sciatic', 'sciatic nerve|pain']),
  condition(null, 'sharp_pain', 0.9, [
    'herniated|bulging|slipped|ruptured|prolapsed|protruding disc|discs',
    'disc herniation|bulge|bulges|prolapse|protrusion',
    // Told as what the writer did to it: "ruptured a disc in my back", "herniated my L5-S1 disc".
    // Not "slipped" or "blew" a disc: as often a plate off the bar, or a joke (review 45c).
    'ruptured|herniated|prolapsed|bulged a|my|the|two disc|discs',
    'ruptured|herniated|prolapsed|bulged a|my|the l # disc',
    'ruptured|herniated|prolapsed|bulged a|my|the l # s # disc',
    // The level right after the possessive, whatever follows it: "herniated my L2/L3 disc", "bulged my L4-L5" (a "/"
    // between two levels ends a term, text/term-matcher.ts).
    'ruptured|herniated|prolapsed|bulged my|the l #',
    // "DDD" reaches here spelt out (lib/analysis/text/spelling.ts, WRITTEN_SPELLINGS).
    'degenerative disc',
    'pinched nerve',
    'spondy',
    // Spondylolysis and spondylolisthesis, and the latter as it gets typed: "spondylolthesis", "spondilolisthesis",
    // "spondylothesis" (not spondylosis or spondylitis, said with no back trouble as often as with it).
    'spondylol*|spondylot*|spondylis*|spondylil*|spondilol*|spondilot*',
    'pars fracture|fractures|defect|defects',
    'pars stress fracture|reaction',
    // A disc named by its level: "L5-S1 bulge per the MRI", "an L4-L5 herniation".
    'l # s # bulge|bulges|bulging|herniation|herniated|prolapse|protrusion',
    // "L4-L5 bulge", "L4/L5 bulge" ("/" is a word of its own) and "L5 bulge" alike: the level next to the word.
    'l # bulge|bulges|bulging|herniation|herniated|prolapse|protrusion',
    'l # # bulge|bulges|bulging|herniation|herniated|prolapse|protrusion',
    // The level after the word: "herniated L5-S1 from a bad clean", "bulge at L4/L5", "a bulge at L4".
    'herniated|bulging|prolapsed|ruptured|slipped l #',
    'bulge|herniation|prolapse|protrusion at|in l #',
    'stress fracture in my|his|her pars',
    // A lumbar stress fracture named by its level or its place: "stress reaction at L5", "an L5 stress fracture".
    'stress fracture|fractures|reaction at|in|of|to my|the? l #',
    'l # stress fracture|fractures|reaction',
    'stress fracture|fractures|reaction in my|his|her|the spine|lumbar|vertebrae',
    'facet joint|joints|syndrome',
    'spinal stenosis',
    // The writer's own broken vertebra (lexicon/stories.ts reads it as a medical cause): "fractured some vertebrae in my
    // lower back", "a compression fracture in my spine", "fractured my back". Only told as the writer's: not "my nan
    // has a compression fracture", "cracked the spine of my log book" or "leg day broke my back".
    'fractured|broke|broken|crushed|cracked a|some|two|three vertebrae in|of my',
    'compression|burst|wedge fracture|fractures in|of|to my lower|low|upper|mid? back|spine|vertebrae',
    'fractured my back|spine|vertebrae',
    // A broken tailbone, the writer's: "I broke my tailbone falling off a box", "cracked my tailbone on the ice".
    'broke|broken|cracked|fractured|busted my tailbone',
    // A vertebra broken in the first person, by its level or not: "managed to fracture T7 and T8", "I cracked L1 in a
    // fall", "fractured my L4", "I fractured two vertebrae digging the garden" (not "my nan fractured T12").
    'i fractured|broke|crushed|cracked t|l #',
    "i've fractured|broken|crushed|cracked t|l #",
    'fracture|fractured|broke|broken|crushed|cracked my t|l #',
    'managed to fracture|break|crack|crush my? t|l #',
    'i fractured|broke|crushed|cracked a|some|two|three|several? vertebrae',
    "i've fractured|broken|crushed|cracked a|some|two|three|several? vertebrae",
    'i have|had fractured|broken|crushed|cracked a|some|two|three|several? vertebrae',
    // A broken spine told as the writer's: "broke my spine falling off a roof", "my burst fracture", "I had a spinal
    // fracture two years back" (not "my nan has a spinal fracture", "my tibia has a burst fracture", nor "leg day broke my
    // back"; review 49b found "my nan's second spinal fracture", so a second or another one is not read).
    'fractured|broke|broken|cracked|crushed my spine',
    // "I broke my back in a fall", "a broken back" (the writer the breaker: not "leg day broke my back").
    'i broke|fractured|cracked|busted my back',
    "i've broken|fractured|cracked|busted my back",
    'a|my broken|fractured back',
    'a|my broken|fractured spine',
    'i have|had|got|suffered a? spinal|spine|vertebral|compression fracture|fractures',
    "i've had|got|suffered a? spinal|spine|vertebral|compression fracture|fractures",
    'my spinal|spine|vertebral|compression|burst fracture|fractures',
  ]),
  // The writer's own back surgery: "I had 3 back operations", "since my spinal fusion", "a discectomy in May"
  // (lexicon/stories.ts weighs what it says of the cause).
  condition(null, null, 0.85, [
    'i had|have|got|needed|need|underwent _? back|spine|spinal|lumbar|disc surgery|surgeries|operation|operations|fusion',
    "i've had _? back|spine|spinal|lumbar|disc surgery|surgeries|operation|operations|fusion",
    'my back|spine|spinal|lumbar|disc surgery|surgeries|operation|op|fusion',
    'since|after|before my back|spine|spinal|lumbar|disc surgery|operation|op|fusion',
    'microdiscectomy|discectomy|laminectomy|laminotomy|foraminotomy',
  ]),
  // Wear in the spine named as the writer's: "the scan showed osteoarthritis in my lumbar spine", "arthritis of the spine",
  // "my arthritic back" (lexicon/stories.ts reads it as the facets' wear). Not the neck's, a back post only with its
  // training (relevance.ts).
  condition(null, 'stiffness', 0.85, [
    'arthritis|osteoarthritis in|of my|the lower|low|upper|mid? back|spine|lumbar|facets|facet|vertebrae',
    'arthritic lower|low|upper|mid? back|spine',
    'spinal|spine|back osteoarthritis',
  ]),
  // Cauda equina told as the writer's: "showed symptoms of cauda equina before the op", "I had cauda equina in my
  // thirties" (the screening cue reads a feared one, lexicon/cues.ts). A nerve emergency, not a sharp pain: no strain's sensation
  // for the ranker (review 49b: it put a muscle strain first on "I think I have cauda equina, numb when I wipe").
  condition('lower_back', null, 0.9, [
    'i have|had|got cauda equina',
    "i've had|got cauda equina",
    'my cauda equina',
    'showing|showed|had|have symptoms of cauda equina',
    'diagnosed with cauda equina',
  ]),
  condition(null, 'sharp_pain', 1, [
    'threw|throw|throwing|thrown my|his|her lower|low|upper|mid? back out',
    'threw|throw|throwing|thrown out my|his|her lower|low|upper|mid? back',
    'put|puts|putting my|his|her lower|low|upper|mid? back out',
    // With the region named, "put out" is a back's whatever follows: "put out my lower back on the last set".
    'put|puts|putting out my|his|her lower|low|upper|mid back',
    // Without its "out", where what follows tells the injury ("threw my back picking up the dog", "nursing a thrown back"), not
    // an effort ("threw my back into the job").
    'threw|throw|throwing|thrown my|his|her back again|yesterday|today|lifting|picking|bending|moving|carrying|reaching|twisting|shovelling|shoveling|deadlifting|squatting|at|when|while',
    'a|my thrown back',
    // "put out my back lifting the sofa", "put out my back again": the verb's other order, only where what follows
    // tells the injury (not "put out my back wheel", "my back light", "just put out my back catalogue").
    // How it happened, not what: "I somehow put out my back", "managed to put out my back".
    'somehow put out my|his|her back',
    'managed to put out my|his|her back',
    'put|puts|putting out my|his|her back again|yesterday|today|lifting|doing|picking|bending|sneezing|moving|carrying|reaching|twisting|shovelling|shoveling|deadlifting|squatting|benching|rowing|running|cleaning|playing|trying|at|when|while|and|this|last|during|pretty|badly|really',
    // "put out my back on deadlifts", "on the last rep" (not "put out my back wheel on the rack").
    'put|puts|putting out my|his|her back on the? last|first|final|deadlifts|squats|rows|bench|deadlift|squat|rep|set|run|ride',
    // Someone else's, said with theirs: "The missus put hers out lifting the shopping".
    'put hers|his|mine out lifting|bending|picking|carrying|moving|reaching|sneezing|doing|shovelling|shoveling|hoovering',
    // "done my back proper on saturday".
    'done my|his|her back proper',
    // "My back went": the forum and British way to say a back suddenly gave.
    'my|his|her back went|go|goes|gone|packed',
    'me back went|go|goes|gone|packed',
    // "his back's been bad", "me back's been bad since Thursday" (not "my back is bad", a physique's verdict; the
    // possessive is left out so that "my husband's back" stays his).
    'back _? been bad',
    'my|his|her back has|had gone|packed|went',
    'my|his|her back gave way|in|out',
    // With how it went between: "my back suddenly gave way", "my back just completely gave out".
    'my|his|her back suddenly|just|completely|totally|finally|simply|basically gave way|in|out',
    'my|his|her back just completely|totally gave way|in|out',
    // The same with the region named: "my lower back just went halfway up".
    'my|his|her lower|low|upper|mid back just? went|gone|packed',
    'my|his|her lower|low|upper|mid back gave way|in|out',
  ]),
];
