import { $$, $optional, attribute, textOf } from '../util/dom';
import { fnv1a } from '../util/hash-text';
import { absoluteUrl, isFirstPage, threadContextFrom, type ForumAdapter, type ForumPost } from './types';

/**
 * The fallback for forums no other adapter knows (sites readers add, custom boards, and any page
 * where an engine adapter broke). Two ways in, in order:
 * 1. schema.org markup: `DiscussionForumPosting`, `Comment`, `Question`, `Answer` items with an
 *    `itemprop="text"` body (https://schema.org/DiscussionForumPosting).
 * 2. The largest group of repeated siblings that each hold a link to a member profile and a block of
 *    text: the shape of nearly every thread page.
 * Its posts have no fixed selector, so the scanner rescans the page on changes.
 */

const SCHEMA_ITEM = ['DiscussionForumPosting', 'Comment', 'Question', 'Answer']
  .map((type) => `[itemscope][itemtype*="schema.org/${type}"]`)
  .join(', ');
const SCHEMA_BODY = '[itemprop="text"], [itemprop="articleBody"]';
const SCHEMA_AUTHOR = '[itemprop="author"]';
const SCHEMA_NAME = '[itemprop="name"]';
const SCHEMA_URL = '[itemprop="url"][href]';

/** Links to a member's profile, as forum engines and custom boards write them. */
const PROFILE_LINK = 'a[href*="/u/"], a[href*="/user"], a[href*="member"], a[href*="/members/"], a[href*="profile"]';
/** Where to look for the thread first: the page's main content, if it says so. */
const MAIN = ['main', '[role="main"]'];
/** Text a post body needs to count; shorter blocks are names, dates and buttons. */
const MIN_BODY_CHARS = 20;
/** Fewer repeated posts than this is not a thread. */
const MIN_GROUP_SIZE = 2;
/** Links that point at a post: an anchor, or a path naming a post, comment or reply by number. */
const POST_LINK = /#|(?:post|comment|reply|message)s?[/=-]?\d/i;

/** Quotes and signatures, by the names custom boards give them. */
const EXCLUDED = 'blockquote, q, [class*="quote"], [class*="signature"], [class~="sig"]';

/** A cheap, stable id for posts with none in the markup: the same text gives the same id after a re-render. */
function hashId(text: string): string {
  return `h${fnv1a(text)}`;
}

/** The nearest enclosing item, `element` excluded. */
function parentItem(element: Element): Element | null {
  return element.parentElement?.closest('[itemscope]') ?? null;
}

function schemaPost(item: Element, url: URL): ForumPost | null {
  // A body or author of a nested item (a comment inside a posting) belongs to that item.
  const own = (element: Element) =>
    (element.hasAttribute('itemscope') ? parentItem(element) : element.closest('[itemscope]')) === item;
  const body = $$(SCHEMA_BODY, item).find(own);
  if (!body || (body.textContent ?? '').trim().length < MIN_BODY_CHARS) return null;
  const authorElement = $$(SCHEMA_AUTHOR, item).find(own) ?? null;
  const author =
    (authorElement &&
      (textOf($optional(SCHEMA_NAME, authorElement)) ?? attribute(authorElement, 'content') ?? textOf(authorElement))) ??
    null;
  const urlElement = $$(SCHEMA_URL, item).find((element) => own(element) && !authorElement?.contains(element));
  const permalink = absoluteUrl(urlElement?.getAttribute('href') ?? (item.id ? `#${item.id}` : null), url, item);
  return {
    id: item.id || attribute(item, 'itemid') || permalink || hashId(`${author}\n${body.textContent}`),
    element: item,
    bodyElement: body,
    author,
    permalink,
    title: null,
    excluded: `${EXCLUDED}, [itemscope]`,
  };
}

/** Tag and first class: alternating classes (`bg1`/`bg2`, `odd`/`even`) come after the one that names the post. */
function signatureOf(element: Element): string {
  const first = element.classList[0];
  return first ? `${element.localName}.${escapeClass(first)}` : element.localName;
}

/** `CSS.escape` for a class token, written out because the CLI runs adapters where `CSS` does not exist. */
function escapeClass(name: string): string {
  return name.replace(/^(\d)|[^\w-]/g, (match, digit: string | undefined) => (digit ? `\\3${digit} ` : `\\${match}`));
}

/**
 * The largest group of same-signature siblings that hold a profile link and enough text. Each profile
 * link votes for every ancestor; the level where the posts sit collects one vote per post under one
 * parent, the levels above and below one per parent.
 */
function repeatedSiblings(scope: ParentNode): Element[] {
  const groups = new Map<Element, Map<string, Set<Element>>>();
  for (const link of $$(PROFILE_LINK, scope)) {
    for (let element = link.parentElement; element?.parentElement && element !== scope; element = element.parentElement) {
      const parent = element.parentElement;
      const bySignature = groups.get(parent) ?? new Map<string, Set<Element>>();
      groups.set(parent, bySignature);
      const signature = signatureOf(element);
      const members = bySignature.get(signature) ?? new Set<Element>();
      bySignature.set(signature, members);
      members.add(element);
    }
  }
  let best: Element[] = [];
  for (const bySignature of groups.values()) {
    for (const members of bySignature.values()) {
      if (members.size < Math.max(MIN_GROUP_SIZE, best.length + 1)) continue;
      const posts = [...members].filter((member) => bodyOf(member) !== null);
      if (posts.length >= MIN_GROUP_SIZE && posts.length > best.length) best = posts;
    }
  }
  return best;
}

/** A block holding this much of its level's text is the body on its own; below, the body spreads over several blocks. */
const DOMINANT_SHARE = 0.6;

interface Block {
  element: Element;
  length: number;
  /**
   * Selectors for the byline blocks inside `element`, when the body is a container that holds the
   * byline too (paragraphs written straight into the post next to its header).
   */
  byline: string[];
}

function holdsByline(element: Element): boolean {
  return element.matches(PROFILE_LINK) || element.querySelector(`${PROFILE_LINK}, time`) !== null;
}

/**
 * The largest block of text in `container` outside its byline. Children holding a profile link or a
 * time are the byline or contain it, and are searched further down; the others are text blocks. When
 * no single block dominates its level (paragraphs written straight into the post), the level's
 * container is the body.
 */
function largestBlock(container: Element): Block | null {
  let best: Block | null = null;
  let top: Block | null = null;
  let levelLength = 0;
  const byline: string[] = [];
  for (const child of container.children) {
    if (holdsByline(child)) {
      // Only a classed byline can be named without naming the text blocks too.
      if (child.classList.length > 0) byline.push(signatureOf(child));
      const inner = largestBlock(child);
      if (inner && (!best || inner.length > best.length)) best = inner;
      continue;
    }
    const length = (child.textContent ?? '').trim().length;
    levelLength += length;
    if (!top || length > top.length) top = { element: child, length, byline: [] };
  }
  if (top) {
    const level = top.length >= DOMINANT_SHARE * levelLength ? top : { element: container, length: levelLength, byline };
    if (!best || level.length > best.length) best = level;
  }
  return best;
}

/**
 * Bodies found so far. Without a post selector the scanner asks for the whole page's posts after every
 * batch of changes, and measuring each post's blocks again made every rescan as slow as the first.
 */
const BODIES = new WeakMap<Element, Block>();

/** The block holding a post's text, or null when the post has too little text to be one. */
function bodyOf(post: Element): Block | null {
  const cached = BODIES.get(post);
  // Still valid while the engine keeps the body element in the post.
  if (cached && post.contains(cached.element)) return cached;
  const block = largestBlock(post);
  if (!block || block.length < MIN_BODY_CHARS) return null;
  BODIES.set(post, block);
  return block;
}

function siblingPost(element: Element, { element: body, byline }: Block, url: URL): ForumPost {
  // When the post element is its own body (paragraphs straight in the post), the byline is inside it too.
  const outsideBody = (anchor: Element) => body === element || !body.contains(anchor);
  const profile = $$(PROFILE_LINK, element).find(outsideBody);
  const link = $$('a[href]', element).find((anchor) => outsideBody(anchor) && POST_LINK.test(anchor.getAttribute('href') ?? ''));
  const permalink = absoluteUrl(element.id ? `#${element.id}` : link?.getAttribute('href'), url, element);
  const author = textOf(profile ?? null);
  const idAttribute = ['data-post-id', 'data-comment-id', 'data-id'].map((name) => attribute(element, name)).find(Boolean);
  return {
    id: element.id || idAttribute || permalink || hashId(`${author}\n${body.textContent}`),
    element,
    bodyElement: body,
    author,
    permalink,
    title: null,
    // Replies nested in a post are posts of their own; the byline is not the author's words.
    excluded: [EXCLUDED, signatureOf(element), PROFILE_LINK, 'time', ...byline].join(', '),
  };
}

/** The signature of the posts found in a scope, when it names a class: later calls look for it directly. */
const GROUP_SIGNATURES = new WeakMap<ParentNode, string>();
/** Posts built so far, for the page URL they were built with. */
const SIBLING_POSTS = new WeakMap<Element, { href: string; post: ForumPost }>();

/**
 * The posts among repeated siblings. The scanner calls this for the whole page after every batch of
 * changes, so the group's signature and each post are remembered: a rescan is one query and lookups.
 */
function siblingPosts(scope: ParentNode, url: URL): ForumPost[] {
  const known = GROUP_SIGNATURES.get(scope);
  let members = known ? $$(known, scope).filter((member) => member.querySelector(PROFILE_LINK) && bodyOf(member)) : [];
  if (members.length < MIN_GROUP_SIZE) {
    members = repeatedSiblings(scope);
    const signature = members[0] && signatureOf(members[0]);
    // A bare tag name (`li`) would also name unrelated lists; only a class names the posts alone.
    if (signature?.includes('.')) GROUP_SIGNATURES.set(scope, signature);
  }
  return members.map((element) => {
    const body = bodyOf(element)!;
    const cached = SIBLING_POSTS.get(element);
    if (cached?.href === url.href && cached.post.bodyElement === body.element) return cached.post;
    const post = siblingPost(element, body, url);
    SIBLING_POSTS.set(element, { href: url.href, post });
    return post;
  });
}

function findPosts(root: ParentNode, url: URL): ForumPost[] {
  const schemaPosts = $$(SCHEMA_ITEM, root).flatMap((item) => schemaPost(item, url) ?? []);
  if (schemaPosts.length > 0) return schemaPosts;
  return siblingPosts($optional(MAIN, root) ?? root, url);
}

export const generic: ForumAdapter<'generic'> = {
  id: 'generic',

  detect(doc, url) {
    return findPosts(doc, url).length >= MIN_GROUP_SIZE;
  },

  findPosts,

  threadContext(doc, url) {
    return threadContextFrom(doc, url, findPosts(doc, url)[0] ?? null, {
      // No engine to ask: the page's title, og:title or main heading.
      titleSelector: [],
      // Boards put the opening post first on the first page; a later page starts with a reply.
      isOpening: (_post, pageUrl) => isFirstPage(pageUrl),
    });
  },
};

/*
Test URLs:
There is no fixed URL: any thread of a forum the engine adapters do not recognise, such as a site a reader adds in the options page.
https://schema.org/DiscussionForumPosting (the markup the first strategy reads; its examples are small thread pages)
*/
