// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ADAPTERS, detectAdapter } from '@/lib/adapters';
import { generic } from '@/lib/adapters/generic';
import { listFixtures } from '../../harness/expectations';

const FIXTURES = listFixtures().map((fixture) => ({
  ...fixture,
  doc: new DOMParser().parseFromString(fixture.html, 'text/html'),
  url: new URL(fixture.expect.url),
}));
const ENGINE_ADAPTERS = ADAPTERS.filter((adapter) => adapter !== generic);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('cross-detection: every engine adapter claims its own fixtures and nobody else’s', () => {
  const table = ENGINE_ADAPTERS.flatMap((adapter) =>
    FIXTURES.map((fixture) => ({ adapter, fixture, expected: fixture.expect.adapter === adapter.id })),
  );
  it.each(table)('$adapter.id on $fixture.name → $expected', ({ adapter, fixture, expected }) => {
    expect(adapter.detect(fixture.doc, fixture.url)).toBe(expected);
  });
});

describe('detectAdapter', () => {
  it('lists generic last, so every engine adapter is tried before it', () => {
    expect(ADAPTERS.at(-1)).toBe(generic);
    expect(new Set(ADAPTERS.map((adapter) => adapter.id)).size).toBe(ADAPTERS.length);
  });

  it('detects by markers, not by host: a XenForo page on a Reddit host is XenForo', () => {
    const xenforoPage = FIXTURES.find((fixture) => fixture.engine === 'xenforo')!;
    expect(detectAdapter(xenforoPage.doc, new URL('https://www.reddit.com/r/weightroom/'))?.id).toBe('xenforo');
  });

  it.each([
    ['xenforo', 'https://forums.sherdog.com/threads/x.1/'],
    ['reddit', 'https://www.reddit.com/r/weightroom/comments/1k9zq2x/title/'],
  ])(
    'on a default forum running %s, looks for no other engine’s markers (each is a query over the whole page)',
    (engine, address) => {
      const page = FIXTURES.find((fixture) => fixture.engine === engine)!;
      const others = ENGINE_ADAPTERS.filter((adapter) => adapter.id !== engine).map((adapter) => vi.spyOn(adapter, 'detect'));
      try {
        expect(detectAdapter(page.doc, new URL(address))?.id).toBe(engine);
        for (const spy of others) expect(spy).not.toHaveBeenCalled();
      } finally {
        for (const spy of others) spy.mockRestore();
      }
    },
  );

  it('returns null for a page that is not a thread', () => {
    const article = parse(`<!DOCTYPE html><html><body><main><h1>Ten squat tips</h1>
      <p>Keep your chest up and brace before every rep. Your back should stay neutral.</p>
      <p>Film your sets from the side to check depth.</p></main></body></html>`);
    expect(detectAdapter(article, new URL('https://example.org/squat-tips'))).toBeNull();
  });

  it('falls to generic for an unknown board with repeated posts', () => {
    const board = FIXTURES.find((fixture) => fixture.name === 'generic/sibling-posts.html')!;
    expect(detectAdapter(board.doc, board.url)).toBe(generic);
  });
});

describe('thread keys', () => {
  it.each([
    [
      'discourse',
      'https://forums.t-nation.com/t/mid-back-cramps/287413/12',
      'https://forums.t-nation.com/t/mid-back-cramps/287413',
    ],
    [
      'reddit',
      'https://www.reddit.com/r/weightroom/comments/1k9zq2x/title/',
      'https://www.reddit.com/r/weightroom/comments/1k9zq2x/title/comment/mq01aaa/',
    ],
    [
      'xenforo',
      'https://forums.sherdog.com/threads/back-cramps.4187552/',
      'https://forums.sherdog.com/threads/back-cramps.4187552/page-2',
    ],
    [
      'vbulletin',
      'https://forum.bodybuilding.com/showthread.php?t=173004521',
      'https://forum.bodybuilding.com/showthread.php?t=173004521&page=2',
    ],
    ['phpbb', 'https://forum.example/viewtopic.php?t=1377', 'https://forum.example/viewtopic.php?t=1377&start=20'],
    ['invision', 'https://board.example/topic/38112-lats/', 'https://board.example/topic/38112-lats/page/2/'],
    [
      'stackexchange',
      'https://fitness.stackexchange.com/questions/48213/why',
      'https://fitness.stackexchange.com/questions/48213/why?page=2',
    ],
    ['smf', 'https://forum.example/index.php?topic=933.0', 'https://forum.example/index.php?topic=933.msg5127#msg5127'],
    ['mybb', 'https://board.example/showthread.php?tid=412', 'https://board.example/showthread.php?tid=412&page=2'],
    [
      'vanilla',
      'https://community.example/discussion/2207/lower-back',
      'https://community.example/discussion/2207/lower-back/p2',
    ],
    ['nodebb', 'https://forum.example/topic/731/back-cramp', 'https://forum.example/topic/731/back-cramp/12'],
    ['flarum', 'https://talk.example/d/512-back-pump', 'https://talk.example/d/512-back-pump/6'],
  ])('%s: one thread, two URLs, one key', (id, first, second) => {
    const adapter = ADAPTERS.find((candidate) => candidate.id === id)!;
    expect(adapter.threadKey!(new URL(first))).toBe(adapter.threadKey!(new URL(second)));
  });

  it.each([
    ['discourse', 'https://forums.t-nation.com/t/a/287413', 'https://forums.t-nation.com/t/b/301552'],
    [
      'reddit',
      'https://www.reddit.com/r/weightroom/comments/1k9zq2x/a/',
      'https://www.reddit.com/r/weightroom/comments/1ka3c4d/b/',
    ],
    ['xenforo', 'https://forums.sherdog.com/threads/a.4187552/', 'https://forums.sherdog.com/threads/b.4190310/'],
    ['smf', 'https://forum.example/index.php?topic=933.0', 'https://forum.example/index.php?topic=934.0'],
    ['mybb', 'https://board.example/showthread.php?tid=412', 'https://board.example/showthread.php?tid=413'],
    ['vanilla', 'https://community.example/discussion/2207/a', 'https://community.example/discussion/2208/b'],
    ['nodebb', 'https://forum.example/topic/731/a', 'https://forum.example/topic/732/b'],
    ['flarum', 'https://talk.example/d/512-a', 'https://talk.example/d/513-b'],
  ])('%s: two threads, two keys', (id, first, second) => {
    const adapter = ADAPTERS.find((candidate) => candidate.id === id)!;
    expect(adapter.threadKey!(new URL(first))).not.toBe(adapter.threadKey!(new URL(second)));
  });

  // Hidden threads are stored by key: a changed format would unhide every thread a reader hid.
  it.each([
    ['discourse', 'https://forums.t-nation.com/t/mid-back-cramps/287413/12', 'discourse:forums.t-nation.com/t/287413'],
    ['xenforo', 'https://forums.sherdog.com/threads/back-cramps.4187552/page-2', 'xenforo:forums.sherdog.com/threads/4187552'],
    ['phpbb', 'https://forum.example/viewtopic.php?p=4821', 'phpbb:forum.example/viewtopic.php?p=4821'],
    ['smf', 'https://forum.example/index.php?topic=933.20', 'smf:forum.example/topic/933'],
    ['flarum', 'https://talk.example/about', 'flarum:talk.example/about'],
  ])('%s keys %s as %s', (id, href, key) => {
    expect(ADAPTERS.find((candidate) => candidate.id === id)!.threadKey!(new URL(href))).toBe(key);
  });
});
