import { browser } from 'wxt/browser';
import { defineContentScript, type ContentScriptContext } from '#imports';
import { chooseAdapter } from '@/lib/adapters';
import type { ForumAdapter, ForumPost } from '@/lib/adapters/types';
import type { Assessment } from '@/lib/analysis/types';
import { DEFAULT_MATCH_PATTERNS } from '@/lib/settings/forum-hosts';
import { createErrorGuard } from '@/lib/page/error-guard';
import {
  isShowPostMessage,
  type AssessPostMessage,
  type AssessPostAnswer,
  type LoadPanelMessage,
  type OpenQuestionnaireMessage,
  type PageStoppedMessage,
  type PanelSettingMessage,
  type RelevantCountMessage,
} from '@/lib/messages';
import { createEngineClient } from '@/lib/page/engine-client';
import { createOverlay, type Overlay } from '@/lib/page/thread-badges';
import { threadKey } from '@/lib/page/thread-key';
import { detectPageTheme } from '@/lib/page/page-theme';
import { findPanelModule, type PanelApi } from '@/lib/page/panel-bridge';
import { AUTO_ADAPTER, adapterFor, defaultSettings, isSiteEnabled, type Settings } from '@/lib/settings/schema';
import { readStoredSettings, watchStoredSettings, type StoredSettings } from './stored-settings';

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  // No stylesheet: badges style themselves inline and the panel carries its own CSS.
  cssInjectionMode: 'manual',
  // WXT tells an older copy of this script to stop with a DOM event; its extra `window.postMessage`, kept only for
  // WXT versions before 0.20, wakes the forum's own message listeners and makes Chromium capture a stack trace,
  // which reparses this whole script for its source positions: about 4 ms of every page's start (README, "Performance").
  // https://github.com/wxt-dev/wxt/pull/2035
  noScriptStartedPostMessage: true,
  main: (ctx) => startSpotter(ctx),
});

interface Running {
  overlay: Overlay;
  adapter: ForumAdapter;
  stop: AbortController;
  /** Still reading ahead of the settings: no badge in the page, no count reported. */
  held: boolean;
}

async function startSpotter(ctx: ContentScriptContext): Promise<void> {
  const guard = createErrorGuard((message, error) => console.warn(message, error));
  const root = document.documentElement;
  root.dataset.spotter = 'ready';
  ctx.onInvalidated(() => delete root.dataset.spotter);

  const stored = readStoredSettings();
  // Until the reader's settings arrive, the defaults: they only choose the adapter, by the page's markers.
  let settings: Settings = defaultSettings();
  let hiddenThreads = new Set<string>();
  let url = new URL(location.href);
  let running: Running | undefined;
  let panel: PanelApi | undefined;

  const sendCount = (count: number, unread: number) =>
    sendMessage({ type: 'spotter:relevant-count', count, unread } satisfies RelevantCountMessage);
  const engine = createEngineClient({
    send: (message) => browser.runtime.sendMessage(message),
    sensitivity: () => settings.sensitivity,
    after: (ms, task) => {
      const handle = ctx.setTimeout(task, ms);
      return () => clearTimeout(handle);
    },
  });

  /** The panel script, injected by the background on first use (lib/page/panel-bridge.ts). */
  async function loadPanel(): Promise<PanelApi> {
    if (panel) return panel;
    if (!findPanelModule(globalThis))
      await browser.runtime.sendMessage({ type: 'spotter:load-panel' } satisfies LoadPanelMessage);
    const module = findPanelModule(globalThis);
    if (!module) throw new Error('the panel script did not load');
    panel ??= module.createPanel({
      ctx,
      assess: assessForPanel,
      onCheckOwnBack: (features) =>
        sendMessage({ type: 'spotter:open-questionnaire', features } satisfies OpenQuestionnaireMessage),
      onHideThread: () => {
        if (running) sendMessage({ type: 'spotter:hide-thread', key: threadKey(running.adapter, url) });
      },
      onDisableSite: () => sendMessage({ type: 'spotter:turn-off-site' }),
    });
    return panel;
  }

  async function assessForPanel(text: string, thread: AssessPostMessage['thread']): Promise<Assessment> {
    const answer = (await browser.runtime.sendMessage({
      type: 'spotter:assess-post',
      text,
      thread,
      sensitivity: settings.sensitivity,
    } satisfies AssessPostMessage)) as AssessPostAnswer | undefined;
    if (!answer?.ok) throw new Error(`the engine could not assess this post: ${answer?.message ?? 'no answer'}`);
    return answer.assessment;
  }

  async function openPanel(post: ForumPost, badge: HTMLButtonElement): Promise<void> {
    if (!running) return;
    const theme = settings.theme === 'page' ? detectPageTheme(document, window) : settings.theme;
    await (await loadPanel()).open({ post, badge, theme, thread: running.overlay.threadContext() });
  }

  function adapterForPage(): ForumAdapter | null {
    const choice = chooseAdapter(adapterFor(settings, location.hostname), document, url);
    if (choice?.fallbackReason) console.warn(`Spotter: ${choice.fallbackReason}`);
    return choice?.adapter ?? null;
  }

  function stop(): void {
    if (!running) return;
    running.stop.abort();
    running.overlay.clear();
    running = undefined;
    panel?.close(false);
    // Held or not, the background may list posts this page asked about: they go with the count.
    sendMessage({ type: 'spotter:stopped' } satisfies PageStoppedMessage);
  }

  /** Starts or stops the badges to match the settings, the hidden threads and the URL. */
  function apply(): void {
    const adapter = running?.adapter ?? adapterForPage();
    const wanted = adapter !== null && isSiteEnabled(settings, location.hostname) && !hiddenThreads.has(threadKey(adapter, url));
    if (!wanted || !adapter) {
      stop();
      return;
    }
    if (running?.held) {
      running.held = false;
      running.overlay.release();
    }
    if (!running) start(adapter, false);
  }

  function start(adapter: ForumAdapter, held: boolean): void {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const overlay = createOverlay({
      doc: document,
      url,
      adapter,
      engine,
      signal: controller.signal,
      onError: (error) => guard.report('scanning posts', error),
      onCountChange: sendCount,
      onOpen: (post, badge) => void guard.run('opening the panel', () => openPanel(post, badge)),
      held,
      // In the task that starts it (this script's first, ahead of the settings, or the one that brought settings
      // turning Spotter on): the thread's first batch leaves before the page's next task, which on a heavy page can
      // keep the main thread for 50 ms.
      quickStart: true,
    });
    running = { overlay, adapter, stop: controller, held };
  }

  // The posts on screen are read and sent to the engine while the settings are on their way: on a heavy page
  // their answer waits behind the page's own work (tens of ms), and the first badges with it (README,
  // "Performance"). Their badges wait for the settings, which may yet turn Spotter off here.
  guard.run('the first look', () => {
    const adapter = adapterForPage();
    if (adapter) start(adapter, true);
  });
  const first = await stored.catch((error: unknown) => {
    guard.report('reading the settings', error);
    return null;
  });
  // Settings that could not be read, or from an older Spotter that the background has not migrated yet:
  // the reader's choices are not known, so Spotter stays off on this page rather than act on the defaults.
  if (!first) return stop();
  // The engine answered ahead of the settings at the default sensitivity: another one starts the page afresh
  // (with a first look again, so the reader's first badges are not a slice later).
  if (first.settings.sensitivity !== settings.sensitivity) stop();
  ({ settings, hiddenThreads } = first);
  // The page may have moved to another thread (Discourse, Reddit) while the settings were read.
  url = new URL(location.href);
  running?.overlay.reset(url);
  // The reader named an adapter for this site: what was read by the page's markers is dropped.
  if (adapterFor(settings, location.hostname) !== AUTO_ADAPTER) stop();
  guard.run('starting', apply);

  watchStoredSettings(
    guard.wrap('applying settings', (next: StoredSettings) => {
      const sensitivityChanged = next.settings.sensitivity !== settings.sensitivity;
      settings = next.settings;
      hiddenThreads = next.hiddenThreads;
      apply();
      if (!running) return;
      // Batches carry the sensitivity the page read: ask again about every post at the new one.
      if (sensitivityChanged) running.overlay.refresh();
      // The service worker may have restarted and lost the count; send it again.
      sendCount(running.overlay.count(), running.overlay.scanner.stats().unread);
    }),
    ctx.signal,
  );

  // The popup's list of this page's marked posts: scroll to the one the reader chose and open its panel.
  // The answer goes through sendResponse (and `true` keeps the channel open): this script runs without
  // webextension-polyfill (wxt.config.ts), and Chrome does not take a listener's returned promise as its answer.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: { ok: boolean }) => void): true | undefined => {
    if (!isShowPostMessage(message)) return undefined;
    const found = running?.overlay.find(message.postId);
    if (!found) {
      sendResponse({ ok: false });
      return undefined;
    }
    found.post.element.scrollIntoView({ block: 'start', behavior: 'smooth' });
    found.badge.focus({ preventScroll: true });
    openPanel(found.post, found.badge).then(
      () => sendResponse({ ok: true }),
      (error: unknown) => {
        guard.report('opening the panel', error);
        sendResponse({ ok: false });
      },
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  // Discourse, Reddit and Flarum change threads without reloading the page.
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard.wrap('following in-page navigation', ({ newUrl }: { newUrl: URL }) => {
      const previous = url;
      url = new URL(newUrl.href);
      if (!running) return apply();
      if (threadKey(running.adapter, previous) !== threadKey(running.adapter, url)) panel?.close(false);
      if (hiddenThreads.has(threadKey(running.adapter, url))) return stop();
      running.overlay.reset(url);
    }),
  );
}

/** Best-effort messages: the background may be restarting, and nothing here waits for an answer. */
function sendMessage(message: RelevantCountMessage | OpenQuestionnaireMessage | PanelSettingMessage | PageStoppedMessage): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}
