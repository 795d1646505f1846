import { $, $$, $optional, attribute, textOf } from '../util/dom';
import { absoluteUrl, markedAdapter, type ForumPost } from './types';

/**
 * Stack Exchange question pages (fitness.stackexchange.com and the rest of the network): the question,
 * its answers, and the comments under each. Answers page with `?page=N`; "show more comments" loads
 * comments in place.
 */

const MARKERS = [
  '#question[data-questionid]', // every question page
  'body.question-page', // the page class, should the question's id change
];

const QUESTION = '.question[data-questionid]';
const ANSWER = '.answer[data-answerid]';
const COMMENT = 'li.comment[data-comment-id]';
const POST = [QUESTION, ANSWER, COMMENT].join(', ');

/** Answers deleted by their author stay visible, struck out, to high-reputation readers only. */
const DELETED_ANSWER_CLASS = 'deleted-answer';

const BODY = [
  '.js-post-body', // current layout
  '.s-prose[itemprop="text"]', // the same element, should the js- hook go
];
const COMMENT_BODY = '.comment-copy';

/**
 * Every signature of a post: "asked"/"answered" and, when edited, "edited" too. The editor's signature
 * can come first, so the author is the last one (https://github.com/AnweshGangula/StackMeFirst).
 * Comments have no signatures; their users are `.comment-user`.
 */
const SIGNATURE = '.post-signature';
const SIGNATURE_USER = '.user-details';
const USER_NAME = [
  ':scope > a', // a member
  '[itemprop="name"]', // deleted accounts and community wiki keep the name as text
];
const COMMENT_USER = '.comment-user';

const SHARE_LINK = 'a.js-share-link[href]';
const COMMENT_LINK = 'a.comment-link[href]';
const QUESTION_TITLE = '#question-header h1';

/** Quoted sources and code samples; comments are separate posts. */
const EXCLUDED = 'blockquote, pre, .snippet, .comments';

function authorOf(post: Element): string | null {
  // Only this post's signatures: comments nested in it carry none.
  const last = $$(SIGNATURE, post).at(-1);
  const user = last ? $optional(SIGNATURE_USER, last) : null;
  return user ? textOf($optional(USER_NAME, user)) : null;
}

function questionOrAnswer(element: Element, url: URL): ForumPost | null {
  if (element.classList.contains(DELETED_ANSWER_CLASS)) return null;
  const isQuestion = element.matches(QUESTION);
  const id = attribute(element, isQuestion ? 'data-questionid' : 'data-answerid');
  if (!id) return null;
  const doc = element.ownerDocument;
  const share = $optional(SHARE_LINK, element)?.getAttribute('href') ?? `/${isQuestion ? 'q' : 'a'}/${id}`;
  return {
    id,
    element,
    bodyElement: $(BODY, element),
    author: authorOf(element),
    permalink: absoluteUrl(share, url, element),
    title: isQuestion ? textOf($optional(QUESTION_TITLE, doc)) : null,
    excluded: EXCLUDED,
  };
}

function comment(element: Element, url: URL): ForumPost | null {
  const id = attribute(element, 'data-comment-id');
  if (!id) return null;
  return {
    // Comments are numbered apart from questions and answers.
    id: `comment-${id}`,
    element,
    bodyElement: $(COMMENT_BODY, element),
    author: textOf($optional(COMMENT_USER, element)),
    permalink: absoluteUrl($optional(COMMENT_LINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

function postAt(element: Element, url: URL): ForumPost | null {
  return element.matches(COMMENT) ? comment(element, url) : questionOrAnswer(element, url);
}

export const stackexchange = markedAdapter({
  id: 'stackexchange',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: QUESTION_TITLE,
  isOpening: (post) => post.title !== null, // the question; answers and comments carry no title

  threadPath(url) {
    const questionId = /^\/(?:questions|q)\/(\d+)/.exec(url.pathname)?.[1];
    return questionId ? `/q/${questionId}` : null;
  },
});

/*
Test URLs:
https://fitness.stackexchange.com/questions (any question with answers and comments)
https://fitness.stackexchange.com/questions?tab=Votes (questions with edited answers: editor and author signatures)
*/
