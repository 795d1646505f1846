import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeFile, analyzePage } from '@/lib/tools/analyze-page';
import { listFixtures } from '../../harness/expectations';

function pageOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('analyzePage', () => {
  it.each(listFixtures().map((fixture) => [fixture.name, fixture] as const))(
    '%s: marks exactly the expected posts relevant, through the expected adapter',
    (_name, fixture) => {
      const page = analyzePage(pageOf(fixture.html), new URL(fixture.expect.url));
      if (!page.ok) throw new Error(page.error);
      expect(page.adapter).toBe(fixture.expect.adapter);
      expect(page.output.posts).toHaveLength(fixture.expect.posts);
      const relevant = page.output.posts.filter((post) => post.relevant).map((post) => post.id);
      expect(relevant.sort()).toEqual([...fixture.expect.relevant].sort());
    },
  );

  it('reads a page no engine claims with the generic adapter, finding no posts in a page without a thread', () => {
    const page = analyzePage(
      pageOf('<!doctype html><html><body><p>Nothing here.</p></body></html>'),
      new URL('https://example.org/'),
    );
    expect(page).toEqual({ ok: true, adapter: 'generic', fallbackReason: null, output: { posts: [] } });
  });
});

describe('analyzeFile', () => {
  const url = new URL('https://forums.t-nation.com/t/x/1');

  it('reads a page found by its content through the adapters, whatever the file is called', () => {
    const html = listFixtures().find((fixture) => fixture.engine === 'discourse')!.html;
    const result = analyzeFile(html, 'saved.txt', url, pageOf);
    expect(result.ok && result.output.posts.length).toBeGreaterThan(1);
  });

  it('reads anything else as one text post', () => {
    const result = analyzeFile('My lower back cramps on heavy deadlifts.', 'post.txt', url, pageOf);
    expect(result.ok && result.output.posts.map((post) => [post.id, post.relevant])).toEqual([['post-1', true]]);
  });
});

describe('npm run analyze on a saved page', () => {
  it('prints the contract JSON for every post, best causes first', () => {
    const out = execFileSync(
      'npx',
      [
        'tsx',
        'scripts/analyze.ts',
        'tests/fixtures/discourse/bench-cramp-app.html',
        '--url',
        'https://forums.t-nation.com/t/mid-back-cramps-on-heavy-bench/287413',
      ],
      {
        encoding: 'utf8',
      },
    );
    const json = JSON.parse(out) as { posts: { id: string; relevant: boolean; causes: { id: string; score: number }[] }[] };
    const first = json.posts.find((post) => post.id === '1904411');
    expect(first?.relevant).toBe(true);
    expect(first?.causes[0]?.id).toBe('shortened_position_cramp');
    const scores = first?.causes.map((cause) => cause.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  }, 30_000);
});
