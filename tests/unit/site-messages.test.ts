import { describe, expect, it } from 'vitest';
import { isSiteMessage } from '@/lib/messages';

describe('isSiteMessage', () => {
  it.each([
    { type: 'spotter:add-site', host: 'forum.example.com', adapter: 'auto' },
    { type: 'spotter:remove-site', host: 'forum.example.com' },
    { type: 'spotter:reset-all' },
  ])('accepts %j', (message) => {
    expect(isSiteMessage(message)).toBe(true);
  });

  it.each([
    null,
    'spotter:reset-all',
    {},
    { type: 'spotter:add-site', host: 'forum.example.com' },
    { type: 'spotter:add-site', host: 3, adapter: 'auto' },
    { type: 'spotter:remove-site', host: ['forum.example.com'] },
    { type: 'spotter:remove-site', host: 'x'.repeat(5000) },
    { type: 'spotter:relevant-count', count: 1 },
  ])('rejects %j', (message) => {
    expect(isSiteMessage(message)).toBe(false);
  });
});
