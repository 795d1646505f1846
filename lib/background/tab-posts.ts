/**
 * The posts Spotter marked in each tab, as the background learns them from the tabs' batches: the
 * popup lists them ("this thread at a glance"). A tab's list starts again when its thread changes,
 * and goes when the tab closes.
 */
import type { MarkedPost, PostVerdict } from '../messages';

/** Posts kept per tab; a 3,000-post thread rarely marks more than a few dozen. */
export const MAX_MARKED_POSTS_PER_TAB = 500;

interface TabRecord {
  threadKey: string;
  posts: Map<string, MarkedPost>;
}

export interface TabPosts {
  /** Takes a batch's verdicts: relevant posts are (re)listed, the others dropped (an edit made one irrelevant). */
  record(tabId: number, threadKey: string, verdicts: readonly PostVerdict[]): void;
  /** The tab's marked posts, in the order they were first seen (page order). */
  list(tabId: number): MarkedPost[];
  /** Spotter stopped in the tab (the page said so): its list goes; a later batch starts it again. */
  clear(tabId: number): void;
  /** The tab closed: its list goes, and a batch of it still on its way is not listed (tab ids are not reused). */
  forget(tabId: number): void;
}

export function createTabPosts(): TabPosts {
  const tabs = new Map<number, TabRecord>();
  const closed = new Set<number>();
  return {
    record(tabId, threadKey, verdicts) {
      if (closed.has(tabId)) return;
      let tab = tabs.get(tabId);
      if (!tab || tab.threadKey !== threadKey) {
        tab = { threadKey, posts: new Map() };
        tabs.set(tabId, tab);
      }
      for (const verdict of verdicts) {
        if (!verdict.relevant) {
          tab.posts.delete(verdict.id);
          continue;
        }
        const marked = { id: verdict.id, tier: verdict.tier, reason: verdict.reason };
        if (tab.posts.has(verdict.id) || tab.posts.size < MAX_MARKED_POSTS_PER_TAB) tab.posts.set(verdict.id, marked);
      }
    },
    list(tabId) {
      return [...(tabs.get(tabId)?.posts.values() ?? [])];
    },
    clear(tabId) {
      tabs.delete(tabId);
    },
    forget(tabId) {
      tabs.delete(tabId);
      closed.add(tabId);
    },
  };
}
