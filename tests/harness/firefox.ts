import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { BUILD_DIRS } from './built-extension';

/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with Spotter's Firefox build installed
 * (../shared/research/firefox-e2e.md). The only Firefox these tests use: they never download one.
 */
export const FIREFOX_PATH = process.env.SPOTTER_FIREFOX ?? '/usr/bin/firefox-esr';

export const FIREFOX_EXTENSION_DIR = path.resolve(BUILD_DIRS.firefox);

/**
 * The extension's internal UUID, pinned before launch (`extensions.webextensions.uuids`) so that its pages
 * have known addresses; without the pin Firefox picks a random one per profile.
 */
export const EXTENSION_UUID = '5b0f7e2a-3c1d-4e8f-9a6b-2d4c8e1f0a73';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const INSTALL_ADVICE =
  `Firefox was not found at ${FIREFOX_PATH}. The Firefox end-to-end tests drive Debian's Firefox ESR: ` +
  'install it with `sudo apt-get update && sudo apt-get install -y firefox-esr` (or set SPOTTER_FIREFOX to its path).';

export function isFirefoxInstalled(): boolean {
  return existsSync(FIREFOX_PATH);
}

/**
 * Under CI a missing Firefox fails the run (a skipped suite would pass silently); on a developer's machine
 * the suite is skipped with this advice printed where it cannot be missed.
 */
export function checkFirefoxInstalled(log: (line: string) => void = console.warn): boolean {
  if (isFirefoxInstalled()) return true;
  if (process.env.CI) throw new Error(`[CI] ${INSTALL_ADVICE}`);
  const rule = '!'.repeat(100);
  log(`\n${rule}\n!! SKIPPING the Firefox end-to-end tests. ${INSTALL_ADVICE}\n${rule}\n`);
  return false;
}

/** The Gecko id the Firefox build declares (browser_specific_settings.gecko.id); the UUID pin is keyed by it. */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${FIREFOX_EXTENSION_DIR}/manifest.json declares no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Preferences for a closed machine and a scripted run.
 * - `extensions.webextOptionalPermissionPrompts: false`: Firefox grants an optional permission that
 *   `permissions.request` asks for (from a click, as always) without its doorhanger, which no script can
 *   answer. The options page's real "Add forum" path then runs end to end, as it does for a reader who says
 *   yes; everything after the prompt (registration, the content script running there) is Spotter's own code.
 * - The rest keep Firefox from dialling Mozilla's services at start.
 */
function firefoxPrefs(): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
    'extensions.webextOptionalPermissionPrompts': false,
    'intl.accept_languages': 'en-GB',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false,
    'app.update.enabled': false,
  };
}

/**
 * Whether a script made the request (fetch, XHR, WebSocket, EventSource, beacon), as Chromium's harness
 * checks with Playwright's resource types. Over BiDi `resourceType()` is unsupported, and Firefox 153 reports
 * `initiator().type` as `other` for every request, fetch included (measured), so the deciding signal is the
 * request's fetch destination, which Firefox sends as `Sec-Fetch-Dest`: `empty` for exactly those five kinds
 * (https://fetch.spec.whatwg.org/#concept-request-destination), `document`, `image`, `style`… for markup's own.
 */
export function isMadeByScript(request: HTTPRequest): boolean {
  return request.initiator()?.type === 'script' || request.headers()['sec-fetch-dest'] === 'empty';
}

export interface SpotterFirefox {
  browser: Browser;
  /** The page's own address for extension files: `moz-extension://<pinned uuid>/<file>`. */
  extensionUrl(file: string): string;
  /**
   * Requests made by script for anything but the extension's own files. The fixture pages run no scripts
   * of their own, so these can only be Spotter's. (Requests from the background page are invisible to
   * interception in Firefox; the unit conventions test covers its code.)
   */
  strayRequests: string[];
  /** Serves `html` at `url` (any https URL; the default forum hosts run the content script). */
  serve(url: string, html: string): void;
  /** A new tab whose requests are answered locally: served pages, extension files, nothing else. */
  newPage(): Promise<Page>;
  /**
   * Opens an extension page (`popup.html#answers=…`) in a new tab. Firefox sends no BiDi navigation events
   * for moz-extension pages, so `page.goto` never settles although the page loads: the navigation is
   * started, not awaited, and the document is polled until it is the page asked for, fully loaded.
   */
  openExtensionPage(file: string): Promise<Page>;
  /** Navigates an open tab to an extension page, waiting for it the same way. */
  gotoExtensionPage(page: Page, file: string): Promise<void>;
  close(): Promise<void>;
}

const POLL_INTERVAL_MS = 100;
const POLL_TIMEOUT_MS = 15_000;

/**
 * Polls `predicate` in the tab's current document until it holds. Unlike `page.waitForFunction`, it outlives
 * the document being replaced under it: while Firefox swaps documents, an evaluation can fail ("right-hand side
 * of 'in' should be an object") or never answer, and that only means "not yet".
 */
async function pollDocument(page: Page, predicate: (arg: string) => boolean, arg: string): Promise<void> {
  const deadline = Date.now() + POLL_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const attempt = page.evaluate(predicate, arg).catch((error: unknown) => {
      lastError = error;
      return false;
    });
    const unanswered = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000));
    if (await Promise.race([attempt, unanswered])) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(`The tab did not reach the expected state within ${POLL_TIMEOUT_MS} ms`, { cause: lastError });
}

/** Launches Firefox ESR headless in a throwaway profile and installs the built Firefox extension (MV2). */
export async function launchFirefoxWithExtension(): Promise<SpotterFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Without it Firefox refuses to navigate a remote-controlled tab to a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(),
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const pages = new Map<string, string>();
  const strayRequests: string[] = [];

  function answer(request: HTTPRequest): void {
    const url = request.url();
    if (url.startsWith('moz-extension://') || url.startsWith('data:') || url === 'about:blank') {
      void request.continue();
      return;
    }
    if (isMadeByScript(request)) strayRequests.push(url);
    const body = pages.get(url.split('#')[0] ?? url);
    if (body !== undefined) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    // Images and stylesheets a page's markup names are refused too: there is no network here.
    void request.abort();
  }

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', answer);
    return page;
  }

  const extensionUrl = (file: string) => `${EXTENSION_ORIGIN}/${file.replace(/^\//, '')}`;

  async function gotoExtensionPage(page: Page, file: string): Promise<void> {
    const url = extensionUrl(file);
    page.goto(url).catch(() => {
      // Never settles for moz-extension pages (see above); the poll below is the real wait.
    });
    await pollDocument(page, (expected) => location.href === expected && document.readyState === 'complete', url);
  }

  return {
    browser,
    extensionUrl,
    strayRequests,
    serve: (url, html) => void pages.set(url, html),
    newPage,
    async openExtensionPage(file) {
      const page = await newPage();
      await gotoExtensionPage(page, file);
      return page;
    },
    gotoExtensionPage,
    close: () => browser.close(),
  };
}
