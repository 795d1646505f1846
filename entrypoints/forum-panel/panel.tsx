import { render } from 'preact';
import { createShadowRootUi } from '#imports';
import { detectAdapter } from '@/lib/adapters';
import { readPostText } from '@/lib/adapters/types';
import type { Assessment } from '@/lib/analysis/types';
import { findPhraseRanges } from '@/lib/page/highlight';
import { replyFormatFor } from '@/lib/wording/reply';
import type { OpenPanelRequest, PanelApi, PanelHost } from '@/lib/page/panel-bridge';
import { SidePanel } from '@/components/SidePanel';
import tokensCss from '@/components/tokens.css?inline';
import sharedCss from '@/components/styles.css?inline';
import panelCss from '@/components/panel.css?inline';

const HIGHLIGHT_NAME = 'spotter-match';

/**
 * The side panel in `<spotter-panel>` (open shadow root, so page CSS cannot reach it and tests can).
 * One panel at a time; opening another post's panel replaces the content. Closing returns focus to
 * the badge that opened it and clears the highlights.
 */
export function createPanel(host: PanelHost): PanelApi {
  const { ctx } = host;
  let current: OpenPanelRequest | undefined;
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | undefined;
  const highlightStyle = createHighlightStyle();

  function close(returnFocus = true): void {
    const badge = current?.badge;
    current = undefined;
    ui?.remove();
    clearHighlights();
    if (returnFocus && badge?.isConnected) badge.focus();
  }

  async function open(request: OpenPanelRequest): Promise<void> {
    current = request;
    ui ??= await createShadowRootUi<HTMLElement>(ctx, {
      name: 'spotter-panel',
      // The styles travel inside the script: a stylesheet file would have to be web-accessible on
      // every forum a reader adds, and fetching it would be a request the page can see.
      css: `${tokensCss}\n${sharedCss}\n${panelCss}`,
      position: 'inline',
      // A sibling of <body>: a transform or overflow on the forum's body cannot trap the fixed panel.
      anchor: 'html',
      append: 'last',
      // Keys typed in the panel must not trigger the forum's own shortcuts (j/k, r to reply…).
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    const assessment = await host.assess(readPostText(request.post), request.thread);
    // Another badge was opened (or the panel closed) while the engine answered.
    if (current !== request) return;
    if (!ui.mounted) ui.mount();
    const container = ui.mounted;
    if (!container) throw new Error('Spotter panel failed to mount');
    render(
      <SidePanel
        assessment={assessment}
        author={request.post.author}
        theme={request.theme}
        replyFormat={replyFormatFor(detectAdapter(document, new URL(location.href))?.id)}
        onClose={() => close()}
        onCheckOwnBack={() => host.onCheckOwnBack(assessment.features)}
        onHideThread={() => {
          close(false);
          host.onHideThread();
        }}
        onDisableSite={() => {
          close(false);
          host.onDisableSite();
        }}
      />,
      container,
    );
    showHighlights(request, assessment, highlightStyle);
  }

  ctx.onInvalidated(() => close(false));
  return { open, close };
}

function createHighlightStyle(): CSSStyleSheet | undefined {
  if (typeof CSSStyleSheet === 'undefined' || !('highlights' in CSS)) return undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(242, 177, 52, 0.45); color: inherit; }`);
  return sheet;
}

/**
 * Marks the words Spotter matched in the post with the CSS Custom Highlight API: no element is
 * added to the post, so the forum's own DOM and scripts see nothing change.
 */
function showHighlights({ post }: OpenPanelRequest, assessment: Assessment, sheet: CSSStyleSheet | undefined): void {
  if (!sheet) return;
  const words = assessment.matches.flatMap((match) => match.words);
  const skip = post.excluded ? (element: Element) => element.matches(post.excluded) : undefined;
  const ranges = findPhraseRanges(post.bodyElement, words, skip);
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
}

function clearHighlights(): void {
  if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
}
