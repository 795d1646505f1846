import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { RED_FLAG_TIERS, type RedFlag } from '../../../lib/features';
import { NONE, QUESTIONS, UNSURE } from '../../../lib/questionnaire/questions';
import type { SpotterBrowser } from '../extension';

/** The toolbar popup, opened as a page (a real toolbar click cannot be scripted). */
export async function openPopup(browser: SpotterBrowser, hash = '', search = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${search}${hash}`);
  return page;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const RED_FLAG_PAGES = ['emergency', 'urgent', 'soon'] as const;

/**
 * The questionnaire as a reader uses it: controls are found by their visible labels (taken from the
 * questionnaire's own data, so wording changes do not break the tests) and clicked.
 */
export class PopupPage {
  /** Uncaught errors and dialogs (an `alert` from an injected payload would land here). */
  readonly errors: string[] = [];
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(String(error)));
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }

  /**
   * Opens the popup. By default it starts from a clean slate (the extension's local storage is
   * emptied first, so a previous test's saved result does not show); `keepStorage` keeps it.
   */
  static async open(
    browser: SpotterBrowser,
    { hash = '', search = '', keepStorage = false }: { hash?: string; search?: string; keepStorage?: boolean } = {},
  ): Promise<PopupPage> {
    const page = await browser.context.newPage();
    const popup = new PopupPage(page);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html${search}${hash}`);
    if (!keepStorage) {
      await page.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear(),
      );
      await page.reload();
    }
    await page.locator('[data-spotter-popup]').waitFor();
    // The frame renders before the stored result is read (App.tsx's useInitialState): until the
    // "Loading…" line goes, neither the questionnaire nor a result is on the page yet.
    await page.locator('[data-spotter-popup] [data-loading]').waitFor({ state: 'detached' });
    return popup;
  }

  /** The questionnaire page shown, or null on the results. */
  async currentPage(): Promise<string | null> {
    const form = this.page.locator('form[data-page]');
    return (await form.count()) > 0 ? form.getAttribute('data-page') : null;
  }

  /** The control for one answer, by its label as the reader sees it. */
  control(questionId: string, value: string): Locator {
    const question = QUESTIONS.find((q) => q.id === questionId);
    if (!question) throw new Error(`No question ${questionId}`);
    const label =
      value === UNSURE
        ? 'Not sure'
        : value === NONE
          ? question.noneLabel
          : question.options.find((option) => option.value === value)?.label;
    if (!label) throw new Error(`Question ${questionId} has no answer ${value}`);
    return this.page
      .locator(`fieldset[data-question="${questionId}"]`)
      .getByRole(question.kind === 'one' ? 'radio' : 'checkbox', { name: new RegExp(`^${escapeRegExp(label)}(?!\\w)`) });
  }

  async choose(questionId: string, values: readonly string[]): Promise<void> {
    for (const value of values) await this.control(questionId, value).check();
  }

  async next(): Promise<void> {
    const before = await this.currentPage();
    await this.page.locator('form[data-page] button[type="submit"]').click();
    await this.page.waitForFunction(
      (previous) => document.querySelector('form[data-page]')?.getAttribute('data-page') !== previous,
      before,
    );
  }

  /**
   * Answers the red-flag pages: "no" to everything except the flags given as yes or not sure.
   * Stops early if the flow stops (an emergency yes).
   */
  async answerRedFlags({ yes = [], unsure = [] }: { yes?: RedFlag[]; unsure?: RedFlag[] } = {}): Promise<void> {
    for (const pageId of RED_FLAG_PAGES) {
      if ((await this.currentPage()) !== pageId) throw new Error(`Expected the ${pageId} page, got ${await this.currentPage()}`);
      for (const flag of Object.keys(RED_FLAG_TIERS) as RedFlag[]) {
        if (RED_FLAG_TIERS[flag] !== pageId) continue;
        await this.choose(flag, [yes.includes(flag) ? 'yes' : unsure.includes(flag) ? UNSURE : 'no']);
      }
      await this.next();
      if ((await this.currentPage()) === null) return;
    }
  }

  /** Where: clicks the regions on the back map (as a mouse user would), then the side. */
  async answerWhere(regions: string[], side: 'one_side' | 'both_sides' | typeof UNSURE): Promise<void> {
    for (const region of regions) await this.page.locator(`[data-back-map] [data-region="${region}"]`).click();
    await this.choose('side', [side]);
    await this.next();
  }

  /** Answers the page shown with `values` for each question on it, then goes on. */
  async answerPage(pageId: string, answers: Record<string, readonly string[]>): Promise<void> {
    if ((await this.currentPage()) !== pageId) throw new Error(`Expected the ${pageId} page, got ${await this.currentPage()}`);
    for (const [questionId, values] of Object.entries(answers)) await this.choose(questionId, values);
    await this.next();
  }

  /** The values on offer for a question (adaptive questions show fewer). */
  async offered(questionId: string): Promise<string[]> {
    return this.page
      .locator(`fieldset[data-question="${questionId}"] input`)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  async causeIds(): Promise<string[]> {
    await this.page.locator('[data-spotter-results]').waitFor();
    return this.page
      .locator('[data-cause-id]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-cause-id') ?? ''));
  }

  /** Cause ids the reader sees without opening "more causes", best first. */
  async shownCauseIds(): Promise<string[]> {
    await this.page.locator('[data-spotter-results]').waitFor();
    return this.page
      .locator('[data-cause-id]')
      .evaluateAll((cards) =>
        cards.filter((card) => !card.closest('[hidden]')).map((card) => card.getAttribute('data-cause-id') ?? ''),
      );
  }

  async triage(): Promise<string | null> {
    return this.page.locator('[data-triage]').getAttribute('data-triage');
  }

  /** The forum page's marked posts, as the popup lists them: `[post id, tier, text]` in order. */
  async threadPosts(): Promise<[string, string, string][]> {
    await this.page.locator('[data-thread-posts]').waitFor();
    return this.page
      .locator('[data-thread-post]')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute('data-thread-post') ?? '',
          row.getAttribute('data-spotter-tier') ?? '',
          row.textContent ?? '',
        ]),
      ) as Promise<[string, string, string][]>;
  }

  /** Chooses a post in the popup's list (the popup closes itself after). */
  async chooseThreadPost(postId: string): Promise<void> {
    await this.page.locator(`[data-thread-post="${postId}"]`).click();
  }

  /** Serious and critical axe-core violations on the page as it is now (WCAG 2.1 A and AA rules). */
  async seriousViolations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
  }
}
