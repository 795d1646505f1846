/**
 * The one definition of "which thread is this page": the scanner (same thread after in-page
 * navigation?), the badges (drop them on another thread), the hidden-thread store ("hide for this
 * thread") and the background's list of a tab's marked posts all use `threadKey`.
 */
import type { ForumAdapter } from '../adapters/types';

/**
 * Query parameters that change the view of a thread, never which thread it is: pages, sorting,
 * highlighting, and tracking tags. Everything else in the query (`?t=123`, `?topic=…`) may name the thread.
 */
const VIEW_PARAMETERS = /^(?:page|p|start|offset|sort|order|orderby|highlight|hilit|view|utm_\w+|fbclid|gclid|ref|source)$/i;

/**
 * The thread a URL shows. An engine adapter knows its forum's thread ids (`discourse:host/t/123`,
 * the same for every post and page of the thread); other forums are told apart by host, path and the
 * query parameters that may name a thread.
 */
export function threadKey(adapter: Pick<ForumAdapter, 'threadKey'>, url: URL): string {
  if (adapter.threadKey) return adapter.threadKey(url);
  const identity = [...url.searchParams].filter(([name]) => !VIEW_PARAMETERS.test(name));
  const query = identity.length > 0 ? `?${new URLSearchParams(identity).toString()}` : '';
  return `${url.host}${url.pathname}${query}`;
}
