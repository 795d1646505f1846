// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, detectAdapter } from '@/lib/adapters';
import { readPostText, type ForumAdapter, type ForumPost } from '@/lib/adapters/types';
import { MissingElementError } from '@/lib/util/dom';
import { generateThreadPage, type BenchEngine } from '@/lib/tools/bench/thread-pages';

/**
 * The adapters and `readPostText` on pages they were never written for: random trees built from the
 * engines' own vocabulary (tags, classes, attributes, with right, wrong, empty and hostile values),
 * very deep nesting, thousands of siblings, posts without bodies or attributes. The contract
 * (lib/adapters/types.ts): `detect` answers, `findPosts` returns well-formed posts or throws
 * `MissingElementError` and nothing else, and `readPostText` always returns a string.
 */

const TAGS = [
  'div',
  'article',
  'section',
  'aside',
  'p',
  'span',
  'a',
  'blockquote',
  'li',
  'ol',
  'ul',
  'table',
  'tr',
  'td',
  'h1',
  'h3',
  'h4',
  'time',
  'main',
  'header',
  'footer',
  'dl',
  'q',
  'pre',
  'button',
  'template',
  'br',
  'meta',
  'shreddit-app',
  'shreddit-post',
  'shreddit-comment',
  'shreddit-post-text-body',
];

/** Class names the adapters look for, plus a few that break naive selector building. */
const CLASSES = [
  'topic-post',
  'post-stream--cloaked',
  'post__contents',
  'contents',
  'cooked',
  'names',
  'post-date',
  'quote',
  'onebox',
  'embedded-posts',
  'small-action',
  'post--deleted',
  'crawler-post',
  'message',
  'message--post',
  'message-body',
  'bbWrapper',
  'message-name',
  'username',
  'is-ignored',
  'MessageCard',
  'MessageCard__content',
  'bbCodeBlock--quote',
  'message-signature',
  'thing',
  'comment',
  'link',
  'entry',
  'usertext-body',
  'md',
  'deleted',
  'title',
  'bylink',
  'post',
  'postbody',
  'content',
  'author',
  'postbitlegacy',
  'postcontent',
  'postcontainer',
  'answer',
  'question',
  's-prose',
  'js-post-body',
  'ipsComment',
  'ipsEntry--post',
  'signature',
  'postprofile',
  'b-post',
  'js-post__content-text',
  'comment-copy',
  'post_wrapper',
  'inner',
  'poster',
  'keyinfo',
  'post_body',
  'post_head',
  'largetext',
  'deleted_post',
  'ItemDiscussion',
  'ItemComment',
  'Item-Body',
  'Message',
  'Author',
  'Username',
  'Permalink',
  'PostStream',
  'PostStream-item',
  'CommentPost',
  'Post-body',
  'PostUser',
  'Post--hidden',
  'permalink',
  'bg1',
  '1st',
  'a:b',
  'x.y',
  'we"ird',
  '[z]',
  '\\',
  'émoji😀',
];

const ATTRIBUTE_VALUES: Record<string, string[]> = {
  id: [
    'post_1',
    'post_',
    'p12',
    'p',
    'XF',
    'phpbb',
    'js-post-5',
    'elComment_3',
    'question',
    'vbulletin_html',
    'post_message_7',
    'post7',
    'msg_5',
    'Comment_9',
    'Discussion_2',
    'XenForo',
    'post-3',
  ],
  'data-post-id': ['1', '', 'x y', '0'],
  'data-post-number': ['1', '2', ''],
  'data-topic-id': ['9', ''],
  'data-content': ['post-123', 'post-', 'profile-post-1', 'post-abc'],
  'data-author': ['alice', ''],
  thingid: ['t1_abc', 't1_', 't3_x'],
  author: ['bob', '[deleted]', ''],
  slot: ['comment', 'text-body', 'title', 'commentMeta'],
  'data-fullname': ['t1_x', 't3_y', 't1_'],
  'data-permalink': ['/r/a/comments/1/x/', 'http://[::1', ''],
  permalink: ['/r/a/comments/1/x/', '//evil', 'javascript:alert(1)'],
  href: ['/u/a', '/members/b.1/', '#p1', 'javascript:void(0)', 'http://[', '', '/t/x/1/2', '?p=3#p3', 'profile.php?id=1'],
  itemscope: [''],
  itemtype: ['https://schema.org/Comment', 'https://schema.org/DiscussionForumPosting', 'https://schema.org/Answer'],
  itemprop: ['text', 'author', 'name', 'url', 'articleBody'],
  'data-user-card': ['carol', ''],
  name: ['generator', 'discourse_theme_id'],
  content: ['Discourse 3', 'vBulletin 4', ''],
  hidden: [''],
  'data-answerid': ['5', ''],
  'data-questionid': ['4', ''],
  'data-node-id': ['8', ''],
  'data-comment-id': ['6', ''],
  'data-id': ['7'],
  role: ['main', 'region'],
  'data-template': ['thread_view'],
  'data-app': ['public'],
  'data-pageapp': ['forums'],
  'data-msgid': ['11', ''],
  'data-pid': ['12', ''],
  'data-username': ['dave', ''],
  'data-index': ['0', '3'],
  'data-number': ['1', '4', ''],
  'data-type': ['comment', 'discussionRenamed'],
  component: ['topic', 'post', 'post/content'],
};

/** Text as forums never send it but pages can hold: control characters, surrogates, RTL, markup look-alikes. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'my lower back cramps on deadlifts',
    '\u0000',
    '\u202Eback\u202C',
    'a\u200Db',
    '<p>x</p>',
    '&amp;',
    ' '.repeat(50),
  ),
);

const attributeValue = (name: string) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ATTRIBUTE_VALUES[name]!) }, { weight: 1, arbitrary: hostileText });

const attributes = fc.uniqueArray(
  fc.constantFrom(...Object.keys(ATTRIBUTE_VALUES)).chain((name) => attributeValue(name).map((value) => [name, value] as const)),
  { maxLength: 4, selector: ([name]) => name },
);

interface NodeSpec {
  tag: string;
  classes: string[];
  attributes: (readonly [string, string])[];
  children: (NodeSpec | string)[];
}

const tree = fc.letrec<{ node: NodeSpec; child: NodeSpec | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    classes: fc.uniqueArray(fc.constantFrom(...CLASSES), { maxLength: 3 }),
    attributes,
    children: fc.array(tie('child'), { maxLength: 5 }),
  }),
  child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, hostileText, tie('node')),
})).node;

function el(tag: string, classes: string, attrs: Record<string, string>, ...children: (NodeSpec | string)[]): NodeSpec {
  return { tag, classes: classes ? classes.split(' ') : [], attributes: Object.entries(attrs), children };
}

const SAMPLE = 'My lower back cramps up on heavy deadlifts, right above the belt line.';

/** One well-formed post per engine, in the shape its adapter reads; the fuzzer then breaks them. */
const POST_SKELETONS: NodeSpec[] = [
  el(
    'div',
    'topic-post',
    { 'data-post-number': '1' },
    el(
      'article',
      '',
      { id: 'post_1', 'data-post-id': '11', 'data-topic-id': '1' },
      el('div', 'names', {}, el('a', '', { href: '/u/a', 'data-user-card': 'a' }, 'a')),
      el('a', 'post-date', { href: '/t/x/1/1' }, '2d'),
      el(
        'div',
        'post__contents contents',
        {},
        el('div', 'cooked', {}, el('p', '', {}, SAMPLE), el('aside', 'quote', {}, el('blockquote', '', {}, 'quoted'))),
      ),
    ),
  ),
  el(
    'div',
    'crawler-post',
    { id: 'post_2' },
    el('span', '', { itemprop: 'author' }, el('span', '', { itemprop: 'name' }, 'b')),
    el('div', 'post', { itemprop: 'text' }, SAMPLE),
  ),
  el(
    'shreddit-post',
    '',
    { id: 't3_abc', author: 'c', 'post-title': 'Back cramps', permalink: '/r/a/comments/abc/x/' },
    el('h1', '', { slot: 'title' }, 'Back cramps'),
    el('div', '', { slot: 'text-body' }, el('p', '', {}, SAMPLE)),
  ),
  el(
    'shreddit-comment',
    '',
    { thingid: 't1_a', author: 'd', permalink: '/r/a/comments/abc/comment/a/' },
    el('div', '', { slot: 'comment' }, el('p', '', {}, SAMPLE)),
    el('shreddit-comment', '', { thingid: 't1_b', author: 'e', depth: '1' }, el('div', '', { slot: 'comment' }, 'reply')),
  ),
  el(
    'div',
    'thing comment',
    { 'data-fullname': 't1_c', 'data-author': 'f', 'data-permalink': '/r/a/comments/abc/x/c/' },
    el('div', 'entry', {}, el('div', 'usertext-body', {}, el('div', 'md', {}, SAMPLE))),
  ),
  el(
    'article',
    'message message--post',
    { 'data-content': 'post-5', 'data-author': 'g' },
    el('h4', 'message-name', {}, el('a', 'username', { href: '/members/g.1/' }, 'g')),
    el('ul', 'message-attribution-main', {}, el('li', '', {}, el('a', '', { href: '/threads/x.1/post-5' }, 'date'))),
    el('article', 'message-body', {}, el('div', 'bbWrapper', {}, SAMPLE, el('blockquote', 'bbCodeBlock--quote', {}, 'quoted'))),
  ),
  el(
    'div',
    'post',
    { id: 'p6' },
    el(
      'div',
      'postbody',
      {},
      el('p', 'author', {}, el('a', 'username', { href: 'memberlist.php?u=1' }, 'h')),
      el('div', 'content', {}, SAMPLE),
    ),
  ),
  el(
    'li',
    'postbitlegacy postcontainer',
    { id: 'post_7' },
    el('div', '', { id: 'post_message_7' }, el('blockquote', 'postcontent', {}, SAMPLE)),
  ),
  el('div', 'answer', { 'data-answerid': '8' }, el('div', 's-prose js-post-body', { itemprop: 'text' }, SAMPLE)),
  el('article', 'ipsComment', { id: 'elComment_9' }, el('div', '', { 'data-role': 'commentContent' }, SAMPLE)),
  el(
    'div',
    '',
    { itemscope: '', itemtype: 'https://schema.org/Comment', id: 'c10' },
    el('div', '', { itemprop: 'text' }, SAMPLE),
  ),
];

const keepMostly = <T>(value: T, ...alternatives: fc.Arbitrary<T>[]) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(value) }, ...alternatives.map((arbitrary) => ({ weight: 1, arbitrary })));

/** `spec` with attributes dropped or made hostile, classes dropped, text replaced and random subtrees added. */
function mutated(spec: NodeSpec): fc.Arbitrary<NodeSpec> {
  return fc
    .record({
      attributes: fc.tuple(
        ...spec.attributes.map(([name, value]) =>
          keepMostly<readonly [string, string] | null>(
            [name, value],
            fc.constant(null),
            hostileText.map((text) => [name, text] as const),
          ),
        ),
      ),
      classes: fc.tuple(...spec.classes.map((name) => keepMostly<string | null>(name, fc.constant(null)))),
      children: fc.tuple(
        ...spec.children.map((child) =>
          typeof child === 'string'
            ? keepMostly<string | null>(child, hostileText, fc.constant(null))
            : keepMostly<NodeSpec | null>(child, fc.constant(null)).chain((kept) => (kept ? mutated(kept) : fc.constant(null))),
        ),
      ),
      extra: fc.array(fc.oneof(hostileText, tree), { maxLength: 2 }),
    })
    .map(({ attributes, classes, children, extra }) => ({
      tag: spec.tag,
      attributes: attributes.filter((entry) => entry !== null),
      classes: classes.filter((name) => name !== null),
      children: [...children.filter((child) => child !== null), ...extra],
    }));
}

const brokenPost = fc.constantFrom(...POST_SKELETONS).chain(mutated);

function build(doc: Document, spec: NodeSpec): Element {
  const element = doc.createElement(spec.tag);
  if (spec.classes.length > 0) element.setAttribute('class', spec.classes.join(' '));
  for (const [name, value] of spec.attributes) element.setAttribute(name, value);
  for (const child of spec.children) {
    element.append(typeof child === 'string' ? doc.createTextNode(child) : build(doc, child));
  }
  return element;
}

function pageOf(specs: NodeSpec[], rootAttributes: (readonly [string, string])[]): Document {
  const doc = document.implementation.createHTMLDocument('fuzz');
  for (const [name, value] of rootAttributes) doc.documentElement.setAttribute(name, value);
  for (const spec of specs) doc.body.append(build(doc, spec));
  return doc;
}

const URLS = [
  'https://forums.t-nation.com/t/x/1',
  'https://www.reddit.com/r/weightroom/comments/abc/x/',
  'https://forums.sherdog.com/threads/x.1/',
  'https://example.org/',
];

/** findPosts under the contract: posts, or MissingElementError, never any other exception. */
function findPostsOrMissing(adapter: ForumAdapter, root: ParentNode, url: URL): ForumPost[] {
  try {
    return adapter.findPosts(root, url);
  } catch (error) {
    if (error instanceof MissingElementError) return [];
    throw new Error(`${adapter.id}.findPosts threw ${String(error)}`, { cause: error });
  }
}

function checkPost(adapter: ForumAdapter, post: ForumPost): void {
  expect(typeof post.id, `${adapter.id} post id`).toBe('string');
  expect(post.id.length, `${adapter.id} post id is empty`).toBeGreaterThan(0);
  expect(post.element.contains(post.bodyElement), `${adapter.id}: body outside its post`).toBe(true);
  if (post.permalink !== null) expect(() => new URL(post.permalink!)).not.toThrow();
  expect(typeof readPostText(post)).toBe('string');
}

describe('adapters on random DOM shapes', () => {
  // 200 random pages through every adapter: well past the default 5 s on a shared, loaded core.
  it('never throw anything but MissingElementError, and return well-formed posts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            brokenPost,
            brokenPost.map((post) => el('div', 'wrap', {}, post)),
            tree,
          ),
          { minLength: 1, maxLength: 5 },
        ),
        attributes,
        fc.constantFrom(...URLS),
        fc.nat(),
        (specs, rootAttributes, href, pick) => {
          const doc = pageOf(specs, rootAttributes);
          const url = new URL(href);
          const elements = [...doc.body.querySelectorAll('*')];
          const subtree = elements.length > 0 ? elements[pick % elements.length]! : doc.body;
          expect(() => detectAdapter(doc, url)).not.toThrow();
          for (const adapter of ADAPTERS) {
            expect(typeof adapter.detect(doc, url)).toBe('boolean');
            for (const root of [doc, subtree]) {
              for (const post of findPostsOrMissing(adapter, root, url)) checkPost(adapter, post);
            }
            if (adapter.threadKey) expect(typeof adapter.threadKey(url)).toBe('string');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** One well-formed page per engine, from the benchmark's generator (which follows the fixtures). */
function enginePage(engine: BenchEngine, posts = 3) {
  const page = generateThreadPage({ engine, posts });
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const url = new URL(page.url);
  const adapter = detectAdapter(doc, url)!;
  return { page, doc, url, adapter };
}

const ENGINES: BenchEngine[] = ['discourse', 'shreddit', 'xenforo'];

describe('adapters on extreme but valid pages', () => {
  it.each(ENGINES)('%s: a post 2,000 levels deep is found and read', (engine) => {
    const { doc, url, adapter } = enginePage(engine, 1);
    const stream = doc.body.firstElementChild!;
    let innermost = doc.body;
    for (let depth = 0; depth < 2000; depth++) innermost = innermost.appendChild(doc.createElement('div'));
    innermost.append(stream);
    const started = performance.now();
    const posts = adapter.findPosts(doc, url);
    expect(posts).toHaveLength(1);
    expect(readPostText(posts[0]!).length).toBeGreaterThan(20);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each(ENGINES)('%s: a post body with text 2,000 inline levels deep is read in full', (engine) => {
    const { doc, url, adapter } = enginePage(engine, 1);
    const body = adapter.findPosts(doc, url)[0]!.bodyElement;
    let innermost: Element = body;
    for (let depth = 0; depth < 2000; depth++) innermost = innermost.appendChild(doc.createElement('span'));
    innermost.append('my lower back cramps at the very bottom');
    const started = performance.now();
    const text = readPostText(adapter.findPosts(doc, url)[0]!);
    expect(text).toContain('my lower back cramps at the very bottom');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each(ENGINES)('%s: a post body with 10,000 sibling paragraphs is read in bounded time', (engine) => {
    const { doc, url, adapter } = enginePage(engine, 1);
    const body = adapter.findPosts(doc, url)[0]!.bodyElement;
    for (let index = 0; index < 10_000; index++) body.appendChild(doc.createElement('p')).append(`line ${index}`);
    const started = performance.now();
    const text = readPostText(adapter.findPosts(doc, url)[0]!);
    expect(text).toContain('line 9999');
    expect(text.split('\n').length).toBeGreaterThanOrEqual(10_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('generic: 10,000 sibling blocks without any profile link yield no posts, in bounded time', () => {
    const doc = document.implementation.createHTMLDocument('flat');
    for (let index = 0; index < 10_000; index++) doc.body.appendChild(doc.createElement('div')).append(`block ${index} of text`);
    const generic = ADAPTERS.find((adapter) => adapter.id === 'generic')!;
    const started = performance.now();
    expect(generic.findPosts(doc, new URL('https://example.org/'))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('adapters on broken posts', () => {
  const bodySelectors: Record<BenchEngine, string> = {
    discourse: '.cooked',
    shreddit: '[slot="comment"], [slot="text-body"]',
    xenforo: '.bbWrapper',
  };
  const idAttributes: Record<BenchEngine, string[]> = {
    discourse: ['data-post-id'],
    shreddit: ['thingid', 'id'],
    xenforo: ['data-content'],
  };

  it.each(ENGINES)('%s: posts without bodies are left out or reported as MissingElementError', (engine) => {
    const { doc, url, adapter } = enginePage(engine, 4);
    for (const body of doc.querySelectorAll(bodySelectors[engine])) body.remove();
    let posts: ForumPost[] = [];
    try {
      posts = adapter.findPosts(doc, url);
    } catch (error) {
      expect(error).toBeInstanceOf(MissingElementError);
    }
    // shreddit's submission falls back to its title, which is what its author wrote.
    for (const post of posts) expect(post.bodyElement.matches('[slot="title"]')).toBe(true);
  });

  it.each(ENGINES)('%s: posts without their id attributes are left out, never given an empty id', (engine) => {
    const { doc, url, adapter } = enginePage(engine, 4);
    for (const name of idAttributes[engine]) {
      for (const element of doc.querySelectorAll(`[${name}]`)) element.removeAttribute(name);
    }
    for (const post of findPostsOrMissing(adapter, doc, url)) expect(post.id).not.toBe('');
  });

  it.each(ENGINES)('%s: posts with blank attributes everywhere never throw', (engine) => {
    const { doc, url, adapter } = enginePage(engine, 4);
    for (const element of doc.body.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) element.setAttribute(name, '');
    }
    for (const post of findPostsOrMissing(adapter, doc, url)) checkPost(adapter, post);
  });
});
