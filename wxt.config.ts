import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_MATCH_PATTERNS } from './lib/settings/forum-hosts';
import { WAKE_SCRIPT_FILE } from './lib/background/content-script-files';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // There is no official Preact module; the Vite plugin is the documented route
  // (https://wxt.dev/guide/essentials/frontend-frameworks.html). Prefresh is for the dev server only.
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // Terser packs the content script, which every forum page loads, about 4% smaller than esbuild
    // (README, "Performance"); two passes find what one leaves.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  imports: false,
  hooks: {
    // Every forum page loads the content script, so it does without webextension-polyfill (about 3 KB
    // gzipped of its 15 KB budget): what it calls (runtime.sendMessage, runtime.onMessage with
    // sendResponse, storage.local.get, storage.onChanged) is promise-based natively in Chrome MV3 and
    // Firefox alike (https://developer.chrome.com/docs/extensions/develop/concepts/messaging). Its
    // build group resolves `wxt/browser` to WXT's own accessor, `browser ?? chrome`; every other
    // context keeps the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      // Seven passes (the fourth to the seventh still found about 55 bytes), the whole file as one scope, and terser's
      // `unsafe` rewrites (`String(x)` → `"" + x`, `new Error` → `Error`; `unsafe_comps` flips `<` to `>`, which
      // only objects with `valueOf` could tell apart; `unsafe_math` regroups arithmetic on constants:
      // https://terser.org/docs/options/#compress-options), which hold for our code and keep the script under
      // its 15 KB budget; `pure_getters` (reading a property has no side effect, true of this code) about 20 bytes more.
      config.build = {
        ...config.build,
        terserOptions: {
          ecma: 2020,
          toplevel: true,
          compress: {
            passes: 7,
            pure_getters: true,
            unsafe: true,
            unsafe_arrows: true,
            unsafe_comps: true,
            unsafe_math: true,
            unsafe_methods: true,
          },
        },
      };
      const alias = config.resolve?.alias;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [native, ...alias.filter((entry) => entry.find !== 'wxt/browser')]
          : [
              native,
              ...Object.entries(alias ?? {})
                .filter(([find]) => find !== 'wxt/browser')
                .map(([find, replacement]) => ({ find, replacement })),
            ],
      };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Spotter',
    description:
      'Spots forum posts about back cramps, pumps and pain, and explains the likely causes. Runs locally; sends nothing.',
    // The smallest set that works (tests/unit/manifest.test.ts checks the built manifests): `storage` for settings;
    // `scripting` to inject the side panel's script when a reader first opens a badge (lib/panel-bridge.ts), and in
    // MV3 to register the content script on forums the reader adds (Firefox MV2 does that with
    // `contentScripts.register`). Injecting needs host access to the default forums, which their content script
    // already reads: the same sites, so no wider access and no new install warning. `contextMenus` and
    // `activeTab` for "Check this text with Spotter" on selected text anywhere: the selection comes with the
    // click, so no host access is needed for it.
    ...(manifestVersion === 3
      ? { permissions: ['storage', 'scripting', 'contextMenus', 'activeTab'], host_permissions: DEFAULT_MATCH_PATTERNS }
      : { permissions: ['storage', 'scripting', 'contextMenus', 'activeTab', ...DEFAULT_MATCH_PATTERNS] }),
    // Forums the reader adds: Spotter asks for that one site when it is added, never for all of them.
    // WXT drops `optional_host_permissions` from MV2 manifests rather than converting it, so MV2 names the
    // pattern under `optional_permissions` itself.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*'] } : { optional_permissions: ['https://*/*'] }),
    action: { default_title: 'Spotter' },
    // Beside the forum script WXT declares from entrypoints/forum.content/ (lib/background/content-script-files.ts).
    content_scripts: [{ matches: DEFAULT_MATCH_PATTERNS, js: [WAKE_SCRIPT_FILE], run_at: 'document_start' }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'spotter@spotter.invalid',
          strict_min_version: '142.0',
          // Firefox asks add-ons to declare what they collect; Spotter collects nothing.
          // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android runs the same MV2 build (content scripts, contentScripts.register, the popup as a
        // page). 142 is where Android reads data_collection_permissions, the same floor as desktop;
        // `npm run lint:firefox` (addons-linter) warns when a manifest key or API needs a later Firefox for Android.
        // https://extensionworkshop.com/documentation/develop/developing-extensions-for-firefox-for-android/
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
