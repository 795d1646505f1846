import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isTabPostsAnswer, type MarkedPost, type ShowPostMessage, type TabPostsMessage } from '@/lib/messages';

export interface ThreadPostsState {
  posts: MarkedPost[];
  /** Posts on the page Spotter has not read yet (it reads them as the reader scrolls near). */
  unread: number;
  /** Scrolls the tab to the post and opens its panel; the popup closes, its job done. */
  show(postId: string): void;
}

/**
 * The posts Spotter marked in the tab under the popup, as the background knows them from that tab's
 * batches (lib/background/tab-posts.ts). Empty for any other page.
 */
export function useThreadPosts(): ThreadPostsState {
  const [state, setState] = useState<{ tabId?: number; posts: MarkedPost[]; unread: number }>({ posts: [], unread: 0 });
  useEffect(() => {
    let mounted = true;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const answer: unknown = await browser.runtime.sendMessage({
        type: 'spotter:tab-posts',
        tabId: tab.id,
      } satisfies TabPostsMessage);
      if (mounted && isTabPostsAnswer(answer)) setState({ tabId: tab.id, posts: answer.posts, unread: answer.unread });
    })().catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, []);
  return {
    posts: state.posts,
    unread: state.unread,
    show(postId) {
      if (state.tabId === undefined) return;
      void browser.tabs
        .sendMessage(state.tabId, { type: 'spotter:show-post', postId } satisfies ShowPostMessage)
        .catch(() => undefined)
        .then(() => window.close());
    },
  };
}
