import { describe, expect, it } from 'vitest';
import {
  MAX_NEAR_POSTS,
  NEAR_VIEWPORTS,
  READ_AHEAD_POSTS,
  READ_BEHIND_POSTS,
  readingWindow,
  type VerticalSpan,
} from '@/lib/page/reading-order';

const VIEWPORT = 900;

/** Posts of `height` px stacked from the top of the page, seen with the page scrolled by `scrollY`. */
function thread(height: number, scrollY: number) {
  const lookups: number[] = [];
  const spanAt = (index: number): VerticalSpan => {
    lookups.push(index);
    return { top: index * height - scrollY, bottom: (index + 1) * height - scrollY };
  };
  return { spanAt, lookups };
}

describe('readingWindow', () => {
  it('reads the posts on screen and within a viewport of it first, in page order, then the ones ahead', () => {
    const { spanAt } = thread(300, 0);
    const { order, near } = readingWindow(3000, spanAt, VIEWPORT);
    // Posts 0–5 start within the first two viewports (0–1,800 px, the last one at 1,800).
    const nearCount = Math.floor((VIEWPORT * (1 + NEAR_VIEWPORTS)) / 300) + 1;
    expect(near).toBe(nearCount);
    expect(order.slice(0, near)).toEqual([...Array(nearCount).keys()]);
    expect(order.slice(near)).toEqual(Array.from({ length: READ_AHEAD_POSTS }, (_, i) => nearCount + i));
  });

  it('follows the reader down a long thread, with a few posts behind, nearest first', () => {
    const { spanAt } = thread(300, 300 * 1500 + 10);
    const { order, near } = readingWindow(3000, spanAt, VIEWPORT);
    const nearPosts = order.slice(0, near);
    // On screen: posts 1,500–1,503; within a viewport above and below: 1,497 to 1,506.
    expect(nearPosts[0]).toBe(1497);
    expect(nearPosts).toContain(1500);
    expect(nearPosts).toContain(1502);
    expect(Math.max(...nearPosts)).toBe(1506);
    const behind = order.slice(near + READ_AHEAD_POSTS);
    expect(behind).toHaveLength(READ_BEHIND_POSTS);
    expect(behind[0]).toBe(nearPosts[0]! - 1);
    expect(behind.at(-1)).toBe(nearPosts[0]! - READ_BEHIND_POSTS);
  });

  it('finds the viewport by bisection: a long thread costs a few lookups, not one per post', () => {
    const { spanAt, lookups } = thread(300, 300 * 60_000);
    readingWindow(100_000, spanAt, VIEWPORT);
    expect(lookups.length).toBeLessThan(40);
  });

  it('finds the viewport in nested threads, where a comment ends after all its replies', () => {
    // 500 comments of 400 px: the comment's own 100 px, then three 100 px replies inside it.
    const scrollY = 400 * 250 + 10;
    const spanAt = (index: number): VerticalSpan => {
      const comment = Math.floor(index / 4);
      const reply = index % 4;
      const top = comment * 400 + reply * 100 - scrollY;
      return { top, bottom: reply === 0 ? comment * 400 + 400 - scrollY : top + 100 };
    };
    const { order, near } = readingWindow(2000, spanAt, VIEWPORT);
    const nearPosts = order.slice(0, near);
    // On screen: comment 250's replies and everything down to 900 px below.
    for (let index = 1001; index <= 1009; index++) expect(nearPosts).toContain(index);
    // A viewport above: from 890 px up, comment 247's last reply on.
    expect(Math.min(...nearPosts)).toBeLessThanOrEqual(991);
    expect(Math.max(...nearPosts)).toBe(1018);
  });

  it('reads every post of a short thread, whatever the scroll position', () => {
    for (const scrollY of [0, 1000, 5000]) {
      const { spanAt } = thread(400, scrollY);
      const { order } = readingWindow(12, spanAt, VIEWPORT);
      expect([...order].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    }
  });

  it('past the end of the thread, reads the last posts', () => {
    const { spanAt } = thread(300, 300 * 600);
    const { order, near } = readingWindow(500, spanAt, VIEWPORT);
    expect(near).toBe(0);
    expect(order).toEqual(Array.from({ length: READ_BEHIND_POSTS }, (_, i) => 499 - i));
  });

  it('caps the posts counted as near when the browser has laid nothing out (every span is empty)', () => {
    const { order, near } = readingWindow(5000, () => ({ top: 0, bottom: 0 }), VIEWPORT);
    expect(near).toBe(MAX_NEAR_POSTS);
    expect(order).toHaveLength(MAX_NEAR_POSTS + READ_AHEAD_POSTS);
  });

  it('has nothing to read on a page without posts', () => {
    expect(readingWindow(0, () => ({ top: 0, bottom: 0 }), VIEWPORT)).toEqual({ order: [], near: 0 });
  });
});
