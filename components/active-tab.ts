import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The host of the tab the popup was opened over, or undefined. Without the `tabs` permission the
 * browser tells the address only for sites Spotter may read (the default forums and those the reader
 * added), which are exactly the ones the on/off switch is for.
 */
export async function getActiveTabHost(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return undefined;
  try {
    const url = new URL(tab.url);
    return url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** `getActiveTabHost` for a component: `{ loaded: false }` until the browser answers. */
export function useActiveTabHost(): { loaded: boolean; host: string | undefined } {
  const [state, setState] = useState<{ loaded: boolean; host: string | undefined }>({ loaded: false, host: undefined });
  useEffect(() => {
    let mounted = true;
    void getActiveTabHost()
      .catch(() => undefined)
      .then((host) => {
        if (mounted) setState({ loaded: true, host });
      });
    return () => {
      mounted = false;
    };
  }, []);
  return state;
}
