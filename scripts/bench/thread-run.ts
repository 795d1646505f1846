/**
 * One benchmark page in Chromium with Spotter loaded: serves a generated thread, records long tasks,
 * long animation frames, Spotter's start and badge arrivals from the page's side, and a performance
 * trace from the browser's; waits for Spotter to go quiet, then reads Spotter's `spotter:*`
 * performance measures (content scripts share the page's performance timeline in Chromium) and
 * times the baseline — reading every post body's `textContent` — in the same page. The trace
 * attributes main-thread work to the extension's scripts independently of Spotter's own measures.
 *
 * The generated pages have no scripts, styles or animations of their own, so once they have loaded,
 * every frame the browser renders follows a change Spotter made (its badges): the long animation
 * frames counted here are the rendering cost of Spotter's DOM changes, which its own measures leave out.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { SpotterBrowser } from '../../tests/harness/extension';
import type { PageMetrics, ScrollThrough, ThreadRun } from '../../lib/tools/bench/report';
import { busyWithin, max, median, ratio, sum, tasksOverlapping, type Span } from '../../lib/tools/bench/stats';
import type { BenchPage } from '../../lib/tools/bench/thread-pages';
import { summarizeTrace } from '../../lib/tools/bench/trace';
import { startTrace } from './trace-session';

/** Spotter's own measures start with this; each one is a disjoint stretch of its main-thread work. */
export const SPOTTER_MEASURE_PREFIX = 'spotter:';

/** Spotter counts as done when neither a measure nor a badge has appeared for this long. */
const QUIET_MS = 1000;
/** Gives up waiting for quiet after this long (a page that never settles is a finding in itself). */
const SETTLE_TIMEOUT_MS = 30_000;
/**
 * Pages see `performance.now()` in steps of 0.1 ms (no cross-origin isolation), coarser than one
 * read of a short thread: the baseline times several passes at once and divides.
 */
const BASELINE_PASSES_PER_ROUND = 20;
const BASELINE_ROUNDS = 3;

interface FrameEntry extends Span {
  /** Time spent rendering (style, layout, paint) at the end of the frame. */
  renderMs: number;
}

interface PageProbe {
  longTasks: Span[];
  frames: FrameEntry[];
  badgeTimes: number[];
  /** When the content script marked the page (`<html data-spotter>`): Spotter's start. */
  readyAt: number | null;
  lastActivity: number;
}

/**
 * Runs in the page's main world before any of its scripts. Written without named inner functions:
 * tsx wraps those in a `__name` helper that does not exist in the page. Long tasks and frames must
 * be observed from the start (`buffered` keeps only a few); badges are noted as they arrive, with a
 * check cheap enough not to weigh on the task that adds them.
 */
function installProbe(): void {
  const probe: PageProbe = { longTasks: [], frames: [], badgeTimes: [], readyAt: null, lastActivity: 0 };
  (window as unknown as { __spotterBench: PageProbe }).__spotterBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { renderStart: number })[]) {
      const end = entry.startTime + entry.duration;
      probe.frames.push({
        start: entry.startTime,
        duration: entry.duration,
        renderMs: entry.renderStart > 0 ? end - entry.renderStart : 0,
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith('spotter:')) probe.lastActivity = Math.max(probe.lastActivity, entry.startTime + entry.duration);
    }
  }).observe({ type: 'measure', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          if (probe.readyAt === null && document.documentElement.hasAttribute('data-spotter')) probe.readyAt = performance.now();
          continue;
        }
        for (const node of record.addedNodes) {
          if (
            node.nodeType === 1 &&
            ((node as Element).hasAttribute('data-spotter-badge') || (node as Element).hasAttribute('data-spotter-badge-host'))
          ) {
            const now = performance.now();
            probe.badgeTimes.push(now);
            probe.lastActivity = Math.max(probe.lastActivity, now);
          }
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-spotter'] });
  });
}

async function waitForQuiet(page: Page): Promise<boolean> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  await page.waitForFunction(() => document.documentElement.dataset.spotter === 'ready', null, { timeout: SETTLE_TIMEOUT_MS });
  while (Date.now() < deadline) {
    const idleFor = await page.evaluate(() => {
      const probe = (window as unknown as { __spotterBench: PageProbe }).__spotterBench;
      return performance.now() - Math.max(probe.lastActivity, performance.getEntriesByType('navigation')[0]?.duration ?? 0);
    });
    if (idleFor >= QUIET_MS) return true;
    await page.waitForTimeout(Math.max(100, QUIET_MS - idleFor));
  }
  return false;
}

/** The page's cumulative main-thread script time and JS heap (CDP Performance domain, enabled before the page loads). */
async function pageMetrics(session: CDPSession): Promise<{ scriptMs: number; heapBytes: number }> {
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { scriptMs: value('ScriptDuration') * 1000, heapBytes: value('JSHeapUsedSize') };
}

/**
 * The same page in a browser without the extension: what the page costs by itself. Waits as long as
 * Spotter's run took to go quiet, so both pages are read after the same time.
 */
async function runWithoutSpotter(
  plain: Browser,
  bench: BenchPage,
  settleMs: number,
): Promise<{ scriptMs: number; heapBytes: number }> {
  const page = await plain.newPage();
  await page.route('**/*', (route) =>
    route.request().url() === bench.url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bench.html })
      : route.abort(),
  );
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(bench.url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(settleMs);
  const metrics = await pageMetrics(session);
  await page.close();
  return metrics;
}

/**
 * Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers) through the session of the page that is
 * about to load the thread, so the page's first batch has to wake it and load the engine: the "worker cold" case.
 * Until round 31 this went through a page of its own, closed at once, and the closing (the background listens to
 * `tabs.onRemoved`) started the worker again a second before the thread's first batch: those runs measured a worker
 * just restarted and idle, its engine cold, not one asleep.
 */
async function stopServiceWorkers(session: CDPSession): Promise<void> {
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
}

/** The reader scrolls this far every SCROLL_STEP_MS: two screens at a time, quicker than anyone reads. */
const SCROLL_STEP_SCREENS = 2;
const SCROLL_STEP_MS = 50;
/** After the last step, badges still on their way get this long. */
const SCROLL_SETTLE_MS = 1500;

interface ScrollProbe {
  durationMs: number;
  /** For every relevant post: ms from its body entering the viewport to its badge (0 when the badge was there first); null if it never got one. */
  lags: (number | null)[];
  longTasks: number;
  longestTaskMs: number;
}

/**
 * Scrolls the page from top to bottom the way a quick reader would and notes, for every relevant post,
 * how long its badge came after the post came on screen: Spotter reads posts as they near the viewport
 * (lib/page/reading-order.ts), so this is the wait a reader could see. Main world; no named inner functions.
 */
async function scrollThrough(page: Page, session: CDPSession, bench: BenchPage): Promise<ScrollThrough> {
  const before = await pageMetrics(session);
  const probe = await page.evaluate(
    async ({ selector, relevant, screens, stepMs, settleMs }) => {
      const bodies = [...document.querySelectorAll(selector)].filter((_, index) => relevant[index]);
      const visibleAt = new Map<Element, number>();
      const badgedAt = new Map<Element, number>();
      for (const body of bodies) if (body.querySelector('[data-spotter-badge]')) badgedAt.set(body, 0);
      const mutations = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType !== 1 || !(node as Element).hasAttribute('data-spotter-badge-host')) continue;
            const body = (node as Element).parentElement;
            if (body && !badgedAt.has(body)) badgedAt.set(body, performance.now());
          }
        }
      });
      mutations.observe(document.body, { childList: true, subtree: true });
      const visibility = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting && !visibleAt.has(entry.target)) visibleAt.set(entry.target, entry.time);
        }
      });
      for (const body of bodies) visibility.observe(body);
      const tasks: number[] = [];
      const longTasks = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      longTasks.observe({ type: 'longtask' });
      const start = performance.now();
      window.scrollTo(0, 0);
      while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
        window.scrollBy(0, window.innerHeight * screens);
        await new Promise((resolve) => setTimeout(resolve, stepMs));
      }
      const durationMs = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      mutations.disconnect();
      visibility.disconnect();
      longTasks.disconnect();
      return {
        durationMs,
        lags: bodies.map((body) => {
          const badged = badgedAt.get(body);
          if (badged === undefined) return null;
          return Math.max(0, badged - (visibleAt.get(body) ?? badged));
        }),
        longTasks: tasks.length,
        longestTaskMs: tasks.length > 0 ? Math.max(...tasks) : 0,
      } satisfies ScrollProbe;
    },
    {
      selector: bench.bodySelector,
      relevant: bench.posts.map((post) => post.relevant),
      screens: SCROLL_STEP_SCREENS,
      stepMs: SCROLL_STEP_MS,
      settleMs: SCROLL_SETTLE_MS,
    },
  );
  const after = await pageMetrics(session);
  const lags = probe.lags.filter((lag): lag is number => lag !== null).sort((a, b) => a - b);
  return {
    durationMs: probe.durationMs,
    scriptMs: after.scriptMs - before.scriptMs,
    relevantPosts: probe.lags.length,
    badged: lags.length,
    medianLagMs: lags.length > 0 ? median(lags) : null,
    maxLagMs: lags.length > 0 ? lags.at(-1)! : null,
    longTasks: probe.longTasks,
    longestTaskMs: probe.longestTaskMs,
  };
}

export interface ThreadRunOptions {
  worker?: 'warm' | 'cold';
  /** After the load figures, scroll the thread from top to bottom and time each relevant post's badge against its arrival on screen. */
  scrollThrough?: boolean;
  /** A browser without Spotter, for the page's own script time and memory. */
  plain?: Browser;
}

export async function runThreadPage(
  browser: SpotterBrowser,
  bench: BenchPage,
  options: ThreadRunOptions = {},
): Promise<ThreadRun> {
  browser.serve(bench.url, bench.html);
  const page = await browser.context.newPage();
  const metricsSession = await browser.context.newCDPSession(page);
  if (options.worker === 'cold') await stopServiceWorkers(metricsSession);
  await metricsSession.send('Performance.enable');
  const loadStarted = Date.now();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      pageErrors.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(installProbe);
  const trace = await startTrace(browser.context, page);
  await page.goto(bench.url, { waitUntil: 'load', timeout: 60_000 });
  const settled = await waitForQuiet(page);
  if (!settled) pageErrors.push(`Spotter was still working ${SETTLE_TIMEOUT_MS / 1000} s after load`);
  const withSpotter = await pageMetrics(metricsSession);
  const settleMs = Date.now() - loadStarted;
  const traced = summarizeTrace(await trace.stop(), bench.url, `chrome-extension://${browser.extensionId}/`);
  if (!traced) pageErrors.push('the trace did not show the page being parsed; trace figures missing');

  const observed = await page.evaluate((prefix) => {
    const probe = (window as unknown as { __spotterBench: PageProbe }).__spotterBench;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      measures: performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith(prefix))
        .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
      longTasks: probe.longTasks,
      frames: probe.frames,
      badgeTimes: probe.badgeTimes,
      readyAt: probe.readyAt,
      badges: document.querySelectorAll('[data-spotter-badge]').length,
      loadEnd: navigation?.loadEventEnd ?? 0,
    };
  }, SPOTTER_MEASURE_PREFIX);

  // The baseline: the least any reader of these posts must do, in the same page, after Spotter is done.
  const rounds = await page.evaluate(
    ({ selector, passes, rounds }) => {
      const times: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const start = performance.now();
        let characters = 0;
        for (let pass = 0; pass < passes; pass++) {
          for (const body of document.querySelectorAll(selector)) characters += body.textContent?.length ?? 0;
        }
        times.push((performance.now() - start) / passes);
        if (characters === 0) throw new Error(`no post text under ${selector}`);
      }
      return times;
    },
    { selector: bench.bodySelector, passes: BASELINE_PASSES_PER_ROUND, rounds: BASELINE_ROUNDS },
  );
  const baselineMs = median(rounds);
  const scrolled = options.scrollThrough ? await scrollThrough(page, metricsSession, bench) : null;
  await page.close();
  let metrics: PageMetrics | null = null;
  if (options.plain) {
    const without = await runWithoutSpotter(options.plain, bench, settleMs);
    metrics = {
      scriptMs: withSpotter.scriptMs,
      scriptMsWithout: without.scriptMs,
      heapBytes: withSpotter.heapBytes,
      heapBytesWithout: without.heapBytes,
    };
  }

  const instrumented = observed.measures.length > 0;
  const byName: Record<string, number> = {};
  for (const measure of observed.measures) byName[measure.name] = (byName[measure.name] ?? 0) + measure.duration;
  const spotterMs = instrumented ? sum(observed.measures.map((measure) => measure.duration)) : null;
  // Spotter's spans: its measures, and the moment it started (the task that runs the content script).
  const spotterSpans: Span[] = [
    ...observed.measures,
    ...(observed.readyAt === null ? [] : [{ start: observed.readyAt - 0.01, duration: 0.02 }]),
  ];
  const spotterTasks = tasksOverlapping(observed.longTasks, spotterSpans);
  const badgeTimes = [...observed.badgeTimes].sort((a, b) => a - b);
  // The page's own long tasks and frames (none of Spotter's code in them) between Spotter's start and its
  // first badge: while they run, no answer from the engine can be turned into a badge.
  const pageLong: Span[] = [...observed.longTasks, ...observed.frames];
  const withSpotterCode = new Set(tasksOverlapping(pageLong, spotterSpans));
  const pageOwnBusy = pageLong.filter((span) => !withSpotterCode.has(span));
  const firstBadgeAfterStartMs = badgeTimes.length > 0 && observed.readyAt !== null ? badgeTimes[0]! - observed.readyAt : null;
  const started = observed.readyAt ?? observed.loadEnd;
  const framesWhileWorking = observed.frames.filter((frame) => frame.start + frame.duration > started);
  return {
    engine: bench.engine,
    posts: bench.posts.length,
    worker: options.worker ?? 'warm',
    metrics,
    relevantPosts: bench.posts.filter((post) => post.relevant).length,
    badges: observed.badges,
    spotterMs,
    spotterByMeasureMs: byName,
    longestSpotterSliceMs: instrumented ? max(observed.measures.map((measure) => measure.duration)) : null,
    longestSpotterTaskMs: instrumented || observed.readyAt !== null ? max(spotterTasks.map((task) => task.duration)) : null,
    longestTaskMs: max(observed.longTasks.map((task) => task.duration)),
    longFramesAfterStart: framesWhileWorking.length,
    longestFrameAfterStartMs: max(framesWhileWorking.map((frame) => frame.duration)),
    renderInLongFramesMs: sum(framesWhileWorking.map((frame) => frame.renderMs)),
    trace: traced,
    baselineMs,
    ratio: spotterMs === null ? null : ratio(spotterMs, baselineMs),
    scrollThrough: scrolled,
    startAfterLoadMs: observed.readyAt === null ? null : observed.readyAt - observed.loadEnd,
    firstBadgeAfterStartMs,
    firstBadgeAfterIdleMs:
      firstBadgeAfterStartMs === null
        ? null
        : firstBadgeAfterStartMs - busyWithin({ start: observed.readyAt!, duration: firstBadgeAfterStartMs }, pageOwnBusy),
    firstBadgeAfterLoadMs: badgeTimes.length > 0 ? badgeTimes[0]! - observed.loadEnd : null,
    lastBadgeAfterLoadMs: badgeTimes.length > 0 ? badgeTimes.at(-1)! - observed.loadEnd : null,
    pageErrors,
  };
}
