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
