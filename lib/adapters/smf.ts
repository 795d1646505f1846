import { $optional, $pathOptional, attribute, textOf } from '../util/dom';
import { absoluteUrl, isFirstPage, markedAdapter, type ForumPost } from './types';

/**
 * Simple Machines Forum 2.0 and 2.1 (and SMF 3 alphas): server-rendered topic pages paginated with
 * `topic=ID.OFFSET`. Every message is a `div.post_wrapper` holding the poster column and the post
 * area, whose `div.inner#msg_ID` is the body.
 * Markup from SMF's `Themes/default/Display.template.php` (`template_single_post`,
 * https://github.com/SimpleMachines/SMF/blob/release-2.1/Themes/default/Display.template.php).
 */

const MARKERS = [
  '#forumposts .post_wrapper', // the topic's message list (2.0 and 2.1)
  '.post_wrapper .inner[id^="msg_"]', // a message body, should a theme rename the list
];

const POST = 'div.post_wrapper';
const BODY = 'div.inner[id^="msg_"]';
/** Posts of ignored members keep their body, hidden behind this prompt. */
const IGNORED_PROMPT = '[id$="_ignored_prompt"]';
const AUTHOR = [
  ['.poster', 'h4', 'a'], // members
  ['.poster', 'h4'], // guests: the name as text
];
/** The post's subject (2.0) or date (2.1) links to `topic=ID.msgID#msgID`. */
const PERMALINK = ['.keyinfo', 'a[href*="msg"]'];
const TOPIC_TITLE = '#top_subject'; // 2.1; 2.0 shows the subject in <title>

/**
 * Quotes (2.1: `blockquote` with a `cite`; 2.0: a `quoteheader` line over a `blockquote` and a
 * `quotefooter`), code blocks with their header, and signatures should a theme move them into the body.
 */
const EXCLUDED = 'blockquote, .quoteheader, .quotefooter, .codeheader, code.bbc_code, .signature';

function postAt(element: Element, url: URL): ForumPost | null {
  const body = $optional(BODY, element);
  const id = body && (attribute(body, 'data-msgid') ?? /^msg_(\d+)$/.exec(body.id)?.[1]);
  if (!body || !id || $optional(IGNORED_PROMPT, element)) return null;
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

/** `topic=123.0`, `topic,123.0.html`: the offset after the dot; `topic=123.msg456` jumps into the topic. */
const TOPIC_OFFSET = /topic[=,]\d+\.(\w+)/;

function topicIdOf(url: URL): string | null {
  return /topic[=,](\d+)/.exec(`${url.search}${url.pathname}`)?.[1] ?? null;
}

export const smf = markedAdapter({
  id: 'smf',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: TOPIC_TITLE,
  isOpening(_post, url) {
    const offset = TOPIC_OFFSET.exec(`${url.search}${url.pathname}`)?.[1];
    return offset === undefined ? isFirstPage(url) : offset === '0';
  },

  threadPath(url) {
    const topicId = topicIdOf(url);
    // `index.php?msg=123` names the topic only in its query.
    return topicId ? `/topic/${topicId}` : `${url.pathname}${url.search}`;
  },
});

/*
Test URLs:
https://www.simplemachines.org/community/index.php?board=1.0 (SMF 2.1; any topic)
https://www.simplemachines.org/community/index.php?topic=584230.0 (a topic's first page)
*/
