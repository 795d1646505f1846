import { ensureBuilt } from '../../harness/built-extension';
import { checkFirefoxInstalled } from '../../harness/firefox';

/**
 * Checks Firefox is there (under CI a missing Firefox fails the run; locally the suite is skipped, loudly),
 * then builds the Firefox extension once for the whole run unless the build is newer than all its sources.
 */
export default function setup(): void {
  if (!checkFirefoxInstalled()) return;
  if (process.env.SPOTTER_E2E_SKIP_BUILD) return;
  ensureBuilt('firefox', (line) => console.log(line));
}
