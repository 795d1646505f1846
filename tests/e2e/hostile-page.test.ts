import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../harness/expectations';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';

/**
 * Spotter on pages that fight back. Content scripts run in an isolated world
 * (https://developer.chrome.com/docs/extensions/develop/concepts/content-scripts#isolated_world), so
 * a page that replaces MutationObserver, querySelector, Function.prototype.call/apply/bind or
 * requestIdleCallback changes them for its own scripts only: Spotter must still find posts, badge
 * them and open its panel. CSS is shared, so Spotter's own elements must hold against `*` rules
 * with `!important`. And whatever happens, Spotter never stops the page's scripts and never
 * floods the page's console.
 */

const FIXTURE = loadFixture('discourse/bench-cramp-app.html');
const URL_ = FIXTURE.expect.url;
const [FIRST_RELEVANT] = FIXTURE.expect.relevant;

/** Runs first in the page (main world): replaces the APIs Spotter relies on, keeping the page itself working. */
const SABOTAGE = `<script>
(() => {
  const state = (window.__hostile = { ticks: 0, clicks: 0, wrappedCalls: 0, idleRequests: 0, observersRefused: 0 });
  const nativeQuery = Element.prototype.querySelector;
  const nativeQueryAll = Element.prototype.querySelectorAll;
  const nativeDocQueryAll = Document.prototype.querySelectorAll;
  const reflectApply = Reflect.apply;
  // Calls from Playwright's own helper script (it runs in this world too) are not counted.
  const byTooling = () => /InjectedScript|UtilityScript/.test(new Error().stack ?? '');
  // Observers: refused outright.
  window.MutationObserver = function () { if (!byTooling()) state.observersRefused++; throw new Error('page: observers are not allowed here'); };
  // Element lookups: find nothing.
  Element.prototype.querySelector = function () { return null; };
  Element.prototype.querySelectorAll = function () { return nativeQueryAll.call(this, ':not(*)'); };
  Document.prototype.querySelector = function () { return null; };
  Document.prototype.querySelectorAll = function () { return nativeDocQueryAll.call(this, ':not(*)'); };
  // call/apply/bind: still correct (the page depends on them), but counted.
  Function.prototype.call = function (thisArg, ...args) { state.wrappedCalls++; return reflectApply(this, thisArg, args); };
  Function.prototype.apply = function (thisArg, args) { state.wrappedCalls++; return reflectApply(this, thisArg, args ?? []); };
  Function.prototype.bind = function (thisArg, ...bound) { const target = this; return function (...args) { return reflectApply(target, thisArg, [...bound, ...args]); }; };
  // Idle callbacks: never run.
  window.requestIdleCallback = function () { if (!byTooling()) state.idleRequests++; return 0; };
  // The page's own life: a clock, and a click handler on the whole document.
  setInterval(() => { state.ticks++; }, 20);
  document.addEventListener('click', () => { state.clicks++; });
  window.__hostileQuery = (selector) => nativeDocQueryAll.call(document, selector).length;
  addEventListener('DOMContentLoaded', () => { state.postsAtStart = window.__hostileQuery('article[data-post-id]'); });
  void nativeQuery;
})();
</script>`;

/** CSS that would wreck any element that trusts the cascade. */
const HOSTILE_CSS = `<style>
* { all: unset; display: block !important; position: static !important; font-size: 40px !important; visibility: visible; }
button { display: none !important; }
[data-spotter-badge], [data-spotter-badge-host], spotter-panel { display: none !important; opacity: 0 !important; width: 0 !important; height: 0 !important; }
svg { display: none !important; }
</style>`;

function hostileHtml(): string {
  return FIXTURE.html.replace(/<head>/i, `<head>${SABOTAGE}${HOSTILE_CSS}`);
}

interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
}

function watchConsole(page: Page): { entries: ConsoleEntry[]; errors: string[] } {
  const entries: ConsoleEntry[] = [];
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) =>
    entries.push({ type: message.type(), text: message.text(), url: message.location().url }),
  );
  page.on('pageerror', (error) => errors.push(error.message));
  return { entries, errors };
}

/** What the extension said in the page's console: messages from its scripts, or with its prefix. */
function fromSpotter(entries: ConsoleEntry[]): ConsoleEntry[] {
  return entries.filter((entry) => entry.url.startsWith('chrome-extension://') || entry.text.startsWith('Spotter'));
}

/** What the sabotage script counts in the page. */
interface HostileState {
  ticks: number;
  clicks: number;
  wrappedCalls: number;
  idleRequests: number;
  observersRefused: number;
  postsAtStart: number;
}

const hostile = (page: Page) => page.evaluate(() => (window as unknown as { __hostile: HostileState }).__hostile);

describe('a page that tries to interfere', () => {
  let browser: SpotterBrowser;
  /** Requests a script could make (the fixture's own images are the page's business, not Spotter's). */
  const scriptRequests: string[] = [];
  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('request', (request) => {
      if (request.url().startsWith('chrome-extension://')) return;
      if (['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'other'].includes(request.resourceType()))
        scriptRequests.push(request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has its overrides in place in its own world', async () => {
    browser.serve(URL_, hostileHtml());
    const page = await browser.context.newPage();
    await page.goto(URL_);
    const overridden = await page.evaluate(() => ({
      query: document.querySelector('article') === null,
      observer: (() => {
        try {
          new MutationObserver(() => {});
          return false;
        } catch {
          return true;
        }
      })(),
      idle: window.requestIdleCallback(() => {}) === 0,
    }));
    expect(overridden).toEqual({ query: true, observer: true, idle: true });
    await page.close();
  });

  it('badges the relevant posts anyway: the overrides do not reach the isolated world', async () => {
    browser.serve(URL_, hostileHtml());
    const page = await browser.context.newPage();
    const console_ = watchConsole(page);
    await page.goto(URL_);
    await page.waitForSelector('html[data-spotter="ready"]', { state: 'attached' });
    const badgedIds = () =>
      page.evaluate(() => {
        // The page's own lookups are sabotaged; walk the tree instead.
        const ids: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const id = (node as Element).getAttribute('data-spotter-post');
          if (id !== null && (node as Element).hasAttribute('data-spotter-badge')) ids.push(id);
        }
        return ids.sort();
      });
    await expect.poll(badgedIds, { timeout: 10_000 }).toEqual([...FIXTURE.expect.relevant].sort());
    // Spotter never reached for the page's replacements.
    const state = await hostile(page);
    expect(state.observersRefused).toBe(0);
    expect(state.idleRequests).toBe(0);
    expect(console_.errors).toEqual([]);
    expect(fromSpotter(console_.entries)).toEqual([]);
    await page.close();
  });

  it('keeps its badge visible and clickable against `* { … !important }` and `button { display: none !important }`', async () => {
    browser.serve(URL_, hostileHtml());
    const page = await browser.context.newPage();
    await page.goto(URL_);
    const badge = page.locator(`[data-spotter-badge][data-spotter-post="${FIRST_RELEVANT}"]`);
    await badge.waitFor({ state: 'attached', timeout: 10_000 });
    await badge.scrollIntoViewIfNeeded();
    const look = await badge.evaluate((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        display: style.display,
        visibility: style.visibility,
        opacity: style.opacity,
        position: style.position,
        width: box.width,
        height: box.height,
      };
    });
    // `all: initial` makes the badge inline, and absolute positioning makes that block (CSS Display §2.7
    // "blockification"): the page's `display: none` never applies.
    const { width, ...rest } = look;
    expect(rest).toEqual({ display: 'block', visibility: 'visible', opacity: '1', position: 'absolute', height: 24 });
    // The pill's words keep their room whatever the page sets on text.
    expect(width).toBeGreaterThan(100);
    expect(await badge.textContent()).toMatch(/ · Spotter$/);
    await expect.poll(() => badge.isVisible()).toBe(true);
    await badge.click();
    const panel = page.locator('spotter-panel');
    await panel.locator('[data-triage]').first().waitFor({ timeout: 10_000 });
    expect(await panel.locator('[data-cause-id]').count()).toBeGreaterThan(0);
    const panelBox = await panel.locator('[data-triage]').first().boundingBox();
    expect(panelBox?.width ?? 0).toBeGreaterThan(100);
    expect(panelBox?.height ?? 0).toBeGreaterThan(10);
    // The badge keeps its click to itself; the page's own click handling goes on for everything else.
    expect((await hostile(page)).clicks).toBe(0);
    await page.locator('.cooked p').first().click();
    expect((await hostile(page)).clicks).toBe(1);
    await page.close();
  });

  it('never stops the page’s own scripts', async () => {
    browser.serve(URL_, hostileHtml());
    const page = await browser.context.newPage();
    await page.goto(URL_);
    await page.waitForSelector('html[data-spotter="ready"]', { state: 'attached' });
    const before = (await hostile(page)).ticks;
    await page.waitForTimeout(500);
    const after = (await hostile(page)).ticks;
    expect(after - before).toBeGreaterThan(5);
    // The page's own lookups still work through the natives it kept, and see the same posts as before Spotter.
    const posts = await page.evaluate(() =>
      (window as unknown as { __hostileQuery(s: string): number }).__hostileQuery('article[data-post-id]'),
    );
    expect(posts).toBeGreaterThan(0);
    expect(posts).toBe((await hostile(page)).postsAtStart);
    await page.close();
  });

  it('fails quietly when the page deletes every badge it adds: no loop, no console noise', async () => {
    const deleter = `<script>
      window.__removed = 0;
      addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) {
            if (node.nodeType === 1 && node.hasAttribute('data-spotter-badge-host')) { node.remove(); window.__removed++; }
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
    </script>`;
    browser.serve(URL_, FIXTURE.html.replace(/<head>/i, `<head>${deleter}`));
    const page = await browser.context.newPage();
    const console_ = watchConsole(page);
    await page.goto(URL_);
    await page.waitForSelector('html[data-spotter="ready"]', { state: 'attached' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __removed: number }).__removed), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const scans = () => page.evaluate(() => performance.getEntriesByName('spotter:scan').length);
    await page.waitForTimeout(500);
    const settled = await scans();
    await page.waitForTimeout(1500);
    // Removing a badge is no new post: Spotter does not fight the page by re-adding it forever.
    expect(await scans()).toBe(settled);
    expect(await page.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBeLessThanOrEqual(
      FIXTURE.expect.relevant.length,
    );
    expect(console_.errors).toEqual([]);
    expect(fromSpotter(console_.entries).filter((entry) => entry.type === 'error')).toEqual([]);
    await page.close();
  });

  it('reports one warning, nothing uncaught, when an adapter breaks on the page’s markup, and falls back to the generic adapter', async () => {
    // XenForo always renders a post's body; a page without it makes the XenForo adapter throw.
    const fixture = loadFixture('xenforo/stretch-cramp.html');
    const broken = fixture.html.replace('class="message-body js-selectToQuote"', 'class="js-selectToQuote"');
    expect(broken).not.toBe(fixture.html);
    browser.serve(fixture.expect.url, broken);
    const page = await browser.context.newPage();
    const console_ = watchConsole(page);
    await page.goto(fixture.expect.url);
    await page.waitForSelector('html[data-spotter="ready"]', { state: 'attached' });
    // The generic adapter reads the posts' schema.org markup and finds the relevant ones.
    await expect.poll(() => page.locator('[data-spotter-badge]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(console_.errors).toEqual([]);
    // One warning, from the adapter choice (lib/adapters/index.ts), saying what broke; nothing uncaught.
    const spoken = fromSpotter(console_.entries);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.type).toBe('warning');
    expect(spoken[0]!.text).toMatch(
      /^Spotter: the xenforo adapter failed: .*required element.*reading the page with the generic adapter$/,
    );
    await page.close();
  });

  it('makes no network request from script, even on hostile pages', () => {
    expect(scriptRequests).toEqual([]);
  });
});
