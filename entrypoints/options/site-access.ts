import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSiteChangeResult, type SiteChangeResult, type SiteMessage } from '@/lib/messages';
import { hasSiteAccess } from '@/lib/background/site-registration';

/** Asks the background to change the forums the reader added (only it may register content scripts). */
export async function sendSiteMessage(message: SiteMessage): Promise<SiteChangeResult> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (isSiteChangeResult(reply)) return reply;
  throw new Error(`The background answered ${JSON.stringify(reply)} to ${message.type}`);
}

/**
 * Which of these hosts Spotter may read now. Refreshed when access changes anywhere, e.g. when the
 * reader withdraws it in the browser's own extension settings.
 */
export function useSiteAccess(hosts: readonly string[]): ReadonlyMap<string, boolean> {
  const [access, setAccess] = useState<ReadonlyMap<string, boolean>>(new Map());
  const key = hosts.join('\n');
  useEffect(() => {
    let mounted = true;
    const refresh = () => {
      void Promise.all(hosts.map(async (host) => [host, await hasSiteAccess(browser, host)] as const)).then((entries) => {
        if (mounted) setAccess(new Map(entries));
      });
    };
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      mounted = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
    // `key` stands for `hosts`: a new array holding the same hosts needs no new listeners.
  }, [key]);
  return access;
}
