import { $optional, $pathOptional, textOf } from '../util/dom';
import { absoluteUrl, markedAdapter, type ForumPost } from './types';

/**
 * Vanilla Forums 2.x (self-hosted boards and Higher Logic Vanilla): the discussion's opening post
 * (`div.ItemDiscussion`, first page only) and its comments (`li.ItemComment#Comment_ID`), paginated
 * with `/p2`. Markup from Vanilla's `applications/vanilla/views/discussion/helper_functions.php`
 * (`writeComment`) and `discussion.php` (https://github.com/vanilla/vanilla), as a saved discussion
 * page copied into a clone shows it.
 */

const MARKERS = [
  'body#vanilla_discussion_index', // the discussion page's body id
  'body.Vanilla.Section-Discussion', // the same page, should a theme change the id
  '.MessageList .ItemComment[id^="Comment_"] .Message', // a comment, should a theme change the body
];

const DISCUSSION = 'div.ItemDiscussion';
const COMMENT = 'li.ItemComment[id^="Comment_"]';
const POST = `${DISCUSSION}, ${COMMENT}`;
/** Deleted comments keep a placeholder; ignored members' comments are collapsed behind a notice. */
const HIDDEN_CLASSES = ['Deleted', 'Ignored'];
const BODY = [
  ['.Item-Body', '.Message'], // default theme
  ['.Message'], // themes without the body wrapper
];
const AUTHOR = [
  ['.Author', 'a.Username'], // members
  ['.Author', 'a:not(.PhotoWrap)'], // themes that drop the class
];
/** The date links to `/discussion/comment/ID#Comment_ID`. */
const PERMALINK = 'a.Permalink[href]';
const DISCUSSION_TITLE = [
  '#Item_0.PageTitle h1', // Vanilla 2.1+
  '.PageTitle h1',
];

/** Quotes (`blockquote.Quote`, the Quotes plugin's `.UserQuote`), code blocks and signatures. */
const EXCLUDED = 'blockquote, .Quote, .UserQuote, .UserSignature, pre';

function postAt(element: Element, url: URL): ForumPost | null {
  if (HIDDEN_CLASSES.some((name) => element.classList.contains(name))) return null;
  const id = element.id; // `Discussion_ID` or `Comment_ID`: the two are numbered apart
  const body = $pathOptional(BODY, element);
  if (!id || !body) return null;
  return {
    id,
    element,
    bodyElement: body,
    author: textOf($pathOptional(AUTHOR, element)),
    permalink: absoluteUrl($optional(PERMALINK, element)?.getAttribute('href') ?? `#${id}`, url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

export const vanilla = markedAdapter({
  id: 'vanilla',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: DISCUSSION_TITLE,
  // Vanilla renders the opening post on the discussion's first page only, as its own element.
  isOpening: (post) => post.element.matches(DISCUSSION),

  threadPath(url) {
    const discussionId = /\/discussion\/(\d+)/.exec(url.pathname)?.[1];
    return discussionId ? `/discussion/${discussionId}` : null;
  },
});

/*
Test URLs:
https://open.vanillaforums.com/discussions (Vanilla 2 community; any discussion)
https://open.vanillaforums.com/discussion/38576 (a discussion's first page, with comments)
*/
