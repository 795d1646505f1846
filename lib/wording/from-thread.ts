/**
 * The note a panel shows when a post was read with its thread's title (DESIGN.md "Thread context"):
 * which of where, during what and how it came on the post itself left out.
 */
import type { Assessment } from '../analysis/types';

export function fromThreadNote(fromThread: NonNullable<Assessment['fromThread']>): string {
  const missing = [
    fromThread.region && 'where',
    fromThread.activity && 'during what',
    fromThread.context && 'how it came on',
  ].filter((part): part is string => Boolean(part));
  const list = missing.length <= 1 ? (missing[0] ?? 'all of it') : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`;
  return `Read with the thread’s title: the post itself did not say ${list}.`;
}
