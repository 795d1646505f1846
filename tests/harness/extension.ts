import path from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Playwright's resource types for requests that only a script can make. */
const SCRIPTED_REQUESTS = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping']);

export interface SpotterBrowser {
  context: BrowserContext;
  extensionId: string;
  /**
   * Requests made by script (fetch, XHR, WebSocket, EventSource, beacons) for anything but the served
   * pages and the extension. The fixture pages run no scripts of their own, so these can only be Spotter's.
   */
  strayRequests: string[];
  /** Serves `html` at `url` (any https URL; the default forum hosts run the content script). */
  serve(url: string, html: string): void;
  /** Serves a file from tests/fixtures at `url`. */
  serveFixture(url: string, fixturePath: string): void;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension in a throwaway profile. Extensions load only
 * in a persistent context (https://playwright.dev/docs/chrome-extensions). No request reaches the
 * network: pages registered with `serve` are fulfilled locally, everything else is aborted and recorded.
 */
export interface LaunchOptions {
  /** Default true; the demo opens a visible window when there is a display. */
  headless?: boolean;
  /** Let requests to 127.0.0.1 through (the demo's index page); everything else stays refused. */
  allowLocalhost?: boolean;
  /** The browser's language (navigator.language), e.g. "en-GB": Spotter picks local emergency numbers from it. */
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<SpotterBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    viewport: { width: 1280, height: 900 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const pages = new Map<string, string>();
  const strayRequests: string[] = [];
  await context.route('**/*', (route, request: Request) => {
    const url = request.url();
    const body = pages.get(url.split('#')[0] ?? url);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    if (options.allowLocalhost && new URL(url).hostname === '127.0.0.1') return route.continue();
    // Images and stylesheets the pages' markup names are refused too (no network here), but they are the page's.
    if (SCRIPTED_REQUESTS.has(request.resourceType())) strayRequests.push(url);
    return route.abort();
  });
  // The MV3 service worker may already be up, or start a moment later (microsoft/playwright#28754).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    strayRequests,
    serve: (url, html) => void pages.set(url, html),
    serveFixture: (url, fixturePath) => void pages.set(url, readFileSync(path.resolve('tests/fixtures', fixturePath), 'utf8')),
    close: () => context.close(),
  };
}
