import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, withUserSite, defaultSettings, withSiteEnabled } from '@/lib/settings/storage';
import { FORUM_CONTENT_SCRIPT_FILE, WAKE_SCRIPT_FILE } from '@/lib/background/content-script-files';
import {
  addUserSite,
  createSiteRegistrar,
  removeUserSite,
  requestSiteAccess,
  resetSpotter,
  restoreUserSites,
  scriptIdFor,
} from '@/lib/background/site-registration';
import { chromeApi, firefoxApi } from '../support/fake-site-apis';

const HOST = 'forum.example.com';
const PATTERN = 'https://forum.example.com/*';
const WAKE_ID = `spotter-wake:${HOST}`;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('adding a forum in Chrome (scripting API)', () => {
  it('asks for that one site only', async () => {
    const api = chromeApi();
    expect(await requestSiteAccess(api, HOST)).toBe(true);
    expect(api.permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: [PATTERN] });
  });

  it('registers the wake-up and the forum script there, persistently, and remembers the site', async () => {
    const api = chromeApi();
    await requestSiteAccess(api, HOST);
    expect(await addUserSite(api, createSiteRegistrar(api), { host: HOST, adapter: 'discourse' })).toEqual({ ok: true });
    expect(api.scripting.registerContentScripts).toHaveBeenCalledExactlyOnceWith([
      { id: WAKE_ID, matches: [PATTERN], js: [WAKE_SCRIPT_FILE], runAt: 'document_start', persistAcrossSessions: true },
      {
        id: scriptIdFor(HOST),
        matches: [PATTERN],
        js: [FORUM_CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect((await loadSettings()).userSites).toEqual([{ host: HOST, adapter: 'discourse' }]);
  });

  it('changes nothing when the reader refused access', async () => {
    const api = chromeApi({ grant: false });
    expect(await requestSiteAccess(api, HOST)).toBe(false);
    const result = await addUserSite(api, createSiteRegistrar(api), { host: HOST, adapter: 'auto' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/wasn’t given access/) });
    expect(api.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect((await loadSettings()).userSites).toEqual([]);
  });

  it('rejects a default forum, an invalid host and a duplicate without asking or registering', async () => {
    const api = chromeApi();
    const registrar = createSiteRegistrar(api);
    await requestSiteAccess(api, HOST);
    await addUserSite(api, registrar, { host: HOST, adapter: 'auto' });
    for (const host of ['www.reddit.com', 'not a host', HOST]) {
      expect((await addUserSite(api, registrar, { host, adapter: 'auto' })).ok).toBe(false);
    }
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('stores an unknown adapter id as automatic', async () => {
    const api = chromeApi();
    await requestSiteAccess(api, HOST);
    await addUserSite(api, createSiteRegistrar(api), { host: HOST, adapter: 'Not An Id!' });
    expect((await loadSettings()).userSites).toEqual([{ host: HOST, adapter: 'auto' }]);
  });

  it('removing the forum unregisters its scripts, gives up the access and forgets its switch', async () => {
    const api = chromeApi();
    const registrar = createSiteRegistrar(api);
    await requestSiteAccess(api, HOST);
    await addUserSite(api, registrar, { host: HOST, adapter: 'auto' });
    await saveSettings(withSiteEnabled(await loadSettings(), HOST, false));

    expect(await removeUserSite(api, registrar, HOST)).toEqual({ ok: true });
    expect(api.scripting.unregisterContentScripts).toHaveBeenCalledExactlyOnceWith({ ids: [WAKE_ID, scriptIdFor(HOST)] });
    expect(api.scripting.scripts.size).toBe(0);
    expect(api.permissions.remove).toHaveBeenCalledExactlyOnceWith({ origins: [PATTERN] });
    expect(api.permissions.granted.has(PATTERN)).toBe(false);
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('never gives up the access of a default forum', async () => {
    const api = chromeApi();
    expect((await removeUserSite(api, createSiteRegistrar(api), 'www.reddit.com')).ok).toBe(false);
    expect(api.permissions.remove).not.toHaveBeenCalled();
  });
});

describe('adding a forum in Firefox MV2 (contentScripts API)', () => {
  it('registers with contentScripts.register and unregisters through the handle', async () => {
    const api = firefoxApi();
    const registrar = createSiteRegistrar(api);
    await requestSiteAccess(api, HOST);
    await addUserSite(api, registrar, { host: HOST, adapter: 'auto' });
    expect(api.contentScripts.register.mock.calls).toEqual([
      [{ matches: [PATTERN], js: [{ file: WAKE_SCRIPT_FILE }], runAt: 'document_start' }],
      [{ matches: [PATTERN], js: [{ file: FORUM_CONTENT_SCRIPT_FILE }], runAt: 'document_idle' }],
    ]);
    expect(await registrar.registered()).toEqual([HOST]);

    await removeUserSite(api, registrar, HOST);
    expect(api.contentScripts.active.size).toBe(0);
    expect(await registrar.registered()).toEqual([]);
    expect(api.permissions.remove).toHaveBeenCalledExactlyOnceWith({ origins: [PATTERN] });
  });
});

describe('registering both scripts or neither', () => {
  it('takes the wake-up back in Firefox when the forum script cannot be registered', async () => {
    const api = firefoxApi();
    const register = api.contentScripts.register;
    api.contentScripts.register = vi.fn(async (options: Parameters<typeof register>[0]) => {
      if (options.js[0]?.file === FORUM_CONTENT_SCRIPT_FILE) throw new Error('Invalid match pattern');
      return register(options);
    }) as typeof register;
    const registrar = createSiteRegistrar(api);
    await expect(registrar.register(HOST)).rejects.toThrow('Invalid match pattern');
    expect(api.contentScripts.active.size).toBe(0);
    expect(await registrar.registered()).toEqual([]);
  });

  it('finds a wake-up left without its forum script in Chrome, and removes it with the forum', async () => {
    const api = chromeApi();
    const wakeOnly = {
      id: WAKE_ID,
      matches: [PATTERN],
      js: [WAKE_SCRIPT_FILE],
      runAt: 'document_start' as const,
      persistAcrossSessions: true,
    };
    api.scripting.scripts.set(WAKE_ID, wakeOnly);
    const registrar = createSiteRegistrar(api);
    expect(await registrar.registered()).toEqual([HOST]);
    await registrar.unregister(HOST);
    expect(api.scripting.scripts.size).toBe(0);
  });
});

describe('restoring added forums when the background starts', () => {
  async function storeSites(...hosts: string[]): Promise<void> {
    let settings = defaultSettings();
    for (const host of hosts) settings = withUserSite(settings, { host, adapter: 'auto' });
    await saveSettings(settings);
  }

  it('re-registers every added forum in Firefox, where registrations die with the background', async () => {
    const api = firefoxApi();
    api.permissions.granted.add(PATTERN).add('https://lifting.example.org/*');
    await storeSites(HOST, 'lifting.example.org');

    const registrar = createSiteRegistrar(api);
    expect(await restoreUserSites(api, registrar)).toEqual({ active: [HOST, 'lifting.example.org'], needAccess: [] });
    expect(await registrar.registered()).toEqual([HOST, 'lifting.example.org']);
    expect(api.contentScripts.active.size).toBe(4);
  });

  it('leaves Chrome’s persistent registrations alone and adds the missing ones, every start', async () => {
    const api = chromeApi();
    api.permissions.granted.add(PATTERN).add('https://lifting.example.org/*');
    await storeSites(HOST, 'lifting.example.org');
    await createSiteRegistrar(api).register(HOST);

    await restoreUserSites(api, createSiteRegistrar(api));
    await restoreUserSites(api, createSiteRegistrar(api));
    expect([...api.scripting.scripts.keys()].sort()).toEqual(
      [scriptIdFor(HOST), scriptIdFor('lifting.example.org'), WAKE_ID, 'spotter-wake:lifting.example.org'].sort(),
    );
    expect(api.scripting.registerContentScripts).toHaveBeenCalledTimes(2);
  });

  it('adds the wake-up to a forum added before it existed, and keeps its forum script', async () => {
    const api = chromeApi();
    api.permissions.granted.add(PATTERN);
    await storeSites(HOST);
    const forumScript = {
      id: scriptIdFor(HOST),
      matches: [PATTERN],
      js: [FORUM_CONTENT_SCRIPT_FILE],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    api.scripting.scripts.set(forumScript.id, forumScript);

    await restoreUserSites(api, createSiteRegistrar(api));
    expect(api.scripting.registerContentScripts).toHaveBeenCalledExactlyOnceWith([
      { id: WAKE_ID, matches: [PATTERN], js: [WAKE_SCRIPT_FILE], runAt: 'document_start', persistAcrossSessions: true },
    ]);
    expect(api.scripting.scripts.get(forumScript.id)).toBe(forumScript);
  });

  it('unregisters forums whose access was withdrawn, and forums no longer in the settings', async () => {
    const api = chromeApi();
    api.permissions.granted.add(PATTERN);
    await storeSites(HOST, 'lifting.example.org');
    const registrar = createSiteRegistrar(api);
    await registrar.register(HOST);
    await registrar.register('lifting.example.org');
    await registrar.register('gone.example.net');

    expect(await restoreUserSites(api, registrar)).toEqual({ active: [HOST], needAccess: ['lifting.example.org'] });
    expect(await registrar.registered()).toEqual([HOST]);
  });
});

describe('resetting Spotter', () => {
  it('unregisters and releases every added forum, then erases storage', async () => {
    const api = chromeApi();
    const registrar = createSiteRegistrar(api);
    for (const host of [HOST, 'lifting.example.org']) {
      await requestSiteAccess(api, host);
      await addUserSite(api, registrar, { host, adapter: 'auto' });
    }
    expect(await resetSpotter(api, registrar)).toEqual({ ok: true });
    expect(api.scripting.scripts.size).toBe(0);
    expect(api.permissions.granted.size).toBe(0);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
