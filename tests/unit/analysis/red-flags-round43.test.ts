/**
 * Round 43's red-flag class, found on the tune split of a new set of real posts read once before any change (README
 * "Accuracy"), beside the look-alikes that must stay as they are. Sentences written for the project, by class: no real
 * post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const flagsOf = (text: string) => assess(text, { rank: false }).redFlags.map((flag) => flag.id);

describe('no better after weeks, told by a remedy tried and failed', () => {
  it.each([
    'My lower back has ached for about two months now and resting it hasn’t helped at all.',
    'Upper back pain for 3 months, the physio exercises haven’t really helped.',
    'Low back has been tight for the last couple of months. I took a full week off but it didn’t make any difference.',
    'Six weeks of this back pain and honestly the stretching hasn’t helped my back one bit.',
  ])('is not_improving: %s', (text) => {
    expect(flagsOf(text)).toContain('not_improving');
  });

  it.each([
    // What it did not help is something else.
    'Squatting for 3 months and the new program hasn’t helped my numbers, lower back is a bit sore today.',
    // No weeks or months told.
    'Tweaked my lower back on Saturday, ice hasn’t helped much.',
    // A remedy that did help.
    'Back was sore for two months, then a week off made all the difference.',
  ])('but not: %s', (text) => {
    expect(flagsOf(text)).not.toContain('not_improving');
  });
});

const tierOf = (text: string) => assess(text, { rank: false }).triage;

describe('care passed over after a crash', () => {
  it.each([
    'Fell off a ladder yesterday, about 3 metres, didn’t bother with the hospital. Mid back aching badly.',
    'I crashed on the descent yesterday, lower back has been really sore since, didn’t bother going to the doctor.',
  ])('is care not had, and the crash an emergency: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it('but a crash long ago is not: I crashed on a descent 6 weeks ago, back still sore, rest hasn’t helped.', () => {
    expect(tierOf('I crashed on a descent 6 weeks ago, back still sore, rest hasn’t helped.')).toBe('soon');
  });
});

describe('a rider’s crash told with the writer’s own “I”', () => {
  it.each([
    'I crashed on the descent yesterday and my back is really sore.',
    'I crashed hard in the crit this morning, lower back is killing me.',
    'I crashed at 40 kph on the descent, back sore and stiff.',
  ])('is an emergency: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    // When alone, with "I": sleep as often as a crash.
    'I crashed last night at a mate’s place, back is stiff from the sofa.',
    // A runner's crash is the wall, and a rider's energy can crash too (review 43c).
    'I crashed hard in the race at mile 20, legs and lower back cramping.',
    'I crashed on the descent energy-wise, felt dizzy and shaky, lower back aching.',
    'I crashed in the crit, went too deep early and blew up, lower back sore.',
    // A game's crash.
    'I crashed at 200 kph in Gran Turismo last night, gaming for hours, back stiff.',
    // Someone else's, and one that did not happen.
    'My mate crashed on the descent yesterday, my back is sore from carrying his bike.',
    'If I crashed on the descent I would be done for, my back aches just thinking about it.',
  ])('but not: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });
});
