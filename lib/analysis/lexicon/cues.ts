/** Helper cues. */
import { cue, type TermGroup } from './terms';
import { WORSE_YEAR_ON_YEAR } from './time-words';

/** Cues that relevance, negation and the emergency flags read. */
export const RELEVANCE_CUE_TERMS: readonly TermGroup[] = [
  cue('negator', [
    'no',
    'never',
    'without',
    'none',
    'zero',
    'nor',
    'neither',
    'free of',
    'absence of',
    'not any',
    'no more',
    'no longer',
    'barely any',
    'lack of',
    // "I don't have any numbness": "any" carries the negation past the nouns before the flag word.
    "don't|didn't|haven't|doesn't|hasn't|hadn't have|had|got|get|feel|notice|noticed|experience|experienced any",
    'denies|denied any',
    // "Can't say I've had back pain from it": a polite no.
    "can't|cannot|couldn't say i|i've|i'd|i'm",
  ]),
  cue('not', [
    'not',
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "wasn't",
    "weren't",
    "aren't",
    "haven't",
    "hasn't",
    "hadn't",
    "won't",
    "wouldn't",
    "ain't",
    'cannot',
    "can't",
    "couldn't",
  ]),
  cue('pseudo_negation', [
    // Nigerian Pidgin "I no even know" is "I didn't even know": the "no" is the verb's, not the next noun's.
    'i no even|dey? know|sabi|feel',
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
  // "pain free"; "sore in a good way", "like concrete in the best way": a feeling the writer is glad of.
  cue('post_negation', [
    'free',
    'in a|the good|best|nice way',
    // The back ruled out right after it is named: "back had nothing to do with it".
    'had|has nothing to do with it|this|that',
  ]),
  cue('until', ['until|till|til']),
  // A symptom denied only beyond its usual self is there as ever: "my back isn't aching more than usual", "no tighter
  // than it usually is" (mentions.ts).
  cue('than_usual', [
    'than usual|normal|normally|typical',
    'than it usually|normally is|does|feels',
    'than it is usually|normally',
  ]),
  // What a denied symptom comes with instead, after a comma or "but": "never hurts from lifting, only when I sit",
  // "doesn't hurt squatting, it's the driving" (mentions.ts: the symptom is there, elsewhere).
  cue('exception', [
    'only|just|except when|whenever|while|during|after|from|if|before',
    'apart|aside from',
    "it's the",
    'its the',
    'it is|was the',
    // Alone, only before a doing: "only sitting", "except driving" (mentions.ts); not "just", which is as often a
    // shrug ("no back pain, just checking in").
    'only|except',
  ]),
  cue('scarcely', ['hardly|barely|scarcely|rarely|seldom', 'unable to']),
  cue('hedge', [
    // What the writer read or heard about is no symptom of theirs: "after reading about rhabdo on here I checked my pee".
    'reading|read|heard|learned|learnt|googled|googling about',
    'googled|googling',
    // "my physio mentioned something about numbness down there".
    // "they'll ask about bladder, numbness between the legs…": what the physio will ask.
    'mentioned|said|asked|ask|asks|asking|warned|talked something? about',
    // "My PT mentioned numbness in the groin" (not "she mentioned she hasn't peed since yesterday").
    'pt|physio|doctor|gp|coach|trainer mentioned|mentions',
    'read up on',
    // What the writer has been told of: "I've heard numbness around the groin and trouble peeing, is there anything else?".
    "i've heard|read",
    'i have heard|read',
    'looked|looking up',
    'almost|nearly',
    'close to',
    // A sign as a risk, not had: "runners after a birth are at risk of leaking".
    'risk|risks|chance|chances of|for',
    'worried|afraid|scared|paranoid|concerned|terrified|fear',
    // A worry looked back on, told with its "I" and past perfect, which would put the sign past the hedge's reach: "scared
    // I'd had a heart attack, but the ECG was clear". Not a worry told now ("scared I was having a heart attack and I still
    // am, chest crushing", review 49a): that is the writer's account of the sign.
    "worried|afraid|scared|paranoid|concerned|terrified that? i'd had",
    // "Am I right that numbness between the legs means A&E?": the writer asks about the signs.
    'am i right|correct|wrong that',
    'am i right|correct|wrong in thinking',
    'is it true|right|correct that',
    // "Everyone online screams rhabdo at every DOMS post".
    'screams|screaming|yells|yelling|shouts|shouting',
    'in case',
    'watch|look out for',
    'signs|symptoms of',
    'red flag|flags',
    'such as',
    'rule out',
    'check for',
  ]),
  cue('cue_verb', [
    'keep|keeping|kept|get|getting|stay|staying|make|making|hold|holding|brace|bracing|set|setting|lock|locking|squeeze|squeezing|tighten|tightening',
  ]),
  cue('positive', [
    // The bodybuilder's boast of a pump: "lats so pumped I can't put my arms down", "can't scratch my own head".
    "can't|cannot|couldn't put my|your arms down",
    "can't|cannot|couldn't scratch my|your own? head|nose",
    "can't|cannot|couldn't reach|even to? scratch my|your own? head|nose|face",
    'great|good|awesome|amazing|nice|best|solid|decent|epic|fantastic|glorious',
    'love|loved|loving|enjoy|enjoyed|chasing|chase',
  ]),
  cue('liking', [
    'really like them|it|em|those|these',
    'i like them|em|those|these',
    'liking them|em|those|these',
    'nothing beats it|them|that',
    'i love|enjoy|adore the|my|it|them|those|these',
    'i love|enjoy|adore a|an|long|easy|hill|hills|running|lifting|squatting',
    'favourite|favorite|fave',
    'more fun',
  ]),
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
    // "Our coach keeps warning us about rhabdo and cola-coloured pee".
    'warning|warned|warns us|me about',
    'warning|warned|warns about',
    'in general',
    'common in|among|for',
    'is common',
  ]),
  // ConText-style modifiers of red-flag mentions (flag-context.ts): whose, when, and screening answers.
  // Someone's warning of what will happen: "half my gym says running will wreck my back". Relevance reads such a
  // clause as a hypothetical though it says "my" (relevance.ts); warning signs do not (a doctor's "could" stays).
  cue('reported_claim', [
    'says|say|said|claims|claim|claimed|reckons|reckon|swears|swear|insists|insist _? _? will|would|could',
    'told|tells|warned|warns me _? _? will|would|could',
  ]),
  cue('relative', [
    // Not "ma": Scots for "my" ("round ma backside") more often than a mother.
    'mom|mum|mam|mother|dad|da|pops|father|brother|sister|wife|husband|hubby|missus|missis|wifey|aunt|uncle|grandma|grandpa|grandmother|grandfather|grandad|granddad|grandparent|nan|nana|nanna|gran|granny|gramps',
    // Their possessive typed without the apostrophe: "my dads back", "sounds like my brothers story".
    'dads|mums|moms|brothers|sisters|wifes|husbands|hubbys|grandads|nans|grannys',
    'friend|friends|mate|mates|buddy|pal|bro|coworker|colleague|boss|neighbour|neighbor|roommate|flatmate|teammate',
    'training partner',
    // "in my other half's case", "ma man's back" (Scots "ma" is read as "my"), "me fella".
    'my|our other half',
    'my man|fella|fellow',
    'me man|fella|fellow',
    // Who a writer shares a home or a job with: "housemate's back went bouldering", "my flatmates", "my bf".
    'housemate|housemates|flatmates|roommates|workmate|workmates|gymmate|stepson|stepdaughter|grandson|granddaughter',
    'house|flat|room|gym mate',
    'my|our bf|gf',
    // A child named by age: "my 17 year old hurt his back".
    'my # year old',
    'my # yo',
    // "Guy I train with hurt his back": someone named by what the writer does with them.
    'guy|bloke|lad|dude|girl|woman|man|mate|someone i train|lift|run|work|climb with',
    'son|daughter|kid|child|family|girlfriend|boyfriend|partner|fiance|fiancee|spouse|cousin|nephew|niece|stepdad|stepmom',
    'mother|father|brother|sister in law',
    'client|clients|patient|patients|athlete|athletes|lifter|lifters|runner|runners|someone|somebody|people|person|folks',
    // A coach writing about one of theirs: "one of my rowers".
    // Plural only: "on the rower" is a machine, "I'm a rugby player" the writer.
    'rowers|swimmers|players|students|cyclists|fighters|gymnasts|wrestlers',
    // "a guy at my gym", not "man, my legs…".
    'a|this|one|some|that|the guy|man|woman|lady|lad|bloke|girl|dude|member|kid',
    // Placed where the writer saw them: "Older guy at my gym had chest pain", "an old man at parkrun" (not "Older guy
    // here, 61", the writer).
    'older|old|young|younger guy|man|woman|lady|lad|bloke|dude at|in|on my|the|our?',
    // Named by their work: "the bin men were puffing up the drive", "our postie", "the plumber".
    'delivery|post|bin|gas|cable|taxi|uber|bus guy|guys|man|men|woman|lady|driver|drivers|bloke|lad',
    'postman|postie|courier|plumber|electrician|mechanic|landlord|gardener|neighbours|neighbors',
    'he|she|they|him|his|her|hers|their|them',
    "he's|she's|they're|he'd|she'd|they'd",
  ]),
  // A now measured against a then: "the tingle stays after the ride, not like it used to". Its "used to" is the
  // then's; the sentence tells the now. Not "than": "much less than it used to be" tells a sign on its way out.
  cue('compared_with_then', ['like|as it|they|i|he|she|we used to', 'the way it|they used to']),
  // A long course foreseen or feared, not lived: "the doctor says it may become chronic", "I worry it'll turn chronic",
  // "don't want it to go chronic". It says nothing of how long the trouble has lasted (weeks_long).
  cue('chronic_to_come', [
    'could|might|may|will|would become|turn|go|get a? chronic',
    'could|might|may|will|would be a? chronic',
    "it'll|itll become|turn|go|get a? chronic",
    "it'll|itll be a? chronic",
    // Not "to" alone: "it appears to be chronic", "turned out to be chronic" tell a course already lived.
    'want|wanting it to become|turn|go|get a? chronic',
    'want|wanting it to be a? chronic',
    'could|might|may|will|would end up a? chronic',
    'could|might|may|will|would end up being a? chronic',
    'could|might|may|will|would end up becoming a? chronic',
  ]),
  cue('past', [
    'used to',
    'years ago',
    'year|months|month ago',
    '# years|year|months|month ago',
    'a few|couple years|months ago',
    'a couple of years|months ago',
    'several years|months ago',
    // A racing season gone, and a racer's younger days (review 41f): "last season I slid across the tarmac at a crit",
    // "as a junior". Not "back when": the body's "came down on my back when I dumped it".
    'last season',
    'as a junior',
    // Seasons counted back (review 41d): "went down hard on gravel two summers ago".
    'two|three|four summers|winters|springs|autumns ago',
    '# summers|winters|springs|autumns ago',
    'a few|couple|several summers|winters|springs|autumns ago',
    'a couple of summers|winters|springs|autumns ago',
    'back in high school',
    'back in school|college|uni',
    'back in the day',
    'in high school',
    'in college|uni',
    'when i was younger|little',
    'when i was a kid|teenager|child',
    // "When I was 16 I went into a tree sledging" (not "when I was 5 miles in": an age is followed by what happened).
    'when i was # i|my|we|and',
    'when i was in school',
    'as a kid|teen|teenager|child',
    'in my teens|twenties|thirties',
    'back then',
    'years back',
    // Told by what came after it: "years before I started boxing I came off a scooter", "years earlier" (not "for years
    // before I got hit by a car yesterday", nor "not long before I started writing this", review 49a).
    'years before i started|began|took|joined|tried|found',
    'years|months earlier',
    // Told by the years since: "3 years after rhabdo, careful return", or as a return: "Returning after rhabdo".
    '# years after',
    'returning|comeback after',
    'once before',
    'last year',
    'a long time ago',
    // Months and seasons gone by: "last October", "in May" (a fall last week is still today's news).
    'last|in january|february|march|april|june|july|august|september|october|november|december|summer|winter|spring|autumn',
    'last fall',
    // Shortened, as dates are written ("in Sept. 2015"); not "mar" or "may", everyday words.
    'last|in jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec',
    // Decades gone by: "broke his back in a motorbike crash in the 90s".
    'in the # s',
    'in the nineties|eighties|seventies|sixties',
  ]),
  cue('resolved', [
    'long gone',
    'gone now',
    'all gone',
    'cleared|clears up',
    'cleared',
    'went|go|goes away',
    'resolved',
    'recovered',
    'fully|completely|all healed',
    'healed up',
    'no longer',
    'not anymore',
    'fine ever since',
    'fine since',
    'fine now',
    // "he's grand now" (Irish), "all good again".
    'grand|ok|okay|good now|again',
    'all good now',
    'sorted now',
    'got better',
    'back to normal',
    // Gone within the day: "All fine after a shower and dinner", "normal again by dinner".
    'all|totally|completely|perfectly fine after|by',
    // "Now totally fine", "everything's normal now", "Fine by bedtime and all normal since", "pale by the evening",
    // "Warmed up after 10 minutes".
    'now totally|completely|all fine|normal|good',
    'normal now|again',
    // "Twenty minutes later totally back to normal".
    '# minutes|hours later totally|completely|all? back to normal',
    'ten|fifteen|twenty|thirty minutes|hours later totally|completely|all? back to normal',
    'fine|ok|okay by bedtime|dinner|tea|lunch|evening|morning|then',
    'fine|normal|ok|okay by the evening|morning|afternoon',
    'all normal|fine since',
    'pale|clear again',
    'pale|clear by the|that? evening|morning|afternoon|night|bedtime|dinner|lunch',
    'warmed up after|within|in',
    'normal again by|after',
    'normal by dinner|tea|lunch|bedtime|evening|morning|then',
    'not since',
    // The feeling gone before anyone looked: "the tingling had gone by the time I was seen".
    'tingling|numbness|tingliness had|has gone|stopped|settled|passed by|before',
    'gone|stopped|settled|passed by the time i|we was|were|got',
    // "it was gone before I got to the front of the queue".
    'gone|stopped|settled|passed before i|we got|reached',
    "haven't had it|that since",
    "haven't had any since",
    'never came back',
    "hasn't|didn't come back",
    'never had it again',
    'was a one off',
    'settled down',
    // Numbness that passed with its cause: "feeling came back fine once I was off the bike", "fine in 5 min",
    // "numb for the first 2 km until they warmed up". A flu that is "fully over it now".
    'feeling|sensation came|comes back',
    // "took about ten minutes after getting off for the feeling to come back".
    'for the feeling|sensation to come back',
    'came|comes back fine',
    // The feeling back in full: "midwife checked it and it fully came back" (not "came back fully yesterday", a return).
    'fully|completely came|come|comes back',
    'fine in|within|after # min|minutes|secs|seconds',
    'fine after a few|couple minutes',
    'gone after a minute|min',
    'gone after # minute|minutes|min',
    'until|once they|it warmed up',
    'numbness|tingling wore|wears off',
    'it wore|wears off',
    'fully|completely|totally over it',
    'now fully|completely? recovered|better',
    'over it now',
    // "the numbness was gone by the morning", "numbness went within about half an hour", "everything's been normal since".
    'gone within|by',
    'went within',
    'been normal|fine since',
  ]),
  cue('ongoing', [
    'now',
    // New since then, not past: "a hard lump right on the spine that wasn't there in January".
    "wasn't|weren't there in|last|until",
    'again',
    'still',
    'currently',
    'ever since',
    'since then',
    'this week|morning|time',
    'today',
    'tonight',
    'came|coming back',
    'is back',
    'back again',
    'returned',
    'recently',
    'lately',
    // New, told by when it was not there: "a lump that definitely wasn't there a month ago".
    "wasn't|weren't there before",
    "wasn't|weren't there a month|week|year ago",
    "wasn't|weren't there # months|weeks|years ago",
    'started',
    'new',
  ]),
  // Just now, told in a crash's clause (flag-context.ts): a past told in another clause of its sentence does not date it.
  // A blow taken again and again over years, a sport's: "all those times I got thrown onto the mat", "thrown onto my
  // back in wrestling for years" (flag-context.ts: a history, not a trauma now). The years count said after the blow;
  // before it they are the writer's experience ("I've ridden for years and came off at 40mph this morning").
  cue('over_the_years', ['for years|decades', 'for # _? years|decades', 'over the years|decades']),
  cue('many_times', ['all those|the times', 'countless|numerous|so many times', 'hundreds|thousands of times']),
  cue('just_happened', [
    'today|tonight|yesterday',
    'this morning|afternoon|evening',
    'last night',
    '# minutes|hours ago',
    'an hour ago',
    'just now',
  ]),
  cue('list_closer', [
    'none|nothing|nope|nah|negative|nil|neither|zero|no',
    'none of those|these|that',
    'none of them|it|which',
    'none of the above',
    'no to all|both|either|any|those|them',
    "don't have any of those|these|that",
    "don't have any of them",
    'all negative|fine|normal|good|clear|ok|okay|no',
    'fine|normal|ok|okay|good|clear|unaffected|unchanged|intact',
    'not an issue',
    'not a problem',
  ]),
  // Where the writer is, or went, for care: "Currently in hospital: numb saddle, can't pee", "went to the ER: numb groin".
  // Its "hospital" or "ER" tells a story, not the screening talk of "numbness down there means hospital".
  cue('care_visit', [
    'went|headed|heading|rushed|admitted|taken|sent|brought to the? hospital|er',
    'currently|now|still|sat|sitting|waiting|lying in|at the? hospital|er',
    'on my|the way to the? hospital|er',
    'in the? hospital|er now|currently',
    // The writer asking whether theirs is a hospital matter: "numb between the legs since last night, is this an ER
    // thing?" (not "is that an ER thing, in general?", review 40e).
    'is this an? er|hospital|emergency thing|situation|job',
  ]),
  // What did not happen in the world (flag-context.ts, trauma only): a dream's crash ("had a dream I ploughed into a
  // truck on my bike", "in my nightmare I went down hard on black ice") and a game's ("Zwift race: I crashed into another
  // rider's avatar"). Not "game" alone: a rugby game's tackle is real.
  cue('dream', ['dream|dreams|dreamt|dreamed|dreaming|nightmare|nightmares']),
  cue('virtual', [
    'zwift|avatar|avatars',
    'video|computer game|games',
    'videogame|videogames|simulator',
    'in game',
    // "crashed at 200 kph in Gran Turismo" (review 43c).
    'gaming|playstation|xbox',
    'gran turismo',
  ]),
  // Care the writer has not had yet: "both legs numb since yesterday, haven't been to hospital yet", "won't go to the
  // ER", "no hospital yet". The writer's story too, not screening talk, when told as a statement with the writer as
  // its subject (flag-context.ts): not "he won't go to hospital", not "no hospital yet? Go now" (review 40c). Now or
  // still, never told as done: "didn't go to hospital for 3 days, catheter for life now" is a cautionary tale (review
  // 40g).
  cue('care_not_had', [
    "haven't been to the? hospital|er|doctor|doctors|gp",
    "haven't gone to the? hospital|er|doctor|doctors|gp",
    'not|never been to the? hospital|er|doctor|doctors|gp',
    'not|never gone to the? hospital|er|doctor|doctors|gp',
    "won't go to the? hospital|er|doctor|doctors|gp",
    'will not go to the? hospital|er|doctor|doctors|gp',
    'refusing|refuse to go to the? hospital|er',
    'no hospital|doctor|gp|er yet',
    // "didn't bother with hospital": care passed over, not had.
    "didn't bother with the? hospital|er|doctor|doctors|gp",
    "didn't bother going to the? hospital|er|doctor|doctors|gp",
    // The writer owning that they should be there: "I know, I should've gone to the hospital already".
    "should've gone to the? hospital|er|doctor|doctors|gp",
    "should've been to the? hospital|er|doctor|doctors|gp",
    'should have gone to the? hospital|er|doctor|doctors|gp',
    'should have been to the? hospital|er|doctor|doctors|gp',
    "should've gone straight to the? hospital|er",
    'should have gone straight to the? hospital|er',
  ]),
  // How a cautionary tale ends, told beside care not had: "numb groin, didn't go to hospital, now lifelong bladder
  // issues, learn from it", "both legs numb, won't go to the ER = bad idea" (review 40e). Advice, not the writer's now.
  cue('cautionary_end', [
    'ended|end|ends up',
    'told myself',
    'catheter|cath',
    'for good',
    'for life',
    'playing with fire',
    "that's how",
    'stop reading',
    'psa',
    "don't wait",
    'go now|tonight',
    'get there',
    'permanent|permanently|lifelong|forever',
    'bad idea',
    'classic|big|huge mistake',
    'learn from',
    "don't be that|like",
  ]),
  // A crash told as a comparison and then as true: "my back hurts like a van hit me. Because a van DID hit me", "it was
  // like getting hit by a car, which I was", "sore like a car hit me - it did" (review 40g).
  cue('comparison_made_real', [
    'a|an|the _? did',
    'one did',
    'it|he|she|they|i did',
    'which i was|did',
    'because|cos|and i was',
    'actual|actually|literally|really|genuinely|basically did|was',
    'an actual',
    'turns|turned out',
    'spoiler',
    "that's|thats exactly|literally? what happened",
    'which is|was exactly|literally? what happened',
    'well it was a|an',
  ]),
  cue('screening', [
    'red flag|flags',
    // A rule stated about a sign: "numbness between the legs … means A&E straight away", "means GP same day".
    'means|mean|equals an? er|hospital|gp|doctor|ambulance|emergency',
    'means|mean go|going to|straight',
    // A question about something seen or heard of: "Losing bladder control mid-deadlift - is that a thing?"
    'is that|this|it a thing',
    'is that|this|it even a thing',
    'is that|this|it a real thing',
    // A list of the signs to know: "The big ones are numbness in the saddle area, bladder or bowel problems…".
    'the big|main|key|important|serious|scary ones are',
    // Asking what a sign is like: "What does saddle numbness actually feel like?".
    'what does|do|would _? _? _? _? feel|feels like',
    'warning sign|signs',
    'signs|symptoms of',
    'look|watch out for',
    'watch for',
    'rule out',
    'cauda equina',
    'emergency',
    'er|hospital|ambulance',
    'urgent care',
    '999|911|112',
    'go|get to',
    'call',
    'get it|yourself checked',
    'see a doctor|gp|physio',
    'seek',
  ]),
  // What the writer keeps reading or hearing: "I keep seeing 'numbness in the saddle area' and 'both legs'". A sign
  // counts as quoted only in quotation marks (flag-context.ts).
  cue('quoting', ['keep|keeps|kept seeing|reading|hearing']),
  cue('first_person', ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself']),
  // The writer's view put to the asker, not the writer's own case: "I reckon your saddle is too low", "I'd say weak
  // glutes", "my guess would be your form" (relevance.ts: advice is told in them).
  cue('opinion_frame', [
    'i say|guess|suggest|wager|recommend|think|reckon|suspect|bet|imagine|advise|agree',
    "i'd say|guess|suggest|wager|recommend|think|reckon|suspect|bet|imagine|advise|agree",
    'i would|might say|guess|suggest|wager|recommend|think|advise|agree',
    "i'd probably|definitely|also|first|just say|suggest|try|go|start|look|check|drop|decrease|add|get",
    'i would probably|definitely|also|first|just say|suggest|try|go|start|look|check|drop|decrease|add|get',
    'my guess|bet|advice|suggestion',
  ]),
  cue('second_person', ['you', 'your', "you're", "you've", 'yours', 'yourself']),
  // Lifts that train the lower back itself: a pump from them can be the point ("lower back pump from good mornings,
  // love it").
  cue('lower_back_training', [
    'good morning|mornings',
    'hyper|hypers|hyperextension|hyperextensions',
    'back extension|extensions',
    'reverse hyper|hypers',
    'jefferson curl|curls',
    'roman chair|chairs',
  ]),
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
    'through the roof',
  ]),
  cue('swelling', ['swelling', 'swollen', 'swelled|swells up?', 'puffy', 'rock hard', 'hard as a rock']),
  cue('weakness', [
    'weak',
    'weakness',
    'weaker',
    // "both legs have gone wobbly".
    'wobbly',
    'gives|giving|gave way',
    'buckle|buckles|buckled|buckling',
    'no|zero strength',
    // "both legs shaking and just not strong enough" to get out of a chair.
    'not strong enough',
    'little strength',
    'lost|losing strength',
    'floppy',
    'dragging',
    // "they won't hold me up".
    "won't|wouldn't|can't|cannot|couldn't hold me up",
    "won't|wouldn't|can't|cannot|couldn't hold my weight",
    // "my legs just didn't want to hold me".
    "didn't|don't|won't|wouldn't want to hold me",
    // "his legs won't lift", "both calves just give out".
    "won't|wouldn't|can't|cannot|couldn't lift",
    // "my legs felt heavy as concrete, both of them, still clumsy".
    'clumsy',
    'heavy as concrete|lead|stone',
    'like lead',
    'give|gives|gave|giving out',
    "didn't|don't|won't|wouldn't want to hold my weight",
  ]),
  cue('numbness', [
    'numb|numbed',
    'numbness',
    'tingl*',
    'pins and needles',
    // Typed on a phone: "both legs pins n needles".
    'pins n needles',
    'no|zero feeling|sensation',
    // Frozen as the dentist freezes: "down there feels like it's been to the dentist, totally frozen" (the cold's frozen
    // is a cause, numb_cause).
    'totally|completely|all|feels|feel|felt|feeling frozen',
    'lost feeling',
    'loss of feeling|sensation',
    "can't|cannot|couldn't feel",
    // Sensation changed rather than lost: "my taint feels fuzzy", "like they're made of rubber", "the feeling is muted".
    'fuzzy|fizzy|fizzing|fizzes|muffled|muted|rubbery|cardboardy',
    'cling film',
    'made of rubber|wood|cardboard|plastic',
    'like rubber|wood|cardboard',
    // "feels like cold rubber, the way your lip feels after a filling".
    'like cold rubber|wood',
    'after a filling',
    'like cotton wool',
    // "both feet like walking on cotton wool".
    'walking|walk|standing|stepping on cotton wool',
    // Walking only: standing or stepping on pillows or a sponge pad is a balance drill ("stepping on pillows with both feet").
    'walking|walk on a? sponge|sponges',
    'made of cotton wool',
    'packed|stuffed|filled with cotton wool',
    // "I don't feel nothing in the zone between the legs" (non-native), "like it is not my body".
    "don't|didn't feel nothing",
    'do not feel nothing',
    "like it's not my body|own",
    'like it is|was not my body|own|skin',
    // "both thighs front and side, like they're not mine".
    "like they're not mine",
    "like it's not mine",
    'like they are|were not mine',
    // "like they've got clingfilm over them", "like that whole patch was switched off".
    'clingfilm',
    'switched|turned off',
    "can't|cannot|couldn't tell if|whether the water was|is hot|cold|warm",
    // "feeling heavy like say dem no be my own" (Pidgin), "like they're not my own".
    'no be my own',
    "like they're not my own|legs|feet",
    'like they are|were not my own|legs|feet',
    // "couldnae tell how hot the water was round ma backside" (Scots), "can't tell how cold it is".
    "can't|cannot|couldn't tell how hot|cold|warm",
    // "both feet feel like I'm wearing ski boots", "like standing on a mattress", "the floor feels far away".
    "like i'm wearing thick|ski|wool|woolly? socks|boots|gloves|wellies|slippers",
    'like i am wearing thick|ski|wool|woolly? socks|boots|gloves|wellies|slippers',
    'floor|ground feels|felt far away',
    'floor|ground feels|felt distant',
    // "are feeling like sleeping" (Indian English: gone to sleep).
    'like sleeping',
    'in cotton wool',
    'wrapped in cotton wool',
    'wrapped in bubble wrap',
    'wrapped in clingfilm',
    'wrapped in saran|cling|plastic wrap|film',
    // "like it wasn't there", "like the dentist injected them".
    "like it wasn't|isn't there",
    'dentist|injected|anaesthetised|anesthetised|anaesthetized|anesthetized|novocaine|anaesthesia|anesthesia',
    'can|could barely|hardly feel',
    'gone|went|go to sleep',
    // "my whole undercarriage has gone quiet", "I barely felt it", "like they belong to somebody else".
    'gone|went|go quiet',
    'barely|hardly felt|feel it',
    'belong|belongs|belonged to somebody|someone else',
    "like they're somebody|someone else 's",
    "like it's somebody|someone else 's",
    'bag of frozen peas',
    // "my two legs are sleeping".
    'are|is|were sleeping',
    // "less sensation in private part area".
    'less|decreased|reduced sensation|feeling',
    // "I couldn't really feel the water on the inside of my thighs".
    "can't|cannot|couldn't really|properly|even|quite|fully feel",
    'altered|reduced|strange|weird|odd|funny sensation|feeling',
    'coldness',
    'cold feeling',
    'dead',
    'asleep',
  ]),
  // "ihi": Tagalog, in Taglish posts.
  // "xixi": Portuguese, in Brazilian posts.
  // Scots "pish" too: "ma pish is dark brown like Bovril".
  cue('urine', ['urine', 'pee', 'piss', 'peeing', 'pissing', 'peed', 'wee', 'weeing', 'ihi', 'xixi', 'pish', 'pishing']),
  // The bladder and bowels in the forum's words, and what goes wrong with them: a new change in either, with back
  // pain, is a cauda equina warning sign however it is put ("can barely go", "just dribbles", "can't feel when I
  // need a poo", "struggling to control my bowels"). Read together by redflags.ts, beside the flag's own phrases.
  cue('toileting', [
    'pee|peeing|wee|weeing|urinate|urinating|urine|ihi|xixi',
    // An older person's "accidents", counted: "Dad's had two accidents today and didn't feel them coming".
    // Told by when, not where: "two accidents today", "three accidents since", not "two accidents in the car this winter".
    'had|has|having two|three|four|several accidents today|overnight|yesterday|since|lately|recently|last|this',
    'had|has|having # accidents today|overnight|yesterday|since|lately|recently|last|this',
    // In bed, where a drink or a child is seldom the accident: "had an accident in bed and slept through it".
    'had|has|having an accident in bed',
    'poo|pooing|poop|pooping|pooped|pood|bowel|bowels|bladder',
    'the loo|toilet|dunny|bog|lav|lavatory|john',
    // "it looked like rooibos tea in the bowl".
    'in the toilet? bowl',
    'toilet bowl',
    // "my waterworks have gone rogue".
    'waterworks',
    'a poo|wee|pee',
    'urinal',
    // "the stream takes ages to start".
    'the|my stream|flow',
    // "two accidents in the number two department", "need a number one".
    'number one|two department|business|duty',
    'a number one|two',
    // "I had an accident, and I mean number two".
    'mean|meaning number one|two',
    // "the 'need to go' warning for number twos".
    'number ones|twos',
    // Pidgin: "until my trouser don wet".
    'trouser|trousers|pant|pants don wet',
    // "my joggers were damp".
    'joggers|trackies|leggings|trousers|jeans were|are|was soaked|wet|damp',
    'stool|stools|faeces|feces',
    // Round 17's vocabulary: "passing water", "a bowel movement", "the bathroom".
    'pass|passing|passed water',
    'relieve|relieving myself',
    'micturition|micturate|micturating',
    'bowel|bowl movement|movements',
    'turd|turds|defecate|defecating|defecation|faecal|fecal',
    'the bathroom|restroom|washroom|lavatory|khazi',
    'potty',
    // "found my knickers soaked with no idea it happened", "didn't make it to the bathroom".
    'knickers|underwear|pants|boxers|undies|briefs|drawers soaked|wet|damp',
    'knickers|underwear|pants|boxers|undies|briefs|drawers were|are|was soaked|wet|damp',
    'pad|pads soaked|wet|full',
    'make it to the bathroom|toilet|loo',
    // "struggling to ease myself" (Nigerian English: to pass urine or stool).
    'ease myself|himself|herself',
    // "a little accident in my running tights" (not "an accident in my car").
    'accident|accidents in my|his|her running? tights|shorts|leggings|knickers|undies|boxers|underwear|pants|trousers|drawers|bed|sleep',
    'accident|accidents in me running? tights|shorts|leggings|knickers|undies|boxers|underwear|pants|trousers|drawers|bed|sleep',
    // "leaked in my shorts without even noticing".
    'leak|leaks|leaked|leaking',
  ]),
  cue('toilet_trouble', [
    "can't|cannot|couldn't feel",
    // "some ihi comes out and I can't stop it".
    "can't|cannot|couldn't stop it",
    // "I cannot hold it", "I need to push very hard po and it only comes out little by little".
    "can't|cannot|couldn't hold it",
    'could|can not hold it',
    // "the poo escaped a little", "the urine come out bit by bit only, after that still feel want to go".
    'escaped|escapes|escaping',
    'bit by bit',
    'still feel want to go',
    'push|pushing|strain|straining very|really|so? hard',
    'little by little',
    'still feel there is more',
    // "when I poo I can't actually feel it coming out".
    "can't|cannot|couldn't actually|really|properly feel",
    // "can barely go", not "I barely go to the toilet at work" (a habit).
    'can|could barely|hardly go',
    'barely|hardly pee|wee|poo|empty',
    "haven't|hasn't|hadn't been able to",
    'dribble|dribbles|dribbling',
    "can't|cannot|couldn't control",
    'struggling|struggle|struggled to control',
    'trouble controlling',
    'no control',
    // Said of the stream, not of a pain that "didn't start until the next day".
    "pee|urine|wee|stream|poo won't|doesn't|didn't come|start",
    "it won't|doesn't|didn't come|start",
    "won't|doesn't|didn't come out",
    "can't|cannot|couldn't empty|start",
    'not properly',
    // A bladder that will not empty or start: "barely a trickle", "can't seem to fully empty when I go",
    // "takes ages to start", "keep having to go back".
    'only|just a trickle|dribble',
    'barely a trickle|dribble',
    "can't|cannot|couldn't seem to fully? empty",
    "can't|cannot|couldn't fully empty",
    // "it takes forever and I never feel empty".
    "never|don't|doesn't|didn't feel|feels empty",
    'takes|took|taking ages|forever to start|come',
    // "I must go for pee but it comes not, only little bit drops".
    'it comes|came not',
    'only|just a? little bit? drops',
    'takes|took|taking ages|forever to get going',
    'keep|keeps|kept having to go back',
    // "haven't felt the need to pee all day".
    "haven't|hasn't felt|had the need|urge",
    'no need|urge',
    'nothing happens|happened|comes|came',
    // "He's been trying to wee for over an hour and nothing is coming".
    'nothing is|was coming',
    // "feeling I need to go and barely anything comes".
    'barely|hardly anything comes|came',
    // "having to strain to get my pee started".
    'strain|straining|push|pushing to get',
    // "my stream is weak and I have to strain to start".
    'strain|straining|push|pushing to start|begin',
    "don't|didn't get the signal",
    'no signal',
    // "I didn't feel the urge at all until it was happening", "I just never felt full".
    "didn't|don't|never feel|felt the urge",
    'did not feel the urge',
    "didn't|don't|never feel|felt full",
    // "he says he doesn't even feel full".
    "doesn't|didn't|don't even feel|felt full",
    'with zero|no warning',
    'without any|an urge',
    // "peeing feels weird, like the feeling is muted".
    'feels|felt weird|strange|different|odd|numb|muted',
    // "my waterworks have gone rogue".
    'gone|going|went rogue|haywire',
  ]),
  cue('toilet_unnoticed', [
    // "keep finding damp patches I didn't sign off on".
    'finding|find|found damp|wet patches|patch|spots',
    // "leaked without even noticing", "wetting meself without even knowin" (Irish), "didn't notice till after".
    'without even? noticing|realising|realizing|knowing|knowin',
    "didn't|never even? feel|felt it coming",
    'did not feel it coming',
    "didn't|don't even? feel|feelin|feeling it happening|happen",
    "ain't even? feel|feelin|feeling it happening|happen",
    // "zero warning before needing a wee", "I just find my boxers damp".
    'zero|no warning before|when needing',
    'zero|no warning before|when i need|needed',
    'just find|found|finding my boxers|undies|underwear|knickers|briefs|drawers',
    'just find|found|finding me boxers|undies|underwear|knickers|briefs|drawers',
    'no idea it happened|happening',
    'no idea it was happening',
    "hadn't|didn't noticed|notice",
    'did not notice',
    // "I didn't even know it was happening till I smelled it".
    "didn't|never even? know|realise|realize it was happening|coming",
    'did not know|realise|realize it was happening|coming',
    // Nigerian Pidgin: "I no even know when the urine come out".
    'i no even? know|sabi when|say',
    // "urine don dey catch me unawares, I no dey feel am"; "I only find out after".
    'catch|catches|caught|catching me unawares|unaware',
    'i no dey feel am|it',
    'only|just find|found out after|afterwards',
    // "I didn't feel a thing, I only knew it happened cause I looked", "nae warning" (Scots).
    "didn't feel a thing",
    'did not feel a thing',
    'only knew|know it happened|happens',
    // Found out only after: "pooped and didn't feel it at all until I smelled it".
    'until|till i smelled|smelt it',
    // "like I didn't even know I needed to go till it was already happening".
    "didn't even? know i needed|had to go|pee|wee|poo",
    // "I didnae even know I'd wet masel till I stood up" (Scots, read as English).
    "didn't even know|realise|realize i'd wet|peed|pissed|leaked|soiled",
    "didn't even know|realise|realize i wet|peed|pissed|leaked|soiled",
    'nae warning',
    'zero warning',
    // Slept through it: "never woke up for it" (not "never wake up with it", a morning's pain).
    "didn't|never wake|woke up? for it",
    'did not wake up? for it',
  ]),
  cue('wet_bed', [
    // "Woke up and the bed was wet" (not "woke up wet", as often a leaking tent or a hot night).
    'woke|wake|waking up and the|my bed|sheets was|were|is|are wet',
    'woke|wake|waking up to find the|my bed|sheets wet',
    // "woke up with the bed soaked".
    'woke|wake|waking up with|to the|my|a bed|sheets soaked|wet|damp',
    // "I woke up this morning and the bed was wet" (the bed, not sheets, which a fever's sweat soaks).
    'woke|wake|waking up this|that morning and the|my bed was|is wet',
    'woke|wake|waking up in the morning and the|my bed was|is wet',
  ]),
  cue('not_knowing_how', [
    // Beside a bed found wet: "he had no idea it had happened", "didn't know how".
    'no idea|clue it had|has happened',
    'no idea|clue how',
    // "she genuinely had no idea, she was more surprised than me" (the wet one's not knowing, not the writer's).
    'she|he|they genuinely|honestly|really|truly? had|has no idea|clue',
    "didn't know how",
    'did not know how',
  ]),
  cue('bed_found_wet', [
    // A wet bed told without the waking, which counts only beside not knowing how ("This morning the sheets were wet and
    // he had no idea it had happened"): alone, a sweat, a spill or a leaking roof tells it as well.
    'the|my|his|her? bed|sheets|mattress was|were|is|are wet|soaked|damp',
    'found|find|finding the|my|his|her bed|sheets|mattress wet|soaked|damp',
    // "I've gone in to find her sheets soaked in the morning".
    'to find the|my|his|her bed|sheets|mattress wet|soaked|damp',
  ]),
  cue('small_fall', [
    'the last|bottom|final one|two|three stairs|steps|stair|step',
    'the last|bottom|final # stairs|steps|stair|step',
    'the last|bottom|final couple|few of? stairs|steps',
    'more embarrassed|embarrassing than anything|hurt',
    'only my pride|ego',
  ]),
  cue('constipation', [
    'constipated|constipation',
    'bunged|blocked up',
    'bunged|blocked me|him|her up',
    'codeine|cocodamol|tramadol|morphine|oxycodone|opioid|opioids|opiates',
    'co codamol',
    'hard as a? rock|rocks|stone|stones',
  ]),
  cue('urine_colouring_food', [
    'beetroot|beetroots|beet|beets|blackberries|rhubarb|dragonfruit|pitaya',
    'dragon fruit',
    'food colouring|coloring|dye',
    // A night's drinking, which the writer blames: "cola-coloured pee after a night on the ales".
    'night on the ales|beers|booze|lash|sauce|town',
    'hangover|hungover',
    // "I'd had about 10 pints and nothing but a kebab".
    'had about|like|around? # pints|beers|bevvies|drinks',
  ]),
  cue('dark', [
    'dark',
    'brown',
    'cola',
    'coke',
    'pepsi',
    'tea',
    'coffee',
    'guinness',
    'stout',
    // "the colour of Bovril".
    'bovril|marmite|vegemite',
    // "like a glass of Milo", "dark dark like Malta" (a Caribbean malt drink).
    'milo|ovaltine|horlicks|malta',
    // "my urine have color like cognac".
    'cognac|brandy|whisky|whiskey|bourbon|rum',
    'black',
    'bloody',
    'rust',
    'rusty',
    'mahogany',
    'brownish|reddish|blackish',
    // Drinks that name a colour: "it's Dr Pepper coloured", "the colour of Coopers Dark Ale".
    'ale|beer|lager|porter|bitter',
    // "Dr" is read as "doctor" (text/normalize.ts).
    'doctor pepper',
    'root beer',
    'soy sauce',
    'whiskey|whisky|bourbon|rum|port|wine',
  ]),
  cue('training_day', [
    'leg|legs|back|pull|push|squat|deadlift day',
    'workout|session|training|squats|deadlifts|deads',
    'after the gym',
  ]),
  cue('skin', [
    'sunburn|sunburnt|sunburned|sunburns',
    'sun burn|burnt|burned',
    'tattoo|tattoos|tattooed',
    'acne|pimple|pimples|zit|zits|bacne',
    'chafing|chafed|chafe|chafes',
    'blister|blisters',
    'itchy|itching|itches',
    'bug|mosquito|insect bite|bites',
  ]),
  cue('ground_slip', [
    // A person slips; a car skids or slides (red-flags.ts reads those as crashes).
    'slipped|slipping on the|some|a? ice|snow|mud|leaves|grass|puddle',
    'slipped|slipping on black|wet ice|leaves|grass|floor|tiles',
    'slipped|slipping on the|a wet floor|tiles|grass',
  ]),
  cue('bottom_landing', [
    'landed|fell|sat on|onto my|her|his bum|backside|butt|arse|ass|tailbone|behind|rear',
    // "landed square on my backside", "fell smack onto my bum".
    'landed|fell|sat right|straight|flat|smack|square|squarely on|onto my|her|his bum|backside|butt|arse|ass|tailbone|behind|rear',
    'sat down hard',
  ]),
  cue('slow_speed', [
    'walking|jogging|crawling pace|speed',
    'at a crawl|standstill',
    'barely|hardly moving',
    'from a standstill|stop',
  ]),
  cue('positional', [
    'cross legged',
    'crossed|crossing my? legs',
    // Sitting in yoga and meditation: "both my legs went to sleep in lotus".
    'lotus|seiza',
    'sitting|sat|kneeling|knelt|lying|lay on it|them',
    'sitting|sat|kneeling|knelt|lying|lay on my leg|legs|foot|feet',
    'fell|falls|falling|gone|went asleep',
    'on the toilet|loo too? long',
    'sitting|sat on the toilet|loo',
    // Feet numb in shoes: "both feet go numb in my new running shoes".
    'in my|these|the _? _? shoes|trainers|boots|cleats',
    // What was done to the legs: a massage, compression, cold, laces pulled tight.
    'massage|massages|massaged',
    'foam rolling|rolled',
    'compression boots|sleeves|socks|tights|pants',
    'ice bath|baths',
    'cold plunge|water|shower',
    'laces|shoes|socks too? tight',
    // Feet numb on runs from the shoe's fit: "narrow shoes", "a wider toe box".
    'narrow|tight|small shoes|trainers|runners',
    'toe box|boxes',
    'loosened|loosen|loosening the|my? laces',
  ]),
  // The airways: a chest that tightens with asthma (settled by an inhaler) or a chest cold's coughing is no heart's.
  cue('airways', [
    'asthma|asthmatic|inhaler|inhalers|ventolin|salbutamol|albuterol|puffer',
    'chest cold|infection',
    'coughing|hacking|wheezy',
    // Air that tightens the airways: "tightness across my chest after the 5k in the cold air".
    'cold|freezing|icy air',
    // Lungs that burned with the effort: "lungs burned and my chest felt tight on the hill sprints".
    'lungs burned|burning|burnt|burn|burns|stung|stinging',
    // Cold water's gasp: "jumped in the lake at 8 degrees, chest went tight and I was gasping, cold shock I know".
    'cold water? shock',
  ]),
  // A feeling gone strange, read only beside the saddle ("the water on my inner thighs feels weird"): beside
  // a leg or a back it is too often just a tired or tight one.
  cue('odd_feeling', ['feels|felt|feel|feeling weird|strange|odd|funny|off|different']),
  cue('cardiac_sign', [
    'left arm went|goes|going|gone|felt|feels|feeling|gets|got heavy|strange|weird|funny',
    'left arm was|is heavy|strange|weird|funny',
    // "my left arm's heavy".
    "left arm 's heavy|strange|weird|funny|dead",
    'heavy|heaviness in my? left arm',
    'left arm heavy|heaviness',
    'jaw ache|aches|ached|aching|pain|hurts|hurt|hurting',
    'ache|aching|pain in|into my|the jaw',
    'up to|into my|the jaw',
    'far|way|much|lot more puffed|breathless|winded than',
    'far|way|much|lot more out of breath|puff than',
    // Breathless after next to nothing: "out of puff after 2 lengths", "after one flight of stairs".
    'out of puff|breath after|on # lengths|length|flights|flight|steps',
    'out of puff|breath after|on one|a flight|length',
    // "Left arm felt like a bag of sand"; "couldn't get more than two words out to the lads" (on a climb).
    'left arm went|felt|feels like a',
    'left arm was|is like a',
    "couldn't|can't|cannot get more than two|three words out",
    "couldn't|can't|cannot get more than # words out",
    "couldn't|can't|cannot get two|three words out",
    "couldn't|can't|cannot get # words out",
    "couldn't|can't|cannot say|finish a|the full|whole sentence",
    // Back pain that goes round or through to the front ("between her shoulder blades and going through to the front",
    // "wrapping round to the front"), and a band across it ("a tight band across the front").
    'wrapping|wraps|wrapped|going|goes|went|spreading|spreads|spread|coming|comes|came round|around|through to the front',
    'band|tightness|pressure|heaviness across|round|around the front',
  ]),
  // What a crash broke, read as a major trauma only beside a crash or a blow in its sentence or the one before
  // (redflags.ts): "came off at 45 … Helmet's cracked", not a helmet the cat knocked off the wardrobe or a car the hail
  // wrote off.
  cue('crash_damage', [
    'cracked|split|smashed my|the|his|her helmet',
    "helmet 's cracked|split|broken|smashed",
    'helmet is|was cracked|split|broken|smashed',
    'helmet got cracked|split|broken|smashed',
    'cracked|split|broken|smashed helmet',
    'my|the|his|her helmet cracked|split|smashed|shattered|snapped',
    "car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter 's a write off",
    "car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter 's a writeoff",
    'car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter is|was a write off',
    'car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter is|was a writeoff',
    'car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter is|was written off',
    'car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter is|was totalled|totaled',
    'car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter got written off',
    'car|van|motorbike|motorcycle|ute|truck|bike|bicycle|scooter got totalled|totaled',
    'airbag|airbags went off',
    // Kit the rider thanks for being alive or whole: "went down at about 50, slid a long way. Leathers saved me".
    'leathers|helmet|armour|armor|airbag|lid saved me|my',
    'airbag|airbags deployed|blew',
  ]),
  // A vehicle into the writer, told as where it hit: the crash that crash_damage needs beside it ("some eejit went into
  // the back of me at about 60k, car's a write-off"). Not an anchor for the model: a prop in a ruck does it too.
  cue('collision', ['went|ploughed|smashed|drove|slammed|crashed into the back of me|us|my|our']),
  // A crash that is no blow, for the emergency model (emergency-model.ts): a program or a gadget's ("had my app crash
  // twice on the run", "the watch crashed at 7k"), an energy's, a diet's or a course's, and a sleep on a sofa ("crashed
  // on the couch after the long run"). Not an idiom: a crash told beside it is still read ("my Garmin crashed when I
  // came off on the descent").
  // Read only where it opens its sentence or a bracket (redflags.ts): "Crashed hard in the crit", "(crashed yesterday)".
  // Not "crashed hard" alone: an energy's crash as often ("crashed hard in week 3 of my cut").
  cue('crash_no_subject', [
    'crashed hard|badly|heavily? at|in|on the crit|race|sportive|descent|roundabout|corner|bunch|peloton|track|criterium|ice|gravel|road|trail|downhill',
    'crashed today|yesterday|tonight',
    'crashed this morning|afternoon|evening',
    'crashed last night',
    'crashed at # kph|mph|km|kmh',
    'crashed on my|the bike|motorbike|descent|way|ride|commute',
  ]),
  cue('no_blow', [
    'app|apps|phone|computer|laptop|pc|watch|garmin|strava|website|site|server|browser|program|software|game|tablet|ipad|fitbit|tracker|spotify|system crash|crashes|crashed|crashing',
    'sugar|energy|caffeine|glycogen crash|crashes|crashed|crashing',
    'crash diet|diets|dieting|course|courses',
    'crashed|crashing|crash on the|my couch|sofa|settee|bed',
    // An energy's crash told by how it felt (review 43c): "crashed on the descent energy-wise", "just blew up", "bonked".
    'energy wise',
    'energywise',
    'blew|blown up',
    'bonk|bonked|bonking',
  ]),
  cue('impact', [
    'crashed|crash|crashing|collision|collided',
    'fell|fall|falling|fallen|tumbled|tumbling|slid|slipped off|from|down|over|onto|on|into|through',
    'went over',
    // A rider's crash: "lost the back end on a roundabout", "went down at about 50, slid a long way".
    'lost the back|front end',
    'went down at',
    'slid a long way',
    'slid down|along|across the road|tarmac',
    'came off',
    'landed|landing|slammed|smashed|thrown on|onto|into|across',
    'hit|hitting the ground|deck|floor|tarmac|road|ice|rocks|rock|concrete|pavement|curb|kerb',
    'thud',
    'dropped|dropping|dumped a|the|my _? _? on|onto my|the',
    'clipped|hit|struck the back of my',
    'clipped|hit|struck my neck|spine|back|head',
    // A vehicle out of control, for the emergency model to weigh with what follows ("car skidded on black ice and hit a
    // tree at 50", not "skidded on the wet road but I kept it straight").
    'car|truck|van|lorry|jeep|suv|motorbike|motorcycle skidded|aquaplaned|flipped',
    'car|truck|van|lorry|jeep|suv spun off|out',
  ]),
  // What numbs a part harmlessly, told in the numbness's sentence: a long sit, a bike's saddle, the cold ("bum was
  // numb after an 8 hour drive", "taint numb after a sportive on the drops", "feet numb at -15 on a winter run").
  // Plain "sitting" and plain "cold" are left out: "sitting on the toilet the seat felt numb" and "legs numb and
  // cold" are warning signs.
  cue('numb_cause', [
    // Numbness that lasted minutes and passed: "numb and dead for about 15 minutes after".
    'for about|around|like|maybe # _? minutes|min|seconds|secs',
    'for # minutes|min|seconds|secs',
    'for a few|couple minutes|seconds|secs',
    // "both legs tingled for maybe a few seconds".
    'for maybe|about|around|like|just a few|couple minutes|seconds|secs',
    // "Both legs went tingly for about a minute after a heavy set".
    'for maybe|about|around|like|just a minute|min',
    // A massage gun's buzz: "used my new massage gun on my lower back and glutes … tingly".
    'massage gun|guns',
    'theragun|hypervolt',
    'percussion gun|guns|massager',
    // Shoes that pinch, and the feeling back once they are off: "both feet go tingly … as soon as I take them off".
    'shoes|trainers|boots too small|tight',
    // "My Adipowers are laced too tight I think, both feet go numb … Loosen them and feeling's back in a minute".
    'laced|tied too|so|really tight',
    'loosen|loosened|loosening my|the laces|shoes|trainers|boots',
    'half a? size|sizes smaller',
    'take|took|taking my|the shoes|trainers|boots off',
    'take|took|taking them off',
    'drive|drives|driving|drove|driven|flight|flights|commute|commuting|bleachers',
    // Cold water and a pre-workout's beta-alanine tingle.
    'ice|cold bath|baths|plunge|plunges|tub',
    'pre workout|workouts',
    'preworkout',
    // Cold water: "legs went numb with the cold on the winter swim".
    'with|from the cold',
    'swim|swims|swimming|sea|lake',
    'beta alanine',
    // A lifting belt cinched too tight, and the feeling back once it was undone: "cranked it a notch tighter… both
    // thighs went tingly. Undid the belt and it was gone".
    'undid|undoing|loosened|loosening|unbuckled|unbuckling|unclipped the|my belt',
    'took|taking the|my belt off',
    'took|taking off the|my belt',
    'belt too|so tight',
    // A birth's stitches numb the skin around them: "some numbness down below from the stitches" (not a back's nerves).
    'stitches|episiotomy',
    'road trip',
    'car|bus|train|plane ride|journey',
    'sitting|sat for # _? hours|hour',
    'desk|desks|office',
    'sitting|sat for hours',
    'hours of sitting',
    'sitting|sat too long',
    'bike|bikes|biking|cycling|cyclist|ride|rides|riding|sportive|peloton|zwift|turbo|saddle',
    'spin|spinning class',
    'gran fondo',
    // The rides and bikes of cycling forums: "saddle area numb after a 6 hour audax", "numb on the MTB on long climbs".
    'audax|audaxes|brevet|brevets|mtb|sportives|criterium|velodrome',
    'time trial|trials',
    'mountain bike|biking',
    'gravel bike|ride|rides|riding',
    'on the drops|hoods|aerobars',
    // "scrolled on the loo for 25 min".
    'on the loo|toilet|bog|throne for',
    'on the loo|toilet|bog|throne too long',
    'in the cold',
    'freezing|frozen|frostbite|frostnip|winter|snow|snowy|icy',
    'below|sub zero',
    'cold weather|morning|run|runs|day|days|wind',
    // Numbness that comes on with every long run: "my bum goes numb on long runs".
    'on|during long runs',
  ]),
  // What numbs the feet and legs only (flag-context.ts `numbCausesIn`): a long run explains numb feet, not a numb
  // groin ("her back's been sore since a long run and she can't feel herself when she wipes").
  cue('feet_numb_cause', [
    // Feet that go numb on runs: laces and shoes, as runners know ("on long runs my feet go numb"). Numbness that comes
    // on every long run is the run's wherever it is (numb_cause); one that began with a run is not a groin's.
    'long run|runs',
    // "loosened my laces which I'd yanked way too tight".
    'laces|lace|shoelaces',
    // Laced too tight, or shoes too small: "I'd laced my new trainers way too tight", "shoes are half a size too small".
    'laced|lacing _? _? _? _? too|way|really|super tight',
    'shoes|trainers|boots|sneakers are|were _? _? _? too small|tight|narrow',
  ]),
  // What keeps harmless numbness from being harmless: it outlasted its cause ("the numb feeling stays after I'm off
  // the bike, all evening").
  cue('numb_persists', [
    // Scots "only it's no wearing off"; a cause denied: "like after a century ride, except I haven't ridden in months".
    'no wearing|worn off',
    'not wearing|worn off',
    "haven't|hadn't ridden|cycled|biked",
    "haven't|hadn't been on a|the|my bike",
    // Not only where it started: "now also on the sofa it is the same, not only on the bike".
    'not only|just on|after the bike|saddle|ride|seat',
    'also|even on|in the|my sofa|couch|bed|chair',
    'stays|stayed|lasts|lasted|lingers|lingered|persists|persisted',
    'ever since',
    'since then',
    '# days|weeks now|later',
    'all evening|night|afternoon',
    'hours later|after',
    'still numb|tingly|there',
    'off the|my bike for # days|weeks',
    // "since the flight home yesterday both legs have gone pins and needles, still like that this morning".
    'still like that|this',
    "hasn't|haven't|won't|doesn't|didn't go away",
    "hasn't|haven't gone away",
    "hasn't|haven't|won't|doesn't|didn't wear off",
    "hasn't|haven't worn off",
    "hasn't|haven't|won't|doesn't|didn't come back",
    // "it's still not come back a day later".
    'still not come|came back',
    'not gone away',
    // Spelled out: "the numbness does not wear off once I stand up".
    'does|did|will|would not wear off',
    'does|did|will|would not go away',
    'has|have not worn off',
    // "it's not going away off the bike either".
    "not|isn't going away",
    'even after|when i',
    // "it's been like this 2 days, even lying down".
    'been like this for? # days|weeks|hours',
    'even lying|sitting|standing',
    // "like they'd gone to sleep, except they didn't wake up after I walked around".
    "didn't|don't|won't|wouldn't wake up",
    // Days on: "it's Wednesday now and still nothing".
    'still nothing',
    'now and still',
    'days later|on',
  ]),
  // A run or a ride told as gone on, in a log's sentence before its breathlessness ("Went for a jog. Bit breathless."):
  // no effort at the time of what follows it ("went for a run and since then I get breathless on the stairs").
  cue('outing', ['went|go|gone|going running|jogging|cycling|riding', 'went|go|gone|going for a run|jog|ride']),
  // Hard effort that explains breathlessness or tired legs ("short of breath after the sprints").
  cue('exertion', [
    'sprint|sprints|sprinting|intervals|burpees|wod|metcon|metcons|conditioning|cardio|hiit|tabata|crossfit',
    'hill|hills repeats|sprints|reps|intervals',
    // Track work: "after the 400s", "during 200 m repeats", strides, tempo.
    'repeats|strides|fartlek|tempo',
    // "out of breath after each one" (of the repeats): the effort, rep by rep.
    'after|during each|every one|rep|set|interval|effort|lap|repeat|sprint',
    // A rep: "legs buckled on the last squat rep".
    'on|during the|my last|final|first _? rep|reps|set|single|attempt',
    'after|during|from the|my|those|these|a|that? # s|m|meter|meters|metre|metres',
    'after|during|from the|my|a|that|those|this run|runs|race|set|sets|session|workout|match|game|class|hike|climb|marathon|miler|ultra|half|hills|stairs|practice|drills',
    'after|during|from xc|track|football|rugby|soccer practice|training',
    'after|during|from cross country practice|training',
    // "totally gassed at the top of each one" (of the hill repeats).
    'at the top|end of each|every one|rep|hill|repeat|interval|sprint',
    'after|during|from the|my|a|that|those|this # k|km|miler',
    'after|during|from running|racing|training|lifting|squatting|deadlifting|cycling|rowing|climbing|sparring|rolling',
    'after|during|from the|my|a|that|this|those spin|hiit|boxing|bootcamp|crossfit|cycling|rowing|leg class|classes|session|sessions',
    // "legs tingly after 5 miles", "numb toes during mile 10".
    'after|during|by|around # miles|mi|mile',
    'after|during|by|around mile #',
    'mile|miles|miler|km|k|marathon|ultra',
    'leg day',
    // A lift's effort: "out of breath after heavy squats", "winded after the last rep".
    // Not "on squats": that says when the back went, not what took the breath.
    'after|during|from heavy|big|hard? squats|squat|deadlifts|deadlift|pulls|lifts|reps|presses|lunges|thrusters|carries',
    'after|during|from the|my|a|that last|final|top? rep|reps|single|double|triple|set',
    // "Numb legs after 20-rep squat set", "after a high rep leg day".
    'after|during|from a|my|the? # rep|reps squat|squats|deadlift|deadlifts|set|sets|leg',
    'after|during|from a|my|the? high rep|reps|volume squat|squats|set|sets|work|leg',
  ]),
  cue('joking', ['lol|lmao|haha|hahaha|hah|jk|rofl|lmfao']),
  // The lifts that train the chest; "sore" and "press" alone are not among them ("feels like someone pressing on it").
  cue('chest_training', [
    'chest day|workout|pump|session',
    // "chest felt tight and full for an hour after, proper pump".
    'proper|massive|huge|insane|sick|good|great|decent pump',
    'bench|benching|benched',
    'bench|chest|incline|decline|floor|dumbbell|db press',
    'fly|flys|flyes|flies',
    'dips',
    'push up|ups',
    'pushups|pushup',
    'dip ladder|bar|bars|station',
    'pec deck',
    // "when I do the doorway pec stretch my chest feels tight".
    'pec|pecs|chest|doorway stretch|stretches|stretching',
  ]),
  cue('bracing', ['brace|bracing|braced', 'belt|belts', 'valsalva']),
];

/** Cues that only features and the other red flags read (the panel only). */
export const FEATURE_CUE_TERMS: readonly TermGroup[] = [
  cue('constant', [
    'constant|constantly',
    // "the ache between my shoulder blades is just always there", "nothing I do with my arms changes it", "doesn't
    // matter what I do", "whether I'm at my desk or on the sofa" (constant, so a lift told beside it still explains it).
    'always there',
    // "a dull ache … that's been there the whole time, doesn't come and go".
    'been there the whole time',
    "doesn't|didn't come and go",
    'does|did not come and go',
    'nothing i do|did _? _? _? changes|changed it',
    "doesn't|didn't matter what i do|did",
    "whether i'm at my desk|work or",
    'whether i am at my desk|work or',
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
    // "it's there morning noon and night", "an ache that never switches off" (not a brain that never does).
    'there morning noon and night',
    'it|that|which never switches|switched off',
    // The same whatever the training: "same on a rest day as a training day", "doesn't matter whether I lift or not".
    "doesn't matter if|whether i've trained|lifted|run|worked or not",
    "doesn't matter if|whether i trained|lifted|ran|train|lift|run or not",
    'does not matter if|whether i trained|lifted|ran|train|lift|run or not',
    'same on rest days',
    'same on my rest days',
    'just as bad on rest days',
  ]),
  // Pain that rest and position do not change: the NHS's "pain that doesn't improve with rest" (a 111 item), the strong
  // form of the night flag (redflags.ts), where pain that wakes a lifter after heavy deadlifts is the weak one.
  cue('unrelieved', [
    "doesn't|won't|never ease|eases|improve|improves with rest",
    'does not ease|improve with rest',
    "doesn't|won't get better with rest",
    "rest|resting|lying|laying still|down? doesn't|won't|never help|helps|ease|eases|change|changes",
    'rest|resting|lying|laying still|down? does not help|ease|change',
    'no position helps',
    // The same whatever the body does: "same pain lying, sitting, standing".
    'same pain lying|laying|sitting|standing|resting',
    'no position is comfortable',
    'no matter how i lie|sit|lay',
    // "doesn't matter what way I lie", "lying flat makes it worse not better", "none of it makes a dent at night".
    "doesn't matter what way i lie|sleep|lay",

    "doesn't matter which way i lie|sleep|lay",
    'does not matter what way i lie|sleep|lay',
    'does not matter which way i lie|sleep|lay',
    'lying|laying flat|down|still makes it worse',
    'worse when|while resting',
    'none of it makes|made a dent',
    'nothing makes|made a dent',
    'even at rest',
    'even when|while resting|lying|sitting still?',
    "even when|while i'm resting|lying|sitting",
    'even when|while i rest|lie|sit still',
    "can't|cannot get comfortable in any position",
    'no position feels comfortable',
    'worse when lying down|still',
    // "his back pain is worst when he's lying still in bed" (not sitting still: a desk's back eases when it gets up).
    "worst|worse when he's|she's lying still",
    "lying|laying down|still doesn't|won't ease|help|relieve it?",
    'lying|laying down|still never eases|helps|relieves it?',
    'no relief from rest|lying|sleep',
    'pain at rest',
    'rest pain',
    'hurts|aches at rest',
    'hurts|pain|aches|ache|worse even at rest',
    // Non-mechanical: the pain is the same whatever the body does (clinical-facts.md §1.2, "pain not changed by movement or position").
    'nothing makes it any? better or worse',
    // "a constant ache that nothing changes", "a heat pad doesn't touch it", "nothing helps".
    'nothing changes|touches it',
    "isn't touching it",
    'is not touching it',
    "same whether i'm on|in|lying|sitting|standing|walking",
    "exactly the same whether i'm",
    "doesn't|won't|didn't touch it",
    'nothing helps|works|eases',
    'no position or|nor amount of rest eases|helps',
    'even when|while i am resting|lying|sitting',
    'even that does|did nothing',
    'no position that|which helps|works',
    'no position make|makes it better',
    'no position takes|took the edge off',
    "doesn't|don't care if|whether i'm lying|sitting|standing",
    'nothing at all? takes the edge off',
    'lying still is the worst',
    "hurts|aches most when|while i'm resting|lying|sitting",
    "hurts|aches worst when|while i'm resting|lying|sitting",
    'hurts|aches most at rest',
    'hurts|aches worst at rest',
    'nothing makes it any? worse or better',
    'nothing makes the pain any? better or worse',
    "moving|movement|stretching around|about? doesn't|won't change|affect it",
    'moving|movement|stretching around|about? does not change|affect it',
    "moving|movement|stretching around|about? doesn't|won't change|affect the pain",
    'moving|movement|stretching around|about? does not change|affect the pain',
    "doesn't change with movement|position|moving",
    'does not change with movement|position|moving',
    'no matter how i move|sit|stand',
    'no matter what position',
    // "worst when I'm lying still", "doesn't ease whether I lie on my side or my back", "whatever way he lies".
    "worse|worst when|while i'm lying|laying still|down",
    'worse|worst when|while i am lying|laying still|down',
    // Hedged: "if anything worse while I'm lying still in bed".
    "worse|worst if anything when|while i'm lying|laying still|down",
    'worse|worst if anything when|while i am lying|laying still|down',
    // "worst when I'm completely still in bed".
    "worse|worst when|while i'm completely|totally|perfectly|dead still",
    "can't|cannot shift it whatever|whichever",
    "can't|cannot shift the pain|ache whatever|whichever",
    "can't|cannot shift it no matter",
    "doesn't|won't|never ease|help|change whether|however i|he|she lie|lies|lay|sit|move",
    "doesn't|won't|never ease|help|change whatever|whichever way i|he|she lie|lies|lay|sit|move",
    'whatever|whichever way i|he|she lie|lies|lay|sit|sits',
  ]),
  cue('not_mechanical', [
    // "Doesn't change at all whether I move, lift, sit or lie down", "nothing I did in the gym changed it".
    "doesn't change at all? whether|when|if i",
    'nothing i did|do in|at the gym changed|changes|helped|helps',
    // "didn't start with any lift".
    "didn't start with|from|during any|a lift|lifting|training",
    "didn't come on with|from|during any|a lift|lifting|training",
    'did not start with|from|during any|a lift|lifting|training',
    'did not come on with|from|during any|a lift|lifting|training',
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
    // Ballet's back bends: "hurting when I do arabesque and cambré back".
    'ballet|arabesque|arabesques|cambre|cambres',
    'cobra',
    'superman|supermans',
  ]),
  // Persisting or worse, in words said of other things too ("my sleep became worse"): read with the back in their
  // sentence only (redflags.ts): "my lower back hasn't been pain free since", "it became worse and my back burns".
  cue('persisting_of_back', [
    'not|never been pain free',
    "haven't|hasn't been pain free",
    'continued|continue|continues|continuing to have problems|pain|issues|trouble',
    'became|become worse',
  ]),
  cue('persisting', [
    // Waiting for it to pass, and it has not (review of round 41's real posts): "I keep thinking it will go away, but
    // it's been going on for about a month now".
    'keep|kept thinking|hoping|expecting it will|would go|get away|better',
    "keep|kept thinking|hoping|expecting it'll|itll go|get away|better",
    'keep|kept waiting for it to go|get away|better',
    'been going on for|since',
    'no better',
    'not better',
    'not getting any? better',
    "isn't|hasn't|wasn't getting|gotten any? better",
    // "it's been a month and my back still isn't any better".
    "isn't|wasn't any better",
    // British: "it still hasn't got better", "haven't got any better since".
    "hasn't|haven't got any? better",
    "hasn't|haven't improved|healed",
    "hasn't|haven't gone away",
    "hasn't|haven't budged|shifted|eased",
    "hasn't|haven't let up",
    'not budged|shifted|eased',
    "hasn't|haven't gotten better",
    'not improving|improved|healing|healed',
    'no improvement',
    'zero change|improvement',
    "won't|doesn't heal|improve|settle",
    "won't|doesn't go away",
    "won't|doesn't get better",
    'never went away',
    'keeps coming back',
    'persist|persists|persisting|persistent',
    'nothing helps|worked|works',
    'nothing has helped',
    'nothing is helping|working',
    'nothing seems to help|work',
    'nothing i do helps|works',
    "hasn't|haven't changed anything",
    "hasn't|haven't changed a thing",
    'not changed anything',
    // "the Pilates isn't helping… it isn't easing at all".
    "isn't|wasn't|hasn't|not easing|eased|settling|settled at all",
    // "it just isn't going away", "it's not going away".
    "isn't|not going away",
  ]),
  // No better in words that need the back as their subject ("It's honestly the same as week two", "honestly no
  // different, still sore every morning"): not a programme's numbers "no different", a pace "the same as week one"
  // (redflags.ts reads them only beside "it's" or a back word in their sentence).
  // Pain nothing eases, read only with a night pain already found (redflags.ts): "wakes me most nights and nothing I do
  // makes it ease", not "nothing I do makes my hips looser".
  cue('nothing_eases', [
    'nothing i do makes|made it ease|easier|better',
    // "it doesn't matter how I lie, side, back, pillow between knees" (not a lie told, nor a morning's stiffness: a
    // night pain must be read first).
    "doesn't|didn't matter how i lie|lay",
    'does|did not matter how i lie|lay',
    // What is taken for it does nothing: "painkillers barely touch it at night", "ibuprofen doesn't touch it".
    'painkillers|ibuprofen|paracetamol|tablets|meds|pills barely|hardly|never touch|touches|touched it',
    // Driven out of bed by it: "wakes me every night around 2, I end up sleeping in the chair".
    'end|ended up sleeping|sitting in the|a chair|recliner|armchair',
    // "end up pacing the kitchen til it's light", "ibuprofen, heat pad, stretches, none of it does anything".
    'end|ended up pacing|walking',
    'none of it does|did|makes|made anything',
    'none of it does|did|makes|made a|any difference',
    // "I end up dozing sitting up in the chair"; "moving around doesn't ease it, neither does paracetamol or heat".
    'dozing|sleeping|sitting up in the|a chair|recliner|armchair',
    // "I've been sleeping sat up in a dining chair for two weeks".
    'sleeping|dozing sat up in the|a dining|kitchen? chair|recliner|armchair',
    // "sleeping upright in the armchair", "dozing on the sofa sitting up", "moving makes no difference".
    'sleeping|dozing|sleep upright in|on the|a chair|recliner|armchair|sofa',
    'dozing|sleeping on the sofa|couch sitting up',
    'moving|movement makes|made no difference',
    'nothing shifts|touches it|this',
    'nothing takes|took the edge off',
    'nothing shifts|touches the pain',
    "moving|movement|walking around? doesn't|won't|never ease|eases|help|helps",
    'neither does|do paracetamol|ibuprofen|painkillers|heat|ice|tablets|meds|pills',
    'have|had to sleep in the|a chair|recliner|armchair',
    "painkillers|ibuprofen|paracetamol|tablets|meds|pills don't|doesn't|didn't touch it",
    // "co-codamol does nothing", "the naproxen did nothing".
    'painkillers|ibuprofen|paracetamol|codamol|codeine|naproxen|tramadol|tablets|meds|pills do|does|did nothing',
  ]),
  cue('persisting_weak', [
    'same as week one|two|three',
    'same as week #',
    'same as it was in week one|two|three',
    // "it's the same as it was in the first week", "6 weeks now and its exactly the same", "still the same 5/10". Not a
    // plain "exactly the same" ("identical thing happened. Exactly the same", "it's been exactly the same for years"
    // of an old leak): told after how long it has been, or still.
    'same as it was in the first week|month|day|days',
    'still the same',
    "now and it's exactly|still|just|basically? the same",
    'now and its exactly|still|just|basically? the same',
    'no different',
    'not any better',
    // "Back is exactly the same as day one", "same as when it started".
    'same as day one|1',
    'same as when it|i started|began',
    // Never better since it began (round 41's real posts): "his pain never got better", "it never really went away",
    // "never fully healed", "nothing has really helped", "the pain came back immediately" after weeks of rest. Said of
    // knees, blisters, squats and apps too ("my squat never improved", "the blister's still there"), so read here.
    'never got|gets|get better',
    'never really got|gets better',
    "hasn't ever got|gotten better",
    'has never got|gotten better',
    'never improved|healed|settled|eased|cleared|resolved|recovered',
    'never fully|really|completely|properly healed|recovered|resolved|cleared|settled',
    'never fully|really|completely|properly? went|goes|gone away',
    'never eases|eased off',
    'nothing has _? solved|fixed|cured it|this|the',
    'nothing has really|ever helped|worked',
    // A remedy tried and failed (round 43's real posts): "resting it hasn't helped", "a fortnight off didn't make any
    // difference". Said of squats and programmes too, so read here. Not "no progress", as often a lift's
    // or a form's (review 43b).
    "hasn't|haven't really? helped|worked",
    "didn't|doesn't really? make|made a|any difference",
    "didn't|doesn't really? make|made much difference",
    'did|does not really? make|made a|any difference',
    "nothing i've tried has _? worked|helped|solved|fixed",
    // Still failing to help (round 45's real posts): "the chiropractor doesn't seem to be helping", "ibuprofen did not do
    // much", "it isn't helping".
    "doesn't|didn't|don't seem to be? helping|help",
    'does|did|do not seem to be? helping|help',
    "isn't|wasn't|aren't|weren't helping",
    'is|was|are|were not helping',
    "didn't do much|anything",
    'did not do much|anything',
    'still feel|feels the same',
    // Said of the pain or "it" only: "the motivation is still there" is not (review 41d). A pain that "came back
    // straight away" after rest was tried and left out: as often a recurrence years on.
    'it is|was still there',
    "it 's still there",
    'pain|ache|tightness|stiffness|soreness|niggle|twinge is|was still there',
    "pain|ache|tightness|stiffness|soreness|niggle|twinge 's still there",
    'its still there',
  ]),
  cue('still', ['still']),
  // An onset told by how long ago, months back: with a persisting word, no better after weeks (redflags.ts), where its
  // sentence names the back ("hurt my lower back 3 months ago", not "tore my meniscus 4 months ago"). Read for that
  // flag only, not as the ranker's `weeks_long` ("hurt it 2 months ago, fine since, tweaked it again today").
  cue('months_ago', [
    '# months ago|back',
    '# and a half months ago|back',
    'a couple|few of? months ago|back',
    'couple|few|several|many of? months ago|back',
    'two months ago|back',
    'three|four|five months ago|back',
    'six|seven|eight|nine|ten|twelve months ago|back',
    'over|more than a month ago',
    // A season or a year gone: "hurt my lower back last summer".
    'last summer|winter|spring|autumn|fall|year',
  ]),
  cue('worsening', [
    'getting|got|gotten|becoming worse|weaker',
    'worse and worse',
    'weaker and weaker',
    ...WORSE_YEAR_ON_YEAR,
    // "worse every week", "worse week after week", "it's worse than ever", "worse than week 1", "steadily worsened".
    'worse every|each week',
    'worse week after|on week',
    'worse by the week',
    'worse than ever',
    'worse than in? week one|1|two|2',
    'worsened|worsens',
    'progressively|gradually worse|weaker',
    // "it's got steadily worse since", "if anything it's a bit worse than a fortnight ago".
    'got|gotten|getting steadily|progressively|gradually|slowly worse',
    'worse than a fortnight|week|month ago',
    'worse than # weeks|days ago',
    'worse now|today than a fortnight|week|month ago',
    // "slightly worse in the mornings than it was at the start".
    'worse _? _? _? _? than it was at|in the start|beginning',
    'worse _? _? _? _? than when it started|began',
    'worsening',
    // Grown over the weeks into more of the body: "sore since the spring and now it has spread into my hip".
    'spread|spreads|spreading down|into|up|over|across',
  ]),
  cue('cough_trigger', ['when|whenever|if i', 'every time i']),
  cue('cough', [
    'cough|coughs|coughing|coughed',
    'sneeze|sneezes|sneezing|sneezed',
    'laugh|laughs|laughing',
    'straining on the toilet',
    'bowel movement|movements',
    'pooing|pooping',
  ]),
  cue('night', [
    'at night',
    'in the night',
    'during the night',
    'nightly',
    'middle of the night',
    'nighttime',
    'night time',
    'wakes|woke|waking me up?',
    // Woken in the small hours, not at a morning's hour ("woke up at 5am with my back aching" off a bad mattress):
    // "wake around 2-3am with a deep ache", "awake from about 2 till 5 with it".
    'wake|wakes|waking|woke up? around|at|about 1|2|3|4 _? _? am',
    'awake from|at|around|about 1|2|3|4 am|till|til|until',
    'every night',
    // Driven out of bed by it: "sleeping in the recliner because lying flat in bed the pain just builds".
    'sleeping|slept|sleep in the|a recliner|armchair|chair',
    'lying|laying flat|down in bed',
  ]),
  cue('teen', [
    'teen|teenager|teenage',
    'high school',
    'highschool',
    'highschooler',
    'high schooler',
    'freshman|sophomore',
    'junior year',
    'middle school',
    'year 10|11|12',
    'grade 9|10|11|12',
    'a minor',
  ]),
  cue('age_word', ['age|aged']),
  cue('old', ['years|year old', 'yo', 'y o', 'm|f|male|female']),
  cue('intentional_weight', [
    // Not a bulk: weight lost while "meant to be bulking" is lost without meaning to.
    'cut|cutting|diet|dieting|deficit|calories|recomp',
    'on purpose',
    'trying to lose',
    'weight loss journey',
    'slimming world',
    'weight watchers',
    'weightwatchers|noom|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|gastric|bariatric',
  ]),
  cue('during_word', ['on|during|while|when|whenever|doing|in|for']),
  cue('said_fine', [
    'fine|ok|okay|alright|painless',
    // "Glad your back is behaving" (not "misbehaving", its own word).
    'behaving|behaves|behaved|cooperating',
    'pain free',
    // Feeling affirmed: "I can feel everything normally down there".
    'can still? feel everything',
    'feel|feels everything normally|normal|fine',
    'no|zero problem|problems|issue|issues|trouble',
    "never|not|doesn't|don't|didn't|won't set|sets it|that|this|them off",
    "never|doesn't|don't|didn't|won't bother|bothers|trigger|triggers|affect|affects it|that|this|me",
  ]),
  cue('fine_on', [
    "never|not|doesn't|don't|didn't|won't happen|happens on|with|during|when|doing",
    'fine|ok|okay on|with|during|doing',
    'no|zero problem|problems|issue|issues|trouble|pain on|with|during|doing',
  ]),
  // Read after a stretch in its clause (extract.ts): the stretch is a remedy, not what brings the back on.
  cue('brings_relief', [
    'help|helps|helped|eases|eased|relieves|relieved|loosens|loosened',
    'makes|made it go away',
    'makes|made the pain go away',
    'to decrease|reduce|ease|relieve|loosen|help',
    'help|helping a little|bit|lot|some',
    'makes|made it better|easier',
    'it goes|went away',
    'takes|took the edge off',
    // "stretching makes it feel better for an hour", "gives some relief", "feels way better after I stretch".
    'makes|made it|them feel better|easier|looser',
    'feels|felt better|looser',
    'feels|felt way|much|loads better|looser',
    'gives|gave|brings|brought some relief',
    'gives|gave|brings|brought temporary relief',
    'gives|gave|brings|brought relief',
  ]),
  // Read beside a stretch in its sentence (extract.ts): "tried heat, ibuprofen, stretches, a chiro".
  cue('remedy_item', [
    'ice|icing|iced|heat|advil|ibuprofen|naproxen|aleve|tylenol|paracetamol|painkillers|nurofen|voltaren|tens',
    'heat pad|pads|pack|packs',
    'heating pad|pads',
    'hot bath|baths|water bottle',
    'epsom salt|salts',
    'chiro|chiropractor|chiropractic|physio|physiotherapy|osteo|osteopath|acupuncture',
    'pain killers',
  ]),
  // Weight lost, and words that say it was not meant (read together in redflags.ts).
  cue('weight_drop', [
    'lost|losing|dropped|dropping|shed weight',
    // "I weigh 12 lbs less than in the fall", "I lose 7 kg in two months".
    'weigh # _? lbs|kg|kgs|kilos|pounds less|lighter',
    '# lbs|kg|kgs|kilos|pounds lighter',
    'lose # kg|kgs|lbs|pounds|kilos',
    'lost|losing|dropped|dropping|shed # kg|kgs|lbs|pounds|kilos|stone|stones|pound|kilo',
    'lost|losing|dropped|dropping|shed a|one|two|three stone|kilo|pound|size',
    // "I've lost about a stone without trying".
    'lost|losing|dropped|dropping|shed about|almost|nearly|over|around|like a|one|two stone',
    'lost|losing|dropped|dropping|shed about|almost|nearly|over|around|like # stone|stones|kg|kgs|lbs|pounds|kilos',
    // "down almost a stone without trying", "down 6 kg".
    'down almost|nearly|about|over|around # stone|stones|kg|kgs|kilos|lbs|pounds',
    'down almost|nearly|about|over|around a|one|two stone',
    'down # stone|stones|kg|kgs|kilos|lbs|pounds',
    // "six kilos down in two months".
    '# stone|stones|kg|kgs|kilos|lbs|pounds down',
    'down a|one|two stone',
    'weight is dropping|falling',
    // "the scale has dropped a stone".
    'scale|scales has|have dropped',
    'scale|scales has|have gone down',
    'weight keeps dropping|falling',
    // "the scale's still dropping".
    'scale|scales _? still|keeps dropping|falling',
    'weight _? still falling|dropping',
    'weight loss',
    'getting thinner|skinnier',
    'clothes|jeans|trousers|belt are|is loose|looser|baggy',
    'clothes|jeans|trousers|belt feel|feels loose|looser|baggy',
    // Told by the clothes and the belt: "my jeans are hanging off me", "his belt is on the last hole".
    'clothes|jeans|trousers|shirts|shorts hanging|falling off me|him|her',
    'belt is on the last|tightest|smallest hole|notch',
    'belt on|onto the last|tightest|smallest hole|notch',
    // "he's got really thin in the face" (not "my hair is getting thin").
    "he's|she's got|gotten|gone really|so|very thin|gaunt|skinny",
    "i've got|gotten|gone really|so|very thin|gaunt|skinny",
    'looks|looking really|so|very thin|gaunt',
    // "the scales say a stone down" (not "scales say 95kg").
    'scale|scales say|says|said|show|shows|showed a|one|two stone|kilo down|less|lighter',
  ]),
  cue('unintended', [
    'without trying|meaning|dieting|cutting|restricting',
    'not trying|dieting|cutting',
    "i'm not trying|dieting|cutting",
    "haven't|hasn't been trying|dieting|cutting",
    'am not trying|dieting|cutting',
    'for no reason',
    'no reason',
    'unexplained|unintentional|unintended|unexpected',
    "don't know why",
    'no idea why',
    'eating normally|more|plenty|loads',
    'eating the same',
    // "I lost 7 kilos and I did not change anything, I eat the same, maybe even more".
    'i eat the same',
    'i eat normally',
    "haven't changed anything in|about my eating|diet",
    // "down five kilos without changing a thing".
    'without changing anything',
    'without changing a thing',
    'without changing my diet|eating|training',
    // "I've not touched the diet".
    "not|haven't|hasn't|never touched the|my diet|eating",
    "don't do a? diet",
    "don't go on a? diet",
    'do not do a? diet',
    'do not go on a? diet',
    'not on a diet',
    'with no diet',
    // "appetite's gone".
    'no appetite',
    "appetite 's gone",
    'appetite is gone',
    'appetite has gone',
    'lost my appetite',
    "haven't changed my diet|eating",
    'same diet',
    "isn't|wasn't|aren't dieting|cutting|trying",
    "haven't changed a thing|anything",
    'same food|foods',
    // "I wasn't trying to lose weight", "he's never dieted in his life", "he says he's eating fine".
    "wasn't|weren't|isn't|not trying to lose|drop",
    'never dieted|dieting',
    'eating fine|well|normally|normal',
  ]),
  // Lumps and swellings, which with a back word beside them are the NHS "lump or swelling in the back".
  // Not "swollen", "mass" or "growth": a pumped back and back gains are none of these.
  cue('lump', [
    'lump|lumps|bump|bumps|swelling|hump|protrusion',
    // A swelling told by how it looks or feels: "swollen on one side", "warm to touch" (an abscess is warm).
    'swollen on one side',
    // "one side of my spine sticks out more than the other".
    'sticks|sticking|stuck out',
    // A step seen in the spine's line: "there's like a step in my lower back".
    "there's|there|theres|like|see|saw|seen|feel|felt|feels|got|have|has|noticed|found a step in my|the lower|upper|mid? back|spine",
    'warm|hot to the? touch',
  ]),
  // "It's been 6 weeks" (round 42's reviews: weeks of no better told so). Not "after": "after 4 years of no problems".
  cue('duration_lead', ['for', 'past', 'last', 'over', 'since', 'about', 'almost', 'nearly', 'like', 'around', 'been']),
  cue('duration_unit', ['week|weeks', 'month|months', 'year|years']),
  // A ride, a swim, a row or a hike, told by the sport, its gear or its events. Not "saddle" alone (the saddle area is a
  // red flag's place), "ride" alone ("car ride", "ride it out"), "row" alone (a barbell row is a lift), "time trial"
  // (runners have them too) or "walking" (every runner's symptom is told by it).
  cue('other_endurance', [
    'bike|bikes|biking|biked|cycling|cycled|cyclist|cyclists|bicycle|bicycles|mtb|zwift|audax|velodrome|cyclocross|bikepacking',
    'riding',
    // "When I ride for more than 30 miles", "we rode 60k": a ride told by its rider and its length (not "ride" alone:
    // "ride it out", "rode for 20 miles in a minibus", "when I ride the bus").
    'when|whenever|once i|we ride|rode for|over|past|beyond|more|longer|#',
    'i|we ride|rode # _? k|km|mile|miles|mi',
    // The rider's "I" dropped: "Rode 60 miles on Sunday" (not "rode for 20 miles in a minibus").
    'rode # _? k|km|mile|miles|mi',
    'on the|my turbo|trainer|drops|hoods|aerobars',
    'turbo trainer|session|sessions',
    'tri|tt bike|bikes',
    'road|mountain|gravel|spin|exercise|stationary|tt|tri|long|century ride|rides',
    // A ride told by its length or its kind: "a 80k ride", "first outdoor ride", "the club ride".
    '# k|km|mile|miles|mi|hour|hr _? ride|rides',
    // "60-70+ mile rides": a range is not one number.
    'k|km|mile|miles|mi ride|rides',
    'outdoor|indoor|group|club|solo|hilly|recovery|endurance ride|rides',
    'spin|spinning class|classes',
    'sportive|sportives|crit|crits|criterium|peloton|chaingang',
    'gran fondo',
    'cycle commute|commutes|commuting|ride|rides',
    'aero bars|position',
    'handlebar|handlebars',
    // A ride told by how far it goes ("that's too far to ride on a new saddle") and a bike's stem moved ("try flipping the
    // stem"): not "ride it out", not a brain's stem.
    'way|far|distance to ride|cycle',
    'raise|raising|raised|lift|lifting|lifted|flip|flipping|flipped|lower|lowering|lowered|shorten|shortening|shortened|slam|slamming|slammed the|your|my stem',
    'shorter|longer|higher|lower|new stem',
    'stem spacer|spacers|length|height',
    'swim|swims|swimming|swam|swimmer|pool|freestyle|breaststroke|backstroke|butterfly',
    'open water',
    'erg|ergs|erging|rowing|rower|rowers|regatta|sculling|kayak|kayaking|paddling',
    'rowing machine',
    'hike|hikes|hiking|hiked|hiker|trek|trekking|backpacking',
  ]),
  cue('distance_or_race', ['# k|km|mile|miles|mi', 'mile|miles', 'race|racing|races']),
  // The writer's own back injured, told as an event: "I hurt my lower back on Saturday", "I did something to my back",
  // "I've done my back in", "screwed my back up". Most such episodes are strains (research/clinical-facts.md, causes:
  // muscle strain); extract.ts reads one as a sudden start unless it is doubted, a habit or a history (reviews 39a and
  // 39c: "I hurt my back years ago", "every time I deadlift I hurt my back", "years of sitting messed my back up").
  // Not "it hurt my back to sit", "the physio did something to my back", "the desk messed my back up", "did my back in
  // the morning and legs at night" (a split), nor "messed up my back squat".
  cue('injury_event', [
    'i hurt|injured my _? back',
    "i've hurt|injured my _? back",
    'i have hurt|injured my _? back',
    // The back left out, told in the post's back words after: "hurt myself on the rower last week, lower back still
    // sore".
    'hurt|injured myself',
    'i did|done something _? to my _? back',
    "i've done something _? to my _? back",
    'what i did|done to my _? back',
    'done my _? back in',
    'did my _? back in at|on|while|when|lifting|playing|moving|yesterday|again|badly|properly|last',
    'i messed|screwed|jacked|fucked|mucked my _? back up',
    "i've messed|screwed|jacked|fucked|mucked my _? back up",
    // Someone else's, told as the event it was: "my husband hurt his back at the depot on Friday", "my wife injured her
    // back lifting the baby" (not "it hurt his back to sit").
    'hurt|injured his|her _? back on|at|while|when|lifting|playing|moving|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|again|badly',
  ]),
  // What makes such an injury a habit or a history rather than this episode's start.
  cue('injury_history', [
    'years|decades',
    'every|each time',
    'whenever',
    'if|unless',
    'over time',
    'slowly|gradually',
    'in the past',
    'back in #',
    // A repeat: "I've done my back in three times now", "hurt my back loads of times".
    '# times',
    'loads of times',
    'couple of times',
    'lots of times',
    'many|several|few times',
    'two|three|four|five times',
    'twice',
  ]),
  // The injury doubted or asked about, just before the words that would tell it: "I don't think I hurt my back",
  // "not sure if I pulled something", "did I hurt my back?", "wondering whether I tweaked it".
  cue('doubted_event', [
    "don't|didn't think|believe i|i've|it",
    'do|did not think|believe i|it',
    'not sure if|whether i',
    "not sure if|whether i've",
    'did|have i',
    'wonder|wondering if|whether i',
    // "Could I have hurt my back doing planks?", "do you think I hurt my back?", "I'm not sure I hurt my back at all".
    'could|might|may|would i have',
    'do|did you think i',
    'is it possible i',
    "not sure i|i've",
    // A worry or a warning, not an event: "should I stop the set before I hurt my back?", "scared I hurt my back" (not
    // "until": "squatting fine until I hurt my back" tells the event).
    'before i',
    'worried|scared|afraid|terrified|worry|fear that? i',
  ]),
];

/**
 * Words before "get"/"stay" that make "get tight" something that happens to the writer, not a cue to the reader: "I get
 * tight on hinges", "used to get tight", "it would get tight", "my back stopped getting tight".
 */
export const FEELING_BEFORE_CUE_VERB: ReadonlySet<string> = new Set([
  'i',
  'we',
  'they',
  'it',
  'would',
  "i'd",
  'always',
  'usually',
  'often',
  'sometimes',
  'still',
  'used',
  // "my back stopped getting tight", "kept getting tight on long runs".
  'stopped',
  'stops',
  'kept',
  'keeps',
  'keep',
  'started',
  'starts',
]);

/** What a form cue's verb may be said to before "tight": "keep everything tight", "get yourself tight". */
export const FORM_CUE_OBJECTS: ReadonlySet<string> = new Set([
  'everything',
  'it',
  'yourself',
  'things',
  'that',
  'all',
  'em',
  'them',
]);

/** What may stand between a form cue's verb and the back it is said to: "keep your back tight", "keep ur back tight". */
export const FORM_CUE_POSSESSIVES: ReadonlySet<string> = new Set(['your', 'my', 'the', 'ur', 'his', 'her']);

/**
 * Verbs that make a back the goal of a form task, not a place that hurts: "a problem keeping a flat back off the
 * floor", "holding a rigid spine".
 */
export const FORM_HOLD_VERBS: ReadonlySet<string> = new Set(['keep', 'keeping', 'maintain', 'maintaining', 'hold', 'holding']);
/** Verbs of a brace's tightness, held or lost: "losing lower back tightness out of the hole". */
export const BRACE_VERBS: ReadonlySet<string> = new Set([...FORM_HOLD_VERBS, 'lose', 'losing', 'lost', 'loses']);
/** A back's shape held as a form cue, before "and tight": "hold your back flat and tight", "a back neutral and tight". */
export const FORM_SHAPE_WORDS: ReadonlySet<string> = new Set([
  'straight',
  'flat',
  'neutral',
  'rigid',
  'braced',
  'locked',
  'stable',
  'solid',
]);
/** A region's muscles named after it, between it and "tight": "keeping your erector muscles tight". */
export const MUSCLES_WORDS: ReadonlySet<string> = new Set(['muscles', 'muscle']);
/** Words that may stand between such a verb and its back: "keeping a neutral lower back", "holding my spine". */
export const FORM_HOLD_FILLERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'my',
  'your',
  'his',
  'her',
  'ur',
  'neutral',
  'flat',
  'straight',
  'rigid',
  'tight',
  'arched',
  'locked',
  'solid',
  'stable',
]);

/** A form cue's verb in a form that tells how it was, not what to do: "it gets tight", "got tight", "felt tight", "was tight". */
export const TIGHT_STATE_VERBS: ReadonlySet<string> = new Set(['gets', 'got', 'feels', 'felt', 'is', 'was']);
