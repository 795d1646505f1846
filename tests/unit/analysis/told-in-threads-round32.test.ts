/**
 * Classes of wording from round 32's tuned set (set 97: runners, climbers, rowers and new jobs on a building site): the
 * lower back told by a landmark of the "bum" (and, kept as emergencies, crushing or tearing pain at a leg beside
 * signs of a heart or a vessel), the writer's own trouble told by how they held or worked ("mine was from leaning on my elbow"), how the
 * asker's trouble will go, told to them ("you'll be fine in 2-3 days"), a race gone out too hard and a rower's piece
 * told by its distance, shoes tied as a movement of the day, and a body new to hard work told by the place of the new
 * job; from sets 99 and 101 (forum slang; lifting, golf and ultrarunning), a trouble gone by an early point of the run
 * or the round ("by mile 2 it's fine", "by the 4th hole it's gone") and the back of one limb told with its side ("the
 * back of my left thigh"), how to brace told by a simile ("brace like a plank"), a form cue, and what the asker's
 * trouble will do, told to them ("you'll cramp on stage otherwise"), and the asker's back told to them with when it
 * comes ("they pull on your lumbar when you stand"), and the asker's trouble named back to them ("that's butt wink");
 * beside them the look-alikes that must stay as they are. Sentences written for the project, by class, not taken from
 * any set.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import type { TriageTier } from '@/lib/features';
import { topCauses } from '../../harness/top-causes';

const BACK_THREAD = 'Lower back sore after deadlifts';
const DESK_THREAD = 'Upper back ache after long desk days';
const OTHER_THREAD = 'Bench stuck at 100 kg for months';

const relevantUnder = (title: string | undefined, text: string) => assess(text, title ? { thread: { title } } : {}).relevant;
const triageOf = (text: string): TriageTier => assess(text, { rank: false }).triage;
const contextOf = (text: string) => assess(text, {}).features.context ?? [];

describe('the lower back told by a landmark of the bum', () => {
  it.each([
    'Dull ache just above my bum on the left after every long run.',
    'Sore right above the bum since deadlift day.',
    'Had a nagging ache for a month, sort of above the bum on both sides, worse on the hills.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it.each([
    'My running tights keep riding up above my bum, drives me mad.',
    'Bruised my bum falling off the bike, sore to sit on.',
  ])('leaves a bum that is only a bum: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });
});

// Round 32 tried reading a chest's simile placed at a leg ("like a fist clenching behind my knee", "crushing pain in
// my calf") as the leg's cramp, not chest pain. Its review found it dropping 14 emergencies the round's start caught
// (crushing or tearing pain at a leg beside sweating, faintness, a cold leg or a pulsing belly), so it was taken back:
// a false alarm on a leg cramp is the lesser harm. These stay emergencies.
describe('a crushing or tearing pain at a leg, beside signs of a heart or a vessel', () => {
  it.each([
    'Lower back sore after deadlifts and a crushing pain in my chest since this morning.',
    "Upper back aching and it's like a fist clenching in the middle of my chest.",
    'Mid back aching since lunch, like a fist squeezing my chest, and my legs feel shaky.',
    'Upper back aching and now a crushing pain in my left thigh, drenched in sweat and feeling sick.',
    'Tearing pain down my right leg came on all at once, lower back sore, and the foot has gone cold and pale.',
    'Ripping pain through into both legs, my lower back aches and there is a throbbing lump by my belly button.',
  ])('stays an emergency: %s', (text) => {
    expect(triageOf(text)).toBe('emergency');
  });
});

describe('the writer\'s own trouble told by how they held or worked ("mine was from leaning on my elbow")', () => {
  it.each([
    'Mine was from leaning on one elbow at my desk.',
    'mine was from hunching over the laptop on the sofa every evening',
    'Mine was from lugging plasterboard up ladders all summer.',
  ])(`under "${DESK_THREAD}": %s`, (text) => {
    expect(relevantUnder(DESK_THREAD, text)).toBe(true);
  });

  it.each([
    [DESK_THREAD, 'Mine was from Ikea, cheapest chair they had.'],
    [DESK_THREAD, 'Mine was from cycling, but in my knee not my back.'],
    [OTHER_THREAD, 'mine was from benching too wide, moved my grip in and it went up'],
    // Review: a sport on its own names no way of holding the back, and hurts other parts as often.
    [BACK_THREAD, 'Mine was from bouldering, a finger pulley, nothing to do with backs.'],
    [BACK_THREAD, 'Mine was from swimming, shoulder impingement.'],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

describe("how the asker's trouble will go, told to them", () => {
  it.each([
    "Classic jump in volume. Halve it for a week and it'll settle.",
    "You'll be fine in 3-4 days, just walk a lot and keep moving.",
    "Eases off within a week or so, don't panic.",
  ])(`under "${BACK_THREAD}": %s`, (text) => {
    expect(relevantUnder(BACK_THREAD, text)).toBe(true);
  });

  it.each([
    [OTHER_THREAD, "Deload for a week and it'll settle, then you'll be fine in a couple weeks."],
    [BACK_THREAD, 'Will it settle in a few days?'],
    [BACK_THREAD, 'Thanks all, fingers crossed it will settle.'],
    // Review: the course of another part.
    [BACK_THREAD, 'Your wrist should settle within a week, mine did.'],
    [BACK_THREAD, 'The swelling round your knee should settle in a couple of days.'],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

describe("a race or a test piece started too fast, and a rower's piece told by its distance", () => {
  it.each([
    'Went out way too hard in the 5k race, and two days later my lower back is still achy and stiff.',
    'First 6k test on the rower yesterday, went out too fast, and today my lower back aches.',
    'Raced a 10k on Sunday, went out too quick, now my lower back is sore.',
  ])('reads no back that went out: %s', (text) => {
    expect(contextOf(text)).not.toContain('sudden_onset');
  });

  it.each([
    'My lower back went out on the second rep of deadlifts and it is agony.',
    'My back went out hard on the last rep of deadlifts.',
  ])('keeps a back that went out: %s', (text) => {
    expect(contextOf(text)).toContain('sudden_onset');
  });

  it.each([
    'Did my first 2k erg piece on Monday and my lower back has been sore for two days since.',
    'First 6k test on the rower and my lower back was burning by the end.',
    'My first 5k row ever and my lower back was tight by the end.',
  ])('reads no first run: %s', (text) => {
    expect(contextOf(text)).not.toContain('new_to_running');
  });

  it.each([
    'Ran my first 5k race on Saturday and my lower back was sore after.',
    'Just did my first 10k, lower back was aching from about halfway.',
  ])('keeps a first run: %s', (text) => {
    expect(contextOf(text)).toContain('new_to_running');
  });
});

describe('shoes as a movement of the day, not what was on the feet', () => {
  it.each([
    'Lower back is killing me, it hurts to tie my shoes.',
    'My lower back is so stiff in the mornings I can barely put my shoes on.',
    "Lower back aches after long runs, worst when I'm lacing my trainers.",
  ])('ranks no footwear: %s', (text) => {
    expect(topCauses(text)).not.toContain('footwear');
  });

  it.each([
    'New shoes last week and now my lower back aches on every run.',
    'My lower back has ached on every run since I switched to zero drop shoes.',
  ])('keeps footwear: %s', (text) => {
    expect(topCauses(text)).toContain('footwear');
  });
});

describe('a body new to hard work, told by the place the new job is', () => {
  it.each([
    'Started on a building site last week lugging cement bags all day, and by Thursday my lower back was aching constantly.',
    'Got a new job at a warehouse, heaving boxes onto pallets, and my lower back is stiff every morning.',
    'Began work at the depot on Monday, lifting crates all shift, and my lower back has been sore since.',
  ])('ranks deconditioning among the top three: %s', (text) => {
    expect(topCauses(text)).toContain('deconditioning');
  });

  it.each([
    'Walked past a building site on my run and my lower back started aching at mile 5.',
    'My lower back aches after deadlifts, I work in a warehouse office so I sit all day.',
  ])('reads no new work: %s', (text) => {
    expect(topCauses(text)).not.toContain('deconditioning');
  });
});

describe('a trouble gone by an early point of the run or the round', () => {
  it.each([
    'Lower back tightens up every round on the opening holes, by the 5th it has gone.',
    "My lower back grabs on every morning run, by mile 3 it's fine.",
    'Lower back is achy for the first half mile of every run, then it loosens up.',
    'Lower back grabs in the first km then vanishes, every single morning run.',
  ])('ranks a poor warm-up among the top three: %s', (text) => {
    expect(topCauses(text)).toContain('poor_warmup');
  });

  it.each([
    'Lower back aches from halfway through every long run and by mile 20 it is screaming.',
    'My lower back started aching at the 5th hole and by the 18th I could barely swing.',
  ])('reads no cold start: %s', (text) => {
    expect(topCauses(text)).not.toContain('poor_warmup');
  });
});

describe('the back of one limb told with its side ("the back of my left thigh")', () => {
  it.each([
    'Felt a sharp grab at the back of my left thigh on the last sprint, hamstring I reckon.',
    'Sharp pain at the back of my right knee every time I squat deep.',
    'Dull ache at the back of the left calf after hill reps.',
  ])('is no back: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });

  it.each(['Sharp pain on the left of my back after deadlifts.', 'Sharp grab in my back on the left side while sprinting.'])(
    'keeps a back told with its side: %s',
    (text) => {
      expect(relevantUnder(undefined, text)).toBe(true);
    },
  );

  it('keeps a back pain that goes down the back of one leg a sign to be seen soon', () => {
    expect(triageOf('Lower back pain going down the back of my right leg for 3 weeks.')).toBe('soon');
  });
});

describe('how to brace told by a simile ("brace like a plank"): a form cue, not a stiff back', () => {
  it.each([
    'Brace like a plank on squats and my lower back is fine now.',
    'Keep your back tight, brace like a plank, and drive through the floor.',
    'Tense like a brick on every rep and keep your lower back neutral.',
  ])('is no complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });

  it.each([
    'My lower back feels like a plank after deadlifts.',
    'Lower back stiff like a board every morning since the weekend.',
  ])('keeps a back that is stiff: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it(`leaves advice on the asker's back under "${BACK_THREAD}" its badge`, () => {
    const text = 'Your lumbar is caving into extension on the lockout, squeeze the glutes and hold like a plank.';
    expect(relevantUnder(BACK_THREAD, text)).toBe(true);
  });

  it(`stays unmarked under "${OTHER_THREAD}"`, () => {
    expect(relevantUnder(OTHER_THREAD, 'Your lower back arch is fine. Brace like a plank and drive with the legs.')).toBe(false);
  });
});

describe('what the asker\'s trouble will do, told to them ("you\'ll cramp on stage otherwise")', () => {
  it.each([
    "Drop the weight for a fortnight or you'll tweak it again.",
    "Skip the warm-up and you'll seize up halfway through the session.",
    "Keep pulling from a dead stop cold and you'll ache for days.",
  ])(`under "${BACK_THREAD}": %s`, (text) => {
    expect(relevantUnder(BACK_THREAD, text)).toBe(true);
  });

  it.each([
    [BACK_THREAD, "If you go out too fast you'll cramp."],
    [BACK_THREAD, 'So will you cramp if you cut the water?'],
    [OTHER_THREAD, "Bench twice a week or you'll ache for days after the one big session."],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

describe('the asker\'s back told to them with when it comes ("they pull on your lumbar when you stand")', () => {
  it.each([
    'Tight hamstrings tug on your lower back when you bend over.',
    'Your lumbar takes all the strain when you round off the floor.',
    'The hip flexors pull on your lower back when you stand up after sitting.',
  ])(`under "${BACK_THREAD}": %s`, (text) => {
    expect(relevantUnder(BACK_THREAD, text)).toBe(true);
  });

  it.each([
    [BACK_THREAD, 'If your lower back hurts when you stand, see a physio.'],
    [BACK_THREAD, 'Does it pull on your lower back when you stand up?'],
    [OTHER_THREAD, "The arch pulls on your lower back when you bench, that's normal."],
    // Review: what training is meant to feel like, under a complaint's title too.
    [BACK_THREAD, "Your lower back should feel tight when you brace hard, that's normal."],
    [BACK_THREAD, "Your lower back is supposed to burn when you do hyperextensions, that's the point of them."],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

describe('the asker\'s trouble named back to them ("that\'s butt wink", "sounds like a disc")', () => {
  it.each(["That's butt wink, mate.", 'Sounds like a disc to me.', 'Classic butt wink.'])(
    `under "${BACK_THREAD}": %s`,
    (text) => {
      expect(relevantUnder(BACK_THREAD, text)).toBe(true);
    },
  );

  it.each([
    [BACK_THREAD, "Butt wink is massively overblown, don't worry about it."],
    [BACK_THREAD, 'Couch stretch.'],
    [BACK_THREAD, 'Is that butt wink?'],
    [OTHER_THREAD, "That's butt wink, mate."],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});
