/**
 * Which of a thread's posts to read now: the ones on screen or near it first, then a few ahead of
 * the reader, so Spotter's work follows what the reader sees rather than the length of the page.
 * A 3,000-post page costs what its first screens cost; the rest is read as the reader scrolls to it
 * (README, "Performance").
 */

/** How far above and below the viewport a post counts as near, in viewport heights. */
export const NEAR_VIEWPORTS = 1;
/** Posts read past the last near one, in page order, so their badges are there before the reader scrolls down. */
export const READ_AHEAD_POSTS = 40;
/** Posts read before the first near one, for a reader who scrolls back up. */
export const READ_BEHIND_POSTS = 10;
/** At most this many posts count as near at once (a page of tiny posts, or posts the browser has not laid out). */
export const MAX_NEAR_POSTS = 200;

/** The vertical extent of a post on screen, in viewport coordinates (`Element.getBoundingClientRect()`), its replies included where they nest. */
export interface VerticalSpan {
  top: number;
  bottom: number;
}

export interface ReadingWindow {
  /** Indices of the posts to read, near ones first (in page order), then ahead, then behind (nearest first). */
  order: number[];
  /** How many of `order` are near the viewport. */
  near: number;
}

/**
 * The posts to read for a viewport `viewportHeight` px tall, given `count` posts in page order and
 * each one's span. Posts in page order start top to bottom, so the first near one is found by binary
 * search on where they start: a long thread costs a dozen `spanAt` calls, not one per post. (Not on
 * where they end: a nested reply ends inside its parent, and the parent ends after all its replies.)
 */
export function readingWindow(count: number, spanAt: (index: number) => VerticalSpan, viewportHeight: number): ReadingWindow {
  const margin = viewportHeight * NEAR_VIEWPORTS;
  // The first post that starts below the top margin, and the one before it, which may reach into it.
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spanAt(middle).top < -margin) low = middle + 1;
    else high = middle;
  }
  const start = low > 0 && spanAt(low - 1).bottom >= -margin ? low - 1 : low;
  let end = start;
  while (end < count && end - start < MAX_NEAR_POSTS && spanAt(end).top <= viewportHeight + margin) end++;

  const order: number[] = [];
  for (let index = start; index < end; index++) order.push(index);
  for (let index = end; index < Math.min(count, end + READ_AHEAD_POSTS); index++) order.push(index);
  for (let index = start - 1; index >= Math.max(0, start - READ_BEHIND_POSTS); index--) order.push(index);
  return { order, near: end - start };
}
