/**
 * Classes of wording from round 33's second tuned set (set 103: how people tell the moment and the mechanism, by
 * powerlifters, bodybuilders, runners, calisthenics and kettlebell people): the back named beside the backs of the
 * legs ("my low back and the backs of my legs are sore"), the writer's own cold start, gone by now ("my first km used
 * to be the worst bit too"), and the back given no rest between sessions ("your back never gets to recover"); beside
 * them the look-alikes that must stay as they are. Sentences written for the project, by class, not taken from any set.
 *
 * The round's review (README "Accuracy") took back three more classes from this set: the back bearing the load told
 * in other words ("lower back takes it", "was holding the whole thing up"), whose "takes it fine" exception denied
 * every sign before "fine" or "easily" ("I can't pee easily"); how the asker's trouble will go told as a wait ("give
 * it a week and it'll be grand"), badged at self care under titles that tell an emergency; and a hot effort told by
 * its salt, which read winter road salt as sweat.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const COLD_START_THREAD = 'Lower back seizes in the first mile then eases off';
const OTHER_THREAD = 'Bench stuck at 100 kg for months';

const topThree = (text: string) =>
  assess(text, {})
    .causes.slice(0, 3)
    .map((cause) => cause.id);
const relevantUnder = (title: string | undefined, text: string) => assess(text, title ? { thread: { title } } : {}).relevant;

describe('the back named beside the backs of the legs', () => {
  it.each([
    'Dug the allotment all day and now my low back and the backs of my legs are stiff and sore.',
    'Lower back and the backs of both thighs ache after the long walk with the pram.',
    'Moved three wardrobes on Sunday, my lower back and the backs of my hamstrings are tight today.',
  ])('reads a complaint: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });

  it.each([
    'The backs of my legs are sore after the hill sprints.',
    'Stiff in the backs of my thighs after Romanian deadlifts, lower back felt fine.',
  ])('leaves the backs of the legs their own: %s', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });

  it('keeps numbness down the backs of both legs an emergency', () => {
    expect(assess('Lower back aching and numb down the backs of my thighs since this morning.', { rank: false }).triage).toBe(
      'emergency',
    );
  });
});

describe('the writer\'s own cold start, gone by now ("my first km used to be the worst bit too")', () => {
  it.each([
    'Walk five minutes, then a few strides. My first mile used to be the worst too.',
    'Easy jog and some hip circles first. My first 15 minutes used to be the worst.',
    'Leg swings and a slow first lap, my first km used to be the worst part of every run.',
  ])(`under "${COLD_START_THREAD}": %s`, (text) => {
    expect(relevantUnder(COLD_START_THREAD, text)).toBe(true);
  });

  it.each([
    [COLD_START_THREAD, 'My first parkrun used to be the worst week of the year for nerves.'],
    [COLD_START_THREAD, 'My first race used to be the worst memory of that year.'],
    [OTHER_THREAD, 'My first set used to be the worst, now I do ramp up sets.'],
  ])('stays unmarked under "%s": %s', (title, text) => {
    expect(relevantUnder(title, text)).toBe(false);
  });
});

describe('the back given no rest between sessions ("your back never gets to recover")', () => {
  it.each([
    'Lower back stiff after every session, three heavy pull days a week and it never gets time to recover.',
    'Lower back tight on every row, four back sessions a week and it never gets a chance to recover.',
    'Lower back aches, heavy squats Monday and pulls Tuesday, so my back never gets to recover.',
  ])('ranks training volume and recovery among the top three: %s', (text) => {
    expect(topThree(text)).toContain('training_volume_recovery');
  });

  it.each([
    'Lower back sore after deadlifts, I take a full day to recover and go again.',
    'Lower back sore after deadlifts, my grip never gets to recover either.',
  ])('reads no recovery story: %s', (text) => {
    expect(topThree(text)).not.toContain('training_volume_recovery');
  });
});
