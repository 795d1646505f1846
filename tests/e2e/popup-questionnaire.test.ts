import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { PopupPage } from '../harness/pages/popup';
import { NONE, UNSURE } from '../../lib/questionnaire/questions';

/** The readers of issue 5, answering the questionnaire in the built extension. */
describe('the popup questionnaire in Chromium', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('bench lifter whose back cramps between the shoulder blades on heavy top sets', async () => {
    const popup = await PopupPage.open(browser);
    await popup.answerRedFlags();
    await popup.answerWhere(['mid_back'], 'both_sides');
    await popup.answerPage('feel', { sensation: ['cramp'] });
    await popup.answerPage('activity', { activity: ['bench'] });
    // A bench-only cramp gets no running questions.
    expect(await popup.offered('timing')).not.toContain('during_run');
    await popup.answerPage('timing', { timing: ['heavy_sets_only'] });
    expect(await popup.offered('context')).not.toContain('new_to_running');
    await popup.answerPage('context', { context: [NONE], duration: ['no'] });
    const causes = await popup.causeIds();
    expect(causes.slice(0, 3)).toContain('shortened_position_cramp');
    // At a glance: the top three, the rest behind "more causes".
    expect(await popup.shownCauseIds()).toEqual(causes.slice(0, 3));
    expect(await popup.triage()).toBe('self_care');
    expect(popup.errors).toEqual([]);
    await popup.page.close();
  });

  it('lifter whose lower back pumps up when running', async () => {
    const popup = await PopupPage.open(browser);
    await popup.answerRedFlags();
    await popup.answerWhere(['lower_back'], 'both_sides');
    await popup.answerPage('feel', { sensation: ['pump', 'tightness'] });
    await popup.answerPage('activity', { activity: ['running'] });
    expect(await popup.offered('timing')).not.toContain('during_setup');
    await popup.answerPage('timing', { timing: ['during_run'] });
    await popup.answerPage('context', { context: ['new_to_running', 'heavy_low_rep_focus'], duration: ['no'] });
    expect((await popup.causeIds()).slice(0, 3)).toContain('erector_endurance');
    expect(popup.errors).toEqual([]);
    await popup.page.close();
  });

  it('reader whose back cramps while stretching', async () => {
    const popup = await PopupPage.open(browser);
    await popup.answerRedFlags();
    await popup.answerWhere(['lower_back'], 'one_side');
    await popup.answerPage('feel', { sensation: ['cramp'] });
    await popup.answerPage('activity', { activity: ['stretching'] });
    await popup.answerPage('timing', { timing: ['while_stretching'] });
    await popup.answerPage('context', { context: [UNSURE], duration: [UNSURE] });
    expect((await popup.causeIds()).slice(0, 3)).toContain('overstretching');
    expect(popup.errors).toEqual([]);
    await popup.page.close();
  });

  it('emergency: saddle numbness stops the questionnaire with emergency advice', async () => {
    const popup = await PopupPage.open(browser);
    await popup.answerRedFlags({ yes: ['saddle_numbness'] });
    const banner = popup.page.locator('[data-triage="emergency"]');
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    const numbers = await banner.locator('[data-emergency-number]').evaluateAll((links) => links.map((link) => link.textContent));
    expect([...numbers].sort()).toEqual(['000', '112', '911', '999']);
    // The flow stopped: no more questions, no causes, and the advice comes first.
    expect(await popup.currentPage()).toBeNull();
    expect(await popup.page.locator('[data-cause-id]').count()).toBe(0);
    expect(await popup.page.locator('[data-results="stopped"]').count()).toBe(1);
    // A reader who answered by mistake can go back and change it.
    await popup.page.getByRole('button', { name: /answered by mistake/ }).click();
    expect(await popup.currentPage()).toBe('emergency');
    await popup.choose('saddle_numbness', ['no']);
    await popup.next();
    expect(await popup.currentPage()).toBe('urgent');
    await popup.page.close();
  });

  it('goes back and changes an answer, and the questions follow', async () => {
    const popup = await PopupPage.open(browser);
    await popup.answerRedFlags();
    await popup.answerWhere(['lower_back'], 'both_sides');
    await popup.answerPage('feel', { sensation: ['pump'] });
    await popup.answerPage('activity', { activity: ['bench'] });
    expect(await popup.currentPage()).toBe('timing');
    await popup.page.getByRole('button', { name: 'Back' }).click();
    expect(await popup.currentPage()).toBe('activity');
    await popup.control('activity', 'bench').uncheck();
    await popup.answerPage('activity', { activity: ['running'] });
    expect(await popup.offered('timing')).toContain('during_run');
    expect(await popup.offered('timing')).not.toContain('during_setup');
    await popup.page.close();
  });

  it('works with the keyboard alone', async () => {
    const popup = await PopupPage.open(browser);
    const { page } = popup;
    // Past the header ("Open in a tab", then the site switch's settings button), each red-flag question is a
    // radio group: Tab reaches it, the arrow key picks "No".
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open in a tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-slot="site-toggle"]') !== null)).toBe(true);
    for (let group = 0; group < 6; group++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next');
    await page.keyboard.press('Enter');
    await page.locator('form[data-page="urgent"]').waitFor();
    // Focus moves to the new page's heading, and the focus ring is visible.
    // (in an effect after the page renders, so it is waited for)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it('keeps the last result, shows it on reopening, and clears it with one click', async () => {
    const first = await PopupPage.open(browser);
    await first.answerRedFlags();
    await first.answerWhere(['mid_back'], 'both_sides');
    await first.answerPage('feel', { sensation: ['cramp'] });
    await first.answerPage('activity', { activity: ['bench'] });
    await first.answerPage('timing', { timing: ['heavy_sets_only'] });
    await first.answerPage('context', { context: [NONE], duration: ['no'] });
    const causes = await first.causeIds();
    await first.page.close();

    const again = await PopupPage.open(browser, { keepStorage: true });
    expect(await again.causeIds()).toEqual(causes);
    expect(await again.page.locator('[data-notice]').textContent()).toMatch(/Your last result/);
    await again.page.locator('[data-clear-result]').click();
    expect(await again.currentPage()).toBe('emergency');
    await again.page.close();

    const cleared = await PopupPage.open(browser, { keepStorage: true });
    expect(await cleared.currentPage()).toBe('emergency');
    await cleared.page.close();
  });

  it('opens the same questionnaire in a full tab', async () => {
    const popup = await PopupPage.open(browser);
    const [tab] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.page.getByRole('button', { name: 'Open in a tab' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).search).toBe('?view=tab');
    await tab.locator('[data-spotter-popup][data-view="tab"] form[data-page="emergency"]').waitFor();
    expect(await tab.getByRole('button', { name: 'Open in a tab' }).count()).toBe(0);
    await tab.close();
  });

  it('copies the results as text and prints without the buttons', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await PopupPage.open(browser, {
      hash: `#answers=${encodeURIComponent('{"region":["mid_back"],"sensation":["cramp"]}')}`,
    });
    await popup.page.getByRole('button', { name: 'Copy as text' }).click();
    await popup.page.getByText('Copied to the clipboard.').waitFor();
    const copied = await popup.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/Not a diagnosis; generated locally by Spotter/);
    await popup.page.emulateMedia({ media: 'print' });
    expect(await popup.page.getByRole('button', { name: 'Copy as text' }).isVisible()).toBe(false);
    expect(await popup.page.locator('[data-triage]').isVisible()).toBe(true);
    await popup.page.close();
  });

  it('makes no network request', () => {
    expect(browser.strayRequests).toEqual([]);
  });
});
