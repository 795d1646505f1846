import { useRef, useState } from 'preact/hooks';
import { REPLY_FORMATS, REPLY_FORMAT_LABELS, type ReplyFormat } from '@/lib/wording/reply';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies text with the async Clipboard API, falling back to a selected textarea and
 * `execCommand('copy')` where the API is missing or refused (a page without focus, an older
 * browser). The textarea lives inside `container`, so this also works inside a shadow root.
 */
export async function copyText(text: string, container: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, document not focused): try the older way below.
  }
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.setAttribute('aria-hidden', 'true');
  scratch.style.position = 'fixed';
  scratch.style.top = '0';
  scratch.style.left = '0';
  scratch.style.opacity = '0';
  container.append(scratch);
  scratch.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
  }
}

export interface ReplyButtonProps {
  /** Produces the text when the button is pressed (e.g. `() => formatReply(assessment)`). */
  getText: () => string;
  label?: string;
}

/**
 * A copy button with a polite live region confirming the copy. When no way of copying works, the
 * text is shown selected in a read-only box so it can be copied by hand.
 */
export function ReplyButton({ getText, label = 'Copy a reply' }: ReplyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const [text, setText] = useState('');
  const containerRef = useRef<HTMLDivElement>(null);

  async function onCopy() {
    const container = containerRef.current;
    if (!container) return;
    const value = getText();
    setText(value);
    setState((await copyText(value, container)) ? 'copied' : 'manual');
  }

  return (
    <div class="sp-copy" ref={containerRef}>
      <button type="button" class="sp-button" onClick={onCopy}>
        {label}
      </button>
      <span class="sp-copy-status" role="status" aria-live="polite">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'manual' ? 'Copying was blocked: copy the text below.' : ''}
      </span>
      {state === 'manual' && (
        <textarea class="sp-copy-fallback" readOnly aria-label="Text to copy" value={text} ref={(area) => area?.select()} />
      )}
    </div>
  );
}

export interface ReplyControlsProps {
  /** The reply in a format. */
  getReply: (format: ReplyFormat) => string;
  /** The forum's own markup, the control's starting value. */
  defaultFormat: ReplyFormat;
}

/**
 * "Copy a reply" in the forum's markup, with a `[data-reply-format]` control to pick another, and
 * "Copy as text", which always copies plain text.
 */
export function ReplyControls({ getReply, defaultFormat }: ReplyControlsProps) {
  const [format, setFormat] = useState<ReplyFormat>(defaultFormat);
  return (
    <div class="sp-reply">
      <label class="sp-reply-format">
        <span>Reply format</span>
        <select
          data-reply-format
          value={format}
          onChange={(event) => setFormat((event.currentTarget as HTMLSelectElement).value as ReplyFormat)}
        >
          {REPLY_FORMATS.map((value) => (
            <option key={value} value={value}>
              {REPLY_FORMAT_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <ReplyButton getText={() => getReply(format)} />
      <ReplyButton getText={() => getReply('plain')} label="Copy as text" />
    </div>
  );
}
