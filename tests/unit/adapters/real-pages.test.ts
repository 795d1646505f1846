import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chooseAdapter } from '@/lib/adapters';
import { readPostText, type ForumPost } from '@/lib/adapters/types';
import { REAL_PAGES_MANIFEST, hasRealPages, locate, realPageHtml, realPages } from '../../harness/real-pages';

/**
 * The adapters on thread pages saved from live forums (../shared/real-pages, see its README.md): every
 * labelled post found and nothing else, each read as its own words, with no quote, signature or nested
 * reply in it. The pages are read from where they live, never copied into the project. Parsed with
 * linkedom, as `npm run analyze` parses saved pages.
 */

/** Leaked text shorter than this could be in the post by chance ("Quote", a user name). */
const MIN_LEAK_CHARS = 12;

/** Whitespace-free text: the adapters' text and the DOM's `textContent` lay out line breaks differently. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** `textContent` of `element` without the subtrees matching `skip`. */
function textWithout(element: Element, skip: string): string {
  const clone = element.cloneNode(true) as Element;
  if (skip) for (const node of clone.querySelectorAll(skip)) node.remove();
  return clone.textContent ?? '';
}

if (!hasRealPages()) {
  if (process.env.CI) {
    describe('real forum pages', () => {
      it('are beside the clone in ../shared/real-pages', () => {
        expect.fail(`${REAL_PAGES_MANIFEST} is missing: CI must provide ../shared beside the clone`);
      });
    });
  } else {
    console.warn(`\n*** real-pages.test.ts: ${REAL_PAGES_MANIFEST} is missing; the real-page tests are SKIPPED ***\n`);
    describe.skip('real forum pages (../shared/real-pages missing)', () => {
      it('skipped', () => undefined);
    });
  }
} else {
  describe.each(realPages())('$file ($variant)', (page) => {
    const { document } = parseHTML(realPageHtml(page));
    const doc = document as unknown as Document;
    const url = new URL(page.url);
    const choice = chooseAdapter('auto', doc, url);
    const posts: ForumPost[] = choice ? choice.adapter.findPosts(doc, url) : [];
    const labelled = page.posts.map((post) => ({ ...post, element: locate(doc, page, post) }));
    const labelledElements = labelled.map((post) => post.element);
    const nestedPosts = (element: Element) => labelledElements.filter((other) => other !== element && element.contains(other));

    it(`is read by the ${page.engine} adapter, with no fallback`, () => {
      expect(choice?.adapter.id).toBe(page.engine);
      expect(choice?.fallbackReason).toBeNull();
    });

    it('finds every labelled post and nothing else, in page order', () => {
      expect(posts.map((post) => labelledElements.indexOf(post.element))).toEqual(labelled.map((_, index) => index));
    });

    it('gives each post an id the markup carries (or the page’s own numbering), unique on the page', () => {
      expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length);
      for (const post of posts) {
        const label = labelled.find((candidate) => candidate.element === post.element)!;
        // Engines prefix their ids in the markup ("post-123", "p123", "question-4", "t1_abc"): the adapter keeps the id.
        const idInMarkup = label.id.endsWith(post.id) || post.id.endsWith(label.id);
        expect(idInMarkup || page.engine === 'discourse', `${post.id} vs ${label.id}`).toBe(true);
      }
    });

    it('reads the thread’s title (a part of <title>, not the site’s name) and the opening post’s own words', () => {
      const thread = choice!.adapter.threadContext!(doc, url);
      const pageTitle = squash(doc.querySelector('title')?.textContent ?? '');
      expect(thread.title).toBeTruthy();
      expect(pageTitle).toContain(squash(thread.title!));
      expect(squash(thread.title!).length).toBeLessThan(pageTitle.length);
      // Every page here is a thread's first page; a link post's opening is its title alone.
      const opener = posts[0]!;
      const openingText = readPostText({ ...opener, title: null });
      expect(thread.opening).toBe(openingText === thread.title ? null : openingText);
    });

    it('reads the author the manifest names ("post by NAME")', () => {
      for (const post of posts) {
        const named = /\bby ([^,]+?)(?:,|$)/.exec(labelled.find((label) => label.element === post.element)!.note)?.[1];
        if (named) expect(post.author, post.id).toBe(named);
      }
    });

    it.each(labelled)('reads the own words of $id ($note), nothing from quotes, signatures or replies', (label) => {
      const post = posts.find((candidate) => candidate.element === label.element);
      expect(post, `${label.id} not found`).toBeDefined();
      const text = squash(readPostText(post!));
      const nested = nestedPosts(label.element);
      const body = page.bodySelectors
        .flatMap((selector) => [...label.element.querySelectorAll(selector)])
        .find((candidate) => !nested.some((other) => other.contains(candidate)));
      expect(body, `no body for ${label.id}`).toBeDefined();
      const skip = [...page.leakSelectors, ...(page.ownTextIgnore ?? []), 'script', 'style'].join(', ');
      expect(text).toContain(squash(textWithout(body!, skip)));

      const leaks = [...label.element.querySelectorAll(page.leakSelectors.join(', '))].filter(
        (leak) => !nested.some((other) => other.contains(leak)),
      );
      for (const leak of [...leaks, ...nested]) {
        const leaked = squash(leak === body ? '' : textWithout(leak, nested.includes(leak) ? '' : page.leakSelectors.join(', ')));
        if (leaked.length >= MIN_LEAK_CHARS) expect(text, `${label.id} reads a quote, signature or reply`).not.toContain(leaked);
      }
    });
  });
}
