/**
 * Classes of wording from round 47, found on the tune split of the real sets (README "Accuracy"): the writer's own
 * back surgery tells of a disc; someone else's, or one only feared, does not (review 47a). Sentences written for the
 * project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

describe('back surgery', () => {
  it.each([
    'Three months after back surgery and my lower back still aches after a short walk.',
    'Had a microdiscectomy last spring, and now my lower back gets sore whenever I squat.',
    'After my second spinal op the ache in my lower back never quite left.',
    'I had back surgery in 2019 and the lower back still gets sore on long drives.',
  ])('tells of a disc: %j', (text) => {
    expect(topCauses(text)).toContain('disc_related');
  });

  it.each([
    // Surgery on another part is no back story.
    'Back in the gym after knee surgery and my lower back aches after every squat session.',
    // Someone else's back surgery, or one only feared, is no story of the writer's disc (review 47a).
    'My dad had two back operations; my own lower back is just sore from the first week of deadlifts.',
    "Scared I'll end up needing back surgery like my uncle, my lower back seizes up every time I deadlift.",
    'My mate went numb in the groin after his back surgery, scary stuff. My lower back is just sore from rows.',
    'Vet says my dog needs back surgery. Meanwhile my own lower back is pumped from walking him twice a day.',
    // A heart operation is no disc.
    "My dad's heart operation went fine; my lower back aches from sleeping in the hospital chair.",
  ])('surgery elsewhere tells of no disc: %j', (text) => {
    expect(topCauses(text)).not.toContain('disc_related');
  });
});

describe('no better, in British', () => {
  it.each([
    "I hurt my lower back three months ago and it still hasn't got better.",
    "My lower back has ached for six weeks and it hasn't got any better since.",
  ])('after weeks is no better: see someone soon: %j', (text) => {
    const { triage, redFlags } = assess(text);
    expect(redFlags.map((flag) => flag.id)).toContain('not_improving');
    expect(triage).toBe('soon');
  });

  it('said within days, or of something else, is not', () => {
    expect(assess("Hurt my back last week, hasn't got better yet.").triage).toBe('self_care');
    expect(assess("My squat hasn't got any better in three months, though my lower back aches after it.").redFlags).toEqual([]);
  });
});
