import { describe, expect, it } from 'vitest';
import { isSiteChangeResult, isSiteMessage } from '@/lib/messages';

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
    { type: 'spotter:relevant-count', count: 1, unread: 0 },
  ])('rejects %j', (message) => {
    expect(isSiteMessage(message)).toBe(false);
  });
});

describe('isSiteChangeResult', () => {
  it.each([{ ok: true }, { ok: false, message: 'No access.' }])('accepts %j', (value) => {
    expect(isSiteChangeResult(value)).toBe(true);
  });
  it.each([undefined, null, true, {}, { ok: false }, { ok: 'yes' }, { ok: false, message: 3 }])('rejects %j', (value) => {
    expect(isSiteChangeResult(value)).toBe(false);
  });
});
