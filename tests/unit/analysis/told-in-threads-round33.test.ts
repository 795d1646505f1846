/**
 * Classes of wording from round 33's tuned sets (75, 76, 21, 101, 95, 56, 85, 42, 59, 71, 97: the sets with the most
 * back posts not badged at all): the lower back told as "low on the left side" of a lift's twinge or pop, without the
 * "down" round 23 read, the writer's own mornings told as the asker's ("my mornings are the same"), and the back
 * harmed told by what harmed it more ("the sofa did more to my back than deadlifts"), and the back moving to make up
 * for stiff hips, ankles or hamstrings ("my lower back rounds to get me down there"), and the back doing all of a
 * lift, told in other words ("my lower back does all of it"), and the writer's "it" felt in the back later ("felt it in
 * my low back the next day"); beside them the look-alikes that must stay as they are. Sentences written for the project, by class, not taken from any set.
 *
 * Round 33 also tried reading where the asker's bar should sit, told by the back's thick muscle ("put it on the meat
 * of the traps"), as advice on a sore neck or traps. It gained two tuned badges and one held-out badge but added one
 * held-out false badge, so it was taken back.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const MORNING_THREAD = 'Lower back stiff every morning since I turned 50';
const RUN_THREAD = 'Best time of day to run?';

const relevantUnder = (title: string | undefined, text: string) => assess(text, title ? { thread: { title } } : {}).relevant;
const regionsOf = (text: string) => assess(text, {}).features.region ?? [];

describe('the lower back told as "low on the left side" of a twinge or a pop', () => {
  it.each([
    'Pulled a heavy single on Friday, got a twinge low on the right side near the top, still stiff two days on.',
    'Something pinged low on the left side on my second rep of RDLs and now it aches when I stand up.',
    'Sharp pain low on my right side every time I come out of the hole on squats.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
    expect(regionsOf(text)).toContain('lower_back');
  });

  it.each([
    'Pain low on the right side of my belly since last night, and I feel sick.',
    'Sharp stitch low on the left side of my stomach when I run straight after eating.',
    'The bar was sitting low on the left side so I reracked and reset my grip.',
  ])('leaves a side that is not the back: %s', (text) => {
    expect(regionsOf(text)).not.toContain('lower_back');
  });
});

describe("the writer's own mornings told as the asker's", () => {
  it.each([
    'My mornings are the same, a hot shower and ten minutes of walking and I can move.',
    '52 here. My mornings were always worse after a day of heavy pulls.',
    'My mornings are usually worse after a week of heavy pulls.',
  ])(`under "${MORNING_THREAD}": %s`, (text) => {
    expect(relevantUnder(MORNING_THREAD, text)).toBe(true);
  });

  it.each([
    [RUN_THREAD, 'My mornings are the same, I run before work or not at all.'],
    [MORNING_THREAD, 'Mornings are the worst time to test a max, train in the evening.'],
    [MORNING_THREAD, 'Are your mornings the same after a rest day?'],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

describe('the back harmed, told by what harmed it more ("the sofa did more to my back than deadlifts")', () => {
  it.each([
    'Two weeks on a camp bed did more to my back than a whole block of heavy pulls.',
    'Honestly gardening does more damage to my lower back than squatting ever has.',
    'The bunk at the hostel gave me a worse back than the whole week of hiking.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it.each([
    'Heavy rows did more for my back than any machine, it finally grew.',
    'Chin-ups gave me a wider back than pulldowns ever did.',
    'Back squats did more for my legs than the leg press.',
  ])('leaves a back that was built: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });
});

describe('the back moving to make up for stiff hips, ankles or hamstrings', () => {
  it.each([
    'My ankles are like bricks, so at the bottom of a squat my lower back folds to find the depth.',
    'On good mornings my back rounds before the hamstrings take any of it.',
    'My hips barely turn, so my lower back twists to make up for it on every golf swing.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it.each([
    'My back rounds a little on the last rep of deadlifts, is that a problem?',
    'Back day makes up the difference for the rows I skipped on Monday.',
    'Back squats to a box, then front squats to get more depth.',
  ])('leaves form talk and lifting talk: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });
});

describe('the back doing all of a lift, told in other words ("my lower back does all of it")', () => {
  it.each([
    'On heavy pulls my hips rise early and my lower back does all of it.',
    'Chest caved on the last rep, hips went first and my back did everything.',
    'When my glutes switch off my erectors end up doing all of it.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it.each([
    'Back day: did everything from rack pulls to rows and loved it.',
    'Let your legs do all of it and keep your back neutral.',
  ])('leaves lifting talk: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });
});

describe('the writer\'s "it" felt in the back later ("felt it in my low back the next day")', () => {
  it.each([
    'Pulled touch and go for sets of eight and felt it in my lower back the next morning.',
    'Every heavy squat day I feel it in the lumbar for days.',
    'Sumo triples at the end and I feel it in my back on the drive home.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it.each([
    'On rows you should feel it in your upper back, not your biceps.',
    'Felt it in my legs the next day, proper DOMS after lunges.',
    'I feel it in my lats when I do pulldowns, is that right?',
  ])('leaves where a lift works and other parts: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });
});
