// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { discourse } from '@/lib/adapters/discourse';
import { generic } from '@/lib/adapters/generic';
import { MissingElementError } from '@/lib/util/dom';
import { markedAdapter, type ForumAdapter, type ForumPost } from '@/lib/adapters/types';
import {
  FIRST_SLICE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  MUTATION_DEBOUNCE_MS,
  SCROLL_CHECK_MS,
  SLICE_BUDGET_MS,
  createScanner,
  idleScheduler,
  type IdleDeadlineLike,
} from '@/lib/page/scanner';
import { READ_AHEAD_POSTS } from '@/lib/page/reading-order';
import { manualScheduler } from '../support/manual-scheduler';

const URL_A = new URL('https://forums.t-nation.com/t/mid-back-cramps/287413');
const URL_B = new URL('https://forums.t-nation.com/t/running-pump/301552');

/** A Discourse post as the Glimmer stream renders it. */
function postHtml(id: number, number: number, text: string, topic = 287413): string {
  return `<div class="topic-post" data-post-number="${number}">
    <article id="post_${number}" data-post-id="${id}" data-topic-id="${topic}">
      <div class="names"><a href="/u/user${id}" data-user-card="user${id}">user${id}</a></div>
      <div class="post__contents"><div class="cooked"><p>${text}</p></div></div>
    </article></div>`;
}

function stream(): Element {
  return document.querySelector('.post-stream')!;
}

/** Flushes MutationObserver callbacks (delivered as microtasks). */
async function mutationsDelivered(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

interface Setup {
  adapter?: ForumAdapter;
  analyzeCost?: number;
  analyze?: (text: string, post: ForumPost) => string;
  url?: URL;
  firstLook?: number;
}

function start({ adapter = discourse, analyzeCost = 1, analyze, url = URL_A, firstLook }: Setup = {}) {
  const clock = manualScheduler();
  const controller = new AbortController();
  const results: Array<{ id: string; result: string; element: Element }> = [];
  const errors: unknown[] = [];
  const analyzeSpy = vi.fn((text: string, post: ForumPost) => {
    clock.tick(analyzeCost);
    return analyze ? analyze(text, post) : `analysed:${text}`;
  });
  const findPostsSpy = vi.spyOn(adapter, 'findPosts');
  const postAtSpy = adapter.postAt ? vi.spyOn(adapter as Required<ForumAdapter>, 'postAt') : null;
  const scanner = createScanner({
    doc: document,
    url,
    adapter,
    analyze: analyzeSpy,
    onResult: (post, result) => results.push({ id: post.id, result, element: post.element }),
    signal: controller.signal,
    schedule: clock.scheduler,
    onError: (error) => errors.push(error),
  });
  if (firstLook) scanner.firstLook(firstLook);
  return { clock, controller, results, errors, analyzeSpy, findPostsSpy, postAtSpy: postAtSpy!, scanner };
}

beforeEach(() => {
  document.body.innerHTML = `<div class="post-stream">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    .map((n) => postHtml(1000 + n, n, `post number ${n}`))
    .join('')}</div>`;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scanner: idle-time batches', () => {
  it('does nothing until the browser is idle', () => {
    const { results, clock, postAtSpy } = start();
    expect(results).toHaveLength(0);
    expect(postAtSpy).not.toHaveBeenCalled();
    expect(clock.pendingIdle()).toBe(1);
  });

  it('reads the posts on screen without waiting for the page to go idle, the rest when it is', () => {
    const { clock } = start({ analyzeCost: 3 });
    expect(clock.pendingIdleTimeouts()).toEqual([FIRST_SLICE_TIMEOUT_MS]);
    clock.runIdle(50);
    expect(clock.pendingIdleTimeouts()).toEqual([undefined]);
  });

  it('stops a slice once its time budget is spent, and asks for another', () => {
    // Each analysis costs 3 ms: 8 ms of budget holds three of them.
    const { results, clock } = start({ analyzeCost: 3 });
    clock.runIdle(50);
    expect(results.map((entry) => entry.id)).toEqual(['1001', '1002', '1003']);
    expect(clock.pendingIdle()).toBe(1);
    clock.runIdle(50);
    expect(results).toHaveLength(6);
  });

  it('never spends more than the idle period allows, yet reads at least one post per slice', () => {
    const { results, clock } = start({ analyzeCost: 3 });
    clock.runIdle(0);
    expect(results).toHaveLength(1);
    clock.runIdle(4);
    expect(results).toHaveLength(3);
  });

  it('uses the full slice budget when the idle callback timed out on a busy page', () => {
    const { results, clock } = start({ analyzeCost: 2 });
    clock.runIdle(0, true);
    expect(results).toHaveLength(SLICE_BUDGET_MS / 2);
  });

  it('reports every post once, in page order, with its analysis of the author’s text', () => {
    const { results, clock, analyzeSpy, scanner } = start();
    clock.drain();
    expect(results.map((entry) => entry.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => String(1000 + n)));
    expect(results[0]!.result).toBe('analysed:post number 1');
    expect(analyzeSpy).toHaveBeenCalledTimes(10);
    expect(scanner.stats()).toMatchObject({ adapter: 'discourse', found: 10, analyzed: 10, reused: 0, pending: 0 });
  });
});

describe('scanner: the first look', () => {
  const ids = (results: Array<{ id: string }>) => results.map((entry) => entry.id);

  it('reads the first posts at once, in page order, neither measuring nor listing the page; the next slice reads on', () => {
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const list = vi.spyOn(document, 'querySelectorAll');
    const { results, clock, analyzeSpy, scanner } = start({ firstLook: 3, analyzeCost: 3 });
    expect(ids(results)).toEqual(['1001', '1002', '1003']);
    expect(measure).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
    measure.mockRestore();
    list.mockRestore();
    // The posts near the viewport are still looked up, in the next slice, as soon as it can run; it lists the
    // page and counts the three read as read.
    expect(clock.pendingIdleTimeouts()).toEqual([FIRST_SLICE_TIMEOUT_MS]);
    clock.runIdle(50);
    expect(results).toHaveLength(6);
    expect(scanner.stats()).toMatchObject({ listed: 10, unread: 4 });
    clock.drain();
    expect(ids(results)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => String(1000 + n)));
    expect(analyzeSpy).toHaveBeenCalledTimes(10);
  });

  it('starts at the post a link into the thread names, however the forum anchors it', () => {
    const from = (hash: string) => {
      const { results, controller } = start({ firstLook: 2, url: new URL(`${URL_A.href}${hash}`) });
      controller.abort();
      return ids(results);
    };
    // The post itself (Discourse's `post_6`).
    expect(from('#post_6')).toEqual(['1006', '1007']);
    // An element inside it.
    document.querySelector('[data-post-id="1004"] .cooked p')!.id = 'a-quote';
    expect(from('#a-quote')).toEqual(['1004', '1005']);
    // An anchor just before it (Invision), and a named anchor (`<a name>`: vBulletin, StackExchange).
    const before = document.createElement('a');
    before.id = 'comment-8';
    document.querySelector('[data-post-number="8"]')!.before(before);
    expect(from('#comment-8')).toEqual(['1008', '1009']);
    const named = document.createElement('a');
    named.setAttribute('name', 'post3');
    document.querySelector('[data-post-number="3"]')!.before(named);
    expect(from('#post3')).toEqual(['1003', '1004']);
    // An element around it (SMF names the post's parent).
    document.querySelector('[data-post-number="9"]')!.id = 'msg9';
    expect(from('#msg9')).toEqual(['1009', '1010']);
  });

  it('starts at the top when the fragment names nothing on the page', () => {
    const { results } = start({ firstLook: 2, url: new URL(`${URL_A.href}#reply`) });
    expect(ids(results)).toEqual(['1001', '1002']);
  });
});

describe('scanner: dedupe and cache', () => {
  it('reads a post once even when the page is scanned again', async () => {
    const { results, clock, analyzeSpy } = start();
    clock.drain();
    // An unrelated element appears outside the posts: a rescan finds the same posts.
    stream().append(document.createElement('div'));
    await mutationsDelivered();
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(analyzeSpy).toHaveBeenCalledTimes(10);
    expect(results).toHaveLength(10);
  });

  it('reuses the result when the engine re-renders a post (same id, same text) and reports the new element', async () => {
    const { results, clock, analyzeSpy, scanner } = start();
    clock.drain();
    const old = document.querySelector('article[data-post-id="1003"]')!.parentElement!;
    // Discourse cloaks the post off screen, then renders it anew when it comes back.
    const cloaked = document.createElement('div');
    cloaked.className = 'post-stream--cloaked';
    old.replaceWith(cloaked);
    await mutationsDelivered();
    const template = document.createElement('template');
    template.innerHTML = postHtml(1003, 3, 'post number 3');
    cloaked.replaceWith(template.content);
    await mutationsDelivered();
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();

    expect(analyzeSpy).toHaveBeenCalledTimes(10);
    const reports = results.filter((entry) => entry.id === '1003');
    expect(reports).toHaveLength(2);
    expect(reports[1]!.result).toBe(reports[0]!.result);
    expect(reports[1]!.element).not.toBe(reports[0]!.element);
    expect(reports[1]!.element.isConnected).toBe(true);
    expect(scanner.stats().reused).toBe(1);
  });

  it('analyses a post again when its text changed (an edit), not when it stayed the same', async () => {
    const { results, clock, analyzeSpy } = start();
    clock.drain();
    const cooked = document.querySelector('article[data-post-id="1005"] .cooked')!;
    const edited = document.createElement('p');
    edited.textContent = 'edited: my mid back cramps on bench';
    cooked.replaceChildren(edited);
    await mutationsDelivered();
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(analyzeSpy).toHaveBeenCalledTimes(11);
    expect(results.at(-1)).toMatchObject({ id: '1005', result: 'analysed:edited: my mid back cramps on bench' });

    // A mutation in the same post that leaves its text alone costs a read, no analysis, no report.
    const names = document.querySelector('article[data-post-id="1005"] .names')!;
    names.append(document.createElement('span'));
    await mutationsDelivered();
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(analyzeSpy).toHaveBeenCalledTimes(11);
    expect(results).toHaveLength(11);
  });

  it('skips posts that left the page before their turn', () => {
    const { results, clock } = start({ analyzeCost: 3 });
    clock.runIdle(50);
    document.querySelector('article[data-post-id="1004"]')!.parentElement!.remove();
    clock.drain();
    expect(results.map((entry) => entry.id)).not.toContain('1004');
    expect(results).toHaveLength(9);
  });
});

describe('scanner: new posts', () => {
  it('finds posts added later (infinite scroll), after the debounce and in idle time', async () => {
    const { results, clock, analyzeSpy } = start();
    clock.drain();
    const template = document.createElement('template');
    template.innerHTML = postHtml(1011, 11, 'post number 11') + postHtml(1012, 12, 'post number 12');
    stream().append(template.content);
    await mutationsDelivered();
    expect(clock.pendingIdle()).toBe(0);
    clock.advance(MUTATION_DEBOUNCE_MS - 1);
    expect(clock.pendingIdle()).toBe(0);
    clock.advance(1);
    clock.drain();
    expect(results.map((entry) => entry.id).slice(10)).toEqual(['1011', '1012']);
    expect(analyzeSpy).toHaveBeenCalledTimes(12);
  });

  it('gathers a burst of mutations into one lookup', async () => {
    const { clock, postAtSpy, findPostsSpy } = start();
    clock.drain();
    postAtSpy.mockClear();
    for (let n = 11; n <= 30; n++) {
      const template = document.createElement('template');
      template.innerHTML = postHtml(1000 + n, n, `post number ${n}`);
      stream().append(template.content);
      await mutationsDelivered();
      clock.advance(1);
    }
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    // The 20 new posts are built once each, after one timer; the page is never searched as a whole.
    expect(postAtSpy).toHaveBeenCalledTimes(20);
    for (const [element] of postAtSpy.mock.calls) expect(Number(element.getAttribute('data-post-id'))).toBeGreaterThan(1010);
    expect(findPostsSpy).not.toHaveBeenCalled();
  });

  it('ignores its own badges, text-only changes and ticking timestamps', async () => {
    const { clock, postAtSpy } = start();
    clock.drain();
    postAtSpy.mockClear();
    const article = document.querySelector('article[data-post-id="1002"]')!;
    const badge = document.createElement('button');
    badge.dataset.spotterBadge = '';
    article.append(badge);
    badge.append(document.createElement('span'));
    article.querySelector('.names')!.append(document.createTextNode(' (edited)'));
    const time = document.createElement('time');
    article.querySelector('.names')!.append(time);
    await mutationsDelivered();
    expect(clock.pendingTimers()).toBe(0);
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(postAtSpy).not.toHaveBeenCalled();
  });
});

describe('scanner: in-page navigation', () => {
  it('keeps its state when the URL moves within the same thread', () => {
    const { clock, scanner, analyzeSpy } = start();
    clock.drain();
    scanner.reset(new URL(`${URL_A.href}/7`));
    expect(clock.pendingIdle()).toBe(0);
    expect(analyzeSpy).toHaveBeenCalledTimes(10);
  });

  it('drops the old thread’s queue and scans the new thread', () => {
    const { clock, scanner, results } = start({ analyzeCost: 3 });
    clock.runIdle();
    expect(results).toHaveLength(3);
    document.body.innerHTML = `<div class="post-stream">${postHtml(2001, 1, 'new thread first post', 301552)}${postHtml(2002, 2, 'new thread reply', 301552)}</div>`;
    scanner.reset(URL_B);
    clock.drain();
    expect(results.map((entry) => entry.id)).toEqual(['1001', '1002', '1003', '2001', '2002']);
    expect(scanner.stats()).toMatchObject({ found: 2, pending: 0 });
  });

  it('reports posts of a thread it returns to, from the cache', () => {
    const { clock, scanner, results, analyzeSpy } = start();
    clock.drain();
    const first = document.body.innerHTML;
    document.body.innerHTML = `<div class="post-stream">${postHtml(2001, 1, 'other thread', 301552)}</div>`;
    scanner.reset(URL_B);
    clock.drain();
    document.body.innerHTML = first;
    scanner.reset(URL_A);
    clock.drain();
    expect(results).toHaveLength(21);
    expect(analyzeSpy).toHaveBeenCalledTimes(11);
  });
});

describe('scanner: stopping', () => {
  it('stops on abort: no more results, idle callbacks cancelled, observer disconnected', async () => {
    const { clock, controller, results } = start({ analyzeCost: 3 });
    clock.runIdle();
    controller.abort();
    expect(clock.pendingIdle()).toBe(0);
    const template = document.createElement('template');
    template.innerHTML = postHtml(1011, 11, 'post number 11');
    stream().append(template.content);
    await mutationsDelivered();
    expect(clock.pendingTimers()).toBe(0);
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(results).toHaveLength(3);
  });

  it('cancels a pending debounce on abort', async () => {
    const { clock, controller, results } = start();
    clock.drain();
    const template = document.createElement('template');
    template.innerHTML = postHtml(1011, 11, 'post number 11');
    stream().append(template.content);
    await mutationsDelivered();
    expect(clock.pendingTimers()).toBe(1);
    controller.abort();
    expect(clock.pendingTimers()).toBe(0);
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(results).toHaveLength(10);
  });

  it('never starts with an aborted signal', () => {
    const clock = manualScheduler();
    const onResult = vi.fn();
    createScanner({
      doc: document,
      url: URL_A,
      adapter: discourse,
      analyze: () => 'x',
      onResult,
      signal: AbortSignal.abort(),
      schedule: clock.scheduler,
    });
    expect(clock.pendingIdle()).toBe(0);
    expect(onResult).not.toHaveBeenCalled();
  });

  it('ignores reset after abort', () => {
    const { clock, controller, scanner } = start();
    controller.abort();
    scanner.reset(URL_B);
    expect(clock.pendingIdle()).toBe(0);
  });
});

describe('scanner: failure isolation', () => {
  const BOARD = `<main><div class="msgs">
    <div class="msg" id="m1"><div class="msg-head"><a href="/profile.php?u=1">anna</a></div><div class="msg-text">My lower back cramps on long runs after two miles.</div></div>
    <div class="msg" id="m2"><div class="msg-head"><a href="/profile.php?u=2">ben</a></div><div class="msg-text">Back squat day went well, new best single.</div></div>
  </div></main>`;

  it('falls back to the generic adapter when the engine adapter throws', () => {
    document.body.innerHTML = BOARD;
    const broken: ForumAdapter = {
      ...discourse,
      // The page still has the engine's posts, but their markup changed.
      postSelector: '.msg',
      postAt(element) {
        throw new MissingElementError('.cooked', element);
      },
    };
    const { clock, results, errors, scanner } = start({ adapter: broken });
    clock.drain();
    expect(errors[0]).toBeInstanceOf(MissingElementError);
    expect(scanner.stats().adapter).toBe('generic');
    expect(results.map((entry) => entry.id)).toEqual(['m1', 'm2']);
  });

  it('keeps scanning when the analysis of one post throws', () => {
    const { clock, results, errors } = start({
      analyze: (text) => {
        if (text.includes('number 4')) throw new Error('analysis failed');
        return text;
      },
    });
    clock.drain();
    expect(errors).toHaveLength(1);
    expect(results).toHaveLength(9);
  });
});

describe('idleScheduler', () => {
  it('uses requestIdleCallback with a timeout, and cancels through it', () => {
    const requestIdleCallback = vi.fn(() => 7);
    const cancelIdleCallback = vi.fn();
    const view = { requestIdleCallback, cancelIdleCallback, performance: { now: () => 0 } } as unknown as Window;
    const cancel = idleScheduler(view).whenIdle(() => {});
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: IDLE_TIMEOUT_MS });
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });

  it('runs a slice that may not wait for idle time in a task of its own at once, with a full slice budget', () => {
    const requestIdleCallback = vi.fn(() => 7);
    const timers: Array<() => void> = [];
    const setTimeout = vi.fn((task: () => void, ms: number) => {
      expect(ms).toBe(0);
      return timers.push(task);
    });
    const clearTimeout = vi.fn();
    const view = { requestIdleCallback, setTimeout, clearTimeout, performance: { now: () => 0 } } as unknown as Window;
    const deadlines: (IdleDeadlineLike | undefined)[] = [];
    idleScheduler(view).whenIdle((deadline) => deadlines.push(deadline), FIRST_SLICE_TIMEOUT_MS);
    expect(requestIdleCallback).not.toHaveBeenCalled();
    timers[0]!();
    // No idle period, so no deadline: the slice takes its full budget.
    expect(deadlines).toEqual([undefined]);
    const cancel = idleScheduler(view).whenIdle(() => {}, FIRST_SLICE_TIMEOUT_MS);
    cancel();
    expect(clearTimeout).toHaveBeenCalledWith(2);
  });
});

describe('scanner: adapters without a post selector', () => {
  const BOARD = (count: number) =>
    `<main><div class="msgs">${Array.from(
      { length: count },
      (_, n) =>
        `<div class="msg" id="m${n + 1}"><div class="msg-head"><a href="/profile.php?u=${n}">user${n}</a></div><div class="msg-text">Message number ${n + 1} about training this week.</div></div>`,
    ).join('')}</div></main>`;

  it('scans the whole page again after mutations, reporting only the new posts', async () => {
    document.body.innerHTML = BOARD(3);
    const { clock, results, analyzeSpy } = start({ adapter: generic });
    clock.drain();
    expect(results.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3']);
    const more = document.createElement('template');
    more.innerHTML = BOARD(5);
    document.querySelector('.msgs')!.append(...more.content.querySelectorAll('#m4, #m5'));
    await mutationsDelivered();
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(results.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(analyzeSpy).toHaveBeenCalledTimes(5);
  });

  it('takes no first look: finding the posts is a slice’s work, left to the first slice', () => {
    document.body.innerHTML = BOARD(3);
    const { clock, results } = start({ adapter: generic, firstLook: 2 });
    expect(results).toEqual([]);
    expect(clock.pendingIdleTimeouts()).toEqual([FIRST_SLICE_TIMEOUT_MS]);
    clock.drain();
    expect(results.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3']);
  });
});

describe('scanner: a selector list of several kinds of post', () => {
  /** An engine whose thread shows an opening post and replies of another markup, as shreddit and Stack Exchange do. */
  const twoKinds = markedAdapter({
    id: 'two-kinds',
    markers: ['main'],
    postSelector: 'article.opening, section.reply, div.old-style',
    postAt: (element) => ({
      id: element.id,
      element,
      bodyElement: element,
      author: null,
      permalink: null,
      title: null,
      excluded: '',
    }),
    threadPath: () => null,
    titleSelector: 'h1',
    isOpening: (post) => post.id === 'p1',
  });
  const page = (kinds: string[]) =>
    `<main>${kinds.map((tag, n) => `<${tag} id="p${n + 1}" class="${tag === 'article' ? 'opening' : 'reply'}">post ${n + 1}</${tag}>`).join('')}</main>`;

  it('lists every kind in page order, asking only for the kinds the page has', () => {
    document.body.innerHTML = page(['article', 'section', 'section', 'article', 'section']);
    const queryAll = vi.spyOn(document, 'querySelectorAll');
    const { clock, results } = start({ adapter: twoKinds });
    clock.drain();
    expect(results.map((entry) => entry.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(queryAll).toHaveBeenCalledWith('article.opening, section.reply');
  });

  it('asks for one selector, not the list, where the page has one kind', () => {
    document.body.innerHTML = page(['section', 'section', 'section']);
    const queryAll = vi.spyOn(document, 'querySelectorAll');
    const { clock, results } = start({ adapter: twoKinds });
    clock.drain();
    expect(results.map((entry) => entry.id)).toEqual(['p1', 'p2', 'p3']);
    expect(queryAll).toHaveBeenCalledWith('section.reply');
    expect(queryAll).not.toHaveBeenCalledWith(twoKinds.postSelector);
  });
});

describe('scanner: the posts near the viewport first', () => {
  const POST_HEIGHT = 400;
  let scrollY = 0;

  /** Lays the stream's posts out top to bottom, POST_HEIGHT px each, as seen with the page scrolled by `scrollY`. */
  function layOut(): void {
    for (const [index, article] of [...document.querySelectorAll('article')].entries()) {
      vi.spyOn(article, 'getBoundingClientRect').mockImplementation(
        () => new DOMRect(0, index * POST_HEIGHT - scrollY, 800, POST_HEIGHT),
      );
    }
  }

  beforeEach(() => {
    scrollY = 0;
    document.body.innerHTML = `<div class="post-stream">${Array.from({ length: 300 }, (_, n) =>
      postHtml(1000 + n + 1, n + 1, `post number ${n + 1}`),
    ).join('')}</div>`;
    layOut();
  });

  it('reads a long thread from the posts on screen and a few ahead, not to its end, and counts the rest', () => {
    const { clock, results, scanner } = start();
    clock.drain();
    const nearCount = Math.floor((2 * window.innerHeight) / POST_HEIGHT) + 1;
    expect(results).toHaveLength(nearCount + READ_AHEAD_POSTS);
    expect(results[0]!.id).toBe('1001');
    expect(scanner.stats()).toMatchObject({ listed: 300, unread: 300 - results.length });
  });

  it('counts the posts not read yet again when more posts load, leaving out those already read', async () => {
    const { clock, results, scanner } = start();
    clock.drain();
    const read = results.length;
    const more = document.createElement('template');
    more.innerHTML = Array.from({ length: 20 }, (_, n) => postHtml(2000 + n, 301 + n, `later post ${n}`)).join('');
    document.querySelector('.post-stream')!.append(more.content);
    layOut();
    await mutationsDelivered();
    clock.advance(MUTATION_DEBOUNCE_MS);
    clock.drain();
    expect(results).toHaveLength(read);
    expect(scanner.stats()).toMatchObject({ listed: 320, unread: 320 - read });
  });

  it('reads the posts the reader scrolls to, those on screen first', () => {
    const { clock, results, scanner } = start();
    clock.drain();
    const before = results.length;
    scrollY = 200 * POST_HEIGHT;
    document.dispatchEvent(new Event('scroll'));
    clock.drain();
    expect(results).toHaveLength(before);
    clock.advance(SCROLL_CHECK_MS);
    clock.runIdle(50);
    // The first post read after the scroll is one the reader can see or is about to.
    const first = Number(results[before]!.id) - 1001;
    expect(first * POST_HEIGHT - scrollY).toBeGreaterThanOrEqual(-window.innerHeight - POST_HEIGHT);
    expect(first * POST_HEIGHT - scrollY).toBeLessThanOrEqual(window.innerHeight);
    clock.drain();
    expect(results.map((entry) => entry.id)).toContain('1201');
    expect(results.map((entry) => entry.id)).not.toContain('1290');
    expect(scanner.stats().unread).toBe(300 - results.length);
  });

  it('hears scrolling inside the page’s own scrollers, and stops listening when stopped', () => {
    const { clock, results, controller } = start();
    clock.drain();
    const before = results.length;
    scrollY = 150 * POST_HEIGHT;
    document.querySelector('.post-stream')!.dispatchEvent(new Event('scroll'));
    clock.advance(SCROLL_CHECK_MS);
    clock.drain();
    expect(results.length).toBeGreaterThan(before);
    controller.abort();
    const after = results.length;
    scrollY = 260 * POST_HEIGHT;
    document.dispatchEvent(new Event('scroll'));
    clock.advance(SCROLL_CHECK_MS);
    clock.drain();
    expect(results).toHaveLength(after);
    expect(clock.pendingTimers()).toBe(0);
  });
});
