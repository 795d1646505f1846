/**
 * The benchmark's results (bench/results.json) and how they read on a terminal. Field names say
 * their unit; null means "not measured in this run" (the reason is in `notes`).
 */
import type { BenchEngine } from './thread-pages';
import type { TraceSummary } from './trace';

/**
 * The page's main-thread figures from CDP `Performance.getMetrics` (https://chromedevtools.github.io/devtools-protocol/tot/Performance/),
 * once with Spotter and once in a browser without it, same page, same run.
 */
export interface PageMetrics {
  /** `ScriptDuration` with Spotter, ms: all script on the page's main thread, Spotter's included. */
  scriptMs: number;
  /** The same in a browser without the extension. */
  scriptMsWithout: number;
  /** `JSHeapUsedSize` with and without Spotter, bytes: the tab's JavaScript memory. */
  heapBytes: number;
  heapBytesWithout: number;
}

export interface ThreadRun {
  engine: BenchEngine;
  posts: number;
  /** `cold`: the service worker was stopped just before the page loaded, so the first batch wakes it. */
  worker?: 'warm' | 'cold';
  /** Null when the with/without pair could not be measured. */
  metrics?: PageMetrics | null;
  /** Posts written to be relevant (5%). */
  relevantPosts: number;
  /** `[data-spotter-badge]` buttons on the page when Spotter went quiet. */
  badges: number;
  /** Sum of Spotter's `spotter:*` performance measures: its main-thread work on this page. */
  spotterMs: number | null;
  /** The same per measure name, e.g. `{"spotter:scan": 123}`. */
  spotterByMeasureMs: Record<string, number>;
  /** Longest single Spotter measure (one slice of work). */
  longestSpotterSliceMs: number | null;
  /** Longest long task (Long Tasks API, ≥ 50 ms) that overlaps a Spotter measure; 0 when there is none. */
  longestSpotterTaskMs: number | null;
  /** Longest long task on the page, whoever caused it (parsing the page itself, usually). */
  longestTaskMs: number;
  /**
   * Long animation frames (≥ 50 ms, https://w3c.github.io/long-animation-frames/) ending after Spotter
   * started. The bench pages have no scripts or animations, so these frames render Spotter's changes.
   */
  longFramesAfterStart: number;
  longestFrameAfterStartMs: number;
  /** Style, layout and paint time inside those frames: rendering that Spotter's own measures leave out. */
  renderInLongFramesMs: number;
  /** The same work seen in a Chromium trace, by the extension's script URL; null when the trace failed. */
  trace: TraceSummary | null;
  /** Reading every post body's `textContent` once, in the page (median of several passes). */
  baselineMs: number;
  /** spotterMs / baselineMs. */
  ratio: number | null;
  /** Only on the runs that scrolled the thread through (the largest pages, worker warm). */
  scrollThrough?: ScrollThrough | null;
  /** From the load event's end to the content script marking the page (document_idle). */
  startAfterLoadMs: number | null;
  /** From Spotter's start to its first badge. */
  firstBadgeAfterStartMs: number | null;
  /**
   * The same, less the time the page's own long tasks and frames (none of Spotter's code in them) held
   * the main thread meanwhile: the budget's "first badge within 100 ms of idle". A 3,000-post page may
   * still be laying itself out after Spotter starts (40–300 ms on this machine), and no badge can be drawn
   * during it.
   */
  firstBadgeAfterIdleMs: number | null;
  /** From the load event's end to the first and the last badge. */
  firstBadgeAfterLoadMs: number | null;
  lastBadgeAfterLoadMs: number | null;
  /** Uncaught errors and console errors from the page while it ran. */
  pageErrors: string[];
}

/**
 * The thread read from top to bottom after the load figures: Spotter reads the posts near the viewport
 * (lib/page/reading-order.ts), so a long thread's later posts are read as the reader scrolls to them.
 */
export interface ScrollThrough {
  /** How long the scroll from top to bottom took. */
  durationMs: number;
  /** CDP ScriptDuration over the scroll and the settling after it (Spotter's reading, and the bench's own small probe). */
  scriptMs: number;
  relevantPosts: number;
  /** Relevant posts with a badge by the end. */
  badged: number;
  /** From a relevant post's body entering the viewport to its badge; 0 when the badge was there first. */
  medianLagMs: number | null;
  maxLagMs: number | null;
  /** Long tasks (≥ 50 ms) while scrolling, whoever ran them, and the longest. */
  longTasks: number;
  longestTaskMs: number;
}

export interface AnalysisTiming {
  corpus: string;
  posts: number;
  iterations: number;
  /** `assess(text)` with ranking, per post. */
  fullMedianMs: number;
  fullP99Ms: number;
  /** `assess(text, { rank: false })`, what a badge pass needs. */
  relevanceMedianMs: number;
  relevanceP99Ms: number;
}

export interface PopupTiming {
  runs: number;
  /** Navigation start → `[data-spotter-popup]` in the DOM. */
  firstRenderMedianMs: number;
  firstRenderMaxMs: number;
  /** First contentful paint (Paint Timing API). */
  firstContentfulPaintMedianMs: number | null;
}

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; chromium: string };
  threads: ThreadRun[];
  analysis: AnalysisTiming | null;
  popup: PopupTiming | null;
  bundles: BundleSize[];
  /** What every forum page loads: the declared content scripts and their CSS, gzipped. */
  contentScriptGzipBytes: number;
  /** Injected into a forum page only when a badge is first opened (the side panel with the catalog and ranker). */
  onDemandPageScriptGzipBytes: number;
  notes: string[];
}

/** Budgets of DESIGN.md "Quality bars" that the benchmark shows. */
export const BUDGETS = {
  spotterTaskMs: 50,
  /** Spotter's script time against reading the posts' textContent: the bar now (the goal is 2×). */
  ratio: 10,
  ratioGoal: 2,
  firstBadgeMs: 100,
  lastBadgeMs: 3000,
  popupFirstRenderMs: 100,
  contentScriptGzipBytes: 15 * 1024,
} as const;

/** Spotter's share of the page's script time (with − without) over the baseline of reading every post's textContent. */
export function metricsRatio(run: Pick<ThreadRun, 'metrics' | 'baselineMs'>): number | null {
  if (!run.metrics || run.baselineMs <= 0) return null;
  return Math.max(0, run.metrics.scriptMs - run.metrics.scriptMsWithout) / run.baselineMs;
}

function ms(value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatThreads(runs: readonly ThreadRun[]): string {
  return formatTable(
    [
      'engine',
      'posts',
      'badges',
      'Spotter ms',
      'baseline ms',
      'ratio',
      'longest slice',
      'longest Spotter task',
      'longest task (any)',
    ],
    runs.map((run) => [
      run.engine,
      String(run.posts),
      `${run.badges}/${run.relevantPosts}`,
      ms(run.spotterMs),
      ms(run.baselineMs, 2),
      run.ratio === null ? '–' : `${run.ratio.toFixed(0)}×`,
      ms(run.longestSpotterSliceMs),
      ms(run.longestSpotterTaskMs),
      ms(run.longestTaskMs),
    ]),
  );
}

export function formatTraced(runs: readonly ThreadRun[]): string {
  return formatTable(
    [
      'engine',
      'posts',
      'script (trace)',
      'of it: evaluation',
      'callbacks',
      'longest task with Spotter script',
      'rendering after start',
    ],
    runs.map((run) => [
      run.engine,
      String(run.posts),
      ms(run.trace?.spotterScriptMs ?? null),
      ms(run.trace?.spotterEvaluateMs ?? null),
      run.trace ? String(run.trace.spotterCallbacks) : '–',
      ms(run.trace?.longestSpotterTaskMs ?? null),
      ms(run.trace?.renderingAfterStartMs ?? null, 0),
    ]),
  );
}

export function formatResponsiveness(runs: readonly ThreadRun[]): string {
  return formatTable(
    [
      'engine',
      'posts',
      'start − load end',
      'first badge after start',
      'of it, after idle',
      'last badge after load',
      'long frames',
      'longest frame',
      'render ms in them',
    ],
    runs.map((run) => [
      run.engine,
      String(run.posts),
      ms(run.startAfterLoadMs, 0),
      ms(run.firstBadgeAfterStartMs, 0),
      ms(run.firstBadgeAfterIdleMs, 0),
      ms(run.lastBadgeAfterLoadMs, 0),
      String(run.longFramesAfterStart),
      ms(run.longestFrameAfterStartMs, 0),
      ms(run.renderInLongFramesMs, 0),
    ]),
  );
}

export function formatMetrics(runs: readonly ThreadRun[]): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return formatTable(
    [
      'engine',
      'posts',
      'worker',
      'script with',
      'script without',
      'Spotter',
      'baseline',
      'ratio',
      'JS heap with MB',
      'without MB',
    ],
    runs.map((run) => {
      const m = run.metrics;
      const ratio = metricsRatio(run);
      return [
        run.engine,
        String(run.posts),
        run.worker ?? 'warm',
        ms(m?.scriptMs ?? null, 0),
        ms(m?.scriptMsWithout ?? null, 0),
        m ? ms(m.scriptMs - m.scriptMsWithout, 0) : '–',
        ms(run.baselineMs, 2),
        ratio === null ? '–' : `${ratio.toFixed(1)}×`,
        m ? mb(m.heapBytes) : '–',
        m ? mb(m.heapBytesWithout) : '–',
      ];
    }),
  );
}

export function formatScrolling(runs: readonly ThreadRun[]): string {
  const scrolled = runs.filter((run) => run.scrollThrough);
  return formatTable(
    ['engine', 'posts', 'scroll s', 'script ms', 'badged', 'badge after on screen: median', 'max', 'long tasks', 'longest'],
    scrolled.map((run) => {
      const s = run.scrollThrough!;
      return [
        run.engine,
        String(run.posts),
        (s.durationMs / 1000).toFixed(1),
        ms(s.scriptMs, 0),
        `${s.badged}/${s.relevantPosts}`,
        ms(s.medianLagMs, 0),
        ms(s.maxLagMs, 0),
        String(s.longTasks),
        ms(s.longestTaskMs, 0),
      ];
    }),
  );
}

export function formatResults(results: BenchResults): string {
  const parts = [
    `Spotter benchmark, ${results.date} — ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, ${results.machine.chromium}`,
    '',
    "Thread pages: Spotter's main-thread work (sum of its spotter:* measures) against reading every post's textContent once (baseline); tasks from the Long Tasks API, ms:",
    formatThreads(results.threads),
    '',
    "Thread pages, from a Chromium trace: the extension's script on the page's main thread, the tasks it ran in, and the style/layout/paint after its first callback, ms:",
    formatTraced(results.threads),
    '',
    'Thread pages: when badges arrive and what the page renders meanwhile (long animation frames ≥ 50 ms after Spotter started), ms:',
    formatResponsiveness(results.threads),
    '',
    "Thread pages, CDP Performance.getMetrics in the same run with and without Spotter: the page's main-thread ScriptDuration (ms), Spotter's share against the textContent baseline, and the tab's JS heap:",
    formatMetrics(results.threads),
  ];
  if (results.threads.some((run) => run.scrollThrough)) {
    parts.push(
      '',
      'Thread pages scrolled from top to bottom, two screens every 50 ms: script time (CDP) over the scroll, and how long each relevant post waited for its badge once on screen:',
      formatScrolling(results.threads),
    );
  }
  if (results.analysis) {
    const a = results.analysis;
    parts.push(
      '',
      `Analysis in Node over ${a.corpus} (${a.posts} posts × ${a.iterations} passes), per post:`,
      formatTable(
        ['call', 'median ms', 'p99 ms'],
        [
          ['assess(text)', ms(a.fullMedianMs, 3), ms(a.fullP99Ms, 3)],
          ['assess(text, { rank: false })', ms(a.relevanceMedianMs, 3), ms(a.relevanceP99Ms, 3)],
        ],
      ),
    );
  }
  if (results.popup) {
    const p = results.popup;
    parts.push(
      '',
      `Popup (${p.runs} opens): first render median ${ms(p.firstRenderMedianMs)} ms (max ${ms(p.firstRenderMaxMs)} ms), first contentful paint median ${ms(p.firstContentfulPaintMedianMs)} ms`,
    );
  }
  parts.push(
    '',
    `Bundles (gzip -9). Every forum page loads ${kb(results.contentScriptGzipBytes)} (budget ${kb(BUDGETS.contentScriptGzipBytes)}); ` +
      `the side panel adds ${kb(results.onDemandPageScriptGzipBytes)} when a badge is first opened.`,
    formatTable(
      ['file', 'bytes', 'gzipped'],
      results.bundles.map((bundle) => [bundle.file, String(bundle.bytes), kb(bundle.gzipBytes)]),
    ),
  );
  if (results.notes.length > 0) parts.push('', 'Notes:', ...results.notes.map((note) => `- ${note}`));
  return parts.join('\n');
}

/** Each budget the results break, in words; empty when all hold. */
export function overBudget(results: BenchResults): string[] {
  const problems: string[] = [];
  for (const run of results.threads) {
    const label = `${run.engine} ${run.posts} posts${run.worker === 'cold' ? ' (worker cold)' : ''}`;
    const longestTask = Math.max(run.longestSpotterTaskMs ?? 0, run.trace?.longestSpotterTaskMs ?? 0);
    if (longestTask > BUDGETS.spotterTaskMs) {
      problems.push(`${label}: a ${longestTask.toFixed(0)} ms task ran Spotter's code (budget ${BUDGETS.spotterTaskMs} ms)`);
    }
    if (run.firstBadgeAfterIdleMs !== null && run.firstBadgeAfterIdleMs > BUDGETS.firstBadgeMs) {
      problems.push(
        `${label}: first badge ${run.firstBadgeAfterIdleMs.toFixed(0)} ms after Spotter started, not counting the page's own long tasks (budget ${BUDGETS.firstBadgeMs} ms)`,
      );
    }
    if (run.ratio !== null && run.ratio > BUDGETS.ratio) {
      problems.push(`${label}: Spotter costs ${run.ratio.toFixed(1)}× reading the posts' textContent (budget ${BUDGETS.ratio}×)`);
    }
    const measured = metricsRatio(run);
    if (measured !== null && measured > BUDGETS.ratio) {
      problems.push(
        `${label}: CDP ScriptDuration puts Spotter at ${measured.toFixed(1)}× reading the posts' textContent (budget ${BUDGETS.ratio}×)`,
      );
    }
    const scrolled = run.scrollThrough;
    if (scrolled && scrolled.badged < scrolled.relevantPosts) {
      problems.push(`${label}: after scrolling through, ${scrolled.relevantPosts - scrolled.badged} relevant posts had no badge`);
    }
    if (scrolled && scrolled.longestTaskMs > BUDGETS.spotterTaskMs) {
      problems.push(
        `${label}: a ${scrolled.longestTaskMs.toFixed(0)} ms task while scrolling (budget ${BUDGETS.spotterTaskMs} ms)`,
      );
    }
    if (run.lastBadgeAfterLoadMs !== null && run.lastBadgeAfterLoadMs > BUDGETS.lastBadgeMs) {
      problems.push(
        `${label}: last badge ${run.lastBadgeAfterLoadMs.toFixed(0)} ms after load (budget ${BUDGETS.lastBadgeMs} ms)`,
      );
    }
  }
  if (results.popup && results.popup.firstRenderMedianMs > BUDGETS.popupFirstRenderMs) {
    problems.push(
      `popup first render ${results.popup.firstRenderMedianMs.toFixed(0)} ms (budget ${BUDGETS.popupFirstRenderMs} ms)`,
    );
  }
  if (results.contentScriptGzipBytes > BUDGETS.contentScriptGzipBytes) {
    problems.push(`content script ${kb(results.contentScriptGzipBytes)} gzipped (budget ${kb(BUDGETS.contentScriptGzipBytes)})`);
  }
  return problems;
}
