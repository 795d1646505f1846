import { describe, expect, it } from 'vitest';
import { FROZEN_PERCENT, idHash, inSplit, splitOf } from '@/lib/tools/corpus-split';

describe('the frozen corpus split', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `post-${i}`);

  it('puts a row in the same split every time, by its id alone', () => {
    expect(idHash('r2-001')).toBe(idHash('r2-001'));
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
    // Known FNV-1a values keep the split the same across machines and refactors.
    expect(idHash('')).toBe(0x811c9dc5);
    expect(idHash('a')).toBe(0xe40c292c);
  });

  it('holds out about the stated share of rows', () => {
    const frozen = ids.filter((id) => splitOf(id) === 'frozen').length / ids.length;
    expect(frozen).toBeGreaterThan(FROZEN_PERCENT / 100 - 0.04);
    expect(frozen).toBeLessThan(FROZEN_PERCENT / 100 + 0.04);
  });

  it('splits rows into two disjoint parts that together are all of them', () => {
    const rows = ids.map((id) => ({ id }));
    const tune = inSplit(rows, 'tune');
    const frozen = inSplit(rows, 'frozen');
    expect(tune.length + frozen.length).toBe(rows.length);
    expect(tune.some((row) => frozen.includes(row))).toBe(false);
    expect(inSplit(rows, 'all')).toEqual(rows);
  });
});
