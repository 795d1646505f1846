import { describe, expect, it } from 'vitest';
import { fnv1a, hashText } from '@/lib/util/hash-text';

describe('hashText', () => {
  it('gives the same text the same hash, and an edit another', () => {
    expect(hashText('my lower back cramps')).toBe(hashText('my lower back cramps'));
    expect(hashText('my lower back cramps')).not.toBe(hashText('my lower back cramps!'));
    expect(hashText('ab')).not.toBe(hashText('ba'));
  });

  it('is FNV-1a 32 (the published test vectors) with the length in front', () => {
    // http://www.isthe.com/chongo/src/fnv/test_fnv.c: FNV1a_32("") = 0x811c9dc5, ("a") = 0xe40c292c.
    expect(fnv1a('')).toBe((0x811c9dc5).toString(36));
    expect(fnv1a('a')).toBe((0xe40c292c).toString(36));
    expect(hashText('a')).toBe(`1:${(0xe40c292c).toString(36)}`);
  });
});
