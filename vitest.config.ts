import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure lib/ code under Node, DOM code under happy-dom (per file, `// @vitest-environment happy-dom`).
// WxtVitest provides the fake `browser`, the `@/` aliases and `#imports`; JSX comes from tsconfig's jsxImportSource.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { dedupe: ['preact'] },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Fixture pages name their forums' stylesheets and scripts; under happy-dom nothing is fetched (tests
    // make no network request, as Spotter makes none).
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    mockReset: true,
    restoreMocks: true,
  },
});
