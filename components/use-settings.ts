import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings, type Settings } from '@/lib/settings/storage';

export interface SettingsState {
  /** Undefined until storage has answered. */
  settings: Settings | undefined;
  /** Applies `change` to the stored settings; other pages see it through their own watchers. */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
}

/** The current settings, kept up to date when another page (popup, options, another tab) changes them. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let mounted = true;
    void loadSettings().then((loaded) => {
      if (mounted) setSettings(loaded);
    });
    const stopWatching = watchSettings(setSettings);
    return () => {
      mounted = false;
      stopWatching();
    };
  }, []);
  const update = useCallback(async (change: (settings: Settings) => Settings) => {
    const next = await updateSettings(change);
    setSettings(next);
    return next;
  }, []);
  return { settings, update };
}
