import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MarkedPost, ShowPostMessage, TabPostsMessage } from '@/lib/messages';

export interface ThreadPostsState {
  posts: MarkedPost[];
  /** Scrolls the tab to the post and opens its panel; the popup closes, its job done. */
  show(postId: string): void;
}

function isMarkedPostList(value: unknown): value is MarkedPost[] {
  return Array.isArray(value) && value.every((post) => typeof post?.id === 'string' && typeof post?.reason === 'string');
}

/**
 * The posts Spotter marked in the tab under the popup, as the background knows them from that tab's
 * batches (lib/background/tab-posts.ts). Empty for any other page.
 */
export function useThreadPosts(): ThreadPostsState {
  const [state, setState] = useState<{ tabId?: number; posts: MarkedPost[] }>({ posts: [] });
  useEffect(() => {
    let mounted = true;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const posts: unknown = await browser.runtime.sendMessage({
        type: 'spotter:tab-posts',
        tabId: tab.id,
      } satisfies TabPostsMessage);
      if (mounted && isMarkedPostList(posts)) setState({ tabId: tab.id, posts });
    })().catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, []);
  return {
    posts: state.posts,
    show(postId) {
      if (state.tabId === undefined) return;
      void browser.tabs
        .sendMessage(state.tabId, { type: 'spotter:show-post', postId } satisfies ShowPostMessage)
        .catch(() => undefined)
        .then(() => window.close());
    },
  };
}
