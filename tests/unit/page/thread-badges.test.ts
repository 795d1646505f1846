// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discourse } from '@/lib/adapters/discourse';
import {
  BADGE_FLUSH_INTERVAL_MS,
  ENGINE_BATCH_POSTS,
  FIRST_BATCH_POSTS,
  RETRY_DELAYS_MS,
  createOverlay,
} from '@/lib/page/thread-badges';
import { loadFixture } from '../../harness/expectations';
import { relativeLuminance } from '@/lib/page/page-theme';
import { fakeEngine } from '../support/fake-engine';
import { manualScheduler } from '../support/manual-scheduler';

const fixture = loadFixture('discourse/bench-cramp-app.html');
const url = new URL(fixture.expect.url);

function start({ held = false, endOfTask = false, quickStart = false } = {}) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(fixture.html, 'text/html').documentElement.innerHTML;
  const clock = manualScheduler();
  // The real scheduler's microtask, where a test asks for it; otherwise sends wait for `advance(0)`.
  if (endOfTask) clock.scheduler.atEndOfTask = queueMicrotask;
  const engine = fakeEngine();
  const controller = new AbortController();
  const counts: number[] = [];
  const onOpen = vi.fn();
  const onError = vi.fn();
  const overlay = createOverlay({
    doc: document,
    url,
    adapter: discourse,
    engine: engine.client,
    signal: controller.signal,
    schedule: clock.scheduler,
    onOpen,
    onError,
    onCountChange: (count) => counts.push(count),
    held,
    quickStart,
  });
  /** Reads every post, sends the batches, answers them and places the badges. */
  async function settle() {
    clock.drain();
    clock.advance(0);
    while ((await engine.answerAll()) > 0) clock.advance(0);
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
  }
  return { clock, engine, controller, counts, onOpen, onError, overlay, settle };
}

const badgedIds = () =>
  [...document.querySelectorAll('[data-spotter-badge]')].map((badge) => badge.getAttribute('data-spotter-post')).sort();

/** An edit as Discourse shows one: the post's body is rendered again, with the new text. */
function editPost(id: string, text: string): void {
  const body = document.querySelector(`[data-post-id="${id}"] .cooked`)!;
  const edited = body.cloneNode(false) as Element;
  edited.textContent = text;
  body.replaceWith(edited);
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminanceOfHex(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return relativeLuminance({ r: r!, g: g!, b: b! });
}

/** Lets the scanner's MutationObserver see a change. */
const mutationsDelivered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.documentElement.innerHTML = '';
});

describe('createOverlay', () => {
  it('badges exactly the posts the engine marks, with their tier, once the answers are back', async () => {
    const { clock, engine, counts, settle } = start();
    clock.drain();
    clock.advance(0);
    expect(engine.waiting()).toBeGreaterThan(0);
    expect(badgedIds()).toEqual([]);
    await settle();
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
    expect(counts.at(-1)).toBe(fixture.expect.relevant.length);
    for (const badge of document.querySelectorAll('[data-spotter-badge]')) {
      const id = badge.getAttribute('data-spotter-post')!;
      expect(badge.getAttribute('data-spotter-tier')).toBe(fixture.expect.triage[id] ?? 'self_care');
    }
  });

  it('sends the posts a slice read as that slice’s task ends, with no timer between', async () => {
    const { clock, engine } = start({ endOfTask: true });
    clock.runIdle(50);
    expect(engine.waiting()).toBe(0);
    await Promise.resolve();
    expect(engine.waiting()).toBeGreaterThan(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('sends each post’s own text with the thread key, in batches', async () => {
    const { engine, settle } = start();
    await settle();
    const posts = engine.sent.flatMap((call) => call.posts);
    expect(posts.map((post) => post.id)).toEqual(fixture.expect.items.map((item) => item.id));
    expect(posts[0]!.text).toContain('between my shoulder blades');
    expect(new Set(engine.sent.map((call) => call.threadKey))).toEqual(new Set(['discourse:forums.t-nation.com/t/287413']));
    // The posts on screen go first, on their own, so their badges do not wait for the rest.
    expect(engine.sent[0]!.posts.length).toBeLessThanOrEqual(FIRST_BATCH_POSTS);
    expect(engine.sent.every((call) => call.posts.length <= ENGINE_BATCH_POSTS)).toBe(true);
  });

  it('puts the first badges in with their answer, without waiting for a timer', async () => {
    const { clock, engine } = start();
    clock.drain();
    clock.advance(0);
    await engine.answerAll();
    // No timer has run since the answer came.
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
  });

  it('held, reads the posts and asks the engine, but puts no badge in and reports no count until released', async () => {
    const { clock, engine, counts, overlay } = start({ held: true });
    clock.drain();
    clock.advance(0);
    while ((await engine.answerAll()) > 0) clock.advance(0);
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
    // The answers are back, for every post, and none shows.
    expect(engine.sent.flatMap((call) => call.posts).map((post) => post.id)).toEqual(fixture.expect.items.map((item) => item.id));
    expect(badgedIds()).toEqual([]);
    expect(counts).toEqual([]);
    expect(overlay.count()).toBe(0);
    overlay.release();
    // No timer has run: the badges answered so far went in with the release, and the count with them.
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
    expect(counts).toEqual([fixture.expect.relevant.length]);
  });

  it('drops the answers of a page stopped while held, badging nothing once released', async () => {
    const { clock, engine, controller, overlay } = start({ held: true });
    clock.drain();
    clock.advance(0);
    controller.abort();
    overlay.clear();
    while ((await engine.answerAll()) > 0) clock.advance(0);
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
    overlay.release();
    expect(badgedIds()).toEqual([]);
  });

  it('with a quick start, sends the thread’s first posts as the task that made it ends, measuring nothing', async () => {
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const { clock, engine } = start({ quickStart: true, endOfTask: true });
    // No slice has run, and the page was not made to lay itself out.
    expect(clock.pendingIdle()).toBe(1);
    expect(measure).not.toHaveBeenCalled();
    measure.mockRestore();
    await Promise.resolve();
    expect(engine.sent).toHaveLength(1);
    const first = engine.sent[0]!.posts.map((post) => post.id);
    // The top of the thread, in page order: the first of its post containers (some hold no post).
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(FIRST_BATCH_POSTS);
    expect(first).toEqual(fixture.expect.items.slice(0, first.length).map((item) => item.id));
  });

  it('badges a thread again when the reader comes back to it in the page (Discourse, Reddit)', async () => {
    const { clock, engine, overlay, settle } = start();
    await settle();
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
    overlay.reset(new URL('https://forums.t-nation.com/t/another-topic/111'));
    expect(badgedIds()).toEqual([]);
    await settle();
    overlay.reset(url);
    expect(badgedIds()).toEqual([]);
    clock.drain();
    clock.advance(0);
    await engine.answerAll();
    // The first badges of a thread go in with their answer, on a thread reached in the page too.
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
  });

  it('puts later badges in at most once per flush interval', async () => {
    const { clock, engine } = start();
    clock.drain();
    clock.advance(0);
    await engine.answerAll();
    clock.advance(0);
    const before = badgedIds().length;
    expect(before).toBe(fixture.expect.relevant.length);
    const added = document.querySelector('.topic-post')!.cloneNode(true) as HTMLElement;
    added.querySelector('article')!.setAttribute('data-post-id', '777');
    added.querySelector('article')!.setAttribute('id', 'post_777');
    added.setAttribute('data-post-number', '77');
    added.querySelector('[data-spotter-badge-host]')?.remove();
    added.querySelector('.cooked')!.textContent = 'My lower back cramps on every heavy deadlift set.';
    document.querySelector('.post-stream')!.append(added);
    await mutationsDelivered();
    clock.advance(100);
    clock.drain();
    clock.advance(0);
    await engine.answerAll();
    clock.advance(BADGE_FLUSH_INTERVAL_MS - 101);
    expect(badgedIds()).toHaveLength(before);
    clock.advance(1);
    expect(badgedIds()).toContain('777');
  });

  it('gives no badge from an answer about text the post no longer has', async () => {
    const { clock, engine, settle } = start();
    const id = fixture.expect.items.find((item) => !fixture.expect.relevant.includes(item.id))!.id;
    clock.drain();
    clock.advance(0);
    // The batch left with the post's old (irrelevant) text; the reader's edit makes it about a back cramp.
    editPost(id, 'Edit: my lower back cramps hard on every heavy deadlift set now.');
    await mutationsDelivered();
    clock.advance(100);
    clock.drain();
    // The old batch comes back saying "relevant" for the old text: it must not count.
    await engine.answerNext((call) =>
      call.posts.map((post) => ({ id: post.id, relevant: true, score: 1, tier: 'emergency', label: 'Back pain?', reason: 'x' })),
    );
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
    expect(document.querySelector(`[data-spotter-post="${id}"]`)).toBeNull();
    // The new text goes out on its own and its answer badges the post.
    await settle();
    expect(document.querySelector(`[data-spotter-post="${id}"]`)?.getAttribute('data-spotter-tier')).toBe('self_care');
  });

  it('leaves no badge when the engine fails, and sends the posts again later', async () => {
    const { clock, engine, onError } = start();
    clock.drain();
    clock.advance(0);
    const sentBefore = engine.sent.length;
    await engine.failAll();
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
    expect(badgedIds()).toEqual([]);
    expect(onError).toHaveBeenCalled();
    clock.advance(RETRY_DELAYS_MS[0]);
    expect(engine.sent.length).toBeGreaterThan(sentBefore);
    while ((await engine.answerAll()) > 0) clock.advance(0);
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
  });

  it('drops answers that come back after the page moved to another thread', async () => {
    const { clock, engine, overlay } = start();
    clock.drain();
    clock.advance(0);
    overlay.reset(new URL('https://forums.t-nation.com/t/another-thread/1'));
    await engine.answerAll();
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
    expect(badgedIds()).toEqual([]);
  });

  it('asks the engine again about every post on refresh (a new sensitivity), keeping badges meanwhile', async () => {
    const { clock, engine, overlay, settle } = start();
    await settle();
    const sentBefore = engine.sent.flatMap((call) => call.posts).length;
    overlay.refresh();
    clock.drain();
    clock.advance(0);
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
    await engine.answerNext((call) =>
      call.posts.map((post) => ({ id: post.id, relevant: false, score: 0, tier: 'self_care', label: 'Back pain?', reason: '' })),
    );
    await settle();
    expect(engine.sent.flatMap((call) => call.posts).length - sentBefore).toBe(fixture.expect.items.length);
    expect(badgedIds()).toEqual([]);
  });

  it('opens the panel for the post whose badge was pressed, and finds a badged post by id', async () => {
    const { onOpen, overlay, settle } = start();
    await settle();
    const id = fixture.expect.relevant[0]!;
    document.querySelector<HTMLButtonElement>(`[data-spotter-post="${id}"]`)!.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]?.[0].id).toBe(id);
    expect(overlay.find(id)?.badge.getAttribute('data-spotter-post')).toBe(id);
    expect(overlay.find('no-such-post')).toBeUndefined();
  });

  it('colours its badges for the forum: light pills on a dark forum, dark pills on a light one', async () => {
    const fills = async (pageBackground: string) => {
      const { settle, controller } = start();
      document.body.style.backgroundColor = pageBackground;
      await settle();
      const found = [...document.querySelectorAll<HTMLElement>('[data-spotter-badge]')].map((badge) =>
        luminanceOfHex(badge.style.getPropertyValue('background')),
      );
      controller.abort();
      return found;
    };
    const onDark = await fills('rgb(20, 22, 25)');
    const onLight = await fills('rgb(255, 255, 255)');
    expect(onDark.length).toBeGreaterThan(0);
    expect(Math.min(...onDark)).toBeGreaterThan(Math.max(...onLight));
  });

  it('clears its badges, and places none after it is stopped', async () => {
    const { clock, engine, overlay, controller } = start();
    clock.drain();
    clock.advance(0);
    overlay.clear();
    controller.abort();
    await engine.answerAll();
    clock.advance(BADGE_FLUSH_INTERVAL_MS * 2);
    expect(badgedIds()).toEqual([]);
  });
});
