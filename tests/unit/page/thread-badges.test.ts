// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discourse } from '@/lib/adapters/discourse';
import { BADGE_FLUSH_INTERVAL_MS, createOverlay, threadKeyOf } from '@/lib/page/thread-badges';
import { loadFixture } from '../../harness/expectations';
import { manualScheduler } from '../support/manual-scheduler';

const fixture = loadFixture('discourse/bench-cramp-app.html');
const url = new URL(fixture.expect.url);

function start(threshold = 0.5) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(fixture.html, 'text/html').documentElement.innerHTML;
  const clock = manualScheduler();
  const controller = new AbortController();
  const counts: number[] = [];
  const onOpen = vi.fn();
  const overlay = createOverlay({
    doc: document,
    url,
    adapter: discourse,
    threshold,
    signal: controller.signal,
    schedule: clock.scheduler,
    onOpen,
    onCountChange: (count) => counts.push(count),
  });
  return { clock, controller, counts, onOpen, overlay };
}

const badgedIds = () =>
  [...document.querySelectorAll('[data-spotter-badge]')].map((badge) => badge.getAttribute('data-spotter-post')).sort();

afterEach(() => {
  document.documentElement.innerHTML = '';
});

describe('createOverlay', () => {
  it('badges exactly the relevant posts, in one batch once the scan has read them', () => {
    const { clock, counts } = start();
    clock.drain();
    expect(badgedIds()).toEqual([]);
    clock.advance(0);
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
    expect(counts.at(-1)).toBe(fixture.expect.relevant.length);
  });

  it('puts later badges in at most once per flush interval', () => {
    const { clock } = start();
    clock.drain();
    clock.advance(0);
    const before = badgedIds().length;
    const body = document.querySelector('.cooked')!;
    const added = body.closest('.topic-post')!.cloneNode(true) as HTMLElement;
    added.querySelector('article')!.setAttribute('data-post-id', '777');
    added.querySelector('article')!.setAttribute('id', 'post_777');
    added.setAttribute('data-post-number', '77');
    added.querySelector('[data-spotter-badge-host]')?.remove();
    added.querySelector('.cooked')!.textContent = 'My lower back cramps on every heavy deadlift set.';
    document.querySelector('.post-stream')!.append(added);
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      clock.advance(200);
      clock.drain();
      clock.advance(BADGE_FLUSH_INTERVAL_MS - 201);
      expect(badgedIds()).toHaveLength(before);
      clock.advance(50);
      expect(badgedIds()).toContain('777');
    });
  });

  it('re-decides badges for a new sensitivity without reading posts again', () => {
    const { clock, overlay, counts } = start();
    clock.drain();
    clock.advance(0);
    overlay.setThreshold(1.01);
    expect(badgedIds()).toEqual([]);
    expect(counts.at(-1)).toBe(0);
    overlay.setThreshold(0.5);
    clock.advance(BADGE_FLUSH_INTERVAL_MS);
    expect(badgedIds()).toEqual([...fixture.expect.relevant].sort());
  });

  it('opens the panel for the post whose badge was pressed', () => {
    const { clock, onOpen } = start();
    clock.drain();
    clock.advance(0);
    const id = fixture.expect.relevant[0]!;
    document.querySelector<HTMLButtonElement>(`[data-spotter-post="${id}"]`)!.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]?.[0].id).toBe(id);
  });

  it('clears its badges, and places none after it is stopped', () => {
    const { clock, overlay, controller } = start();
    clock.drain();
    overlay.clear();
    controller.abort();
    clock.advance(BADGE_FLUSH_INTERVAL_MS * 2);
    expect(badgedIds()).toEqual([]);
  });

  it('keys hidden threads by host and the engine’s own thread id', () => {
    expect(threadKeyOf(discourse, new URL('https://forums.t-nation.com/t/slug/287413/5'))).toBe(
      threadKeyOf(discourse, new URL('https://forums.t-nation.com/t/slug/287413')),
    );
    expect(threadKeyOf(discourse, new URL('https://forums.t-nation.com/t/other/1'))).not.toBe(
      threadKeyOf(discourse, new URL('https://forums.t-nation.com/t/slug/287413')),
    );
  });
});
