import type { Page } from 'puppeteer-core';
import { RED_FLAG_TIERS, type RedFlag } from '../../../../lib/features';
import type { SpotterFirefox } from '../../firefox';

const RED_FLAG_PAGES = ['emergency', 'urgent', 'soon'] as const;

/** The extension pages' `browser` global, for the one call these tests make with it. */
interface ExtensionPageGlobal {
  browser: { storage: { local: { clear(): Promise<void> } } };
}

/**
 * The toolbar popup in Firefox, opened as a tab (a toolbar click cannot be scripted). Answers are given by
 * clicking the label that holds each answer's input, as a reader clicks the words; the inputs are found
 * by the questionnaire's ids (`fieldset[data-question]`, the option's value).
 */
export class FirefoxPopupPage {
  private constructor(readonly page: Page) {}

  /**
   * Opens `popup.html<hash>` from a clean slate: the extension's local storage is emptied first, so a saved
   * result from an earlier test does not show.
   */
  static async open(firefox: SpotterFirefox, hash = ''): Promise<FirefoxPopupPage> {
    const page = await firefox.openExtensionPage('popup.html');
    await page.evaluate(() => (globalThis as unknown as ExtensionPageGlobal).browser.storage.local.clear());
    // A fresh document, not a reload: Firefox reports no navigation on extension pages, so the harness
    // recognises the page it asked for by its address (about:blank in between makes that address new again).
    await page.goto('about:blank');
    await firefox.gotoExtensionPage(page, `popup.html${hash}`);
    await page.waitForSelector('[data-spotter-popup]', { timeout: 10_000 });
    // The frame renders before the stored result is read: the questionnaire follows the "Loading…" line.
    await page.waitForSelector('[data-spotter-popup] [data-loading]', { hidden: true, timeout: 10_000 });
    return new FirefoxPopupPage(page);
  }

  /** The questionnaire page shown, or null on the results. */
  currentPage(): Promise<string | null> {
    return this.page.evaluate(() => document.querySelector('form[data-page]')?.getAttribute('data-page') ?? null);
  }

  async choose(questionId: string, values: readonly string[]): Promise<void> {
    for (const value of values) {
      const selector = `fieldset[data-question="${questionId}"] label:has(input[value="${value}"])`;
      const label = await this.page.$(selector);
      if (!label) throw new Error(`The popup offers no answer ${value} to ${questionId} (${selector})`);
      await label.click();
    }
  }

  async next(): Promise<void> {
    const before = await this.currentPage();
    await this.page.click('form[data-page] button[type="submit"]');
    await this.page.waitForFunction(
      (previous) => document.querySelector('form[data-page]')?.getAttribute('data-page') !== previous,
      { timeout: 10_000 },
      before,
    );
  }

  /** "No" to every warning sign, or "yes" to those given; stops when the flow stops (an emergency yes). */
  async answerRedFlags(yes: readonly RedFlag[] = []): Promise<void> {
    for (const pageId of RED_FLAG_PAGES) {
      const shown = await this.currentPage();
      if (shown !== pageId) throw new Error(`Expected the ${pageId} page, got ${shown}`);
      for (const [flag, tier] of Object.entries(RED_FLAG_TIERS)) {
        if (tier === pageId) await this.choose(flag, [yes.includes(flag as RedFlag) ? 'yes' : 'no']);
      }
      await this.next();
      if ((await this.currentPage()) === null) return;
    }
  }

  /** Where: clicks the regions on the back map, then the side. */
  async answerWhere(regions: readonly string[], side: string): Promise<void> {
    for (const region of regions) await this.page.click(`[data-back-map] [data-region="${region}"]`);
    await this.choose('side', [side]);
    await this.next();
  }

  async answerPage(pageId: string, answers: Record<string, readonly string[]>): Promise<void> {
    const shown = await this.currentPage();
    if (shown !== pageId) throw new Error(`Expected the ${pageId} page, got ${shown}`);
    for (const [questionId, values] of Object.entries(answers)) await this.choose(questionId, values);
    await this.next();
  }

  async causeIds(): Promise<string[]> {
    await this.page.waitForSelector('[data-spotter-results]', { timeout: 10_000 });
    return this.page.$$eval('[data-cause-id]', (cards) => cards.map((card) => card.getAttribute('data-cause-id') ?? ''));
  }

  /** The first triage element: the banner that leads the results. */
  triage(): Promise<string | null> {
    return this.page.$eval('[data-triage]', (banner) => banner.getAttribute('data-triage'));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
