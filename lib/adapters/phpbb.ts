import { $optional, $path, $pathOptional, textOf } from '../util/dom';
import { absoluteUrl, firstOnFirstPage, markedAdapter, type ForumPost } from './types';

/**
 * phpBB 3.x with prosilver or a style derived from it. Server-rendered, paginated with `&start=N`.
 * Markup from phpBB's `styles/prosilver/template/viewtopic_body.html`
 * (https://github.com/phpbb/phpbb/blob/3.3.x/phpBB/styles/prosilver/template/viewtopic_body.html).
 */

const MARKERS = [
  'body#phpbb', // prosilver and most derived styles
  'body.section-viewtopic', // the topic page of any style built on prosilver's classes
];

/** `div.post` also names other blocks in some styles; posts have a `.postbody`. */
const POST = 'div.post[id^="p"]';
const POSTBODY = '.postbody';
/** Posts of ignored members and soft-deleted posts show a notice instead of their content. */
const HIDDEN_NOTICE = '.ignore[id^="post_hidden"]';
const BODY = ['.postbody', '.content'];
const AUTHOR = [
  ['p.author', '.username, .username-coloured'], // prosilver 3.1+
  ['dl.postprofile', '.username, .username-coloured'], // styles that drop the author line
];
const PERMALINK = [
  ['p.author', 'a[href*="p="]'], // viewtopic.php?p=ID#pID (3.1+)
  ['h3', 'a[href^="#p"]'], // the subject line's anchor
];

/** Quotes (`<blockquote><cite>…</cite>`), code boxes and attachments; signatures live outside `.content`. */
const EXCLUDED = 'blockquote, .codebox, .attachbox, .signature';

function postAt(element: Element, url: URL): ForumPost | null {
  const id = /^p(\d+)$/.exec(element.id)?.[1];
  if (!id || !$optional(POSTBODY, element) || $optional(HIDDEN_NOTICE, element)) return null;
  return {
    id,
    element,
    bodyElement: $path(BODY, element),
    author: textOf($pathOptional(AUTHOR, element)),
    permalink: absoluteUrl($pathOptional(PERMALINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

export const phpbb = markedAdapter({
  id: 'phpbb',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: 'h2.topic-title', // prosilver; the page's h1 is the board's name
  isOpening: firstOnFirstPage,

  threadPath(url) {
    const topicId = url.searchParams.get('t');
    // Without a topic id (viewtopic.php?p=123) the query still says which post, hence which topic.
    return topicId ? `/t/${topicId}` : `${url.pathname}${url.search}`;
  },
});

/*
Test URLs:
https://www.phpbb.com/community/viewforum.php?f=46 (any topic; prosilver)
https://area51.phpbb.com/phpBB/viewforum.php?f=81 (any topic)
*/
