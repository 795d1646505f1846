import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { SiteChangeResult, SiteMessage, TabPostsAnswer } from '@/lib/messages';
import { assess } from '@/lib/analysis';
import { WARM_UP_TEXT } from '@/lib/analysis/warm-up';
import type { Assessment } from '@/lib/analysis/types';
import {
  defaultSettings,
  relevanceThreshold,
  isSiteEnabled,
  loadHiddenThreads,
  loadSettings,
  saveSettings,
  updateSettings,
  withSiteEnabled,
  withUserSite,
} from '@/lib/settings/storage';
import { scriptIdFor } from '@/lib/background/site-registration';
import { chromeApi, fakeConnections, fakeContextMenus } from '../support/fake-site-apis';

// The engine as it is, watched: the background's warm-up is seen as a call with the warm-up text.
vi.mock('@/lib/analysis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/analysis')>();
  return { ...actual, assess: vi.fn(actual.assess) };
});

const OPTIONS_PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

/** Gives the fake browser the APIs it leaves unimplemented, with state the tests can look at. */
function installSiteApis() {
  const api = chromeApi();
  Object.assign(fakeBrowser.permissions, api.permissions);
  Object.assign(fakeBrowser, { scripting: api.scripting, contextMenus: fakeContextMenus() });
  return api;
}

function contextMenus(): ReturnType<typeof fakeContextMenus> {
  return (fakeBrowser as unknown as { contextMenus: ReturnType<typeof fakeContextMenus> }).contextMenus;
}

/** Lets the background's queued, unawaited work finish. */
async function settle(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

function send(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    const results = fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
    void results.then((returned) => {
      // A listener that answers later returns `true` (the runtime's contract; the fake's types say otherwise).
      if (!(returned as unknown[]).includes(true)) resolve(undefined);
    });
  });
}

async function badge(tabId: number): Promise<string> {
  return fakeBrowser.action.getBadgeText({ tabId });
}

let connections: ReturnType<typeof fakeConnections>;

beforeEach(() => {
  fakeBrowser.reset();
  connections = fakeConnections();
  Object.assign(fakeBrowser.runtime, { onConnect: connections.onConnect });
});

describe('background: woken by a forum page', () => {
  const THREAD = 'https://forums.t-nation.com/t/lower-back-pump/1';
  const warmUps = () => vi.mocked(assess).mock.calls.filter(([text]) => text === WARM_UP_TEXT);

  it('closes the wake-up port at once, warms the engine once, and answers the page’s first batch', async () => {
    installSiteApis();
    background.main();
    vi.mocked(assess).mockClear();
    const port = connections.connect({ tab: { id: 3, index: 0, url: THREAD } });
    expect(port.disconnect).toHaveBeenCalledOnce();
    connections.connect({ tab: { id: 4, index: 0, url: THREAD } });
    await settle();
    expect(warmUps()).toEqual([[WARM_UP_TEXT, { rank: false }]]);
    // Once warm, a page's wake-up costs the background no reading of the settings.
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    connections.connect({ tab: { id: 5, index: 0, url: THREAD } });
    await settle();
    expect(reads).not.toHaveBeenCalled();
    const answer = await send(
      {
        type: 'spotter:assess-posts',
        threadKey: 'discourse:forums.t-nation.com/t/1',
        thread: {},
        posts: [{ id: 'p1', text: 'My lower back cramps up on long runs.' }],
        sensitivity: 'balanced',
      },
      { tab: { id: 3, index: 0 } },
    );
    expect(answer).toMatchObject({ ok: true, verdicts: [{ id: 'p1', relevant: true }] });
  });

  it('spends nothing on a forum the reader switched off, and leaves other ports open', async () => {
    installSiteApis();
    await saveSettings(withSiteEnabled(defaultSettings(), 'forums.t-nation.com', false));
    background.main();
    vi.mocked(assess).mockClear();
    expect(connections.connect({ tab: { id: 3, index: 0, url: THREAD } }).disconnect).toHaveBeenCalledOnce();
    expect(connections.connect({ tab: { id: 3, index: 0, url: THREAD } }, 'spotter:other').disconnect).not.toHaveBeenCalled();
    await settle();
    expect(warmUps()).toEqual([]);
  });
});

describe('background: toolbar badge', () => {
  it('shows the count a content script reports, capped, per tab', async () => {
    installSiteApis();
    background.main();
    await send({ type: 'spotter:relevant-count', count: 4, unread: 0 }, { tab: { id: 7 } });
    await send({ type: 'spotter:relevant-count', count: 12345, unread: 0 }, { tab: { id: 8 } });
    await settle();
    expect(await badge(7)).toBe('4');
    expect(await badge(8)).toBe('999');
    await send({ type: 'spotter:relevant-count', count: 0, unread: 0 }, { tab: { id: 7 } });
    await settle();
    expect(await badge(7)).toBe('');
  });

  it('shows no count while the reader has switched the count off, and shows it again when switched on', async () => {
    installSiteApis();
    await saveSettings({ ...defaultSettings(), showBadgeCount: false });
    background.main();
    await send({ type: 'spotter:relevant-count', count: 3, unread: 0 }, { tab: { id: 7 } });
    await settle();
    expect(await badge(7)).toBe('');

    await updateSettings((settings) => ({ ...settings, showBadgeCount: true }));
    await settle();
    expect(await badge(7)).toBe('3');

    await updateSettings((settings) => ({ ...settings, showBadgeCount: false }));
    await settle();
    expect(await badge(7)).toBe('');
  });
});

describe('background: forums the reader adds', () => {
  it('adds a forum the options page asks for, once access is granted', async () => {
    const api = installSiteApis();
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://forum.example.com/*'] });
    const reply = await send(
      { type: 'spotter:add-site', host: 'forum.example.com', adapter: 'auto' } satisfies SiteMessage,
      OPTIONS_PAGE,
    );
    expect(reply).toEqual({ ok: true } satisfies SiteChangeResult);
    await settle();
    expect([...api.scripting.scripts.keys()]).toEqual(['spotter-wake:forum.example.com', scriptIdFor('forum.example.com')]);
    expect((await loadSettings()).userSites).toEqual([{ host: 'forum.example.com', adapter: 'auto' }]);
  });

  it('ignores site changes sent by a content script', async () => {
    const api = installSiteApis();
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://forum.example.com/*'] });
    const fromPage = { id: fakeBrowser.runtime.id, url: 'https://forum.example.com/t/1', tab: { id: 3 } };
    expect(await send({ type: 'spotter:add-site', host: 'forum.example.com', adapter: 'auto' }, fromPage)).toBeUndefined();
    expect(await send({ type: 'spotter:reset-all' }, fromPage)).toBeUndefined();
    await settle();
    expect(api.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('removes a forum: unregisters it and gives up the access', async () => {
    const api = installSiteApis();
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://forum.example.com/*'] });
    await send({ type: 'spotter:add-site', host: 'forum.example.com', adapter: 'auto' }, OPTIONS_PAGE);
    expect(await send({ type: 'spotter:remove-site', host: 'forum.example.com' }, OPTIONS_PAGE)).toEqual({ ok: true });
    await settle();
    expect(api.scripting.scripts.size).toBe(0);
    expect(api.permissions.granted.size).toBe(0);
    expect((await loadSettings()).userSites).toEqual([]);
  });

  it('re-registers the added forums it still has access to when it starts', async () => {
    const api = installSiteApis();
    api.permissions.granted.add('https://forum.example.com/*');
    await saveSettings(
      withUserSite(withUserSite(defaultSettings(), { host: 'forum.example.com', adapter: 'auto' }), {
        host: 'lifting.example.org',
        adapter: 'auto',
      }),
    );
    background.main();
    await settle();
    expect([...api.scripting.scripts.keys()]).toEqual(['spotter-wake:forum.example.com', scriptIdFor('forum.example.com')]);
  });

  it('unregisters a forum when its access is withdrawn in the browser', async () => {
    const api = installSiteApis();
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://forum.example.com/*'] });
    await send({ type: 'spotter:add-site', host: 'forum.example.com', adapter: 'auto' }, OPTIONS_PAGE);
    api.permissions.granted.clear();
    api.permissions.onRemoved.trigger({ origins: ['https://forum.example.com/*'] });
    await settle();
    expect(api.scripting.scripts.size).toBe(0);
    // Still listed, so the options page can offer to allow it again.
    expect((await loadSettings()).userSites).toHaveLength(1);
  });

  it('resets everything on request', async () => {
    const api = installSiteApis();
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://forum.example.com/*'] });
    await send({ type: 'spotter:add-site', host: 'forum.example.com', adapter: 'auto' }, OPTIONS_PAGE);
    expect(await send({ type: 'spotter:reset-all' }, OPTIONS_PAGE)).toEqual({ ok: true });
    expect(api.scripting.scripts.size).toBe(0);
    expect(api.permissions.granted.size).toBe(0);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});

describe('background: what the side panel asks for', () => {
  const FORUM_TAB = { id: fakeBrowser.runtime.id, tab: { id: 7, index: 0, url: 'https://forums.t-nation.com/t/x/1' } };

  it('hides a thread the panel names', async () => {
    installSiteApis();
    background.main();
    await send({ type: 'spotter:hide-thread', key: 'forums.t-nation.com/t/1' }, FORUM_TAB);
    await settle();
    expect(await loadHiddenThreads()).toEqual(['forums.t-nation.com/t/1']);
  });

  it("turns Spotter off on the sender's own site only", async () => {
    installSiteApis();
    background.main();
    await send({ type: 'spotter:turn-off-site', host: 'www.reddit.com' }, FORUM_TAB);
    await settle();
    const settings = await loadSettings();
    expect(isSiteEnabled(settings, 'forums.t-nation.com')).toBe(false);
    expect(isSiteEnabled(settings, 'www.reddit.com')).toBe(true);
  });

  it('ignores such requests from anything but a tab', async () => {
    installSiteApis();
    background.main();
    await send({ type: 'spotter:hide-thread', key: 'k' }, OPTIONS_PAGE);
    await settle();
    expect(await loadHiddenThreads()).toEqual([]);
  });
});

describe('background: the one engine', () => {
  const FORUM_TAB = {
    id: fakeBrowser.runtime.id,
    url: 'https://forums.t-nation.com/t/x/1',
    tab: { id: 7, index: 0, url: 'https://forums.t-nation.com/t/x/1' },
  };
  const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const CRAMP = 'My mid back cramps between my shoulder blades on heavy bench sets.';
  const EMERGENCY =
    'Since the deadlift yesterday my lower back is agony and I have numbness in my groin and cannot pee properly.';
  const OFF_TOPIC = 'Great meet report, congrats on the total.';

  async function assessPosts(
    posts: { id: string; text: string }[],
    sender: object = FORUM_TAB,
    threadKey = 'discourse:forums.t-nation.com/t/1',
    sensitivity = 'balanced',
  ) {
    const message = { type: 'spotter:assess-posts', threadKey, thread: { title: 'Back cramps' }, posts, sensitivity };
    return (await send(message, sender)) as {
      ok: boolean;
      verdicts: { id: string; relevant: boolean; tier: string; reason: string }[];
    };
  }

  beforeEach(async () => {
    installSiteApis();
    await fakeBrowser.tabs.create({ url: 'https://forums.t-nation.com/t/x/1' });
  });

  it('answers a batch with one verdict per post, in order, from the same engine as the CLI', async () => {
    background.main();
    const answer = await assessPosts([
      { id: 'a', text: CRAMP },
      { id: 'b', text: OFF_TOPIC },
      { id: 'c', text: EMERGENCY },
    ]);
    expect(answer.ok).toBe(true);
    expect(answer.verdicts.map((verdict) => [verdict.id, verdict.relevant, verdict.tier])).toEqual([
      ['a', assess(CRAMP).relevant, assess(CRAMP).triage],
      ['b', false, 'self_care'],
      ['c', true, 'emergency'],
    ]);
    expect(answer.verdicts[0]!.reason).toMatch(/back/);
    expect(answer.verdicts[2]!.reason).toMatch(/^Warning sign: /);
  });

  it('decides relevance at the reader’s sensitivity, as the page sends it', async () => {
    background.main();
    const borderline = 'back a bit tight today';
    const relaxed = (await assessPosts([{ id: 'x', text: borderline }], FORUM_TAB, 'k', 'relaxed')).verdicts[0]!.relevant;
    const strict = (await assessPosts([{ id: 'x', text: borderline }], FORUM_TAB, 'k', 'strict')).verdicts[0]!.relevant;
    // A post the two sensitivities judge differently (pick another if the engine's scores move).
    expect(relaxed).not.toBe(strict);
    expect(assess(borderline, { threshold: relevanceThreshold('relaxed') }).relevant).toBe(relaxed);
    expect(assess(borderline, { threshold: relevanceThreshold('strict') }).relevant).toBe(strict);
  });

  it('gives the side panel the full assessment, causes ranked', async () => {
    background.main();
    const answer = (await send({ type: 'spotter:assess-post', text: CRAMP, thread: {}, sensitivity: 'balanced' }, FORUM_TAB)) as {
      ok: boolean;
      assessment: Assessment;
    };
    expect(answer.ok).toBe(true);
    expect(answer.assessment.causes.map((cause) => cause.id)).toEqual(assess(CRAMP).causes.map((cause) => cause.id));
  });

  it('refuses malformed batches and batches from anything but a tab', async () => {
    background.main();
    expect(
      await send(
        { type: 'spotter:assess-posts', threadKey: 'k', thread: {}, posts: [{ id: 1, text: 'x' }], sensitivity: 'balanced' },
        FORUM_TAB,
      ),
    ).toBeUndefined();
    // A sensitivity the settings do not have.
    expect(
      await send({ type: 'spotter:assess-posts', threadKey: 'k', thread: {}, posts: [], sensitivity: 'paranoid' }, FORUM_TAB),
    ).toBeUndefined();
    expect(
      await send({ type: 'spotter:assess-posts', threadKey: 'k', thread: {}, posts: [], sensitivity: 'balanced' }, POPUP),
    ).toBeUndefined();
  });

  it('lists the posts it marked in a tab for the popup, and starts again on another thread', async () => {
    background.main();
    const [tab] = await fakeBrowser.tabs.query({});
    const sender = { ...FORUM_TAB, tab: { ...FORUM_TAB.tab, id: tab!.id } };
    await assessPosts(
      [
        { id: 'a', text: CRAMP },
        { id: 'b', text: OFF_TOPIC },
      ],
      sender,
    );
    await assessPosts([{ id: 'c', text: EMERGENCY }], sender);
    await send({ type: 'spotter:relevant-count', count: 2, unread: 120 }, sender);
    const listed = (await send({ type: 'spotter:tab-posts', tabId: tab!.id }, POPUP)) as TabPostsAnswer;
    // The page said how many of its posts are further on than Spotter has read.
    expect(listed.unread).toBe(120);
    expect(listed.posts.map((post) => [post.id, post.tier])).toEqual([
      ['a', assess(CRAMP).triage],
      ['c', 'emergency'],
    ]);
    await assessPosts([{ id: 'z', text: CRAMP }], sender, 'discourse:forums.t-nation.com/t/2');
    expect(
      ((await send({ type: 'spotter:tab-posts', tabId: tab!.id }, POPUP)) as TabPostsAnswer).posts.map((post) => post.id),
    ).toEqual(['z']);
    // A content script may not read another tab's list.
    expect(await send({ type: 'spotter:tab-posts', tabId: tab!.id }, FORUM_TAB)).toBeUndefined();
  });

  it('drops a tab’s list and count when Spotter stops on its page, and lists again when it asks again', async () => {
    installSiteApis();
    background.main();
    const [tab] = await fakeBrowser.tabs.query({});
    const sender = { ...FORUM_TAB, tab: { ...FORUM_TAB.tab, id: tab!.id } };
    // Asked ahead of the reader's settings, which then turn Spotter off on this site.
    await assessPosts([{ id: 'a', text: CRAMP }], sender);
    await send({ type: 'spotter:relevant-count', count: 1, unread: 40 }, sender);
    await settle();
    expect(await badge(tab!.id!)).toBe('1');
    await send({ type: 'spotter:stopped' }, sender);
    await settle();
    expect(await send({ type: 'spotter:tab-posts', tabId: tab!.id }, POPUP)).toEqual({ posts: [], unread: 0 });
    expect(await badge(tab!.id!)).toBe('');
    // A frame's Spotter stopping leaves the page's list alone.
    await assessPosts([{ id: 'b', text: CRAMP }], sender);
    await send({ type: 'spotter:stopped' }, { ...sender, frameId: 3 });
    expect(
      ((await send({ type: 'spotter:tab-posts', tabId: tab!.id }, POPUP)) as TabPostsAnswer).posts.map((post) => post.id),
    ).toEqual(['b']);
  });

  it('keeps no list for a tab that closed while its batch was assessed', async () => {
    background.main();
    const [tab] = await fakeBrowser.tabs.query({});
    const sender = { ...FORUM_TAB, tab: { ...FORUM_TAB.tab, id: tab!.id } };
    const pending = assessPosts([{ id: 'a', text: CRAMP }], sender);
    await fakeBrowser.tabs.remove(tab!.id!);
    expect((await pending).ok).toBe(true);
    expect(await send({ type: 'spotter:tab-posts', tabId: tab!.id }, POPUP)).toEqual({ posts: [], unread: 0 });
  });
});

describe('background: "Check this text with Spotter"', () => {
  it('adds the item for selected text when installed, and opens the results in a tab beside the page', async () => {
    installSiteApis();
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(contextMenus().items).toEqual([
      { id: 'spotter-check-selection', title: 'Check this text with Spotter', contexts: ['selection'] },
    ]);
    contextMenus().click(
      { menuItemId: 'spotter-check-selection', selectionText: 'my lower back cramps & burns' },
      { id: 3, index: 4 },
    );
    await settle();
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.find((tab) => tab.url?.includes('popup.html'));
    expect(opened?.url).toBe(
      `${fakeBrowser.runtime.getURL('/popup.html')}?view=tab#text=my%20lower%20back%20cramps%20%26%20burns`,
    );
  });
});
