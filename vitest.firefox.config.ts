import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Firefox end-to-end tests: build the Firefox MV2 extension once (globalSetup), then drive Debian's Firefox ESR
// with it installed, over WebDriver BiDi (../shared/research/firefox-e2e.md).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/firefox/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Firefox at a time: the machines have two cores.
    fileParallelism: false,
  },
});
