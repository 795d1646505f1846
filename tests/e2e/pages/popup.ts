import type { Page } from 'playwright-core';
import type { SpotterBrowser } from '../support/extension';

/** The toolbar popup, opened as a page (a real toolbar click cannot be scripted). */
export async function openPopup(browser: SpotterBrowser, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${hash}`);
  return page;
}
