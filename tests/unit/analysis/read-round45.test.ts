/**
 * Classes of wording from round 45, found on the tune split of the real sets (README "Accuracy"): a reply in a thread
 * that tells a back complaint and offers only what to do for it (care for a sore back, exercises for it, a lighter
 * week, a bike set up again). Beside each, the look-alikes that must stay as they are. Sentences written for the
 * project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

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
    // A second command further on is no saying of what the first is (review 45a).
    'Foam roll it out and get a lacrosse ball on the knotty bits.',
    'Back off the volume for a couple of weeks and keep the runs easy.',
    'Shorter rides for a bit, then build back up.',
    // Asked as tried, a remedy is offered all the same, as round 50's readers label it.
    'Have you tried heat and ibuprofen?',
  ])('is read as about the back: %j', (text) => {
    expect(read(text, BACK_THREAD).relevant).toBe(true);
  });

  it.each([
    // The asker's thank-you.
    'Thanks all, heat and ibuprofen it is.',
    // Scorned, not offered.
    'Stretching is overrated if you ask me.',
    // Said of another part.
    'Ice the knee after every ride.',
    // The writer's own trouble of another part.
    'My calves cramp on every long ride. Gentle stretching helps a bit.',
    // Scorned in other words, or what it did for something else (review 45a).
    'Ice is a meme, even the man who came up with it took it back.',
    'Pilates improved my golf swing more than any lesson did.',
    'Reverse hypers made my deadlift go up like crazy.',
    // A remedy's words in another sense.
    'Ice cream fixes everything.',
    'Take a few days off the forum, you will feel better.',
    'Go lighter on the beers this weekend then.',
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
    'Prolapsed a disc on a max squat in my twenties, still careful with it.',
  ])('is a back: %j', (text) => {
    expect(read(text, OTHER_THREAD).relevant).toBe(true);
  });

  it("keeps someone else's disc theirs, and their emergency one", () => {
    const text =
      "My brother slipped a disc lifting a sofa on Saturday. Since this morning he can't feel when he needs to pee. Do I take him in?";
    expect(assess(text).triage).toBe('emergency');
  });

  it.each([
    'I ruptured a disc brake hose on the descent and walked the bike home.',
    // A plate, not a spine (review 45c).
    'Slipped a disc off the end of the bar because I forgot the collars, nearly took my toe off.',
  ])('while a disc of something else is not: %j', (text) => {
    expect(read(text, OTHER_THREAD).relevant).toBe(false);
  });
});

describe('sympathy under a thread whose title tells warning signs', () => {
  // Review 45c: read as the writer having had it, "I know exactly what that's like" took on the title's emergency.
  it("is no emergency of the writer's", () => {
    const title = 'Numb down there and cannot pee after deadlifts, what do I do?';
    expect(read("I know exactly what that's like. Hope you get sorted, mate.", title).triage).not.toBe('emergency');
  });
});

describe('an illness or a break outside the muscles, named', () => {
  it.each([
    ['Cracked my tailbone snowboarding and my lower back has ached for weeks since.'],
    ['Fractured tailbone from a fall on the ice, and now my lower back aches when I sit.'],
    ["Scheuermann's kyphosis here, my upper back aches after rows."],
    ['A UTI last month climbed to my kidneys and the lower back pain was awful.'],
  ])('ranks a medical cause in the top 3: %j', (text) => {
    expect(topCauses(text, BACK_THREAD)).toContain('medical_condition');
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

describe('the paper not felt, told as not able to', () => {
  it.each([
    "Went to the loo after the session and I hadn't been able to feel the paper at all. Lower back wrecked since the deadlifts.",
    'Lower back has been bad since Saturday and this morning I was unable to feel the tissue when I wiped.',
  ])('is saddle numbness: %j', (text) => {
    expect(assess(text).redFlags.map((flag) => flag.id)).toContain('saddle_numbness');
  });
});
