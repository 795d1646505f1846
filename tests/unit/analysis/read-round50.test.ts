/**
 * Classes of wording from round 50, found on the tune split of the real sets (README "Accuracy"). Sentences written
 * for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const read = (text: string) => assess(text, { rank: false });

describe('a question of options after a question that asks which kind', () => {
  it.each([
    'What kind of pain is it? Tearing pain, a dull ache, sharp stabs…? Does it come back?',
    'What sort of feeling? Numb legs, pins and needles, burning?',
    'Which is it? Both legs numb or just the one?',
  ])('offers the asker choices and tells none of them: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it('reads options that end in an ellipsis and a question mark as asked, under a back thread too', () => {
    const reply = 'What kind of pain do you get? Tearing pain, sharp stabs, a dull ache...? Is it worse at night?';
    expect(assess(reply, { thread: { title: 'Back pain after heavy pulls' }, rank: false }).triage).not.toBe('emergency');
  });

  it.each([
    // The writer's own, told short after a question: the options are theirs.
    'What kind of pain is this? Tearing pain right through my chest to my back?',
    'What do you think? Tearing pain through to the back, cold sweat?',
    'My back hurts. What sort of thing causes this? Both legs numb since this morning?',
  ])('but a sign told as the writer’s after a question still counts: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a back told as healing, or as blown out, thrown or giving way of its own accord', () => {
  it.each([
    'Taking a month off lifting so my back can finally get a chance to heal… waiting for my back to heal properly.',
    'Deload week. Letting my back recover before the meet.',
    'My back is still healing, so no deadlifts for now.',
    'Three months on and my back hasn’t fully healed.',
    'I’d like my back to properly recover this time.',
    'Blew my back out on the last rep of squats.',
    'I have blown out my back twice this year on heavy pulls.',
    'Threw my back picking up a bag of compost and I am stuck on the sofa.',
    'Nothing ruins a week like a thrown back.',
    'Out of nowhere my back decided to give way on the stairs.',
    'And then on Friday my back decided to go again.',
    'Day 5 of letting the lower back recover.',
    'Recovering from a blown out back, ten days in.',
  ])('is a back post: %j', (text) => {
    expect(assess(text).relevant).toBe(true);
  });

  it.each([
    'My back has healed now and I am squatting again, but my knee is the problem.',
    'Blew out my knee on the trail last spring.',
    'Let the back porch paint dry before the rain.',
    'I threw my back into the work and finished the fence by noon.',
    // The skin's healing (review 50b).
    'My new tattoo on my back is still healing, so no bench for a week.',
    'Sunburn on my back is still healing, running with a shirt on.',
  ])('but a back healed, or another part blown out, is not: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});

describe('junk that is no one’s groin', () => {
  it.each([
    ['Back is wrecked and all those junk miles left me numb and scared.', []],
    ['Lower back is wrecked, legs numb-ish, too much junk volume this block and I am scared.', ['both_legs_neuro']],
  ])('%j raises no saddle numbness', (text, flags) => {
    const ids = read(text).redFlags.map((flag) => flag.id);
    expect(ids).not.toContain('saddle_numbness');
    for (const flag of flags) expect(ids).toContain(flag);
  });

  it('but a writer’s own junk gone numb still does', () => {
    expect(read('My back is killing me and my junk is numb, I am scared.').redFlags.map((flag) => flag.id)).toContain(
      'saddle_numbness',
    );
  });
});

describe('a remedy offered as a question in a back thread', () => {
  const back = { thread: { title: 'Lower back tight after deadlifts' } };
  it.each([
    'A heating pad?',
    'Rest up for a week maybe? Heat?',
    'Did you give child’s pose a go?',
    'Did you try heat?',
    'What about heat?',
    'Cat cow and child’s pose every morning.',
    'Ice or heat?',
    'Hot water bottle?',
  ])('is advice about the back: %j', (reply) => {
    expect(assess(reply, back).relevant).toBe(true);
  });

  // A question about the asker's symptom ("Any numbness?") is about their back since round 55 (read-round55.test.ts).
  it.each(['Have you seen a doctor?', 'Did you warm up?', 'How long have you had it?'])(
    'but a question about the asker is not: %j',
    (reply) => {
      expect(assess(reply, back).relevant).toBe(false);
    },
  );

  it('nor the same remedy under a knee’s thread', () => {
    expect(assess('Heating pad?', { thread: { title: 'Sore knee after long runs' } }).relevant).toBe(false);
  });
});

describe('weak glutes or core told as the work to do', () => {
  const back = { thread: { title: 'Lower back pain on uphill runs' } };
  it.each([
    'You need to strengthen your glutes, they are doing nothing.',
    'Work on your core before you add any more hills.',
    'Your glutes are probably weak.',
    'your core isnt strong enough for those weights yet',
  ])('is advice about the back, with weak glutes and core among its causes: %j', (reply) => {
    const assessment = assess(reply, back);
    expect(assessment.relevant).toBe(true);
    expect(assessment.causes.slice(0, 3).map((cause) => cause.id)).toContain('weak_glutes_core');
  });

  it.each(['My glutes are sore from squats.', 'Bench stuck at 100 kg, any tips?'])(
    'but sore glutes, or another thread’s talk, are not: %j',
    (reply) => {
      expect(assess(reply, back).relevant).toBe(false);
    },
  );

  it('nor the same advice under a thread about a bench plateau', () => {
    expect(assess('You need to strengthen your glutes.', { thread: { title: 'Bench stuck at 100 kg' } }).relevant).toBe(false);
  });
});

describe('stories of a load never lifted, a good hurt and an organ named', () => {
  it.each([
    ['Lower back sore today, put more weight on the bar than ever on squats.', 'load_progression'],
    ['Lower back stiff tonight, never squatted this much weight before.', 'load_progression'],
    ['My back is wrecked today, but it aches in a good way after the new deadlift variation.', 'doms'],
    ['Mid back ache since the scan found gallstones, worse after fatty meals.', 'medical_condition'],
  ])('%j has %s first', (text, cause) => {
    expect(assess(text).causes[0]?.id).toBe(cause);
  });
});

describe('a back blown out says no more than that it was hurt (review 50b)', () => {
  it.each([
    ['Blew my back out and now I have pins and needles in my groin and inner thighs.', ['disc_related', 'nerve_root_irritation']],
    [
      'Blew my back out three months ago, now the pain runs down my left leg past the knee.',
      ['nerve_root_irritation', 'disc_related'],
    ],
  ])('%j leads with a nerve or disc cause, not a fresh strain', (text, leading) => {
    expect(leading).toContain(assess(text).causes[0]?.id);
  });

  it('and a back that gave way with a fall down the stairs is a fall', () => {
    const assessment = assess(
      'my back decided to give way at the top of the stairs and i fell all the way down, havent been checked out',
    );
    expect(assessment.triage).toBe('emergency');
    expect(assessment.redFlags.map((flag) => flag.id)).toContain('major_trauma');
  });
});

describe('emergency signs told in other words (review 50a)', () => {
  it.each([
    ['no feeling in my nether regions since my back went on the deadlift yesterday', 'saddle_numbness'],
    ['Zero sensation down below since my back locked up on Saturday.', 'saddle_numbness'],
    [
      'Back went on Monday and since last night down there feels like it’s been to the dentist, totally frozen.',
      'saddle_numbness',
    ],
    ['Since my back went I have to press on my belly to get anything out when I pee.', 'bladder_bowel'],
    ['Back went on Sunday and my bladder has stopped working.', 'bladder_bowel'],
  ])('%j is an emergency (%s)', (text, flag) => {
    const assessment = read(text);
    expect(assessment.triage).toBe('emergency');
    expect(assessment.redFlags.map((hit) => hit.id)).toContain(flag);
  });

  it.each([
    'No numbness in my nether regions, my back is just sore.',
    'Both feet felt frozen after the winter run, back a bit stiff.',
    'I press on my belly to get the trapped wind out after dinner, back a bit sore too.',
    'My bladder is not what it was since the baby, back sore from carrying her.',
  ])('but %j is not', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });
});

describe('a back that is only a way up, or a pain felt for someone else', () => {
  it.each([
    ['First rep felt off, so I sprang back up off the box; on the next it was painful.', undefined],
    ['At the bottom of the lunge, as I press back up, it hurts.', undefined],
    ['Got a sympathy backache just reading this, hang in there!', undefined],
    ['Got a sympathy backache just reading this, hang in there!', { title: 'My aching back after the move' }],
  ])('%j is not a back post', (text, thread) => {
    expect(assess(text, thread ? { thread } : {}).relevant).toBe(false);
  });

  it.each([
    'My lower back twinges as I drive back up out of the hole.',
    'My back hurts when I stand back up.',
    'My back aches, probably sympathy pains for my wife lol.',
  ])('but %j still is', (text) => {
    expect(assess(text).relevant).toBe(true);
  });
});
