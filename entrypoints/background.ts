import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { isRelevantCountMessage } from '@/lib/messages';

export default defineBackground(() => {
  // The content script reports how many relevant posts its page has; the toolbar icon shows it per tab.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isRelevantCountMessage(message) || tabId === undefined) return;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
  });
});
