import { describe, expect, it } from 'vitest';
import { isRelevantCountMessage } from '@/lib/messages';

describe('isRelevantCountMessage', () => {
  it('accepts whole, non-negative counts of badges and of posts not read yet', () => {
    expect(isRelevantCountMessage({ type: 'spotter:relevant-count', count: 3, unread: 0 })).toBe(true);
    expect(isRelevantCountMessage({ type: 'spotter:relevant-count', count: 0, unread: 0 })).toBe(true);
    expect(isRelevantCountMessage({ type: 'spotter:relevant-count', count: 2, unread: 2950 })).toBe(true);
  });
  it.each([
    null,
    'x',
    {},
    { type: 'spotter:relevant-count', count: -1 },
    { type: 'spotter:relevant-count', count: 1.5 },
    { type: 'spotter:relevant-count', count: 1 },
    { type: 'spotter:relevant-count', count: 1, unread: -3 },
    { type: 'other', count: 1 },
  ])('rejects %j', (value) => {
    expect(isRelevantCountMessage(value)).toBe(false);
  });
});
