import type { Page } from 'playwright-core';
import type { SpotterBrowser } from '../extension';

/** The options page, driven the way a reader uses it: labels, buttons, the status line. */
export interface OptionsPage {
  page: Page;
  /** Flips the switch of a forum (default or added) to `on`. */
  setSiteEnabled(host: string, on: boolean): Promise<void>;
  /** Types an address, presses "Add forum" and returns what the page says back. */
  addForum(address: string): Promise<string>;
  removeForum(host: string): Promise<string>;
}

export async function openOptions(browser: SpotterBrowser): Promise<OptionsPage> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-spotter-options]').waitFor();
  const status = page.locator('[data-spotter-user-sites] [role="status"]');
  const alertOrStatus = page.locator(
    '[data-spotter-user-sites] [role="alert"], [data-spotter-user-sites] [role="status"]:not(:empty)',
  );
  return {
    page,
    async setSiteEnabled(host, on) {
      const toggle = page.getByRole('switch', { name: host, exact: true });
      await toggle.setChecked(on);
    },
    async addForum(address) {
      await page.getByLabel('Forum address').fill(address);
      await page.getByRole('button', { name: 'Add forum' }).click();
      await alertOrStatus.first().waitFor();
      return (await alertOrStatus.first().textContent()) ?? '';
    },
    async removeForum(host) {
      await page.getByRole('button', { name: `Remove ${host}` }).click();
      await page.locator(`[data-spotter-user-site="${host}"]`).waitFor({ state: 'detached' });
      return (await status.textContent()) ?? '';
    },
  };
}
