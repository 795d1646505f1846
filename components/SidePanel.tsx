import { useEffect, useRef } from 'preact/hooks';
import type { Assessment } from '@/lib/analysis/types';
import { getCause } from '@/lib/catalog';
import { formatReply, type ReplyFormat } from '@/lib/wording/reply';
import { ReadSummary } from './ReadSummary';
import { readerLocalHelp } from './reader-help';
import { ReplyControls } from './ReplyButton';
import { ResultsView } from './ResultsView';

export interface SidePanelProps {
  assessment: Assessment;
  /** Who wrote the post, when the forum says. */
  author: string | null;
  theme: 'light' | 'dark';
  /** The forum's own markup, the reply's default format. */
  replyFormat: ReplyFormat;
  onClose(): void;
  /** Opens the questionnaire prefilled with this post's features. */
  onCheckOwnBack(): void;
  onHideThread(): void;
  onDisableSite(): void;
}

/**
 * The panel a badge opens, beside the thread: the triage banner first when the post has red flags,
 * then what Spotter read, then the ranked causes with their reasons (with no red flags, the
 * when-to-get-help note follows the causes), and the reader's actions.
 * A non-modal dialog: the thread stays usable, Escape closes it, and the content script returns
 * focus to the badge.
 */
export function SidePanel(props: SidePanelProps) {
  const { assessment, author, theme } = props;
  const help = readerLocalHelp();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [assessment]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    }
  };
  return (
    <aside
      class="spotter sp-panel"
      data-theme={theme}
      role="dialog"
      aria-modal="false"
      aria-labelledby="sp-panel-title"
      onKeyDown={onKeyDown}
    >
      <header class="sp-panel-header">
        <h1 id="sp-panel-title" tabIndex={-1} ref={headingRef}>
          Spotter{author ? ` on ${author}’s post` : ''}
        </h1>
        <button type="button" class="sp-button sp-close" onClick={props.onClose} aria-label="Close Spotter">
          ×
        </button>
      </header>
      <div class="sp-panel-body">
        <ResultsView
          assessment={assessment}
          lookup={getCause}
          help={help}
          beforeCauses={<ReadSummary matches={assessment.matches} />}
          selfCareBannerLast
        />
      </div>
      <footer class="sp-panel-actions">
        <ReplyControls defaultFormat={props.replyFormat} getReply={(format) => formatReply(assessment, { help, format })} />
        <button type="button" class="sp-button" onClick={props.onCheckOwnBack}>
          Check my own back like this
        </button>
        <button type="button" class="sp-button" data-variant="quiet" onClick={props.onHideThread}>
          Hide for this thread
        </button>
        <button type="button" class="sp-button" data-variant="quiet" onClick={props.onDisableSite}>
          Turn off on this site
        </button>
      </footer>
    </aside>
  );
}
