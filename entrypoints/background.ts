import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { assess } from '@/lib/analysis';
import { createEngineHost } from '@/lib/background/engine-host';
import { WARM_UP_TEXT } from '@/lib/analysis/warm-up';
import { WAKE_PORT_NAME } from '@/lib/background/content-script-files';
import { on, routeMessage, type HandlerTable, type MessageSender } from '@/lib/background/message-router';
import { createTabPosts } from '@/lib/background/tab-posts';
import { BADGE_COLOR, badgeText } from '@/lib/background/toolbar-badge';
import { CHECK_SELECTION_MENU_ID, CHECK_SELECTION_MENU_TITLE, selectionResultsUrl } from '@/lib/background/check-selection';
import { answersHash } from '@/lib/questionnaire/answers-hash';
import {
  isAssessPostMessage,
  isAssessPostsMessage,
  isLoadPanelMessage,
  isOpenQuestionnaireMessage,
  isPageStoppedMessage,
  isPanelSettingMessage,
  isRelevantCountMessage,
  isSiteMessage,
  isTabPostsMessage,
  type TabPostsAnswer,
  type AssessPostAnswer,
  type AssessPostsAnswer,
  type SiteChangeResult,
  type SiteMessage,
} from '@/lib/messages';
import { PANEL_SCRIPT_FILE } from '@/lib/page/panel-bridge';
import {
  hideThread,
  isSiteEnabled,
  loadSettings,
  relevanceThreshold,
  updateSettings,
  watchSettings,
  withSiteEnabled,
} from '@/lib/settings/storage';
import {
  addUserSite,
  createSiteRegistrar,
  removeUserSite,
  resetSpotter,
  restoreUserSites,
} from '@/lib/background/site-registration';

export default defineBackground(() => {
  // MV3 has `action`; Firefox MV2 has the same API as `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const registrar = createSiteRegistrar(browser);
  const engine = createEngineHost(assess);
  const tabPosts = createTabPosts();

  // Site changes run one at a time: a permission event's re-sync must not interleave with an add or remove.
  let siteQueue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = siteQueue.then(task, task);
    siteQueue = run.catch(() => undefined);
    return run;
  }

  function restore(): void {
    serially(() => restoreUserSites(browser, registrar)).catch((error: unknown) =>
      console.error('Spotter could not restore the forums you added', error),
    );
  }

  // Firefox forgets run-time registrations when the background stops, and the reader may have granted
  // or withdrawn a forum's access in the browser's own settings.
  restore();
  browser.permissions.onAdded.addListener(restore);
  browser.permissions.onRemoved.addListener(restore);

  // The content script reports how many posts carry a badge in its page; the toolbar icon shows it per tab.
  // With it, the posts its page has not read yet, for the popup's list.
  const counts = new Map<number, { count: number; unread: number }>();
  async function showCount(tabId: number): Promise<void> {
    const { showBadgeCount } = await loadSettings();
    try {
      await action.setBadgeText({ tabId, text: badgeText(counts.get(tabId)?.count ?? 0, showBadgeCount) });
      await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab closed in the meantime ("No tab with id"); there is no badge left to draw.
      counts.delete(tabId);
    }
  }
  function setCount(tabId: number, count: number, unread: number): void {
    counts.set(tabId, { count, unread });
    void showCount(tabId);
  }
  // A forum page opens a port at document_start only to wake this worker (public/wake.js): Chrome starts an
  // asleep worker for the event, and the engine warms up while the page loads, ahead of its first batch. Not for a
  // forum the reader switched off: its pages wake the worker (the manifest cannot know), but cost it no more.
  browser.runtime.onConnect.addListener((port) => {
    // Unnamed in both browsers; a name means one of Spotter's own ports, if it ever opens one.
    if ((port.name || WAKE_PORT_NAME) !== WAKE_PORT_NAME) return;
    port.disconnect();
    const url = port.sender?.tab?.url;
    if (!url || engine.warm) return;
    void loadSettings().then((settings) => isSiteEnabled(settings, new URL(url).hostname) && engine.warmUp(WARM_UP_TEXT));
  });

  /** Only the top frame's Spotter lists its posts for the popup and speaks for the tab's count. */
  const fromTopFrame = (sender: MessageSender) => (sender.frameId ?? 0) === 0;
  browser.tabs.onRemoved.addListener((tabId) => {
    counts.delete(tabId);
    tabPosts.forget(tabId);
  });

  let showingCounts: boolean | undefined;
  watchSettings(({ showBadgeCount }) => {
    if (showBadgeCount === showingCounts) return;
    showingCounts = showBadgeCount;
    // Switched off: clear every tab, including ones counted before this service worker last restarted.
    void tabsToRedraw(showBadgeCount).then((ids) => Promise.all(ids.map(showCount)));
  });

  async function tabsToRedraw(showBadgeCount: boolean): Promise<number[]> {
    const counted = [...counts.keys()];
    if (showBadgeCount) return counted;
    const open = (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
    return [...new Set([...counted, ...open])];
  }

  /** A tab closed while its batch was being assessed is not listed again. */
  async function isOpen(tabId: number): Promise<boolean> {
    try {
      // Browsers reject for a closed tab; WXT's fake browser answers undefined.
      return (await browser.tabs.get(tabId)) !== undefined;
    } catch {
      return false;
    }
  }

  function handleSiteMessage(message: SiteMessage): Promise<SiteChangeResult> {
    const change = () => {
      switch (message.type) {
        case 'spotter:add-site':
          return addUserSite(browser, registrar, message);
        case 'spotter:remove-site':
          return removeUserSite(browser, registrar, message.host);
        case 'spotter:reset-all':
          return resetSpotter(browser, registrar);
      }
    };
    return serially(change).catch(
      (error: unknown): SiteChangeResult => ({ ok: false, message: `Spotter could not make that change: ${String(error)}` }),
    );
  }

  const siteHandler = on({ accepts: isSiteMessage, from: 'extension-page', handle: handleSiteMessage });

  // Every message Spotter's contexts send the background (lib/messages.ts), with who may send it.
  const table: HandlerTable = {
    'spotter:assess-posts': on({
      accepts: isAssessPostsMessage,
      from: 'content-script',
      handle(message, sender): AssessPostsAnswer {
        const verdicts = engine.verdicts(message.posts, message.thread, relevanceThreshold(message.sensitivity));
        const tabId = sender.tab!.id!;
        if (fromTopFrame(sender)) {
          // Listed at once, and dropped again if the tab turns out to have closed before its batch came in
          // (its onRemoved has passed). The answer does not wait for that check: asking the browser about a
          // tab took 20–40 ms, as long as the rest of the first badge's round trip.
          tabPosts.record(tabId, message.threadKey, verdicts);
          void isOpen(tabId).then((open) => open || tabPosts.forget(tabId));
        }
        return { ok: true, verdicts };
      },
    }),
    'spotter:assess-post': on({
      accepts: isAssessPostMessage,
      from: 'content-script',
      async handle(message): Promise<AssessPostAnswer> {
        return {
          ok: true,
          assessment: engine.assessment(message.text, message.thread, relevanceThreshold(message.sensitivity)),
        };
      },
    }),
    'spotter:stopped': on({
      accepts: isPageStoppedMessage,
      from: 'content-script',
      handle(_message, sender) {
        if (!fromTopFrame(sender)) return;
        tabPosts.clear(sender.tab!.id!);
        setCount(sender.tab!.id!, 0, 0);
      },
    }),
    'spotter:relevant-count': on({
      accepts: isRelevantCountMessage,
      from: 'content-script',
      handle(message, sender) {
        setCount(sender.tab!.id!, message.count, message.unread);
      },
    }),
    'spotter:load-panel': on({
      accepts: isLoadPanelMessage,
      from: 'content-script',
      handle(_message, sender) {
        // Into the sender's own frame and isolated world, where its content script waits for it.
        return browser.scripting
          .executeScript({ target: { tabId: sender.tab!.id!, frameIds: [sender.frameId ?? 0] }, files: [PANEL_SCRIPT_FILE] })
          .then(
            () => ({ ok: true }),
            (error: unknown) => ({ ok: false, message: String(error) }),
          );
      },
    }),
    'spotter:hide-thread': on({ accepts: isPanelSettingMessage, from: 'content-script', handle: changePanelSetting }),
    'spotter:turn-off-site': on({ accepts: isPanelSettingMessage, from: 'content-script', handle: changePanelSetting }),
    'spotter:open-questionnaire': on({
      accepts: isOpenQuestionnaireMessage,
      from: 'content-script',
      handle(message, sender) {
        // A page cannot open an extension page itself; the full-tab questionnaire opens beside the thread.
        void browser.tabs.create({
          url: `${browser.runtime.getURL('/popup.html')}?view=tab${answersHash(message.features)}`,
          index: sender.tab!.index + 1,
          openerTabId: sender.tab!.id,
        });
      },
    }),
    'spotter:tab-posts': on({
      accepts: isTabPostsMessage,
      from: 'extension-page',
      handle: (message): TabPostsAnswer => ({
        posts: tabPosts.list(message.tabId),
        unread: counts.get(message.tabId)?.unread ?? 0,
      }),
    }),
    'spotter:add-site': siteHandler,
    'spotter:remove-site': siteHandler,
    'spotter:reset-all': siteHandler,
  };

  /** A forum tab may hide its own threads and turn Spotter off on its own site, nothing else. */
  function changePanelSetting(message: { type: string; key?: string }, sender: MessageSender): void {
    if (!sender.tab?.url) return;
    const host = new URL(sender.tab.url).hostname;
    const change =
      message.type === 'spotter:hide-thread' && message.key
        ? hideThread(message.key)
        : updateSettings((current) => withSiteEnabled(current, host, false));
    change.catch((error: unknown) => console.error('Spotter could not save that change', error));
  }

  // Only Spotter's own pages (options, popup) may change where it runs; content scripts may not.
  function isExtensionPage(sender: MessageSender): boolean {
    return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender, sendResponse) => {
    const answer = routeMessage({ table, isExtensionPage }, message, sender);
    if (!answer) return;
    void answer.then(sendResponse);
    // Answered asynchronously through sendResponse (WXT's fake browser v2 needs this form too).
    return true;
  });

  // "Check this text with Spotter" on selected text, on any page: the results open in a tab. The
  // selection arrives with the click (`activeTab`), so Spotter needs no access to the page.
  // (Firefox for Android has no context menus.)
  if (!browser.contextMenus) return;
  // Made at every start, not only on install: Firefox's background page keeps no menus across a browser
  // restart (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/menus/create), and a
  // service worker's restart finds Chrome's still there, so the old one is removed first.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({ id: CHECK_SELECTION_MENU_ID, title: CHECK_SELECTION_MENU_TITLE, contexts: ['selection'] }),
    )
    .catch(() => undefined);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU_ID || !info.selectionText) return;
    void browser.tabs.create({
      url: selectionResultsUrl(browser.runtime.getURL('/popup.html'), info.selectionText),
      ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
      ...(tab?.id === undefined ? {} : { openerTabId: tab.id }),
    });
  });
});
