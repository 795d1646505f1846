import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../../harness/expectations';
import { isFirefoxInstalled, launchFirefoxWithExtension, type SpotterFirefox } from '../../harness/firefox';
import { FirefoxForumPage } from '../../harness/pages/firefox/forum';
import { FirefoxOptionsPage } from '../../harness/pages/firefox/options';

/** A forum Spotter does not know, served locally (the address never reaches a network). */
const HOST = 'forum.example.test';
const PATTERN = `https://${HOST}/*`;
const THREAD = `https://${HOST}/board/thread.php?id=774`;
/** A board of no known engine: the generic adapter reads it, as it would an unknown forum a reader adds. */
const FIXTURE = loadFixture('generic/sibling-posts.html');

/**
 * Firefox MV2 registers the content script on an added forum with `contentScripts.register`
 * (lib/background/site-registration.ts). The options page asks for the site with `permissions.request`; the
 * harness's Firefox grants it without the doorhanger (tests/harness/firefox.ts, `firefoxPrefs`).
 */
describe.skipIf(!isFirefoxInstalled())('adding a forum Spotter does not know, in Firefox', () => {
  let firefox: SpotterFirefox;
  let options: FirefoxOptionsPage;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    firefox.serve(THREAD, FIXTURE.html);
    options = await FirefoxOptionsPage.open(firefox);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** Opens the thread and reads Spotter's mark once the page has loaded and the content script had time to run. */
  async function spotterMarkOn(url: string): Promise<string | null> {
    const page: Page = await firefox.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      return await FirefoxForumPage.spotterMark(page);
    } finally {
      await page.close();
    }
  }

  it('does not run there before the forum is added', async () => {
    expect(await spotterMarkOn(THREAD)).toBeNull();
    expect(await options.hasAccess(PATTERN)).toBe(false);
  });

  it('turns down an address it cannot use, without asking for anything', async () => {
    expect(await options.addForum(`http://${HOST}/`)).toMatch(/secure connection/);
    expect(await options.hasAccess(PATTERN)).toBe(false);
  });

  it('gains that one site, registers the content script there, and badges its posts', async () => {
    expect(await options.addForum(THREAD)).toMatch(`Added ${HOST}`);
    expect(await options.hasAccess(PATTERN)).toBe(true);
    expect(await options.listedForums()).toEqual([HOST]);
    await expect.poll(() => spotterMarkOn(THREAD), { timeout: 10_000 }).toBe('ready');
    const forum = await FirefoxForumPage.open(firefox, FIXTURE, { url: THREAD });
    await expect.poll(() => forum.badgedPostIds(), { timeout: 5000 }).toEqual([...FIXTURE.expect.relevant].sort());
    await forum.close();
  });

  it('removing the forum gives up the access, and Spotter stops running there', async () => {
    expect(await options.removeForum(HOST)).toMatch(`Removed ${HOST}`);
    expect(await options.hasAccess(PATTERN)).toBe(false);
    expect(await spotterMarkOn(THREAD)).toBeNull();
  });

  it('makes no request by script', () => {
    expect(firefox.strayRequests).toEqual([]);
  });
});
