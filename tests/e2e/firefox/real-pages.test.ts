import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFirefoxInstalled, launchFirefoxWithExtension, type SpotterFirefox } from '../../harness/firefox';
import { badgeOwnersInPage } from '../../harness/pages/badge-owners';
import { FirefoxForumPage } from '../../harness/pages/firefox/forum';
import {
  hasRealPages,
  postsShownByBrowser,
  realPageHtml,
  realPages,
  realPageUrl,
  realPostLocators,
  withBackReplies,
} from '../../harness/real-pages';

/**
 * Spotter on thread pages saved from live forums, in Firefox (the Chromium suite, tests/e2e/real-pages.test.ts,
 * also checks the thread context): each page as saved gets no badge, and with three replies rewritten to
 * describe a back, exactly those three are badged, each on its own post. One tab, as a reader moving between threads.
 */
const pages = hasRealPages() ? realPages().filter(postsShownByBrowser) : [];

describe.skipIf(!isFirefoxInstalled())('real forum pages in Firefox', () => {
  let firefox: SpotterFirefox;
  let tab: Page;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    tab = await firefox.newPage();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('are beside the clone in ../shared/real-pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.file, page] as const))(
    '%s: nothing badged as saved; three replies about a back badged, each on its own post',
    async (_file, page) => {
      const url = realPageUrl(page);
      const saved = await FirefoxForumPage.openHtml(firefox, url, realPageHtml(page), { tab });
      await saved.scrollThrough();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await tab.evaluate(badgeOwnersInPage, realPostLocators(page))).toEqual([]);

      const { html, rewritten } = withBackReplies(page);
      // The same address now serves the rewritten page; the tab loads it afresh.
      const forum = await FirefoxForumPage.openHtml(firefox, url, html, { tab });
      await forum.scrollThrough();
      await expect
        .poll(() => tab.evaluate(badgeOwnersInPage, realPostLocators(page)), { timeout: 5000 })
        .toEqual(rewritten.map((post) => post.id).sort());
    },
  );
});
