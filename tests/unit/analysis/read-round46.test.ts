/**
 * Classes of wording from round 46, found on the tune split of the real sets (README "Accuracy"): a stretch told as
 * a remedy (a command, or said to ease the back) is no overstretching and tells of tight muscles; body weight gained
 * tells of being out of condition. Beside each, the look-alikes that must stay as they are (review 46a). Sentences
 * written for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

const BACK_THREAD = 'Lower back tight, any tips?';

describe('a stretch told as a remedy', () => {
  it.each([
    // A command, with no "you" in it.
    'Do some stretching after every ride and walk for ten minutes.',
    'Stretch your back out at every cafe stop.',
    // Said to ease it, the relief told first.
    'My lower back is so tight by the end of a shift, it feels way better after I stretch.',
    'Gentle stretching gives some relief for an hour or so.',
  ])('is no overstretching and tells of tight muscles: %j', (text) => {
    const causes = topCauses(text, BACK_THREAD);
    expect(causes).not.toContain('overstretching');
    expect(causes).toContain('tight_knotted_muscles');
  });

  it.each([
    // The stretch that brought it on.
    'My lower back seized while I was stretching after the ride.',
    'I overdid the pigeon stretch last night and now my lower back throbs.',
  ])('a stretch that brought the back on stays overstretching: %j', (text) => {
    const causes = topCauses(text);
    expect(causes[0]).toBe('overstretching');
    expect(causes).not.toContain('tight_knotted_muscles');
  });

  it('a stretch said not to help is no remedy: it stays what the back is read from', () => {
    expect(topCauses('Stretching never helps, it just makes my lower back angrier.')[0]).toBe('overstretching');
  });

  it('a stretch for what its sentence names more closely tells of that, not of tight muscles', () => {
    const causes = topCauses('Do some hip flexor stretches every evening, the couch stretch especially.', BACK_THREAD);
    expect(causes[0]).toBe('hip_flexor_tightness');
    expect(causes).not.toContain('tight_knotted_muscles');
  });
});

describe('body weight gained', () => {
  it.each([
    "I'm overweight and sit at a desk all day, and my lower back aches by the afternoon.",
    'Packed on a lot of weight since the twins were born and my lower back aches after every walk.',
    "Heavier than I've ever been and my lower back aches on every run.",
  ])('tells of being out of condition: %j', (text) => {
    expect(topCauses(text)).toContain('deconditioning');
  });

  it.each([
    // A bulk, or weight on the bar.
    'Dirty bulk went well, gained weight and strength, but deadlifts now leave my lower back sore for days.',
    'Gained weight on the bar too quickly, 2.5 kg every session on squats, and my lower back is cranky.',
    // Denied.
    "I'm not overweight, I run 40 miles a week, but my lower back aches on long runs.",
  ])('a look-alike does not: %j', (text) => {
    expect(topCauses(text)).not.toContain('deconditioning');
  });
});

describe('a neck muscle pulled in training', () => {
  it.each([
    'Pulled a neck muscle on shrugs yesterday.',
    'Pulled my neck on heavy shrugs, really tight today.',
    'Pulled neck muscle from deadlifts, sore as hell.',
    'I get pulled neck muscles every time I go heavy on shrugs.',
  ])('is about the back: %j', (text) => {
    const assessment = assess(text);
    expect(assessment.relevant).toBe(true);
    expect(assessment.causes[0]?.id).toBe('muscle_strain');
  });

  it.each([
    // No training told: a neck alone stays weak (convention 1).
    'Pulled a neck muscle sleeping on the sofa, cannot turn my head.',
    // A shirt's neck.
    'Pulled the neck of my shirt over my head after the run and it ripped.',
    // Someone else's.
    'My wife pulled a neck muscle at pilates.',
  ])('a look-alike is not: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});

describe('a decade of life and a crash', () => {
  it.each([
    // Said as the writer's age now, the crash today stays an emergency (it had read as a past one).
    "I'm in my thirties and got hit by a car this morning, my back is killing me.",
    "I'm in my 40s and came off my bike this morning, my back is agony.",
    // Said first and joined on, or beside a today in its sentence or the next (review 46b).
    'In my thirties and got hit by a car this morning, back is in agony. Do I go to hospital?',
    'Got hit by a car in my thirties, never thought it would happen to me. It was this morning. Back is really painful.',
    'Crashed my bike in my twenties and again this morning, landed on my back and it is killing me.',
    'In my 20s and I just fell off a ladder from about 3m, back hurts.',
  ])('the age now does not date the crash: %j', (text) => {
    expect(assess(text).triage).toBe('emergency');
  });

  it.each([
    'History of back trouble, from lifting strains to a bad car accident in my twenties. This week I tweaked my lower back deadlifting.',
    'I was in my twenties when I fell off a roof. My lower back aches after squats.',
  ])('a decade gone by dates it: %j', (text) => {
    const assessment = assess(text);
    expect(assessment.redFlags.map((flag) => flag.id)).not.toContain('major_trauma');
    expect(assessment.triage).not.toBe('emergency');
  });
});
