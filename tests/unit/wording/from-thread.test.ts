import { describe, expect, it } from 'vitest';
import { fromThreadNote } from '@/lib/wording/from-thread';

describe('the note on a post read with its thread', () => {
  it('names what the post itself left out', () => {
    expect(fromThreadNote({ region: true })).toBe('Read with the thread’s title: the post itself did not say where.');
    expect(fromThreadNote({ region: true, activity: true })).toBe(
      'Read with the thread’s title: the post itself did not say where or during what.',
    );
    expect(fromThreadNote({ region: true, activity: true, context: true })).toBe(
      'Read with the thread’s title: the post itself did not say where, during what or how it came on.',
    );
    expect(fromThreadNote({ context: true })).toBe('Read with the thread’s title: the post itself did not say how it came on.');
  });
});
