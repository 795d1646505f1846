/**
 * Classes of wording from round 30's tuned set and list (stories told by life events and lists of sore places; the
 * middle tiers told by what the writer does, by dates and by landmarks): a back in a list of body parts, a back that
 * "mine" places, how it went told a sentence after the writer's "me", a back told no better, night pain told by where
 * the writer sleeps, "if anything" as "rather"; beside them the look-alikes that must stay unmarked. Sentences written
 * for the project, by class, not taken from any list.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import type { TriageTier } from '@/lib/features';
import { topCauses } from '../../harness/top-causes';

const BACK_THREAD = 'Lower back sore after deadlifts';
const OTHER_THREAD = 'Bench stuck at 100 kg for months';
const CALF_THREAD = 'Calf cramps on long runs';

const relevantUnder = (title: string | undefined, text: string) => assess(text, title ? { thread: { title } } : {}).relevant;
const triageOf = (text: string): TriageTier => assess(text, { rank: false }).triage;

describe('a back in a list of sore places', () => {
  it.each([
    'I only ever get cramps (hamstrings and sometimes my lower back) on hot long runs.',
    'Two days after the hill race my lower back, glutes and calves were all achy and stiff.',
    'Quads, calves and even my lower back were cramping by the last event.',
  ])('counts the back: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it('leaves a back the list says is fine', () => {
    expect(relevantUnder(undefined, 'My quads and calves were destroyed after the hill race but my lower back was fine.')).toBe(
      false,
    );
  });
});

describe('a reply that places its own trouble at the back ("mine\'s the lower back")', () => {
  it.each([
    "mine's the lower back rather than the calves. past 25k it grabs every time",
    'mine go to my lower back instead of my calves. by the last 10k it grabs',
  ])('under a thread about calves: %s', (text) => {
    expect(relevantUnder(CALF_THREAD, text)).toBe(true);
  });

  it('leaves a reply whose own are the calves too', () => {
    expect(relevantUnder(CALF_THREAD, 'mine are the calves too. past 25k they grab every time')).toBe(false);
  });
});

describe("how it went for the writer, told after their 'me' or by what took it away", () => {
  it.each([
    'squats for me. belt back on, learned to brace properly, pain gone',
    'I was arching like crazy at lockout. Tucking my ribs down took the pinch away.',
    'Raised my heels on plates and the rounding and the ache both went.',
    'Filmed it, stopped overarching, and the ache is way less now.',
    'Day 2 is always worse than day 1 for me after a layoff.',
    'This. Only ever on my heaviest sets.',
  ])(`under "${BACK_THREAD}": %s`, (text) => {
    expect(relevantUnder(BACK_THREAD, text)).toBe(true);
  });

  it.each([
    [OTHER_THREAD, 'deadlifts for me. belt back on, learned to brace properly, ache gone'],
    [OTHER_THREAD, 'This.'],
    [BACK_THREAD, 'This. Not me though, never had back trouble, just agreeing with the advice.'],
    [BACK_THREAD, 'This. Luckily not had it myself.'],
    [BACK_THREAD, 'This program fixed my deadlift lockout.'],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

it('puts a sudden strain, a give told by its noise, among the top three causes beside the core the post asks about', () => {
  const post =
    'PR single went bang. Went for 200, 10 over my best, and halfway up there was this thunk and my lower back seized. Could barely get off the floor after. Weak core?';
  expect(topCauses(post)).toContain('muscle_strain');
});

describe('a back told by what it did or how it is', () => {
  it.each([
    'Slept on a camp bed for a week and my lower back had me walking like my grandad.',
    'My lower back had a pinchy ache right at belt level after every pull session.',
    'By 20k it feels like someone is digging a knuckle into my lower back.',
    'Seven weeks of rehab and my lower back is no better.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });
});

describe('the middle tiers told by dates, by what the writer does and by landmarks', () => {
  it.each<[string, TriageTier]>([
    ["My lower back has been sore for eight weeks. If anything it's a bit worse than when it started.", 'soon'],
    ['Seven weeks of rehab and my lower back is exactly the same as day one.', 'soon'],
    ["My lower back has ached since early March, now it's June and it just isn't going away.", 'soon'],
    ['Chest cold, no fever, and every cough is like a stab in my lower back.', 'soon'],
    ['Pain from my right glute down the outside of my leg to the outside of my ankle since the long drive.', 'soon'],
    ['Low back pain shooting down to my big toe when I sit.', 'soon'],
    [
      "For a fortnight I've been sleeping in the armchair because lying flat in bed my lower back pain builds and nothing takes the edge off.",
      'urgent',
    ],
    [
      'Most nights I wake around 3am with a deep ache in my lower back and end up pacing the landing. Heat, pills, stretching, none of it does anything.',
      'urgent',
    ],
    ['Three courses of pred tablets this year for my asthma and now my mid back hurts after lifting the kids.', 'urgent'],
    [
      "There's a dull ache between my shoulder blades that's been there the whole time, doesn't come and go, and I haven't lifted in weeks.",
      'urgent',
    ],
  ])('%s → %s', (text, tier) => {
    expect(triageOf(text)).toBe(tier);
  });

  it.each([
    'If anything feels off in your lower back, stop the set.',
    'Woke up at 6am with my lower back stiff from the hotel bed, eased once I was up and about.',
    "My legs couldn't stop shaking after the 20 rep squats and my lower back was pumped.",
  ])('keeps a look-alike at self-care: %s', (text) => {
    expect(triageOf(text)).toBe('self_care');
  });
});

describe('emergencies told plainly, and rules told to the reader', () => {
  it.each([
    'My horse refused a fence and I got thrown off, landed flat on my back on the hard ground, mid back agony now.',
    'If u cant tell from the typing, hands shaking, numb down there and cant wee since last night. back agony.',
    'My hind legs (both of them lol) have gone numb and weak since my back went yesterday.',
    "Tweaked my back on Monday. Woke up this morning and the bed was wet, and I don't know how it happened.",
    "Hurt my back on rack pulls. Thought I'd just passed wind and it turned out I hadn't, and I felt nothing.",
    'Writing for my husband: his back went lifting compost. He keeps going to the loo, stands there for ages and hardly anything comes.',
    "My mum's upper back has ached since lunch and she has a pressure in the middle of her chest.",
    'If u can help pls, numb down below and cant wee since this morning, lower back is agony',
    "If you've got any advice, both legs numb and can't pee since yesterday after lifting.",
    'No fever, and both legs are numb since my back went on Saturday.',
    "If you're asking, yes, my back went on deadlifts and now I can't pee.",
    "If you're reading this, my back went and both legs are numb since this morning.",
  ])('reads an emergency: %s', (text) => {
    expect(triageOf(text)).toBe('emergency');
  });

  it.each([
    "If anything the numbness spreads to my groin I'm going straight to A&E, for now it's just my lower back aching.",
    'Came down off the ladder at work, no fall, just my usual stiff lower back after a shift.',
    "Our old lab's back legs have gone wobbly and he drags one. My own back is fine, just venting.",
    'The plaits came off the mare halfway through the dressage test. My back is only stiff from the long drive.',
    'If anything gets worse, like numbness in the groin, go straight to A&E. Mine is just stiff after deadlifts.',
    'Had an MRI for the lower back pain and hardly anything comes up on it, just mild wear and tear.',
    'Walked the bar out and it came down on the top of my back a little high, so I re-racked it lower.',
    'Back went on deadlifts. No saddle numbness, no bladder issues, and both legs feel strong.',
    "If you're wondering whether numbness down there after a back tweak is serious, it is. Go to A&E.",
  ])('keeps a look-alike below emergency: %s', (text) => {
    expect(triageOf(text)).not.toBe('emergency');
  });

  it.each([
    "Couldn't stop shivering at the start line, it was minus five, lower back a bit tight after.",
    'Ten years of physio practice and I still tweak my back now and then, mild ache today.',
    'Hot yoga for my stiff back, the sweats keep coming the whole class.',
    "He's burning up the track these days, and his lower back is just a bit tight from the mileage.",
  ])('keeps a look-alike at self-care: %s', (text) => {
    expect(triageOf(text)).toBe('self_care');
  });

  it("reads every item of a rule put to the reader as the rule, not the writer's sign", () => {
    const rule =
      "If you ever tweak your back and then can't feel the seat when you wipe, or can't pee, get to A&E. My back is fine, just passing it on.";
    expect(triageOf(rule)).not.toBe('emergency');
  });

  it("keeps the writer's own sign told after an 'if you' aside", () => {
    expect(triageOf("If you're wondering why I'm posting, I can't pee since my back went on Saturday.")).toBe('emergency');
  });
});
