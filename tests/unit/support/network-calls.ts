/**
 * Finds every use of a browser networking API in built JavaScript and sorts out the few that only
 * ever load the extension's own files. Spotter makes no network request at all (DESIGN.md, "Quality
 * bars"), so any other use is a finding. This reads the minified bundles, so it works on shapes:
 * an occurrence passes only when the code around it is one of the explained extension-internal loads.
 */

/** Every API that can send or receive over the network from extension or page code. */
export const NETWORK_APIS = /(?<![\w$])(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)(?![\w$])/g;

export interface NetworkUse {
  api: string;
  index: number;
  /** The code around the use, for the failure message. */
  excerpt: string;
}

export interface AllowedNetworkUse {
  name: string;
  /** Why this use never leaves the extension. */
  reason: string;
  /** Whether the use at `index` of `code` is this one. */
  matches(code: string, index: number): boolean;
}

export const ALLOWED_NETWORK_USES: AllowedNetworkUse[] = [
  {
    name: 'WXT shadow-root CSS',
    reason:
      "WXT's createShadowRootUi loads the content script's own stylesheet with fetch(runtime.getURL('/content-scripts/<name>.css')): " +
      'a chrome-extension:// (moz-extension://) URL inside the extension, listed in web_accessible_resources by WXT ' +
      '(node_modules/wxt/dist/utils/content-script-ui/shadow-root.mjs, loadCss).',
    matches(code, index) {
      // `const u = <browser>.runtime.getURL(`/content-scripts/${…}.css`); try { … fetch(u) …`
      const before = code.slice(Math.max(0, index - 240), index);
      const call = /^fetch\(\s*([\w$]+)\s*\)/.exec(code.slice(index, index + 60));
      if (!call) return false;
      const variable = call[1]!.replace(/\$/g, '\\$');
      const assignment = new RegExp(
        `(?<![\\w$])${variable}\\s*=\\s*[\\w$.]*runtime\\.getURL\\(\\s*[\`'"]/content-scripts/[^\`'"]*\\.css[\`'"]\\s*\\)`,
      );
      return assignment.test(before);
    },
  },
  {
    name: 'isolated-element CSS by URL (unused branch)',
    reason:
      "@webext-core/isolated-element, which WXT's createShadowRootUi uses, can fetch a stylesheet when given `css: { url }`. " +
      'WXT always passes `css: { textContent }` (node_modules/wxt/dist/utils/content-script-ui/shadow-root.mjs), so this ' +
      'branch never runs in Spotter; the text it would use comes from the allowed own-CSS load above.',
    matches(code, index) {
      // `"url"in r?e.textContent=await fetch(r.url).then(…):e.textContent=r.textContent`
      const call = /^fetch\(\s*([\w$]+)\.url\s*\)/.exec(code.slice(index, index + 60));
      if (!call) return false;
      const variable = call[1]!.replace(/\$/g, '\\$');
      const before = code.slice(Math.max(0, index - 120), index);
      return new RegExp(`["'\`]url["'\`]\\s*in\\s*${variable}\\s*\\?[^;]*$`).test(before);
    },
  },
  {
    name: 'Vite modulepreload polyfill',
    reason:
      "Vite's modulepreload polyfill (https://vite.dev/config/build-options#build-modulepreload) fetches the href of " +
      '<link rel="modulepreload"> elements in the extension\'s own pages (popup.html, options.html) to warm the cache. ' +
      "Those links are the pages' own chunks, and the extension pages' CSP (script-src 'self') keeps anything else out.",
    matches(code, index) {
      // `function l(o){if(o.ep)return;o.ep=!0;const n=t(o);fetch(o.href,n)}` after the `modulepreload` scan.
      if (!/^fetch\(\s*[\w$]+\.href\s*,\s*[\w$]+\s*\)/.test(code.slice(index, index + 60))) return false;
      const before = code.slice(Math.max(0, index - 1500), index);
      return before.includes('"modulepreload"') || before.includes("'modulepreload'");
    },
  },
];

export function findNetworkUses(code: string): NetworkUse[] {
  return [...code.matchAll(NETWORK_APIS)].map((match) => ({
    api: match[1]!,
    index: match.index,
    excerpt: code.slice(Math.max(0, match.index - 120), match.index + 80),
  }));
}

export interface NetworkVerdict {
  allowed: { use: NetworkUse; rule: AllowedNetworkUse }[];
  forbidden: NetworkUse[];
}

export function judgeNetworkUses(code: string, allowList: AllowedNetworkUse[] = ALLOWED_NETWORK_USES): NetworkVerdict {
  const verdict: NetworkVerdict = { allowed: [], forbidden: [] };
  for (const use of findNetworkUses(code)) {
    const rule = allowList.find((candidate) => candidate.matches(code, use.index));
    if (rule) verdict.allowed.push({ use, rule });
    else verdict.forbidden.push(use);
  }
  return verdict;
}
