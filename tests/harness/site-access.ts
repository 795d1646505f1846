import type { SpotterBrowser } from './extension';

/**
 * Grants the extension access to one site the way a reader can by hand: chrome://extensions → Spotter →
 * Site access → add a site. That page calls `chrome.developerPrivate.addHostPermission`; so does this.
 *
 * Why: the prompt `permissions.request` opens cannot be answered by a script (Playwright treats it as out
 * of scope, microsoft/playwright#32755; headless Chromium leaves the request pending). Once the reader has
 * granted a site this way, Chromium answers `permissions.request` for it with `true` and shows no prompt, so
 * the options page's real "Add forum" path runs end to end.
 */
export async function grantSiteAccessByHand(browser: SpotterBrowser, pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      async ({ extensionId, host }) => {
        const api = (
          globalThis as unknown as {
            chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
          }
        ).chrome.developerPrivate;
        await api.addHostPermission(extensionId, host);
      },
      { extensionId: browser.extensionId, host: pattern },
    );
  } finally {
    await page.close();
  }
}
