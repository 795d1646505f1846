/**
 * Classes of wording from round 54, found on the tune split of the real sets and on a generated grid of advice replies
 * (README "Accuracy"). Sentences written for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { flags, read } from '../support/reading';

describe('a lighter or slower week offered in a thread that complains of a back', () => {
  const title = 'Lower back aches on my long runs';
  it.each([
    'Ease off the pace for a couple of weeks.',
    'Slow down your easy runs, most people run them too fast.',
    'Cut back the miles until it settles.',
    'Drop the incline a notch and build back up.',
    'An easier gear on the climbs will help.',
    'Skip deadlifts for a week and see how it feels.',
    'Take a break from running for a few days.',
    'Take it easy for a week.',
    'You should warm up for longer before you head out.',
    'Alternate running days with swimming.',
    'Give it a week before you worry.',
    'Get a new mattress, mine was ten years old.',
  ])('is advice about the asker’s back: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });

  it.each([
    'Ease off the pace for a couple of weeks.',
    'Skip deadlifts for a week and see how it feels.',
    'You should warm up for longer before you head out.',
  ])('but not under a thread about a knee: %j', (text) => {
    expect(read(text, 'Knee pain on my long runs').relevant).toBe(false);
  });

  it.each(['Congrats on the race, great time!', 'What watch do you use for your intervals?'])(
    'and a reply that offers nothing stays unbadged: %j',
    (text) => {
      expect(read(text, title).relevant).toBe(false);
    },
  );
});

describe('advice told with "you should" or "make sure"', () => {
  it.each([
    'You should stretch your back more often.',
    'You should ease off the pace for a while.',
    'Make sure you take a few days off.',
  ])('is told to the asker, not a condition: %j', (text) => {
    expect(read(text, 'Tight lower back after cycling').relevant).toBe(true);
  });

  it('while an "if" still makes it one', () => {
    expect(read('If the weather is nice you should go for a ride.', 'Tight lower back after cycling').relevant).toBe(false);
  });
});

describe('a back said to be bad', () => {
  it.each([
    'My back is really bad this week, I can barely bend over.',
    "My lower back's terrible after the long run.",
    'My back has been awful since the move.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each([
    'My back is so bad compared to my chest, it is my weakest body part.',
    'My back is terrible at rows, I can never feel the lats.',
  ])('but not a back judged as a body part to build: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});

describe('a back the writer broke', () => {
  it.each(['I broke my back in a climbing fall years ago and it still aches in the cold.', 'Recovering from a broken back.'])(
    'is a back post: %j',
    (text) => {
      expect(read(text).relevant).toBe(true);
    },
  );

  it('but a session that "broke my back" is how hard it was', () => {
    expect(read('That leg day broke my back, what a session.').relevant).toBe(false);
  });
});

describe('a back that is not recovering or not comfortable, and a price paid', () => {
  it.each([
    'My lower back is not recovering between sessions.',
    "The bike position wasn't comfortable for my lower back.",
    'Heavy rows always leave me paying the price, my lower back is stiff for days.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it("while not being comfortable with a lift's form is not", () => {
    expect(read("I'm not comfortable with my back squat form yet.").relevant).toBe(false);
  });
});

describe('red flags told away', () => {
  it.each([
    'Bailed the snatch and jumped clear to avoid landing on my back. Wrists are sore.',
    'Rolled sideways to prevent landing on my back, lower back a bit tight today.',
  ])('a blow prevented did not happen: %j', (text) => {
    expect(flags(text)).not.toContain('major_trauma');
  });

  it.each([
    "I couldn't avoid the car and landed on my back on the road. Back is killing me.",
    'Tried to avoid the pothole but went over the bars and landed on my back, back is agony.',
  ])('but one that failed did: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('a distance run uphill is no height fallen from', () => {
    expect(flags('Ran 4m up the fell road and back down, back felt tight after.')).not.toContain('major_trauma');
  });

  it.each([
    'Fell from 6 m up when the hold broke, landed on my back.',
    'Was climbing 8 m up when the hold broke and landed flat on my back.',
  ])('while a fall from a height still is one: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each(['Went for a jog. Bit breathless. Lower back was sore after.', 'Went running. Quite breathless. My back ached.'])(
    'breathlessness told in a log right after the run is the run’s: %j',
    (text) => {
      expect(flags(text)).not.toContain('chest_pain');
    },
  );

  it.each([
    'Went for a run. Felt breathless and clammy. My back hurts between the shoulder blades.',
    'Went for a run yesterday. Today I am breathless sitting on the sofa and my back hurts.',
    'My back hurts and I am breathless just sitting here.',
  ])('but not with a sweat, nor at rest the next day: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('a crash dated by the sentence that opens its story, and healed since, is a history', () => {
    expect(
      flags(
        'Three years ago everything changed. I came off my horse at a gallop and broke two bones in my back. It took months of rehab as it all healed.',
      ),
    ).not.toContain('major_trauma');
  });

  it.each([
    'Two years ago I took up riding. I came off my horse and landed on my back. My back is killing me.',
    'Last year I took up mountain biking. I came off at speed and landed on my back. Still sore today.',
  ])('but not one with no healing told, or told as now: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a cause put to the asker as a question', () => {
  const title = 'Lower back pain on long runs';
  it.each([
    'Are your trainers worn flat?',
    "How's your posture these days?",
    'How old are your trainers?',
    'Are you doing any core work at all?',
    'Did you ever get a proper bike fit?',
  ])('is the replier’s guess at the cause: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });

  it.each([
    'Which belt do you use, lever or prong?',
    'What shoes are you running in? I need new ones.',
    'Have you seen a doctor?',
    'What have you tried so far?',
  ])('while asking for gear, or asking what was done, is not: %j', (text) => {
    expect(read(text, title).relevant).toBe(false);
  });
});

describe('sympathy for the asker’s back', () => {
  const title = 'Hurt my back at work yesterday';
  it.each(['So sorry you hurt your back, was it the heavy boxes again?', 'Sorry to hear about your back, hope it heals fast.'])(
    'is no back post of its own: %j',
    (text) => {
      expect(read(text, title).relevant).toBe(false);
    },
  );

  it.each([
    'Sorry you hurt your back. Ice it and rest for a couple of days.',
    'Sorry to hear that, my back does the same on heavy days.',
  ])('while advice or the writer’s own back beside it still is: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });
});

describe('a named wear of the spine, and a back pitied or complained of', () => {
  it.each([
    'The scan showed osteoarthritis in my lumbar spine last spring.',
    'Arthritis in my spine makes mornings slow.',
    'My poor back, what did I do to it.',
    'I keep whinging about my back to anyone who listens.',
  ])('is a back post: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each([
    'My dad has arthritis in his back.',
    'I have arthritis in my knees and hips.',
    'My coach keeps moaning about my back squat depth.',
  ])('but not someone else’s, another joint’s or a lift’s: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});

describe('the back of one leg, and a rash on the back', () => {
  it('the back of the same leg is the leg', () => {
    expect(read('My knee aches and the back of the other thigh is sore too.').relevant).toBe(false);
  });

  it('red bumps are a rash, not a lump', () => {
    expect(flags('Itchy red spots came up across my lower back.')).not.toContain('lump_or_deformity');
  });

  it('a lump is still one', () => {
    expect(flags('There is a hard lump on my lower back that keeps growing.')).toContain('lump_or_deformity');
  });
});

describe('a crash told by its handlebars and its helmet', () => {
  it.each([
    'Flew straight over the handle bars on the descent and landed hard. My back is sore.',
    'I crashed on the way home. My helmet split in two and my back is sore today.',
  ])('is a major trauma: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('a fall from standing onto the tailbone is not', () => {
    expect(flags('Slipped on the ice rink and landed on my tailbone, sore to sit.')).not.toContain('major_trauma');
  });

  it('while one off a ladder onto it is', () => {
    expect(read('Fell off the ladder and landed on my tailbone, cannot sit or walk.').triage).toBe('emergency');
  });
});

describe('the writer’s own back surgery, and a back scare', () => {
  it.each([
    'I had three back operations in four years and now long drives hurt.',
    'Since my spinal fusion I have been scared to deadlift.',
    'I need back surgery according to the consultant.',
    'Had a microdiscectomy in May, cleared to lift light now.',
    'That was my second back scare this month, bracing harder from now on.',
  ])('is a back post: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['My friend had back surgery last year.', 'I had knee surgery in the spring and my quad is weak.'])(
    'but not a friend’s, nor a knee’s: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );

  it('a bare guess at the cause is asked of the asker', () => {
    expect(read('Your trainers? Worn ones did it to me.', 'Lower back pain on long runs').relevant).toBe(true);
  });
});

describe('crashes found by the review', () => {
  it.each([
    'Swerved to avoid a car on the motorway and rolled the van into a ditch. My lower back is getting worse.',
    'We went down at 40 km/h on the descent and my back is in agony today.',
  ])('a crash after swerving, and a fall at a speed in km/h, are major trauma: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    'Did 1200m up on the bike today and my lower back was on fire in the drops.',
    'Gained 750m up over the trail half, erectors absolutely cooked.',
  ])('a climb’s height gained is no fall: %j', (text) => {
    expect(flags(text)).not.toContain('major_trauma');
  });

  it('a fall from 30 feet up still is one', () => {
    expect(read('Fell from about 30 feet up off the wall and my back is agony.').triage).toBe('emergency');
  });

  it.each([
    'Went for a run. Felt breathless. Chest tight and my mid back aches. Still tight now.',
    'Went for a run. Felt breathless. It kept getting worse and my back hurts under the shoulder blade.',
    'I went for a run this morning and since then I get breathless walking up the stairs, and my back aches between the shoulders.',
  ])('a breathlessness told on after the run is not the run’s: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('a sympathy reply that warns of the sign it names is about the back', () => {
    expect(
      read(
        'Sorry to hear about your back, but the numbness you mentioned between your legs needs A&E tonight.',
        'My back went and now I cannot feel my groin',
      ).relevant,
    ).toBe(true);
  });

  it('a title without its "my" still tells the thread’s back', () => {
    expect(read('Same here, did mine in March on a heavy pull.', 'Back went during deadlifts').relevant).toBe(true);
  });
});

describe('more remedies offered in a back thread', () => {
  const title = 'Sore back after my long runs';
  it.each([
    'Make sure you are getting your rest this week.',
    'Could you try running on grass for a couple of weeks?',
    'Stretch the tight muscles out after every run, hips included.',
  ])('is advice about the asker’s back: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });

  it('while a question of what the asker can do is not', () => {
    expect(read('Can you run 5k yet?', title).relevant).toBe(false);
  });
});

describe('crashes the review found missed since before the round', () => {
  it.each([
    "Couldn't avoid the van that pulled out, went straight into its side on my bike. Back is killing me.",
    'Crashed again on the same corner, went down at 50 km/h, and my back is in agony today.',
  ])('are major trauma: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('"can\'t feel my legs" beside a back in agony', () => {
  it.each([
    "Can't feel my legs and my back is agony.",
    "Came off the bike yesterday. Can't feel my legs and my lower back is killing me.",
  ])('is both legs’ sign, with or without an "I": %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    "Leg day from hell. Can't feel my legs, back feels alright.",
    "Can't feel my legs lol and my back is killing me after 10x10 squats.",
  ])('while leg day’s is tired legs: %j', (text) => {
    expect(flags(text)).not.toContain('both_legs_neuro');
  });
});

describe('the balls of the feet', () => {
  it('are the feet, not the groin', () => {
    expect(flags('We practise landing on the balls of our feet and rolling onto the back. Back is bruised.')).not.toContain(
      'saddle_numbness',
    );
  });

  it('while numb balls beside a back that went are the saddle’s sign', () => {
    expect(flags('Back went and now my balls are numb.')).toContain('saddle_numbness');
  });
});
