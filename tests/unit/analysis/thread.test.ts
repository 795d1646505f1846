import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const RUNNING_PUMP = { title: 'Lower back pumps up on long runs' };
const BENCH_CRAMP = { title: 'Mid back cramping between the shoulder blades on heavy bench' };

describe('a reply read with its thread', () => {
  it('takes the thread’s region and activity when it agrees without saying where', () => {
    const reply = 'Same here, mine kicks in about twenty minutes in.';
    expect(assess(reply).relevant).toBe(false);
    const read = assess(reply, { thread: RUNNING_PUMP });
    expect(read.relevant).toBe(true);
    expect(read.features.region).toEqual(['lower_back']);
    expect(read.features.activity).toEqual(['running']);
    // "On long runs" in the title is the story the reply agrees with.
    expect(read.features.context).toEqual(['fatigued']);
    expect(read.fromThread).toEqual({ region: true, activity: true, context: true });
    expect(read.causes.length).toBeGreaterThan(0);
  });

  it('shares the story the title tells with a reply that tells none of its own, and ranks by it', () => {
    const thread = { title: 'Tweaked my lower back on a deadlift PR attempt' };
    const agrees = assess('Happened to me too, could barely walk for two days.', { thread });
    expect(agrees.features.context).toEqual(expect.arrayContaining(['sudden_onset']));
    expect(agrees.fromThread?.context).toBe(true);
    // A tweak on a PR attempt: the strain and the load it was lifted at lead, whichever first (a near tie since the
    // round 23 refit of the cause words model), not bracing or core weakness.
    expect(agrees.causes.slice(0, 2).map((cause) => cause.id)).toEqual(
      expect.arrayContaining(['muscle_strain', 'load_progression']),
    );
    // Its own circumstances win: this reply's back aches from a mileage jump, not from the title's PR.
    const own = assess('Mine aches for days since I bumped my weekly mileage from 20 to 40.', { thread });
    expect(own.features.context).toEqual(['load_jump']);
    expect(own.fromThread?.context).toBeUndefined();
  });

  it('keeps how long the opening poster has suffered to the opening poster', () => {
    const read = assess('Same here, mine kicks in about twenty minutes in.', {
      thread: { title: 'Lower back pump on runs for months now' },
    });
    expect(read.relevant).toBe(true);
    expect(read.features.context ?? []).not.toContain('weeks_long');
  });

  it('reads a symptom with no body part as the thread’s', () => {
    const read = assess('I get that exact cramp, always on the last couple of heavy sets.', { thread: BENCH_CRAMP });
    expect(read.relevant).toBe(true);
    expect(read.features.region).toEqual(expect.arrayContaining(['mid_back', 'upper_back']));
    expect(read.features.sensation).toContain('cramp');
    expect(read.fromThread?.region).toBe(true);
  });

  it('keeps the reply’s own region when it names one', () => {
    const read = assess('My upper back gets really tight on runs instead.', { thread: RUNNING_PUMP });
    expect(read.relevant).toBe(true);
    expect(read.features.region).toEqual(['upper_back']);
    expect(read.fromThread?.region).toBeUndefined();
  });

  it.each([
    'Thanks, I will try that tomorrow!',
    'What shoes do you all run in?',
    'Great thread, bookmarked.',
    'I have seen this a lot at my gym with beginners.',
  ])('never makes an unrelated reply relevant: %s', (reply) => {
    expect(assess(reply, { thread: RUNNING_PUMP }).relevant).toBe(false);
  });

  it('leaves a symptom of another body part to that part', () => {
    expect(assess('My knee aches after long runs too.', { thread: RUNNING_PUMP }).relevant).toBe(false);
    expect(assess('My calves cramp on the last mile as well.', { thread: RUNNING_PUMP }).relevant).toBe(false);
  });

  it('gives nothing from a thread that is not about a back', () => {
    for (const title of ['Best trail shoes for a first ultra?', 'Bench press plateau at 100 kg', 'Back-off sets: worth it?']) {
      const read = assess('Same here, mine hurts after a mile.', { thread: { title } });
      expect(read.relevant).toBe(false);
      expect(read.fromThread).toBeUndefined();
    }
  });

  it('uses the opening post when the title says little', () => {
    const thread = { title: 'Weird thing on my runs', opening: 'My lower back cramps hard about twenty minutes into every run.' };
    const read = assess('Happens to me too, usually on hot days.', { thread });
    expect(read.relevant).toBe(true);
    expect(read.features.region).toEqual(['lower_back']);
  });

  it('does not count a negated agreement or a negated symptom', () => {
    expect(assess("I've never had that, sorry.", { thread: RUNNING_PUMP }).relevant).toBe(false);
    expect(assess('No pain at all for me on runs, luckily.', { thread: RUNNING_PUMP }).relevant).toBe(false);
  });
});

describe('round 9: replies that own the thread’s problem', () => {
  const thread = { title: 'Lower back tight in the first mile of every run' };

  it('reads what it was, how it went and "mine too" as the writer’s own', () => {
    for (const reply of [
      'Mine too until I stopped starting at tempo pace; now it eases by mile two.',
      'Mine did the same until I added a proper warm-up, the tightness is gone by the first corner now.',
      'For me it was psoas. The tightness after long runs went from bad to barely there.',
      'Had almost this exact thing last spring, sore for a week.',
      'Mine was bending over to tie a shoe. Sharp catch, then stiff for two days.',
      'My easy 5k went from no problem to my back screaming by the end.',
    ]) {
      expect(assess(reply, { thread }).relevant, reply).toBe(true);
    }
  });

  it('leaves the same words about something else unread', () => {
    for (const reply of [
      'Have you been there for the Arnold? Curious how the judging is.',
      'Mine was from Decathlon, cheap but fine.',
    ]) {
      expect(assess(reply, { thread }).relevant, reply).toBe(false);
    }
  });
});

describe('a thread whose title only names a back', () => {
  const thread = { title: 'Lower back on high-volume deadlift days' };

  it('lends its back to a reply with a clear symptom, and its place', () => {
    const read = assess('Did 8x8 last block and by set five it ached after every session.', { thread });
    expect(read.relevant).toBe(true);
    expect(read.features.region).toEqual(['lower_back']);
    expect(read.fromThread?.region).toBe(true);
  });

  it('but less than a title that tells a complaint: a lone "that\'s me" is not enough', () => {
    expect(assess("Yeah that's me.", { thread }).relevant).toBe(false);
    expect(assess("Yeah that's me.", { thread: { title: 'Lower back aches on high-volume deadlift days' } }).relevant).toBe(true);
  });

  it('and a title naming a muscle a lift trains lends nothing', () => {
    const reply = 'I feel like I lose tightness on the hand-off every time.';
    expect(assess(reply, { thread: { title: 'Lat engagement on the bench hand-off?' } }).relevant).toBe(false);
  });
});

describe('a reply’s symptom beside another body part', () => {
  const thread = { title: 'Lower back pain when arching on overhead press' };

  it('belongs to the thread’s back when the other part comes after it, in a clause of its own', () => {
    expect(assess('Hurts when I arch on the press, fine touching my toes.', { thread }).relevant).toBe(true);
    expect(assess("Mine's been a dull ache for a month now.", { thread }).relevant).toBe(true);
  });

  it('belongs to the other part when that part comes first', () => {
    expect(assess('Always my quads on thrusters, cramp city by the end.', { thread }).relevant).toBe(false);
    expect(assess('My knee flared up on the press. Sore for days after.', { thread }).relevant).toBe(false);
  });
});

describe('a reply whose back word is far off, in a thread about a back', () => {
  const thread = { title: 'Bar bruise across the traps after heavy yoke' };

  it('counts its symptom once, placed by the thread', () => {
    const reply = 'Bruised the same way, black and blue all over after my first comp prep runs on both traps.';
    expect(assess(reply).relevant).toBe(false);
    expect(assess(reply, { thread }).relevant).toBe(true);
  });

  it('reads a grumbling word said of "it" as the thread’s problem, and "mine did that" as agreement', () => {
    const back = { title: 'My lower back dies on runs since I bulked' };
    expect(assess('Used to run halves, now it starts whining at 5 km.', { thread: back }).relevant).toBe(true);
    expect(assess('Mine did that when I lost my breath on rep 5.', { thread: back }).relevant).toBe(true);
    expect(assess('The kids were whining all the way round the parkrun.', { thread: back }).relevant).toBe(false);
  });
});

describe('a reply whose other body part "does the same"', () => {
  const thread = { title: 'Back tight after speed work on track' };

  it('leaves the symptoms of that sentence and the next to the other part', () => {
    const reply = "not back but my knee does the same on cold track nights. first couple of reps it's grumpy then fine";
    expect(assess(reply, { thread }).relevant).toBe(false);
    expect(
      assess("my back does the same on cold track nights. first couple of reps it's grumpy then fine", { thread }).relevant,
    ).toBe(true);
  });

  it('but not when "the same" is only when: "the legs and hips at the same time"', () => {
    const reply = 'I was trying to use the legs and hips at the same time. Sore for sure the next day, the lower back I guess.';
    expect(assess(reply, { thread: { title: 'Lower back tightness with deadlifts' } }).relevant).toBe(true);
  });
});

describe('a reply that names an exercise with a leg in it', () => {
  it('keeps its symptom for the thread’s back: single leg RDLs are no leg that hurts', () => {
    const reply = 'yep. started bridges, side planks and single leg RDLs 3x a week, took a month but the hill ache is gone.';
    expect(assess(reply, { thread: { title: 'Glute / lower back ache on hills' } }).relevant).toBe(true);
    expect(assess('my leg aches after single leg RDLs', { thread: { title: 'Glute / lower back ache on hills' } }).relevant).toBe(
      false,
    );
  });
});

describe('round 19: everyday wording of a back that went, and replies that own it', () => {
  it('reads a title that drops the "my": "Back\'s gone again", "Back went lifting a paving slab"', () => {
    expect(assess("Back's gone again - car seat twist").relevant).toBe(true);
    expect(assess('Back went lifting a paving slab').relevant).toBe(true);
    expect(assess('when I got back went for a run').relevant).toBe(false);
    expect(assess('Back has gone up 20kg on rows this block, really happy with it.').relevant).toBe(false);
    expect(assess("Back's gone up a shirt size since I started doing pull ups.").relevant).toBe(false);
  });

  it('reads "low down on the right" as the lower back, but not on the side of something else', () => {
    expect(assess('Felt a sharp twinge low down on the right lifting the shopping.').relevant).toBe(true);
    expect(assess('Pain low down on the right side of my belly, and a fever.').features.region ?? []).not.toContain('lower_back');
  });

  it('reads a thing that tightened the back as a complaint, a person tightening it as a cue', () => {
    expect(assess('long runs always tightened my low back').relevant).toBe(true);
    expect(assess('I tightened my lower back and pulled.').relevant).toBe(false);
    expect(assess("Squeeze the glutes on bench, it tightens the back so the arch doesn't collapse.").relevant).toBe(false);
  });

  it('takes the thread’s back for "mine does exactly this", "did mine lifting", "mine was the mattress"', () => {
    const tight = { title: 'Back tight for the first mile every morning' };
    expect(assess('Mine does exactly this esp on cold mornings, a brisk walk first helps.', { thread: tight }).relevant).toBe(
      true,
    );
    const slab = { title: 'Back went lifting a paving slab' };
    expect(assess('Did mine lifting a bag of cement out of the van. Felt a twang.', { thread: slab }).relevant).toBe(true);
    const mattress = { title: 'Lower back stiff every morning' };
    expect(assess('Mine was the mattress. Saggy in the middle.', { thread: mattress }).relevant).toBe(true);
  });

  it('leaves a height and a desk complaint to no body part: "eye level", "mouse arm"', () => {
    const thread = { title: 'Treadmill running - back aches by the end' };
    const reply = 'I hunch over the console. Propped my tablet up at eye level and the aching at the end of runs mostly stopped.';
    expect(assess(reply, { thread }).relevant).toBe(true);
  });
});

describe('round 19: replies from CrossFit boxes and international forums', () => {
  it.each([
    ['Lower back ache running up hills', 'Mine happens on the flat when I get tired, last 5km of long runs every time.'],
    ['Lower back pump on thrusters', 'Thrusters do this to me too, every single WOD.'],
  ])('takes the thread’s back (%s): %s', (title, reply) => {
    expect(assess(reply, { thread: { title } }).relevant).toBe(true);
  });

  it.each([
    ['Back spasm at work', 'my boss does this to me every week, dumps extra shifts on me Friday at 5'],
    ['Low back tightness after squats', 'mine happens to be a Rogue bar, the Ohio one, knurling is fine'],
    ['Erectors cramping on long runs', 'same bro, see you Sunday at parkrun'],
  ])('leaves chatter with the same words alone (%s): %s', (title, reply) => {
    expect(assess(reply, { thread: { title } }).relevant).toBe(false);
  });

  it('takes the opening post’s back: "Thrusters do this to me" under "Front squat chest collapse"', () => {
    const thread = {
      title: 'Front squat chest collapse',
      opening: 'My chest drops on heavy front squats and my lower back aches after.',
    };
    const reply = 'Thrusters do this to me. Chest dumps at the bottom and I feel it in the wrong place.';
    expect(assess(reply, { thread }).relevant).toBe(true);
  });

  it('reads "paining" as pain', () => {
    expect(assess('My lower back is paining since two days after deadlift, kindly advise').relevant).toBe(true);
  });
});

describe("round 20's replies that lean on their thread, and their look-alikes", () => {
  const relevant = (text: string, title = 'Lower back tight on long runs') => assess(text, { thread: { title } }).relevant;

  it.each([
    'this exact thing for me, desk job plus a long run on sunday',
    'had something very similar last spring, took about 3 months to settle',
    'I had a patch like this on night shifts, spacing the sessions out fixed it',
    'my back started nagging after every run once the shoes were worn out',
    'by mile 8 my lower back starts to tire',
  ])('badges %j', (text) => {
    expect(relevant(text)).toBe(true);
  });

  it.each([
    'had something similar with my knee after squats, nothing to do with my back though',
    'got something very similar for xmas, a massage gun, not opened it yet',
    'have something like that in my basket, the lever belt?',
    'yeah same after work I train, the gym is dead at 6pm',
    'my wife keeps nagging me to stretch more',
    'a mate had something similar and it turned out to be his kidneys',
  ])('leaves %j unbadged', (text) => {
    expect(relevant(text)).toBe(false);
  });
});

describe("round 21's replies that lean on their thread, and their look-alikes", () => {
  const relevant = (text: string, title = 'Lower back pump on long runs') => assess(text, { thread: { title } }).relevant;

  it.each([
    // An opening "same" or "me" that says when or where.
    'yeah same after about 8k, have to stop and stretch',
    'yep same at anything over 10% incline',
    'yeah same when i push the pace past 5 min/km',
    'literally me on the last rep of every set',
    'same but mine only started with the new shoes',
    // Who is speaking, then the agreement; the agreement in a sentence of its own.
    '49 here same story, arching is the killer',
    '52, masters lifter. Exactly the same. Mornings are brutal',
    // An experience with a degree word or a time after it, or told as "does it to me".
    'had something really similar a few weeks ago, took about 5 days to calm down',
    'have something pretty similar going on rn tbh',
    'had something like this last year, came in waves',
    'sounds like my L5 story, sitting was the killer',
    // "mine" as the thread's problem, typed on a phone.
    'mines only bad the day after deadlifts',
    'mine never settles, gets worse the longer i go',
    'mine tucked at the bottom too and my ankles were stiff',
    'day 2 is always the worst for me, by day 4 gone',
    'yep, only after 25k for me, before that nothing',
    'always the last exercise for me, 90 min in it just grabs',
    'lol welcome. day 2 is always the worst',
    '38 yo lifter here same thing every week',
    'exact same. drives me nuts',
    'had something a lot like this back in march, took a week to ease off',
    'mines never fully gone, just dulls down',
    'the first 10 minutes are the worst then it loosens off',
    'triathlete here, same exact thing',
    'same only when im carrying the big pack tho',
    'had something like that over christmas, ended up at the physio',
    'mine never really goes away till i stop',
    'back never fully loosens up anymore',
    'my back still hasnt recovered from thursday',
  ])('badges %j', (text) => {
    expect(relevant(text)).toBe(true);
  });

  it.each([
    'yep same with the new nike pegasus, love them',
    'yeah same when i was in college, ate nothing but ramen lol',
    'same but never in my back, only my calves',
    'same with my mates, they all run after leg day',
    'me in about 2 weeks when my marathon block starts lol',
    'does it to me every time when people dont rerack their plates',
    'do it to me each time, the gym bros hogging the squat rack',
    'got something very similar a while ago from decathlon, a foam roller',
    'i was exactly that age when i started lifting',
    'only after 5 pints for me lol, see you at the pub',
    // Round 21's review: the same openings about shoes, groups, habits and other people's stories.
    'same with the new cloudmonsters, really like them',
    'same with my running club, half of them moan about it',
    'me on sunday long runs with a podcast, nothing beats it',
    'same at my gym, everyone does them on a smith machine',
    "sounds like my brother's story, he had it for months",
    'does it to me every time my playlist ends mid run, so annoying',
    'switched to early mornings and its way better for me, less traffic',
    'i had something like that, not back tho, my hamstrings',
    // Round 21's second review.
    'sounds like my dads story, he ended up needing surgery',
    'same but for me its my calves after 8k',
    'same, i love the long run on saturdays',
  ])('leaves %j unbadged', (text) => {
    expect(relevant(text)).toBe(false);
  });
});

describe("round 21's back words: a back that is done, that lets you know, that something tugs on", () => {
  it.each([
    'back is done after 8k every time',
    'runs went from a back-destroying slog to fine',
    'when i forget the big breath my back always lets me know later',
    'i can feel my hip flexors tugging on my back by 8k',
    'mid and low back like concrete getting off the plane',
    'my low back does the job my quads should be doing',
    'ended up bent at the waist by the end of every run without realising, back was knackered',
    'got out of the car like a 90 year old, lower back locked',
    "it's my low back that hates me after, not the shoulders",
    'twisting to look behind while reversing gets my low back every time',
    'deadlifts are fine but my back always pays for it the next morning',
    'my lower back ends up doing what my glutes are supposed to',
    'i let my air out mid rep and my lower back felt it',
  ])('reads %j as a back complaint', (text) => {
    expect(assess(text).relevant).toBe(true);
  });

  it.each([
    'my back day is done, legs tomorrow',
    'finished the marathon without walking, back was fine',
    'ran 10k without stopping, no pain at all',
    'my dad walks like an old man, he is one lol',
    'lat pulldowns leave my back like concrete in the best way, love that pump',
    'my back is sore in a good way after deadlifts',
  ])('but not %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});
