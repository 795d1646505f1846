import type { ThreadContext } from '../analysis/types';
import { $$inclusive, $optional, attribute, textOf, type Selector } from '../util/dom';

/**
 * The contract every forum adapter fulfils: detect its engine from the page's markers, and find the
 * posts of a thread page. One file per engine in this folder, named by its id; index.ts lists them.
 */

export interface ForumPost {
  /** The engine's own id for the post: unique on the page, and the same after the engine re-renders the post. */
  id: string;
  /** The post's container, where a badge belongs. */
  element: Element;
  /** The element holding what the author wrote. */
  bodyElement: Element;
  /** The author's user name as the engine stores it (not a display name); null for deleted or guest accounts. */
  author: string | null;
  /** Absolute link to this post; null when the page offers none. */
  permalink: string | null;
  /** The thread's title when this post opened the thread, since the title is the author's words too. */
  title: string | null;
  /**
   * A selector for subtrees of `bodyElement` that are not the author's own words (quotes of other
   * posts, nested replies, signatures, link previews). `readPostText` skips them.
   */
  excluded: string;
}

/** `Id` is the adapter's id as a literal type, so that index.ts derives `AdapterId` from its list. */
export interface ForumAdapter<Id extends string = string> {
  /** The engine's name, which is also the adapter's file name in this folder. */
  id: Id;
  /** True when the page carries this engine's markers (meta generator, root ids, body classes, custom elements). */
  detect(doc: Document, url: URL): boolean;
  /**
   * The posts in `root`, in document order, `root` included when it is a post itself. Posts that are
   * not on screen as text (virtualised placeholders, deleted, ignored, collapsed without a body) are left out.
   * Throws `MissingElementError` when markup the engine always renders is missing.
   */
  findPosts(root: ParentNode, url: URL): ForumPost[];
  /**
   * Selector of the elements `findPosts` returns as posts, with `postAt`. The scanner lists the
   * page's posts with one query, turns each into a post in idle time, and maps a DOM mutation to the
   * post it happened in. Adapters whose posts have no fixed selector (generic) have neither, and
   * the scanner calls `findPosts` on the whole page instead.
   */
  postSelector?: string;
  /**
   * The post whose container is `element` (an element matching `postSelector`), or null when it shows
   * no post text (cloaked, deleted, ignored). Throws like `findPosts` when the markup broke.
   */
  postAt?(element: Element, url: URL): ForumPost | null;
  /**
   * Identifies the thread a URL shows. In-page navigation to a URL of the same thread (Discourse
   * rewrites the URL to the post in view while you scroll) keeps the scanner's state.
   */
  threadKey?(url: URL): string;
  /**
   * The thread's title (and, where the page shows it, the opening post's own words), read with every reply
   * (DESIGN.md "Thread context"). Null parts where the page shows none.
   */
  threadContext?(doc: Document, url: URL): ThreadContext;
}

/** Never the author's words, on any engine. */
const ALWAYS_EXCLUDED = 'script, style, template, noscript, button, svg, [hidden]';

/** Elements that break a line: their text must not run into the next word ("cramp" + "Back" ≠ "crampBack"). */
const LINE_BREAKING = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * What the author wrote in `post`: the title (for an opening post) and the body's text, without the
 * subtrees `post.excluded` names. Reads text nodes in place with no clone and never `innerText`,
 * which would force a layout on every post of a long thread. Block elements become line breaks;
 * runs of spaces collapse.
 */
export function readPostText(post: ForumPost): string {
  const parts: string[] = [];
  const skipped = post.excluded ? `${ALWAYS_EXCLUDED}, ${post.excluded}` : ALWAYS_EXCLUDED;
  // One query per post finds the subtrees to skip; asking `matches()` of every element costs more.
  const excluded = new Set(post.bodyElement.querySelectorAll(skipped));
  collectText(post.bodyElement, excluded, parts);
  return tidy(openingPostText(post.title, parts.join('')));
}

/**
 * An opening post as its writer wrote it: the thread's title is its first line, the writer's own words
 * ("Numb down there after squats?" may be all it says of a warning sign). Adapters read an opening post so
 * (`readPostText`); the CLI and eval read a corpus row whose `position` is `op` the same way.
 */
export function openingPostText(title: string | null | undefined, body: string): string {
  const heading = title?.trim();
  return heading ? `${heading}\n${body}` : body;
}

/** Depth-first walk over `root`'s descendants, pushing text and line breaks, skipping `excluded` subtrees. */
function collectText(root: Element, excluded: ReadonlySet<Element>, out: string[]): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      out.push((node as Text).data);
    } else if (node.nodeType === ELEMENT_NODE && !excluded.has(node as Element)) {
      if (LINE_BREAKING.has((node as Element).localName)) out.push('\n');
      enter = node.firstChild !== null;
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling, closing the blocks we leave.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && LINE_BREAKING.has((node as Element).localName)) out.push('\n');
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

function tidy(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Each document's `<base href>` (vBulletin sets one), looked up once. */
const BASE_HREFS = new WeakMap<Document, string | null>();

/**
 * Looked for in `<head>`, where HTML puts it (https://html.spec.whatwg.org/multipage/semantics.html#the-base-element):
 * a page without one would otherwise cost a query over the whole document, about 1 ms of a 3,000-post thread's start.
 */
function baseHrefOf(doc: Document): string | null {
  let base = BASE_HREFS.get(doc);
  if (base === undefined) {
    base = (doc.head ?? doc).querySelector('base[href]')?.getAttribute('href') ?? null;
    BASE_HREFS.set(doc, base);
  }
  return base;
}

/**
 * `href` made absolute the way the browser would: against the document's `<base href>` when it has
 * one, else against the page URL. Null when absent or unparsable.
 */
export function absoluteUrl(href: string | null | undefined, url: URL, context?: Node): string | null {
  if (!href) return null;
  try {
    const baseHref = context?.ownerDocument ? baseHrefOf(context.ownerDocument) : null;
    return new URL(href, baseHref ? new URL(baseHref, url) : url).href;
  } catch {
    return null;
  }
}

/** Between a page's title and the site's name in `<title>`: "Thread title | Site", "Thread title - Site". */
const TITLE_SEPARATOR = / (?:\||-|–|—|·|::|») /g;

/** `title` without the site's name at either end; without its last part when asked and the name is unknown. */
function withoutSiteName(title: string, siteName: string | null, dropLastPart: boolean): string {
  const cuts = [...title.matchAll(TITLE_SEPARATOR)];
  for (const cut of siteName ? cuts : []) {
    const end = cut.index + cut[0].length;
    // "Thread | Site | Site's tagline": everything from the site's name on goes.
    if (title.slice(end).startsWith(siteName!)) return title.slice(0, cut.index);
    if (title.slice(0, cut.index) === siteName) return title.slice(end);
  }
  const last = cuts.at(-1);
  return dropLastPart && last ? title.slice(0, last.index) : title;
}

/**
 * The title of the thread a page shows, from what every site sets: `og:title`, else the page's main
 * heading, else `<title>`, without the site's name (`og:site_name`, else the last " | "/" - " part).
 * Engine adapters read their own title element first and fall back to this.
 */
function pageTitle(doc: Document): string | null {
  const siteName = attribute(doc.querySelector('meta[property="og:site_name"]') ?? doc.createElement('meta'), 'content');
  const ogTitle = attribute(doc.querySelector('meta[property="og:title"]') ?? doc.createElement('meta'), 'content');
  if (ogTitle) return withoutSiteName(ogTitle.replace(/\s+/g, ' '), siteName, false);
  const heading = textOf($optional(['main h1', '[role="main"] h1', 'h1'], doc));
  if (heading) return heading;
  const title = textOf(doc.querySelector('head > title') ?? doc.querySelector('title'));
  return title ? withoutSiteName(title, siteName, true) : null;
}

/** A page number or offset in the URL above the first: `/page-2`, `/page/2`, `/page2`, `?page=2`, `&start=20`. */
const LATER_PAGE = /(?:^|[/?&.-])page[-/=]?(\d+)|[?&](?:start|offset)=(\d+)/i;

/** Whether the URL shows a thread's first page, where its opening post is. */
export function isFirstPage(url: URL): boolean {
  const match = LATER_PAGE.exec(`${url.pathname}${url.search}`);
  if (!match) return true;
  return match[1] !== undefined ? Number(match[1]) <= 1 : Number(match[2]) === 0;
}

/** What `threadContext` needs from an adapter: its title element, and which post opened the thread. */
export interface ThreadContextSource {
  /** The thread's title element; `pageTitle` when the page has none. */
  titleSelector: Selector;
  /** Whether `post`, the first post on the page at `url`, is the thread's opening post. */
  isOpening(post: ForumPost, url: URL): boolean;
}

/**
 * The thread's title and the opening post's own words (its title left out) when `first` is the
 * opening post; the parts the page does not show are null.
 */
export function threadContextFrom(doc: Document, url: URL, first: ForumPost | null, source: ThreadContextSource): ThreadContext {
  const title = textOf($optional(source.titleSelector, doc)) ?? pageTitle(doc);
  const opening = first && source.isOpening(first, url) ? readPostText({ ...first, title: null }) || null : null;
  return { title, opening };
}

/** What an engine whose posts have one container selector needs to say; `markedAdapter` does the rest. */
export interface MarkedAdapterDefinition<Id extends string> extends ThreadContextSource {
  id: Id;
  /** Selectors of elements only this engine renders; any one of them present means the page is this engine's. */
  markers: readonly string[];
  postSelector: string;
  postAt(element: Element, url: URL): ForumPost | null;
  /**
   * What names the thread a URL shows, the same for every page and post of it (`/t/123`), or null
   * when the URL names no thread: then its path does. The thread key is `<id>:<host><thread path>`.
   */
  threadPath(url: URL): string | null;
}

/** On most engines the opening post is the first post of the thread's first page. */
export function firstOnFirstPage(_post: ForumPost, url: URL): boolean {
  return isFirstPage(url);
}

/**
 * An adapter for an engine detected by its markers, whose posts are the elements matching one
 * selector (`root` included), each read by `postAt`.
 */
export function markedAdapter<Id extends string>(definition: MarkedAdapterDefinition<Id>): ForumAdapter<Id> {
  const { id, markers, postSelector, postAt, threadPath } = definition;
  return {
    id,
    postSelector,
    postAt,
    threadKey: (url) => `${id}:${url.host}${threadPath(url) ?? url.pathname}`,
    detect: (doc) => markers.some((marker) => doc.querySelector(marker) !== null),
    findPosts: (root, url) => $$inclusive(postSelector, root).flatMap((element) => postAt(element, url) ?? []),
    threadContext(doc, url) {
      // The opening post can only be the page's first post element: one query, where listing every
      // post cost a 3,000-post thread a few milliseconds at each load. A first post that holds nothing
      // (deleted, hidden after flags) has no words to give, and the reply after it is no opening post.
      const first = doc.querySelector(postSelector);
      return threadContextFrom(doc, url, first && postAt(first, url), definition);
    },
  };
}
