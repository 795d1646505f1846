import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { PopupPage } from '../harness/pages/popup';

describe('popup.html#answers=', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the results for the linked features', async () => {
    const features = { region: ['mid_back'], activity: ['bench'], sensation: ['cramp'], timing: ['heavy_sets_only'] };
    const popup = await PopupPage.open(browser, { hash: `#answers=${encodeURIComponent(JSON.stringify(features))}` });
    expect((await popup.causeIds()).slice(0, 3)).toContain('shortened_position_cramp');
    expect(await popup.triage()).toBe('self_care');
    // The post's features skipped the warning-sign questions; the reader is told, and can answer them.
    expect(await popup.page.locator('[data-linked-notice]').count()).toBe(1);
    await popup.page.getByRole('button', { name: 'Answer for your own back' }).click();
    expect(await popup.currentPage()).toBe('emergency');
    expect(popup.errors).toEqual([]);
    await popup.page.close();
  });

  it('puts an emergency from a linked post first', async () => {
    const features = { region: ['lower_back'], redFlags: ['saddle_numbness'] };
    const popup = await PopupPage.open(browser, { hash: `#answers=${encodeURIComponent(JSON.stringify(features))}` });
    await popup.page.locator('[data-spotter-results]').waitFor();
    const first = popup.page.locator('[data-spotter-results] > *').first();
    expect(await first.getAttribute('data-triage')).toBe('emergency');
    await popup.page.close();
  });

  it.each([
    ['truncated JSON carrying markup', '#answers=%7B%22region%22%3A%22%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%22'],
    ['markup in a value', `#answers=${encodeURIComponent('{"region":"<img src=x onerror=alert(1)>"}')}`],
    ['markup as a region', `#answers=${encodeURIComponent('{"region":["<img src=x onerror=alert(1)>"]}')}`],
    ['not JSON', '#answers=hello%20there'],
    ['a broken escape', '#answers=%E0%A4%A'],
    ['a script URL', '#answers=javascript:alert(1)'],
  ])('shows the empty questionnaire and a notice for %s, without an exception or a dialog', async (_name, hash) => {
    const popup = await PopupPage.open(browser, { hash });
    expect(await popup.currentPage()).toBe('emergency');
    expect(await popup.page.locator('[data-notice]').textContent()).toMatch(/could not be read/);
    expect(await popup.page.locator('[data-cause-id]').count()).toBe(0);
    expect(await popup.page.locator('img').count()).toBe(0);
    await popup.page.waitForTimeout(100);
    expect(popup.errors).toEqual([]);
    expect(popup.dialogs).toEqual([]);
    await popup.page.close();
  });

  it('makes no network request', () => {
    expect(browser.strayRequests).toEqual([]);
  });
});
