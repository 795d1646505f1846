/**
 * Synthetic thread pages for the benchmark (`npm run bench`): long threads in the markup of real
 * forum engines, following the committed fixtures in tests/fixtures/<engine>/ closely enough that
 * the adapters find every post. Each page is a pure function of its engine, size and seed, so a unit
 * test can check what the benchmark measures on. Images and scripts are left out: the benchmark
 * measures Spotter, not the page's own loading.
 */
import { FILLER_SENTENCES, LIFTS, OTHER_TEMPLATES, RELEVANT_TEMPLATES } from './post-texts';

export const BENCH_ENGINES = ['discourse', 'shreddit', 'xenforo'] as const;
export type BenchEngine = (typeof BENCH_ENGINES)[number];

/** Default forum hosts (lib/forum-hosts.ts) whose engine matches the markup, so the content script runs. */
export const BENCH_URLS: Record<BenchEngine, string> = {
  discourse: 'https://forums.t-nation.com/t/bench-long-thread/900001',
  shreddit: 'https://www.reddit.com/r/weightroom/comments/bench01/bench_long_thread/',
  xenforo: 'https://forums.sherdog.com/threads/bench-long-thread.900001/',
};

/**
 * The element holding each post's own words, as the adapters read it; the baseline walks these.
 * shreddit comments nest their replies, so a comment's body is its direct `slot="comment"` child.
 */
export const BENCH_BODY_SELECTORS: Record<BenchEngine, string> = {
  discourse: '.post__contents > .cooked',
  shreddit: 'shreddit-post > [slot="text-body"], shreddit-comment > [slot="comment"]',
  xenforo: '.message-body .bbWrapper',
};

/** Every how-many-th post is about a back problem: 20 gives the 5% of the quality bar's scenario. */
export const RELEVANT_EVERY = 20;

export interface BenchPost {
  /** The id the engine's adapter reports for the post. */
  id: string;
  relevant: boolean;
  /** The post's own words (quotes excluded). */
  text: string;
  /** A quote of an earlier post shown above the text, or null. */
  quote: string | null;
}

export interface BenchPage {
  engine: BenchEngine;
  url: string;
  html: string;
  posts: BenchPost[];
  bodySelector: string;
}

export interface BenchPageOptions {
  engine: BenchEngine;
  /** How many posts the page shows, the opening post included. */
  posts: number;
  /** Seeds the choice of texts; the same seed gives the same page. */
  seed?: number;
}

/** mulberry32: a small deterministic generator (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function fill(template: string, random: () => number): string {
  return template
    .replaceAll('{n}', String(2 + Math.floor(random() * 10)))
    .replaceAll('{kg}', String(60 + 5 * Math.floor(random() * 40)))
    .replaceAll('{lift}', pick(LIFTS, random));
}

/**
 * The posts of a thread: every `RELEVANT_EVERY`-th post (starting with the third, so the opening
 * post is ordinary chatter) describes a back problem; one post in ten quotes an earlier ordinary post.
 */
export function benchPosts(count: number, seed = 1, idOf: (index: number) => string = String): BenchPost[] {
  const random = randomNumbers(seed);
  const posts: BenchPost[] = [];
  for (let index = 0; index < count; index++) {
    const relevant = index % RELEVANT_EVERY === 2;
    const lead = fill(pick(relevant ? RELEVANT_TEMPLATES : OTHER_TEMPLATES, random), random);
    const fillers = Array.from({ length: Math.floor(random() * 3) }, () => fill(pick(FILLER_SENTENCES, random), random));
    const quote = index % 10 === 5 ? quotedPost(posts, random) : null;
    posts.push({ id: idOf(index), relevant, text: [lead, ...fillers].join(' '), quote });
  }
  return posts;
}

/** An earlier ordinary post to quote: quoting a back complaint would make the quoting post look like one. */
function quotedPost(earlier: readonly BenchPost[], random: () => number): string | null {
  for (let tries = 0; tries < 8; tries++) {
    const post = earlier[Math.floor(random() * earlier.length)];
    if (post && !post.relevant) return post.text;
  }
  return null;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function author(index: number): string {
  return `lifter_${(index * 7919) % 997}`;
}

const TITLE = 'Long training log and questions thread';

// Discourse: the Glimmer post stream of tests/fixtures/discourse/*-app.html, every post uncloaked
// (the worst case for Spotter: a real topic keeps only a window of posts rendered).
function discoursePage(url: URL, posts: BenchPost[]): string {
  const topicId = '900001';
  const stream = posts
    .map((post, index) => {
      const number = index + 1;
      const user = author(index);
      const quote = post.quote
        ? `<aside class="quote no-group" data-username="${author(index - 1)}" data-post="${number - 1}" data-topic="${topicId}"><div class="title"><div class="quote-controls"></div> ${author(index - 1)}:</div><blockquote><p>${escapeHtml(post.quote)}</p></blockquote></aside>`
        : '';
      return `<div class="topic-post clearfix post--regular regular" data-post-number="${number}" role="region" aria-busy="false">
<article id="post_${number}" class="boxed onscreen-post" data-post-id="${post.id}" data-topic-id="${topicId}" data-user-id="${1000 + index}">
<div class="post__row row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}"></a></div>
<div class="post__body topic-body clearfix"><div class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/bench-long-thread/${topicId}/${number}" title="Post date"><span class="relative-date" data-format="tiny">2d</span></a></div></div></div>
<div class="post__regular regular post__contents contents"><div class="cooked">${quote}<p>${escapeHtml(post.text)}</p></div>
<section class="post__menu-area post-menu-area clearfix"><nav class="post-controls"><button class="btn-flat reply" title="begin composing a reply to this post">Reply</button></nav></section></div>
</div></div></article></div>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head><meta charset="utf-8"><title>${TITLE} - T Nation Forums</title>
<meta name="generator" content="Discourse 2026.7.0-latest - https://github.com/discourse/discourse version 3f1c2a9">
<meta name="discourse_theme_id" content="4"></head>
<body class="crawler-disabled"><section id="main" class="ember-application"><div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="${topicId}"><a href="${url.pathname}" class="fancy-title">${TITLE}</a></h1></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="${topicId}"><div class="posts-wrapper"><div class="post-stream">
${stream}
<div class="post-stream__bottom-boundary"></div></div></div></section></div></div>
</div></div></section></body></html>`;
}

/**
 * Reddit's components are defined custom elements that render as blocks. Undefined here (the page runs
 * no scripts), they would be inline boxes around block content, which makes any change deep in a
 * 3,000-comment tree lay the whole tree out again, a cost the real site does not have.
 */
const SHREDDIT_BLOCKS =
  '<style>shreddit-app, shreddit-post, shreddit-post-text-body, shreddit-comment-tree, shreddit-comment { display: block }</style>';

// shreddit: tests/fixtures/reddit/*-shreddit.html. The first post is the submission; comments nest
// as replies to replies up to depth 3, as Reddit's light DOM does.
function shredditPage(url: URL, posts: BenchPost[]): string {
  const [opening, ...comments] = posts;
  if (!opening) throw new Error('a shreddit page needs at least its submission');
  const postId = opening.id;
  const permalink = url.pathname;
  const body = (post: BenchPost) =>
    `${post.quote ? `<blockquote><p>${escapeHtml(post.quote)}</p></blockquote>` : ''}<p>${escapeHtml(post.text)}</p>`;
  const open: number[] = [];
  let tree = '';
  comments.forEach((post, index) => {
    const depth = index % 4;
    while (open.length > depth) {
      tree += '</shreddit-comment>\n';
      open.pop();
    }
    const user = author(index + 1);
    const parent = depth > 0 ? ` parentid="${comments[index - 1]!.id}"` : '';
    tree += `<shreddit-comment thingid="${post.id}" author="${user}" depth="${depth}"${parent} postid="${postId}" permalink="${permalink}comment/${post.id.slice(3)}/" score="3">
<div slot="commentMeta"><faceplate-hovercard><a href="/user/${user}/">${user}</a></faceplate-hovercard></div>
<div slot="comment" id="${post.id}-comment-rtjson-content" class="md text-14-scalable">${body(post)}</div>
<shreddit-comment-action-row slot="actionRow" comment-id="${post.id}"></shreddit-comment-action-row>\n`;
    open.push(depth);
  });
  tree += '</shreddit-comment>\n'.repeat(open.length);
  return `<!DOCTYPE html>
<html lang="en-US" class="theme-beta">
<head><meta charset="UTF-8"><title>${TITLE} : r/weightroom</title><meta property="og:site_name" content="Reddit">
${SHREDDIT_BLOCKS}</head>
<body class="v2 m-0"><shreddit-app app-name="shreddit" pagetype="post_detail" user-logged-in="false">
<div class="subgrid-container"><main class="main w-full" id="main-content">
<shreddit-post id="${postId}" author="${author(0)}" post-title="${TITLE}" permalink="${permalink}" subreddit-prefixed-name="r/weightroom" comment-count="${comments.length}" score="41" post-type="text">
<h1 slot="title" id="post-title-${postId}">${TITLE}</h1>
<shreddit-post-text-body slot="text-body" post-id="${postId}"><div data-post-click-location="text-body"><div id="${postId}-post-rtjson-content" class="md text-14-scalable">${body(opening)}</div></div></shreddit-post-text-body>
</shreddit-post>
<shreddit-comment-tree id="comment-tree" post-id="${postId}" totalcomments="${comments.length}" sort="confidence">
${tree}</shreddit-comment-tree>
</main></div></shreddit-app></body></html>`;
}

// XenForo 2: tests/fixtures/xenforo/*.html (the default style as Sherdog serves it).
function xenforoPage(url: URL, posts: BenchPost[]): string {
  const threadPath = url.pathname;
  const messages = posts
    .map((post, index) => {
      const user = author(index);
      const quote = post.quote
        ? `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title">${author(index - 1)} said:</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${escapeHtml(post.quote)}</div></div></blockquote>`
        : '';
      return `<article class="message message--post js-post js-inlineModContainer " data-author="${user}" data-content="post-${post.id}" id="js-post-${post.id}">
<span class="u-anchorTarget" id="post-${post.id}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/${user}.${index + 10}/" class="username" dir="auto" data-user-id="${index + 10}">${user}</a></h4><h5 class="userTitle message-userTitle" dir="auto">Orange Belt</h5></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a href="${threadPath}post-${post.id}" rel="nofollow"><time class="u-dt" dir="auto" datetime="2026-01-20T18:00:00+0000">Jan 20, 2026</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="${threadPath}post-${post.id}" class="message-attribution-gadget" aria-label="Share" rel="nofollow"></a></li><li><a href="${threadPath}post-${post.id}" rel="nofollow">#${index + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${post.id}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${quote}${escapeHtml(post.text)}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article>
</div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/${post.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" rel="nofollow"><bdi>Like</bdi></a></div></div></footer>
</div></div></div></article>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-content-key="thread-900001" data-logged-in="false" class="has-no-js template-thread_view">
<head><meta charset="utf-8" /><title>${TITLE} | Sherdog Forums</title><meta property="og:site_name" content="Sherdog Forums" /></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><div class="p-body"><div class="p-body-inner">
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${TITLE}</h1></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-type="post"><div class="block-container lbContainer" data-lb-id="thread-900001"><div class="block-body js-replyNewMessageContainer">
${messages}
</div></div></div></div></div></div></div></div></div></body></html>`;
}

const ID_SCHEMES: Record<BenchEngine, (index: number) => string> = {
  discourse: (index) => String(5_000_000 + index),
  // Reddit ids are base-36; the first post is the submission (t3_), the rest are comments (t1_).
  shreddit: (index) => (index === 0 ? 't3_bench01' : `t1_b${index.toString(36)}`),
  xenforo: (index) => String(40_000_000 + index),
};

const RENDERERS: Record<BenchEngine, (url: URL, posts: BenchPost[]) => string> = {
  discourse: discoursePage,
  shreddit: shredditPage,
  xenforo: xenforoPage,
};

/** A thread page of `options.posts` posts in `options.engine`'s markup, served at that engine's bench URL. */
export function generateThreadPage(options: BenchPageOptions): BenchPage {
  if (!Number.isInteger(options.posts) || options.posts < 1) {
    throw new RangeError(`a thread page needs a whole number of posts, at least 1 (got ${options.posts})`);
  }
  const url = BENCH_URLS[options.engine];
  const posts = benchPosts(options.posts, options.seed ?? 1, ID_SCHEMES[options.engine]);
  return {
    engine: options.engine,
    url,
    html: RENDERERS[options.engine](new URL(url), posts),
    posts,
    bodySelector: BENCH_BODY_SELECTORS[options.engine],
  };
}
