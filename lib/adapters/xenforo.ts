import { $optional, $path, $pathOptional, attribute, textOf } from '../util/dom';
import { absoluteUrl, markedAdapter, type ForumPost } from './types';

/**
 * XenForo 2 (Sherdog and many bodybuilding boards). Server-rendered pages; quick reply and
 * "new replies" insert `article.message` nodes without a reload, which the scanner's observer catches.
 * Markup from the `post_macros` template and https://github.com/mikwielgus/forum-dl (`extractors/xenforo.py`).
 */

const MARKERS = [
  'html#XF', // every XenForo 2 page
  'html[data-app="public"][data-template]', // the same root element, should a theme change its id
];

const POST = [
  'article.message--post[data-content^="post-"]', // default style
  '.MessageCard[data-content^="post-"]', // heavily customised themes (Tom's Hardware's MessageCard)
].join(', ');

/** XenForo always renders the body of a visible post; its absence means the markup changed. */
const BODY = [
  ['.message-body', '.bbWrapper'], // default style
  ['.MessageCard__content', '.bbWrapper'], // MessageCard themes
];
/** Posts whose body the reader does not see: ignored members, and deleted posts shown as a placeholder. */
const HIDDEN_POST_CLASSES = ['is-ignored', 'message--deleted'];

const AUTHOR_LINK = [
  ['.message-name', '.username'], // default style
  ['a.MessageCard__user-info__name'], // MessageCard themes
];
const PERMALINK = [
  ['.message-attribution-main', 'a[href*="/post-"]'], // the post's date, linking to it
  ['.message-attribution-gadget[href]'], // the share icon
];

/** Quotes (expandable), the "said:" title inside them, signatures, and code blocks. */
const EXCLUDED = '.bbCodeBlock--quote, blockquote, .message-signature, .bbCodeBlock--code';

function postAt(element: Element, url: URL): ForumPost | null {
  if (HIDDEN_POST_CLASSES.some((name) => element.classList.contains(name))) return null;
  const id = /^post-(\d+)$/.exec(attribute(element, 'data-content') ?? '')?.[1];
  if (!id) return null;
  return {
    id,
    element,
    bodyElement: $path(BODY, element),
    // Guests have no member link; XenForo keeps their name in data-author.
    author: attribute(element, 'data-author') ?? textOf($pathOptional(AUTHOR_LINK, element)),
    permalink: absoluteUrl($pathOptional(PERMALINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

export const xenforo = markedAdapter({
  id: 'xenforo',
  markers: MARKERS,
  postSelector: POST,
  postAt,

  threadKey(url) {
    const threadId = /\/threads\/(?:[^/]*\.)?(\d+)/.exec(url.pathname)?.[1];
    return threadId ? `xenforo:${url.host}/threads/${threadId}` : `xenforo:${url.host}${url.pathname}`;
  },
});

/*
Test URLs:
https://forums.sherdog.com/forums/the-training-forum.5/ (any thread from the list)
https://xenforo.com/community/threads/ (any thread, default style)
*/
