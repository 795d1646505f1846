import { fallBackFrom } from '../adapters';
import { $$inclusive } from '../util/dom';
import { readingWindow } from './reading-order';
import { threadKey as threadKeyOf } from './thread-key';
import { readPostText, type ForumAdapter, type ForumPost } from '../adapters/types';

/**
 * Finds the posts of a thread page and hands each one's analysis to `onResult`, without ever holding
 * the main thread for long: posts are read and analysed in idle-time slices of a few milliseconds,
 * the ones near the viewport first and the rest as the reader scrolls to them (lib/page/reading-order.ts),
 * new posts (infinite scroll, "more replies", quick reply) are picked up by one debounced
 * MutationObserver, and results are cached by post id and text, because some engines (Discourse)
 * throw a post's elements away off screen and render new ones when it comes back. A post's text is
 * kept and compared as it is, not hashed: strings compare natively, while a hash loop runs in V8's
 * interpreter on a page's first view, about 4 ms of a 3,000-post page's 35 (README, "Performance").
 */

/** Work per slice, so no task comes near the 50 ms that counts as a long task (https://web.dev/articles/optimize-long-tasks). */
export const SLICE_BUDGET_MS = 8;
/** Longest wait for an idle period before a slice runs anyway, so badges come on busy pages too. */
export const IDLE_TIMEOUT_MS = 100;
/**
 * The first slice on a thread (the posts on screen) waits no longer than this: the content script
 * starts once the page is loaded, and the reader is looking at those posts now. `idleScheduler` runs
 * a slice allowed to wait this little in a task of its own at once, with no idle period (no deadline):
 * Chromium ran an idle callback with a 1 ms timeout 25–35 ms late on a 3,000-post page still loading
 * (a timeline of `npm run bench`'s page: read-ahead at 44 ms, the callback at 79 ms), a third of the
 * time to the first badge.
 */
export const FIRST_SLICE_TIMEOUT_MS = 1;
/** Mutations are gathered this long before their posts are looked up: a page adding 20 posts costs one lookup. */
export const MUTATION_DEBOUNCE_MS = 100;
/** While the reader scrolls, the posts near the viewport are looked up at most this often. */
export const SCROLL_CHECK_MS = 100;
/** Results kept for posts no longer on the page (Discourse brings them back as new elements). */
export const MAX_CACHED_RESULTS = 5000;

/**
 * Spotter's own elements on the page. Changes inside them are Spotter's own doing, not new posts.
 * The content script marks every element it adds with one of these.
 */
export const SPOTTER_UI_SELECTOR = '[data-spotter-badge], [data-spotter-ui], spotter-panel';

/** Added elements that are only page chrome ticking over, never posts: relative dates re-rendered each minute. */
const TIMESTAMP_NOISE = 'time, .relative-date, faceplate-timeago';

export interface IdleDeadlineLike {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

/** When work runs. Injected so tests control time; `idleScheduler(window)` is the real one. */
export interface ScanScheduler {
  /**
   * Runs `task` in an idle period, or after `timeoutMs` (IDLE_TIMEOUT_MS by default) at the latest; returns a
   * function that cancels it. A task run outside an idle period may get no deadline: it takes a full slice.
   */
  whenIdle(task: (deadline?: IdleDeadlineLike) => void, timeoutMs?: number): () => void;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  after(ms: number, task: () => void): () => void;
  /** Runs `task` once the current task's script is done (a microtask), so what a slice gathered leaves in that slice's task. */
  atEndOfTask(task: () => void): void;
  /** Milliseconds, monotonic. */
  now(): number;
  /**
   * Puts a stretch of Spotter's work, from `start` to now, on the page's performance timeline, where
   * `npm run bench` reads it (content scripts share the page's timeline in Chromium). Test schedulers leave it out.
   */
  measure?(name: string, start: number): void;
}

/** The performance measure of one slice of scanning (scripts/bench/thread-run.ts reads `spotter:*`). */
export const SCAN_MEASURE = 'spotter:scan';

/**
 * The browser's idle callbacks. Both browsers Spotter runs in have them (Chrome 47+, Firefox 55+:
 * https://caniuse.com/requestidlecallback), so there is no timer fallback to ship to every page.
 */
export function idleScheduler(view: Window): ScanScheduler {
  const now = () => view.performance.now();
  return {
    now,
    measure: (name, start) => void view.performance.measure(name, { start, end: now() }),
    whenIdle(task, timeoutMs = IDLE_TIMEOUT_MS) {
      if (timeoutMs <= FIRST_SLICE_TIMEOUT_MS) return this.after(0, task);
      const handle = view.requestIdleCallback(task, { timeout: timeoutMs });
      return () => view.cancelIdleCallback(handle);
    },
    after(ms, task) {
      const handle = view.setTimeout(task, ms);
      return () => view.clearTimeout(handle);
    },
    atEndOfTask: (task) => view.queueMicrotask(task),
  };
}

/** The window `doc` is shown in. A document parsed on its own (DOMParser, the CLI) has none to observe or idle in. */
export function windowOf(doc: Document): NonNullable<Document['defaultView']> {
  const view = doc.defaultView;
  if (!view) throw new Error('Spotter: the document has no window');
  return view;
}

export interface ScannerOptions<R> {
  doc: Document;
  /** Where posts are looked for and observed; the whole document by default. */
  root?: ParentNode;
  url: URL;
  adapter: ForumAdapter;
  /**
   * The analysis of one post's text (the author's own words, from `readPostText`). Called again only
   * when the post's text changes.
   */
  analyze(text: string, post: ForumPost): R;
  /** Called once for every post element: again when the engine re-renders a post or its text changes. */
  onResult(post: ForumPost, result: R): void;
  /** Stops everything: observer, timers, idle callbacks. */
  signal: AbortSignal;
  /** @default idleScheduler(doc.defaultView) */
  schedule?: ScanScheduler;
  /** Told about a broken adapter or a failed analysis; scanning goes on. */
  onError?(error: unknown): void;
  /** @default SPOTTER_UI_SELECTOR */
  ownElements?: string;
}

export interface ScanStats {
  /** The adapter in use: the given one, or `generic` after the given one failed. */
  adapter: string;
  /** Post containers queued since the start or the last thread change (some turn out to hold no post). */
  found: number;
  /** Posts whose text went through `analyze`. */
  analyzed: number;
  /** Posts whose result came from the cache (same id, same text). */
  reused: number;
  /** Posts waiting for an idle slice. */
  pending: number;
  /** Post containers on the page, as last listed. */
  listed: number;
  /** Of those, the ones not read yet: far from where the reader has been (lib/page/reading-order.ts). */
  unread: number;
}

export interface Scanner {
  /**
   * Tells the scanner the page's URL changed without a reload. A URL of another thread drops the
   * queue and scans the page afresh; a URL of the same thread (Discourse rewrites it while you
   * scroll) changes nothing.
   */
  reset(url: URL): void;
  /** Reads and analyses every post again, cache included (the analysis itself changed: another sensitivity). */
  rescan(): void;
  /**
   * Reads up to `count` posts at once, in this task, ahead of the first slice: the first ones in page order from
   * where a reader who has just opened the page is. Nothing is measured and the page's posts are not listed, so
   * the page is not made to lay itself out; the next slice, a task later, finds the posts near the viewport.
   */
  firstLook(count: number): void;
  stats(): ScanStats;
}

/** A post container waiting for its turn; the post itself is built then, unless the adapter had to build it already. */
interface Pending {
  element: Element;
  post: ForumPost | null;
  /** Taken from the page's list of posts when queued (so counted in `unread` until read), not from a mutation's subtree. */
  listed: boolean;
}

interface CachedResult<R> {
  text: string;
  result: R;
}

const ELEMENT_NODE = 1;
/** `NodeFilter.SHOW_ELEMENT`, `FILTER_ACCEPT` and `FILTER_SKIP` (a skipped element's children are still walked). */
const SHOW_ELEMENT = 1;
const FILTER_ACCEPT = 1;
const FILTER_SKIP = 3;

export function createScanner<R>(options: ScannerOptions<R>): Scanner {
  const { doc, analyze, onResult, signal } = options;
  const root = options.root ?? doc;
  const ownElements = options.ownElements ?? SPOTTER_UI_SELECTOR;
  const onError = options.onError ?? (() => {});
  const view = windowOf(doc);
  const schedule = options.schedule ?? idleScheduler(view);

  let adapter = options.adapter;
  let url = options.url;
  let stopped = false;

  /**
   * Every post container on the page, in page order, as last listed. Kept as the browser's list, not
   * copied into an array or a set: on a 3,000-post thread each copy costs a millisecond or two at load.
   */
  let known: ArrayLike<Element> = [];
  /** The posts an adapter without a post selector (generic) built while listing, by element. */
  let builtPosts = new WeakMap<Element, ForumPost>();
  /** Post containers taken from the queue, whatever they held (a deleted post is read as much as it will be). */
  let visited = new WeakSet<Element>();
  let anyVisited = false;
  /** Listed posts not visited yet; kept as posts are visited, so asking costs nothing. */
  let unread = 0;
  /** Posts waiting to be read; `head` is the next one, so taking one is O(1). */
  let queue: Pending[] = [];
  let head = 0;
  let queued = new WeakSet<Element>();
  /** Post elements already reported, with the text they had. */
  let reported = new WeakMap<Element, string>();
  const cache = new Map<string, CachedResult<R>>();
  /** Where mutations added elements since the last slice. */
  const changed = new Set<Element>();
  /** The page's posts must be listed again (start, new thread, new posts, another adapter). */
  let listingDue = true;
  /** The posts near the viewport must be looked up again (listing, scrolling, resizing). */
  let windowDue = true;

  let cancelSlice: (() => void) | null = null;
  let cancelDebounce: (() => void) | null = null;
  let cancelScrollCheck: (() => void) | null = null;
  const stats = { found: 0, analyzed: 0, reused: 0 };

  const threadKey = (of: URL) => threadKeyOf(adapter, of);

  /**
   * Switches to the generic adapter after the page's adapter threw (its engine changed its markup):
   * everything queued so far is dropped and the page is scanned afresh.
   */
  function failOver(error: unknown): void {
    onError(error);
    const fallback = fallBackFrom(adapter, String(error));
    if (!fallback) return;
    adapter = fallback.adapter;
    clearQueue();
    known = [];
    unread = 0;
    listingDue = true;
  }

  function clearQueue(): void {
    queue = [];
    head = 0;
    queued = new WeakSet();
  }

  function add(element: Element, post: ForumPost | null, listed: boolean, rereadReported: boolean): void {
    if (queued.has(element)) return;
    if (!rereadReported && reported.has(element)) return;
    queued.add(element);
    queue.push({ element, post, listed });
    stats.found++;
  }

  /**
   * Lists the page's posts in page order. With a post selector this is one query, and each post is
   * built in its idle slice; without one (generic), the adapter finds and builds the posts at once.
   * The query asks only for the parts of the selector list that find anything on this page, most often
   * one: Chromium 156 answers a list slower than its parts asked alone (the first listing of fresh
   * 3,000-post XenForo pages, paired medians: 9.2 ms for the list, 4.4 for its parts), and a part the
   * page lacks costs one walk of the page with one selector.
   */
  function listPosts(): void {
    try {
      const selector = adapter.postSelector;
      if (selector && adapter.postAt) {
        known =
          root === doc
            ? doc.querySelectorAll(
                selector
                  .split(', ')
                  .filter((part) => doc.querySelector(part))
                  .join(', ') || selector,
              )
            : $$inclusive(selector, root);
      } else {
        const posts = adapter.findPosts(root, url);
        builtPosts = new WeakMap(posts.map((post) => [post.element, post]));
        known = posts.map((post) => post.element);
      }
    } catch (error) {
      known = [];
      failOver(error);
    }
    unread = known.length;
    // The first listing of a thread finds nothing visited yet: no need to look at each of its posts.
    if (anyVisited) for (let index = 0; index < known.length; index++) if (visited.has(known[index]!)) unread--;
  }

  /** Queues the posts already read in `scope` again: a mutation inside a post may have changed its text (same text costs no analysis). */
  function rereadChanged(scope: Element, postSelector: string): void {
    try {
      for (const element of $$inclusive(postSelector, scope)) if (reported.has(element)) add(element, null, false, true);
    } catch (error) {
      failOver(error);
    }
  }

  /**
   * Puts the posts near the viewport at the head of the queue, then the few ahead and behind
   * (lib/page/reading-order.ts); posts queued before stay queued after them.
   */
  function queueWindow(): void {
    const height = view!.innerHeight || doc.documentElement.clientHeight;
    const { order } = readingWindow(known.length, (index) => known[index]!.getBoundingClientRect(), height);
    const earlier = queue.slice(head);
    clearQueue();
    for (const index of order) add(known[index]!, builtPosts.get(known[index]!) ?? null, true, false);
    for (const pending of earlier) add(pending.element, pending.post, pending.listed, true);
  }

  /** The changed elements as scopes: each widened to the post it is in, none inside another. */
  function changedScopes(): Element[] {
    const postSelector = adapter.postSelector;
    const scopes = new Set<Element>();
    for (const element of changed) {
      if (!element.isConnected) continue;
      scopes.add((postSelector && element.closest(postSelector)) || element);
    }
    changed.clear();
    return [...scopes].filter((scope) => {
      for (let ancestor = scope.parentElement; ancestor; ancestor = ancestor.parentElement) {
        if (scopes.has(ancestor)) return false;
      }
      return true;
    });
  }

  function listIfDue(): void {
    if (!listingDue) return;
    listingDue = false;
    changed.clear();
    listPosts();
    // A failing adapter hands over to generic, which lists the page next.
    if (listingDue) {
      listingDue = false;
      listPosts();
    }
    windowDue = true;
  }

  function findNewWork(): void {
    if (changed.size > 0 && !listingDue) {
      // New posts are found by listing the page again; posts already read are read again where they changed.
      // Without a post selector (generic), a post cannot be found from inside it.
      const postSelector = adapter.postSelector;
      if (postSelector) for (const scope of changedScopes()) rereadChanged(scope, postSelector);
      listingDue = true;
    }
    listIfDue();
    if (windowDue) {
      windowDue = false;
      queueWindow();
    }
  }

  function remember(id: string, entry: CachedResult<R>): void {
    cache.delete(id);
    cache.set(id, entry);
    if (cache.size > MAX_CACHED_RESULTS) cache.delete(cache.keys().next().value!);
  }

  function postOf({ element, post }: Pending): ForumPost | null {
    if (post) return post;
    try {
      return adapter.postAt?.(element, url) ?? null;
    } catch (error) {
      failOver(error);
      return null;
    }
  }

  function process(pending: Pending): void {
    queued.delete(pending.element);
    // Gone since it was queued (scrolled away and cloaked, or the thread changed).
    if (!pending.element.isConnected) return;
    if (!visited.has(pending.element)) {
      visited.add(pending.element);
      anyVisited = true;
      // Never below none: a post the last listing dropped, though still on the page, was queued as listed.
      if (pending.listed && unread > 0) unread--;
    }
    const post = postOf(pending);
    if (!post) return;
    let text: string;
    try {
      text = readPostText(post);
    } catch (error) {
      // One unreadable post (an adapter's exclusion selector the browser rejects) must not stop the rest.
      onError(error);
      return;
    }
    if (reported.get(post.element) === text) return;
    let result: R;
    const cached = cache.get(post.id);
    if (cached?.text === text) {
      result = cached.result;
      stats.reused++;
    } else {
      try {
        result = analyze(text, post);
      } catch (error) {
        onError(error);
        return;
      }
      stats.analyzed++;
    }
    remember(post.id, { text, result });
    reported.set(post.element, text);
    // Thrown out of an idle callback, an error would reach the page's console and end this slice
    // without asking for the next: report it, and go on with the other posts.
    try {
      onResult(post, result);
    } catch (error) {
      onError(error);
    }
  }

  /**
   * Queues up to `count` posts from where the reader starts (`Scanner.firstLook`), without measuring the page or
   * listing all its posts (a 3,000-post thread's list is the next slice's work): the post a link into the thread
   * points at (`#post-123`), then the ones after it in page order. Its target may be the post, an anchor inside it
   * or before it (Invision), an element around it (SMF) or a named anchor (`<a name>`: vBulletin, StackExchange);
   * forums' post anchors are plain ASCII, looked up as the URL writes them. No target: from the first post.
   */
  function queueFirstLook(count: number): void {
    const selector = adapter.postSelector;
    // Generic finds its posts all at once, a slice's work: its first slice reads the posts on screen.
    if (!selector) return;
    // Elements matching the post selector, in page order; the walk goes on into the others' children.
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT, (node) =>
      (node as Element).matches(selector) ? FILTER_ACCEPT : FILTER_SKIP,
    );
    const id = url.hash.slice(1);
    const target = id ? (doc.getElementById(id) ?? doc.getElementsByName(id)[0]) : null;
    if (target) walker.currentNode = target;
    let post = target?.closest(selector) || walker.nextNode();
    for (; post && count-- > 0; walker.currentNode = post, post = walker.nextNode()) add(post as Element, null, false, false);
  }

  /** One slice of reading; the first look reads `firstLook` posts from where the reader starts instead of the window. */
  function runSlice(deadline?: IdleDeadlineLike, firstLook = 0): void {
    cancelSlice = null;
    if (stopped) return;
    const sliceStart = schedule.now();
    const budget = deadline?.didTimeout === false ? Math.min(SLICE_BUDGET_MS, deadline.timeRemaining()) : SLICE_BUDGET_MS;
    if (firstLook) queueFirstLook(firstLook);
    else findNewWork();
    // Reading gets its budget after the listing: listing a 3,000-post page takes a good part of a
    // slice, and the first slice must still read the posts on screen.
    const end = schedule.now() + budget;
    // At least one post per slice, so a page that is never idle still makes progress.
    while (head < queue.length && !stopped) {
      process(queue[head++]!);
      if (schedule.now() >= end) break;
    }
    // After the first look, the window is measured in a task of its own at once.
    if (head < queue.length || listingDue || windowDue) requestSlice(firstLook ? FIRST_SLICE_TIMEOUT_MS : undefined);
    else clearQueue();
    schedule.measure?.(SCAN_MEASURE, sliceStart);
  }

  function requestSlice(timeoutMs?: number): void {
    if (!stopped && !cancelSlice) cancelSlice = schedule.whenIdle(runSlice, timeoutMs);
  }

  function isOwnOrNoise(element: Element): boolean {
    return element.closest(ownElements) !== null || element.matches(TIMESTAMP_NOISE);
  }

  const observer = new view.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Text-only changes (counters, relative dates) never add a post.
        if (node.nodeType !== ELEMENT_NODE) continue;
        if (!isOwnOrNoise(node as Element)) changed.add(node as Element);
      }
    }
    if (changed.size > 0 && !cancelDebounce && !stopped) {
      cancelDebounce = schedule.after(MUTATION_DEBOUNCE_MS, () => {
        cancelDebounce = null;
        requestSlice();
      });
    }
  });

  /** Scrolling (the page or any scroller in it) and resizing bring other posts near the viewport. */
  function onViewportChange(): void {
    if (cancelScrollCheck || stopped) return;
    cancelScrollCheck = schedule.after(SCROLL_CHECK_MS, () => {
      cancelScrollCheck = null;
      windowDue = true;
      requestSlice();
    });
  }

  function stop(): void {
    stopped = true;
    observer.disconnect();
    cancelSlice?.();
    cancelDebounce?.();
    cancelScrollCheck?.();
    cancelSlice = cancelDebounce = cancelScrollCheck = null;
    clearQueue();
    known = [];
    unread = 0;
    changed.clear();
  }

  if (signal.aborted) {
    stopped = true;
  } else {
    signal.addEventListener('abort', stop, { once: true });
    observer.observe(root as Node, { childList: true, subtree: true });
    // Scroll events do not bubble; capturing them at the document hears every scroller.
    doc.addEventListener('scroll', onViewportChange, { capture: true, passive: true, signal });
    view.addEventListener('resize', onViewportChange, { passive: true, signal });
    requestSlice(FIRST_SLICE_TIMEOUT_MS);
  }

  function startOver(): void {
    clearQueue();
    known = [];
    unread = 0;
    reported = new WeakMap();
    visited = new WeakSet();
    anyVisited = false;
    stats.found = 0;
    listingDue = true;
    cancelSlice?.();
    cancelSlice = null;
    requestSlice(FIRST_SLICE_TIMEOUT_MS);
  }

  return {
    reset(newUrl) {
      const sameThread = threadKey(newUrl) === threadKey(url);
      url = newUrl;
      if (stopped || sameThread) return;
      startOver();
    },
    firstLook(count) {
      cancelSlice?.();
      runSlice(undefined, count);
    },
    rescan() {
      if (stopped) return;
      cache.clear();
      startOver();
    },
    stats() {
      return { adapter: adapter.id, ...stats, pending: queue.length - head, listed: known.length, unread };
    },
  };
}
