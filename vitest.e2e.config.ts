import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// End-to-end tests: build the extension once (globalSetup), then drive Debian's Chromium with it loaded.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Firefox's suite has its own config and browser (vitest.firefox.config.ts).
    exclude: [...configDefaults.exclude, 'tests/e2e/firefox/**'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
