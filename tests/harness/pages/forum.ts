import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_FORUM_HOSTS } from '../../../lib/settings/forum-hosts';
import type { Fixture } from '../expectations';
import type { SpotterBrowser } from '../extension';
import { scrollThroughInPage } from './scroll-through';

/**
 * The address a fixture is served at. Spotter's content script runs only on the default forum hosts,
 * so pages of engines that live elsewhere (phpBB, Invision, generic boards) are served on one of them:
 * adapters detect engines by page markers, not by host.
 */
export function servedUrl(fixture: Fixture): string {
  const url = new URL(fixture.expect.url);
  if (!(DEFAULT_FORUM_HOSTS as readonly string[]).includes(url.host)) url.host = 'www.wannabebig.com';
  return url.href;
}

/** A forum thread page with Spotter running on it. */
export class ForumPage {
  private constructor(readonly page: Page) {}

  static open(browser: SpotterBrowser, fixture: Fixture, url = servedUrl(fixture)): Promise<ForumPage> {
    return ForumPage.openHtml(browser, url, fixture.html);
  }

  /** Any page at `url` (a default forum host, so that the content script runs). */
  static async openHtml(browser: SpotterBrowser, url: string, html: string): Promise<ForumPage> {
    browser.serve(url, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-spotter="ready"]');
    return new ForumPage(page);
  }

  /** Scrolls from the top of the page to its end, a screen at a time, as a reader skimming the thread. */
  async scrollThrough(pauseMs = 100): Promise<void> {
    await this.page.evaluate(scrollThroughInPage, pauseMs);
  }

  badges(): Locator {
    return this.page.locator('[data-spotter-badge]');
  }

  badge(postId: string): Locator {
    return this.page.locator(`[data-spotter-badge][data-spotter-post="${postId}"]`);
  }

  /** Post ids that carry a badge, sorted. */
  async badgedPostIds(): Promise<string[]> {
    const ids = await this.badges().evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('data-spotter-post') ?? ''),
    );
    return ids.sort();
  }

  panel(): Locator {
    return this.page.locator('spotter-panel');
  }

  async openPanel(postId: string): Promise<void> {
    await this.badge(postId).click();
    await this.panel().locator('[data-triage]').waitFor();
  }

  /** Cause ids in the open panel, best first. */
  async causeIds(): Promise<string[]> {
    return this.panel()
      .locator('[data-cause-id]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-cause-id') ?? ''));
  }

  async triage(): Promise<string | null> {
    return this.panel().locator('[data-triage]').first().getAttribute('data-triage');
  }

  /** The emergency numbers the open panel lists, in order. */
  async emergencyNumbers(): Promise<string[]> {
    return this.panel()
      .locator('[data-triage] [data-emergency-number]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('data-emergency-number') ?? ''));
  }

  /** The reply format the panel offers first. */
  replyFormat(): Promise<string> {
    return this.panel().locator('[data-reply-format]').inputValue();
  }

  /** Serious and critical axe-core violations inside the open panel (WCAG 2.1 A and AA rules). */
  async panelViolations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page })
      .include('spotter-panel')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .disableRules(['region'])
      .analyze();
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
