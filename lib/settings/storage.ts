/**
 * Spotter's settings in extension storage (versioned @wxt-dev/storage items, https://wxt.dev/storage).
 * Everything read from storage goes through the validators in `./schema.ts`, so a corrupt,
 * hand-edited, wrong-type or newer-than-known value reads as the defaults and never throws.
 *
 * The extension pages and the background use it: `loadSettings()`, `watchSettings(cb)` (released with the
 * returned function), `updateSettings(…)`, `loadHiddenThreads()`, `hideThread(key)`. The content script
 * reads the same items raw with the same validators (entrypoints/forum.content/stored-settings.ts), so
 * the storage library stays out of every forum page.
 */
import { storage } from '#imports';
import {
  HIDDEN_THREADS_VERSION,
  SETTINGS_VERSION,
  defaultSettings,
  migrateHiddenThreadsV1ToV2,
  migrateSettingsV1ToV2,
  parseHiddenThreads,
  parseSettings,
  type Settings,
} from './schema';

export * from './schema';

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1ToV2 },
});

export const hiddenThreadsItem = storage.defineItem<unknown>('local:hidden-threads', {
  fallback: [],
  version: HIDDEN_THREADS_VERSION,
  migrations: { 2: migrateHiddenThreadsV1ToV2 },
});

/**
 * Storage written by a newer Spotter (after a downgrade) is in a format this one cannot know;
 * its settings read as the defaults rather than being half-understood.
 */
async function isFromTheFuture(item: { getMeta(): Promise<Record<string, unknown>> }, version: number): Promise<boolean> {
  const { v } = await item.getMeta();
  return typeof v === 'number' && v > version;
}

export async function loadSettings(): Promise<Settings> {
  if (await isFromTheFuture(settingsItem, SETTINGS_VERSION)) return defaultSettings();
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
  // Stamp the version on every write: after `resetAllData` the item would otherwise be saved without one
  // and read as v1 at the next start.
  await settingsItem.setMeta({ v: SETTINGS_VERSION });
}

let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Reads, changes and writes the settings; returns what was written. Updates from one page run one
 * after another, so two quick clicks (sensitivity, then theme) cannot both start from the same old
 * settings and lose the first change.
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const update = pendingUpdate.then(async () => {
    const next = parseSettings(change(await loadSettings()));
    await saveSettings(next);
    return next;
  });
  pendingUpdate = update.catch(() => undefined);
  return update;
}

/** Calls `onChange` with the validated settings whenever they change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}

export async function loadHiddenThreads(): Promise<string[]> {
  if (await isFromTheFuture(hiddenThreadsItem, HIDDEN_THREADS_VERSION)) return [];
  return parseHiddenThreads(await hiddenThreadsItem.getValue());
}

async function saveHiddenThreads(keys: string[]): Promise<void> {
  await hiddenThreadsItem.setValue(parseHiddenThreads(keys));
  await hiddenThreadsItem.setMeta({ v: HIDDEN_THREADS_VERSION });
}

export async function hideThread(key: string): Promise<void> {
  const keys = await loadHiddenThreads();
  await saveHiddenThreads([...keys.filter((existing) => existing !== key), key]);
}

export async function unhideThread(key: string): Promise<void> {
  await saveHiddenThreads((await loadHiddenThreads()).filter((existing) => existing !== key));
}

/**
 * Erases everything Spotter keeps in storage: settings, the forums the reader added, hidden threads,
 * and whatever else other parts keep. Access to added forums is released by the background
 * (`spotter:reset-all`), which calls this last.
 */
export async function resetAllData(): Promise<void> {
  await Promise.all([storage.clear('local'), storage.clear('sync'), storage.clear('session')]);
}
