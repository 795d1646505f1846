/**
 * Classes of wording from round 47, found on the tune split of the real sets (README "Accuracy"): back surgery, had or
 * feared, tells of a disc. Sentences written for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const causesOf = (text: string): string[] =>
  assess(text)
    .causes.slice(0, 3)
    .map((cause) => cause.id);

describe('back surgery', () => {
  it.each([
    'Three months out from back surgery and my lower back still aches after a short walk.',
    'Had a microdiscectomy last spring, and now my lower back gets sore whenever I squat.',
    'After my second spinal op the ache in my lower back never quite left.',
    'Worried the pain in my lower back means another back operation is coming.',
  ])('tells of a disc: %j', (text) => {
    expect(causesOf(text)).toContain('disc_related');
  });

  it.each([
    // Surgery on another part is no back story.
    'Back in the gym after knee surgery and my lower back aches after every squat session.',
    // A heart operation is no disc.
    "My dad's heart operation went fine; my lower back aches from sleeping in the hospital chair.",
  ])('surgery elsewhere tells of no disc: %j', (text) => {
    expect(causesOf(text)).not.toContain('disc_related');
  });
});

describe('tightness held on purpose', () => {
  it.each([
    "When I squat, do you guys keep your erectors tight? With the belt on I feel like I'm losing lower back tightness.",
    'Set up with a tight arch, keep your lower back tight and drive through the heels on the bench.',
  ])('is a form cue, no back post: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });

  it.each([
    'Sitting at the desk all day keeps my lower back tight.',
    'My lower back stays tight for days after deadlifts.',
    'I keep my back tight on every rep and it still aches after squats.',
  ])('a back that is tight stays a back post: %j', (text) => {
    expect(assess(text).relevant).toBe(true);
  });
});
