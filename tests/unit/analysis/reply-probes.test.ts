/**
 * Generated probes for two classes of wording found among the replies the engine missed (issue 12):
 * a reply that tells what worked for the writer in a thread about a back ("foam rolling my glutes helped
 * me"), and a back placed by a landmark below it ("just above my left hip"). Each class is concept lists ×
 * templates, with the look-alikes that must stay unmarked: advice to the asker, a thank-you, the same
 * words in a thread about something else, a landmark with no symptom. And a third class, found on real
 * pages in the browser (tests/e2e/real-pages.test.ts): chatter in a thread about a back that only looks
 * like a symptom or a "me too" ("I have the same cat", "we went to tighten it"), or a symptom word said
 * of something the reply names ("the thread is locked", "my coach is killing me").
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const BACK_THREADS = [
  { title: 'Lower back spasms after heavy deadlifts', region: 'lower_back' },
  { title: 'Mid back cramping on bench, any ideas?', region: 'mid_back' },
  { title: 'Upper back tightness between the shoulder blades', region: 'upper_back' },
];
const OTHER_THREADS = ['Best shoes for a first marathon?', 'Bench stuck at 100 kg for months', 'Knee pain on stairs'];

/**
 * The replies read as about a back (`relevant`) or not, as "title: text", under each thread title
 * (undefined: read alone).
 */
function readAs(relevant: boolean, titles: readonly (string | undefined)[], texts: readonly string[]): string[] {
  return titles.flatMap((title) =>
    texts
      .filter((text) => assess(text, title ? { thread: { title } } : {}).relevant === relevant)
      .map((text) => `${title ?? '(alone)'}: ${text}`),
  );
}
const BACK_TITLES = BACK_THREADS.map((thread) => thread.title);

const REMEDIES = [
  'foam rolling',
  'stretching my hamstrings every night',
  'getting my hip flexors looser',
  'dropping the weight for a couple of weeks',
  'a proper warm-up',
  'side planks and bird dogs',
];

/** What worked, told by the writer: always with "I", "me" or "my". */
const WORKED_FOR_ME = [
  (remedy: string) => `I also found ${remedy} helped.`,
  (remedy: string) => `What helped me was ${remedy}.`,
  (remedy: string) => `Honestly ${remedy} worked for me, took about a week.`,
  (remedy: string) => `For me ${remedy} did the trick.`,
  (remedy: string) => `${remedy.charAt(0).toUpperCase()}${remedy.slice(1)} made a big difference for my back.`,
  (remedy: string) => `I started ${remedy} for this very reason.`,
  (remedy: string) => `Tried everything, ${remedy} is what fixed it for me.`,
  (remedy: string) => `I found ${remedy} helped my back more than anything.`,
];

/**
 * The same remedies as the asker's thanks, a question back, or help with something other than the back: nobody here
 * says they have had the thread's problem, and nothing is said of the asker's back.
 */
const NOT_THE_WRITERS = [
  (remedy: string) => `Thanks, I think ${remedy} helped!`,
  (remedy: string) => `${remedy.charAt(0).toUpperCase()}${remedy.slice(1)} did wonders for my conditioning.`,
  (remedy: string) => `For me ${remedy} made a big difference to my race times.`,
  (remedy: string) => `I found ${remedy} helped my squat numbers.`,
];

/** Advice to the asker, in the forms it takes: a modal after "you", a remedy that "would help you". */
const ADVICE = [
  (remedy: string) => `You could try ${remedy}, hope this helps.`,
  (remedy: string) => `Maybe ${remedy} would help you.`,
  (remedy: string) => `You should look at ${remedy}, worked for a lot of people.`,
  // Asked as tried, offered all the same (round 50's readers).
  (remedy: string) => `Have you tried ${remedy}?`,
];
/** Remedies that name a cause of the back's trouble (knotted muscle, no warm-up, a weak core). */
const CAUSE_REMEDIES = ['foam rolling', 'a proper warm-up', 'side planks and bird dogs'];

describe('a reply that tells what worked for the writer, in a thread about a back', () => {
  const cases = BACK_THREADS.flatMap((thread) =>
    REMEDIES.flatMap((remedy) => WORKED_FOR_ME.map((frame) => ({ thread, text: frame(remedy) }))),
  );

  it(`is read as the writer's own back, with the thread's region (${cases.length} replies)`, () => {
    const misses = cases.filter(({ thread, text }) => {
      const read = assess(text, { thread: { title: thread.title } });
      return !read.relevant || !read.features.region?.includes(thread.region as never);
    });
    expect(misses.map(({ thread, text }) => `${thread.title} :: ${text}`)).toEqual([]);
  });

  it('says that the region came from the thread', () => {
    const read = assess('What helped me was foam rolling.', { thread: { title: BACK_THREADS[0]!.title } });
    expect(read.fromThread?.region).toBe(true);
  });

  it('is not about a back when the thread is about something else, or when read alone', () => {
    const marked = [
      ...OTHER_THREADS.flatMap((title) =>
        REMEDIES.flatMap((remedy) => WORKED_FOR_ME.map((frame) => ({ title, text: frame(remedy) }))),
      ),
      ...REMEDIES.flatMap((remedy) => WORKED_FOR_ME.map((frame) => ({ title: '', text: frame(remedy) }))),
    ].filter(({ title, text }) => !/back/.test(text) && assess(text, title ? { thread: { title } } : {}).relevant);
    expect(marked).toEqual([]);
  });

  // Advice about the asker's trouble is about someone's back, as the corpus README defines relevance and as dev2 and
  // the real sets' readers label such replies (README, "Accuracy", round 43).
  it('reads advice to the asker that names a cause of the thread’s back trouble as about a back', () => {
    const unmarked = BACK_THREADS.flatMap((thread) =>
      CAUSE_REMEDIES.flatMap((remedy) => ADVICE.map((frame) => ({ title: thread.title, text: frame(remedy) }))),
    ).filter(({ title, text }) => !assess(text, { thread: { title } }).relevant);
    expect(unmarked).toEqual([]);
  });

  it('but not the same advice under a thread about something else, or read alone', () => {
    const texts = CAUSE_REMEDIES.flatMap((remedy) => ADVICE.map((frame) => frame(remedy)));
    expect(readAs(true, [...OTHER_THREADS, undefined], texts)).toEqual([]);
  });

  it('leaves the asker’s thanks, a question back and help with something else unmarked', () => {
    const marked = BACK_THREADS.flatMap((thread) =>
      REMEDIES.flatMap((remedy) => NOT_THE_WRITERS.map((frame) => ({ title: thread.title, text: frame(remedy) }))),
    ).filter(({ title, text }) => assess(text, { thread: { title } }).relevant);
    expect(marked).toEqual([]);
  });
});

const LANDMARKS = [
  'just above my left hip',
  'right above my hips',
  'above my right hip bone',
  'just above my butt',
  'above the tailbone',
  'right above my belt line',
  'where my back meets my pelvis',
];
const SYMPTOMS = ['a dull ache', 'a sharp pain', 'this tightness', 'a cramp'];
const PLACED = [
  (symptom: string, landmark: string) => `I get ${symptom} ${landmark} after squats.`,
  (symptom: string, landmark: string) => `There's ${symptom} ${landmark} every time I run more than five miles.`,
  (symptom: string, landmark: string) => `Woke up with ${symptom} ${landmark} and it's still there.`,
];

describe('a back placed by a landmark below it', () => {
  it('reads the lower back', () => {
    const misses = LANDMARKS.flatMap((landmark) =>
      SYMPTOMS.flatMap((symptom) => PLACED.map((frame) => frame(symptom, landmark))),
    ).filter((text) => {
      const read = assess(text);
      return !read.relevant || !read.features.region?.includes('lower_back');
    });
    expect(misses).toEqual([]);
  });

  it('is no back complaint without a symptom, nor where the landmark is the place of a lift', () => {
    for (const text of [
      'Pull the bar until it is just above my hips and hold it there.',
      'I wear my belt right above my hips for squats.',
      'Pain just above my knee after long runs.',
    ]) {
      expect(assess(text).relevant, text).toBe(false);
    }
  });
});

/** Chatter: the look of "me too" or of a symptom word, about something else; no back in the reply. */
const CHATTER = [
  'I swear I have the same cat.',
  'I got the same shoes last spring, love them.',
  'I have the same watch and the GPS is awful.',
  'We went to tighten it right before the photo.',
  'You need to tighten the straps before every set.',
  'The hunting and killing is what cats do.',
  'That sale is killing it this week.',
  'Cut the lit fuse, mate.',
];

/** The same shapes saying the writer has the thread's problem. */
const STILL_ME_TOO = [
  'I have the same, mostly after deadlifts.',
  'I had the same at mile 10 last Sunday.',
  'I get the same cramps every long run.',
  'I have the same exact thing, it tightened up again on my run.',
  'Honestly this is killing me, three weeks now.',
  'Mine locked up halfway through my last set.',
];

describe('chatter in a thread about a back', () => {
  it('is not read as the writer’s back', () => {
    const marked = readAs(true, BACK_TITLES, CHATTER);
    expect(marked).toEqual([]);
  });

  it('while the same words about the writer’s own back still are', () => {
    const missed = readAs(false, BACK_TITLES, STILL_ME_TOO);
    expect(missed).toEqual([]);
  });
});

/**
 * A symptom word said of something the reply names: the subject of a linking verb, a section of the
 * forum, or someone else's problem ("sounds like a pain"). Forum replies under a back thread say these.
 */
const SAID_OF_SOMETHING_ELSE = [
  'This thread is locked because it is over a year old.',
  'The old thread on this is locked but has good info.',
  'My account was locked for a day, that is why I did not reply.',
  'My coach is killing me with the volume this block.',
  'The deadline at work is killing me.',
  'The race entry fee is killing me.',
  'Ha, the meet was brutal, the judges were tight on depth.',
  'My schedule is tight but I will try the stretches.',
  'Their customer service was a pain to deal with.',
  'Moderation here is a pain sometimes.',
  'The new coach sounds like a pain.',
  'Moved to the injuries subforum.',
  'This belongs in the pain and injury board.',
  'Gonna post this in the injuries megathread as well.',
];

/** The same shapes with the writer, their body or the thread's problem as the subject. */
const SAID_OF_THE_WRITERS = [
  "It's killing me, three weeks now.",
  'Everything was locked up the next morning.',
  'Mine is tight after every long run.',
  'The cramp is killing me too.',
  'Deadlifts are killing me lately.',
  'That spot is killing me every time I bend over.',
  'The whole area is tight and sore the day after.',
  'Getting out of the car is a pain.',
  'Lacing my shoes is a pain after long runs.',
  'Standing up from the couch is agony.',
  'It was locked solid for two days.',
  'The spasms are killing me.',
];

/** Symptom words as figures of speech, in the chatter under any thread: a close game, a strong field, a sad sight. */
const FIGURES_OF_SPEECH = [
  'It pains me to say it but the OP is right.',
  'It hurts me to admit it but you are right.',
  'That video was painful to watch, his form is all over the place.',
  "Man, that's a painful read.",
  'We lost in a tight game last night, gutted.',
  'It was a tight race right to the finish.',
  'Stiff competition at nationals this year.',
  'Prices went up again, hurts my wallet.',
  'This thread cracked me up, my sides hurt from laughing.',
  'The cramped gym at my work has no squat rack.',
  'That pun hurt.',
];

describe('a symptom word said of something the reply names, in a thread about a back', () => {
  it('is not read as the writer’s back', () => {
    expect(readAs(true, BACK_TITLES, SAID_OF_SOMETHING_ELSE)).toEqual([]);
  });

  it('nor is one used as a figure of speech', () => {
    expect(readAs(true, BACK_TITLES, FIGURES_OF_SPEECH)).toEqual([]);
  });

  it('while the writer, their body or "it" as the subject still is', () => {
    expect(readAs(false, BACK_TITLES, SAID_OF_THE_WRITERS)).toEqual([]);
  });
});

/** The forum's ways to say "me too" (subject dropped or not), each with something after it as replies have. */
const ME_TOO = [
  'Mine kicks in around mile 3 every time.',
  'Yep, happens to me on every long run.',
  'This is me every Sunday.',
  'I know exactly what you mean, it comes on after about 20 minutes for me.',
  'Had the exact same thing last year.',
  'Story of my life. Usually around the 5k mark.',
  'Ugh, I feel this. It eases if I walk for a minute.',
  'I used to get this all the time when I started.',
  'Sounds like what I had, it was my form.',
  "I've been dealing with the same for months.",
  'I suffer from this too, mostly on tempo runs.',
  "Join the club, it's worse when I'm dehydrated.",
  'Welcome to my world. Stretching before helps a bit.',
  "I'm having the same problem, it starts after 2 miles.",
  "You're not alone, mine flares up on hills.",
  'I only get it after about an hour.',
  'It goes away once I stop and stretch.',
  "For me it's worse on the treadmill.",
  "Mine is worse when I haven't eaten.",
  'Try slowing down, mine stopped when I cut my pace.',
  "Mine's the same, but it's the right side only.",
  'Thought it was just me!',
  "Glad I'm not the only one.",
  'Not just you, mine does the same after mile 2.',
  'Exactly what I deal with on tempo runs.',
  'Exactly what I feel after about 90 minutes.',
  '+1, my lower back does the same.',
  'My low back does this too, only past 15 miles.',
  'Been there. Mine turned out to be tight hip flexors.',
  'Mine ended up being weak glutes, physio sorted it.',
  'Do you get it on the left side? Mine is always left.',
  "I'd see a physio, mine was a disc.",
  'Mine was from tucking my elbows too much.',
  'I had something similar and it was a rib out of place.',
  'It got so bad for me I had to take a month off.',
];

/**
 * The writer's experience told with a verb of having it and a word pointing back at the thread's problem:
 * verbs × how the sentence opens × what follows, so no one wording carries the class.
 */
const EXPERIENCE_VERBS = [
  "I've had",
  "I've been fighting",
  'I was dealing with',
  'I suffered with',
  'I struggled with',
  'Had',
  'Still dealing with',
  'Yep, got',
];
const POINTERS = [
  'this for years',
  'that since college',
  'the same, turned out it was my hips',
  'this so bad last spring',
  'it on and off for months',
];
const EXPERIENCES = EXPERIENCE_VERBS.flatMap((verb) => POINTERS.map((pointer) => `${verb} ${pointer}.`));

/** The same verbs and pointers where "this" or "that" names something else, or the question is to "you". */
const NOT_EXPERIENCES = [
  'I had this exact bar at my old gym.',
  'I have this app that tracks my runs.',
  'I got that shirt from the race expo.',
  'I get that you are worried, but it sounds minor.',
  'Have you had this checked by a doctor?',
  'Got it, thanks, will try the stretches.',
  'Dealing with this kind of question every week as a coach.',
];

describe('the writer’s own experience in their words, in a thread about a back', () => {
  it(`is read with the thread (${EXPERIENCES.length} replies)`, () => {
    expect(readAs(false, BACK_TITLES, EXPERIENCES)).toEqual([]);
  });

  it('is not read when "this" names something else or the question is to the asker', () => {
    expect(readAs(true, BACK_TITLES, NOT_EXPERIENCES)).toEqual([]);
  });

  it('is not about a back in a thread about something else, or read alone', () => {
    expect(readAs(true, [...OTHER_THREADS, undefined], EXPERIENCES)).toEqual([]);
  });
});

/** A sentence that opens with "same" or "me", and what keeps it from agreeing. */
const OPENINGS = [
  'Seriously same, it ruins my Sunday long run.',
  'Me every Saturday lol.',
  'Same problem, it started with new shoes.',
  'This is literally me right now.',
];
const NOT_OPENINGS = [
  'Same, following this thread for tips.',
  'Same shoes as you, love them.',
  'Me and my mate are doing a 10k next week.',
  // A hard-wrapped line: "me" opens a line, not a sentence.
  'For\nme, I live in an apartment and walk the dog twice a day.',
];

describe('a reply that opens with "same" or "me"', () => {
  it('agrees with a thread about a back', () => {
    expect(readAs(false, BACK_TITLES, OPENINGS)).toEqual([]);
  });

  it('but not to follow the thread, nor about shoes or company', () => {
    expect(readAs(true, BACK_TITLES, NOT_OPENINGS)).toEqual([]);
  });
});

/** "I get it" and "it starts" that are no experience of the thread's problem, in a back thread too. */
const NOT_ME_TOO = [
  "I get it, you're frustrated with the slow progress.",
  'Count me in for the meet in June!',
  'Have you been there for the Arnold? Curious how the judging is.',
  'Exactly what I said in my first post, slow down.',
  'My back does look wider since I started rowing.',
  'Mine turned out great, thanks for the playlist tip.',
  'Just what I needed to read before my session, thanks.',
  'Mine was from Decathlon, cheap but fine.',
  'Mine is a 20 kg bar, does that matter?',
  'It got really bad reviews so I returned my pair.',
  // A question to the asker about a symptom is no symptom of the writer's (since round 55 it is about the asker's back
  // where it names no other part: read-round55.test.ts).
  'Do you brace before every rep? Any tingling in the arms?',
  'Got it, thanks for the tips.',
  "It goes away once you stop, don't worry.",
  "It starts at 9am so I'll be there.",
];

describe('a "me too" reply in the forum’s words', () => {
  it('is read with a thread about a back', () => {
    const missed = readAs(false, BACK_TITLES, ME_TOO);
    expect(missed).toEqual([]);
  });

  it('leaves "I get it" (I understand) and advice in the second person unmarked', () => {
    const marked = readAs(true, BACK_TITLES, NOT_ME_TOO);
    expect(marked).toEqual([]);
  });

  it('is not about a back in a thread about something else, or read alone', () => {
    const marked = readAs(true, [undefined, ...OTHER_THREADS], ME_TOO);
    expect(marked).toEqual([]);
  });
});

describe('round 7: replies that name the cause or the worst of it, and pumps on deadlifts', () => {
  const REPLIES = [
    'Mine showed up during the last block when I was sleeping five hours a night.',
    'Mine was bracing, I got lazy between reps.',
    'Mine was my hamstrings, stretching sorted it.',
    'Had my worst one at a half in the heat, barely finished.',
    'bro same, anything over 10 reps and it kicks in',
    'Anything over 8 reps and it feels like my back is filling up with concrete.',
  ];
  const LOOK_ALIKES = [
    'Mine was 405 at the meet, so close to 2 plates more.',
    'Mine showed up in the post on Tuesday, great bar.',
    'My worst one was the 2019 meet, bombed out on squats.',
    'The gym is filling up with new year people again.',
  ];

  it('reads them with a thread about a back', () => {
    expect(readAs(false, BACK_TITLES, REPLIES)).toEqual([]);
  });

  it('leaves PRs, parcels, meets and a busy gym unmarked, and the same words under another thread', () => {
    expect(readAs(true, BACK_TITLES, LOOK_ALIKES)).toEqual([]);
    expect(readAs(true, [undefined, ...OTHER_THREADS], REPLIES.slice(0, 5))).toEqual([]);
  });

  it('reads a back pump on deadlifts as a complaint and a back pump from rows or back day as the workout', () => {
    expect(assess('Back pumps on high rep deadlifts').relevant).toBe(true);
    expect(assess('Same here.', { thread: { title: 'Back pumps on high rep deadlifts' } }).relevant).toBe(true);
    for (const post of [
      'Sick back pump after rows and pulldowns today',
      'Back day pump was unreal',
      'Great back pump from deadlifts lol',
    ]) {
      expect(assess(post).relevant, post).toBe(false);
    }
  });
});

/** Back words as the subject of another part's work, with the possessives a replier or a lifter uses. */
const WORKING_BACKS = ['your low back', 'my lower back', 'the lower back', 'your back', 'my erectors', 'the spine'];
/** What the back is said to do instead of the legs or hips: the same compensation told eight ways. */
const DOING_THE_WORK = [
  (back: string) => `When the hips shoot up, ${back} takes the hit.`,
  (back: string) => `Your chest drops and ${back} takes over.`,
  (back: string) => `Past rep five ${back} ends up doing all the work.`,
  (back: string) => `On the last sets ${back} does most of the work.`,
  (back: string) => `With the bar that far forward ${back} becomes the prime mover.`,
  (back: string) => `Once the glutes quit, ${back} picks up the slack.`,
  (back: string) => `That jump in volume was big and ${back} just hasn't caught up.`,
  (back: string) => `After ten years off ${back} isn't used to it anymore.`,
];
/** The same verbs with another part doing the work, or the back as the object or as an adverb. */
const NOT_THE_BACKS_WORK = [
  'Let your legs do all the work, not your back.',
  'A belt helps your glutes take over at the top.',
  'Push through the floor so your quads do most of the work.',
  'Your hamstrings become the prime mover on a stiff leg deadlift.',
  'Came back from holiday and the new guy was doing all the work.',
  'Got back from the meet and picked up the slack at work.',
  'My wife takes the hit when I am grumpy after leg day.',
];

describe('round 10: a back doing the work of the legs or hips', () => {
  it('is read as a back complaint, alone and under a thread about a back', () => {
    const replies = WORKING_BACKS.flatMap((back) => DOING_THE_WORK.map((frame) => frame(back)));
    expect(readAs(false, [undefined, ...BACK_TITLES], replies)).toEqual([]);
  });

  it('is no back complaint when another part does the work or the back is only the object', () => {
    expect(readAs(true, [undefined, ...OTHER_THREADS], NOT_THE_BACKS_WORK)).toEqual([]);
  });
});

describe('round 10: agreement that goes on to say how it ended, and a bare "been there"', () => {
  const REPLIES = [
    'Mine did the same until I added ten minutes of walking first.',
    'I had this till I started doing a proper warm up.',
    'Been there.',
    'Been there, it went away after a week of easy runs.',
    'been there lol, sucks',
  ];
  const LOOK_ALIKES = [
    'Been there for the Arnold?',
    'Been there before? The gym on 5th street is great.',
    'I had the same coach until last year.',
  ];

  it('reads them with a thread about a back', () => {
    expect(readAs(false, BACK_TITLES, REPLIES)).toEqual([]);
  });

  it('leaves a question, a place and a coach unmarked, and the same words under another thread', () => {
    expect(readAs(true, BACK_TITLES, LOOK_ALIKES)).toEqual([]);
    expect(readAs(true, [undefined, ...OTHER_THREADS], REPLIES)).toEqual([]);
  });
});

describe('round 10: a back that goes soft, something pulling on it, "mine’s exactly like this"', () => {
  const REPLIES = [
    'Breathe out on the way up and your back goes soft under the bar.',
    'Your hip flexors are shortened and they yank on the lumbar for the first few k.',
    'Tight hamstrings pulling on my lower back, same as you.',
    "Mine's exactly like this, first set it feels like rusty hinges.",
    'Mine is just like that after long drives.',
  ];
  const LOOK_ALIKES = [
    'Deadlift cue: pull on the bar, keep your lower back flat.',
    'Pull the slack out of the bar before you pull, back flat.',
    'My bench goes soft at lockout when I lose my arch.',
    'Mine is just like that one, same brand of belt.',
  ];

  it('reads them with a thread about a back', () => {
    expect(readAs(false, BACK_TITLES, REPLIES)).toEqual([]);
  });

  it('leaves cues, a bench and a belt unmarked, under any thread', () => {
    expect(readAs(true, [undefined, ...BACK_TITLES, ...OTHER_THREADS], LOOK_ALIKES)).toEqual([]);
  });
});

describe('round 10: set 23 classes', () => {
  const REPLIES = [
    'Your quads are losing the fight so your back ends up holding the load like a good morning.',
    "If you're folded at the hips, your back is basically holding you up like a crane the whole time.",
    "The back muscles just aren't trained for that volume yet.",
    "You nearly doubled your pulling overnight, your back's just telling you it hasn't caught up.",
    'Your hip flexors get shortened in the car, then they tug on the front of your lumbar spine.',
    'Short hammies stop your pelvis tipping so the rest of the hinge comes from your lumbar.',
    'same deal. only on the days I go ass to grass for 20s.',
    'Same experience, took a week to settle.',
    'Had almost the same after a long trip, took about 6 weeks.',
    'Had the exact same from getting stacked in a roll.',
  ];
  const LOOK_ALIKES = [
    'The back of the gym is where the platforms are.',
    'Same deal on the belt, got it for half price.',
    'I want that feeling where your lats are so pumped you can’t put your arms down.',
  ];

  it('reads them with a thread about a back', () => {
    expect(readAs(false, BACK_TITLES, REPLIES)).toEqual([]);
  });

  it('leaves a place, a deal on a belt and a wished-for lat pump unmarked', () => {
    expect(readAs(true, [undefined, ...OTHER_THREADS], [...LOOK_ALIKES, ...REPLIES.slice(6)])).toEqual([]);
    expect(readAs(true, BACK_TITLES, LOOK_ALIKES.slice(2))).toEqual([]);
  });
});

describe('round 10: set 24 classes', () => {
  const REPLIES = [
    "Post a vid, but that's your lower back doing the lift.",
    'I was pushing my hips so high that my lower back did the last bit instead of the glutes.',
    "Your back didn't get time to adapt to the new weight.",
    'Mine dragged on my low back after any ride over 3 hrs.',
    'Now a 5k makes my back feel like I’ve been lugging a rucksack of bricks.',
    'Mine did exactly this once, turned out my shoes were dead.',
    'Had one of those for about six months, right by the inner edge of the scapula.',
    'Did the same last year on a 3rd rep, felt a sort of pop.',
    'happens me at the top of weighted chins every time.',
  ];
  const LOOK_ALIKES = [
    'Grip gives out way before my back does on rows. Straps or Versa Grips?',
    'I have one of those belts, love it.',
    'Did the same workout last week, brutal.',
  ];

  it('reads them with a thread about a back', () => {
    expect(readAs(false, BACK_TITLES, REPLIES)).toEqual([]);
  });

  it('leaves grip, a belt and a workout unmarked', () => {
    expect(readAs(true, [undefined, ...BACK_TITLES, ...OTHER_THREADS], LOOK_ALIKES)).toEqual([]);
  });
});
