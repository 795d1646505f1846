/**
 * The one class of wording round 33 kept from its fixes (set 103, its tuned set: how people tell the moment and the
 * mechanism, by powerlifters, bodybuilders, runners, calisthenics and kettlebell people): the back named beside the
 * backs of the legs ("my low back and the backs of my legs are sore"), with "the backs of my legs" read as both legs,
 * so numbness there stays an emergency; beside it the look-alikes that must stay as they are. Sentences written for
 * the project, by class, not taken from any set.
 *
 * Two reviews of the round (README "Accuracy") took back the other eleven classes its two helpers fixed, each for harm
 * outside its set: the lower back told as "low on the left side" (it read a groin, a knee or an appendix there); the
 * back harmed told by what harmed it more (backs built by rows); the back making up for stiff hips (form checks with no
 * pain); the back bearing the load told as "takes it" (its "takes it fine" exception denied every sign before "fine"
 * or "easily": "I can't pee easily" lost its emergency); a wait told to the asker ("give it a week and it'll be
 * grand") and the writer's own mornings and cold starts (badged at self care under titles that tell an emergency);
 * sweat told by its salt (winter road salt); the back doing all of a lift and "felt it in my back" later (how lifters
 * say what a lift trains); the back given no rest (ranked above the red-flag causes). A trial of where the bar should
 * sit ("the meat of the traps") was taken back by its helper.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

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
