import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { scoreRelevance } from '@/lib/analysis/score';

const POSTS = [
  'My mid back cramps between my shoulder blades on heavy bench top sets.',
  'Hit a back squat PR today, 180 for a triple.',
  'Lower back pumps up and cramps about two miles into every run.',
  'Great back day, the pump was unreal.',
  'My calves cramp when I stretch after running.',
  '',
];

describe('scoreRelevance (the badge pass)', () => {
  it.each(POSTS)('gives %j the same score as the full assessment', (text) => {
    expect(scoreRelevance(text)).toBe(assess(text).score);
  });

  it('scores a back emergency 1, so no sensitivity hides it', () => {
    const text = 'Hurt my lower back deadlifting and now I have numbness in my groin and saddle area.';
    expect(scoreRelevance(text)).toBe(1);
    expect(assess(text, { threshold: 0.9 }).relevant).toBe(true);
  });
});
