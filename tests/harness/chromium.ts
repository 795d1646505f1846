import { existsSync } from 'node:fs';

/** Debian's Chromium; the only browser these tests use (they never download one). */
export const CHROMIUM_PATH = process.env.SPOTTER_CHROMIUM ?? '/usr/bin/chromium';

/** Throws with install advice when Chromium is missing. In CI that fails the run instead of skipping it. */
export function assertChromiumInstalled(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const advice =
    `Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests drive Debian's Chromium: ` +
    'install it with `sudo apt-get update && sudo apt-get install -y chromium` (or set SPOTTER_CHROMIUM to its path).';
  throw new Error(process.env.CI ? `[CI] ${advice}` : advice);
}

/**
 * Flags for a locked-down machine with no internet: without the background-networking switches
 * Chromium keeps dialling Google's hosts and the closed network refuses each try.
 * Playwright itself adds --no-sandbox (we run as root) and --disable-dev-shm-usage.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
