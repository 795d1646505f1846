/**
 * Classes of wording from round 33's tuned sets (75, 76, 21, 101, 95, 56, 85, 42, 59, 71, 97: the sets with the most
 * back posts not badged at all): the writer's own mornings told as the asker's ("my mornings are the same"), the back
 * doing all of a lift told in other words ("my lower back does all of it"), and the writer's "it" felt in the back
 * later ("felt it in my low back the next day"); beside them the look-alikes that must stay as they are. Sentences
 * written for the project, by class, not taken from any set.
 *
 * Round 33 also tried reading where the asker's bar should sit, told by the back's thick muscle ("put it on the meat
 * of the traps"), as advice on a sore neck or traps. It gained two tuned badges and one held-out badge but added one
 * held-out false badge, so it was taken back. The round's review (README "Accuracy") took back three more: the lower
 * back told as "low on the left side" (it read a groin, a knee or an appendix there), the back harmed told by what
 * harmed it more (it read backs built by rows), and the back moving to make up for stiff hips (it read form checks
 * with no pain).
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const MORNING_THREAD = 'Lower back stiff every morning since I turned 50';
const RUN_THREAD = 'Best time of day to run?';

const relevantUnder = (title: string | undefined, text: string) => assess(text, title ? { thread: { title } } : {}).relevant;

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
