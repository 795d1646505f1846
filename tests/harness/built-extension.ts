/**
 * The built extension, as the benchmark and the bundle budgets read it: builds with `wxt build`
 * when the output is missing or older than any source that goes into it, and lists the files a
 * browser loads with their raw and gzipped sizes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type BuildTarget = 'chrome' | 'firefox';

export const BUILD_DIRS: Record<BuildTarget, string> = {
  chrome: '.output/chrome-mv3',
  firefox: '.output/firefox-mv2',
};

const BUILD_ARGS: Record<BuildTarget, string[]> = {
  chrome: ['wxt', 'build'],
  firefox: ['wxt', 'build', '-b', 'firefox'],
};

/** Everything that shapes a build. */
export const BUILD_INPUTS = ['wxt.config.ts', 'package.json', 'entrypoints', 'components', 'lib', 'public'];

/** Two builds into one output folder at once leave a mix of both; helpers and tests share this lock. */
const LOCK_DIR = '.output/.build-lock';
const LOCK_STALE_MS = 5 * 60_000;
const LOCK_WAIT_MS = 4 * 60_000;

export function newestChange(paths: readonly string[]): number {
  let newest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    newest = Math.max(
      newest,
      stat.isDirectory() ? newestChange(readdirSync(entry).map((name) => path.join(entry, name))) : stat.mtimeMs,
    );
  }
  return newest;
}

export function isBuildFresh(target: BuildTarget): boolean {
  const manifest = path.join(BUILD_DIRS[target], 'manifest.json');
  return existsSync(manifest) && statSync(manifest).mtimeMs >= newestChange(BUILD_INPUTS);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(): void {
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      return;
    } catch {
      const age = existsSync(LOCK_DIR) ? Date.now() - statSync(LOCK_DIR).mtimeMs : 0;
      if (age > LOCK_STALE_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another build has held ${LOCK_DIR} for too long`);
      else sleep(500);
    }
  }
}

/** Builds `target` unless its output is newer than every input; returns the output folder. */
export function ensureBuilt(target: BuildTarget, log: (line: string) => void = () => {}): string {
  if (isBuildFresh(target)) return BUILD_DIRS[target];
  acquireLock();
  try {
    // Someone else may have built while we waited for the lock.
    if (!isBuildFresh(target)) {
      log(`building ${BUILD_DIRS[target]} (missing or older than its sources)…`);
      try {
        // A production build whoever asks: under vitest NODE_ENV is "test", and a build inheriting it ships Preact's
        // development JSX (source file names in the popup and options chunks), which the e2e tests and the bench
        // would then load and time.
        execFileSync('npx', BUILD_ARGS[target], { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
      } catch (error) {
        const output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
        const errors = output.split('\n').filter((line) => /ERROR|error/.test(line));
        throw new Error(`npx ${BUILD_ARGS[target].join(' ')} failed:\n${errors.slice(0, 8).join('\n')}`, { cause: error });
      }
    }
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
  return BUILD_DIRS[target];
}

export interface BundleFile {
  /** Path inside the build folder, with forward slashes. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Code and styles of a build (JS, CSS, HTML), largest gzip first. */
export function bundleFiles(dir: string): BundleFile[] {
  const files: BundleFile[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|html)$/.test(name)) {
        const content = readFileSync(full);
        files.push({
          file: path.relative(dir, full).split(path.sep).join('/'),
          bytes: content.length,
          gzipBytes: gzipSync(content, { level: 9 }).length,
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/**
 * What every forum page receives: the content scripts the manifest declares, with their CSS, and the
 * stylesheet WXT loads into a shadow-root UI (`content-scripts/<name>.css`).
 */
export function contentScriptFiles(dir: string, files: readonly BundleFile[]): BundleFile[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const declared = new Set(
    (manifest.content_scripts ?? []).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
      ...(script.js ?? []).map((js) => js.replace(/\.js$/, '.css')),
    ]),
  );
  return files.filter((entry) => declared.has(entry.file));
}

/** Code injected into forum pages on demand (the side panel, on a badge's first click), not at load. */
export const ON_DEMAND_PAGE_SCRIPTS = ['forum-panel.js'];
