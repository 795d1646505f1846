// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPhraseRanges } from '@/lib/page/highlight';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test-only fixture markup
  return div;
}

describe('findPhraseRanges', () => {
  it('finds each occurrence, case-insensitively', () => {
    const root = body('<p>Cramp on the top set. Another CRAMP later.</p>');
    expect(findPhraseRanges(root, ['cramp']).map((range) => range.toString())).toEqual(['Cramp', 'CRAMP']);
  });

  it('finds phrases that cross element boundaries and line breaks', () => {
    const root = body('<p>my lower <b>back</b>\n   cramps</p>');
    expect(findPhraseRanges(root, ['lower back cramps']).map((range) => range.toString())).toEqual(['lower back\n   cramps']);
  });

  it('skips excluded subtrees such as quotes', () => {
    const root = body('<blockquote>back pain</blockquote><p>no match here</p>');
    expect(findPhraseRanges(root, ['back pain'], (element) => element.tagName === 'BLOCKQUOTE')).toEqual([]);
  });

  it('treats phrases as literal text, not patterns', () => {
    const root = body('<p>a (b+ c) d</p>');
    expect(findPhraseRanges(root, ['(b+ c)', '.*']).map((range) => range.toString())).toEqual(['(b+ c)']);
  });
});
