import { browser } from 'wxt/browser';
import { hiddenThreadsFromStorage, settingsFromStorage, type Settings } from '@/lib/settings/schema';

/**
 * The reader's settings as the content script sees them, read straight from extension storage and
 * validated by the same pure functions the settings page uses. The storage library stays out of the
 * script every forum page loads (README, "Performance"); the background does the writing.
 */
export interface StoredSettings {
  settings: Settings;
  hiddenThreads: Set<string>;
}

const KEYS = ['settings', 'settings$', 'hidden-threads', 'hidden-threads$'];

/** Null while a value from an older Spotter waits for the background to migrate it (`settingsFromStorage`). */
export async function readStoredSettings(): Promise<StoredSettings | null> {
  const values: Record<string, unknown> = await browser.storage.local.get(KEYS);
  const settings = settingsFromStorage(values.settings, values.settings$);
  const hiddenThreads = hiddenThreadsFromStorage(values['hidden-threads'], values['hidden-threads$']);
  return settings && hiddenThreads && { settings, hiddenThreads: new Set(hiddenThreads) };
}

/** Calls `onChange` with fresh settings whenever a key it reads changes (and they are migrated); stops when `signal` aborts. */
export function watchStoredSettings(onChange: (stored: StoredSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !KEYS.some((key) => key in changes)) return;
    void readStoredSettings().then((stored) => stored && onChange(stored));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
