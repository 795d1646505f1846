import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isKnownSite, isSiteEnabled, normalizeHost, withSiteEnabled } from '@/lib/settings/storage';
import { useSettings } from './use-settings';
import './SiteToggle.css';

export interface SiteToggleProps {
  /** The current tab's host (`useActiveTabHost()`); undefined when the browser does not say. */
  host: string | undefined;
}

function openOptions(hash = ''): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${hash}` });
}

/** Whether Spotter is on for the current tab's forum, with a one-click switch. */
export function SiteToggle({ host }: SiteToggleProps) {
  const { settings, update } = useSettings();
  const hintId = useId();
  if (!settings) return null;
  const site = host === undefined ? undefined : normalizeHost(host);

  if (site === undefined) {
    return (
      <section class="spotter-site-toggle" data-spotter-site-toggle="none">
        <p class="spotter-site-toggle__text">
          Spotter marks posts on the forums chosen in its settings. This page isn’t one of them.
        </p>
        <button type="button" class="spotter-site-toggle__link" onClick={() => openOptions()}>
          Choose forums
        </button>
      </section>
    );
  }

  if (!isKnownSite(settings, site)) {
    return (
      <section class="spotter-site-toggle" data-spotter-site-toggle="unknown">
        <p class="spotter-site-toggle__text">
          Spotter doesn’t read <strong>{site}</strong>.
        </p>
        <button type="button" class="spotter-site-toggle__link" onClick={() => openOptions(`#add=${encodeURIComponent(site)}`)}>
          Add this forum…
        </button>
      </section>
    );
  }

  const enabled = isSiteEnabled(settings, site);
  return (
    <section class="spotter-site-toggle" data-spotter-site-toggle={enabled ? 'on' : 'off'}>
      <label class="spotter-site-toggle__row">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          aria-checked={enabled}
          aria-describedby={hintId}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            void update((current) => withSiteEnabled(current, site, on));
          }}
        />
        <span>
          Spotter on <strong>{site}</strong>
        </span>
      </label>
      <p id={hintId} class="spotter-site-toggle__hint">
        {enabled
          ? 'Spotter marks posts about back cramps, pumps and pain here.'
          : 'Off: Spotter leaves this forum’s pages alone until you switch it back on.'}
      </p>
    </section>
  );
}
