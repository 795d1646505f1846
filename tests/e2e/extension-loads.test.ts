import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { openPopup } from '../harness/pages/popup';

describe('the built extension in Chromium', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with a service worker and the manifest name', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    const manifest = JSON.parse((await page.locator('body').textContent()) ?? '{}');
    expect(manifest.name).toBe('Spotter');
    expect(manifest.manifest_version).toBe(3);
    await page.close();
  });

  it('runs its content script on a default forum host and not elsewhere', async () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><p>A thread.</p></body></html>';
    browser.serve('https://forums.t-nation.com/t/a-thread/1', html);
    browser.serve('https://example.org/t/a-thread/1', html);
    const page = await browser.context.newPage();
    await page.goto('https://forums.t-nation.com/t/a-thread/1');
    await expect.poll(() => page.locator('html').getAttribute('data-spotter')).toBe('ready');
    await page.goto('https://example.org/t/a-thread/1');
    await page.waitForTimeout(300);
    expect(await page.locator('html').getAttribute('data-spotter')).toBeNull();
    await page.close();
  });

  it('renders the popup', async () => {
    const page = await openPopup(browser);
    await expect.poll(() => page.getByRole('heading', { name: 'Spotter' }).count()).toBe(1);
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(browser.strayRequests).toEqual([]);
  });
});
