import { discourse } from './discourse';
import { generic } from './generic';
import { flarum } from './flarum';
import { invision } from './invision';
import { mybb } from './mybb';
import { nodebb } from './nodebb';
import { phpbb } from './phpbb';
import { reddit } from './reddit';
import { smf } from './smf';
import { stackexchange } from './stackexchange';
import type { ForumAdapter } from './types';
import { vanilla } from './vanilla';
import { vbulletin } from './vbulletin';
import { xenforo } from './xenforo';

/** Every forum adapter, tried in order; `generic` is the fallback and comes last. */
export const ADAPTERS = [
  discourse,
  reddit,
  xenforo,
  vbulletin,
  phpbb,
  invision,
  stackexchange,
  smf,
  mybb,
  vanilla,
  nodebb,
  flarum,
  generic,
] as const satisfies readonly ForumAdapter[];

/** The id of every adapter, from the list: a new engine needs no second place to name it. */
export type AdapterId = (typeof ADAPTERS)[number]['id'];

/**
 * The engine of each default forum (lib/settings/forum-hosts.ts) that is not first in ADAPTERS. Its markers are
 * looked for first there: a marker a page does not carry is a query over the whole document, and on a
 * 3,000-post XenForo thread Discourse's and Reddit's cost about 5 ms at every load (README, "Performance").
 */
const ENGINE_OF_HOST = new Map<string, ForumAdapter>([
  ['www.reddit.com', reddit],
  ['old.reddit.com', reddit],
  ['forums.sherdog.com', xenforo],
  ['fitness.stackexchange.com', stackexchange],
]);

/**
 * The first adapter whose markers the page carries, or null when the page shows no thread. On a default
 * forum its own engine is tried first; a page that does not carry that engine's markers (the forum moved
 * to another engine) is looked at as on any other site.
 */
export function detectAdapter(doc: Document, url: URL): ForumAdapter | null {
  const expected = ENGINE_OF_HOST.get(url.hostname);
  if (expected?.detect(doc, url)) return expected;
  return ADAPTERS.find((adapter) => adapter.detect(doc, url)) ?? null;
}

/** The adapter to read a page with, and why it is not the one the page's markers (or the reader) named. */
export interface AdapterChoice {
  adapter: ForumAdapter;
  /** Null when the named adapter is used; otherwise a sentence for a log or the CLI saying why generic took over. */
  fallbackReason: string | null;
}

/**
 * The one place that decides which adapter reads a page. `settingsId` is the reader's pick for the
 * site (an adapter id, or anything else such as "auto" to go by the page's markers). An engine
 * adapter that throws on the page, or finds no posts where the generic adapter finds some (a theme
 * or engine version it does not know), hands over to the generic adapter, and the choice says so.
 * Null when no adapter sees a thread.
 */
export function chooseAdapter(settingsId: string, doc: Document, url: URL): AdapterChoice | null {
  const named = ADAPTERS.find((adapter) => adapter.id === settingsId) ?? detectAdapter(doc, url);
  if (!named) return null;
  if (named === generic) return { adapter: generic, fallbackReason: null };
  let found: boolean;
  try {
    found = hasPosts(named, doc, url);
  } catch (error) {
    return fallBackFrom(named, `the ${named.id} adapter failed: ${(error as Error).message}`);
  }
  // Discourse and shreddit render posts after load: no posts yet is not a failure unless generic sees posts.
  if (!found && generic.detect(doc, url)) {
    return fallBackFrom(named, `the ${named.id} adapter found no posts; the generic one found some`);
  }
  return { adapter: named, fallbackReason: null };
}

/**
 * Whether `adapter` finds a post on the page, reading as little as it can: with a post selector, only
 * the first post is read (it throws like `findPosts` when the markup broke), so a 3,000-post thread
 * costs one post at start, not all of them in one long task.
 */
function hasPosts(adapter: ForumAdapter, doc: Document, url: URL): boolean {
  if (!adapter.postSelector || !adapter.postAt) return adapter.findPosts(doc, url).length > 0;
  const first = doc.querySelector(adapter.postSelector);
  if (!first) return false;
  adapter.postAt(first, url);
  return true;
}

/** The choice after `failed` broke on the page (`why`); null when `failed` is already the last resort. */
export function fallBackFrom(failed: ForumAdapter, why: string): AdapterChoice | null {
  if (failed === generic) return null;
  return { adapter: generic, fallbackReason: `${why}; reading the page with the generic adapter` };
}
