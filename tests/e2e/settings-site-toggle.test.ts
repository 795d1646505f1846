import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../harness/expectations';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { openOptions, type OptionsPage } from '../harness/pages/options';
import { PopupPage } from '../harness/pages/popup';

/**
 * Switching a forum off on the options page takes Spotter's badges off pages already open, and
 * switching it back on brings them back, with no reload. Badges are the content script's
 * `[data-spotter-badge]` buttons (DESIGN.md, "Contracts").
 */
/** Extension storage as an extension page sees it (the options page). */
interface StorageGlobal {
  chrome: {
    storage: {
      local: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(values: Record<string, unknown>): Promise<void>;
        remove(key: string): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
}

const fixture = loadFixture('discourse/bench-cramp-app.html');
const HOST = new URL(fixture.expect.url).hostname;

describe('switching a forum off and on (Chromium)', () => {
  let browser: SpotterBrowser;
  let options: OptionsPage;

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serveFixture(fixture.expect.url, fixture.name);
    options = await openOptions(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`takes the badges off an open ${HOST} page and brings them back, without reloading it`, async () => {
    const page = await browser.context.newPage();
    await page.goto(fixture.expect.url);
    const badges = page.locator('[data-spotter-badge]');
    await expect.poll(() => badges.count(), { timeout: 10_000 }).toBe(fixture.expect.relevant.length);
    // A reload would drop this marker.
    await page.evaluate(() => document.documentElement.setAttribute('data-test-same-document', 'yes'));

    await options.setSiteEnabled(HOST, false);
    await expect.poll(() => badges.count(), { timeout: 5_000 }).toBe(0);

    await options.setSiteEnabled(HOST, true);
    await expect.poll(() => badges.count(), { timeout: 5_000 }).toBe(fixture.expect.relevant.length);
    expect(await page.locator('html').getAttribute('data-test-same-document')).toBe('yes');
    await page.close();
  });

  it(`badges nothing on a ${HOST} page opened while the forum is off, though it reads ahead of the settings`, async () => {
    await options.setSiteEnabled(HOST, false);
    const page = await browser.context.newPage();
    await page.goto(fixture.expect.url);
    await page.waitForFunction(() => document.documentElement.dataset.spotter === 'ready');
    // Long enough for the posts on screen to be read, sent and badged, had the forum been on.
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-spotter-badge]').count()).toBe(0);
    // What it asked the engine ahead of the settings is not listed by the popup either (the popup asks the
    // background about the active tab as it opens; its list shows once that answer is in).
    const popup = await PopupPage.open(browser, { keepStorage: true });
    await page.bringToFront();
    await popup.page.reload();
    await popup.page.waitForTimeout(1000);
    expect(await popup.page.locator('[data-thread-post]').count()).toBe(0);
    await options.setSiteEnabled(HOST, true);
    await expect
      .poll(() => page.locator('[data-spotter-badge]').count(), { timeout: 5_000 })
      .toBe(fixture.expect.relevant.length);
    // The same popup lists them now that the forum is on.
    await page.bringToFront();
    await popup.page.reload();
    expect((await popup.threadPosts()).map(([id]) => id).sort()).toEqual([...fixture.expect.relevant].sort());
    await popup.page.close();
    await page.close();
  });

  it(`stays off on a ${HOST} page while the stored settings are an older Spotter's, not migrated yet`, async () => {
    // What an update from a Spotter before settings v2 leaves in storage until the background, which
    // migrates as it starts, has run: the reader's choices are not known yet, so nothing may act on defaults.
    const saved = await options.page.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.local.get(null));
    await options.page.evaluate(async () => {
      const local = (globalThis as unknown as StorageGlobal).chrome.storage.local;
      await local.remove('settings$');
      await local.set({ settings: { sites: {}, userSites: ['board.example.org'] } });
    });
    const page = await browser.context.newPage();
    await page.goto(fixture.expect.url);
    await page.waitForFunction(() => document.documentElement.dataset.spotter === 'ready');
    // Long enough for the posts on screen to be read, sent and badged, had the settings been known.
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-spotter-badge]').count()).toBe(0);
    await page.close();
    await options.page.evaluate(async (values) => {
      const local = (globalThis as unknown as StorageGlobal).chrome.storage.local;
      await local.clear();
      await local.set(values);
    }, saved);
  });

  it(`opens a ${HOST} page at the reader's sensitivity, never showing what the default would badge`, async () => {
    // Ahead of the settings the page asks at the default sensitivity; a reader at "Strict" must see only what
    // Strict badges, not a badge that comes and goes.
    await options.page.getByRole('radio', { name: /Strict/ }).check();
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __badgesSeen: string[] }).__badgesSeen = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            const badge = node instanceof Element ? node.querySelector('[data-spotter-badge]') : null;
            if (badge) seen.push(badge.getAttribute('data-spotter-post') ?? '');
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(fixture.expect.url);
    await page.waitForFunction(() => document.documentElement.dataset.spotter === 'ready');
    // Long enough for the first batch's answers, and the page's start again at Strict, to be in.
    await page.waitForTimeout(2500);
    const badged = await page
      .locator('[data-spotter-badge]')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-spotter-post')));
    // This thread has a post the default badges and Strict does not.
    expect(badged.length).toBeGreaterThan(0);
    expect(badged.length).toBeLessThan(fixture.expect.relevant.length);
    expect(fixture.expect.relevant).toEqual(expect.arrayContaining(badged));
    const seen = await page.evaluate(() => (window as unknown as { __badgesSeen: string[] }).__badgesSeen);
    expect([...new Set(seen)].sort()).toEqual([...badged].sort());
    await page.close();
    await options.page.getByRole('radio', { name: /Balanced/ }).check();
  });

  it('makes no network request of its own', () => {
    // The forum page loads its own avatars from its own host; anything else would be Spotter's doing.
    const others = browser.strayRequests.filter((url) => new URL(url).hostname !== HOST);
    expect(others).toEqual([]);
  });
});
