import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NONE } from '../../../lib/questionnaire/questions';
import { isFirefoxInstalled, launchFirefoxWithExtension, type SpotterFirefox } from '../../harness/firefox';
import { FirefoxPopupPage } from '../../harness/pages/firefox/popup';

const answersHash = (features: object) => `#answers=${encodeURIComponent(JSON.stringify(features))}`;

describe.skipIf(!isFirefoxInstalled())('the popup questionnaire in Firefox', () => {
  let firefox: SpotterFirefox;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('starts with the warning signs and leads a bench lifter with a mid-back cramp to the causes', async () => {
    const popup = await FirefoxPopupPage.open(firefox);
    expect(await popup.currentPage()).toBe('emergency');
    await popup.answerRedFlags();
    await popup.answerWhere(['mid_back'], 'both_sides');
    await popup.answerPage('feel', { sensation: ['cramp'] });
    await popup.answerPage('activity', { activity: ['bench'] });
    await popup.answerPage('timing', { timing: ['heavy_sets_only'] });
    await popup.answerPage('context', { context: [NONE], duration: ['no'] });
    expect((await popup.causeIds()).slice(0, 3)).toContain('shortened_position_cramp');
    expect(await popup.triage()).toBe('self_care');
    await popup.close();
  });

  it('stops at an emergency answer and shows the emergency advice with no causes', async () => {
    const popup = await FirefoxPopupPage.open(firefox);
    await popup.answerRedFlags(['saddle_numbness']);
    const banner = await popup.page.waitForSelector('[data-triage="emergency"]', { timeout: 10_000 });
    expect(await banner!.evaluate((element) => element.getAttribute('role'))).toBe('alert');
    // The emergency numbers, the reader's own first (this Firefox asks for en-GB pages).
    expect(await banner!.evaluate((element) => element.textContent)).toMatch(/999.*112/);
    expect(await popup.currentPage()).toBeNull();
    expect(await popup.page.$$eval('[data-cause-id]', (cards) => cards.length)).toBe(0);
    await popup.close();
  });

  it('#answers= opens the results for the linked features', async () => {
    const popup = await FirefoxPopupPage.open(
      firefox,
      answersHash({ region: ['mid_back'], activity: ['bench'], sensation: ['cramp'], timing: ['heavy_sets_only'] }),
    );
    expect((await popup.causeIds()).slice(0, 3)).toContain('shortened_position_cramp');
    expect(await popup.triage()).toBe('self_care');
    await popup.close();
  });

  it('#answers= with an emergency flag puts the emergency first', async () => {
    const popup = await FirefoxPopupPage.open(firefox, answersHash({ region: ['lower_back'], redFlags: ['saddle_numbness'] }));
    await popup.causeIds();
    expect(await popup.triage()).toBe('emergency');
    await popup.close();
  });

  it('#answers= that cannot be read shows the empty questionnaire, and nothing from the link runs', async () => {
    const popup = await FirefoxPopupPage.open(
      firefox,
      `#answers=${encodeURIComponent('{"region":["<img src=x onerror=alert(1)>"]}')}`,
    );
    expect(await popup.currentPage()).toBe('emergency');
    expect(await popup.page.$$eval('[data-cause-id]', (cards) => cards.length)).toBe(0);
    expect(await popup.page.$$eval('img', (images) => images.length)).toBe(0);
    await popup.close();
  });

  it('makes no request by script', () => {
    expect(firefox.strayRequests).toEqual([]);
  });
});
