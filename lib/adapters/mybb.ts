import { $optional, $pathOptional, textOf } from '../util/dom';
import { absoluteUrl, firstOnFirstPage, markedAdapter, type ForumPost } from './types';

/**
 * MyBB 1.8: server-rendered `showthread.php` pages (or search-friendly `Thread-<slug>` URLs), paginated
 * with `page=N`. Each post is `div.post#post_ID` with its body in `div.post_body#pid_ID`.
 * Markup from MyBB's default `postbit` template (install/resources/mybb_theme.xml,
 * https://github.com/mybb/mybb) and `inc/functions_post.php` (`build_postbit`).
 */

const MARKERS = [
  '#posts .post_body[id^="pid_"]', // the thread's post list
  'div.post[id^="post_"] .post_body[id^="pid_"]', // a post, should a theme rename the list
];

const POST = 'div.post[id^="post_"]';
const BODY = 'div.post_body[id^="pid_"]';
/** Soft-deleted posts (shown collapsed to moderators) and posts of ignored members, hidden behind a notice. */
const HIDDEN_CLASSES = ['deleted_post', 'unapproved_post'];
const AUTHOR = [
  ['.author_information', '.largetext'], // postbit (default)
  ['.post_author', '.largetext'], // classic postbit and themes that drop author_information
];
/** `#N` in the post's header, linking to `showthread.php?tid=T&pid=ID#pidID`. */
const PERMALINK = ['.post_head', 'a[href*="pid"]'];

/** Quotes (`blockquote.mycode_quote` with "X Wrote:"), code boxes and signatures. */
const EXCLUDED = 'blockquote, .codeblock, .signature';

function postAt(element: Element, url: URL): ForumPost | null {
  const id = /^post_(\d+)$/.exec(element.id)?.[1];
  const body = $optional(BODY, element);
  if (!id || !body || HIDDEN_CLASSES.some((name) => element.classList.contains(name))) return null;
  // Ignored members' posts are rendered with `display: none` next to an "ignored" notice.
  if (/display:\s*none/i.test(element.getAttribute('style') ?? '')) return null;
  return {
    id,
    element,
    bodyElement: body,
    author: textOf($pathOptional(AUTHOR, element)),
    permalink: absoluteUrl($pathOptional(PERMALINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

export const mybb = markedAdapter({
  id: 'mybb',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  // The default theme names the thread only in a table header cell and in <title>, which is the subject alone.
  titleSelector: [],
  isOpening: firstOnFirstPage,

  threadPath(url) {
    // showthread.php?tid=123, thread-123.html; search-friendly `Thread-<subject>` URLs carry no id and key by path.
    const threadId = url.searchParams.get('tid') ?? /thread-(\d+)/i.exec(url.pathname)?.[1] ?? null;
    return threadId ? `/t/${threadId}` : null;
  },
});

/*
Test URLs:
https://community.mybb.com/forum-176.html (MyBB 1.8; any thread)
https://community.mybb.com/thread-159249.html (a thread's first page)
*/
