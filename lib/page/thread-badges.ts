/**
 * What Spotter does on a thread page, without the extension APIs: scan the posts, badge the
 * relevant ones, keep the count, and let a badge open the panel. The content script supplies the
 * settings, the panel and the toolbar count; tests drive this with a document and a fake clock.
 */
import type { ForumAdapter, ForumPost } from '../adapters/types';
import { scoreRelevance } from '../analysis/score';
import { GENERAL_BADGE_LABEL } from './badge-label';
import { detectPageTheme, type PanelTheme } from './page-theme';
import { attachBadge, createBadge } from './post-badge';
import { createScanner, idleScheduler, type ScanScheduler, type Scanner } from './scanner';

/**
 * Badges go into the page in batches, at most one batch per this many ms. Each insertion makes the
 * browser lay the whole thread out again; one per idle slice cost seconds of layout on a
 * 3,000-post page (README, "Performance"). The first batch goes in at once.
 */
export const BADGE_FLUSH_INTERVAL_MS = 250;

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

/** The key under which "hide for this thread" is remembered. */
export function threadKeyOf(adapter: ForumAdapter, url: URL): string {
  return `${url.host}${adapter.threadKey ? adapter.threadKey(url) : url.pathname}`;
}

export function createOverlay(options: OverlayOptions): Overlay {
  const { doc, signal } = options;
  const view = doc.defaultView;
  if (!view) throw new Error('Spotter: the overlay needs a document shown in a window');
  const schedule = options.schedule ?? idleScheduler(view);
  const records = new Map<string, PostRecord>();
  /** Posts that have a badge, whether in the page yet or not. */
  const badged = new Set<PostRecord>();
  /** Badged posts whose badge is not in the page yet. */
  const unplaced = new Set<PostRecord>();
  let cancelFlush: (() => void) | null = null;
  let lastFlush = Number.NEGATIVE_INFINITY;
  let threshold = options.threshold;
  let lastCount = -1;
  let threadKey = threadKeyOf(options.adapter, options.url);
  // Read once, when the first badge is made: computing styles per badge would cost layout on long threads.
  let theme: PanelTheme | undefined;

  const reportCount = () => {
    const count = countBadges();
    if (count === lastCount) return;
    lastCount = count;
    options.onCountChange(count);
  };
  /** Badges in the page. */
  const countBadges = () => {
    let count = 0;
    for (const record of badged) if (record.badge?.isConnected) count++;
    return count;
  };

  const flush = () => {
    cancelFlush = null;
    lastFlush = schedule.now();
    // A re-rendered post has a new body element: the same badge moves into it.
    for (const record of unplaced) if (record.badge) attachBadge(record.post.bodyElement, record.badge);
    unplaced.clear();
    reportCount();
  };

  const place = (record: PostRecord) => {
    unplaced.add(record);
    if (cancelFlush || signal.aborted) return;
    cancelFlush = schedule.after(Math.max(0, lastFlush + BADGE_FLUSH_INTERVAL_MS - schedule.now()), flush);
  };
  signal.addEventListener('abort', () => cancelFlush?.(), { once: true });

  const decide = (record: PostRecord) => {
    if (record.score >= threshold) {
      badged.add(record);
      record.badge ??= createBadge(doc, {
        postId: record.post.id,
        // The badge pass reads relevance only; tier and words arrive with the engine's assessment.
        tier: 'self_care',
        label: GENERAL_BADGE_LABEL,
        theme: (theme ??= detectPageTheme(doc, view)),
        signal,
        onOpen: (button) => options.onOpen(records.get(record.post.id)?.post ?? record.post, button),
      });
      if (record.post.bodyElement.firstChild !== record.badge) place(record);
    } else if (record.badge) {
      unplaced.delete(record);
      badged.delete(record);
      record.badge.remove();
      record.badge = undefined;
    }
  };

  const scanner = createScanner<number>({
    doc,
    url: options.url,
    adapter: options.adapter,
    signal,
    schedule,
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
    unplaced.clear();
    for (const record of badged) {
      record.badge?.remove();
      record.badge = undefined;
    }
    badged.clear();
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
