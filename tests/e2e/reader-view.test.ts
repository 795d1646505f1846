import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../harness/expectations';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { ForumPage } from '../harness/pages/forum';
import { PopupPage } from '../harness/pages/popup';
import { cutOff, smallTargets } from '../harness/touch-targets';

/**
 * The reader's view in Chromium (issues 10 and 14): badges with words and a tier, results at a
 * glance, the emergency view, local emergency numbers, the reply's format, and the panel and popup
 * on a 400 px wide touch screen, with axe in light and dark.
 */
const EMERGENCY_THREAD = loadFixture('discourse/running-pump-crawler.html');
const EMERGENCY_POST = Object.entries(EMERGENCY_THREAD.expect.triage).find(([, tier]) => tier === 'emergency')![0];
const BBCODE_THREAD = loadFixture('xenforo/stretch-cramp.html');
const COMMON_RESULT = `#answers=${encodeURIComponent(
  JSON.stringify({ region: ['mid_back'], activity: ['bench'], sensation: ['cramp'], timing: ['heavy_sets_only'] }),
)}`;
const EMERGENCY_RESULT = `#answers=${encodeURIComponent(JSON.stringify({ region: ['mid_back'], redFlags: ['chest_pain'] }))}`;

describe('in a British English browser', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('puts words and a tier on every badge', async () => {
    const forum = await ForumPage.open(browser, EMERGENCY_THREAD);
    await expect.poll(() => forum.badges().count(), { timeout: 5000 }).toBe(EMERGENCY_THREAD.expect.relevant.length);
    const badges = await forum
      .badges()
      .evaluateAll((buttons) =>
        buttons.map((button) => ({ words: button.textContent ?? '', tier: button.getAttribute('data-spotter-tier') })),
      );
    for (const badge of badges) {
      expect(badge.words).toMatch(/^(Back (cramp|pump|pain|tightness)\?|Neck \w+\?|Warning signs) · Spotter$/);
      expect(['self_care', 'soon', 'urgent', 'emergency']).toContain(badge.tier);
    }
    await forum.badges().first().focus();
    expect(await forum.page.evaluate(() => document.activeElement?.hasAttribute('data-spotter-badge'))).toBe(true);
    await forum.close();
  });

  it('at an emergency shows the advice with 999 first, the signs and what they can mean, causes behind a button', async () => {
    const forum = await ForumPage.open(browser, EMERGENCY_THREAD);
    await forum.openPanel(EMERGENCY_POST);
    expect(await forum.triage()).toBe('emergency');
    const numbers = await forum.emergencyNumbers();
    expect(numbers[0]).toBe('999');
    expect(numbers).toEqual(expect.arrayContaining(['911', '112', '000']));
    expect(await forum.panel().locator('[data-emergency-explanation]').count()).toBeGreaterThan(0);
    expect(await forum.panel().locator('[data-cause-id]').first().isVisible()).toBe(false);
    await forum.panel().locator('[data-emergency-causes]').click();
    expect(await forum.panel().locator('[data-cause-id]').first().isVisible()).toBe(true);
    await forum.close();
  });

  it('defaults the reply to the forum markup: Markdown on Discourse, BBCode on XenForo', async () => {
    const discourse = await ForumPage.open(browser, EMERGENCY_THREAD);
    await discourse.openPanel(EMERGENCY_THREAD.expect.relevant[0]!);
    expect(await discourse.replyFormat()).toBe('markdown');
    await discourse.close();
    const xenforo = await ForumPage.open(browser, BBCODE_THREAD);
    await xenforo.badge(BBCODE_THREAD.expect.relevant[0]!).waitFor();
    await xenforo.openPanel(BBCODE_THREAD.expect.relevant[0]!);
    expect(await xenforo.replyFormat()).toBe('bbcode');
    await xenforo.close();
  });

  it.each(['light', 'dark'] as const)('the panel has no axe violations (%s)', async (colorScheme) => {
    const forum = await ForumPage.open(browser, EMERGENCY_THREAD);
    await forum.page.emulateMedia({ colorScheme });
    const report: Record<string, string[]> = {};
    await forum.openPanel(EMERGENCY_THREAD.expect.relevant[0]!);
    await forum.panel().locator('[data-cause-id] .sp-cause-toggle').first().click();
    report.glance = await forum.panelViolations();
    await forum.close();
    const emergency = await ForumPage.open(browser, EMERGENCY_THREAD);
    await emergency.page.emulateMedia({ colorScheme });
    await emergency.openPanel(EMERGENCY_POST);
    report.emergency = await emergency.panelViolations();
    expect(report).toEqual({ glance: [], emergency: [] });
    await emergency.close();
  });

  it('fits the panel on a 400 px touch screen: nothing cut off, targets at least 44 px', async () => {
    const forum = await ForumPage.open(browser, EMERGENCY_THREAD);
    await forum.page.setViewportSize({ width: 400, height: 800 });
    await forum.openPanel(EMERGENCY_THREAD.expect.relevant[0]!);
    await forum.panel().locator('[data-cause-id] .sp-cause-toggle').first().click();
    expect(await cutOff(forum.panel())).toEqual([]);
    expect(await smallTargets(forum.panel())).toEqual([]);
    await forum.close();
  });

  it('fits the common popup result in a 400 px popup without long scrolling, top three causes first', async () => {
    const popup = await PopupPage.open(browser, { hash: COMMON_RESULT });
    await popup.page.setViewportSize({ width: 400, height: 600 });
    await popup.causeIds();
    const visible = await popup.page
      .locator('[data-cause-id]')
      .evaluateAll((cards) => cards.filter((card) => !card.closest('[hidden]')).length);
    expect(visible).toBe(3);
    const height = await popup.page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`Popup result height at 400 px: ${height} px`);
    expect(height).toBeLessThan(1600);
    const app = popup.page.locator('[data-spotter-popup]');
    expect(await cutOff(app)).toEqual([]);
    expect(await smallTargets(app.locator('[data-spotter-results]'))).toEqual([]);
    await popup.page.close();
  });
});

describe.each([
  ['en-US', '911'],
  ['en-AU', '000'],
])('in a %s browser', (locale, local) => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ locale });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`lists ${local} first at an emergency, the others after it`, async () => {
    const popup = await PopupPage.open(browser, { hash: EMERGENCY_RESULT });
    await popup.page.locator('[data-triage="emergency"]').waitFor();
    const numbers = await popup.page
      .locator('[data-triage] [data-emergency-number]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('data-emergency-number')));
    expect(numbers[0]).toBe(local);
    expect(numbers.length).toBe(4);
    expect(await popup.page.locator('[data-emergency-explanation]').textContent()).toMatch(/heart or the aorta/);
    await popup.page.close();
  });
});
