/**
 * What Spotter does on a thread page, without the extension APIs: scan the posts, badge the
 * relevant ones, keep the count, and let a badge open the panel. The content script supplies the
 * settings, the panel and the toolbar count; tests drive this with a document and a fake clock.
 */
import type { ForumAdapter, ForumPost } from './adapters/types';
import { scoreRelevance } from './analysis/score';
import { attachBadge, createBadge } from './post-badge';
import { createScanner, type ScanScheduler, type Scanner } from './scanner';

export interface OverlayOptions {
  doc: Document;
  url: URL;
  adapter: ForumAdapter;
  /** Relevance score a post needs for a badge (the reader's sensitivity). */
  threshold: number;
  /** Ends everything: observers, idle callbacks, badge listeners. Badges stay until `clear()`. */
  signal: AbortSignal;
  onOpen(post: ForumPost, badge: HTMLButtonElement): void;
  onCountChange(count: number): void;
  onError?(error: unknown): void;
  schedule?: ScanScheduler;
}

export interface Overlay {
  /** Re-decides every badge for a new sensitivity, without reading any post again. */
  setThreshold(threshold: number): void;
  /** The page moved to `url` without a reload (Discourse, Reddit). */
  reset(url: URL): void;
  /** Removes every badge this overlay added. */
  clear(): void;
  count(): number;
  scanner: Scanner;
}

interface PostRecord {
  post: ForumPost;
  score: number;
  badge?: HTMLElement;
}

export const BADGE_LABEL = 'Spotter: this post describes back trouble. Open the explanation';

/** The key under which "hide for this thread" is remembered. */
export function threadKeyOf(adapter: ForumAdapter, url: URL): string {
  return `${url.host}${adapter.threadKey ? adapter.threadKey(url) : url.pathname}`;
}

export function createOverlay(options: OverlayOptions): Overlay {
  const { doc, signal } = options;
  const records = new Map<string, PostRecord>();
  let threshold = options.threshold;
  let lastCount = -1;
  let threadKey = threadKeyOf(options.adapter, options.url);

  const reportCount = () => {
    const count = countBadges();
    if (count === lastCount) return;
    lastCount = count;
    options.onCountChange(count);
  };
  const countBadges = () => {
    let count = 0;
    for (const record of records.values()) if (record.badge) count++;
    return count;
  };

  const decide = (record: PostRecord) => {
    if (record.score >= threshold) {
      record.badge ??= createBadge(doc, {
        postId: record.post.id,
        label: BADGE_LABEL,
        signal,
        onOpen: (button) => options.onOpen(records.get(record.post.id)?.post ?? record.post, button),
      });
      // A re-rendered post has a new body element: the same badge moves into it.
      attachBadge(record.post.bodyElement, record.badge);
    } else if (record.badge) {
      record.badge.remove();
      record.badge = undefined;
    }
  };

  const scanner = createScanner<number>({
    doc,
    url: options.url,
    adapter: options.adapter,
    signal,
    schedule: options.schedule,
    onError: options.onError,
    // The badge pass only needs relevance; causes are ranked when a panel opens.
    analyze: scoreRelevance,
    onResult: (post, score) => {
      const record = records.get(post.id);
      if (record) {
        record.post = post;
        record.score = score;
        decide(record);
      } else {
        const fresh: PostRecord = { post, score };
        records.set(post.id, fresh);
        decide(fresh);
      }
      reportCount();
    },
  });

  const clear = () => {
    for (const record of records.values()) {
      record.badge?.remove();
      record.badge = undefined;
    }
    reportCount();
  };

  return {
    scanner,
    setThreshold(next) {
      threshold = next;
      for (const record of records.values()) decide(record);
      reportCount();
    },
    reset(url) {
      const nextKey = threadKeyOf(options.adapter, url);
      if (nextKey !== threadKey) {
        threadKey = nextKey;
        clear();
        records.clear();
      }
      scanner.reset(url);
    },
    clear,
    count: countBadges,
  };
}
