/** Small statistics for the benchmark's samples and timelines. */

/** The `p`-th percentile (0..100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function sum(samples: readonly number[]): number {
  return samples.reduce((total, value) => total + value, 0);
}

export function max(samples: readonly number[]): number {
  return samples.length === 0 ? 0 : Math.max(...samples);
}

/** A stretch of a timeline, in milliseconds. */
export interface Span {
  start: number;
  duration: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.start + b.duration && b.start < a.start + a.duration;
}

/**
 * The tasks during which Spotter did some of its work: every task that overlaps one of Spotter's
 * own measured spans. A task is one stretch of the main thread, so overlapping means Spotter's
 * code ran inside it.
 */
export function tasksOverlapping<T extends Span>(tasks: readonly T[], spans: readonly Span[]): T[] {
  const sortedSpans = [...spans].sort((a, b) => a.start - b.start);
  return tasks.filter((task) => {
    // Spans are short and sorted, so a scan from the first that could overlap is enough.
    for (const span of sortedSpans) {
      if (span.start >= task.start + task.duration) break;
      if (overlaps(task, span)) return true;
    }
    return false;
  });
}

/** `a / b`, or null when the baseline is zero or not measured. */
export function ratio(a: number, b: number): number | null {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null;
}

/**
 * How much of `window` the page's own work held the main thread: the length of the union of the
 * `busy` spans (long tasks and long animation frames) clipped to it. A badge cannot be drawn while the
 * page runs a 300 ms layout of its own, so that time is the page's, not Spotter's.
 */
export function busyWithin(window: Span, busy: readonly Span[]): number {
  const end = window.start + window.duration;
  const clipped = busy
    .map((span) => ({ start: Math.max(span.start, window.start), end: Math.min(span.start + span.duration, end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let reached = window.start;
  for (const span of clipped) {
    if (span.end <= reached) continue;
    total += span.end - Math.max(span.start, reached);
    reached = span.end;
  }
  return total;
}
