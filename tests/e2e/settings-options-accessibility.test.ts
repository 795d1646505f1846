import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { openOptions, type OptionsPage } from '../harness/pages/options';

/** The options page passes axe's WCAG 2 A/AA rules (contrast included) in light and dark, and works from the keyboard. */
describe('options page accessibility (Chromium)', () => {
  let browser: SpotterBrowser;
  let options: OptionsPage;

  beforeAll(async () => {
    browser = await launchWithExtension();
    options = await openOptions(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function violations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: options.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    // Rules that passed, so the check really looked at the page (colour contrast among them).
    expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }

  it.each(['light', 'dark'] as const)('has no WCAG A/AA violations with the system in %s mode', async (colorScheme) => {
    await options.page.emulateMedia({ colorScheme });
    expect(await violations()).toEqual([]);
  });

  it('has none with the dark theme forced, an error shown and the reset confirmation open', async () => {
    await options.page.emulateMedia({ colorScheme: 'light' });
    await options.page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => options.page.locator('html').getAttribute('data-theme')).toBe('dark');
    await options.addForum('not a forum');
    await options.page.getByRole('button', { name: 'Reset all Spotter data…' }).click();
    expect(await violations()).toEqual([]);
    await options.page.getByRole('radio', { name: 'Match the forum' }).check();
  });

  it('switches a forum off and on with the keyboard alone', async () => {
    const { page } = options;
    await page.reload();
    await page.locator('[data-spotter-options]').waitFor();
    const toggle = page.getByRole('switch', { name: 'old.reddit.com', exact: true });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await page.reload();
    await page.locator('[data-spotter-options]').waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.isChecked()).toBe(true);
  });

  it('opens the reset confirmation with focus on Cancel, and Escape closes it back to the button', async () => {
    const { page } = options;
    const reset = page.getByRole('button', { name: 'Reset all Spotter data…' });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => reset.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('#reset-confirm').count()).toBe(0);
  });
});
