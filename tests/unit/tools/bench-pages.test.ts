// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectAdapter } from '@/lib/adapters';
import { readPostText } from '@/lib/adapters/types';
import { DEFAULT_FORUM_HOSTS } from '@/lib/settings/forum-hosts';
import { BENCH_ENGINES, benchPosts, escapeHtml, generateThreadPage } from '@/lib/tools/bench/thread-pages';
import { OTHER_TEMPLATES, RELEVANT_TEMPLATES } from '@/lib/tools/bench/post-texts';

const ADAPTER_OF = { discourse: 'discourse', shreddit: 'reddit', xenforo: 'xenforo' } as const;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(BENCH_ENGINES)('the %s bench page', (engine) => {
  const page = generateThreadPage({ engine, posts: 120 });
  const doc = parse(page.html);
  const url = new URL(page.url);
  const adapter = detectAdapter(doc, url);
  const found = adapter?.findPosts(doc, url) ?? [];

  it('is served on a default forum host, so the content script runs there', () => {
    expect(DEFAULT_FORUM_HOSTS).toContain(url.host);
  });

  it(`is detected as ${ADAPTER_OF[engine]}`, () => {
    expect(adapter?.id).toBe(ADAPTER_OF[engine]);
  });

  it('shows every post to the adapter, in order, with the generated ids', () => {
    expect(found.map((post) => post.id)).toEqual(page.posts.map((post) => post.id));
  });

  it('gives the baseline the same post bodies the adapter reads', () => {
    const bodies = [...doc.querySelectorAll(page.bodySelector)];
    expect(bodies).toEqual(found.map((post) => post.bodyElement));
  });

  it('lets the adapter read each post’s own words and skip its quote', () => {
    for (const [index, post] of found.entries()) {
      const expected = page.posts[index]!;
      const text = readPostText(post);
      expect(text).toContain(expected.text);
      if (expected.quote && !expected.text.includes(expected.quote)) expect(text).not.toContain(expected.quote);
    }
  });
});

describe('benchPosts', () => {
  it('makes 5% of a long thread relevant, never the opening post', () => {
    for (const count of [100, 1000, 3000]) {
      const posts = benchPosts(count);
      expect(posts.filter((post) => post.relevant)).toHaveLength(count / 20);
      expect(posts[0]!.relevant).toBe(false);
    }
  });

  it('writes relevant posts from the relevant templates only', () => {
    const leads = (templates: readonly string[]) => templates.map((template) => template.split('{')[0]!.slice(0, 20));
    for (const post of benchPosts(400)) {
      const starts = leads(post.relevant ? RELEVANT_TEMPLATES : OTHER_TEMPLATES);
      expect(starts.some((start) => post.text.startsWith(start))).toBe(true);
    }
  });

  it('quotes only ordinary posts', () => {
    const posts = benchPosts(400);
    const quoted = posts.filter((post) => post.quote !== null);
    expect(quoted.length).toBeGreaterThan(20);
    const ordinary = new Set(posts.filter((post) => !post.relevant).map((post) => post.text));
    for (const post of quoted) expect(ordinary.has(post.quote!)).toBe(true);
  });

  it('is deterministic per seed and differs across seeds', () => {
    expect(benchPosts(50, 7)).toEqual(benchPosts(50, 7));
    expect(benchPosts(50, 7)).not.toEqual(benchPosts(50, 8));
  });

  it('refuses a page without posts', () => {
    expect(() => generateThreadPage({ engine: 'discourse', posts: 0 })).toThrow(RangeError);
  });
});

describe('escapeHtml', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
