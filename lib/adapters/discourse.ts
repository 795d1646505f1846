import { $optional, $pathOptional, attribute, textOf } from '../util/dom';
import { absoluteUrl, markedAdapter, type ForumPost } from './types';

/**
 * Discourse (T Nation, Barbell Medicine and many others). Posts are rendered by the Ember app and
 * virtualised: far from the viewport a post is "cloaked" into a placeholder without its article, and
 * it comes back as new elements when scrolled near, so ids, not elements, identify posts.
 * https://github.com/discourse/discourse/blob/main/app/assets/javascripts/discourse/app/components/post-stream.gjs
 */

const GENERATOR = 'meta[name="generator"][content^="Discourse"]';
const MARKERS = [
  GENERATOR,
  'meta[name="discourse_theme_id"]', // every Discourse page with a theme
  '#data-discourse-setup', // the app's boot data
];

/** The post article. A cloaked post is a bare `div.post-stream--cloaked` and does not match. */
const POST_ARTICLE = 'article[data-post-id]'; // Glimmer post stream (2025+) and the older widget stream
/**
 * The no-JS crawler view: what search engines and `<noscript>` get, and what a saved page holds.
 * Current versions give each post `id="post_N"`; older ones (2.x, as meta.discourse.org served it in
 * 2020) give none and state the number in `[itemprop="position"]` ("#1").
 */
const CRAWLER_POST = 'div.crawler-post';
const CRAWLER_POSITION = '[itemprop="position"]';

/** The wrapper around each article; the post's state is on its classes. */
const POST_WRAPPER = '.topic-post';
/** Deleted posts (visible to staff only) and posts hidden after flags. */
const REMOVED_WRAPPER_CLASSES = ['post--deleted', 'post--hidden', 'deleted'];
/** "Closed the topic", "pinned" notes: posts of the stream that nobody wrote. */
const SMALL_ACTION = '.small-action';

/**
 * The post's own cooked HTML. Replies expanded under a post (`section.embedded-posts`) hold `.cooked`
 * too, so take the one in the post's own contents.
 */
const BODY = [
  ['.post__contents', ':scope > .cooked'], // Glimmer post stream
  ['.contents', ':scope > .cooked'], // widget post stream (self-hosted forums on older versions)
];
const CRAWLER_BODY = [
  '[itemprop="text"]', // current crawler view
  '[itemprop="articleBody"]', // 2.x crawler view
];

/** Read the username from the attribute: the visible text may be the full name. */
const AUTHOR_LINK = ['.names', 'a[data-user-card]'];
const CRAWLER_AUTHOR = ['[itemprop="author"]', '[itemprop="name"]'];

const POST_DATE_LINK = 'a.post-date[href]';

/** Quotes of other posts, link previews, replies expanded in place, and the "reply to" tab. */
const EXCLUDED = 'aside.quote, aside.onebox, .onebox, section.embedded-posts, .reply-to-tab, blockquote';

const TOPIC_TITLE = [
  '#topic-title .fancy-title', // Ember app
  '#topic-title h1', // crawler view
  'h1.crawler-topic-title', // 2.x crawler view
];

/** `/t/<slug>/<topic id>[/<post number>]` or `/t/<topic id>[/<post number>]`. */
const TOPIC_PATH = /^\/t\/(?:[^/]+\/)?(\d+)(?:\/(\d+))?\/?$/;

function topicIdOf(url: URL): string | null {
  return TOPIC_PATH.exec(url.pathname)?.[1] ?? null;
}

function topicTitle(root: ParentNode): string | null {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return textOf($optional(TOPIC_TITLE, doc));
}

function appPost(article: Element, url: URL): ForumPost | null {
  const wrapper = article.closest(POST_WRAPPER);
  if (article.matches(SMALL_ACTION)) return null;
  if (wrapper && REMOVED_WRAPPER_CLASSES.some((name) => wrapper.classList.contains(name))) return null;
  // The older stream cloaks by emptying the article instead of replacing it.
  const id = attribute(article, 'data-post-id');
  const body = $pathOptional(BODY, article);
  if (!id || !body) return null;

  const postNumber = attribute(wrapper ?? article, 'data-post-number');
  const topicId = attribute(article, 'data-topic-id') ?? topicIdOf(url);
  const dateLink = $optional(POST_DATE_LINK, article);
  const built = topicId && postNumber ? `/t/${topicId}/${postNumber}` : null;
  return {
    id,
    element: article,
    bodyElement: body,
    author: attribute($pathOptional(AUTHOR_LINK, article) ?? article, 'data-user-card'),
    permalink: absoluteUrl(dateLink?.getAttribute('href') ?? built, url, article),
    title: postNumber === '1' ? topicTitle(article) : null,
    excluded: EXCLUDED,
  };
}

/** The post's number as the 2.x crawler view states it: `#3` as text, or in a `content` attribute. */
function crawlerPosition(post: Element): string | undefined {
  const position = $optional(CRAWLER_POSITION, post);
  if (!position) return undefined;
  return /\d+/.exec(attribute(position, 'content') ?? position.textContent ?? '')?.[0];
}

function crawlerPost(post: Element, url: URL): ForumPost | null {
  const body = $optional(CRAWLER_BODY, post);
  if (!body) return null;
  const postNumber = /^post_(\d+)$/.exec(post.id)?.[1] ?? crawlerPosition(post);
  if (!postNumber) return null;
  const topicId = topicIdOf(url);
  return {
    // The crawler view has no post ids; the topic and the post's number identify it as well.
    id: `t${topicId ?? '?'}-p${postNumber}`,
    element: post,
    bodyElement: body,
    author: textOf($pathOptional(CRAWLER_AUTHOR, post)),
    permalink: topicId ? absoluteUrl(`/t/${topicId}/${postNumber}`, url, post) : null,
    title: postNumber === '1' ? topicTitle(post) : null,
    excluded: EXCLUDED,
  };
}

const POST = `${POST_ARTICLE}, ${CRAWLER_POST}`;

function postAt(element: Element, url: URL): ForumPost | null {
  return element.matches(POST_ARTICLE) ? appPost(element, url) : crawlerPost(element, url);
}

export const discourse = markedAdapter({
  id: 'discourse',
  markers: MARKERS,
  postSelector: POST,
  postAt,
  titleSelector: TOPIC_TITLE,
  // Only the first post of the topic (post number 1) carries the title.
  isOpening: (post) => post.title !== null,

  threadPath(url) {
    const topicId = topicIdOf(url);
    return topicId ? `/t/${topicId}` : null;
  },
});

/*
Test URLs:
https://forums.t-nation.com/t/the-many-sides-to-t-nation/91538
https://t-nation.com/t/the-fate-of-t-nation/73771
https://forum.barbellmedicine.com/latest (a topic from the list)
https://meta.discourse.org/t/what-is-meta/5249
*/
