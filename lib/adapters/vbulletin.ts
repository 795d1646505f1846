import { $, $optional, $path, $pathOptional, attribute, textOf } from '../util/dom';
import { absoluteUrl, firstOnFirstPage, markedAdapter, type ForumPost } from './types';

/**
 * vBulletin 3, 4 and 5 (Starting Strength, the Bodybuilding.com forum and many older boards). All
 * server-rendered with page links for more posts. vB3 builds a post from tables, vB4 from an
 * `ol#posts` list, vB5 ("Connect") from `li.b-post` nodes.
 * Markup cross-checked with https://github.com/mikwielgus/forum-dl (`extractors/vbulletin.py`).
 */

const MARKERS = [
  'meta[name="generator"][content^="vBulletin"]', // 3.x, 4.x and 5.x set it by default
  'html#vbulletin_html', // vB4 root element
  'div[id^="post_message_"]', // vB3 and vB4 post bodies, should a board strip the generator
  'li.b-post[data-node-id] .js-post__content-text', // vB5
];

// vBulletin 4
const VB4_POST = [
  'li.postcontainer[id^="post_"]', // postbit and postbitlegacy layouts
  'ol#posts > li[id^="post_"]', // custom styles that drop the class
].join(', ');
/** Deleted posts keep a stub "deleted by …" and ignored members a notice, with no message. */
const VB4_STUB_CLASSES = ['postbitdeleted', 'postbitignored'];
const VB4_BODY = [
  ['div[id^="post_message_"]', ':scope > blockquote.postcontent'], // default style
  ['div[id^="post_message_"]'], // styles without the blockquote
];
const VB4_AUTHOR = ['.username_container', '.username']; // a member link, or a span for guests
const VB4_PERMALINK = 'a.postcounter[href]';

// vBulletin 3
const VB3_POST = 'table.tborder[id^="post"]';
const VB3_BODY = 'div[id^="post_message_"]';
const VB3_AUTHOR = [
  ['div[id^="postmenu_"]', '.bigusername'], // members
  ['div[id^="postmenu_"]'], // guests: the plain name
];
const VB3_PERMALINK = 'a[id^="postcount"][href]';

// vBulletin 5
const VB5_POST = 'li.b-post[data-node-id]';
const VB5_BODY = '.js-post__content-text';
const VB5_AUTHOR = [
  ['.b-userinfo__details', '[itemprop="name"]'], // default style
  ['.author', 'a'], // compact post layout
];
const VB5_PERMALINK = 'a.b-post__count[href]';

/**
 * Quotes and code boxes (vB4/5 `.bbcode_container`; vB3 draws a quote as a "Quote:" label over a
 * table cell `td.alt2`, code as `pre.alt2`), and signatures where a style moves them into the body.
 */
const EXCLUDED =
  '.bbcode_container, .bbcode_quote, td.alt2, pre.alt2, div.smallfont, .signature, .signaturecontainer, .post-signature';

function vb4Post(element: Element, url: URL): ForumPost | null {
  const id = /^post_(\d+)$/.exec(element.id)?.[1];
  if (!id || VB4_STUB_CLASSES.some((name) => element.classList.contains(name))) return null;
  return {
    id,
    element,
    bodyElement: $path(VB4_BODY, element),
    author: textOf($pathOptional(VB4_AUTHOR, element)),
    permalink: absoluteUrl($optional(VB4_PERMALINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

function vb3Post(element: Element, url: URL): ForumPost | null {
  // `table[id^="post"]` also matches other tables of some styles; posts are `post<digits>`.
  const id = /^post(\d+)$/.exec(element.id)?.[1];
  if (!id) return null;
  return {
    id,
    element,
    bodyElement: $(VB3_BODY, element),
    author: textOf($pathOptional(VB3_AUTHOR, element)),
    permalink: absoluteUrl($optional(VB3_PERMALINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

function vb5Post(element: Element, url: URL): ForumPost | null {
  const id = attribute(element, 'data-node-id');
  // Deleted posts keep their node without content text.
  const body = $optional(VB5_BODY, element);
  if (!id || !body) return null;
  return {
    id,
    element,
    bodyElement: body,
    author: textOf($pathOptional(VB5_AUTHOR, element)),
    permalink: absoluteUrl($optional(VB5_PERMALINK, element)?.getAttribute('href'), url, element),
    title: null,
    excluded: EXCLUDED,
  };
}

const POST = [VB5_POST, VB4_POST, VB3_POST].join(', ');

function postAt(element: Element, url: URL): ForumPost | null {
  if (element.matches(VB5_POST)) return vb5Post(element, url);
  return element.localName === 'li' ? vb4Post(element, url) : vb3Post(element, url);
}

export const vbulletin = markedAdapter({
  id: 'vbulletin',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: [
    '#pagetitle .threadtitle', // vBulletin 4
    'h1.main-title', // vBulletin 5
  ], // vBulletin 3 shows it only in <title>
  isOpening: firstOnFirstPage,

  threadPath(url) {
    const threadId =
      url.searchParams.get('t') ?? // showthread.php?t=123
      /\/(\d+)-[^/]*(?:\.html)?(?:\/|$)/.exec(url.pathname)?.[1]; // SEO URLs: /forum/…/85450-thread-title.html
    return threadId ? `/t/${threadId}` : null;
  },
});

/*
Test URLs:
https://startingstrength.com/resources/forum/ (vBulletin 4; any thread)
https://forum.bodybuilding.com/forumdisplay.php?f=19 (vBulletin 3 layout; any thread)
https://forum.vbulletin.com/forum/ (vBulletin 5; any topic)
*/
