import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures } from '../harness/expectations';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { ForumPage } from '../harness/pages/forum';

const fixtures = listFixtures();

describe('badges and the side panel on every engine', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: the right posts get badges, and only those',
    async (_name, fixture) => {
      const forum = await ForumPage.open(browser, fixture);
      await expect.poll(() => forum.badgedPostIds(), { timeout: 5000 }).toEqual([...fixture.expect.relevant].sort());
      await forum.close();
    },
  );

  it.each(
    fixtures.flatMap((fixture) =>
      Object.entries(fixture.expect.topCause).map(
        ([postId, cause]) => [`${fixture.name} post ${postId}`, fixture, postId, cause] as const,
      ),
    ),
  )('%s: the panel ranks the expected cause in its top 3 and shows the triage', async (_name, fixture, postId, cause) => {
    const forum = await ForumPage.open(browser, fixture);
    await forum.badge(postId).waitFor();
    await forum.openPanel(postId);
    const causes = await forum.causeIds();
    if (fixture.expect.knownRankingMisses?.[postId]) {
      expect(causes.slice(0, 5)).toContain(cause);
      expect(causes.slice(0, 3), 'fixed: remove the known miss from the fixture').not.toContain(cause);
    } else {
      expect(causes.slice(0, 3)).toContain(cause);
    }
    expect(await forum.triage()).toBe(fixture.expect.triage[postId] ?? 'self_care');
    await forum.close();
  });

  it('makes no network request', () => {
    expect(browser.strayRequests).toEqual([]);
  });
});
