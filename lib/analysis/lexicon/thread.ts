/**
 * How a reply says "I have this too" without saying what "this" is: it leans on the thread's title
 * (DESIGN.md "Thread context"). These words count only in a thread about a back, and only for the
 * writer's own experience: "I've seen this too" or "thanks, will try" are no symptom. A reply that tells
 * what worked for the writer ("foam rolling helped me") has had the problem too, when it says "I" or "my"
 * (relevance.ts threadPairs); advice to someone else ("you could try…", "hope this helps") is not that.
 */
import { cue, type TermGroup } from './terms';

const I_HAVE = 'i get|got|had|have|experience|experienced|suffer|suffered';
const I_VE_HAD = "i've had|got|experienced|suffered";
const THIS = 'this|that|these|those';

const OFTEN = ['too', 'also', 'as well', 'sometimes', 'often', 'a lot', 'all the time', 'every time', 'occasionally', 'again'];

/** What the writer did about the thread's problem, and how it went (counted with "I"/"my" in the sentence). */
const FIXED = 'fixed|cured|sorted|solved|cleared|eased|relieved';

/** How long, after "you'll be fine in" or "settles within": "2-3 days", "a week", "a couple of weeks". */
const TOLD_SPANS: readonly string[] = ['# #? day|days|week|weeks', 'a day|week|fortnight', 'a? couple|few of? days|weeks'];

export const THREAD_CUE_TERMS: readonly TermGroup[] = [
  cue('agreement', [
    'same here',
    'same|similar boat',
    // "I did something similar before Christmas", "did the same thing last year".
    'i did|done something similar|identical',
    "i've done something similar|identical",
    'i did|done the same thing',
    // "I did mine in March on a heavy pull", "I've tweaked mine twice": the writer's own back, hurt the same way.
    'i did|hurt|tweaked|wrecked|injured|pulled mine',
    "i've done|hurt|tweaked|wrecked|injured|pulled mine",
    "i've done the same thing",
    // "Lower back went the same way for me last spring".
    'went|goes|happened the same way for me|here',
    // "I'm in a similar situation since Monday's heavy pulls".
    'in a|the same|similar situation',
    'in the exact same situation',
    'same|similar situation here|too',
    // "same combo here, desk + long runs", "same spot, same reason".
    'same combo|combination|spot here|too',
    'same spot same reason|story|thing',
    'me too',
    'me as well',
    'same with|for me',
    'ditto',
    'same|similar thing|issue|issues|problem|problems|pain|story|symptoms|trouble here',
    'same|similar thing|issue|issues|problem|problems|pain|story|symptoms|trouble with|for me',
    'same thing happens|happened',
    // "Thrusters do this to me", "deficits did the same to me" (not "my boss does this to me": relevance.ts).
    'does|do|did this|that to me',
    'does|do|did the same to me',
    // "this exact thing for me", "that exact issue for me".
    'this|that exact|same thing|issue|problem|pain for|with me',
    // "had something very similar last year", "had a patch like this" (not "got something very similar for xmas").
    'had|have something very|really|pretty|quite|kinda|fairly|super|almost? similar|identical',
    'had|have something a lot|bit like this|that',
    'sounds a lot|bit like mine|my',
    'had|have a patch|spell|stretch|bout|phase like this|that',
    // "had something like this last year, one side just under the ribs" (not "have something like that in my basket").
    'had something like this|that',
    // "day 2 is always the worst", told from the writer's own days after.
    'day # is|was always|usually? the worst',
    // "the first 10 minutes are the worst, then it loosens off".
    'the first|last # _? are|is|were|was always? the worst',
    'have something like this|that going on',
    `${I_HAVE} the same|similar`,
    `${I_VE_HAD} the same|similar`,
    'similar issue|issues|problem|problems|trouble|pain|thing|experience',
    ...OFTEN.map((often) => `happens|happened to me ${often}`),
    // "I had that", "I get these a lot", "I've had this on and off".
    `${I_HAVE} ${THIS}`,
    `${I_VE_HAD} ${THIS}`,
    ...OFTEN.flatMap((often) => [`${I_HAVE} it ${often}`, `${I_VE_HAD} it ${often}`]),
    'something i have|had|get|got',
    "something i've had|got",
    'anyone|anybody else get|have|had|experience|experienced|notice this|these|that|it',
    // The forum's ways to say "me too", subject dropped or not.
    'happens|happened|happening to me',
    // "Mine too until I stopped starting at tempo", "mine did the same until I added a warm-up", "been there myself"
    // (not "have you been there for the Arnold?").
    'mine too|also',
    'mine as well',
    'mine did|does|do the same',
    'mine did|does|do that|this',
    'mine used to do the same',
    'mine used to do that|this',
    "i've been there",
    'i have been there',
    'been there done that',
    'been there myself|too|before|mate|man|bro|dude',
    // "Had almost this exact thing last spring".
    'had|have|get|got almost|nearly|basically this|that exact|same thing|issue|problem',
    'this|that|it happens|happened to me',
    // Irish "happens me"; "Mine did exactly this once"; "Had one of those for about six months"; "Did the same last year".
    'happens|happened me',
    'mine does|did exactly|just this|that',
    'had|have|got|get one|some of those|these',
    // "Have one too, right where the trap meets the shoulder blade".
    'have|had|got|get one too',
    'have|had|got|get one as well',
    'did the same',
    'had|have|get|got|having|getting the exact same',
    'had|have|get|got|having|getting the same|similar thing|issue|issues|problem|problems|pain|symptoms',
    "i'm having|getting the same|similar",
    'i am having|getting the same|similar',
    'been dealing with the same',
    'been dealing with this|that|it',
    // "Put up with that for nearly a year".
    'put|putting up with that|this|it for',
    'i suffer|suffered from this|that|these|it',
    'i used to get|have|suffer|experience this|that|these|it',
    'this|that is literally|basically|totally|honestly|so|just|exactly? me',
    // "I was exactly this, one easy week and it vanished" (relevance.ts: not "I was exactly that age").
    'i was|am exactly|literally|basically this|that',
    "that's|thats literally|basically|totally|honestly|so|just|exactly? me",
    'sounds like me|mine',
    // "sounds like my L5 story", "sounds like my old problem".
    'sounds|sounded exactly? like my _? _? story|problem|issue|issues|back|thing|saga',
    'sounds like what i had|have|get|got',
    'i know|understand exactly? what you mean',
    'i know the|this|that feeling',
    'i feel this|you',
    'i feel your pain',
    'feel your pain',
    'story of my life',
    'join the club',
    'welcome to my world|life|club',
    'welcome to the club',
    "you're not alone",
    'you are not alone',
    // "Mine kicks in at mile 3": the writer's own, of what the thread is about.
    'mine kicks|kicked|starts|started|comes|came|begins|began|hits|hit|flares|flared|usually|always|only|tends|went|goes|gets|got|eased|eases|stopped|stops|disappeared|cleared',
    // "Mine ached until I squeezed my glutes", "that's exactly where mine would grab": the writer's own, felt.
    'mine ached|aches|hurt|hurts|cramped|cramps|grabbed|grabs|seized|seizes|spasmed|spasms|niggled|niggles|locked',
    'mine would|always grab|seize|cramp|ache|hurt|lock|spasm|flare|niggle',
    'mine used to grab|seize|cramp|ache|hurt|lock|spasm|flare|niggle',
    // What set the writer's own off: "arching up off my belly flared mine for a couple of days".
    'flared|aggravated|irritated|tweaked|upset|wrecked mine',
    // Told from the far side of a fix: "backed off to 'firm' and it hasn't happened since".
    "it? hasn't happened|returned since",
    'it? has not happened|returned since',
    "it hasn't come back since",
    // "day 2 after a meet is always the worst".
    'day # after a|the|my|every|each _ is|was always|usually? the worst|worse',
    // "Day 2 after high rep deadlifts is always worse for me".
    'day # after _ _? _? is|was always|usually? worse for me',
    'day # after _ _? _? is|was always|usually? the worst for me',
    // How the writer's went: "mine melted in a couple weeks", "mine took about 4 wks to stop whinging".
    'mine melted|faded|vanished|settled|calmed',
    'mine took about|around|like|nearly|almost? # _? to',
    // A bare agreement and the same place: "48M, exactly this", "same spot!", "same since sunday tbh" (not "same bro,
    // see you Sunday", chatter).
    'same since',
    'exactly this|that',
    'same spot|place',
    // "Mine was the exact same level every session", "is exactly how I got mine", "I'm on week 6 of the same thing",
    // "mile 11 for me, hot day".
    'mine was|is the exact? same spot|level|place|side',
    // Where the writer's was: "SI joint spot? that's exactly where mine was".
    'exactly|precisely where mine was|is|sat|sits',
    'exactly how i got|hurt|did mine',
    "that's how i got|hurt|did mine",
    'on week|day|month # of the same thing|issue|problem|pain',
    'mile|miles|km|k # for me',
    // "km 18 onwards for me".
    'mile|miles|km|k # onwards|on for me',
    // The thread told as the writer's own: "this thread is just me", "hotel pillow + 6h flight, same deal", "km 18 is
    // where mine goes too".
    'this thread is just? me',
    'this thread describes me',
    'same deal',
    'is where mine goes|starts|kicks|hits',
    // Indian English: "happened with me 2 months back bro", "Happened with me also"; "Exactly me lah bro".
    'happened|happens with me',
    'exactly me',
    // "Mine happens on the flat when I get tired" (not "mine happens to be a Rogue bar").
    'mine happens|happened on|at|in|when|after|during|around|mostly|only|always|every',
    // What it was: "mine turned out to be tight hip flexors" (not "mine turned out great"), "mine was from
    // tucking my elbows", "mine was a disc", and where or when it comes: "mine is always left".
    'mine turned out to be',
    'mine ended up being',
    // "Turned out mine was my hips" (not "turned out mine was a fake belt", "…the car battery").
    'turned|turns out mine was|is my posture|form|bracing|hips|hamstrings|glutes|core',
    // "Mine was from not bracing", "…from tucking my elbows", not "mine was from Decathlon".
    'mine is|was from not|bad|poor|too|my|overdoing|doing|lifting|running|sitting|sleeping|driving|carrying|tucking|rounding|arching|bracing|pulling|squatting|deadlifting|benching|training',
    // How the writer held or worked: "mine was from leaning on one elbow at my desk", "…from hunching over the laptop",
    // "…from hauling feed sacks all summer".
    // Not a sport on its own ("mine was from cycling, my knee"): sports hurt other parts as often as backs.
    'mine is|was from leaning|slouching|hunching|stooping|craning|typing|gaming|working|hauling|lugging|bending|twisting|reaching|shovelling|digging|gardening|holding|standing',
    'mine is|was caused by',
    'mine is|was due to',
    // "Mine was because I ran bent forward" (not "mine was cheaper because…": the word comes right after).
    'mine is|was because|cause|cos|coz',
    "mine 's because|cause|cos|coz",
    // Where in a run or a session it comes: "mine's km 30 in marathons", "mine is around mile 8", "mine's at rep 6".
    'mine is|was at|around|about? km|mile|miles|mi|minute|minutes|hour|hours|rep|reps|set|sets|lap|laps',
    "mine 's at|around|about? km|mile|miles|mi|minute|minutes|hour|hours|rep|reps|set|sets|lap|laps",
    // "Mine's at around km 30".
    'mine is|was at around|about km|mile|miles|mi|minute|minutes|hour|hours|rep|reps|set|sets|lap|laps',
    "mine 's at around|about km|mile|miles|mi|minute|minutes|hour|hours|rep|reps|set|sets|lap|laps",
    // Written without the apostrophe: "mines around mile 10".
    'mines at|around|about? km|mile|miles|mi|minute|minutes|hour|hours|rep|reps|set|sets|lap|laps',
    'mines because|cause|cos|coz',
    // "mines only bad the day after deadlifts", "mines worse on hills": "mine's" as typed on a phone.
    'mines always|usually|only|mostly|worse|worst|better|bad|from',
    'mines the same',
    // "mine never settles, gets worse the longer I go": the writer's, which does not ease.
    'mine|mines never really|fully? settles|eases|calms|loosens|stops|settled|eased|calmed|loosened|stopped',
    'mine|mines never really|fully? goes|went away',
    'mine|mines never fully? gone|goes|went|settles|settled',
    // "mine locks at one spot mid spine", "mine seizes on the last rep".
    'mine locks|locked|seizes|seized|clamps|clamped|grabs|grabbed|spasms|spasmed',
    // "mine tucked at the bottom too": the thread's fault, the writer's as well.
    'mine tucked|tucks|rounded|rounds|folded|folds|caved|caves|arched|arches too|also|as well',
    'mine tucked|tucks|rounded|rounds|folded|folds|caved|caves at|in the bottom|hole',
    'mine tucked|tucks|rounded|rounds|folded|folds|caved|caves|bends|bent right|just at|in the bottom|hole|one',
    'mine is|was a|an _? disc|strain|sprain|tear|nerve|rib|facet|joint|muscle|knot|spasm',
    'mine is|was always|usually|only|mostly',
    // Where or what it was, named: "mine was my QL at Boston", "mine was L5-S1", "mine was tight hips in general",
    // "mine was my arm carriage" (not "mine was my first marathon").
    'mine is|was my ql|qls|erectors|lats|traps|si|disc|psoas|piriformis|arm|arms|shoulders|stride|gait|cadence|pillow|mattress|chair|desk|neck',
    'mine is|was l|s|c|t #',
    'mine is|was tight|weak|short|stiff|lazy hips|hip|hamstrings|glutes|calves|ankles|core|lats|pecs|traps|quads|flexors',
    // How it went, with a word between: "mine basically stopped once I took a tab", "mine mostly went away".
    'mine|mines basically|mostly|finally|eventually|totally|completely|actually|gradually stopped|cleared|eased|settled|disappeared|vanished|calmed|improved|flared|started|kicked',
    // "went" only with "away" or "off": "mine mostly went to charity" is clothes.
    'mine|mines basically|mostly|finally|eventually|totally|completely|actually|gradually went away|off',
    'mine|mines pretty much stopped|cleared|eased|settled|disappeared|vanished|went',
    'mine|mines gradually|slowly got better|easier',
    // "mine's been bad ever since I went WFH".
    'mine _? been bad|rough|awful|terrible|worse|horrible',
    // "Mine showed up during peak week", "mine appears around mile 8" (not "mine showed up in the post").
    'mine shows|showed up around|during|after|when|once|late|mid|by',
    // "Mine showed up in week 2 of Smolov" (not "mine showed up in the post").
    'mine shows|showed up in week|month|peak|block|training',
    'mine appears|appeared around|during|after|when|once|late|mid|by',
    // What it came from, named: "mine was bracing", "mine was volume" (not "mine was 405", "mine was the Nike").
    'mine is|was bracing|posture|form|technique|volume|mileage|overuse|overtraining|fatigue|dehydration|footwear|shoes|hamstrings|glutes|core|tightness|weakness|stress|sleep|ankles|mobility',
    'mine is|was my bracing|posture|form|technique|volume|mileage|shoes|hamstrings|glutes|core|hip|hips|ankles|ankle',
    // The everyday thing it came from: "Mine was the mattress", "mine is the commute" (not "the car": "…the car battery").
    'mine is|was the mattress|bed|pillow|chair|desk|sofa|couch|commute|laptop|drive|driving',
    // "Did mine lifting a bag of cement", "did mine in reaching for the kettle".
    'did|done mine in? lifting|reaching|bending|picking|carrying|moving|twisting|getting|pulling|shovelling|shoveling|gardening|digging',
    // "did mine the exact same way", "did mine same way", "did mine exactly like that".
    'did|done mine the? exact|very? same way',
    'did|done mine exactly|just like that|this',
    // "exactly this for me too", "literally this for me".
    'exactly|literally|basically this|that for me',
    // An age and a "same": "48 here and same", "51 n same lol".
    '# here and|n same',
    // Gone since the writer changed something: "haven't had the twinge in a month", "haven't cramped since". Only
    // the writer's ("haven't", not "my watch hasn't had any issues since"), only the problem itself (not "haven't had
    // it since they discontinued the gel"), and not "in years": long gone.
    "haven't had the|a|any twinge|twinges|cramp|cramps|spasm|spasms|tweak|tweaks since",
    "haven't had the|a|any twinge|twinges|cramp|cramps|spasm|spasms|tweak|tweaks in a week|month",
    "haven't cramped|spasmed since",
    // "haven't cramped at a meet since".
    "haven't cramped|spasmed at|in|on|during _ _? since",
    // The worst of the thread's problem: "had my worst one at a 10k in the heat" (not "my worst one was the 2019 meet").
    'had|got|get my worst one|ones|episode|bout|attack',
    // The forum's "same": "bro same", "literally same".
    'bro|dude|man|mate|literally|honestly same',
    `${I_HAVE} something similar`,
    `${I_VE_HAD} something similar`,
    'mine is|was worse|worst|better|bad',
    'mine feels|felt worse|better|bad',
    // What fixed the writer's own: "'run tall' fixed most of mine", "hip mobility sorted mine".
    `${FIXED} mine`,
    `${FIXED} most of mine`,
    `${FIXED} half of mine`,
    `${FIXED} part of mine`,
    // The subject dropped: "Had almost exactly this at Chicago", "brickie, 54, had exactly this for years".
    'had|get|got almost? exactly this|that',
    'only ever get|got|had it on|after|when|during|if|at|around|past|by',
    'mine is|was the same',
    // How long the writer's own has gone on: "Mine's at 7 weeks and no better", "mine is 3 months in".
    'mine is|was at|on|around|about? # _? days|weeks|months|years',
    "mine 's at|on|around|about? # _? days|weeks|months|years",
    'mine is|was at|on|around|about? two|three|four|five _? days|weeks|months|years',
    'mine is|was at|on|around|about? six|seven|eight|nine|ten _? days|weeks|months|years',
    "mine 's at|on|around|about? two|three|four|five _? days|weeks|months|years",
    "mine 's at|on|around|about? six|seven|eight|nine|ten _? days|weeks|months|years",
    'mines at|on|around|about? # _? days|weeks|months|years',
    'mine is|was # _? days|weeks|months|years in',
    "mine 's # _? days|weeks|months|years in",
    // The side of the writer's own: "mine was left side", "mine's right sided too".
    'mine is|was always|only|just? left|right side|sided',
    "mine 's always|only|just? left|right side|sided",
    'mines always|only|just? left|right side|sided',
    'mine is|was always|only|just? on the left|right side',
    "mine 's always|only|just? on the left|right side",
    // The writer's own objecting to something: "Mine hates extension since I turned 45".
    'mine|mines hates|hated|hate|objects|objected|complains|complained',
    // What keeps the writer's own quiet: "one heavy pull a week keeps mine happy".
    'keeps|kept|keep mine happy|quiet|calm|settled',
    'keeps|kept|keep mine at bay',
    'keeps|kept|keep mine in check',
    // "I used to get the same neck ache", "I used to have something similar".
    'i used to get|have|suffer|experience the same|similar',
    'i used to get|have|suffer|experience something similar',
    // "almost word for word my 2019", "word for word what I had".
    'word for word my|mine|me',
    'word for word what i had|have|get|got',
    // "Mine's exactly like this", "mine is just like that".
    'mine is|was exactly|just like this|that',
    "mine 's exactly|just like this|that",
    'mine does|did exactly|just the same',
    // How it began for the writer: "it started for me when I bumped my mileage".
    'it started|starts|began|begins for me',
    'for me it started|starts|began|begins',
    'not just you',
    "mine 's worse|worst|better|bad",
    "mine 's the same",
    // "Mine does this too", "mine lasts a day", "mine was so bad I had to walk home".
    'mine does|did this|that too|also',
    'mine does|did it too|also',
    // "different cause on mine" (not a bare "mine does too": a watch that buzzes every km does).
    'different cause|reason|story on|for|with mine',
    'mine lasts|lasted|lingers|lingered|stays|stayed|persists|persisted|returns|returned',
    'mine comes|came back',
    'mine is|was so|really|pretty|super|very bad|painful|tight|sore|sharp',
    'mine gets|got so|really|pretty|super|very bad|painful|tight|sore|sharp',
    // Someone close has it: "my husband gets exactly this after his long runs".
    // Not "has this": "my friend has this weird form" is about the friend's form.
    'my husband|wife|partner|girlfriend|boyfriend|son|daughter|dad|mum|mom|friend|mate|brother|sister gets|got|had exactly? this|that|these',
    'my husband|wife|partner|girlfriend|boyfriend|son|daughter|dad|mum|mom|friend|mate|brother|sister gets|got|had the same|exact',
    'in the same situation|position|spot|boat',
    'this|that was me',
    // Not "it gets me": "it gets me how people skip warm-ups".
    'it hits|hit|catches|caught me',
    // How long the writer has had it: "had this for years", "I've had it come and go for months".
    ...['had|have|got', "i've had"].flatMap((had) => [
      `${had} this|that for years|months|weeks|ages|decades|ever`,
      `${had} this|that for a while|long`,
      `${had} it for years|months|weeks|ages|decades|ever`,
      `${had} it for a while|long`,
      `${had} this|that|these on and off`,
      `${had} this|that|these come and go`,
      `${had} it on and off`,
      `${had} it come and go`,
    ]),
    'dealing|struggling with this|that myself|too|also|currently|atm',
    'dealing|struggling with it myself|too|also|currently|atm',
    'dealing|struggling with this|that right now',
    'dealing|struggling with it right now',
    'currently dealing|struggling with this|that',
    'currently dealing|struggling with it',
    'i suffer|suffered|struggle|struggled with this|that|these',
    'i suffer|suffered|struggle|struggled with it',
    'thought it was just|only me',
    // More of the forum's "me too": "exactly what I deal with on tempo runs", "my lower back does the same".
    // Not "count me in" or "been there": "count me in for the meet", "have you been there for the Arnold?".
    'exactly|just what i get|experience|experienced|feel|felt',
    'exactly|just what i deal|dealt|struggle|struggled with',
    'my lower|upper|mid|low back does|did the same',
    'my lower|upper|mid|low back does|did this|that|too',
    'my back does|did the same',
    'my back does|did this|that|too',
    "glad i'm not the only one",
    'not the only one',
  ]),
  cue('own_course', [
    // "I only get it after an hour", "I get it on hills": "it" with when or how often ("I get it" alone is "I understand").
    'i only|usually|always|mostly|sometimes|just|still|also get|got|had|have it',
    'i get|got|had it after|when|on|during|if|in|at|every|around|about|from|only|mostly|most',
    'it goes|went away',
    'mine goes|went away',
    // "went away for me once I did bridges", "got better for me once I stretched".
    'goes|went|go away for me',
    'settled|cleared for me',
    'got|gets|getting better for me',
    'it eases|eased|settles|settled|fades|faded|stops|stopped|disappears|disappeared off?',
    'mine eases|eased|settles|settled|fades|faded|disappears|disappeared off?',
    'it comes|came|kicks|kicked on|in',
    'mine comes|came|kicks|kicked on|in',
    'it starts|started|begins|began after|when|around|once',
    // "That's exactly when it starts": when, said before it.
    'exactly|just when it starts|started|begins|began|kicks|kicked|hits|hit|comes|came',
    'mine starts|started|begins|began after|when|around|once|at|on|about',
    // How bad it got, with "I"/"me" in the sentence: "it got so bad for me I had to take a month off" (not "it got
    // really bad reviews": a word that goes on with the story must follow).
    'it got|gets so|really|pretty bad|painful for|that|when|i|after|during|on',
    "for me it's worse|better",
    'for me it is|was worse|better',
    'for me it gets|got worse|better',
    "it's worse|better for me",
    // "it's always loosened off by the second warm-up": how the writer's own goes.
    "it's always|usually|normally loosened|eased off|up by|once|after",
    'it always|usually|normally loosens|eases off|up by|once|after',
    'it is|was worse|better for me',
    // "did 10 min brisk walk first and it's way better for me", "day 2 is always the worst for me".
    'the worst for me',
    // "only after 25k for me", "always the last exercise for me".
    'only|always|mostly|usually|just after|past|around|by|at|on # k|km|mi|mile|miles|minutes|hours|sets|reps for me',
    'always|only|usually|mostly the last|first exercise|set|sets|rep|reps|lift|mile|miles|km|k for me',
    'it gets|got worse|better for me',
    // The thread's problem as the writer's own, told by what set it off or what it was: "sitting made mine worse",
    // "mine was 100% the hunched laptop thing", "mine was down to my shoes" (not "mine was from Decathlon": a belt).
    'made|makes|make mine worse|better',
    'mine was|is # the|my',
    'mine was|is down to',
    'mine was|is caused',
    // "Mine was awful every morning for weeks".
    'mine was|is awful|terrible|horrible|brutal|worst|worse',
    'mine gets|got awful|terrible|horrible|brutal|worse',
    // What set the writer's off: "mine was bending over to pick up a sock".
    'mine was bending|lifting|picking|reaching|twisting|sneezing|coughing|carrying|moving|deadlifting|squatting|pulling',
    'mine happened|started bending|lifting|picking|reaching|twisting|sneezing|coughing|carrying|moving|deadlifting|squatting|pulling',
    // What it was for the writer: "for me it was psoas", "hamstrings were my issue", "low back was the limiter".
    'for me it was|turned',
    'was|were my issue|issues|problem|culprit',
    'was|were my weak link',
    'was|were the limiter|culprit',
    'was|were the weak link',
    // How it went: "the ache was gone within the week", "the pinch went away", "no more pain between the shoulders".
    'the|my ache|pain|pinch|tightness|soreness|cramping|cramps|spasms|pump was|were gone',
    'the|my ache|pain|pinch|tightness|soreness|cramping|cramps|spasms|pump went|goes away',
    'the|my ache|pain|pinch|tightness|soreness|cramping|cramps|spasms|pump has|had gone away',
    'no more pain|ache|aches|cramps|cramping|tightness|pinch|spasms',
    // "the ache is way less now".
    'the|my ache|pain|tightness|soreness|cramping is|was way|much|loads less',
    "the|my ache|pain|tightness|soreness 's way|much|loads less",
    // "Day 2 is always worse than day 1 for me after a break".
    'day # is|was always|usually? worse than day #',
    // "the tuck and the ache both went", "belt back on, ache gone".
    'the|my ache|pain|pinch|tightness|soreness|cramping|cramps both? vanished|disappeared|went',
    'ache|pain|pinch|tightness|soreness|cramping|cramps gone',
    // What the writer changed: "took the pinch away", "takes away the ache every time".
    'took|takes|take the|my ache|pain|pinch|tightness|soreness|cramping|cramps|spasms|pump away',
    'took|takes|take away the|my ache|pain|pinch|tightness|soreness|cramping|cramps|spasms|pump',
    // It stopped for the writer, so they had it: "my back doesn't tighten anymore", "my back hasn't cramped since".
    "my back doesn't|didn't tighten|hurt|ache|cramp|spasm|seize|pump anymore",
    "my back hasn't tightened|hurt|ached|cramped|spasmed|seized|pumped since",
  ]),
  cue('own_remedy', [
    'helped',
    'has|have helped',
    'helps|helped me|mine',
    'what helps|helped|works|worked|fixed|sorted',
    'works|worked for me|mine',
    'worked|did wonders',
    `${FIXED} it|mine|that|this`,
    `${FIXED} it|that|this up|out`,
    'did the trick',
    'made a|the difference',
    'made a big|huge|massive|real difference',
    'got rid of it|them|mine',
    'for this|that|the very|exact|same reason',
    'for this|that reason',
    'nothing else? has|have? helped',
  ]),
  // How the asker's trouble will go, told to them in a thread about it: "it'll probably settle", "you'll be fine in 2-3
  // days", "fades in a week", "should calm down within a fortnight". Said of "it" or "you", or of nothing, with a time.
  cue('told_course', [
    "it'll|itll|it'd probably|usually|likely|soon? settle|calm|ease|fade|pass",
    "it'll|itll|it'd probably|usually|likely|soon? clear|settle|calm|ease up|down|off",
    'it will|should|would probably|usually|likely|soon? settle|calm|ease|fade|pass',
    'it will|should|would probably|usually|likely|soon? clear|settle|calm|ease up|down|off',
    ...TOLD_SPANS.flatMap((span) => [
      `you'll|youll be fine|right|ok|okay|grand in|within|after ${span}`,
      `you will|should be fine|right|ok|okay|grand in|within|after ${span}`,
      `fades|eases|settles|clears up|down|off? in|within ${span}`,
      `should settle|calm|ease|fade|clear|pass in|within ${span}`,
      `should settle|calm|ease|clear up|down|off in|within ${span}`,
    ]),
  ]),
  // What sets off the asker's trouble, asked of them (relevance.ts counts it only in a question): "Do any lifts stir it
  // up?", "does anything make it worse?", "what sets it off?".
  cue('asked_aggravator', [
    'stir|stirs|stirred it up',
    'set|sets|setting it off',
    'make|makes|made it worse',
    'aggravate|aggravates|aggravated it',
    'trigger|triggers|triggered it',
    'bring|brings|brought it on',
  ]),
  // What to do for the asker's trouble, offered in a thread that tells it (relevance.ts): care for a sore back, exercises
  // for it, a lighter week, a bike set up again. A referral alone ("see a physio") is no remedy: it adds nothing about
  // the back (corpus convention 5).
  cue('offered_remedy', [
    'ice|icing|heat|ibuprofen|advil|naproxen|aleve|nurofen|painkillers|voltaren',
    'ice|heat pack|packs|pad|pads',
    'heating pad|pads',
    'hot water bottle|bottles',
    'magnesium',
    'heat and ice|rest',
    'ice|rest and heat',
    'hot bath|baths|shower|showers',
    'epsom salt|salts',
    'pain killers',
    'foam roller|rolling',
    'foam roll|rolled it|them|your|the|out',
    'lacrosse|tennis|massage ball',
    'massage|massages',
    // "a sports massage after a week", "deep tissue massage": the kind named before it.
    'deep tissue|sports massage|massages',
    'yoga|pilates',
    // The yoga poses a back thread's replies name: "child's pose helps me", "cat cow every morning", "try the sphinx".
    'child|childs pose',
    "child 's pose",
    'cat cow|cows',
    'cat camel',
    'cobra|sphinx pose|stretch',
    'stretching|stretches',
    'stretch it|out',
    'active recovery',
    'keep moving',
    'rest and ice|heat',
    'rest up',
    'rest it',
    // "you might just need an adjustment from the chiro", "a chiro adjustment".
    'adjustment|adjustments from a|the|your chiro|chiropractor|osteo|osteopath',
    'chiro|chiropractic adjustment|adjustments',
    'plenty|total|relative|complete of? rest',
    'some rest',
    'a|few|couple days|weeks off',
    'a day|week off',
    'take|taking tomorrow|today|tonight off',
    'time off',
    'back extensions|extension',
    'hyperextensions|hyperextension|hypers|supermans',
    'reverse hypers|hyper',
    'bird dog|dogs',
    'dead bug|bugs',
    'glute bridge|bridges',
    'planks',
    'core|ab work|exercises|strengthening',
    'decrease|reduce|lower|drop|cut the|your? intensity|volume|mileage|load|loads|weight|weights|pace|speed',
    'go|going lighter',
    'back off the|your speed|volume|mileage|intensity|weight|weights|load|loads',
    'shorter|easier rides|runs|sessions for a|now|the',
    'lighter weight|weights|load|loads',
    'deload|deloading',
    // A lighter or slower week told as what to change: "ease off the pace", "slow down your easy runs", "cut back the
    // miles", "an easier gear on the climbs", "skip deadlifts for a few days", "take a break from deadlifts".
    'ease|easing up|off on? the|your pace|speed|intensity|mileage|miles',
    'slow|slowing down the|your easy? runs|rides|pace',
    'run|ride|jog|running|riding slower',
    'cut|cutting back on? the|your miles|mileage|volume|distance|running',
    'lower|lowering|drop|dropping|reduce|reducing the incline|gradient',
    'lower|easier gear|gears|incline',
    'higher|faster cadence',
    'stand|standing and pedal',
    'take|taking a break from running|lifting|squats|squatting|deadlifts|deadlifting',
    'skip|skipping|avoid|avoiding squats|squatting|deadlifts|deadlifting|running|lifting for a|now|the|awhile|bit|couple|few',
    'cross train|training',
    'take|taking it easy|easier for|on',
    'go|going easy|easier for|on',
    'extra|more rest day|days',
    'more sleep',
    'drink|drinking more water|fluids',
    'warm|warming up properly|longer|more|first',
    'warm|warming up for longer',
    'add|adding a|an|another rest day',
    'shorten|shortening your|the stride|strides',
    'shorter stride|strides',
    'stand|standing up? on the pedals',
    'alternate|alternating running|runs|lifting|days with',
    'alternate|alternating running|lifting|hard|easy days|sessions with',
    'walk|walking it off',
    'stay|keep active|hydrated',
    'give|giving it time',
    'give|giving it a|another day|week|fortnight|month|few|couple',
    'lighten|lightening the|your load|weight|weights',
    'rest|resting a couple|few of? days',
    'rest|resting for a couple|few of? days',
    'train|strengthen|strength|strengthening|work|hit your core|abs',
    'stop|quit slouching|hunching',
    'sit|stand up straight|straighter',
    'sit|sitting less',
    'get up and walk|move around|about',
    'raise|raising your|the monitor|screen',
    'mckenzie exercises|press|presses|method|extensions',
    'dead hang|hangs',
    'hang|hanging from a|the pull up? bar',
    'stop|stopping|quit doing those|them|that|these|it',
    // "getting your rest", "try running on grass", "stretch the tight muscles out".
    'get|getting your rest',
    'run|running on soft|softer ground|surfaces',
    'run|running on grass|trails',
    'stretch|stretching those|these|the|your tight? muscles',
    'strong|stronger abs|core and back',
    'muscle relaxant|relaxants|rub',
    'proper|longer|better warm up',
    // A run or a session tapered off: "a proper cool down after your runs", "walking for 10 minutes afterwards", "a 15
    // minute stretch".
    'proper|longer|slower|better|slow|gradual|easy cool down|cooldown',
    'cool|cooling down properly|longer|slowly|after|afterwards',
    'walk|walking for # minutes|min after|afterwards|before',
    'a # minute|min stretch',
    'stretch|stretching after|afterwards|before you|your|running|lifting|training',
    'bike fit|fitting',
    'raise|raising the|your? bars|handlebars|stem|saddle',
    'riser bars',
    'drop|dropping|lower|lowering the|your? saddle',
    'saddle height',
    'shorter|higher stem',
    'spacers under the|your stem',
    'tilt the|your saddle',
    // Sleeping aids for a back: "get a body pillow", "a firmer mattress sorted mine".
    'body pillow|pillows',
    'mattress topper',
    'firmer|better|new mattress',
    'standing desk',
    // "RICE it", rest as the answer: "just RICE it", "rest is the best medicine".
    'rice it',
    'rest|time is|was _? _? the best? answer|key|cure|medicine|trick',
    // Tension let go, for a neck or an upper back held tight: "relax your shoulders on the bike", "drop the shoulders",
    // "hands light on the bars", "a looser grip".
    'relax|relaxing|loosen|loosening your|the shoulders|grip|neck|arms|jaw|hands',
    'drop|dropping|lower|lowering your|the shoulders',
    'hands loosely|lightly|light|loose on',
    'loose|looser|lighter|relaxed grip',
    // "foam roller thoracic extensions", "ask the GP for stronger painkillers", "less twisting when you shovel".
    'thoracic extension|extensions|mobility|rotations',
    'stronger drugs|meds|painkillers|medication',
    'less|fewer bending|twisting|stooping',
    'tens machine|unit',
    'kinesio|kt tape',
    'inversion table',
  ]),
  cue('thanks', ['thanks|thank|thx|ty|cheers', 'thank you']),
  cue('sympathy', [
    'sorry|sad|gutted|bummed to hear|read about',
    'sorry you|about',
    'sorry for your',
    'sorry that you|your',
    'sorry to hear that? you|your',
  ]),
];

/**
 * Symptom words that, with no back word, are mostly about something else: verbs that take an object
 * ("we went to tighten it", "hunting and killing"), a state of a thing ("the thread was locked"), and
 * the words that make a back a grumbling body ("angry", "screaming", "not happy", "said no"), which
 * are about people and things just as often. With a back word they pair as usual, and longer phrases
 * ("killing me", "tightened up", "locked up") keep counting in a reply that leans on its thread.
 * Matched against a symptom mention's whole words.
 */
export const SYMPTOM_WORDS_NEEDING_A_PLACE: ReadonlySet<string> = new Set([
  // "A problem with 5000", "the issue is the regex": the words for any trouble at all.
  'problem',
  'problems',
  'issue',
  'issues',
  'trouble',
  'kill',
  'kills',
  'killing',
  'killed',
  'tighten',
  'locked',
  'lit',
  'scream',
  'screams',
  'screaming',
  'screamed',
  'anger',
  'angers',
  'angered',
  'angry',
  'barking',
  'cranky',
  'grumpy',
  'grumbling',
  'grumbles',
  'grumbled',
  'nagging',
  'nags',
  'nagged',
  'moaning',
  'moans',
  'moaned',
  'tire',
  'whining',
  'whines',
  'whined',
  'whinging',
  'whinges',
  'complaining',
  'complains',
  'complained',
  'protesting',
  'protests',
  'protested',
  'yelling',
  'yells',
  'yelled',
  'unhappy',
  'not happy',
  'said no',
  'said nope',
  'says no',
  'says nope',
  'crunchy',
  'talking to me',
  'jammed',
  'lockdown',
  'catches',
  'catching',
  // "Giving me grief": the kids, the coach, the boss as often as a back.
  ...['giving', 'gives', 'gave', 'given'].flatMap((verb) =>
    ['grief', 'hell', 'gyp', 'jip', 'trouble', 'problems', 'issues', 'bother', 'a hard time'].map((what) => `${verb} me ${what}`),
  ),
]);

/**
 * How a reply says a symptom word of something it names (DESIGN.md "Thread context"): "the thread is
 * locked", "my coach is killing me", "typing is a pain", "the judges were tight on depth". The word before
 * a linking verb is that something, unless it is one of REFERRING_SUBJECTS, which point back at the writer
 * or at the thread's problem ("it's killing me", "everything was locked up", "mine is tight").
 */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  "'s",
  'be',
  'been',
  'being',
  'gets',
  'got',
  'get',
  'getting',
  'keeps',
  'kept',
  'feels',
  'felt',
  'seems',
  'seemed',
  'looks',
  'looked',
  'sounds',
  'sounded',
  'sound',
]);

/** Helpers before a linking verb, between it and its subject: "mine's been a dull ache", "it has been tight", "it'll be sore". */
export const LINKING_AUXILIARIES: ReadonlySet<string> = new Set([
  // "used to get tight", "going to be sore".
  'to',
  'used',
  'going',
  "'s",
  'has',
  'have',
  'had',
  "'ve",
  "'d",
  "'ll",
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'is',
  'was',
]);

/** Verbs of a symptom going on, between "it" and the symptom: "it starts whining", "mine keeps grumbling". */
export const ONGOING_VERBS: ReadonlySet<string> = new Set(['starts', 'started', 'start', 'keeps', 'kept', 'begins', 'began']);

/** Words between a linking verb and its symptom word ("is a real pain", "was just so tight"). */
export const LINKING_FILLERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'such',
  'real',
  'really',
  'so',
  'pretty',
  'very',
  'quite',
  'just',
  'still',
  'kinda',
  'bit',
  'super',
  'too',
  'totally',
  'absolutely',
  'now',
  'always',
  'also',
  'getting',
  'being',
  'bloody',
  'damn',
  'like',
]);

/** Subjects that stand for the writer, their body or the thread's problem: a symptom said of them keeps the thread's place. */
export const REFERRING_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'you',
  'he',
  'she',
  'it',
  "it's",
  'we',
  'they',
  "they're",
  'this',
  'that',
  "that's",
  'these',
  'those',
  'everything',
  "everything's",
  'something',
  'anything',
  'all',
  'mine',
  'which',
  'what',
  "what's",
  'who',
  'stuff',
  'area',
  'spot',
  'side',
  'one',
  'body',
  'muscle',
  'muscles',
]);

/** What a symptom word names when it qualifies one of these: the forum's sections ("moved to the injuries subforum"). */
export const FORUM_PLACES: ReadonlySet<string> = new Set([
  'forum',
  'forums',
  'subforum',
  'section',
  'board',
  'thread',
  'threads',
  'megathread',
  'sub',
  'subreddit',
  'category',
  'flair',
  'tag',
  'wiki',
  'faq',
]);

/** "That sounds painful", "sounded like a pain": said of someone else's problem, whoever the subject is. */
export const SECONDHAND_VERBS: ReadonlySet<string> = new Set(['sounds', 'sounded', 'sound']);

/** A pronoun after one of these is its object, not the subject: "the old thread on this is locked". */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'of', 'about', 'for', 'with', 'in', 'from', 'to', 'at', 'like']);

/** Words that join two symptom words before what they qualify: "the pain and injury board". */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', '&', '/']);

/** Where a subject starts at the latest: "my screen cracked so typing is a pain". */
export const SUBJECT_BOUNDARIES: ReadonlySet<string> = new Set([
  'so',
  'and',
  'but',
  'because',
  'cause',
  'when',
  'if',
  'though',
  'then',
]);

/** Nouns ending in -ing that name no movement of the writer's ("the morning is killing me" has a subject, not a movement). */
export const NOT_GERUNDS: ReadonlySet<string> = new Set([
  'thing',
  'things',
  'something',
  'nothing',
  'anything',
  'everything',
  'morning',
  'evening',
  'during',
  'string',
  'spring',
  'king',
  'ring',
  'ceiling',
  'wedding',
]);

/**
 * Gerunds after "without" that leave the negation on what follows: "without feeling my back hurt", "without having
 * any pain" (against "without warming up my back tweaks", where only the warming up is negated).
 */
export const PERCEIVING_GERUNDS: ReadonlySet<string> = new Set([
  'feeling',
  'noticing',
  'having',
  'getting',
  'experiencing',
  'suffering',
  'losing',
]);

/** Words that open a new owner's noun phrase: "my", "his", "her". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'her']);

/** Subjects that make a subject-dropped agreement someone else's: "you had exactly this last year?". */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['you', 'u', 'he', 'she', 'they', 'we', 'ya']);
/** Who tightens a back on purpose, and the infinitive's "to" ("I tightened my lower back", "try to tighten"). */
export const PEOPLE_TIGHTENING: ReadonlySet<string> = new Set(['i', 'you', 'we', 'u', 'he', 'she', 'they', 'to']);
/** What makes it a naming: "that's", "sounds like", "classic". */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  "that's",
  'thats',
  'is',
  "it's",
  'its',
  'sounds',
  'looks',
  'classic',
  'textbook',
  'typical',
  // A guess told as one: "I'd guess rounding of the back", "I suspect adhesions in the QL", "my guess is a disc".
  'guess',
  'suspect',
  'reckon',
]);
/** What may lead a cause named back to the asker: "that's butt wink", "sounds like a disc", "classic desk posture". */
export const NAMING_LEADS: ReadonlySet<string> = new Set([
  ...NAMING_VERBS,
  'that',
  'like',
  'a',
  'an',
  'your',
  'probably',
  'likely',
  'definitely',
  'just',
  'pure',
  'i',
  "i'd",
  'my',
  'would',
  'be',
  'the',
]);
/** What may follow it: "butt wink mate", "sounds like a disc to me". */
export const NAMING_TAILS: ReadonlySet<string> = new Set(['mate', 'bro', 'man', 'lol', 'to', 'me', 'probably', 'imo', 'then']);
/** Words that may lead a back named after it: "rounding of the back", "adhesions in your QL". */
export const NAMING_PLACE_LINKS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'the',
  'your',
  'his',
  'her',
  'muscle',
  'muscles',
]);
/** "When you stand up": the asker's time, told to them. */
export const ASKERS_TIME: ReadonlySet<string> = new Set(['when you', 'whenever you']);
/** How a reply asks the asker about a cause, yes or no or how: "Are you…", "Did you…", "How's your…", "What's your…". */
export const ASKED_CAUSE_OPENERS: ReadonlySet<string> = new Set([
  'are',
  'do',
  'did',
  'does',
  'have',
  'has',
  'is',
  'was',
  'were',
  'had',
  'how',
  "how's",
  'hows',
  "what's",
  'whats',
  // A bare guess: "Your trainers?", "Your saddle height?".
  'your',
]);

/**
 * The words that put advice to the asker ("you should ease off the pace", "make sure you warm up"): the lexicon's
 * hypothetical cues read them as a condition in a writer's own post ("you should feel it in your back"), but in advice
 * they are how it is told, not an "if".
 */
export const ADVICE_MODALS: ReadonlySet<string> = new Set([
  'you should',
  'you need',
  'you could',
  'you might',
  'you may',
  'you can',
  'make sure',
  'be sure',
  'try to',
]);
/** What an advice's "if" follows when it asks rather than sets a condition: "see if it settles", "check whether it helps". */
export const EMBEDDED_QUESTION_LEADS: ReadonlySet<string> = new Set(['see', 'check', 'find', 'notice', 'test']);

/**
 * Words that make "your lower back will feel tight when you brace" what training is meant to feel like, not the asker's
 * complaint: "that's normal", "it's expected", "that's the point".
 */
export const MEANT_TO_FEEL_WORDS: ReadonlySet<string> = new Set(['normal', 'expected', 'point', 'supposed']);
/**
 * Verbs that tell what brings a back pain on, in a general truth told to the asker: "worn trainers can cause back pain",
 * "tight hips will give you lower back pain", "a saddle too high leads to back pain".
 */
export const CAUSING_VERBS: ReadonlySet<string> = new Set([
  'cause',
  'causes',
  'causing',
  'give',
  'gives',
  'giving',
  'lead',
  'leads',
  'trigger',
  'triggers',
  'aggravate',
  'aggravates',
  'exacerbate',
  'exacerbates',
]);
/**
 * Verbs that open advice to the asker ("Try stretching out your hip flexors", "Work on your core", "Get a bike fit"):
 * a sentence that opens with one tells the asker what to do.
 */
export const ADVICE_OPENERS: ReadonlySet<string> = new Set([
  'try',
  'work',
  'stretch',
  'strengthen',
  'raise',
  'lower',
  'drop',
  'check',
  'watch',
  'fix',
  'focus',
  'get',
  'do',
  'add',
  'swap',
  'change',
  'ditch',
  // Something to buy: "buy a new mattress", "grab a foam roller", "replace your trainers".
  'buy',
  'grab',
  'replace',
]);
/**
 * How a remedy is offered (relevance.ts), besides a "you" in its sentence and the advice openers: a verb that opens its
 * clause and tells the asker what to do ("rest up", "keep moving", "use a lacrosse ball"), after words that leave it a
 * command ("just", "and", "maybe"); a word that hedges it as a suggestion; a word that praises it ("heat helps", "the
 * best way to go").
 */
export const REMEDY_COMMANDS: ReadonlySet<string> = new Set([
  'keep',
  'rest',
  'ice',
  'use',
  'take',
  'cut',
  'go',
  'make',
  'start',
  'give',
  'look',
  'consider',
  'invest',
  'decrease',
  'reduce',
  'raise',
  // Training changed: "drop the incline a notch", "alternate runs with swims", "skip deadlifts for a few days".
  'put',
  'set',
  'alternate',
  'add',
  'skip',
  'ease',
  'slow',
  'warm',
  'swap',
  'switch',
  'mix',
  // A remedy to ask a doctor or a pharmacist for: "ask for stronger painkillers".
  'ask',
]);
export const COMMAND_LEADS: ReadonlySet<string> = new Set([
  'just',
  'and',
  'also',
  'so',
  'then',
  'maybe',
  'definitely',
  'please',
  'or',
  'but',
  'honestly',
  'alternatively',
  'otherwise',
  'perhaps',
]);
export const REMEDY_HEDGES: ReadonlySet<string> = new Set([
  'maybe',
  'perhaps',
  'could',
  'should',
  'might',
  'would',
  "i'd",
  'need',
]);
export const REMEDY_PRAISE: ReadonlySet<string> = new Set([
  'help',
  'helps',
  'helped',
  'best',
  'great',
  'friend',
  'friends',
  'fix',
  'works',
  'worth',
  'key',
  'wonders',
  'advocate',
  // Passed on as advice: "my physio recommended heat packs".
  'recommend',
  'recommends',
  'recommended',
]);
/**
 * What follows a remedy's words when they are no remedy (review 45a): "stretching the limits", "ice cream", "a heat
 * wave", "a few days off the forum", "go lighter on the beers". Read past "the", "on" and "of".
 */
export const REMEDY_OTHER_SENSES: ReadonlySet<string> = new Set([
  'limits',
  'limit',
  'truth',
  'rules',
  'budget',
  'point',
  'cream',
  'wave',
  'waves',
  'forum',
  'internet',
  'beers',
  'beer',
  'booze',
  'drink',
  'pizza',
]);
/** Words read past to what follows a remedy (REMEDY_OTHER_SENSES). */
export const REMEDY_OTHER_SENSE_LINKS: ReadonlySet<string> = new Set(['the', 'on', 'of']);
/** Verbs of what a remedy did for something else, read with what follows ("pilates improved my golf swing"). */
export const IMPROVING_VERBS: ReadonlySet<string> = new Set([
  'improved',
  'improves',
  'boosted',
  'boosts',
  'fixed',
  'fixes',
  'made',
  'makes',
  'took',
  'takes',
]);
/** A remedy scorned, not offered for the asker's trouble (relevance.ts): "stretching is overrated", "massage guns are a scam", "hate stretching". */
export const REMEDY_SCORN: ReadonlySet<string> = new Set([
  'overrated',
  'meme',
  'gimmick',
  'gimmicky',
  'myth',
  'masks',
  'scam',
  'overkill',
  'hate',
  'waste',
  'useless',
  'pointless',
  'nonsense',
  'rubbish',
]);
/**
 * The back's recovery, told right after it: "get the back sorted before race day", "get your back looked at". With a causative
 * verb before the back (BACK_RECOVERY_VERBS), advice to the asker on their back, not a form cue ("get your back tight").
 */
export const BACK_RECOVERY_WORDS: ReadonlySet<string> = new Set([
  'better',
  'sorted',
  'fixed',
  'checked',
  'looked',
  'seen',
  'healed',
  'healthy',
  'treated',
  'assessed',
]);
export const BACK_RECOVERY_VERBS: ReadonlySet<string> = new Set(['get', 'getting', 'have']);
/** What makes a question a suggestion to the asker: "What about flipping the stem?", "Why not drop the weight?". */
export const SUGGESTION_OPENERS: ReadonlySet<string> = new Set([
  'how about',
  'what about',
  'why not',
  // A remedy asked after as tried: "have you tried cat cow?", "did you try heat?", "ever tried a heat pack?".
  'have you',
  'did you',
  'ever tried',
  'you tried',
  // Put as what the asker could do: "could you try running on grass?", "can you alternate with swims?".
  'could you',
  'can you',
]);
/** A time a remedy is named for, opening its sentence before it: "When the spasm settles, sports massage". */
export const REMEDY_TIME_LEADS: ReadonlySet<string> = new Set(['once', 'when', 'after', 'until', 'till']);
/** Words a remedy asked as a bare question may come with: "Ice pack?", "Some rest perhaps?". */
export const BARE_REMEDY_WORDS: ReadonlySet<string> = new Set([
  'maybe',
  'perhaps',
  'try',
  'take',
  'some',
  'a',
  'an',
  'or',
  'and',
  'more',
]);
/** Words before "you" that make the asker a yardstick, not the one advised: "same shoes as you", "like you describe". */
export const YOU_COMPARED: ReadonlySet<string> = new Set(['as', 'like', 'than']);
/** "You'll cramp", "you will tweak it": what will happen to the asker, told to them. */
export const TOLD_FUTURE: ReadonlySet<string> = new Set(["you'll", 'you will']);
/** Words after "same" that make it a time, not a complaint: "at the same time". */
export const SAME_WHEN: ReadonlySet<string> = new Set([
  'time',
  'times',
  'day',
  'days',
  'week',
  'weeks',
  'session',
  'set',
  'moment',
  'point',
]);
/** People who "do this to me" without being a lift or a run: "my boss does this to me every week". */
export const PEOPLE_WHO_DO_IT: ReadonlySet<string> = new Set([
  'boss',
  'coach',
  'coaches',
  'manager',
  'landlord',
  'wife',
  'husband',
  'gf',
  'bf',
  'girlfriend',
  'boyfriend',
  'partner',
  'kid',
  'kids',
  'dog',
  'cat',
  'teacher',
  'trainer',
  'mum',
  'mom',
  'dad',
  'guy',
  // "A mate had something similar", "my brother gets this too".
  'mate',
  'mates',
  'friend',
  'friends',
  'buddy',
  'brother',
  'sister',
  'son',
  'daughter',
  'colleague',
]);

/** Before a body part that is only where something goes: "up to my ribs", "my knee past my toes". */
export const DESTINATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'past', 'toward', 'towards']);

/** Prepositions before a part the writer did something with ("carried it with both hands"): a tool, not a complaint. */
export const INSTRUMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'using']);

/** Words between such a preposition and its part: a possessive, or "the", "both", "left"… */
export const PART_DETERMINERS: ReadonlySet<string> = new Set([...POSSESSIVES, 'the', 'your', 'both', 'left', 'right', 'a']);

/**
 * The writer's own experience of the thread's problem told in their words, however they put it
 * (relevance.ts ownExperiences): a verb of having it ("had", "fighting", "dealing with"), a few
 * adverbs at most, then a word that points back at the problem ("this", "it", "the same"). The writer
 * says "I"/"my" in the clause, or the verb opens the sentence ("Had the same, turned out…").
 */
export const EXPERIENCE_VERBS: ReadonlySet<string> = new Set([
  'get',
  'gets',
  'got',
  'getting',
  'had',
  'have',
  'having',
  "i've",
  'suffer',
  'suffered',
  'suffering',
  'deal',
  'dealt',
  'dealing',
  'fight',
  'fighting',
  'fought',
  'battle',
  'battling',
  'battled',
  'struggle',
  'struggled',
  'struggling',
  'experience',
  'experienced',
  'experiencing',
]);

/** Words between the verb and what it points back at: "had this so bad", "been fighting this". */
export const EXPERIENCE_FILLERS: ReadonlySet<string> = new Set([
  'been',
  'had',
  'exactly',
  'just',
  'literally',
  'basically',
  'pretty',
  'much',
  // "Had almost the same after a long trip".
  'almost',
  'nearly',
  'the',
  'with',
  'from',
  'also',
  'still',
  'always',
  'often',
  'sometimes',
]);

/** What the verb points back at: the thread's problem. */
export const ANAPHORS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'it', 'same', 'similar']);

/**
 * What may follow "this"/"that" when it stands for the problem ("had this for years", "get this too",
 * "had this so bad"), and not a noun it qualifies ("I have this weird form", "got this program").
 * "it" needs one of them too ("I get it" is "I understand"), and "same" follows SAME_FOLLOWERS.
 */
export const ANAPHOR_FOLLOWERS: ReadonlySet<string> = new Set([
  'for',
  // "had something like that over christmas".
  'over',
  'too',
  'also',
  'as',
  'all',
  'every',
  'since',
  'after',
  'during',
  'when',
  'whenever',
  'while',
  'on',
  'in',
  'at',
  'around',
  'sometimes',
  'often',
  'a',
  'so',
  'really',
  'bad',
  'badly',
  'right',
  'now',
  'myself',
  'again',
  'lol',
  'haha',
  'years',
  'months',
  'weeks',
  'ever',
  'last',
  'this',
  'once',
  'twice',
  'constantly',
  'regularly',
  'occasionally',
  'mostly',
  'only',
  'exactly',
  // "Mine does exactly this esp on cold mornings", "I get this usually on the last mile".
  'esp',
  'especially',
  'usually',
  'mainly',
  'almost',
  'nearly',
  'most',
  'if',
  'but',
  'though',
  'tbh',
  // "I had this until I fixed my warm-up", "mine did the same till I slowed down".
  'until',
  'till',
  'til',
  'before',
]);

/**
 * A sentence that opens with "same", "me" or "been there" agrees when one of these follows ("Seriously same, it
 * ruins my long run", "Me every Saturday lol", "Been there."), or nothing does; "same shoes as you?", "me and my
 * mate" and "been there for the Arnold?" do not.
 */
export const OPENING_AGREEMENT: readonly (readonly string[])[] = [
  ['same'],
  ['me'],
  ['been', 'there'],
  // "52, competing M50. Exactly the same.", "The exact same here".
  ['exactly', 'the', 'same'],
  ['the', 'exact', 'same'],
  ['exact', 'same'],
];
/** Forum agreements that agree only standing alone: "This.", "So much this!" (not "this squat", "this is my log"). */
export const OPENING_AGREEMENT_ALONE: readonly (readonly string[])[] = [['this'], ['so', 'much', 'this'], ['all', 'of', 'this']];
/** "Same, following this thread for tips": agreeing to follow the thread, not to having the problem. */
export const FOLLOWING_THREAD: ReadonlySet<string> = new Set([
  'following',
  'subscribed',
  'subscribing',
  'bump',
  'bumping',
  'watching',
  'interested',
  'commenting',
  'curious',
]);
export const OPENING_AGREEMENT_FOLLOWERS: ReadonlySet<string> = new Set([
  'here',
  'too',
  'also',
  'as',
  'every',
  'all',
  'most',
  'right',
  'lately',
  'literally',
  'always',
  'exactly',
  'lol',
  'haha',
  'problem',
  'issue',
  'thing',
  'story',
  'boat',
  // "Same deal.", "Same experience.", "same situation here".
  'deal',
  'experience',
  'situation',
  // "Me last spring!", "Same last year".
  'last',
  'yesterday',
  // "triathlete here, same exact thing" (not "same bro, see you Sunday": an address is chatter).
  'exact',
]);

/**
 * Words after an opening "same" or "me" that say when or where the thread's problem comes for the writer ("yeah same
 * after about 8k", "me on the last rep of 5s"), or how the writer's differs ("same but my shoes had 600 miles on them").
 */
export const SAME_CIRCUMSTANCES: ReadonlySet<string> = new Set([
  'after',
  'when',
  'whenever',
  'if',
  'once',
  'at',
  'on',
  'with',
  'during',
  'past',
  'around',
  'about',
  'by',
  'from',
  'but',
  // "same only when I'm carrying the big pack".
  'only',
]);

/** After "same when I was": a time of the writer's life ("in college", "a kid", "younger"), not of the problem. */
export const LIFE_STAGE_OPENERS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'a',
  'an',
  'younger',
  'young',
  'little',
  'still',
  'growing',
]);

/** People whose doings "do it to me" ("people who don't rerack", "the gym bros"): an annoyance, not a back. */
export const PEOPLE_WHO_ANNOY: ReadonlySet<string> = new Set([
  'people',
  'ppl',
  'bros',
  'guys',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'folks',
  'he',
  'she',
  'they',
]);

/** Groups after an opening "same": "same with my running club", "same at my gym, everyone…", "the lads". */
export const GROUPS: ReadonlySet<string> = new Set(['club', 'team', 'squad', 'group', 'lads', 'girls', 'crew', 'gym', 'class']);

/** Of SAME_CIRCUMSTANCES, those a clause of its own follows ("same when I push the pace"). */
export const CLAUSE_OPENING_CIRCUMSTANCES: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'once', 'but', 'only']);

/** "this", "that" and their plurals: a pointer at the problem, or the first word of a noun phrase about something else. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/**
 * The words of a back a thread title may only name and still be about one ("Lower back on heavy squats"): the back
 * itself, not a muscle a lift trains ("Scap retraction on bench", "Lat pulldown grip").
 */
export const TOPIC_BACK_WORDS: ReadonlySet<string> = new Set(['back', 'spine', 'lumbar', 'thoracic']);
/** Words that place a back at a title's start: "Lower back seized up", "Mid back aching". */
export const REGION_LEADS: ReadonlySet<string> = new Set(['lower', 'low', 'upper', 'mid', 'middle']);

/**
 * Nouns that, after "the whole", "this", "that" or "the same", stand for a body part the text has just named, as
 * "it" does: "…over my lower back, and the whole thing went into a cramp", "my mid back … this spot cramps".
 */
export const REFERRING_NOUNS: ReadonlySet<string> = new Set(['thing', 'spot', 'area', 'muscle', 'bit']);

/** What comes before a REFERRING_NOUNS word for it to point back ("the whole thing", "that spot", "the same area"). */
export const REFERRING_DETERMINERS: ReadonlySet<string> = new Set(['whole', 'this', 'that', 'same']);

/** Words between a demonstrative and the problem it names: "this exact thing", "that very problem". */
export const QUALIFIERS: ReadonlySet<string> = new Set(['exact', 'same', 'very']);

/** The problem itself, named after "this" ("I've had this issue for ages", "this exact problem"). */
export const PROBLEM_NOUNS: ReadonlySet<string> = new Set([
  'thing',
  'things',
  'issue',
  'issues',
  'problem',
  'problems',
  'pain',
  'pains',
  'symptom',
  'symptoms',
  'feeling',
  'sensation',
  'trouble',
]);

/** Words that may come before a verb that opens its sentence: "Still dealing with it", "Yep, had this too". */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'still',
  'also',
  'currently',
  'literally',
  'seriously',
  'totally',
  'honestly',
  'yep',
  'yeah',
  'yes',
  'yup',
  'oh',
  'man',
  'ugh',
  'lol',
  'haha',
  'same',
  'been',
  'always',
  'just',
]);

/**
 * What may follow "I have the same" in a reply that says the writer has the thread's problem: the
 * problem itself ("thing", "issue"), a place, time or frequency ("here", "at mile 3", "every run"), or
 * nothing. Another noun ("I have the same cat", "the same shoes") is agreement about that, not a symptom.
 */
export const SAME_FOLLOWERS: ReadonlySet<string> = new Set([
  ...PROBLEM_NOUNS,
  'story',
  'experience',
  'exact',
  'exactly',
  'kind',
  'sort',
  'type',
  'here',
  'too',
  'also',
  'as',
  'with',
  'for',
  'at',
  'on',
  'in',
  'after',
  'during',
  'when',
  'while',
  'since',
  'every',
  'all',
  'sometimes',
  'often',
  'now',
  'and',
  'but',
  'lol',
  'haha',
  'though',
  'myself',
  'last',
  'one',
  'until',
  'till',
  'til',
  'before',
  // "Had the exact same from getting stacked".
  'from',
  // When: "had something really similar a few weeks ago" (relevance.ts reads "a" with the time word after it),
  // "have something pretty similar going on rn", "had the same over xmas".
  'going',
  'over',
  'once',
  'twice',
  'years',
  'months',
  'weeks',
  'ages',
  'rn',
  'atm',
  'recently',
  'lately',
  'yesterday',
  'today',
  'earlier',
]);

/** Time words after "a" that make "similar a few weeks ago" a when, not a thing ("the same a few weeks back"). */
export const TIME_AFTER_A: ReadonlySet<string> = new Set(['few', 'couple', 'while', 'month', 'week', 'year', 'bit', 'lot']);

/**
 * A title's generic "you", read as the writer's own: "that feeling when your lower back pumps on runs", "does your back
 * cramp on long runs?" are about the complaint, put to everyone (lib/analysis/thread.ts). Replaced word for word.
 */
export const GENERIC_YOU: ReadonlyMap<string, string> = new Map([
  ['your', 'my'],
  ['ur', 'my'],
  ['you', 'i'],
  ["you're", "i'm"],
  ['youre', 'im'],
  ["you've", "i've"],
]);

/** Words after an agreement that say nothing of what it is about: when, and who to ("same here since Tuesday mate"). */
export const PLAIN_AGREEMENT_FOLLOWERS: ReadonlySet<string> = new Set([
  'since',
  'too',
  'also',
  'as',
  'mate',
  'man',
  'bro',
  'lol',
  'tbh',
  'now',
  'again',
  'for',
  'and',
  'but',
  'exactly',
  'unfortunately',
  'sadly',
  'right',
  'literally',
  'atm',
]);

// Replies that agree or advise (relevance.ts threadPairs): what makes an agreement or a back word in advice be about
// something other than the thread's problem.

/** Words before a back that make it a yardstick, not the asker's: "quads are too weak relative to your back". */
export const YARDSTICK_WORDS: ReadonlySet<string> = new Set(['than', 'relative', 'compared']);

/** What not to do to a back: "don't foam roll your lumbar spine directly". */
export const DONT_WORDS: ReadonlySet<string> = new Set(["don't", 'never', 'avoid', 'stop']);

/**
 * What hurts a back, told as what not to do right after the "don't": "don't arch your back so hard", "so you don't
 * round your lower back". Advice against the asker's cause, not a rule of care for the back.
 */
export const CAUSE_MOVES: ReadonlySet<string> = new Set([
  'arch',
  'arching',
  'overarch',
  'overarching',
  'round',
  'rounding',
  'hyperextend',
  'hyperextending',
  'overextend',
  'overextending',
  'crank',
  'cranking',
]);

/** Words that are no speaker's "<who> here" at a sentence's start ("38 yo lifter here"): "I", "you", "it", a verb or a "not". */
export const SPEAKER_BLOCKERS: ReadonlySet<string> = new Set(['i', 'you', 'it', 'is', 'are', 'was', 'not', 'no']);

/** The verbs of an agreement that may be followed by where it came from ("had exactly this from jerks"). */
export const HAD_WORDS: ReadonlySet<string> = new Set(['had', 'have', 'having']);

/** Words that say a part was fine: "back was fine", "my back's ok". */
export const FINE_WORDS: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'good', 'unaffected', 'perfect']);

/** Verbs between a back and its "fine": "back was fine", "my back's been fine", "back felt ok". */
export const BE_WORDS: ReadonlySet<string> = new Set(['was', 'is', "'s", 'felt', 'feels', 'stayed', 'stays', 'has', 'been']);

/** Prepositions from an agreement to the part it was of: "had something similar with my knee", "…in my hamstrings". */
export const PART_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'in', 'on']);

/**
 * A part after these is how the writer lay or leant, not where it hurt: "mine turned out to be sleeping on my stomach",
 * "mine was from leaning on my right elbow".
 */
export const POSTURE_VERBS: ReadonlySet<string> = new Set([
  'sleeping',
  'sleep',
  'slept',
  'lying',
  'lie',
  'lay',
  'laying',
  'leaning',
  'lean',
  'leant',
  'leaned',
  'resting',
  'propped',
]);

/** Words after a part that make it the work that fixed the problem: "mine went away with hip work". */
export const REMEDY_AFTER_PART: ReadonlySet<string> = new Set([
  'work',
  'mobility',
  'stretches',
  'stretching',
  'exercises',
  'drills',
  'strengthening',
]);

/** Words that open what a remedy helped ("helped my times", "did a lot for my squat"). */
export const HELPED_OBJECT: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their']);
