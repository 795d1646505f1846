import type { Page } from 'puppeteer-core';
import type { SpotterFirefox } from '../../firefox';

const ALERT = '[data-spotter-user-sites] [role="alert"]';
const STATUS = '[data-spotter-user-sites] [role="status"]';

/** The options page in Firefox, driven through its labelled field, its buttons and its status line. */
export class FirefoxOptionsPage {
  private constructor(readonly page: Page) {}

  static async open(firefox: SpotterFirefox): Promise<FirefoxOptionsPage> {
    const page = await firefox.openExtensionPage('options.html');
    await page.waitForSelector('[data-spotter-user-sites]', { timeout: 10_000 });
    return new FirefoxOptionsPage(page);
  }

  /** What the added-forums section says now: its alert if there is one, else its status line ('' when silent). */
  private shownMessage(): Promise<string> {
    return this.page.evaluate(
      (alert, status) => (document.querySelector(alert) ?? document.querySelector(status))?.textContent ?? '',
      ALERT,
      STATUS,
    );
  }

  /**
   * Waits for the section to say something other than `before` and returns it. Preact renders after the
   * click's handler returns, so a message from an earlier action may still be on screen for a moment.
   */
  private async nextMessage(before: string): Promise<string> {
    const changed = await this.page.waitForFunction(
      (previous, alert, status) => {
        const now = (document.querySelector(alert) ?? document.querySelector(status))?.textContent ?? '';
        return now !== '' && now !== previous ? now : false;
      },
      { timeout: 10_000 },
      before,
      ALERT,
      STATUS,
    );
    return (await changed.jsonValue()) as string;
  }

  /** Types an address into the field labelled "Forum address", clicks "Add forum" and returns what the page says. */
  async addForum(address: string): Promise<string> {
    const fieldId = await this.page.$$eval(
      '[data-spotter-user-sites] label',
      (labels) => labels.find((label) => label.textContent?.trim() === 'Forum address')?.htmlFor,
    );
    if (!fieldId) throw new Error('The options page has no field labelled "Forum address"');
    await this.page.$eval(`#${fieldId}`, (input) => ((input as HTMLInputElement).value = ''));
    await this.page.type(`#${fieldId}`, address);
    const before = await this.shownMessage();
    await this.page.click('[data-spotter-user-sites] ::-p-text(Add forum)');
    return this.nextMessage(before);
  }

  async removeForum(host: string): Promise<string> {
    const before = await this.shownMessage();
    await this.page.click(`[data-spotter-user-sites] button[aria-label="Remove ${host}"]`);
    await this.page.waitForFunction(
      (removed) => !document.querySelector(`[data-spotter-user-site="${removed}"]`),
      { timeout: 10_000 },
      host,
    );
    return this.nextMessage(before);
  }

  /** Whether Spotter holds host access to `origin`, as the extension itself sees it. */
  hasAccess(origin: string): Promise<boolean> {
    return this.page.evaluate(
      (pattern) =>
        (
          globalThis as unknown as { browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }
        ).browser.permissions.contains({
          origins: [pattern],
        }),
      origin,
    );
  }

  /** The forum rows listed under "Forums you added". */
  listedForums(): Promise<string[]> {
    return this.page.$$eval('[data-spotter-user-site]', (rows) =>
      rows.map((row) => row.getAttribute('data-spotter-user-site') ?? ''),
    );
  }
}
