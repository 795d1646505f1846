import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../harness/expectations';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { ForumPage } from '../harness/pages/forum';
import { generateThreadPage } from '../../lib/tools/bench/thread-pages';

const bench = loadFixture('discourse/bench-cramp-app.html');
const running = loadFixture('discourse/running-pump-crawler.html');

/** Adds a Discourse post the way the post stream does when the reader scrolls: a new article with a new id. */
function appendDiscoursePost(page: ForumPage['page'], postId: string, text: string): Promise<void> {
  return page.evaluate(
    ({ postId, text }) => {
      const stream = document.querySelector('.post-stream');
      // A reply as template: the opening post also carries the thread's title.
      const template = document.querySelectorAll('.topic-post')[1];
      if (!stream || !template) throw new Error('fixture has no post stream');
      const copy = template.cloneNode(true) as HTMLElement;
      for (const host of copy.querySelectorAll('[data-spotter-badge-host]')) host.remove();
      copy.setAttribute('data-post-number', postId);
      const article = copy.querySelector('article');
      article?.setAttribute('data-post-id', postId);
      article?.setAttribute('id', `post_${postId}`);
      const cooked = copy.querySelector('.cooked');
      if (cooked) cooked.textContent = text;
      stream.append(copy);
    },
    { postId, text },
  );
}

describe('the overlay as a reader uses it', () => {
  let browser: SpotterBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('badges posts that arrive later (infinite scroll), and not the off-topic ones', async () => {
    const forum = await ForumPage.open(browser, bench);
    await expect.poll(() => forum.badgedPostIds()).toEqual([...bench.expect.relevant].sort());
    await appendDiscoursePost(
      forum.page,
      '9000001',
      'My lower back cramps up halfway through every deadlift session, usually on the heavy sets.',
    );
    await appendDiscoursePost(forum.page, '9000002', 'Hit a back squat PR today, feeling great.');
    await expect.poll(() => forum.badgedPostIds()).toEqual([...bench.expect.relevant, '9000001'].sort());
    await forum.close();
  });

  it('reads a long thread as the reader scrolls: posts far down get their badges as the reader nears them', async () => {
    const thread = generateThreadPage({ engine: 'discourse', posts: 400 });
    const relevant = thread.posts.filter((post) => post.relevant).map((post) => post.id);
    const forum = await ForumPage.openHtml(browser, thread.url, thread.html);
    await expect.poll(() => forum.badgedPostIds()).not.toEqual([]);
    // Nothing to await for "no more": left alone, the page is read no further than its first screens.
    await forum.page.waitForTimeout(1500);
    const atLoad = await forum.badgedPostIds();
    expect(atLoad.length).toBeLessThan(relevant.length / 2);
    expect(relevant).toEqual(expect.arrayContaining(atLoad));
    await forum.scrollThrough();
    await expect.poll(() => forum.badgedPostIds(), { timeout: 10_000 }).toEqual([...relevant].sort());
    await forum.close();
  });

  it('starts afresh when the forum moves to another thread without reloading', async () => {
    const forum = await ForumPage.open(browser, bench);
    await expect.poll(() => forum.badgedPostIds()).toEqual([...bench.expect.relevant].sort());
    // What Discourse does: swap the post stream's content, then push the new thread's URL.
    await forum.page.evaluate(
      ({ html, url }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.body.replaceWith(document.adoptNode(next.body));
        history.pushState({}, '', url);
      },
      { html: running.html, url: new URL(running.expect.url).pathname },
    );
    await expect.poll(() => forum.badgedPostIds(), { timeout: 8000 }).toEqual([...running.expect.relevant].sort());
    await forum.close();
  });

  it('works from the keyboard: Tab reaches a badge, Enter opens the panel, Escape closes it and focus returns', async () => {
    const forum = await ForumPage.open(browser, bench);
    const postId = bench.expect.relevant[0]!;
    await forum.badge(postId).waitFor();
    await forum.badge(postId).focus();
    await forum.page.keyboard.press('Enter');
    await forum.panel().locator('[data-triage]').waitFor();
    // The panel takes focus in an effect after it renders.
    await expect.poll(() => forum.page.evaluate(() => document.activeElement?.localName)).toBe('spotter-panel');
    await forum.page.keyboard.press('Tab');
    expect(await forum.page.evaluate(() => document.activeElement?.localName)).toBe('spotter-panel');
    await forum.page.keyboard.press('Escape');
    await expect.poll(() => forum.panel().count()).toBe(0);
    expect(await forum.page.evaluate(() => document.activeElement?.getAttribute('data-spotter-post'))).toBe(postId);
    await forum.close();
  });

  it('keeps the badge click away from the page and the post layout unchanged', async () => {
    browser.serve('https://forums.t-nation.com/t/layout/1', bench.html);
    const page = await browser.context.newPage();
    await page.goto('https://forums.t-nation.com/t/layout/1');
    await page.waitForSelector('[data-spotter-badge]');
    // The text's position with the badges in place must equal its position with them taken out of layout.
    const positions = await page.evaluate(() =>
      [...document.querySelectorAll('.cooked p')].map((p) => Math.round(p.getBoundingClientRect().top)),
    );
    const withoutBadges = await page.evaluate(() => {
      for (const host of document.querySelectorAll<HTMLElement>('[data-spotter-badge-host]')) host.style.display = 'none';
      return [...document.querySelectorAll('.cooked p')].map((p) => Math.round(p.getBoundingClientRect().top));
    });
    expect(positions).toEqual(withoutBadges);
    await page.evaluate(() => {
      for (const host of document.querySelectorAll<HTMLElement>('[data-spotter-badge-host]'))
        host.style.removeProperty('display');
      (window as unknown as { pageClicks: number }).pageClicks = 0;
      document.addEventListener('click', () => (window as unknown as { pageClicks: number }).pageClicks++);
    });
    await page.locator('[data-spotter-badge]').first().click();
    await page.locator('spotter-panel [data-triage]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
    await page.close();
  });

  it('shows the count on the toolbar icon and opens the questionnaire prefilled from the post', async () => {
    // An address of its own, so the tab is found by it.
    const forum = await ForumPage.open(browser, bench, `${bench.expect.url}?toolbar-count`);
    await expect.poll(() => forum.badgedPostIds()).toHaveLength(bench.expect.relevant.length);
    const worker = browser.context.serviceWorkers()[0]!;
    const tabUrl = forum.page.url();
    await expect
      .poll(() =>
        worker.evaluate(async (url) => {
          // The service worker's own extension API, typed to the two calls made here.
          const api = (
            globalThis as unknown as {
              chrome: {
                tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
                action: { getBadgeText(details: { tabId: number }): Promise<string> };
              };
            }
          ).chrome;
          const [tab] = await api.tabs.query({ url });
          return tab?.id === undefined ? '' : api.action.getBadgeText({ tabId: tab.id });
        }, tabUrl),
      )
      .toBe(String(bench.expect.relevant.length));
    await forum.openPanel(bench.expect.relevant[0]!);
    const [questionnaire] = await Promise.all([
      browser.context.waitForEvent('page'),
      forum.panel().getByRole('button', { name: 'Check my own back like this' }).click(),
    ]);
    await questionnaire.waitForLoadState();
    const hash = decodeURIComponent(new URL(questionnaire.url()).hash);
    expect(hash).toMatch(/^#answers=\{/);
    expect(JSON.parse(hash.slice('#answers='.length)).region).toContain('mid_back');
    await questionnaire.close();
    await forum.close();
  });

  it("follows the forum's dark look in the panel", async () => {
    const dark = {
      ...bench,
      html: bench.html.replace('</head>', '<style>html, body { background: #17191c; color: #ddd; }</style></head>'),
    };
    const forum = await ForumPage.open(browser, dark, `${bench.expect.url}?dark`);
    await forum.openPanel(bench.expect.relevant[0]!);
    expect(await forum.panel().locator('aside').getAttribute('data-theme')).toBe('dark');
    const background = await forum
      .panel()
      .locator('aside')
      .evaluate((aside) => getComputedStyle(aside).backgroundColor);
    expect(background).toBe('rgb(21, 25, 30)');
    await forum.close();
  });

  // Last: it hides a thread and turns a site off for the rest of this browser's profile.
  it('hides a thread for good, and turns a site off, when the reader asks', async () => {
    const forum = await ForumPage.open(browser, bench);
    await forum.openPanel(bench.expect.relevant[0]!);
    await forum.panel().getByRole('button', { name: 'Hide for this thread' }).click();
    await expect.poll(() => forum.badges().count()).toBe(0);
    await forum.page.reload();
    await forum.page.waitForSelector('html[data-spotter="ready"]');
    await forum.page.waitForTimeout(500);
    expect(await forum.badges().count()).toBe(0);
    await forum.close();

    const other = await ForumPage.open(browser, running);
    await other.openPanel(running.expect.relevant[0]!);
    await other.panel().getByRole('button', { name: 'Turn off on this site' }).click();
    await expect.poll(() => other.badges().count()).toBe(0);
    await other.close();
  });
});
