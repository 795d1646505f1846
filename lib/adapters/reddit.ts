import { $$inclusive, $optional, attribute, textOf } from '../util/dom';
import { absoluteUrl, threadContextFrom, type ForumAdapter, type ForumPost } from './types';

/**
 * Reddit, both faces: shreddit on www.reddit.com (web components whose content is slotted light DOM,
 * data in attributes) and old.reddit.com (`.thing` markup). The 2018 React redesign is gone, so it
 * needs no selectors (https://github.com/toolbox-team/reddit-moderator-toolbox, `util/platform.ts`).
 * Replies nest inside their parent on both, so bodies are always looked up as direct children.
 */

const SHREDDIT_MARKERS = 'shreddit-app, shreddit-post, shreddit-comment';
const OLD_REDDIT_MARKER = '.thing[data-fullname]';

// shreddit (www.reddit.com)
const SHREDDIT_POST = 'shreddit-post[id^="t3_"]';
const SHREDDIT_COMMENT = 'shreddit-comment[thingid^="t1_"]';
const SHREDDIT_POST_BODY = [
  '[slot="text-body"]', // self post
  '[id$="-post-rtjson-content"]', // the rich-text container itself, when the slot wrapper differs
];
/** Link and media posts have no text body: their title is all the author wrote. */
const SHREDDIT_POST_TITLE = '[slot="title"]';
/** Direct child only: descendants include every reply's body. */
const SHREDDIT_COMMENT_BODY = ':scope > [slot="comment"]';

// old.reddit.com
const OLD_LINK = '.thing.link[data-fullname^="t3_"]';
const OLD_COMMENT = '.thing.comment[data-fullname^="t1_"]';
/** `:scope > .entry`: replies sit in the sibling `.child`, outside the entry. */
const OLD_BODY = ':scope > .entry .usertext-body .md';
const OLD_TITLE = ':scope > .entry a.title';
const OLD_PERMALINK = ':scope > .entry a.bylink[href]';

const DELETED_AUTHOR = '[deleted]';

/** Markdown quotes (`>`) usually repeat the comment being answered. */
const EXCLUDED = 'blockquote, shreddit-comment, .thing';

const ALL_POSTS = [SHREDDIT_POST, SHREDDIT_COMMENT, OLD_LINK, OLD_COMMENT].join(', ');
/** The thread is the post its comments answer; its title is the thread's. */
const THREAD_POST = `${SHREDDIT_POST}, ${OLD_LINK}`;
const THREAD_TITLE = [`${SHREDDIT_POST} ${SHREDDIT_POST_TITLE}`, `${OLD_LINK} a.title`];

function authorOf(value: string | null): string | null {
  return value && value !== DELETED_AUTHOR ? value : null;
}

function shredditPost(element: Element, url: URL): ForumPost | null {
  const body = $optional(SHREDDIT_POST_BODY, element);
  const titleElement = $optional(SHREDDIT_POST_TITLE, element);
  if (!body && !titleElement) return null;
  return {
    id: element.id,
    element,
    bodyElement: body ?? titleElement!,
    author: authorOf(attribute(element, 'author')),
    permalink: absoluteUrl(attribute(element, 'permalink'), url, element),
    // When the title element is the body, it is already read.
    title: body ? (attribute(element, 'post-title') ?? textOf(titleElement)) : null,
    excluded: EXCLUDED,
  };
}

function shredditComment(element: Element, url: URL): ForumPost | null {
  // Deleted, removed and some collapsed comments render without a body.
  const body = $optional(SHREDDIT_COMMENT_BODY, element);
  const id = attribute(element, 'thingid');
  if (!body || !id) return null;
  return {
    id,
    element,
    bodyElement: body,
    author: authorOf(attribute(element, 'author')),
    permalink: absoluteUrl(attribute(element, 'permalink'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

function oldRedditThing(element: Element, url: URL): ForumPost | null {
  if (element.classList.contains('deleted')) return null;
  const id = attribute(element, 'data-fullname');
  if (!id) return null;
  const body = $optional(OLD_BODY, element);
  const titleElement = element.classList.contains('link') ? $optional(OLD_TITLE, element) : null;
  if (!body && !titleElement) return null;
  const permalink = attribute(element, 'data-permalink') ?? $optional(OLD_PERMALINK, element)?.getAttribute('href');
  return {
    id,
    element,
    bodyElement: body ?? titleElement!,
    author: authorOf(attribute(element, 'data-author')),
    permalink: absoluteUrl(permalink, url, element),
    title: body ? textOf(titleElement) : null,
    excluded: EXCLUDED,
  };
}

function postAt(element: Element, url: URL): ForumPost | null {
  switch (element.localName) {
    case 'shreddit-post':
      return shredditPost(element, url);
    case 'shreddit-comment':
      return shredditComment(element, url);
    default:
      return oldRedditThing(element, url);
  }
}

export const reddit: ForumAdapter<'reddit'> = {
  id: 'reddit',
  postSelector: ALL_POSTS,
  postAt,

  detect(doc) {
    return doc.querySelector(SHREDDIT_MARKERS) !== null || doc.querySelector(OLD_REDDIT_MARKER) !== null;
  },

  findPosts(root, url) {
    return $$inclusive(ALL_POSTS, root).flatMap((element) => postAt(element, url) ?? []);
  },

  threadContext(doc, url) {
    const element = doc.querySelector(THREAD_POST);
    const post = element ? postAt(element, url) : null;
    return threadContextFrom(doc, url, post, {
      titleSelector: THREAD_TITLE,
      // A link or media post's title is all it says, and that is the thread's title already.
      isOpening: (opening) => opening.title !== null,
    });
  },

  threadKey(url) {
    const postId = /\/comments\/([a-z0-9]+)/i.exec(url.pathname)?.[1];
    return postId ? `reddit:${postId}` : `reddit:${url.host}${url.pathname}`;
  },
};

/*
Test URLs:
https://www.reddit.com/r/weightroom/ (any thread from the list)
https://www.reddit.com/r/Fitness/comments/ (a thread with nested replies and "more replies")
https://old.reddit.com/r/powerlifting/ (any thread from the list)
https://old.reddit.com/r/running/ (a thread with "load more comments")
*/
