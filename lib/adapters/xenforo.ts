import { $path, $pathOptional, attribute, textOf } from '../util/dom';
import { absoluteUrl, firstOnFirstPage, markedAdapter, type ForumPost } from './types';

/**
 * XenForo 2 (Sherdog and many bodybuilding boards) and XenForo 1, which older boards still run.
 * Server-rendered pages; quick reply and "new replies" insert posts without a reload, which the
 * scanner's observer catches. XenForo 2 markup from the `post_macros` template and
 * https://github.com/mikwielgus/forum-dl (`extractors/xenforo.py`); XenForo 1 markup from its
 * `message` template as a saved DISboards thread shows it (../shared/real-pages/xenforo1-*.html).
 */

const MARKERS = [
  'html#XF', // every XenForo 2 page
  'html[data-app="public"][data-template]', // the same root element, should a theme change its id
  'html#XenForo', // every XenForo 1 page
];

const POST = [
  'article.message--post[data-content^="post-"]', // default style
  '.MessageCard[data-content^="post-"]', // heavily customised themes (Tom's Hardware's MessageCard)
  'li.message[id^="post-"]', // XenForo 1; sponsor blocks and ad slots styled as posts have no id
].join(', ');

/** XenForo always renders the body of a visible post; its absence means the markup changed. */
const BODY = [
  ['.message-body', '.bbWrapper'], // default style
  ['.MessageCard__content', '.bbWrapper'], // MessageCard themes
  ['.messageContent', 'blockquote.messageText'], // XenForo 1
];
/** Posts whose body the reader does not see: ignored members, and deleted posts shown as a placeholder (2, then 1). */
const HIDDEN_POST_CLASSES = ['is-ignored', 'message--deleted', 'ignored', 'deleted'];

const AUTHOR_LINK = [
  ['.message-name', '.username'], // default style
  ['a.MessageCard__user-info__name'], // MessageCard themes
  ['.messageUserInfo', 'a.username'], // XenForo 1
];
const PERMALINK = [
  ['.message-attribution-main', 'a[href*="/post-"]'], // the post's date, linking to it
  ['.message-attribution-gadget[href]'], // the share icon
  ['.messageMeta', 'a.datePermalink[href]'], // XenForo 1: the post's date
];

/**
 * Quotes (expandable), the "said:" title inside them, signatures, and code blocks, in XenForo 2
 * (`--` modifiers) and XenForo 1 (`bbCodeQuote`, `bbCodeCode`; its body is itself a blockquote, and
 * `readPostText` only skips what lies inside the body).
 */
const EXCLUDED = [
  '.bbCodeBlock--quote, blockquote, .message-signature, .bbCodeBlock--code',
  '.bbCodeQuote, .bbCodeCode, .bbCodePHP, .bbCodeHtml, .signature, .messageTextEndMarker',
].join(', ');

function postAt(element: Element, url: URL): ForumPost | null {
  if (HIDDEN_POST_CLASSES.some((name) => element.classList.contains(name))) return null;
  const id = /^post-(\d+)$/.exec(attribute(element, 'data-content') ?? element.id)?.[1];
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
  titleSelector: [
    'h1.p-title-value', // XenForo 2
    '.titleBar h1', // XenForo 1
  ],
  isOpening: firstOnFirstPage,

  threadPath(url) {
    const threadId = /\/threads\/(?:[^/]*\.)?(\d+)/.exec(url.pathname)?.[1];
    return threadId ? `/threads/${threadId}` : null;
  },
});

/*
Test URLs:
https://forums.sherdog.com/forums/the-training-forum.5/ (any thread from the list)
https://xenforo.com/community/threads/ (any thread, default style)
*/
