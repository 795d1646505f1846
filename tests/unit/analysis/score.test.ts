import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

describe('the relevance score', () => {
  it('scores a back emergency 1, so no sensitivity hides it', () => {
    const text = 'Hurt my lower back deadlifting and now I have numbness in my groin and saddle area.';
    expect(assess(text).score).toBe(1);
    expect(assess(text, { threshold: 0.9 }).relevant).toBe(true);
  });
});
