/**
 * Classes of wording from round 57, found on the tune splits of the real sets and on red-flag list 82 (README
 * "Accuracy"). Sentences written for the project, by class: no real post's or list post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const read = (text: string, title?: string) => assess(text, title ? { thread: { title }, rank: false } : { rank: false });

describe('the writer in pain, right after a sentence about the back', () => {
  it.each([
    'The plate slid off and hit my upper back. I was instantly in pain.',
    'Felt a pop in my lower back on the pull. Been in agony since Tuesday.',
    "My lower back locked up at work. I'm in a lot of pain tonight.",
    'Something in my mid back went on the last rep. I was left in serious pain for the drive home.',
  ])('is the back’s pain, as "it hurts" would be: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each([
    'My back was fine after the race. My knees though. I was in agony on the stairs.',
    'Did back squats and lunges today. I am in so much pain.',
    'Back day went well. I was in pain from my shins the whole walk home.',
    'I hurt my ankle on the trail. I was in pain all week.',
  ])('but not where another part or no back stands before it: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});
