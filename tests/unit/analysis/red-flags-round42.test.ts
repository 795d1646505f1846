/**
 * Round 42's classes, found on the tune split of a new set of real posts read once before any change (README
 * "Accuracy"), each beside the look-alikes that must stay as they are. Sentences written for the project, by class:
 * no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const tierOf = (text: string) => assess(text, { rank: false }).triage;
const flagsOf = (text: string) => assess(text, { rank: false }).redFlags.map((flag) => flag.id);

describe('an accident dated inside its own brackets', () => {
  it.each([
    '(I have had back pain ever since a car accident about 6 years back.)',
    'Lower back pain (car crash 10 years ago) flares up on long runs.',
    'My back has never been right (fell off a roof back in 2015) and squats aggravate it.',
  ])('is an old accident, not an emergency: %s', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    'Since the flare-up (same as 2 years ago) I got hit by a car this morning and my lower back is agony.',
    'I was hit by a car yesterday (my second crash in 2 years) and my lower back really hurts.',
  ])('a crash told outside the dated aside still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('feet that stand for standing', () => {
  it.each([
    'My lower back spasmed and almost took me off my feet, but the pain is not too bad now.',
    'On my feet all day at work and my lower back aches by the evening.',
    'Back on my feet after a week of lower back spasms.',
  ])('are no sign in both legs: %s', (text) => {
    expect(flagsOf(text)).not.toContain('both_legs_neuro');
  });

  it.each([
    'My lower back spasmed and knocked me off my feet, and now both feet are numb.',
    "Spasm nearly took me off my feet and now I can't feel my feet properly, both of them.",
    "I'm on my feet all day, can't feel my feet at the end of a shift now, both go numb, and my lower back aches.",
  ])('numb feet beside them still are: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
    expect(flagsOf(text)).toContain('both_legs_neuro');
  });
});

describe('a temperature told by its reading', () => {
  it.each([
    'We checked my temperature and it was 102.5, and my lower back is absolutely killing me.',
    'Temp read 38.9 this morning and my lower back is in agony.',
  ])('is a fever when the reading is one: %s', (text) => {
    expect(flagsOf(text)).toContain('fever');
  });

  it.each([
    'My temp was 37 so no fever, lower back just sore from squats.',
    'Temperature of 36.8, totally normal. Back is sore from deadlifts.',
    'Took my temp and it was 37, back is stiff after the long run.',
  ])('is no fever when the reading is normal: %s', (text) => {
    expect(flagsOf(text)).not.toContain('fever');
  });
});

describe('"can\'t feel" that names what goes unfelt', () => {
  it.each([
    "My lower back is agony and I can't feel my feet.",
    "Back spasmed on the deadlift and now I can't feel my legs properly.",
  ])("is the sign in both legs, not a bladder's: %s", (text) => {
    expect(flagsOf(text)).toContain('both_legs_neuro');
    expect(flagsOf(text)).not.toContain('bladder_bowel');
  });

  it.each(["Lower back agony and I can't feel when I need to pee.", "Back is killing me and I can't feel my groin."])(
    'keeps the bladder and the saddle: %s',
    (text) => {
      expect(tierOf(text)).toBe('emergency');
      expect(flagsOf(text)).not.toContain('both_legs_neuro');
    },
  );
});

describe('a crash told with its subject dropped', () => {
  it.each([
    'Crashed on the gravel today, lower back is really sore.',
    'Lower back is killing me (crashed yesterday).',
    "Crashed hard in the crit, hit the deck. Back is agony, haven't been checked.",
    'Crashed on the descent this morning and my lower back hurts to move.',
    'I came off at 40 kph an hour ago and my back is agony, not been seen yet.',
    'Came off in the wet on a corner at about 30mph, lower back agony.',
    'Came off hard on gravel this morning, lower back getting worse.',
    'Came off on the ice this morning, lower back really sore.',
  ])('is the writer’s own, where it opens its sentence or a bracket: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Crashed hard at mile 20, full sugar crash, lower back cramping.',
    'crashed hard when my pre workout wore off, back pump on rows was insane',
    'Crashed hard in week 3 of my cut, energy gone, and my lower back pumps on deadlifts are brutal.',
    'The car in front crashed hard into a bus, my back is sore from sitting in the traffic.',
    'Crashed on the sofa all day, back sore from deadlifts.',
    'The weight came off at last, down 10 kg, and my back feels better.',
    'Came off the descent feeling strong, lower back a bit tight.',
    'Crashed at the velodrome cafe after the session, long nap on the bench, back stiff.',
  ])('an energy’s, a sofa’s or someone else’s crash is not: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });
});

describe('no better after weeks, told by its length and its "still"', () => {
  it.each([
    'Lower back still hurts after 5 weeks.',
    "It's been 6 weeks and my lower back is still hurting.",
    "Pop went my back on the leg press and it's been 6 weeks, still hurting.",
    'Lower back: 6 weeks, still hurting.',
    'My lower back still hurts after a month and a half.',
    'Still hurting 6 weeks on, lower back.',
    'My lower back still hurts after five weeks of rest.',
    "My upper back hurts between the shoulder blades. I keep thinking it will go away, but it's been going on for about a month now.",
  ])('is no better: %s', (text) => {
    expect(flagsOf(text)).toContain('not_improving');
    expect(tierOf(text)).toBe('soon');
  });

  it.each([
    'After 6 weeks off I went back to deadlifts and my lower back is sore.',
    "Lower back has been sore for 2 days, I keep hoping it'll go away.",
    'After 4 years of no problems, my lower back aches after squats this week.',
    "I've been on the program 6 weeks on Monday and my lower back is sore from deadlifts.",
    '6 weeks, still no sign of the parcel, and my lower back is sore from squats today.',
  ])('a break, a few days or years without trouble are not: %s', (text) => {
    expect(flagsOf(text)).not.toContain('not_improving');
  });
});
