import { describe, expect, it } from 'vitest';
import {
  formatResults,
  formatTable,
  metricsRatio,
  overBudget,
  type BenchResults,
  type ThreadRun,
} from '@/lib/tools/bench/report';
import { busyWithin, median, percentile, ratio, tasksOverlapping } from '@/lib/tools/bench/stats';

describe('bench statistics', () => {
  it('takes medians of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile([7], 99)).toBe(7);
  });

  it('gives no ratio against a zero or unmeasured baseline', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(Number.NaN, 2)).toBeNull();
  });

  it('attributes a task to Spotter only when one of Spotter’s spans falls inside it', () => {
    const tasks = [
      { start: 0, duration: 60 }, // page parsing, before Spotter
      { start: 100, duration: 70 }, // holds a Spotter slice
      { start: 300, duration: 55 }, // after Spotter
    ];
    const spans = [
      { start: 130, duration: 8 },
      { start: 200, duration: 8 },
    ];
    expect(tasksOverlapping(tasks, spans)).toEqual([{ start: 100, duration: 70 }]);
    // Touching ends do not overlap.
    expect(tasksOverlapping([{ start: 0, duration: 10 }], [{ start: 10, duration: 5 }])).toEqual([]);
  });

  it('counts the time the page held the main thread inside a window once, clipped to it', () => {
    const window = { start: 100, duration: 300 };
    // A layout that began before Spotter started, a long frame overlapping a long task, one after the window.
    const busy = [
      { start: 50, duration: 100 },
      { start: 200, duration: 60 },
      { start: 240, duration: 40 },
      { start: 500, duration: 90 },
    ];
    expect(busyWithin(window, busy)).toBe(50 + 80);
    expect(busyWithin(window, [])).toBe(0);
    expect(busyWithin(window, [{ start: 0, duration: 1000 }])).toBe(300);
  });
});

describe('bench report', () => {
  it('pads columns and right-aligns all but the first', () => {
    expect(
      formatTable(
        ['name', 'ms'],
        [
          ['a', '1.0'],
          ['longer', '10.0'],
        ],
      ).split('\n'),
    ).toEqual(['name      ms', '------  ----', 'a        1.0', 'longer  10.0']);
  });

  const run = (overrides: Partial<ThreadRun>): ThreadRun => ({
    engine: 'discourse',
    posts: 3000,
    relevantPosts: 150,
    badges: 150,
    spotterMs: 10,
    spotterByMeasureMs: { 'spotter:scan': 10 },
    longestSpotterSliceMs: 8,
    longestSpotterTaskMs: 0,
    longestTaskMs: 60,
    longFramesAfterStart: 0,
    longestFrameAfterStartMs: 0,
    renderInLongFramesMs: 0,
    startAfterLoadMs: 5,
    firstBadgeAfterStartMs: 40,
    firstBadgeAfterIdleMs: 40,
    trace: { spotterScriptMs: 12, spotterEvaluateMs: 2, spotterCallbacks: 5, longestSpotterTaskMs: 9, renderingAfterStartMs: 30 },
    baselineMs: 6,
    ratio: 10 / 6,
    firstBadgeAfterLoadMs: 40,
    lastBadgeAfterLoadMs: 900,
    pageErrors: [],
    ...overrides,
  });
  const results = (threads: ThreadRun[], contentScriptGzipBytes = 14_000): BenchResults => ({
    date: '2026-01-01T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', node: 'v20', chromium: 'Chromium 1' },
    threads,
    analysis: null,
    popup: { runs: 1, firstRenderMedianMs: 50, firstRenderMaxMs: 50, firstContentfulPaintMedianMs: 60 },
    bundles: [],
    contentScriptGzipBytes,
    onDemandPageScriptGzipBytes: 70_000,
    notes: [],
  });

  it('finds nothing over budget when every budget holds', () => {
    expect(overBudget(results([run({})]))).toEqual([]);
  });

  it('takes the longest Spotter task from the trace when the Long Tasks API saw none', () => {
    const traced = run({
      trace: {
        spotterScriptMs: 90,
        spotterEvaluateMs: 60,
        spotterCallbacks: 3,
        longestSpotterTaskMs: 70,
        renderingAfterStartMs: 0,
      },
    });
    expect(overBudget(results([traced]))).toEqual(["discourse 3000 posts: a 70 ms task ran Spotter's code (budget 50 ms)"]);
  });

  it('names each broken budget', () => {
    const problems = overBudget(
      results([run({ longestSpotterTaskMs: 80, ratio: 13.5, firstBadgeAfterStartMs: 450, firstBadgeAfterIdleMs: 150 })], 50_000),
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/80 ms task ran Spotter's code/);
    expect(problems[1]).toMatch(/first badge 150 ms/);
    expect(problems[2]).toMatch(/13\.5× .*budget 10×/);
    expect(problems[3]).toMatch(/content script 48\.8 KB/);
  });

  it('holds the first badge to its budget less the page’s own long tasks, not from Spotter’s start', () => {
    // The page laid itself out for 300 ms after Spotter started: the badge came 60 ms into Spotter's own time.
    expect(overBudget(results([run({ firstBadgeAfterStartMs: 360, firstBadgeAfterIdleMs: 60 })]))).toEqual([]);
  });

  it('takes Spotter’s script time from CDP as the difference with and without it, and checks the last badge', () => {
    const metrics = { scriptMs: 190, scriptMsWithout: 100, heapBytes: 9e6, heapBytesWithout: 8e6 };
    expect(metricsRatio({ metrics, baselineMs: 6 })).toBe(15);
    expect(metricsRatio({ metrics: null, baselineMs: 6 })).toBeNull();
    const problems = overBudget(results([run({ metrics, worker: 'cold', lastBadgeAfterLoadMs: 3500 })]));
    expect(problems).toEqual([
      "discourse 3000 posts (worker cold): CDP ScriptDuration puts Spotter at 15.0× reading the posts' textContent (budget 10×)",
      'discourse 3000 posts (worker cold): last badge 3500 ms after load (budget 3000 ms)',
    ]);
  });

  it('checks that scrolling through badges every relevant post, with no long task, and prints the scroll table', () => {
    const scrollThrough = {
      durationMs: 12_000,
      scriptMs: 240,
      relevantPosts: 150,
      badged: 148,
      medianLagMs: 0,
      maxLagMs: 120,
      longTasks: 1,
      longestTaskMs: 64,
    };
    const scrolled = results([run({ scrollThrough })]);
    expect(overBudget(scrolled)).toEqual([
      'discourse 3000 posts: after scrolling through, 2 relevant posts had no badge',
      'discourse 3000 posts: a 64 ms task while scrolling (budget 50 ms)',
    ]);
    expect(formatResults(scrolled)).toMatch(/discourse\s+3000\s+12\.0\s+240\s+148\/150\s+0\s+120\s+1\s+64/);
    expect(formatResults(results([run({})]))).not.toMatch(/scrolled from top to bottom/);
  });
});
