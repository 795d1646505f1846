import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { loadFixture } from '../harness/expectations';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { servedUrl } from '../harness/pages/forum';
import { generateThreadPage } from '../../lib/tools/bench/thread-pages';

const thread = loadFixture('discourse/bench-cramp-app.html');
/** How long the page's own script holds the parser, and with it DOMContentLoaded and Spotter's forum script. */
const PARSER_HELD_MS = 1500;

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/** The service worker's running status as CDP reports it, with the wall-clock time of each change. */
async function watchWorker(
  session: CDPSession,
): Promise<{ status: () => RunningStatus | undefined; startedAt: () => number | undefined }> {
  let status: RunningStatus | undefined;
  let startedAt: number | undefined;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith('chrome-extension://')) continue;
      status = version.runningStatus;
      if (status === 'starting' || status === 'running') startedAt ??= Date.now();
      if (status === 'stopped') startedAt = undefined;
    }
  });
  await session.send('ServiceWorker.enable');
  return { status: () => status, startedAt: () => startedAt };
}

/** Stops the worker and checks that it stays asleep: nothing but the next page may start it. */
async function stopWorker(session: CDPSession, status: () => RunningStatus | undefined): Promise<void> {
  await session.send('ServiceWorker.stopAllWorkers');
  await expect.poll(status).toBe('stopped');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(status(), 'the worker stayed asleep').toBe('stopped');
}

describe('waking the background', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts an asleep service worker while the forum page is still loading, then badges the thread', async () => {
    // The thread's own script blocks the parser, as a forum's bundles do: Spotter's forum script (document_idle)
    // cannot start before it, so only the wake-up at document_start can start the worker in that time.
    const url = servedUrl(thread);
    const slowScript = `${new URL(url).origin}/assets/forum-bundle.js`;
    browser.serve(url, thread.html.replace('</head>', `<script src="${slowScript}"></script></head>`));
    const page = await browser.context.newPage();
    await page.route(slowScript, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, PARSER_HELD_MS));
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    const session = await browser.context.newCDPSession(page);
    const worker = await watchWorker(session);
    // A thread read first, in the same tab, so the worker has started once and registered its listeners (a worker
    // stopped while the extension installs has none yet to be woken for); a tab closed would wake it again
    // (the background listens to tabs.onRemoved).
    const first = generateThreadPage({ engine: 'discourse', posts: 20, seed: 1 });
    browser.serve(first.url, first.html);
    await page.goto(first.url);
    await page.waitForSelector('[data-spotter-badge]');
    await stopWorker(session, worker.status);

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const domContentLoadedAt = await page.evaluate(
      () => performance.timeOrigin + performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventStart,
    );
    expect(worker.startedAt(), 'the worker started').toBeDefined();
    expect(domContentLoadedAt - worker.startedAt()!).toBeGreaterThan(PARSER_HELD_MS / 2);
    await expect
      .poll(() =>
        page
          .locator('[data-spotter-badge]')
          .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-spotter-post'))),
      )
      .toEqual(expect.arrayContaining(thread.expect.relevant));
    await page.close();
  });
});
