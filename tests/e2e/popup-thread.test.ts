import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { loadFixture } from '../harness/expectations';
import { ForumPage } from '../harness/pages/forum';
import { PopupPage } from '../harness/pages/popup';

const fixture = loadFixture('discourse/bench-cramp-app.html');

describe('the popup over a forum tab: this thread at a glance', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the posts Spotter marked with their tier and reason, and takes the reader to the one chosen', async () => {
    const forum = await ForumPage.open(browser, fixture);
    await expect.poll(() => forum.badgedPostIds(), { timeout: 5000 }).toEqual([...fixture.expect.relevant].sort());
    const popup = await PopupPage.open(browser);
    // The popup reads the active tab: the forum, as when a reader clicks the toolbar icon over it.
    await forum.page.bringToFront();
    await popup.page.reload();
    const listed = await popup.threadPosts();
    expect(listed.map(([id]) => id)).toEqual(
      fixture.expect.items.map((item) => item.id).filter((id) => fixture.expect.relevant.includes(id)),
    );
    for (const [id, tier, text] of listed) {
      expect(tier).toBe(await forum.badge(id).getAttribute('data-spotter-tier'));
      expect(text.length).toBeGreaterThan(10);
    }
    expect(await popup.seriousViolations()).toEqual([]);

    const chosen = listed.at(-1)![0];
    await popup.chooseThreadPost(chosen);
    await forum.panel().locator('[data-triage]').waitFor();
    expect(await forum.triage()).toBe(fixture.expect.triage[chosen] ?? 'self_care');
    await expect
      .poll(() =>
        forum.badge(chosen).evaluate((badge) => {
          const box = badge.closest('[data-post-id], article, .topic-post')!.getBoundingClientRect();
          return box.top < window.innerHeight && box.bottom > 0;
        }),
      )
      .toBe(true);
    await forum.close();
    expect(popup.errors).toEqual([]);
  });
});

describe('"Check this text with Spotter" on selected text', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is in the context menu for a selection (the background created it)', async () => {
    // The menu is made when the install event reaches the service worker, which may come after the first page.
    const menuExists = () =>
      browser.context.serviceWorkers()[0]!.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const api = (
              globalThis as unknown as {
                chrome: {
                  contextMenus: { update(id: string, props: object, done: () => void): void };
                  runtime: { lastError?: unknown };
                };
              }
            ).chrome;
            api.contextMenus.update('spotter-check-selection', {}, () => resolve(!api.runtime.lastError));
          }),
      );
    await expect.poll(menuExists, { timeout: 10_000 }).toBe(true);
  });

  it('opens the results for the text it was given, and says when there is nothing to explain', async () => {
    const text = 'My mid back cramps between my shoulder blades on heavy bench sets.';
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?view=tab#text=${encodeURIComponent(text)}`);
    await page.locator('[data-results="text"] [data-triage]').first().waitFor();
    expect(await page.locator('[data-checked-text]').textContent()).toBe(text);
    expect(await page.locator('[data-cause-id]').count()).toBeGreaterThan(0);
    await page.goto(
      `chrome-extension://${browser.extensionId}/popup.html?view=tab#text=${encodeURIComponent('Great meet, congrats on the total.')}`,
    );
    await page.reload();
    await page.locator('[data-results="not-relevant"]').waitFor();
    await page.close();
  });
});
