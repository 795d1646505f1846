import { useEffect, useRef, useState } from 'preact/hooks';
import { sendSiteMessage } from './site-access';

/** "Reset all Spotter data", with a confirm step. The background releases added forums, then erases storage. */
export function ResetData() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  function close(message = ''): void {
    setConfirming(false);
    setStatus(message);
    resetButton.current?.focus();
  }

  async function reset(): Promise<void> {
    setBusy(true);
    const result = await sendSiteMessage({ type: 'spotter:reset-all' }).catch(
      (failure: unknown) => ({ ok: false, message: String(failure) }) as const,
    );
    setBusy(false);
    close(
      result.ok ? 'All Spotter data was erased. Spotter is back to its first settings.' : `Nothing was reset: ${result.message}`,
    );
  }

  return (
    <section aria-labelledby="reset-heading" data-spotter-reset>
      <h2 id="reset-heading">Reset</h2>
      <p class="intro">
        Erases your settings, the forums you added (and Spotter’s access to them), the threads you hid, and anything else Spotter
        saved in this browser. Spotter then starts again with its first settings.
      </p>
      <button
        type="button"
        class="danger"
        ref={resetButton}
        aria-expanded={confirming}
        aria-controls="reset-confirm"
        onClick={() => {
          setStatus('');
          setConfirming(true);
        }}
      >
        Reset all Spotter data…
      </button>
      {confirming && (
        // biome-ignore lint/a11y/useSemanticElements: a confirmation strip of two buttons, not a set of form fields.
        <div
          id="reset-confirm"
          class="confirm"
          role="group"
          aria-labelledby="reset-confirm-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p id="reset-confirm-question">Erase all Spotter data? This can’t be undone.</p>
          <button type="button" class="danger" disabled={busy} onClick={() => void reset()}>
            Yes, erase everything
          </button>
          <button type="button" class="secondary" ref={cancelButton} disabled={busy} onClick={() => close()}>
            Cancel
          </button>
        </div>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
