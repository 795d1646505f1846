import { browser } from 'wxt/browser';
import { defineContentScript, type ContentScriptContext } from '#imports';
import { ADAPTERS, detectAdapter } from '@/lib/adapters';
import type { ForumAdapter, ForumPost } from '@/lib/adapters/types';
import { DEFAULT_MATCH_PATTERNS } from '@/lib/settings/forum-hosts';
import { createErrorGuard } from '@/lib/page/error-guard';
import type { LoadPanelMessage, OpenQuestionnaireMessage, PanelSettingMessage, RelevantCountMessage } from '@/lib/messages';
import { createOverlay, threadKeyOf, type Overlay } from '@/lib/page/thread-badges';
import { detectPageTheme } from '@/lib/page/page-theme';
import { findPanelModule, type PanelApi } from '@/lib/page/panel-bridge';
import { AUTO_ADAPTER, adapterFor, isSiteEnabled, relevanceThreshold, type Settings } from '@/lib/settings/schema';
import { readStoredSettings, watchStoredSettings } from './stored-settings';

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  // No stylesheet: badges style themselves inline and the panel carries its own CSS.
  cssInjectionMode: 'manual',
  main: (ctx) => startSpotter(ctx),
});

interface Running {
  overlay: Overlay;
  adapter: ForumAdapter;
  stop: AbortController;
}

async function startSpotter(ctx: ContentScriptContext): Promise<void> {
  const guard = createErrorGuard((message, error) => console.warn(message, error));
  const root = document.documentElement;
  root.dataset.spotter = 'ready';
  ctx.onInvalidated(() => delete root.dataset.spotter);

  const stored = await readStoredSettings();
  let settings: Settings = stored.settings;
  let hiddenThreads = stored.hiddenThreads;
  let url = new URL(location.href);
  let running: Running | undefined;
  let panel: PanelApi | undefined;

  const sendCount = (count: number) => sendMessage({ type: 'spotter:relevant-count', count } satisfies RelevantCountMessage);

  /** The panel script, injected by the background on first use (lib/panel-bridge.ts). */
  async function loadPanel(): Promise<PanelApi> {
    if (panel) return panel;
    if (!findPanelModule(globalThis)) await browser.runtime.sendMessage({ type: 'spotter:load-panel' } satisfies LoadPanelMessage);
    const module = findPanelModule(globalThis);
    if (!module) throw new Error('the panel script did not load');
    panel ??= module.createPanel({
      ctx,
      onCheckOwnBack: (features) => sendMessage({ type: 'spotter:open-questionnaire', features } satisfies OpenQuestionnaireMessage),
      onHideThread: () => {
        if (running) sendMessage({ type: 'spotter:hide-thread', key: threadKeyOf(running.adapter, url) });
      },
      onDisableSite: () => sendMessage({ type: 'spotter:turn-off-site' }),
    });
    return panel;
  }

  async function openPanel(post: ForumPost, badge: HTMLButtonElement): Promise<void> {
    const theme = settings.theme === 'page' ? detectPageTheme(document, window) : settings.theme;
    await (await loadPanel()).open({ post, badge, theme });
  }

  function chooseAdapter(): ForumAdapter | null {
    const chosen = adapterFor(settings, location.hostname);
    if (chosen !== AUTO_ADAPTER) {
      const adapter = ADAPTERS.find((candidate) => candidate.id === chosen);
      if (adapter) return adapter;
    }
    return detectAdapter(document, url);
  }

  function stop(): void {
    if (!running) return;
    running.stop.abort();
    running.overlay.clear();
    running = undefined;
    panel?.close(false);
    sendCount(0);
  }

  /** Starts, stops or re-tunes the overlay to match the settings, the hidden threads and the URL. */
  function apply(): void {
    const adapter = running?.adapter ?? chooseAdapter();
    const wanted =
      adapter !== null && isSiteEnabled(settings, location.hostname) && !hiddenThreads.has(threadKeyOf(adapter, url));
    if (!wanted || !adapter) return stop();
    const threshold = relevanceThreshold(settings.sensitivity);
    if (running) return running.overlay.setThreshold(threshold);
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const overlay = createOverlay({
      doc: document,
      url,
      adapter,
      threshold,
      signal: controller.signal,
      onError: (error) => guard.report('scanning posts', error),
      onCountChange: sendCount,
      onOpen: (post, badge) => void guard.run('opening the panel', () => openPanel(post, badge)),
    });
    running = { overlay, adapter, stop: controller };
  }

  guard.run('starting', apply);

  watchStoredSettings(
    guard.wrap('applying settings', (next: Awaited<ReturnType<typeof readStoredSettings>>) => {
      settings = next.settings;
      hiddenThreads = next.hiddenThreads;
      apply();
      // The service worker may have restarted and lost the count; send it again.
      if (running) sendCount(running.overlay.count());
    }),
    ctx.signal,
  );

  // Discourse, Reddit and Flarum change threads without reloading the page.
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard.wrap('following in-page navigation', ({ newUrl }: { newUrl: URL }) => {
      const previous = url;
      url = new URL(newUrl.href);
      if (!running) return apply();
      if (threadKeyOf(running.adapter, previous) !== threadKeyOf(running.adapter, url)) panel?.close(false);
      if (hiddenThreads.has(threadKeyOf(running.adapter, url))) return stop();
      running.overlay.reset(url);
    }),
  );
}

/** Best-effort messages: the background may be restarting, and nothing here waits for an answer. */
function sendMessage(message: RelevantCountMessage | OpenQuestionnaireMessage | PanelSettingMessage): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}
