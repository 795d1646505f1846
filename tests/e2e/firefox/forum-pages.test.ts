import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures } from '../../harness/expectations';
import { isFirefoxInstalled, launchFirefoxWithExtension, type SpotterFirefox } from '../../harness/firefox';
import { FirefoxForumPage } from '../../harness/pages/firefox/forum';
import { generateThreadPage } from '../../../lib/tools/bench/thread-pages';

const fixtures = listFixtures();

/**
 * One page load per fixture, in one tab, keeps the suite short on two cores: the Chromium suite checks every expected
 * cause; here each engine's page proves the badges and one panel, and every post with a warning sign its triage.
 */
describe.skipIf(!isFirefoxInstalled())('badges and the side panel on every engine, in Firefox', () => {
  let firefox: SpotterFirefox;
  /** One tab, navigated from thread to thread as a reader does. */
  let tab: Page;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    tab = await firefox.newPage();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: the right posts get badges, and a badge opens the panel with its causes and triage',
    async (_name, fixture) => {
      const forum = await FirefoxForumPage.open(firefox, fixture, { tab });
      await expect.poll(() => forum.badgedPostIds(), { timeout: 5000 }).toEqual([...fixture.expect.relevant].sort());
      // One post per fixture: the first whose ranking is not a known miss (the Chromium suite checks them all).
      const known = fixture.expect.knownRankingMisses ?? {};
      const expected = Object.entries(fixture.expect.topCause);
      const [postId, cause] = expected.find(([id]) => !known[id]) ?? expected[0] ?? [];
      if (!postId || !cause) throw new Error(`${fixture.name} names no post with an expected cause (topCause)`);
      await forum.openPanel(postId);
      expect((await forum.causeIds()).slice(0, known[postId] ? 5 : 3)).toContain(cause);
      expect(await forum.triage()).toBe(fixture.expect.triage[postId] ?? 'self_care');
      await forum.close();
    },
  );

  it.each(
    fixtures.flatMap((fixture) =>
      Object.entries(fixture.expect.triage).map(
        ([postId, tier]) => [`${fixture.name} post ${postId}`, fixture, postId, tier] as const,
      ),
    ),
  )('%s: the panel shows its triage', async (_name, fixture, postId, tier) => {
    const forum = await FirefoxForumPage.open(firefox, fixture, { tab });
    await forum.openPanel(postId);
    expect(await forum.triage()).toBe(tier);
    await forum.close();
  });

  it('reads a long thread as the reader scrolls: posts far down get their badges as the reader nears them', async () => {
    const thread = generateThreadPage({ engine: 'xenforo', posts: 300 });
    const relevant = thread.posts.filter((post) => post.relevant).map((post) => post.id);
    const forum = await FirefoxForumPage.openHtml(firefox, thread.url, thread.html, { tab });
    await expect.poll(() => forum.badgedPostIds(), { timeout: 10_000 }).not.toEqual([]);
    // Nothing to await for "no more": left alone, the page is read no further than its first screens.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const atLoad = await forum.badgedPostIds();
    expect(atLoad.length).toBeLessThan(relevant.length / 2);
    await forum.scrollThrough();
    await expect.poll(() => forum.badgedPostIds(), { timeout: 15_000 }).toEqual([...relevant].sort());
    await forum.close();
  });

  it('makes no request by script', () => {
    expect(firefox.strayRequests).toEqual([]);
  });

  // Proof that the check above can fail: requests a page's own script makes are seen; the markup's own are not.
  it('would notice requests made by script', async () => {
    const url = 'https://forums.sherdog.com/threads/a-page-with-a-script.1/';
    firefox.serve(
      url,
      `<!doctype html><html><head><title>t</title></head><body><p>A thread.</p><img src="https://images.example/a.png">
<script>
fetch('https://tracker.example/fetch').catch(() => {});
navigator.sendBeacon('https://tracker.example/beacon', 'x');
const xhr = new XMLHttpRequest(); xhr.open('GET', 'https://tracker.example/xhr'); xhr.send();
</script></body></html>`,
    );
    const page = await firefox.newPage();
    await page.goto(url);
    await expect
      .poll(() => [...firefox.strayRequests].sort())
      .toEqual(['https://tracker.example/beacon', 'https://tracker.example/fetch', 'https://tracker.example/xhr']);
    await page.close();
    firefox.strayRequests.length = 0;
  });
});
