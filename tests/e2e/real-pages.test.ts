import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { badgeOwnersInPage } from '../harness/pages/badge-owners';
import { ForumPage } from '../harness/pages/forum';
import {
  hasRealPages,
  postsShownByBrowser,
  realPageHtml,
  realPages,
  realPageUrl,
  realPostLocators,
  withBackReplies,
  withBackThread,
  type RealPage,
} from '../harness/real-pages';

/**
 * Spotter on thread pages saved from live forums (tests/harness/real-pages.ts), in Chromium: real markup,
 * real layout, the pages' own inline scripts. None of them is about backs, so Spotter must badge nothing;
 * with three replies rewritten to describe a back, it must badge exactly those, each on its own post; and
 * with the opening post about a back, a "same here" reply is read with it.
 */

function badgedRealPosts(forum: ForumPage, page: RealPage): Promise<string[]> {
  return forum.page.evaluate(badgeOwnersInPage, realPostLocators(page));
}

const pages = hasRealPages() ? realPages() : [];
/** Discourse's crawler view is inside <noscript>, which a browser running scripts does not show. */
const shownPages = pages.filter(postsShownByBrowser);
const cases = (list: RealPage[]) => list.map((page) => [page.file, page] as const);

describe.runIf(pages.length > 0 || process.env.CI)('real forum pages in Chromium', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('are beside the clone in ../shared/real-pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(shownPages.length).toBeGreaterThan(0);
  });

  it.each(cases(pages))('%s as saved: no badge anywhere', async (_file, page) => {
    const forum = await ForumPage.openHtml(browser, realPageUrl(page), realPageHtml(page));
    await forum.scrollThrough();
    // Long enough for every post's answer to come back (the last reads start as the scroll ends).
    await forum.page.waitForTimeout(1500);
    expect(await badgedRealPosts(forum, page)).toEqual([]);
    await forum.close();
  });

  it.each(cases(shownPages))(
    '%s with three replies about a back: those three are badged, each on its own post',
    async (_file, page) => {
      const { html, rewritten } = withBackReplies(page);
      const forum = await ForumPage.openHtml(browser, realPageUrl(page), html);
      await forum.scrollThrough();
      const expected = rewritten.map((post) => post.id).sort();
      await expect.poll(() => badgedRealPosts(forum, page), { timeout: 5000 }).toEqual(expected);
      await forum.close();
    },
  );

  it.each(cases(shownPages))('%s with an opening post about a back: a "same here" reply is read with it', async (_file, page) => {
    const { html, rewritten } = withBackThread(page);
    const forum = await ForumPage.openHtml(browser, realPageUrl(page), html);
    // Other replies may be read with the opening post too; these two must be badged.
    const expected = rewritten.map((post) => post.id);
    await expect
      .poll(
        async () => {
          const badged = await badgedRealPosts(forum, page);
          return expected.filter((id) => !badged.includes(id));
        },
        { timeout: 5000 },
      )
      .toEqual([]);
    await forum.close();
  });

  it('makes no network request', () => {
    expect(browser.strayRequests).toEqual([]);
  });
});
