/**
 * Classes of wording from round 29's tuned set and list (busy threads leaning on their titles; signs hedged or told in
 * British words): replies that tell the writer's own back by "mine" and by how it went ("mine's at six weeks", "keeps
 * mine happy", "hasn't happened since"), soreness that peaks on day two, signs in everyday words; beside them the
 * look-alikes that must stay unmarked, and titles whose numbness must stay a sign. Sentences written for the project,
 * by class, not taken from any list.
 */
import { describe, expect, it } from 'vitest';
import { openingPostText } from '@/lib/adapters/types';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

const BACK_THREADS = [
  'Lower back sore after deadlifts',
  'Upper back knot that will not shift',
  'My SI flares up every heavy block',
];
const OTHER_THREADS = ['Best shoes for a first marathon?', 'Bench stuck at 100 kg for months'];

const relevantUnder = (title: string, text: string) => assess(text, { thread: { title } }).relevant;
const openingTriage = (title: string, body: string) =>
  assess(openingPostText(title, body), { rank: false, thread: { title } }).triage;

describe("a reply tells the writer's own back by 'mine' and by how it went", () => {
  const replies = [
    "Mine's at five weeks now and only just loosening.",
    'mine is 3 months in, no better',
    'Mine was right side too, sat right on the bony bit.',
    'A walk before breakfast and a light pull on Fridays keeps mine happy.',
    'mine would grab every time I went past parallel',
    'Mine ached until I dropped the belt and learnt to brace properly.',
    'I used to get the same ache after long drives.',
    'Switched to a wider grip and it has not happened since.',
    'Day 2 after a hard session is always the worst for me.',
    'Long drives before comps do it and it always loosens off once I start my warm-up.',
    'Ha, I have the same marble, just left of the spine.',
    'Different cause with mine, it was the pillow.',
    'Mornings I am a robot for the first half hour.',
    'Day 2 after long tempo runs is always worse for me.',
  ];

  it.each(BACK_THREADS.flatMap((title) => replies.map((text) => [title, text] as const)))('under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(true);
  });

  // The same words say nothing of a back in a thread about something else ("mine" is the shoes, the bench).
  it.each(
    OTHER_THREADS.flatMap((title) =>
      [
        "Mine's at five weeks now and only just loosening.",
        'A walk before breakfast and a light pull on Fridays keeps mine happy.',
        'Switched to a wider grip and it has not happened since.',
      ].map((text) => [title, text] as const),
    ),
  )('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

describe('soreness that peaks a day or two later reads as delayed soreness', () => {
  it.each([
    'First hill race of the year and my back and calves were wrecked on day 2, fine again by day 4.',
    'Did 100 kettlebell swings for the first time, lower back hurt for two days the first time.',
    'Day 2 after a powerlifting meet is always the worst, whole back stiff and sore.',
    "Did a CrossFit workout yesterday with loads of deadlifts. Lower back isn't hurt exactly but stiff and sore today.",
  ])('%s', (text) => {
    expect(topCauses(text)).toContain('doms');
  });
});

/**
 * A title that names numbness stays a sign whatever the body goes on to say of it. Round 29 tried letting a body that
 * tells the same numbness again with its cause explain the title away ("Numb bum after leg press??" over "it was the
 * metal seat"): it cleared two look-alikes among the held-out lists and lost one of their emergencies, so it was not
 * kept (a false alarm is the lesser harm; README "Accuracy"). These guard the signs such a rule must never take.
 */
it('reads an age reached and still had as the writer\'s age: "since I turned 48"', () => {
  expect(topCauses('My lower back hates arching since I turned 48, stiff every morning.')).toContain('facet_degenerative');
});

describe("a title's numbness", () => {
  it.each([
    // The body never tells the numbness again: the title's sign stands.
    ['Numb between my legs after deadlifts', 'The back spasm went away after a hot bath though.'],
    // Told again, explained, then back and staying.
    [
      'Both legs numb and tingling',
      'Sat on the toilet too long and both legs went dead. Stood up and it passed. But it is back this morning and will not go away.',
    ],
    // The body's own telling is a sign: numbness that outlasts the ride.
    [
      'Numb bum and groin since yesterday',
      'Sat on the bike for 2 hours yesterday and my bum went numb, which is normal. But it is still numb today and I cannot feel the toilet paper.',
    ],
  ])('stays an emergency when the body does not explain it: %s', (title, body) => {
    expect(openingTriage(title, body)).toBe('emergency');
  });
});

describe('signs in everyday and British words', () => {
  it.each([
    "Back has been sore since Sunday and when I wipe I can't quite feel the paper properly.",
    "Lower back went on Tuesday. I've not had a wee since last night even though I've been drinking.",
  ])('reads an emergency: %s', (text) => {
    expect(assess(text, { rank: false }).triage).toBe('emergency');
  });

  it('reads dark pee with swollen muscles too sore to touch: "them" after plural muscles is the muscles', () => {
    const text =
      'Did a 300 rep kettlebell challenge. Two days later my lower back and glutes are swollen and rock hard, it hurts to touch them, and the pee is dark brown.';
    expect(assess(text, { rank: false }).triage).toBe('emergency');
  });

  it.each([
    'My quads and my mates were both knackered after the race, I told them to stretch, they said they cannot pee since.',
    'Lats are fried after the swim; the old boys at the pool, they said they lost bladder control after their back ops.',
  ])('keeps "they" and "them" as other people after plural muscles when people are named: %s', (text) => {
    expect(assess(text, { rank: false }).triage).not.toBe('emergency');
  });

  it('keeps numbness a ride explains, gone once off the bike', () => {
    const text = 'Lower back a bit tight and a numb bum after a 5 hour ride, went away an hour after I got off the bike.';
    expect(assess(text, { rank: false }).triage).not.toBe('emergency');
  });

  it('reads pain that is worst when completely still, which nothing shifts, as urgent', () => {
    const text =
      "My lower back is worst when I'm completely still in bed and I can't shift the ache whatever I try. Six weeks now.";
    expect(assess(text, { rank: false }).triage).toBe('urgent');
  });

  it('reads pain down the back of the leg to the middle of the calf as below the knee', () => {
    const text = 'Lower back pain after deadlifts last week, now it runs down the back of my left leg to the middle of my calf.';
    expect(assess(text, { rank: false }).redFlags.map((flag) => flag.id)).toContain('radiating_below_knee');
  });
});

it('reads a back that feels every rep as a complaint', () => {
  expect(assess('Cannot get past my knees on RDLs and my lumbar feels every rep.').relevant).toBe(true);
});

describe('a neck in a thread about the neck', () => {
  const text = 'Raised the monitor to eye level and my neck pain halved within a week.';

  it("counts as the thread's back, as a neck does in a post that names a lift", () => {
    expect(relevantUnder('Neck and upper back ache after every tempo run', text)).toBe(true);
  });

  it('keeps its own weaker strength alone or under a thread about another part of the back', () => {
    expect(assess(text).relevant).toBe(false);
    expect(relevantUnder('Lower back sore after deadlifts', text)).toBe(false);
  });
});

/** What the round's code review found the first versions of these terms doing, kept from coming back. */
describe('after the round 29 review', () => {
  it.each([
    'Tied my laces too tight on the run, now my saddle area is numb and my lower back is killing me.',
    'Laced my shoes super tight for deadlifts, felt a pop in my lower back and now both legs are numb.',
  ])('tight laces told in passing explain no numb groin or both legs: %s', (text) => {
    expect(assess(text, { rank: false }).triage).toBe('emergency');
  });

  it.each([
    "She's not had a wee since this morning, should I take the puppy to the vet?",
    "With these nitrile gloves I can't quite feel the paper texture when I'm sanding.",
  ])('raises no emergency for a pet or for the paper itself: %s', (text) => {
    expect(assess(text, { rank: false }).triage).not.toBe('emergency');
  });

  it('reads "since I turned 16, now 34" as no teenager', () => {
    const text = 'Been lifting since I turned 16, now 34. Back hurts when I lean back overhead pressing.';
    expect(assess(text, { rank: false }).redFlags.map((flag) => flag.id)).not.toContain('young_extension_pain');
  });

  it.each([
    'The spine is definitely worse on the paperback edition, it cracked straight away.',
    'My golf ball keeps slicing off the back of the tee box, back swing too flat?',
    'We had two dodgy backs on the wing, coach subbed them at half time.',
  ])('badges no book, golf ball or rugby team: %s', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});

/** List 69's classes (round 29's second batch): signs told by a carer or a partner, in Scots, by what did not happen. */
describe('signs told for someone, in Scots, or by what did not happen', () => {
  it.each([
    "My nan's back has been bad all week and her bottom feels like it belongs to someone else, she says.",
    "Back went at work on Monday. Wiping feels like it's someone else's bum, honestly.",
    "Lower back's wrecked since the move. Wiping feels like it's someone else's bum.",
    "His disc has been bad since Sunday. He's been sat on the toilet for 30 minutes and can't go even though his bladder is bursting.",
    "My partner's back went yesterday and this morning she'd had an accident in bed and didn't notice.",
    'Got knocked off on the dual carriageway at about 40 last night, lower back and neck are killing me.',
    'Ah did ma back in liftin the telly an noo baith ma legs are deid.',
    'Ah cannae feel baith ma legs since ma back went.',
  ])('reads an emergency: %s', (text) => {
    expect(assess(text, { rank: false }).triage).toBe('emergency');
  });

  it.each([
    'Potty training update: our toddler had an accident in bed again, my back is sore from changing sheets at 3am.',
    "Sat on the toilet for 10 minutes and can't go, the codeine for my back has bunged me right up.",
    'Got knocked off the top spot on the deadlift leaderboard, lower back sore from the attempts.',
    "Physio says no squats for two weeks, so I can't go even though I'm bursting to get back under the bar.",
    "Codeine for my back has bunged me up, can't go even though my belly is tight.",
    'Got taken out on the motorway for my first driving lesson, back stiff from the seat.',
    "Potty training is going well but she'd had an accident in bed twice this week, back sore from the sheets.",
    "Wiping feels like it's someone else's turn, three kids and I'm on bath duty again, back aching.",
    'In the squat the bottom feels like it belongs to someone else now, no more butt wink, back happy.',
  ])('keeps the look-alikes in the same words: %s', (text) => {
    expect(assess(text, { rank: false }).triage).not.toBe('emergency');
  });
});
