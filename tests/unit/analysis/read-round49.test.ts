/**
 * Classes of wording from round 49, found on the tune split of the real sets (README "Accuracy"). Sentences written
 * for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

describe("a back's typed without its apostrophe", () => {
  it.each([
    'backs sore again after the long run, legs are fine',
    'My backs been killing me since the move.',
    'Backs still stiff from Saturday’s deadlifts.',
    'my backs playing up on the rower',
  ])('is a back post: %j', (text) => {
    expect(assess(text).relevant).toBe(true);
  });

  it.each([
    'People hurt their backs shovelling snow every winter, take it slow out there.',
    'The running backs were sore after the game, said the coach.',
    'Did backs and biceps today, good session.',
    'Running backs sore after the game is just part of football.',
    // Another's, typed the same way (review 49b).
    'his backs sore after every game, what should he do',
    'My dads backs been killing him for weeks, he wont see a GP.',
  ])('but backs in general are not: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});

describe('signs told as something else', () => {
  const read = (text: string) => assess(text, { rank: false });

  it.each([
    // A cold sweat told by the night it wakes the writer from is a night sweat (fever's tier), not a heart's.
    ['Mid back aches and I keep waking up soaked in a cold sweat.', 'fever'],
    ['Lower back pain for weeks, and cold sweats most nights now.', 'fever'],
  ])('%j reads as a night sweat', (text, flag) => {
    const assessment = read(text);
    expect(assessment.triage).toBe('urgent');
    expect(assessment.redFlags.map((hit) => hit.id)).toContain(flag);
  });

  it.each([
    // A worry told with its "I" and tense.
    "Upper back is tight. I was worried that I'd had a heart attack, but the GP says it is a pulled muscle.",
    // An accident told by what came after it.
    'My back aches on long rides. Years before I took up cycling I had a bad car accident.',
    'Low back is sore. Years before I started lifting I came off a motorbike at speed.',
  ])('%j raises no emergency', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'My lower back is killing me and I broke out in a cold sweat with a crushing pain in my chest.',
    'Back pain, and I was worried I was having a heart attack: crushing pressure in my chest and my left arm went numb.',
    'I came off my motorbike two days before the race and my back is agony.',
    // Review 49a: a worry told now, with the sign, and a crash told with its own recent time.
    'Was scared I was having a heart attack and I still am, chest crushing and pain through to my upper back.',
    "I'd been riding for years before I got hit by a car yesterday. Back's in bits, not been checked.",
    'Not long before I started writing this I slipped off a ladder, fell about 3 metres onto my back.',
    'Lower back agony since the deadlift and I cannot wee at all.',
  ])('%j stays an emergency', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a broken spine or cauda equina told as the writer’s', () => {
  it.each([
    'I broke my spine falling off a roof two years ago and still feel it on long rides.',
    'After my burst fracture and the rods, squats feel strange.',
    'I had a spinal fracture last year, is it safe to deadlift again?',
    'Ten years ago I had cauda equina and emergency surgery.',
    'Back in 2015 I showed symptoms of cauda equina and ended up in surgery.',
  ])('is a back post: %j', (text) => {
    expect(assess(text).relevant).toBe(true);
  });

  it.each([
    'My nan has a spinal fracture from osteoporosis.',
    'My nan just had her second spinal fracture, the osteoporosis is awful.',
    'That WOD nearly broke my spine haha, brutal.',
    'Leg day broke my back today, brutal session.',
    'Is a compression fracture something that happens to runners?',
  ])('but not another’s, an idiom or a question about the words: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});

describe('a hand behind the back', () => {
  it('is where a shoulder reaches, not a back that hurts, so chest words need a back of their own', () => {
    const text = "Since the rotator cuff op I can't get my hand behind my back, and I had a heart attack scare in March.";
    expect(assess(text, { rank: false })).toMatchObject({ relevant: false, triage: 'self_care' });
  });

  it('leaves a back told to hurt a back', () => {
    expect(assess('My lower back hurts when I reach behind my back.').relevant).toBe(true);
  });
});

describe('a story that names its cause', () => {
  it.each([
    // A vest's or a pack's straps bearing on the traps, as a bar does.
    ['Upper back aches and my traps are so raw from the weighted vest on hill reps.', 'bar_pressure_bruising'],
    ['The rucksack straps dig into my shoulders and my upper back aches by the end of the hike.', 'bar_pressure_bruising'],
    // Tension held that the work does not need.
    ['My mid back aches after kata, I hold needless tension through my shoulders.', 'overtension'],
    ['Upper back is knotted after long rides, I hold way too much tension through it.', 'overtension'],
    // A warm-up given as advice before the work.
    ['Sore back from the allotment? Do some warm-up stretches before you start shovelling.', 'poor_warmup'],
    // Training stopped, and the back worse since.
    ['My lower back has been playing up since I stopped going to the gym.', 'deconditioning'],
    ['Lower back has been stiff ever since we stopped bouldering.', 'deconditioning'],
  ])('%j ranks %s in the top three', (text, cause) => {
    expect(topCauses(text)).toContain(cause);
  });

  it('leaves a back better since training stopped, and a cauda equina, to other causes', () => {
    expect(topCauses('Since I stopped going to the gym my back pain has completely gone.')).not.toContain('deconditioning');
    expect(topCauses('I think I have cauda equina, numb down there when I wipe and I cannot tell if I need to pee.')[0]).not.toBe(
      'muscle_strain',
    );
  });

  it('leaves a pack carried as a load to the load', () => {
    expect(topCauses('My lower back aches after a long day of hiking with a heavy pack.')).not.toContain('bar_pressure_bruising');
  });
});

describe('a training log’s back', () => {
  it.each([
    'When I started it was so hard to get my back pumped, now I can feel every rep.',
    'Four-day split: legs Tuesday, back was done on Thursday.',
  ])('a pump sought or a split’s day done is no complaint: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });

  it.each([
    'My back was done on Thursday after the deadlifts, I could barely walk.',
    "It's hard to get through a run, my lower back pumps up after two miles.",
  ])('the writer’s own back done in, or pumping up, still is: %j', (text) => {
    expect(assess(text).relevant).toBe(true);
  });
});

describe('a brace’s tightness', () => {
  it.each([
    'Cue for the squat: keep your erector muscles tight and drive up.',
    'Heavier sets and I start losing lower back tightness out of the hole.',
  ])('kept or lost is a form cue, not a tight back: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });

  it.each(['My erector muscles are tight and sore after deadlifts.', 'I keep getting lower back tightness on long runs.'])(
    'felt is still a tight back: %j',
    (text) => {
      expect(assess(text).relevant).toBe(true);
    },
  );
});
