import { $optional, $pathOptional, attribute, textOf } from '../util/dom';
import { absoluteUrl, markedAdapter, type ForumPost } from './types';

/**
 * Flarum 1.x: a single-page app whose discussion is a `.PostStream` of `.PostStream-item`s. Only a
 * window of posts is loaded; the rest are placeholders (`LoadingPost`, no `data-id`) until the reader
 * scrolls near, so ids identify posts. Items whose `data-type` is not `comment` are events
 * ("renamed the discussion", "stickied"), which nobody wrote. The URL follows the post in view:
 * `/d/<id>-<slug>/<number>`.
 * Markup from flarum/framework `framework/core/js/src/forum/components/PostStream.js`, `CommentPost.js`
 * and `PostUser.js` (https://github.com/flarum/framework), as saved Flarum pages copied into other
 * projects show it.
 */

const MARKERS = [
  '#flarum-loading', // the boot screen every Flarum page ships
  '.PostStream > .PostStream-item[data-type]', // the stream, should a theme drop the boot screen
];

const POST = '.PostStream-item[data-type="comment"][data-id]';
/** Posts hidden by a moderator stay in the stream, collapsed, for moderators. */
const HIDDEN_CLASS = 'Post--hidden';
const BODY = ['.CommentPost', '.Post-body']; // the article, then its body
const AUTHOR = [
  ['.PostUser', '.username'], // Flarum 1.x
  ['.PostUser-name'], // themes without the username span
];
const DISCUSSION_TITLE = '.DiscussionHero-title';

/** Quotes, and the "replying to" previews some extensions render inside the body. */
const EXCLUDED = 'blockquote, .PostMention-preview, .Post-quoteButtonContainer';

/** `/d/<id>-<slug>` of the discussion, without the post number. */
function discussionPathOf(url: URL): string | null {
  return /^(\/d\/[^/]+)/.exec(url.pathname)?.[1] ?? null;
}

function postAt(element: Element, url: URL): ForumPost | null {
  const id = attribute(element, 'data-id');
  const body = $pathOptional(BODY, element);
  const article = $optional('article', element);
  if (!id || !body || article?.classList.contains(HIDDEN_CLASS)) return null;
  const number = attribute(element, 'data-number');
  const discussion = discussionPathOf(url);
  return {
    id,
    element,
    bodyElement: body,
    author: textOf($pathOptional(AUTHOR, element)),
    permalink: discussion && number ? absoluteUrl(`${discussion}/${number}`, url, element) : null,
    title: null,
    excluded: EXCLUDED,
  };
}

export const flarum = markedAdapter({
  id: 'flarum',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: DISCUSSION_TITLE,
  // Post number 1 opened the discussion, whichever window of the stream is loaded.
  isOpening: (post) => post.element.getAttribute('data-number') === '1',

  threadPath(url) {
    const discussionId = /^\/d\/(\d+)/.exec(url.pathname)?.[1];
    return discussionId ? `/d/${discussionId}` : null;
  },
});

/*
Test URLs:
https://discuss.flarum.org/ (Flarum's own community; any discussion)
https://discuss.flarum.org/d/1-welcome-to-flarum (a discussion's first post)
*/
