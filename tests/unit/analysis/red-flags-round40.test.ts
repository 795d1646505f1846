/**
 * Round 40's red-flag classes (README "Accuracy"): a crash told as what a feeling is like, and care not had yet told
 * in a sentence with no "I"; and crashes told beside hospital and scan words, which stay emergencies (a crash whose
 * scan had answered was tried and taken back). Each beside the look-alikes that must
 * stay as they are. Sentences written for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const tierOf = (text: string) => assess(text, { rank: false }).triage;
const flagsOf = (text: string) => assess(text, { rank: false }).redFlags.map((flag) => flag.id);

describe('a crash told as what a feeling is like', () => {
  it.each([
    'Lower back sore after deadlifts, the rest of me feels like it got hit by a truck.',
    'My back feels like a bus ran me over, first week back squatting.',
    'Back is sore and I feel as if I got hit by a train after that long run.',
    'Woke up and my lower back felt like I had been in a car crash, too much volume yesterday.',
    'My lower back hurts as if I fell down the stairs, but it was only leg day.',
    'Legs feel like they were run over after the marathon and my lower back aches.',
  ])('is no crash: %s', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    'Felt like death all day. Got hit by a car on the way home and my lower back is agony.',
    'It felt like forever, then I came off my bike at 40mph and landed on my back, it is killing me.',
    'I feel like I landed really hard when I fell off the roof yesterday, lower back is agony.',
    'Got hit by a truck on my bike this morning and my lower back feels like it is on fire.',
    'My lower back hurts like hell after I got knocked off my bike by a van today.',
    'Aching like mad since the car crash this morning, lower back.',
    'Felt like I was dying after I fell down the stairs tonight, lower back agony.',
    'Felt like slow motion when the car hit me this morning, now my back is agony.',
    'I was just like being careful crossing and a car hit me anyway, back is killing me.',
    'I feel like an idiot I fell down the stairs carrying the laundry this morning, lower back agony.',
    "And as if that wasn't enough I got hit by a car on my run tonight, lower back agony.",
    'Feel like it was my fault I got hit by a car while running at dusk, lower back is agony.',
    'My back hurts like a van hit me. Because a van did hit me, cycling to work this morning.',
    'It was like getting hit by a car, which I was. Bonnet to my lower back at 30mph an hour ago.',
    'My back hurts like a car hit me, and yeah thats literally what happened on the school run yesterday.',
  ])('a real crash beside it still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it('leaves a chest told as a heart attack to the chest', () => {
    expect(tierOf('Upper back aching and my chest feels like a heart attack, crushing, sweating.')).toBe('emergency');
  });
});

describe('a crash told beside hospital and scan words', () => {
  it.each([
    'Came off my motorbike at 60 on Saturday. A&E sorted my wrist and sent me home. Today my back is really painful.',
    'Dropped about 5 metres off the wall onto the mat, landed on my back. Staff checked me over and I drove home. Back sore.',
    'Fell off the roof this morning, should I get an x-ray? Lower back is agony.',
    "Crashed my bike at 40 yesterday, haven't had an x-ray, lower back is agony.",
    'Lowsided at 50 on a bend, slid down the road and hit the barrier with my back. GP said next available is a fortnight.',
    'My mate was taken to hospital after the crash. I came off my bike at 40mph too and my lower back is agony.',
    'Had an MRI last year for a bulging disc. Today I got hit by a car on my bike and my lower back is agony.',
    'Came off my bike at 40 an hour ago, had an x-ray on my wrist, lower back is agony.',
    'Fell off the scaffold this morning, about 4 metres. Been to the hospital loads for my asthma so I hate going, back agony.',
    'Got knocked off my bike this morning, x-ray booked for Friday, lower back is agony.',
    'Car crash on the motorway today, the kids were discharged last night but I have not been checked, back agony.',
    'Scrum collapsed with the whole pack on top of me, the club doctor examined my shoulder only. Lower back is agony.',
    'Fell off a ladder this afternoon. Went to the ER but it was an 8 hour wait so I left before being seen. Back agony.',
    'Came off my motorbike at 50 this morning, paramedics discharged me at the scene. Lower back agony.',
    'Came off my motorbike at 40 today. Head CT was clear and they sent me home but my lower back is now agony.',
    'Got knocked off my bike this morning, went to hospital, nobody has looked at my back yet. Lower back agony.',
    "Fell down the stairs at 30 weeks and landed flat on my back. Baby's scan was fine but my lower back is agony.",
    'Came down about 4 metres onto my back an hour ago. Sat in A&E now, praying the x-rays come back clear.',
    'Fell off my horse at a gallop today onto my back. Pelvis x-rays came back clear but my lower back is agony.',
  ])('stays an emergency: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it("and one with a clear scan too: a scan's answer does not end a crash (review 40k)", () => {
    expect(tierOf('Came off my bike at 30mph yesterday, went to the ER and the x-rays came back clear. Back still sore.')).toBe(
      'emergency',
    );
  });
});

describe('care not had yet, told with no "I"', () => {
  it.each([
    "Fell off a ladder on Saturday, haven't been to the hospital, lower back is agony.",
    "Both legs went numb yesterday, haven't been to hospital yet, back is agony.",
    'Both legs numb since yesterday, no hospital yet, back agony.',
    'Numb between the legs since last night, is this an ER thing?',
  ])("is the writer's emergency: %s", (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'If you get numb legs with back pain, go to the ER.',
    'Saddle numbness is a hospital thing, not a wait and see thing.',
    'Red flags are numbness in the saddle area or both legs, go to hospital if so.',
    'Both legs numb and no hospital yet? Go now.',
    "Numb bum and couldn't wee, didn't go to hospital for 3 days, catheter for life now. Go straight away folks.",
    'Numb groin, refused to go to hospital, lost bladder control for good. Learn from it.',
    "Both legs went numb, won't go to hospital he said. Two days later emergency surgery on his lower back.",
    "Classic story: numbness down below, won't go to hospital, catheter at 35.",
    "My dad's back is bad, his legs are numb and he won't go to hospital.",
  ])("advice and someone else's refusal stay as they were: %s", (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });
});
