/**
 * The shape of Spotter's settings and the pure rules around them: defaults, validation of whatever is
 * in storage, the v1 → v2 migration, and the questions the content script, popup and options page ask
 * ("is Spotter on for this host?", "how sure must it be?"). No storage and no `browser.*` here, so the
 * CLI and tests can use it too; the storage items live in `./settings.ts`.
 */
import { DEFAULT_FORUM_HOSTS, matchPatternsFor } from './forum-hosts';

export const SENSITIVITY_LEVELS = ['relaxed', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];

/**
 * The relevance score (0..1, `Assessment.score`) a post needs before Spotter badges it, per level.
 * `balanced` is the engine's default (`RELEVANCE_THRESHOLD` in lib/analysis/relevance.ts, which
 * documents what each score band means); `relaxed` lets in the weak-evidence band from 0.3.
 * Kept as plain numbers so settings do not pull the analysis code into every page;
 * tests/unit/sensitivity-thresholds.test.ts fails if they drift from the engine’s.
 */
export const SENSITIVITY_THRESHOLDS: Readonly<Record<Sensitivity, number>> = {
  relaxed: 0.3,
  balanced: 0.5,
  strict: 0.7,
};

export function relevanceThreshold(level: Sensitivity): number {
  return SENSITIVITY_THRESHOLDS[level];
}

/** How the side panel is coloured: like the forum page, or always light, or always dark. */
export const THEMES = ['page', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The content script picks the adapter from the page's markers (falling back to the generic one). */
export const AUTO_ADAPTER = 'auto';

export interface UserSite {
  /** Lower-case host name, e.g. `forum.example.com`. */
  host: string;
  /** An adapter id from `lib/adapters`, or `'auto'`. */
  adapter: string;
}

export interface Settings {
  /** Per-site switch, by host. A host missing here is on. */
  sites: Record<string, boolean>;
  /** Forums the reader added, in the order added. */
  userSites: UserSite[];
  /** @default 'balanced' */
  sensitivity: Sensitivity;
  /** Show the number of marked posts on the toolbar icon. @default true */
  showBadgeCount: boolean;
  /** @default 'page' */
  theme: Theme;
}

/** The storage format version of `Settings`; see `migrateSettingsV1ToV2`. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sites: {},
  userSites: [],
  sensitivity: 'balanced',
  showBadgeCount: true,
  theme: 'page',
});

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: {}, userSites: [] };
}

const MAX_HOST_LENGTH = 253;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A lower-case DNS host name with at least two labels and a non-numeric top-level label, or undefined. */
export function normalizeHost(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return undefined;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) return undefined;
  // An all-numeric last label is an IP address, not a forum's name.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return undefined;
  return host;
}

const ADAPTER_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

function parseSites(value: unknown): Record<string, boolean> {
  if (!isRecord(value)) return {};
  const sites: Record<string, boolean> = {};
  for (const [key, enabled] of Object.entries(value)) {
    const host = normalizeHost(key);
    if (host !== undefined && typeof enabled === 'boolean') sites[host] = enabled;
  }
  return sites;
}

function parseUserSite(value: unknown): UserSite | undefined {
  if (!isRecord(value)) return undefined;
  const host = normalizeHost(value.host);
  if (host === undefined) return undefined;
  const adapter = typeof value.adapter === 'string' && ADAPTER_ID.test(value.adapter) ? value.adapter : AUTO_ADAPTER;
  return { host, adapter };
}

function parseUserSites(value: unknown): UserSite[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>(DEFAULT_FORUM_HOSTS);
  const sites: UserSite[] = [];
  for (const entry of value) {
    const site = parseUserSite(entry);
    if (site === undefined || seen.has(site.host)) continue;
    seen.add(site.host);
    sites.push(site);
  }
  return sites;
}

/**
 * Whatever storage holds (a hand-edited, corrupt or half-written value included) → valid settings.
 * Each field that is missing or invalid takes its default; the rest are kept. Never throws.
 */
export function parseSettings(value: unknown): Settings {
  if (!isRecord(value)) return defaultSettings();
  return {
    sites: parseSites(value.sites),
    userSites: parseUserSites(value.userSites),
    sensitivity: oneOf(SENSITIVITY_LEVELS, value.sensitivity, DEFAULT_SETTINGS.sensitivity),
    showBadgeCount: typeof value.showBadgeCount === 'boolean' ? value.showBadgeCount : DEFAULT_SETTINGS.showBadgeCount,
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
  };
}

/**
 * v1 kept the forums a reader added as bare host names; v2 stores each with the adapter the reader
 * chose (`'auto'` for the ones carried over). Anything unexpected is passed through for
 * `parseSettings` to judge, so a corrupt v1 value never makes the migration throw.
 */
/**
 * The settings as raw extension storage holds them: the value under `settings` and its version stamp
 * under `settings$` (@wxt-dev/storage's layout, https://wxt.dev/storage). For readers that do not load
 * the storage library (the content script, to stay small). One from a newer Spotter reads as the
 * defaults, as `loadSettings` does. One from an older Spotter is null: the background migrates it as
 * soon as it starts (lib/settings/storage.ts, imported at its start, which an update brings at once),
 * and until then the reader's choices are not known, so nothing may act on the defaults instead.
 * The migrations stay out of the script every forum page loads.
 */
export function settingsFromStorage(value: unknown, meta: unknown): Settings | null {
  const version = storedVersion(value, meta);
  if (version < SETTINGS_VERSION) return null;
  return version === SETTINGS_VERSION ? parseSettings(value) : defaultSettings();
}

/**
 * The version stamp @wxt-dev/storage keeps beside a value; a value without one is version 1, and
 * nothing stored is as good as the current version (Infinity reads as the defaults).
 */
function storedVersion(value: unknown, meta: unknown): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  return isRecord(meta) && typeof meta.v === 'number' ? meta.v : 1;
}

export function migrateSettingsV1ToV2(value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(value.userSites)) return value;
  return {
    ...value,
    userSites: value.userSites.map((entry: unknown) =>
      typeof entry === 'string' ? { host: entry, adapter: AUTO_ADAPTER } : entry,
    ),
  };
}

export function isDefaultHost(host: string): boolean {
  return (DEFAULT_FORUM_HOSTS as readonly string[]).includes(host);
}

export function findUserSite(settings: Settings, host: string): UserSite | undefined {
  return settings.userSites.find((site) => site.host === host);
}

/** Whether Spotter reads this host at all: one of the default forums or one the reader added. */
export function isKnownSite(settings: Settings, host: string): boolean {
  const normalized = normalizeHost(host);
  return normalized !== undefined && (isDefaultHost(normalized) || findUserSite(settings, normalized) !== undefined);
}

/** Whether Spotter should mark posts on this host: a forum it reads, not switched off by the reader. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const normalized = normalizeHost(host);
  if (normalized === undefined || !isKnownSite(settings, normalized)) return false;
  return settings.sites[normalized] !== false;
}

/** The adapter the reader chose for a host they added, or `'auto'`. */
export function adapterFor(settings: Settings, host: string): string {
  const normalized = normalizeHost(host);
  const site = normalized === undefined ? undefined : findUserSite(settings, normalized);
  return site?.adapter ?? AUTO_ADAPTER;
}

export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  return { ...settings, sites: { ...settings.sites, [host]: enabled } };
}

export function withUserSite(settings: Settings, site: UserSite): Settings {
  const others = settings.userSites.filter((existing) => existing.host !== site.host);
  return { ...settings, userSites: [...others, site] };
}

export function withoutUserSite(settings: Settings, host: string): Settings {
  const sites = { ...settings.sites };
  delete sites[host];
  return { ...settings, sites, userSites: settings.userSites.filter((site) => site.host !== host) };
}

export type SiteInput = { ok: true; host: string; pattern: string } | { ok: false; message: string };

/**
 * What a reader typed in "add a forum" (a host, or a URL copied from the address bar) → the host and
 * the one match pattern Spotter will ask permission for. The messages are shown to the reader as is.
 */
export function parseSiteInput(input: string, settings: Settings): SiteInput {
  const text = input.trim();
  if (text.length === 0) return { ok: false, message: 'Type the forum’s address, for example forum.example.com.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `“${text}” doesn’t look like a web address. Try something like forum.example.com.` };
  }
  if (url.protocol === 'http:') {
    return {
      ok: false,
      message: 'Spotter only reads forums over a secure connection. Use the https:// address of the forum.',
    };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: 'Enter a web address, like forum.example.com or https://forum.example.com/.' };
  }
  const host = normalizeHost(url.hostname);
  if (host === undefined) {
    return { ok: false, message: `“${text}” doesn’t look like a forum’s address. Try something like forum.example.com.` };
  }
  if (isDefaultHost(host)) {
    return { ok: false, message: `Spotter already reads ${host}. You can switch it on or off in the list above.` };
  }
  if (findUserSite(settings, host)) return { ok: false, message: `You have already added ${host}.` };
  const pattern = matchPatternsFor(host)[0];
  if (pattern === undefined) throw new Error(`matchPatternsFor(${host}) returned no pattern`);
  return { ok: true, host, pattern };
}

/** Most threads a reader can hide; past this the oldest are forgotten, so storage stays small. */
export const MAX_HIDDEN_THREADS = 1000;
const MAX_THREAD_KEY_LENGTH = 2048;

/**
 * v1 keys put the host in front of the adapter's own key, which already names it
 * (`forums.t-nation.comdiscourse:forums.t-nation.com/t/123`); v2 keys are lib/page/thread-key.ts's
 * (`discourse:forums.t-nation.com/t/123`). Keys of forums without an engine adapter were already the same.
 */
export const HIDDEN_THREADS_VERSION = 2;

/** `<host><engine>:<host>…` → `<engine>:<host>…`; any other entry passes through for `parseHiddenThreads` to judge. */
export function migrateHiddenThreadsV1ToV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => (typeof entry === 'string' ? withoutDoubledHost(entry) : entry));
}

const ENGINE_CHAR = /[a-z0-9-]/;
const KEY_PATH_START = new Set(['/', '?', '#']);

/**
 * Finds an engine id (`discourse:`) that the host before it repeats after it. A loop rather than one
 * regular expression with a back-reference, which backtracks for seconds on long junk
 * (tests/unit/fuzz/regex.test.ts); keys longer than any stored one are left to `parseHiddenThreads`.
 */
function withoutDoubledHost(entry: string): string {
  if (entry.length > MAX_THREAD_KEY_LENGTH) return entry;
  for (let colon = entry.indexOf(':'); colon > 0; colon = entry.indexOf(':', colon + 1)) {
    for (let start = colon - 1; start > 0 && ENGINE_CHAR.test(entry[start]!); start--) {
      const host = entry.slice(0, start);
      const after = colon + 1 + host.length;
      if (
        /[a-z]/.test(entry[start]!) &&
        entry.startsWith(host, colon + 1) &&
        (after === entry.length || KEY_PATH_START.has(entry[after]!))
      ) {
        return entry.slice(start);
      }
    }
  }
  return entry;
}

/** Hidden threads from raw storage (`hidden-threads` and its `hidden-threads$` stamp), read as `settingsFromStorage` reads settings. */
export function hiddenThreadsFromStorage(value: unknown, meta: unknown): string[] | null {
  const version = storedVersion(value, meta);
  if (version < HIDDEN_THREADS_VERSION) return null;
  return version === HIDDEN_THREADS_VERSION ? parseHiddenThreads(value) : [];
}

/**
 * Whatever storage holds → the keys of the threads the reader hid (oldest first), without
 * duplicates, blanks or non-strings. Never throws.
 */
export function parseHiddenThreads(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const keys = new Set<string>();
  for (const entry of value) {
    if (typeof entry === 'string' && entry.length > 0 && entry.length <= MAX_THREAD_KEY_LENGTH) keys.add(entry);
  }
  return [...keys].slice(-MAX_HIDDEN_THREADS);
}
