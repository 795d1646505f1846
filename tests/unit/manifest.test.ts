import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_PATTERNS } from '@/lib/settings/forum-hosts';
import { FORUM_CONTENT_SCRIPT_FILE, WAKE_SCRIPT_FILE } from '@/lib/background/content-script-files';
import { BUILD_DIRS, ensureBuilt, type BuildTarget } from '../harness/built-extension';

/**
 * The permissions Spotter asks for, read from the BUILT manifests (what a store and a reader see),
 * not from wxt.config.ts. Builds first unless both builds are newer than all their sources.
 */

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; run_at?: string }[];
  browser_specific_settings?: {
    gecko?: { strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

/** The built manifest of `target`, building first (under the shared build lock) when any input is newer. */
function readBuiltManifest(target: BuildTarget): Manifest {
  return JSON.parse(readFileSync(path.join(ensureBuilt(target), 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * The wake-up at document_start, so an asleep background starts while the page loads, and the forum script at
 * document_idle, both on the default forums (lib/background/content-script-files.ts); the files exist in the build.
 */
function expectForumScripts(manifest: Manifest, dir: string): void {
  const scripts = (manifest.content_scripts ?? []).map((script) => ({
    js: script.js,
    runAt: script.run_at ?? 'document_idle',
    matches: [...script.matches].sort(),
  }));
  const matches = [...DEFAULT_MATCH_PATTERNS].sort();
  expect(scripts).toEqual([
    { js: [WAKE_SCRIPT_FILE], runAt: 'document_start', matches },
    { js: [FORUM_CONTENT_SCRIPT_FILE], runAt: 'document_idle', matches },
  ]);
  for (const file of [WAKE_SCRIPT_FILE, FORUM_CONTENT_SCRIPT_FILE]) expect(existsSync(path.join(dir, file))).toBe(true);
}

function majorVersion(version: string | undefined): number {
  return Number.parseInt(version?.split('.')[0] ?? '', 10);
}

// `activeTab` is not among them: it grants a page's access only for the click on Spotter's own menu item
// (https://developer.chrome.com/docs/extensions/develop/concepts/activeTab), and "Check this text with Spotter" needs it.
const BROAD_OR_SENSITIVE = [
  '<all_urls>',
  '*://*/*',
  'http://*/*',
  'tabs',
  'webRequest',
  'webRequestBlocking',
  'history',
  'cookies',
];

let chrome: Manifest;
let firefox: Manifest;

beforeAll(() => {
  chrome = readBuiltManifest('chrome');
  firefox = readBuiltManifest('firefox');
}, 180_000);

describe('Chrome MV3 manifest', () => {
  it('asks only for storage, scripting, the selection menu (contextMenus, activeTab) and the default forums it already reads', () => {
    expect(chrome.manifest_version).toBe(3);
    expect([...(chrome.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    // Host access to exactly the content script's sites, so the side panel's script can be injected there.
    expect([...(chrome.host_permissions ?? [])].sort()).toEqual([...DEFAULT_MATCH_PATTERNS].sort());
    expect(chrome.optional_permissions ?? []).toEqual([]);
  });

  it('may ask later for one https site at a time, nothing broader', () => {
    expect(chrome.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('runs the wake-up and the forum script on exactly the default forums, from the files registration uses', () => {
    expectForumScripts(chrome, BUILD_DIRS.chrome);
  });

  it.each(BROAD_OR_SENSITIVE)('never mentions %s as a permission', (permission) => {
    const asked = [...(chrome.permissions ?? []), ...(chrome.host_permissions ?? []), ...(chrome.optional_permissions ?? [])];
    expect(asked).not.toContain(permission);
  });
});

describe('Firefox MV2 manifest', () => {
  it('asks only for storage, scripting, the selection menu (contextMenus, activeTab) and the default forums it already reads', () => {
    expect(firefox.manifest_version).toBe(2);
    expect([...(firefox.permissions ?? [])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', 'storage', ...DEFAULT_MATCH_PATTERNS].sort(),
    );
    expect(firefox.host_permissions).toBeUndefined();
    expect(firefox.optional_host_permissions).toBeUndefined();
  });

  it('may ask later for one https site at a time, nothing broader', () => {
    expect(firefox.optional_permissions).toEqual(['https://*/*']);
  });

  it('runs the wake-up and the forum script on exactly the default forums, from the files registration uses', () => {
    expectForumScripts(firefox, BUILD_DIRS.firefox);
  });

  it('declares Firefox for Android support, from a version that has every manifest key it uses', () => {
    const android = firefox.browser_specific_settings?.gecko_android;
    expect(android).toBeDefined();
    // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140).
    expect(majorVersion(android?.strict_min_version)).toBeGreaterThanOrEqual(142);
    // Android and desktop ship the same Gecko: one floor, so neither build promises what the other cannot keep.
    expect(android?.strict_min_version).toBe(firefox.browser_specific_settings?.gecko?.strict_min_version);
  });

  it('declares that it collects no data', () => {
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it.each(BROAD_OR_SENSITIVE)('never mentions %s as a permission', (permission) => {
    expect([...(firefox.permissions ?? []), ...(firefox.optional_permissions ?? [])]).not.toContain(permission);
  });
});

describe('both manifests', () => {
  it('never name <all_urls> anywhere', () => {
    for (const dir of Object.values(BUILD_DIRS)) {
      expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).not.toContain('<all_urls>');
    }
  });
});
