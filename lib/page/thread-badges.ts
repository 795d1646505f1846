/**
 * What Spotter does on a thread page, without the extension APIs: scan the posts, send their text to
 * the engine in the background (through `engine`), badge the posts it marks, keep the count, and let
 * a badge open the panel. The content script supplies the engine client, the panel and the toolbar
 * count; tests drive this with a document, a fake engine and a fake clock.
 *
 * The engine's answers come back later than the posts were read, so each answer is checked against
 * the post as it is now: a post whose text changed, or a page that moved to another thread, since the
 * batch left takes no badge from it. A batch that fails leaves its posts unbadged and is sent again later.
 */
import type { ForumAdapter, ForumPost } from '../adapters/types';
import type { ThreadContext } from '../analysis/types';
import type { PostText, PostVerdict } from '../messages';
import type { EngineClient } from './engine-client';
import { detectPageTheme, type PanelTheme } from './page-theme';
import { BADGE_TIER_ATTRIBUTE, attachBadge, createBadge } from './post-badge';
import { createScanner, idleScheduler, windowOf, type ScanScheduler, type Scanner } from './scanner';
import { threadKey as threadKeyOf } from './thread-key';

/**
 * Badges go into the page in batches, at most one batch per this many ms. Each insertion makes the
 * browser lay the whole thread out again; one per idle slice cost seconds of layout on a
 * 3,000-post page (README, "Performance"). The first batch goes in at once.
 */
export const BADGE_FLUSH_INTERVAL_MS = 250;
/** Posts per message to the engine: small enough that no message is large. */
export const ENGINE_BATCH_POSTS = 50;
/** The first message of a thread carries at most this many posts, the first read (those on screen), so their badges come first. */
export const FIRST_BATCH_POSTS = 8;
/** Batches waiting for an answer at once; the rest wait their turn, so a slow engine is not flooded. */
export const MAX_BATCHES_IN_FLIGHT = 2;
/** Waits before sending a failed batch's posts again; after the last, they stay unbadged until the page changes. */
export const RETRY_DELAYS_MS = [1000, 5000, 20_000] as const;
/** The opening post sent with each batch is cut to this many characters: the topic is in its first lines. */
export const MAX_OPENING_CHARS = 2000;
const MAX_TITLE_CHARS = 300;

export interface OverlayOptions {
  doc: Document;
  url: URL;
  adapter: ForumAdapter;
  engine: EngineClient;
  /** Ends everything: observers, idle callbacks, badge listeners. Badges stay until `clear()`. */
  signal: AbortSignal;
  onOpen(post: ForumPost, badge: HTMLButtonElement): void;
  /** Badges in the page, and posts on it not read yet (far from where the reader has been). */
  onCountChange(count: number, unread: number): void;
  onError?(error: unknown): void;
  schedule?: ScanScheduler;
  /**
   * Read the posts and ask the engine about them, but put no badge in the page and report no count until
   * `release()`: the content script starts while the reader's settings are on their way, so the engine's
   * answers are ready when they say Spotter is on for this site and thread. Asking is not showing: the
   * engine runs inside the extension, and a page the settings turn off drops its answers (and tells the
   * background, `spotter:stopped`).
   */
  held?: boolean;
  /**
   * Read the thread's first batch at once, in the task that creates the overlay, without measuring the page
   * (`Scanner.firstLook`): the content script's starts, so that batch leaves before the page's next task.
   */
  quickStart?: boolean;
}

export interface Overlay {
  /** Ends a hold (`OverlayOptions.held`): the badges of the answers so far go into the page at once. */
  release(): void;
  /** Asks the engine about every post again (the reader changed the sensitivity, which the engine reads). */
  refresh(): void;
  /** The page moved to `url` without a reload (Discourse, Reddit). */
  reset(url: URL): void;
  /** Removes every badge this overlay added. */
  clear(): void;
  count(): number;
  /** A badged post and its badge, by post id (the popup's list asks for one). */
  find(postId: string): { post: ForumPost; badge: HTMLButtonElement } | undefined;
  /** The thread's title and opening post, as sent to the engine. */
  threadContext(): ThreadContext;
  scanner: Scanner;
}

interface PostRecord {
  post: ForumPost;
  /** The text the post has now. */
  text: string;
  /** The engine's answer for that text; none yet while it is on its way. */
  verdict?: PostVerdict;
  badge?: HTMLElement;
}

/** A post's text on its way to the engine, with how often it was sent. */
interface Outgoing extends PostText {
  attempt: number;
}

/** Spotter's main-thread work besides scanning, on the page's timeline for `npm run bench` (scripts/bench/thread-run.ts reads `spotter:*`). */
export const SEND_MEASURE = 'spotter:send';
export const ANSWER_MEASURE = 'spotter:answer';
export const FLUSH_MEASURE = 'spotter:badges';

export function createOverlay(options: OverlayOptions): Overlay {
  const { doc, signal, adapter, engine } = options;
  const view = windowOf(doc);
  const schedule = options.schedule ?? idleScheduler(view);
  const onError = options.onError ?? (() => {});
  const records = new Map<string, PostRecord>();
  /** Posts that have a badge, whether in the page yet or not. */
  const badged = new Set<PostRecord>();
  /** Badged posts whose badge is not in the page yet. */
  const unplaced = new Set<PostRecord>();
  let cancelFlush: (() => void) | null = null;
  let lastFlush = Number.NEGATIVE_INFINITY;
  let lastCount = -1;
  let url = options.url;
  let threadKey = threadKeyOf(adapter, url);
  // Read once, for the first badge: by then a slice has measured the posts near the viewport, so style is
  // up to date and reading it costs no recalculation. Read once a badge has changed the DOM, it forced a
  // style recalculation of the whole thread (README, "Performance"); read in the first look, which measures
  // nothing, it would force one in the task that starts the content script.
  let theme: PanelTheme | undefined;
  let thread: ThreadContext | undefined;
  /** Bumped on every change of thread: answers for an older generation are dropped. */
  let generation = 0;
  const queue: Outgoing[] = [];
  let inFlight = 0;
  /** Batches sent for the current thread. */
  let batchesSent = 0;
  /** A send is on its way (sendBatches does nothing once the overlay is stopped, so it is never cancelled). */
  let sendDue = false;
  const cancelRetries = new Set<() => void>();
  let held = options.held ?? false;

  let lastUnread = -1;
  const reportCount = () => {
    if (held) return;
    const count = countBadges();
    const { unread } = scanner.stats();
    if (count === lastCount && unread === lastUnread) return;
    lastCount = count;
    lastUnread = unread;
    options.onCountChange(count, unread);
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
    const start = lastFlush;
    // A re-rendered post has a new body element: the same badge moves into it.
    for (const record of unplaced) if (record.badge) attachBadge(record.post.bodyElement, record.badge);
    unplaced.clear();
    reportCount();
    schedule.measure?.(FLUSH_MEASURE, start);
  };

  const place = (record: PostRecord) => {
    unplaced.add(record);
    // Held: the badges wait for `release()`.
    if (cancelFlush || signal.aborted || held) return;
    cancelFlush = schedule.after(Math.max(0, lastFlush + BADGE_FLUSH_INTERVAL_MS - schedule.now()), flush);
  };

  const removeBadge = (record: PostRecord) => {
    unplaced.delete(record);
    badged.delete(record);
    record.badge?.remove();
    record.badge = undefined;
  };

  const decide = (record: PostRecord) => {
    const verdict = record.verdict;
    if (!verdict?.relevant) return removeBadge(record);
    // A badge shows its post's tier; a post whose tier changed (an edit) gets a new badge.
    if (
      record.badge &&
      record.badge.querySelector(`[${BADGE_TIER_ATTRIBUTE}]`)?.getAttribute(BADGE_TIER_ATTRIBUTE) !== verdict.tier
    ) {
      removeBadge(record);
    }
    badged.add(record);
    record.badge ??= createBadge(doc, {
      postId: record.post.id,
      tier: verdict.tier,
      label: verdict.label,
      theme: (theme ??= detectPageTheme(doc, view)),
      signal,
      onOpen: (button) => options.onOpen(records.get(record.post.id)?.post ?? record.post, button),
    });
    if (record.post.bodyElement.firstChild !== record.badge) place(record);
  };

  function currentThread(): ThreadContext {
    if (thread) return thread;
    try {
      const read = adapter.threadContext?.(doc, url) ?? {};
      thread = {
        ...(read.title ? { title: read.title.slice(0, MAX_TITLE_CHARS) } : {}),
        ...(read.opening ? { opening: read.opening.slice(0, MAX_OPENING_CHARS) } : {}),
      };
    } catch (error) {
      // A page the adapter cannot read a title from is still read post by post.
      onError(error);
      thread = {};
    }
    return thread;
  }

  /**
   * Sends what was queued once the task that queued it is done: every post a slice read goes in that
   * slice's messages. Not a timer: on a page still loading, a 0 ms timer after the first slice waited
   * 20–50 ms behind the page's rendering before the posts on screen left for the engine.
   */
  function requestSend(): void {
    if (sendDue || signal.aborted) return;
    sendDue = true;
    schedule.atEndOfTask(() => {
      sendDue = false;
      sendBatches();
    });
  }

  /** Sends queued posts, at most MAX_BATCHES_IN_FLIGHT batches at a time. */
  function sendBatches(): void {
    const start = schedule.now();
    while (inFlight < MAX_BATCHES_IN_FLIGHT && queue.length > 0 && !signal.aborted) {
      // Only the posts whose text is still the one queued: a post edited since was queued again.
      const size = batchesSent === 0 ? FIRST_BATCH_POSTS : ENGINE_BATCH_POSTS;
      const batch = queue.splice(0, size).filter((item) => records.get(item.id)?.text === item.text);
      if (batch.length === 0) continue;
      inFlight++;
      batchesSent++;
      const sentGeneration = generation;
      engine
        .assessPosts(
          threadKey,
          currentThread(),
          batch.map(({ id, text }) => ({ id, text })),
          signal,
        )
        .then(
          (verdicts) => {
            if (signal.aborted || sentGeneration !== generation) return;
            const start = schedule.now();
            for (const [index, verdict] of verdicts.entries()) accept(verdict, batch[index]!.text);
            schedule.measure?.(ANSWER_MEASURE, start);
            // The thread's first badges go in with their answer, not one task later: on a page still
            // busy loading, that task can wait behind the page's own work. The flush reports the count.
            if (lastFlush === Number.NEGATIVE_INFINITY && unplaced.size > 0 && !held) {
              cancelFlush?.();
              flush();
            } else reportCount();
          },
          (error: unknown) => {
            if (signal.aborted || sentGeneration !== generation) return;
            onError(error);
            retryLater(batch);
          },
        )
        .finally(() => {
          inFlight--;
          if (!signal.aborted) requestSend();
        });
    }
    schedule.measure?.(SEND_MEASURE, start);
  }

  /** An answer counts only for the text it was given: an edit since then is on its way already. */
  function accept(verdict: PostVerdict, text: string): void {
    const record = records.get(verdict.id);
    if (!record || record.text !== text) return;
    record.verdict = verdict;
    decide(record);
  }

  function retryLater(batch: Outgoing[]): void {
    const again = batch.filter((item) => item.attempt < RETRY_DELAYS_MS.length);
    if (again.length === 0) return;
    const delay = RETRY_DELAYS_MS[again[0]!.attempt]!;
    const retryGeneration = generation;
    const cancel = schedule.after(delay, () => {
      cancelRetries.delete(cancel);
      if (retryGeneration !== generation) return;
      queue.push(...again.map((item) => ({ ...item, attempt: item.attempt + 1 })));
      sendBatches();
    });
    cancelRetries.add(cancel);
  }

  signal.addEventListener(
    'abort',
    () => {
      cancelFlush?.();
      for (const cancel of cancelRetries) cancel();
      cancelRetries.clear();
      queue.length = 0;
    },
    { once: true },
  );

  const scanner = createScanner<string>({
    doc,
    url: options.url,
    adapter,
    signal,
    schedule,
    onError: options.onError,
    // Called only for text the scanner has not seen for this post: the text goes to the engine,
    // and the post waits for its answer.
    analyze: (text, post) => {
      queue.push({ id: post.id, text, attempt: 0 });
      requestSend();
      return text;
    },
    onResult: (post, text) => {
      const record = records.get(post.id);
      if (!record) {
        records.set(post.id, { post, text });
        return;
      }
      record.post = post;
      if (record.text !== text) {
        // The text changed: the old answer no longer holds; no badge until the new one comes.
        record.text = text;
        record.verdict = undefined;
      }
      decide(record);
      reportCount();
    },
  });

  // After the scanner exists: what the first look reads may already call on it (`reportCount`).
  if (options.quickStart) scanner.firstLook(FIRST_BATCH_POSTS);

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
    release() {
      if (!held) return;
      held = false;
      // No flush was scheduled while held (`place`): the badges answered so far go in now, and the count with them.
      if (unplaced.size > 0) flush();
      else reportCount();
    },
    refresh() {
      scanner.rescan();
    },
    reset(next) {
      url = next;
      const nextKey = threadKeyOf(adapter, next);
      const otherThread = nextKey !== threadKey;
      if (otherThread) {
        threadKey = nextKey;
        thread = undefined;
        generation++;
        batchesSent = 0;
        lastFlush = Number.NEGATIVE_INFINITY;
        queue.length = 0;
        clear();
        records.clear();
      }
      scanner.reset(next);
      // The scanner's cached results only say a post's text was sent; with the answers gone, a thread the
      // reader comes back to must be sent again.
      if (otherThread) scanner.rescan();
    },
    clear,
    count: countBadges,
    find(postId) {
      const record = records.get(postId);
      const button = record?.badge?.querySelector<HTMLButtonElement>('[data-spotter-badge]');
      return record && button?.isConnected ? { post: record.post, badge: button } : undefined;
    },
    threadContext: currentThread,
  };
}
