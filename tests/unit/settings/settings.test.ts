import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_FORUM_HOSTS } from '@/lib/settings/forum-hosts';
import {
  DEFAULT_SETTINGS,
  MAX_HIDDEN_THREADS,
  SENSITIVITY_LEVELS,
  SENSITIVITY_THRESHOLDS,
  SETTINGS_VERSION,
  THEMES,
  adapterFor,
  defaultSettings,
  hideThread,
  isSiteEnabled,
  loadHiddenThreads,
  loadSettings,
  parseHiddenThreads,
  parseSettings,
  parseSiteInput,
  relevanceThreshold,
  resetAllData,
  saveSettings,
  settingsItem,
  unhideThread,
  updateSettings,
  watchSettings,
  withSiteEnabled,
  withUserSite,
  withoutUserSite,
  type Settings,
} from '@/lib/settings/storage';

const custom: Settings = {
  sites: { 'old.reddit.com': false, 'forum.example.com': true },
  userSites: [
    { host: 'forum.example.com', adapter: 'discourse' },
    { host: 'lifting.example.org', adapter: 'auto' },
  ],
  sensitivity: 'strict',
  showBadgeCount: false,
  theme: 'dark',
};

/** Writes a raw value and its version the way @wxt-dev/storage keeps them (`key` and `key$`). */
async function storeRaw(value: unknown, version?: number): Promise<void> {
  const entries: Record<string, unknown> = { settings: value };
  if (version !== undefined) entries.settings$ = { v: version };
  await fakeBrowser.storage.local.set(entries);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseSettings', () => {
  it.each([undefined, null, 0, 42, 'settings', true, [], [custom], () => custom])('reads %s as the defaults', (value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid settings unchanged', () => {
    expect(parseSettings(structuredClone(custom))).toEqual(custom);
  });

  it('replaces each wrong-type field with its default and keeps the others', () => {
    const parsed = parseSettings({
      sites: ['old.reddit.com'],
      userSites: { host: 'forum.example.com' },
      sensitivity: 0.5,
      showBadgeCount: 'no',
      theme: 'neon',
    });
    expect(parsed).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ ...custom, theme: 7 })).toEqual({ ...custom, theme: 'page' });
  });

  it('drops unknown keys, bad hosts, non-boolean switches and duplicate or default-host user sites', () => {
    const parsed = parseSettings({
      ...custom,
      future: { anything: true },
      sites: { 'OLD.reddit.com': false, 'not a host': false, 'forum.example.com': 'yes' },
      userSites: [
        { host: 'Forum.Example.com.', adapter: 'discourse' },
        { host: 'forum.example.com', adapter: 'phpbb' },
        { host: 'www.reddit.com', adapter: 'auto' },
        'bare.example.com',
        { host: '10.0.0.1' },
        { host: 'lifting.example.org', adapter: '<script>' },
      ],
    });
    expect(parsed).not.toHaveProperty('future');
    expect(parsed.sites).toEqual({ 'old.reddit.com': false });
    expect(parsed.userSites).toEqual([
      { host: 'forum.example.com', adapter: 'discourse' },
      { host: 'lifting.example.org', adapter: 'auto' },
    ]);
  });

  it('never throws and always returns valid settings, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseSettings(value);
        expect(SENSITIVITY_LEVELS).toContain(parsed.sensitivity);
        expect(THEMES).toContain(parsed.theme);
        expect(typeof parsed.showBadgeCount).toBe('boolean');
        expect(Array.isArray(parsed.userSites)).toBe(true);
        expect(parseSettings(parsed)).toEqual(parsed);
      }),
    );
  });
});

describe('settings in storage', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips what it saves, with the current version', async () => {
    await saveSettings(custom);
    expect(await loadSettings()).toEqual(custom);
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('updates one field and keeps the rest', async () => {
    await saveSettings(custom);
    const written = await updateSettings((settings) => ({ ...settings, theme: 'light' }));
    expect(written).toEqual({ ...custom, theme: 'light' });
    expect(await loadSettings()).toEqual({ ...custom, theme: 'light' });
  });

  it.each([
    ['a string', 'strict'],
    ['a number', 3],
    ['an array', [1, 2]],
    ['a half-written object', { sensitivity: 'strict', userSites: 'forum.example.com' }],
  ])('falls back to defaults for %s, without throwing', async (_, value) => {
    await storeRaw(value, SETTINGS_VERSION);
    const settings = await loadSettings();
    expect({ ...settings, sensitivity: DEFAULT_SETTINGS.sensitivity }).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a value written by an unknown future version as the defaults', async () => {
    await storeRaw({ ...custom, sensitivity: 'paranoid', sites: { 'old.reddit.com': false } }, SETTINGS_VERSION + 1);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    // The storage library refuses to downgrade; it reports that, it does not throw.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(settingsItem.migrate()).rejects.toThrow(/downgrade/i);
    consoleError.mockRestore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saving after a future version writes the current one again', async () => {
    await storeRaw({ anything: 1 }, SETTINGS_VERSION + 5);
    await updateSettings((settings) => ({ ...settings, theme: 'dark' }));
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('watches changes as validated settings', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await saveSettings(custom);
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toEqual([custom, DEFAULT_SETTINGS]);
  });
});

describe('migration from v1', () => {
  const v1 = {
    sites: { 'www.reddit.com': false },
    userSites: ['forum.example.com', 'lifting.example.org'],
    sensitivity: 'relaxed',
    showBadgeCount: false,
    theme: 'light',
  };

  it.each([
    ['marked v1', 1],
    ['with no version (v1 wrote none)', undefined],
  ])('turns v1 host names into sites with the automatic adapter (%s)', async (_, version) => {
    await storeRaw(v1, version);
    await settingsItem.migrate();
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
    expect(await loadSettings()).toEqual({
      ...v1,
      userSites: [
        { host: 'forum.example.com', adapter: 'auto' },
        { host: 'lifting.example.org', adapter: 'auto' },
      ],
    });
  });

  it.each([['corrupt'], [{ userSites: 'forum.example.com' }], [{ userSites: [null, 3, { host: 'forum.example.com' }] }]])(
    'migrates a corrupt v1 value %j without throwing, to valid settings',
    async (value) => {
      await storeRaw(value, 1);
      await settingsItem.migrate();
      const settings = await loadSettings();
      expect(parseSettings(settings)).toEqual(settings);
    },
  );
});

describe('isSiteEnabled', () => {
  const settings = withUserSite(withSiteEnabled(defaultSettings(), 'old.reddit.com', false), {
    host: 'forum.example.com',
    adapter: 'auto',
  });

  it.each([
    ['www.reddit.com', true],
    ['WWW.Reddit.com', true],
    ['old.reddit.com', false],
    ['forum.example.com', true],
    ['example.com', false],
    ['evil.example.net', false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isSiteEnabled(settings, host)).toBe(expected);
  });

  it('turns every default forum on by default', () => {
    for (const host of DEFAULT_FORUM_HOSTS) expect(isSiteEnabled(defaultSettings(), host)).toBe(true);
  });

  it('forgets the switch of a removed site', () => {
    const switchedOff = withSiteEnabled(settings, 'forum.example.com', false);
    expect(isSiteEnabled(switchedOff, 'forum.example.com')).toBe(false);
    const removed = withoutUserSite(switchedOff, 'forum.example.com');
    expect(removed.sites).not.toHaveProperty('forum.example.com');
    expect(isSiteEnabled(removed, 'forum.example.com')).toBe(false);
  });

  it('knows the adapter the reader chose', () => {
    const chosen = withUserSite(settings, { host: 'bb.example.com', adapter: 'phpbb' });
    expect(adapterFor(chosen, 'bb.example.com')).toBe('phpbb');
    expect(adapterFor(chosen, 'forum.example.com')).toBe('auto');
    expect(adapterFor(chosen, 'www.reddit.com')).toBe('auto');
  });
});

describe('sensitivity', () => {
  it('maps the three levels to rising relevance thresholds, balanced in the middle', () => {
    expect(SENSITIVITY_LEVELS.map(relevanceThreshold)).toEqual([
      SENSITIVITY_THRESHOLDS.relaxed,
      SENSITIVITY_THRESHOLDS.balanced,
      SENSITIVITY_THRESHOLDS.strict,
    ]);
    expect(relevanceThreshold('relaxed')).toBeLessThan(relevanceThreshold('balanced'));
    expect(relevanceThreshold('balanced')).toBeLessThan(relevanceThreshold('strict'));
    for (const level of SENSITIVITY_LEVELS) {
      expect(relevanceThreshold(level)).toBeGreaterThan(0);
      expect(relevanceThreshold(level)).toBeLessThan(1);
    }
  });
});

describe('parseSiteInput', () => {
  const settings = withUserSite(defaultSettings(), { host: 'forum.example.com', adapter: 'auto' });

  it.each([
    ['lifting.example.org', 'lifting.example.org'],
    ['  Lifting.Example.org  ', 'lifting.example.org'],
    ['https://lifting.example.org/t/back-cramps/123?page=2#post-4', 'lifting.example.org'],
    ['lifting.example.org/forum/index.php', 'lifting.example.org'],
    ['https://lifting.example.org:8443/', 'lifting.example.org'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('accepts %j as %s', (input, host) => {
    expect(parseSiteInput(input, settings)).toEqual({ ok: true, host, pattern: `https://${host}/*` });
  });

  it.each([
    ['', /Type the forum/],
    ['   ', /Type the forum/],
    ['http://lifting.example.org', /secure connection/],
    ['ftp://lifting.example.org', /web address/],
    ['javascript:alert(1)', /doesn’t look like|web address/],
    ['not a site', /doesn’t look like/],
    ['localhost', /doesn’t look like/],
    ['192.168.1.10', /doesn’t look like/],
    ['*.example.org', /doesn’t look like/],
    ['https://www.reddit.com/r/weightroom', /already reads www\.reddit\.com/],
    ['forum.example.com', /already added/],
  ])('rejects %j kindly', (input, message) => {
    const result = parseSiteInput(input, settings);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('hidden threads', () => {
  it('hides, lists and unhides thread keys', async () => {
    await hideThread('forum.example.com/t/1');
    await hideThread('www.reddit.com/r/weightroom/comments/abc');
    await hideThread('forum.example.com/t/1');
    expect(await loadHiddenThreads()).toEqual(['www.reddit.com/r/weightroom/comments/abc', 'forum.example.com/t/1']);
    await unhideThread('forum.example.com/t/1');
    expect(await loadHiddenThreads()).toEqual(['www.reddit.com/r/weightroom/comments/abc']);
  });

  it('reads corrupt or future values as none hidden', async () => {
    await fakeBrowser.storage.local.set({ 'hidden-threads': 'x' });
    expect(await loadHiddenThreads()).toEqual([]);
    await fakeBrowser.storage.local.set({ 'hidden-threads': ['a'], 'hidden-threads$': { v: 9 } });
    expect(await loadHiddenThreads()).toEqual([]);
  });

  it('keeps only valid keys, and only the most recent ones', () => {
    expect(parseHiddenThreads(['a', '', 3, null, 'a', 'b', 'x'.repeat(5000)])).toEqual(['a', 'b']);
    const many = Array.from({ length: MAX_HIDDEN_THREADS + 5 }, (_, index) => `t/${index}`);
    const kept = parseHiddenThreads(many);
    expect(kept).toHaveLength(MAX_HIDDEN_THREADS);
    expect(kept.at(-1)).toBe(`t/${MAX_HIDDEN_THREADS + 4}`);
  });
});

describe('resetAllData', () => {
  it('erases settings, hidden threads and anything else Spotter stored', async () => {
    await saveSettings(custom);
    await hideThread('forum.example.com/t/1');
    await fakeBrowser.storage.local.set({ answers: { region: ['mid_back'] } });
    await fakeBrowser.storage.session.set({ 'tab-state': 1 });
    await resetAllData();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadHiddenThreads()).toEqual([]);
  });

  it('writes the version again on the first save after a reset', async () => {
    await saveSettings(custom);
    await resetAllData();
    await saveSettings(custom);
    expect(await settingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('updateSettings', () => {
  it('applies quick successive changes one after another, losing none', async () => {
    await Promise.all([
      updateSettings((settings) => ({ ...settings, sensitivity: 'strict' })),
      updateSettings((settings) => ({ ...settings, showBadgeCount: false })),
      updateSettings((settings) => ({ ...settings, theme: 'dark' })),
      updateSettings((settings) => withSiteEnabled(settings, 'old.reddit.com', false)),
    ]);
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'strict',
      showBadgeCount: false,
      theme: 'dark',
      sites: { 'old.reddit.com': false },
    });
  });

  it('keeps going after a change that throws', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('bad change');
      }),
    ).rejects.toThrow('bad change');
    expect(await updateSettings((settings) => ({ ...settings, theme: 'light' }))).toMatchObject({ theme: 'light' });
  });
});
