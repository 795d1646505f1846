import { defineWebExtConfig } from 'wxt';

// `wxt` (dev) would otherwise open a browser itself; `npm start` and the tests launch Chromium their own way.
export default defineWebExtConfig({ disabled: true });
