/**
 * `npm run bench`: Spotter's speed in real Chromium and in Node, and its bundle sizes.
 *
 *   npm run bench -- [--sizes 100,1000,3000] [--engines discourse,shreddit,xenforo]
 *                    [--corpus ../shared/corpus/dev.jsonl] [--passes 30] [--popup-runs 5] [--out bench/results.json]
 *
 * Builds the extension when it is missing or stale, loads generated thread pages in headless
 * Chromium with Spotter, and prints a table; the same figures go to bench/results.json.
 * Budgets (DESIGN.md "Quality bars") are reported, never asserted: timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatResults, overBudget, type BenchResults, type PopupTiming, type ThreadRun } from '../lib/tools/bench/report';
import { BENCH_ENGINES, generateThreadPage, type BenchEngine } from '../lib/tools/bench/thread-pages';
import { launchWithExtension } from '../tests/harness/extension';
import { chromium as playwrightChromium } from 'playwright-core';
import { assertChromiumInstalled, CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/harness/chromium';
import { timeAnalysis } from './bench/analysis-timing';
import { ON_DEMAND_PAGE_SCRIPTS, bundleFiles, contentScriptFiles, ensureBuilt } from '../tests/harness/built-extension';
import { runPopup } from './bench/popup-run';
import { runThreadPage } from './bench/thread-run';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,3000' },
    engines: { type: 'string', default: BENCH_ENGINES.join(',') },
    corpus: { type: 'string', default: process.env.SPOTTER_CORPUS ?? '../shared/corpus/dev.jsonl' },
    passes: { type: 'string', default: '30' },
    'popup-runs': { type: 'string', default: '5' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});

const sizes = args.sizes.split(',').map(Number);
const engines = args.engines.split(',') as BenchEngine[];
for (const engine of engines) {
  if (!BENCH_ENGINES.includes(engine)) throw new Error(`unknown engine ${engine}; choose from ${BENCH_ENGINES.join(', ')}`);
}
const log = (line: string) => console.error(line);
const started = Date.now();

assertChromiumInstalled();
const buildDir = ensureBuilt('chrome', log);
const notes: string[] = [];

log('timing the analysis in Node…');
const analysis = timeAnalysis(path.resolve(args.corpus), Number(args.passes));
if (!analysis) notes.push(`No corpus at ${args.corpus}: analysis timing skipped (pass --corpus FILE.jsonl).`);

/** Debian's launcher prints the full version (the user agent only says 156.0.0.0). */
function chromiumVersion(): string {
  try {
    const output = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /Chromium [\d.]+/.exec(output)?.[0] ?? output.trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}
const chromium = chromiumVersion();

const browser = await launchWithExtension();
// The same pages without Spotter, for CDP's with/without script time and memory.
const plain = await playwrightChromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const threads: ThreadRun[] = [];
let popup: PopupTiming | null = null;
// Every page has posts of its own (its own seed): the engine keeps assessments by text, and a page of posts it had
// already read would be answered from that cache, which a reader's next thread seldom is.
let seed = 0;
try {
  for (const size of sizes) {
    for (const engine of engines) {
      log(`${engine}, ${size} posts…`);
      // The largest pages are also scrolled through: later posts are read as the reader reaches them.
      const scrollThrough = size === Math.max(...sizes);
      threads.push(
        await runThreadPage(browser, generateThreadPage({ engine, posts: size, seed: ++seed }), { plain, scrollThrough }),
      );
    }
  }
  // The first badge when the page has to wake the service worker and the engine loads afresh.
  const coldSize = sizes.at(-1)!;
  log(`${engines[0]}, ${coldSize} posts, service worker stopped first…`);
  threads.push(
    await runThreadPage(browser, generateThreadPage({ engine: engines[0]!, posts: coldSize, seed: ++seed }), {
      plain,
      worker: 'cold',
    }),
  );
  log('popup…');
  popup = await runPopup(browser, Number(args['popup-runs']));
  if (browser.strayRequests.length > 0)
    notes.push(`Requests that left for the network (aborted): ${browser.strayRequests.join(', ')}`);
} finally {
  await browser.close();
  await plain.close();
}

if (threads.some((run) => run.spotterMs === null)) {
  notes.push(
    'No spotter:* performance measures on some pages: the content script was not instrumented, so Spotter-only times are missing there.',
  );
}
for (const run of threads) {
  for (const error of run.pageErrors) notes.push(`${run.engine} ${run.posts}: ${error}`);
}

const bundles = bundleFiles(buildDir);
const results: BenchResults = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU', node: process.version, chromium },
  threads,
  analysis,
  popup,
  bundles,
  contentScriptGzipBytes: contentScriptFiles(buildDir, bundles).reduce((total, entry) => total + entry.gzipBytes, 0),
  onDemandPageScriptGzipBytes: bundles
    .filter((entry) => ON_DEMAND_PAGE_SCRIPTS.includes(entry.file))
    .reduce((total, entry) => total + entry.gzipBytes, 0),
  notes,
};

mkdirSync(path.dirname(args.out), { recursive: true });
/** Microseconds are below what the timers resolve; the file keeps three decimals. */
const rounded = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
writeFileSync(args.out, `${JSON.stringify(results, rounded, 2)}\n`);
console.log(formatResults(results));
const problems = overBudget(results);
console.log(
  problems.length === 0 ? '\nAll budgets hold.' : `\nOver budget:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
);
log(`\nwrote ${args.out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
