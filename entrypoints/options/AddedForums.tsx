import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AUTO_ADAPTER, isSiteEnabled, parseSiteInput, withSiteEnabled, type Settings } from '@/lib/settings/storage';
import { requestSiteAccess } from '@/lib/background/site-registration';
import { Switch } from './controls';
import { ADAPTER_LABELS, adapterLabel } from './labels';
import { sendSiteMessage, useSiteAccess } from './site-access';

/** `options.html#add=forum.example.com` (the popup's "Add this forum…") prefills the address. */
function addressFromHash(): string {
  return new URLSearchParams(location.hash.slice(1)).get('add') ?? '';
}

export function AddedForums(props: { settings: Settings; update(change: (settings: Settings) => Settings): Promise<Settings> }) {
  const { settings, update } = props;
  const access = useSiteAccess(settings.userSites.map((site) => site.host));
  const [address, setAddress] = useState(addressFromHash);
  const [adapter, setAdapter] = useState(AUTO_ADAPTER);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const adapterSelect = useRef<HTMLSelectElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (address) input.current?.focus();
    // Only on first render: the prefilled address from the popup.
  }, []);

  function fail(message: string): void {
    setError(message);
    input.current?.focus();
  }

  function add(event: Event): void {
    event.preventDefault();
    if (busy) return;
    setStatus('');
    // The fields themselves, not the last rendered state: the reader may submit before a re-render (autofill, a fast Enter).
    const parsed = parseSiteInput(input.current?.value ?? address, settings);
    const chosenAdapter = adapterSelect.current?.value ?? adapter;
    if (!parsed.ok) {
      fail(parsed.message);
      return;
    }
    setError(undefined);
    setBusy(true);
    // The permission request comes first, straight from the click: browsers refuse it after any other await.
    requestSiteAccess(browser, parsed.host)
      .then(async (granted) => {
        if (!granted) return fail(`Spotter needs your permission to read ${parsed.host}. Nothing was added.`);
        const result = await sendSiteMessage({ type: 'spotter:add-site', host: parsed.host, adapter: chosenAdapter });
        if (!result.ok) return fail(result.message);
        setAddress('');
        setAdapter(AUTO_ADAPTER);
        setStatus(`Added ${parsed.host}. Spotter marks posts there from the next page you open or reload.`);
      })
      .catch((failure: unknown) => fail(`Spotter could not add ${parsed.host}: ${String(failure)}`))
      .finally(() => setBusy(false));
  }

  async function remove(host: string): Promise<void> {
    setStatus('');
    const result = await sendSiteMessage({ type: 'spotter:remove-site', host }).catch(
      (failure: unknown) => ({ ok: false, message: String(failure) }) as const,
    );
    if (!result.ok) {
      setError(`Spotter could not remove ${host}: ${result.message}`);
      return;
    }
    setError(undefined);
    setStatus(`Removed ${host}. Spotter no longer has access to it.`);
    // The removed row held the focus; put it somewhere that still exists.
    heading.current?.focus();
  }

  function allowAgain(host: string): void {
    setStatus('');
    requestSiteAccess(browser, host)
      .then((granted) =>
        setStatus(granted ? `Spotter can read ${host} again.` : `Spotter still can’t read ${host}; access was not given.`),
      )
      .catch((failure: unknown) => setError(`Spotter could not ask for access to ${host}: ${String(failure)}`));
  }

  const errorId = 'add-forum-error';
  return (
    <section aria-labelledby="added-forums-heading" data-spotter-user-sites>
      <h2 id="added-forums-heading" ref={heading} tabIndex={-1}>
        Forums you added
      </h2>
      {settings.userSites.length === 0 ? (
        <p class="intro">You haven’t added any forums yet.</p>
      ) : (
        <ul class="site-list">
          {settings.userSites.map(({ host, adapter: chosen }) => {
            const switchId = `user-site-${host}`;
            const lostAccess = access.get(host) === false;
            return (
              <li key={host} data-spotter-user-site={host}>
                <Switch
                  id={switchId}
                  checked={isSiteEnabled(settings, host)}
                  describedBy={`${switchId}-details`}
                  onChange={(on) => void update((current) => withSiteEnabled(current, host, on))}
                >
                  {host}
                </Switch>
                <p id={`${switchId}-details`} class="site-details">
                  Forum software: {chosen === AUTO_ADAPTER ? 'Spotter works it out' : adapterLabel(chosen)}.
                  {lostAccess && ' Spotter no longer has access to this forum, so it can’t mark posts there.'}
                </p>
                <div class="site-actions">
                  {lostAccess && (
                    <button type="button" onClick={() => allowAgain(host)}>
                      Allow access again
                    </button>
                  )}
                  <button type="button" class="secondary" aria-label={`Remove ${host}`} onClick={() => void remove(host)}>
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <form class="add-forum" onSubmit={add} noValidate>
        <h3>Add a forum</h3>
        <p class="intro" id="add-forum-hint">
          Type the forum’s address, or paste a link to one of its threads. Your browser then asks you to let Spotter read that one
          site; Spotter asks for nothing else.
        </p>
        <div class="field">
          <label for="add-forum-address">Forum address</label>
          <input
            id="add-forum-address"
            ref={input}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="forum.example.com"
            value={address}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `add-forum-hint ${errorId}` : 'add-forum-hint'}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="add-forum-adapter">Forum software</label>
          <select
            id="add-forum-adapter"
            ref={adapterSelect}
            value={adapter}
            onChange={(event) => setAdapter(event.currentTarget.value)}
          >
            <option value={AUTO_ADAPTER}>Let Spotter work it out (recommended)</option>
            {Object.entries(ADAPTER_LABELS).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p id={errorId} class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add forum'}
        </button>
      </form>
      <p class="status" role="status" data-spotter-status>
        {status}
      </p>
    </section>
  );
}
