import { $, $optional, $pathOptional, textOf } from '../util/dom';
import { absoluteUrl, firstOnFirstPage, markedAdapter, type ForumPost } from './types';

/**
 * Invision Community 4 (IP.Board's successor; common on bodybuilding and supplement boards), with
 * Invision 5's post classes as a fallback. Topic pages may swap the comment feed in place when paging.
 * Markup cross-checked with https://github.com/mikwielgus/forum-dl (`extractors/invision.py`).
 */

const MARKERS = [
  'body.ipsApp', // the root class of every Invision 4 and 5 front-end page
  'body[data-pageapp="forums"]', // Invision 4 forum pages
  'article[id^="elComment_"] [data-role="commentContent"]', // posts, should a theme rename the body
];

const POST = [
  'article.ipsComment[id^="elComment_"]', // Invision 4
  'article.ipsEntry--post[id^="elComment_"]', // Invision 5 (not verified on a live board)
].join(', ');
/** Posts of ignored members are rendered hidden, behind a notice. */
const HIDDEN_CLASSES = ['ipsHide', 'ipsComment_ignored'];
const BODY = '[data-role="commentContent"]';
const AUTHOR = [
  ['.cAuthorPane_author', 'a'], // Invision 4
  ['.cAuthorPane_author'], // guests: a name without a profile link
  ['.ipsEntry__username', 'a'], // Invision 5
];
/** The date link under the author, `…/?do=findComment&comment=ID`. */
const PERMALINK = 'a[href*="comment="]';

/** Quotes (`blockquote.ipsQuote` with its citation line), signatures, code and embedded content. */
const EXCLUDED = 'blockquote, .ipsQuote, [data-role="memberSignature"], .cSignature, pre.ipsCode, .ipsEmbedded';

function postAt(element: Element, url: URL): ForumPost | null {
  if (HIDDEN_CLASSES.some((name) => element.classList.contains(name))) return null;
  const id = /^elComment_(\d+)$/.exec(element.id)?.[1];
  if (!id) return null;
  return {
    id,
    element,
    bodyElement: $(BODY, element),
    author: textOf($pathOptional(AUTHOR, element)),
    permalink: absoluteUrl($optional(PERMALINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

export const invision = markedAdapter({
  id: 'invision',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: [
    'h1.ipsType_pageTitle', // Invision 4
    'h1.ipsPageHeader__title', // Invision 5 (not verified on a live board)
  ],
  isOpening: firstOnFirstPage,

  threadPath(url) {
    const topicId = /\/topic\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('showtopic');
    return topicId ? `/topic/${topicId}` : null;
  },
});

/*
Test URLs:
https://invisioncommunity.com/forums/ (any topic; Invision 5)
https://<an Invision 4 board>/topic/12345-title/ (topic URLs take this form)
*/
