/**
 * Classes of wording from round 43: advice to the asker that names a cause of the back trouble their thread tells, the
 * way dev2 and the real sets' readers label such replies (README "Accuracy"); a question that suggests ("what about
 * …?"); a back that is only the goal of a form task ("a problem keeping a flat back"); and a bike told by its
 * fitting. Beside them the look-alikes that must stay as they are. Sentences written for the project, by class, not
 * taken from any set.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

const BACK_THREAD = 'Lower back sore after deadlifts';
const RIDE_THREAD = 'Lower back aches on long rides';
const OTHER_THREAD = 'Bench stuck at 100 kg for months';

const relevantUnder = (title: string | undefined, text: string) => assess(text, title ? { thread: { title } } : {}).relevant;

describe('advice that names a cause of the asker’s back trouble', () => {
  it.each([
    [BACK_THREAD, 'Try stretching out your hip flexors before you pull.', 'hip_flexor_tightness'],
    [BACK_THREAD, 'You probably need to build up some core strength first.', 'weak_glutes_core'],
    [BACK_THREAD, 'You should always do a proper warm-up before the heavy sets.', 'poor_warmup'],
    [RIDE_THREAD, 'Get a proper bike fit, it makes a huge difference.', 'poor_posture'],
    [RIDE_THREAD, 'What about flipping the stem so the bars sit higher?', 'poor_posture'],
    // Asked as had or tried, offered all the same (round 50's readers).
    [RIDE_THREAD, 'Have you had a proper bike fit?', 'poor_posture'],
  ])('under %j reads %j as about a back, with %s in the top 3', (title, text, cause) => {
    expect(relevantUnder(title, text)).toBe(true);
    expect(topCauses(text, title)).toContain(cause);
  });

  it.each([
    'Try stretching out your hip flexors before you pull.',
    'You probably need to build up some core strength first.',
    'What about flipping the stem so the bars sit higher?',
  ])('but not under a thread about something else, or read alone: %j', (text) => {
    expect(relevantUnder(OTHER_THREAD, text)).toBe(false);
    expect(relevantUnder(undefined, text)).toBe(false);
  });

  it.each([
    // A form cue: the story's own verb is the cue.
    'Squeeze your shoulder blades together before you unrack.',
    'Get tight, brace hard, then pull.',
    // The asker as a yardstick, not the one advised.
    'Same trainers as you, love them for long runs.',
    'My shoes fit exactly like you describe yours.',
    // What training is meant to feel like.
    'Your lower back should feel tight when you brace hard, that is normal.',
    // The asker's thanks.
    'Thanks, I think the bike fit helped!',
  ])('leaves %j unmarked under a thread about a back', (text) => {
    expect(relevantUnder(BACK_THREAD, text)).toBe(false);
  });
});

describe('a back that is only the goal of a form task', () => {
  it.each([
    'I have a problem keeping a flat back at the bottom of the squat, any cues?',
    'Still having issues holding my lumbar spine neutral once the weight gets heavy.',
    'Any tips? I have a problem holding a neutral back off the floor.',
  ])('reads no complaint in %j', (text) => {
    expect(relevantUnder(undefined, text)).toBe(false);
  });

  it.each([
    'I can’t keep my back straight on deadlifts any more, it hurts too much.',
    'My lower back is stiff and I have trouble keeping it straight.',
    'Having real trouble with my lower back since the weekend.',
  ])('but still reads a back that hurts: %j', (text) => {
    expect(relevantUnder(undefined, text)).toBe(true);
  });
});

describe('a bike told by its fitting', () => {
  it.each([
    'My lower back aches after every long ride, I think it might be my badly fitted bike.',
    'Lower back pain on the bike for months until I finally had the bike fitted properly.',
  ])('ranks long static postures in the top 3: %j', (text) => {
    expect(topCauses(text)).toContain('poor_posture');
  });
});

describe('shoulders held up and tense', () => {
  it.each([
    'By mile 8 my shoulders creep up to my ears and my upper back aches for the rest of the run.',
    'I carry all my stress in my traps, upper back is in knots by Friday.',
    'Upper back pain when running, tense shoulders the whole time.',
  ])('ranks too much tension in the top 3: %j', (text) => {
    expect(topCauses(text)).toContain('overtension');
  });
});

describe('a training method told with a feeling’s word', () => {
  it('reads "pre-fatigued" as a method, not a tired back', () => {
    expect(
      relevantUnder(
        undefined,
        'Squats first leave the lower back pre-fatigued for the pulls, that is why I program them that way.',
      ),
    ).toBe(false);
  });

  it('but still reads a back that is fatigued', () => {
    expect(relevantUnder(undefined, 'My lower back is fatigued and sore after every long run.')).toBe(true);
  });
});
