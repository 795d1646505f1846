import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { DEFAULT_FORUM_HOSTS } from '../../lib/settings/forum-hosts';

/**
 * Thread pages saved from live forums (../shared/real-pages, see its README.md), read from where they
 * live and never copied into the project. Unit tests run the adapters on them; the browser tests load
 * them with Spotter, with a few of their posts rewritten to describe a back, to prove the whole path
 * (adapter, scanner, engine, badge) on real markup.
 */

export const REAL_PAGES_DIR = path.resolve('../shared/real-pages');
export const REAL_PAGES_MANIFEST = path.join(REAL_PAGES_DIR, 'manifest.json');

export interface RealPost {
  id: string;
  note: string;
  locator: { selector: string; index?: number };
}

export interface RealPage {
  file: string;
  engine: string;
  variant: string;
  url: string;
  posts: RealPost[];
  bodySelectors: string[];
  leakSelectors: string[];
  ownTextIgnore?: string[];
  decoys?: { selector: string; note: string }[];
}

export function hasRealPages(): boolean {
  return existsSync(REAL_PAGES_MANIFEST);
}

export function realPages(): RealPage[] {
  return JSON.parse(readFileSync(REAL_PAGES_MANIFEST, 'utf8')) as RealPage[];
}

export function realPageHtml(page: RealPage): string {
  return readFileSync(path.join(REAL_PAGES_DIR, page.file), 'utf8');
}

/** A labelled post's element in `doc`; a locator that matches nothing is a broken manifest. */
export function locate(doc: Document, page: RealPage, post: RealPost): Element {
  const element = doc.querySelectorAll(post.locator.selector)[post.locator.index ?? 0];
  if (!element) throw new Error(`${page.file}: locator ${post.locator.selector} of ${post.id} matches nothing`);
  return element;
}

/** Every labelled post's locator with its id, for `badgeOwnersInPage` (tests/harness/pages/badge-owners.ts). */
export function realPostLocators(page: RealPage): { selector: string; index?: number; id: string }[] {
  return page.posts.map((post) => ({ ...post.locator, id: post.id }));
}

/** Where `post`'s own words are: the first body match that is not inside another labelled post. */
export function ownBody(doc: Document, page: RealPage, post: RealPost): Element | undefined {
  const element = locate(doc, page, post);
  const nested = page.posts
    .map((other) => locate(doc, page, other))
    .filter((other) => other !== element && element.contains(other));
  return page.bodySelectors
    .flatMap((selector) => [...element.querySelectorAll(selector)])
    .find((candidate) => !nested.some((other) => other.contains(candidate)));
}

/**
 * Default forum hosts that run each engine, or could (the content script runs only on the default hosts,
 * and adapters detect engines by the page's markers, not by host).
 */
const HOST_FOR_ENGINE: Readonly<Record<string, (typeof DEFAULT_FORUM_HOSTS)[number]>> = {
  discourse: 'forum.barbellmedicine.com',
  reddit: 'old.reddit.com',
  stackexchange: 'fitness.stackexchange.com',
  xenforo: 'forums.sherdog.com',
  phpbb: 'www.wannabebig.com',
};

/** The page's own address when Spotter runs there by default; otherwise the same path on a default host of its engine. */
export function realPageUrl(page: RealPage): string {
  const url = new URL(page.url);
  if (!(DEFAULT_FORUM_HOSTS as readonly string[]).includes(url.host))
    url.host = HOST_FOR_ENGINE[page.engine] ?? 'www.wannabebig.com';
  return url.href;
}

/**
 * Back posts written for these tests, one per rewritten post: each says where it hurts and what brings
 * it on, in the words lifters and runners use. None of the real pages is about backs.
 */
export const BACK_POSTS = [
  'My lower back cramps up about an hour into my long runs and I have to stop and stretch it out. It eases off after a few minutes but comes back. Has anyone had this?',
  'Tweaked my lower back on the last rep of a heavy deadlift single yesterday. Today it is stiff and sore when I bend forward to put my socks on. How long before I can pull again?',
  'Every time I do high-rep squats I get a pump in my lower back so bad I have to rack the bar before my legs are done. Is that normal?',
] as const;

export interface RewrittenPage {
  html: string;
  /** The posts whose words were replaced, in page order. */
  rewritten: RealPost[];
}

/** Whether a browser shows the page's posts: not when they are only in its `<noscript>` view (Discourse's crawler view). */
export function postsShownByBrowser(page: RealPage): boolean {
  const { document } = parseHTML(realPageHtml(page));
  return page.posts.every((post) => !locate(document as unknown as Document, page, post).closest('noscript'));
}

/**
 * The page with the own words of the labelled posts at `rewrites`' indexes replaced by their text (as
 * text: nothing written here is markup). Whatever is outside those bodies (signatures, replies) stays as saved.
 */
export function rewritePosts(page: RealPage, rewrites: readonly { index: number; text: string }[]): RewrittenPage {
  const { document } = parseHTML(realPageHtml(page));
  const doc = document as unknown as Document;
  const elements = page.posts.map((post) => locate(doc, page, post));
  for (const { index, text } of rewrites) {
    const post = page.posts[index]!;
    const body = ownBody(doc, page, post);
    if (!body) throw new Error(`${page.file}: no body for ${post.id}`);
    // The body's own words go; posts nested in it (replies inside a comment's body) stay.
    const nested = elements.filter((other) => body.contains(other));
    for (const child of [...body.childNodes]) if (!nested.some((other) => child.contains(other))) child.remove();
    body.prepend(doc.createTextNode(text));
  }
  return {
    html: document.toString(),
    rewritten: [...rewrites].sort((a, b) => a.index - b.index).map(({ index }) => page.posts[index]!),
  };
}

/**
 * Three replies (the second, middle and last posts) rewritten as BACK_POSTS, the opening post and the
 * title left as saved: a thread about something else, where only those three are about a back.
 */
export function withBackReplies(page: RealPage): RewrittenPage {
  const last = page.posts.length - 1;
  const indexes = [...new Set([1, Math.floor(last / 2) + 1, last])].filter((index) => index > 0 && index <= last);
  return rewritePosts(
    page,
    indexes.map((index, at) => ({ index, text: BACK_POSTS[at % BACK_POSTS.length]! })),
  );
}

/** A reply that says only "me too": it is about a back because the opening post is. */
export const ME_TOO_REPLY = 'Same here, mine starts at about the same point and eases off after a few minutes.';

/** The opening post rewritten as a back post and the second post as ME_TOO_REPLY. */
export function withBackThread(page: RealPage): RewrittenPage {
  return rewritePosts(page, [
    { index: 0, text: BACK_POSTS[0] },
    { index: 1, text: ME_TOO_REPLY },
  ]);
}
