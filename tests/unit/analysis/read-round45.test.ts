/**
 * Classes of wording from round 45, found on the tune split of the real sets (README "Accuracy"): a reply in a thread
 * that tells a back complaint and offers only what to do for it (care for a sore back, exercises for it, a lighter
 * week, a bike set up again). Beside each, the look-alikes that must stay as they are. Sentences written for the
 * project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const BACK_THREAD = 'Lower back sore after long rides';
const OTHER_THREAD = 'Best trail shoes for a 50k?';

const read = (text: string, title: string) => assess(text, { thread: { title } });

describe('a remedy offered in a thread that tells a back complaint', () => {
  it.each([
    'Heat and ibuprofen for a couple of days, then ease back in.',
    'Keep moving, even a short walk every hour.',
    'Gentle stretching twice a day and plenty of walking.',
    'Back extensions and bird dogs three times a week did more than anything.',
    'Take a few days off and cut your mileage for a fortnight.',
    'Honestly, raise the bars a couple of centimetres and see how it feels.',
    'Go lighter on the accessories for a week or two.',
    'A foam roller on the upper back before bed.',
  ])('is read as about the back: %j', (text) => {
    expect(read(text, BACK_THREAD).relevant).toBe(true);
  });

  it.each([
    // Asked, not offered.
    'Have you tried heat and ibuprofen?',
    // The asker's thank-you.
    'Thanks all, heat and ibuprofen it is.',
    // Scorned, not offered.
    'Stretching is overrated if you ask me.',
    // Said of another part.
    'Ice the knee after every ride.',
    // The writer's own trouble of another part.
    'My calves cramp on every long ride. Gentle stretching helps a bit.',
  ])('leaves a look-alike unread: %j', (text) => {
    expect(read(text, BACK_THREAD).relevant).toBe(false);
  });

  it('and reads nothing into a remedy in a thread about something else', () => {
    expect(read('Heat and ibuprofen for a couple of days, then ease back in.', OTHER_THREAD).relevant).toBe(false);
  });
});

describe('a disc told as what the writer did to it', () => {
  it.each([
    'Two winters ago I ruptured a disc in my back moving a wardrobe, and it took months to lift again.',
    'Turned out I had herniated my L5-S1 disc, the scan showed it clearly.',
    'Blew a disc on a max squat in my twenties, still careful with it.',
  ])('is a back: %j', (text) => {
    expect(read(text, OTHER_THREAD).relevant).toBe(true);
  });

  it("keeps someone else's disc theirs, and their emergency one", () => {
    const text =
      "My brother slipped a disc lifting a sofa on Saturday. Since this morning he can't feel when he needs to pee. Do I take him in?";
    expect(assess(text).triage).toBe('emergency');
  });

  it('while a disc of something else is not', () => {
    expect(read('I ruptured a disc brake hose on the descent and walked the bike home.', OTHER_THREAD).relevant).toBe(false);
  });
});

describe('"I know exactly what that is like" in a thread that tells a back complaint', () => {
  it.each(['Ugh, I know exactly what that is like. Took me a fortnight to feel normal.', 'Know just how you feel, mate.'])(
    'says the writer has had it: %j',
    (text) => {
      expect(read(text, BACK_THREAD).relevant).toBe(true);
    },
  );

  it('but not under a thread about something else', () => {
    expect(read('Ugh, I know exactly what that is like. Took me a fortnight to feel normal.', OTHER_THREAD).relevant).toBe(false);
  });
});

describe('an illness or a break outside the muscles, named', () => {
  it.each([
    ['Cracked my tailbone snowboarding and my lower back has ached for weeks since.'],
    ["Scheuermann's kyphosis here, my upper back aches after rows."],
    ['A UTI last month climbed to my kidneys and the lower back pain was awful.'],
  ])('ranks a medical cause in the top 3: %j', (text) => {
    const causes = read(text, BACK_THREAD)
      .causes.slice(0, 3)
      .map((cause) => cause.id);
    expect(causes).toContain('medical_condition');
  });
});

describe("a lifter's weak point", () => {
  it.each([
    'What sets and reps on good mornings would bring up a weak lower back?',
    'How do you know the lower back is the weak link and not the hips?',
    'My lower back has always been my weak point on the deadlift.',
  ])('is no symptom: %j', (text) => {
    expect(read(text, OTHER_THREAD).relevant).toBe(false);
  });

  it('while a back that feels weak still is one', () => {
    expect(read('My lower back feels weak and tired by the last few miles of a long run.', OTHER_THREAD).relevant).toBe(true);
  });
});

describe('weeks of pain with what was tried still not helping', () => {
  const flags = (text: string) => assess(text).redFlags.map((flag) => flag.id);
  it.each([
    'Lower back has hurt for about five weeks now and the physio exercises do not seem to be helping.',
    'Six weeks of this ache in my lower back. Ibuprofen did not do much and resting it isn’t helping either.',
    'Over the last two months my lower back has been sore after every session. I cut the volume right down and it still feels the same.',
  ])('is no better after weeks: %j', (text) => {
    expect(flags(text)).toContain('not_improving');
  });

  it.each([
    // Days, not weeks.
    'Tweaked my lower back two days ago. Ibuprofen did not do much so far.',
    // What it did not help is something else.
    'Lower back has been fine for months; the new programme just isn’t helping my bench.',
  ])('leaves a look-alike alone: %j', (text) => {
    expect(flags(text)).not.toContain('not_improving');
  });
});
