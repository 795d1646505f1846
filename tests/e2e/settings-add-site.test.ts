import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type SpotterBrowser } from '../harness/extension';
import { grantSiteAccessByHand } from '../harness/site-access';
import { openOptions, type OptionsPage } from '../harness/pages/options';

/** A forum Spotter does not know, served locally (the address never reaches a network). */
const HOST = 'forum.example.test';
const PATTERN = `https://${HOST}/*`;
const THREAD = `https://${HOST}/t/lower-back-pumps-up-on-runs/42`;
const THREAD_HTML = `<!doctype html><html lang="en"><head><title>Lower back pumps up on runs</title></head><body>
<article class="post" id="post-1"><p>My lower back pumps up and cramps after two miles, every run.</p></article>
</body></html>`;

/** The few extension APIs these tests read in the browser (the project has no `chrome` types). */
interface ExtensionGlobal {
  chrome: {
    scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
    permissions: {
      contains(permissions: { origins: string[] }): Promise<boolean>;
      getAll(): Promise<{ origins?: string[] }>;
    };
  };
}

describe('adding a forum Spotter does not know (Chromium)', () => {
  let browser: SpotterBrowser;
  let options: OptionsPage;

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(THREAD, THREAD_HTML);
    options = await openOptions(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function spotterMarkOn(url: string): Promise<string | null> {
    const page = await browser.context.newPage();
    try {
      await page.goto(url);
      // document_idle plus a margin: long enough for the content script to have marked the page.
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      return await page.locator('html').getAttribute('data-spotter');
    } finally {
      await page.close();
    }
  }

  async function registeredScriptIds(): Promise<string[]> {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    return worker.evaluate(async () => {
      const scripts = await (globalThis as unknown as ExtensionGlobal).chrome.scripting.getRegisteredContentScripts();
      return scripts.map((script) => script.id);
    });
  }

  function hasAccess(): Promise<boolean> {
    return options.page.evaluate(
      (origin) => (globalThis as unknown as ExtensionGlobal).chrome.permissions.contains({ origins: [origin] }),
      PATTERN,
    );
  }

  it('does not run there before the forum is added', async () => {
    expect(await spotterMarkOn(THREAD)).toBeNull();
    expect(await hasAccess()).toBe(false);
  });

  it('turns down an address it cannot use, kindly, without asking for anything', async () => {
    expect(await options.addForum(`http://${HOST}/`)).toMatch(/secure connection/);
    expect(await options.addForum('www.reddit.com')).toMatch(/already reads www\.reddit\.com/);
    expect(await hasAccess()).toBe(false);
  });

  it('asks for that site only, registers the content script there, and runs on its pages', async () => {
    await grantSiteAccessByHand(browser, PATTERN);
    expect(await options.addForum(THREAD)).toMatch(`Added ${HOST}`);
    // The wake-up at document_start and the forum script (lib/background/site-registration.ts).
    expect(await registeredScriptIds()).toEqual([`spotter-wake:${HOST}`, `spotter-site:${HOST}`]);
    await expect.poll(() => spotterMarkOn(THREAD), { timeout: 10_000 }).toBe('ready');
    // The listed forum is switched on, and the only host access Spotter gained is this one site.
    await expect.poll(() => options.page.getByRole('switch', { name: HOST, exact: true }).isChecked()).toBe(true);
    const origins = await options.page.evaluate(
      async () => (await (globalThis as unknown as ExtensionGlobal).chrome.permissions.getAll()).origins ?? [],
    );
    expect(origins.filter((origin) => origin.includes('example'))).toEqual([PATTERN]);
  });

  it('removing the forum gives up the access and the registration, and Spotter stops running there', async () => {
    expect(await options.removeForum(HOST)).toMatch(`Removed ${HOST}`);
    expect(await hasAccess()).toBe(false);
    expect(await registeredScriptIds()).toEqual([]);
    expect(await spotterMarkOn(THREAD)).toBeNull();
  });

  it('makes no network request of its own', () => {
    expect(browser.strayRequests.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
  });
});
