import type { Page } from 'puppeteer-core';
import type { Fixture } from '../../expectations';
import type { SpotterFirefox } from '../../firefox';
import { servedUrl } from '../forum';
import { scrollThroughInPage } from '../scroll-through';

/**
 * A forum thread page with Spotter running on it, in Firefox. It reads only DESIGN.md's page contracts
 * (`[data-spotter-badge][data-spotter-post]`, `<spotter-panel>`'s open shadow root with `[data-cause-id]` and
 * `[data-triage]`), so the badge's look and the panel's layout may change freely underneath.
 * `>>>` is Puppeteer's selector combinator that reaches into open shadow roots.
 */
export class FirefoxForumPage {
  private constructor(
    readonly page: Page,
    private readonly ownsTab: boolean,
  ) {}

  /**
   * Serves the fixture where the Chromium tests serve it (`servedUrl`), loads it and waits for Spotter to
   * start on it. `tab` reuses an open tab (a new tab costs about a second on a loaded machine); otherwise the
   * page gets its own, which `close` closes.
   */
  static open(
    firefox: SpotterFirefox,
    fixture: Fixture,
    { url = servedUrl(fixture), tab }: { url?: string; tab?: Page } = {},
  ): Promise<FirefoxForumPage> {
    return FirefoxForumPage.openHtml(firefox, url, fixture.html, { tab });
  }

  /** Any page at `url` (a default forum host, so that the content script runs). */
  static async openHtml(
    firefox: SpotterFirefox,
    url: string,
    html: string,
    { tab }: { tab?: Page } = {},
  ): Promise<FirefoxForumPage> {
    firefox.serve(url, html);
    const page = tab ?? (await firefox.newPage());
    await page.goto(url);
    await page.waitForSelector('html[data-spotter="ready"]', { timeout: 10_000 });
    return new FirefoxForumPage(page, tab === undefined);
  }

  /** Scrolls from the top of the page to its end, a screen at a time, as a reader skimming the thread. */
  async scrollThrough(pauseMs = 100): Promise<void> {
    await this.page.evaluate(scrollThroughInPage, pauseMs);
  }

  /** Post ids that carry a badge, sorted. */
  async badgedPostIds(): Promise<string[]> {
    const ids = await this.page.$$eval('[data-spotter-badge]', (badges) =>
      badges.map((badge) => badge.getAttribute('data-spotter-post') ?? ''),
    );
    return ids.sort();
  }

  /** Clicks a post's badge as a reader does and waits for the panel's triage to show. */
  async openPanel(postId: string): Promise<void> {
    const badge = await this.page.waitForSelector(`[data-spotter-badge][data-spotter-post="${postId}"]`, { timeout: 10_000 });
    await badge!.click();
    await this.page.waitForSelector('spotter-panel >>> [data-triage]', { timeout: 10_000 });
  }

  /** Cause ids in the open panel, best first. */
  causeIds(): Promise<string[]> {
    return this.page.$$eval('spotter-panel >>> [data-cause-id]', (cards) =>
      cards.map((card) => card.getAttribute('data-cause-id') ?? ''),
    );
  }

  triage(): Promise<string | null> {
    return this.page.$eval('spotter-panel >>> [data-triage]', (banner) => banner.getAttribute('data-triage'));
  }

  /** `data-spotter` on the page's root: `ready` once Spotter has read the page, absent where it does not run. */
  static async spotterMark(page: Page): Promise<string | null> {
    return page.evaluate(() => document.documentElement.getAttribute('data-spotter'));
  }

  /** Closes the page's tab, unless it was lent by the caller. */
  async close(): Promise<void> {
    if (this.ownsTab) await this.page.close();
  }
}
