import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { BADGE_COLOR, badgeText } from '@/lib/background/toolbar-badge';
import { answersHash } from '@/lib/questionnaire/answers-hash';
import {
  isPanelSettingMessage,
  isLoadPanelMessage,
  isOpenQuestionnaireMessage,
  isRelevantCountMessage,
  isSiteMessage,
  type SiteChangeResult,
  type SiteMessage,
} from '@/lib/messages';
import { PANEL_SCRIPT_FILE } from '@/lib/page/panel-bridge';
import { hideThread, loadSettings, updateSettings, watchSettings, withSiteEnabled } from '@/lib/settings/storage';
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

  // The content script reports how many relevant posts its page has; the toolbar icon shows it per tab.
  const counts = new Map<number, number>();
  async function showCount(tabId: number): Promise<void> {
    const { showBadgeCount } = await loadSettings();
    try {
      await action.setBadgeText({ tabId, text: badgeText(counts.get(tabId) ?? 0, showBadgeCount) });
      await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    } catch {
      // The tab closed in the meantime ("No tab with id"); there is no badge left to draw.
      counts.delete(tabId);
    }
  }
  browser.tabs.onRemoved.addListener((tabId) => void counts.delete(tabId));

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

  function handleSiteMessage(message: SiteMessage): Promise<SiteChangeResult> {
    switch (message.type) {
      case 'spotter:add-site':
        return addUserSite(browser, registrar, message);
      case 'spotter:remove-site':
        return removeUserSite(browser, registrar, message.host);
      case 'spotter:reset-all':
        return resetSpotter(browser, registrar);
    }
  }

  // Only Spotter's own pages (options, popup) may change where it runs; content scripts may not.
  function isFromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
    return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  }

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (isRelevantCountMessage(message)) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      counts.set(tabId, message.count);
      void showCount(tabId);
      return;
    }
    if (isLoadPanelMessage(message) && sender.tab?.id !== undefined) {
      // Into the sender's own frame and isolated world, where its content script waits for it.
      browser.scripting
        .executeScript({
          target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
          files: [PANEL_SCRIPT_FILE],
        })
        .then(
          () => sendResponse({ ok: true }),
          (error: unknown) => sendResponse({ ok: false, message: String(error) }),
        );
      return true;
    }
    if (isPanelSettingMessage(message) && sender.tab?.url) {
      // A forum tab may hide its own threads and turn Spotter off on its own site, nothing else.
      const host = new URL(sender.tab.url).hostname;
      const change =
        message.type === 'spotter:hide-thread'
          ? hideThread(message.key)
          : updateSettings((current) => withSiteEnabled(current, host, false));
      change.catch((error: unknown) => console.error('Spotter could not save that change', error));
      return;
    }
    if (isOpenQuestionnaireMessage(message) && sender.tab) {
      // A page cannot open an extension page itself; the full-tab questionnaire opens beside the thread.
      void browser.tabs.create({
        url: browser.runtime.getURL('/popup.html') + '?view=tab' + answersHash(message.features),
        index: sender.tab.index + 1,
        openerTabId: sender.tab.id,
      });
      return;
    }
    if (isSiteMessage(message) && isFromExtensionPage(sender)) {
      serially(() => handleSiteMessage(message)).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, message: `Spotter could not make that change: ${String(error)}` } satisfies SiteChangeResult),
      );
      // Answered asynchronously through sendResponse (WXT's fake browser v2 needs this form too).
      return true;
    }
  });
});
