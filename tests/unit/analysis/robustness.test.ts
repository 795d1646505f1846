import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS, assess } from '@/lib/analysis';
import type { Features } from '@/lib/features';

describe('assess never throws and says what it did', () => {
  it.each([
    ['empty text', ''],
    ['only whitespace', ' \n\t  \n'],
    ['emoji only', '😩😩🔥💪🏋️‍♂️'],
    ['right-to-left text', 'ألم في أسفل الظهر بعد الرفعة المميتة — כאב גב תחתון'],
    [
      'binary junk',
      String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 65536).filter((c) => c < 0xd800 || c > 0xdfff)),
    ],
    ['lone surrogates', '\ud83d back \ude29 pain \ud800'],
    ['control characters', '\u0000\u0001\u0002back\u0007pain\u001b[0m'],
  ])('%s gives an ordinary assessment', (_name, text) => {
    const result = assess(text);
    expect(typeof result.relevant).toBe('boolean');
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(Array.isArray(result.causes)).toBe(true);
  });

  it('reads emoji and RTL text around an English complaint', () => {
    expect(assess('😩😩 my lower back cramps on every deadlift 😩 — שלום').relevant).toBe(true);
  });

  it('cuts a 200,000-character post to its start and says so, quickly', () => {
    const post = `My lower back cramps on heavy deadlifts. ${'Lorem ipsum dolor sit amet, training log entry. '.repeat(4200)}`;
    expect(post.length).toBeGreaterThan(200_000);
    const started = performance.now();
    const result = assess(post);
    const elapsed = performance.now() - started;
    expect(result.relevant).toBe(true);
    expect(result.truncated).toEqual({ analysedChars: MAX_ANALYSED_CHARS, totalChars: post.length });
    expect(elapsed).toBeLessThan(2000);
  });

  it('handles one long line with no punctuation', () => {
    const line = 'back pain cramp tight pump sore '.repeat(3000);
    const result = assess(line);
    expect(result.relevant).toBe(true);
    expect(result.truncated?.analysedChars).toBe(MAX_ANALYSED_CHARS);
  });

  it('gives a clear empty result for input that is not text or features', () => {
    for (const input of [null, undefined, 42, ['lower_back'], true]) {
      const result = assess(input as unknown as string);
      expect(result).toMatchObject({ relevant: false, score: 0, causes: [], triage: 'self_care' });
    }
  });

  it('reads features with unknown values and keeps the known ones', () => {
    const result = assess({
      region: ['mid_back', 'moon'],
      activity: ['bench'],
      sensation: ['cramp'],
      colour: ['red'],
    } as Features);
    expect(result).toMatchObject({
      relevant: true,
      score: 1,
      features: { region: ['mid_back'], activity: ['bench'], sensation: ['cramp'] },
    });
    expect(result.causes[0]?.id).toBe('shortened_position_cramp');
  });

  it('triages features with red flags', () => {
    expect(assess({ redFlags: ['saddle_numbness'] }).triage).toBe('emergency');
    expect(assess({ redFlags: ['saddle_numbness'] }).redFlags).toEqual([{ id: 'saddle_numbness', tier: 'emergency', words: [] }]);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const result = assess(`my lower back ${text} cramps ${text}`);
        return result.score >= 0 && result.score <= 1;
      }),
      { numRuns: 300 },
    );
  });
});
