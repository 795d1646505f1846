import { describe, expect, it } from 'vitest';
import { isRelevantCountMessage } from '@/lib/messages';

describe('isRelevantCountMessage', () => {
  it('accepts a whole, non-negative count', () => {
    expect(isRelevantCountMessage({ type: 'spotter:relevant-count', count: 3 })).toBe(true);
    expect(isRelevantCountMessage({ type: 'spotter:relevant-count', count: 0 })).toBe(true);
  });
  it.each([
    null,
    'x',
    {},
    { type: 'spotter:relevant-count', count: -1 },
    { type: 'spotter:relevant-count', count: 1.5 },
    { type: 'other', count: 1 },
  ])('rejects %j', (value) => {
    expect(isRelevantCountMessage(value)).toBe(false);
  });
});
