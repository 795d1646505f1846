import { $optional, attribute } from '../util/dom';
import { absoluteUrl, markedAdapter, type ForumPost } from './types';

/**
 * NodeBB (Harmony, its default theme since 3.0, and Persona before it): a single-page app whose topic
 * is `ul[component="topic"]` of `li[component="post"][data-pid]`, loaded in windows as the reader
 * scrolls (posts far off screen are removed, so ids, not elements, identify posts). The URL follows
 * the post in view: `/topic/<tid>/<slug>/<index>`.
 * Markup from nodebb-theme-harmony and nodebb-theme-persona `templates/partials/topic/post.tpl`
 * (https://github.com/NodeBB/nodebb-theme-harmony), and a saved forums.opera.com topic (2021).
 */

const MARKERS = [
  '[component="topic"] [component="post"][data-pid]', // a topic's posts
  '[component="post/content"][itemprop="text"]', // a post body, should a theme drop the list's component
];

const POST = 'li[component="post"][data-pid], div[component="post"][data-pid]';
/** Deleted posts stay in the stream, struck out, for moderators and their author. */
const DELETED_CLASS = 'deleted';
const BODY = '[component="post/content"]';
/** `data-username` holds the username; the link text may be a display name. */
const AUTHOR_LINK = 'a[data-username]';
const PERMALINK = 'a.permalink[href]';
const TOPIC_TITLE = '[component="post/header"] [component="topic/title"], [component="topic/title"]';

/**
 * Quotes, signatures, and what some themes put inside the body next to the text: Persona-era themes
 * put the author line (`small.post-author`) and the date and bookmark (`small.pull-right`) there.
 */
const EXCLUDED = 'blockquote, [component="post/signature"], .post-signature, .post-author, small.pull-right';

function postAt(element: Element, url: URL): ForumPost | null {
  const id = attribute(element, 'data-pid');
  const body = $optional(BODY, element);
  if (!id || !body || element.classList.contains(DELETED_CLASS)) return null;
  const authorLink = $optional(AUTHOR_LINK, element);
  return {
    id,
    element,
    bodyElement: body,
    author: attribute(element, 'data-username') ?? (authorLink && attribute(authorLink, 'data-username')),
    permalink: absoluteUrl($optional(PERMALINK, element)?.getAttribute('href') ?? `/post/${id}`, url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

export const nodebb = markedAdapter({
  id: 'nodebb',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: TOPIC_TITLE,
  // The stream's first post (index 0) is the topic's opening post, whichever window is loaded.
  isOpening: (post) => post.element.getAttribute('data-index') === '0',

  threadPath(url) {
    const topicId = /^\/topic\/(\d+)/.exec(url.pathname)?.[1];
    return topicId ? `/topic/${topicId}` : null;
  },
});

/*
Test URLs:
https://community.nodebb.org/category/1/announcements (Harmony; any topic)
https://forums.opera.com/category/20/opera-for-windows (a Persona-derived theme; any topic)
*/
