import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, detectAdapter } from '@/lib/adapters';
import { readPostText } from '@/lib/adapters/types';
import { assess } from '@/lib/analysis';
import { analyzeText } from '@/lib/analysis/extract';
import { ALL_TERM_GROUPS } from '@/lib/analysis/lexicon';
import { badgeScore, scoreRelevance } from '@/lib/analysis/score';
import { listFixtures } from '../../harness/expectations';

/**
 * What the badge pass should say, worked out with the whole lexicon: the same pairs and the same
 * emergencies (the badge pass carries the emergency flags only; urgent and soon flags badge through
 * `assess` in the panel, the popup and the command line).
 */
function fullLexiconScore(text: string): number {
  if (text.trim() === '') return 0;
  const analysis = analyzeText(text);
  return badgeScore({ ...analysis, redFlags: analysis.redFlags.filter((flag) => flag.tier === 'emergency') }, false);
}

function fixturePostTexts(): string[] {
  const pages = listFixtures().flatMap((fixture) => {
    const doc = parseHTML(fixture.html).document as unknown as Document;
    const url = new URL(fixture.expect.url);
    const adapter = detectAdapter(doc, url) ?? ADAPTERS.find((candidate) => candidate.id === 'generic')!;
    return adapter.findPosts(doc, url).map((post) => readPostText(post));
  });
  const posts = ['own', 'holdout'].flatMap((name) =>
    readFileSync(`tests/fixtures/posts/${name}.jsonl`, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  return [...pages, ...posts];
}

const POSTS = [
  'My mid back cramps between my shoulder blades on heavy bench top sets.',
  'Hit a back squat PR today, 180 for a triple.',
  'Lower back pumps up and cramps about two miles into every run.',
  'Great back day, the pump was unreal.',
  'My calves cramp when I stretch after running.',
  '',
];

describe('scoreRelevance (the badge pass)', () => {
  it.each(POSTS)('gives %j the same score as the full assessment', (text) => {
    expect(scoreRelevance(text)).toBe(assess(text).score);
  });

  it('scores a back emergency 1, so no sensitivity hides it', () => {
    const text = 'Hurt my lower back deadlifting and now I have numbness in my groin and saddle area.';
    expect(scoreRelevance(text)).toBe(1);
    expect(assess(text, { threshold: 0.9 }).relevant).toBe(true);
  });
});

describe('the badge pass’s smaller lexicon', () => {
  it('gives every fixture post the score the whole lexicon gives', () => {
    const texts = fixturePostTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect([text, scoreRelevance(text)]).toEqual([text, fullLexiconScore(text)]);
  });

  it('gives the same score on stretched words, pumps on rows and emergencies', () => {
    for (const text of [
      'My lower back craaaamps on every deadlift and the paaain lingers.',
      'Insane pump in my lats on rows, loved it.',
      'Did five sets in a row and my lower back cramped on the last.',
      'My back hurts and now I cannot feel my groin and I wet myself.',
      'Fell off a ladder onto my back, mid back is in agony.',
    ]) {
      expect([text, scoreRelevance(text)]).toEqual([text, fullLexiconScore(text)]);
    }
  });

  it('gives the same score on random mixes of lexicon words', () => {
    const words = [...new Set(ALL_TERM_GROUPS.flatMap((group) => group.terms.flatMap((term) => term.split(/[ |]/))))]
      .map((word) => word.replace(/[?*]$/, ''))
      .filter((word) => word !== '' && word !== '_')
      .map((word) => (word === '#' ? '12' : word));
    const glue = ['back', 'my', 'lower', 'and', 'but', ',', '.', '?', 'it', 'mine', 'them', 'sooo', 'craaamp', 'baaack'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue)), { minLength: 3, maxLength: 40 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (post) => scoreRelevance(post) === fullLexiconScore(post)),
      { numRuns: 2000, seed: 20261121 },
    );
    // Every post is read in full now (red flags on every post), and the machine is shared: give it time.
  }, 60_000);
});
