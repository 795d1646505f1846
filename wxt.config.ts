import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // There is no official Preact module; the Vite plugin is the documented route
  // (https://wxt.dev/guide/essentials/frontend-frameworks.html). Prefresh is for the dev server only.
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Spotter',
    description:
      'Spots forum posts about back cramps, pumps and pain, and explains the likely causes. Runs locally; sends nothing.',
    permissions: ['storage'],
    action: { default_title: 'Spotter' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'spotter@spotter.invalid',
          strict_min_version: '142.0',
          // Firefox asks add-ons to declare what they collect; Spotter collects nothing.
          // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
