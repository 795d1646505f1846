import { describe, expect, it } from 'vitest';
import {
  HIDDEN_THREADS_VERSION,
  SETTINGS_VERSION,
  defaultSettings,
  hiddenThreadsFromStorage,
  parseSettings,
  settingsFromStorage,
  withSiteEnabled,
} from '@/lib/settings/schema';

const saved = withSiteEnabled(defaultSettings(), 'www.reddit.com', false);

describe('settingsFromStorage (the content script reading raw storage)', () => {
  it('reads a current value as the settings page wrote it', () => {
    expect(settingsFromStorage(saved, { v: SETTINGS_VERSION })).toEqual(parseSettings(saved));
  });

  it('reads nothing stored as the defaults', () => {
    expect(settingsFromStorage(undefined, undefined)).toEqual(defaultSettings());
  });

  it('reads a value from a newer Spotter as the defaults', () => {
    expect(settingsFromStorage(saved, { v: SETTINGS_VERSION + 1 })).toEqual(defaultSettings());
  });

  it('reads an unstamped first-version value as not known yet (null), until the background has migrated it', () => {
    const v1 = { ...saved, userSites: ['forum.example.org'] };
    expect(settingsFromStorage(v1, undefined)).toBeNull();
    expect(settingsFromStorage(v1, { v: SETTINGS_VERSION - 1 })).toBeNull();
  });

  it.each([42, 'x', null, [], { sites: 'all' }])('reads the corrupt value %j as valid settings', (value) => {
    expect(settingsFromStorage(value, { v: SETTINGS_VERSION })).toEqual(parseSettings(value));
  });
});

describe('hiddenThreadsFromStorage', () => {
  it('reads stored keys, and none from a newer Spotter or a corrupt value', () => {
    expect(hiddenThreadsFromStorage(['a', 'b'], { v: HIDDEN_THREADS_VERSION })).toEqual(['a', 'b']);
    expect(hiddenThreadsFromStorage(['a'], { v: HIDDEN_THREADS_VERSION + 1 })).toEqual([]);
    expect(hiddenThreadsFromStorage('a', { v: HIDDEN_THREADS_VERSION })).toEqual([]);
    expect(hiddenThreadsFromStorage(undefined, undefined)).toEqual([]);
  });

  it('reads keys from before the current version as not known yet (null), until the background has migrated them', () => {
    expect(hiddenThreadsFromStorage(['a'], { v: HIDDEN_THREADS_VERSION - 1 })).toBeNull();
    expect(hiddenThreadsFromStorage(['a'], undefined)).toBeNull();
  });
});
