import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { PopupPage } from '../harness/pages/popup';
import { NONE } from '../../lib/questionnaire/questions';

/** axe-core on every step of the questionnaire and on both kinds of result, in light and dark. */
describe.each(['light', 'dark'] as const)('popup accessibility (%s theme)', (colorScheme) => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(hash = ''): Promise<PopupPage> {
    const popup = await PopupPage.open(browser, { hash });
    await popup.page.emulateMedia({ colorScheme });
    return popup;
  }

  it('has no serious or critical violations on any step or on the results', async () => {
    const popup = await open();
    const report: Record<string, string[]> = {};
    const check = async (step: string) => {
      report[step] = await popup.seriousViolations();
    };
    await check('emergency');
    await popup.answerRedFlags();
    await check('where');
    await popup.answerWhere(['lower_back'], 'both_sides');
    await check('feel');
    await popup.answerPage('feel', { sensation: ['pump'] });
    await check('activity');
    await popup.answerPage('activity', { activity: ['running'] });
    await check('timing');
    await popup.answerPage('timing', { timing: ['during_run'] });
    await check('context');
    await popup.answerPage('context', { context: [NONE], duration: ['no'] });
    await popup.causeIds();
    await check('results');
    // A page left incomplete shows its "still to answer" marks.
    await popup.page.locator('[data-clear-result]').click();
    await popup.page.locator('form[data-page] button[type="submit"]').click();
    await check('emergency, incomplete');
    expect(report).toEqual(Object.fromEntries(Object.keys(report).map((step) => [step, []])));
    await popup.page.close();
    // Eight full axe runs: about a minute on a loaded two-core machine.
  }, 180_000);

  it('has none on the urgent and soon pages, the emergency stop, and an expanded cause', async () => {
    const popup = await open();
    const report: Record<string, string[]> = {};
    for (const flag of [
      'saddle_numbness',
      'bladder_bowel',
      'both_legs_neuro',
      'chest_pain',
      'major_trauma',
      'dark_urine_severe_pain',
    ]) {
      await popup.choose(flag, ['no']);
    }
    await popup.next();
    report.urgent = await popup.seriousViolations();
    await popup.page.getByRole('button', { name: 'Back' }).click();
    await popup.choose('chest_pain', ['yes']);
    await popup.page.locator('form[data-page] button[type="submit"]').click();
    await popup.page.locator('[data-triage="emergency"]').waitFor();
    report.stopped = await popup.seriousViolations();
    await popup.page.close();

    const linked = await open(
      `#answers=${encodeURIComponent('{"region":["mid_back"],"sensation":["cramp"],"activity":["bench"]}')}`,
    );
    await linked.page.locator('[data-cause-id] .sp-cause-toggle').nth(1).click();
    await linked.page.getByRole('button', { name: /^\d+ more causes?$/ }).click();
    report.linked = await linked.seriousViolations();
    expect(report).toEqual({ urgent: [], stopped: [], linked: [] });
    await linked.page.close();
  });
});
