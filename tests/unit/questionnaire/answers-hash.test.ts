import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersHash, readAnswersHash } from '@/lib/questionnaire/answers-hash';
import { parseFeatures } from '@/lib/features';
import { parseLastResult } from '@/lib/questionnaire/last-result';

describe('readAnswersHash', () => {
  it('reads the contract form back', () => {
    const features = { region: ['mid_back'], activity: ['bench'], sensation: ['cramp'], timing: ['heavy_sets_only'] } as const;
    const hash = answersHash(parseFeatures(features));
    expect(hash).toBe(`#answers=${encodeURIComponent(JSON.stringify(features))}`);
    expect(readAnswersHash(hash)).toEqual({ kind: 'features', features });
    expect(readAnswersHash(hash.slice(1))).toEqual({ kind: 'features', features });
  });

  it('ignores unknown values but keeps the known ones', () => {
    const hash = `#answers=${encodeURIComponent('{"region":["mid_back","<script>"],"x":1,"redFlags":["saddle_numbness"]}')}`;
    expect(readAnswersHash(hash)).toEqual({
      kind: 'features',
      features: { region: ['mid_back'], redFlags: ['saddle_numbness'] },
    });
  });

  it('has nothing to say about an empty hash', () => {
    expect(readAnswersHash('')).toEqual({ kind: 'none' });
    expect(readAnswersHash('#')).toEqual({ kind: 'none' });
  });

  it.each([
    ['truncated JSON with markup', '#answers=%7B%22region%22%3A%22%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%22'],
    ['not JSON', '#answers=not-json'],
    ['a broken escape', '#answers=%E0%A4%A'],
    ['a string', `#answers=${encodeURIComponent('"mid_back"')}`],
    ['an array', `#answers=${encodeURIComponent('["mid_back"]')}`],
    ['null', '#answers=null'],
    ['an object with nothing known', `#answers=${encodeURIComponent('{"region":"<img src=x onerror=alert(1)>"}')}`],
    ['a prototype key', `#answers=${encodeURIComponent('{"__proto__":{"region":["neck"]}}')}`],
    ['another key', '#foo=bar'],
    ['a huge hash', `#answers=${'%7B'.repeat(5000)}`],
  ])('calls %s invalid', (_name, hash) => {
    expect(readAnswersHash(hash)).toEqual({ kind: 'invalid' });
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#answers=${s}`),
        ),
        (hash) => {
          expect(['none', 'features', 'invalid']).toContain(readAnswersHash(hash).kind);
        },
      ),
    );
  });
});

describe('parseLastResult', () => {
  it('keeps valid answers and the time they were saved', () => {
    expect(parseLastResult({ savedAt: 5, answers: { region: ['lower_back'], saddle_numbness: ['no'] } })).toEqual({
      savedAt: 5,
      answers: { region: ['lower_back'], saddle_numbness: ['no'] },
    });
  });

  it('keeps a linked result', () => {
    expect(parseLastResult({ savedAt: 5, answers: {}, linked: { sensation: ['pump', 'nope'] } })).toEqual({
      savedAt: 5,
      answers: {},
      linked: { sensation: ['pump'] },
    });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'x'],
    ['no time', { answers: { region: ['neck'] } }],
    ['a bad time', { savedAt: Number.NaN, answers: { region: ['neck'] } }],
    ['no usable answers', { savedAt: 1, answers: { region: ['ankle'] } }],
    ['an array', [{ savedAt: 1 }]],
  ])('rejects %s', (_name, value) => {
    expect(parseLastResult(value)).toBeNull();
  });
});
