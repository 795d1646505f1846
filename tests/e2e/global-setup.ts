import { execFileSync } from 'node:child_process';
import { assertChromiumInstalled } from '../harness/chromium';

/** Builds the Chrome MV3 extension once for the whole e2e run, after checking Chromium is there. */
export default function setup(): void {
  assertChromiumInstalled();
  if (process.env.SPOTTER_E2E_SKIP_BUILD) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
