// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { discourse } from '@/lib/adapters/discourse';
import { discoursePage } from '../support/discourse-page';
import type { ForumAdapter } from '@/lib/adapters/types';
import { createScanner, type IdleDeadlineLike, type ScanScheduler } from '@/lib/page/scanner';

/**
 * Failure isolation in the scanner: whatever breaks while one post is handled (reading its text,
 * analysing it, badging it) is handed to `onError`, never thrown out of the idle callback (where it
 * would be an uncaught error in the page's console, once per slice), and the other posts still get
 * their turn.
 */

/** Runs idle work to the end, counting what escapes the callbacks as the browser would. */
function run(adapter: ForumAdapter, handlers: { onResult?(id: string): void; analyze?(text: string): number }) {
  const idle: Array<(deadline: IdleDeadlineLike) => void> = [];
  const schedule: ScanScheduler = {
    now: () => 0,
    whenIdle(task) {
      idle.push(task);
      return () => {};
    },
    after: () => () => {},
    atEndOfTask: () => {},
  };
  const onError = vi.fn();
  const results: string[] = [];
  const escaped: unknown[] = [];
  const controller = new AbortController();
  createScanner({
    doc: document,
    url: new URL('https://forums.t-nation.com/t/x/1'),
    adapter,
    analyze: (text) => handlers.analyze?.(text) ?? text.length,
    onResult: (post) => {
      handlers.onResult?.(post.id);
      results.push(post.id);
    },
    onError,
    signal: controller.signal,
    schedule,
  });
  for (let rounds = 0; idle.length > 0 && rounds < 100; rounds++) {
    const task = idle.shift()!;
    try {
      task({ didTimeout: true, timeRemaining: () => 0 });
    } catch (error) {
      escaped.push(error);
    }
  }
  controller.abort();
  return { onError, results, escaped };
}

describe('scanner failure isolation', () => {
  it('keeps going when handling one post’s result throws', () => {
    discoursePage(6);
    const { onError, results, escaped } = run(discourse, {
      onResult: (id) => {
        if (id === '2' || id === '5') throw new Error(`badge for ${id} failed`);
      },
    });
    expect(escaped).toEqual([]);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(results.sort()).toEqual(['1', '3', '4', '6']);
  });

  it('keeps going when reading one post’s text throws', () => {
    discoursePage(4);
    // An adapter whose exclusion selector is not valid CSS: reading that post's text throws a SyntaxError.
    const broken: ForumAdapter = {
      ...discourse,
      findPosts: (root, url) =>
        discourse.findPosts(root, url).map((post) => (post.id === '3' ? { ...post, excluded: ':::' } : post)),
      postAt: (element, url) => {
        const post = discourse.postAt?.(element, url) ?? null;
        return post && post.id === '3' ? { ...post, excluded: ':::' } : post;
      },
    };
    const { onError, results, escaped } = run(broken, {});
    expect(escaped).toEqual([]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(results.sort()).toEqual(['1', '2', '4']);
  });

  it('keeps going when analysing one post throws', () => {
    discoursePage(3);
    const { onError, results, escaped } = run(discourse, {
      analyze: (text) => {
        if (text.includes('post 1')) throw new Error('analysis failed');
        return 1;
      },
    });
    expect(escaped).toEqual([]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(results.sort()).toEqual(['1', '3']);
  });
});
