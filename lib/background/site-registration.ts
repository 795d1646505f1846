/**
 * Running Spotter on forums the reader added: host permission for that one site, and the content
 * script registered there at run time. Every function takes the extension API as a parameter (the
 * background passes `browser`, tests pass WXT's fake browser or a stub), so nothing here touches a global.
 *
 * - Chrome MV3: `scripting.registerContentScripts` with `persistAcrossSessions`
 *   (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/scripting/registerContentScripts).
 * - Firefox MV2: `contentScripts.register`, which lasts only as long as the background page
 *   (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/contentScripts/register), so
 *   the background re-registers every added forum each time it starts (`syncUserSites`).
 */
import { matchPatternsFor } from '../settings/forum-hosts';
import { FORUM_CONTENT_SCRIPT_FILE, WAKE_SCRIPT_FILE } from './content-script-files';
import type { SiteChangeResult } from '../messages';
import {
  isDefaultHost,
  loadSettings,
  normalizeHost,
  parseSiteInput,
  resetAllData,
  updateSettings,
  withoutUserSite,
  withUserSite,
} from '../settings/storage';

/** Registered scripts for added forums have ids with this prefix, so Spotter only ever unregisters its own. */
export const USER_SITE_SCRIPT_PREFIX = 'spotter-site:';

/** The wake-up script's registration on an added forum, beside the forum script's (`scriptIdFor`). */
const USER_SITE_WAKE_PREFIX = 'spotter-wake:';

export function scriptIdFor(host: string): string {
  return `${USER_SITE_SCRIPT_PREFIX}${host}`;
}

/** Both scripts an added forum runs, as the manifest declares them for the default forums (wxt.config.ts). */
function scriptsFor(host: string): ScriptRegistration[] {
  const matches = matchPatternsFor(host);
  return [
    {
      id: `${USER_SITE_WAKE_PREFIX}${host}`,
      matches,
      js: [WAKE_SCRIPT_FILE],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
    { id: scriptIdFor(host), matches, js: [FORUM_CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ];
}

export interface OriginPermissions {
  origins: string[];
}

/** What Chrome's `scripting.registerContentScripts` takes; only the fields Spotter uses. */
export interface ScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start' | 'document_idle';
  persistAcrossSessions: boolean;
}

/** The parts of the extension API this module uses. `scripting` is MV3 (and Chrome); `contentScripts` is Firefox. */
export interface RegistrationApi {
  permissions: {
    request(permissions: OriginPermissions): Promise<boolean>;
    remove(permissions: OriginPermissions): Promise<boolean>;
    contains(permissions: OriginPermissions): Promise<boolean>;
  };
  scripting?: {
    registerContentScripts(scripts: ScriptRegistration[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  };
  contentScripts?: {
    register(options: {
      matches: string[];
      js: { file: string }[];
      runAt?: 'document_start' | 'document_idle';
    }): Promise<{ unregister(): Promise<void> }>;
  };
}

export function sitePermissions(host: string): OriginPermissions {
  return { origins: matchPatternsFor(host) };
}

/**
 * Asks the reader for access to one forum. Browsers allow this only in direct answer to a click, so
 * call it first thing in the click handler, before any other `await`.
 */
export function requestSiteAccess(api: RegistrationApi, host: string): Promise<boolean> {
  return api.permissions.request(sitePermissions(host));
}

export function hasSiteAccess(api: RegistrationApi, host: string): Promise<boolean> {
  return api.permissions.contains(sitePermissions(host));
}

/** Gives up access to a forum the reader removed. Never call it for a default forum (that access is required). */
export function releaseSiteAccess(api: RegistrationApi, host: string): Promise<boolean> {
  return api.permissions.remove(sitePermissions(host));
}

export interface SiteRegistrar {
  register(host: string): Promise<void>;
  unregister(host: string): Promise<void>;
  /** Hosts with either of Spotter's scripts registered now. */
  registered(): Promise<string[]>;
}

/**
 * Registers the forum script and its wake-up on added forums, through whichever API this browser has.
 * The Firefox handles live in this object, so the background keeps one registrar for its lifetime.
 */
export function createSiteRegistrar(api: RegistrationApi): SiteRegistrar {
  const { scripting, contentScripts } = api;
  if (scripting) {
    return {
      // Each script by itself: a forum added before the wake-up script existed has only the forum script.
      async register(host) {
        const scripts = scriptsFor(host);
        const present = new Set(
          (await scripting.getRegisteredContentScripts({ ids: scripts.map((script) => script.id) })).map((script) => script.id),
        );
        const missing = scripts.filter((script) => !present.has(script.id));
        if (missing.length > 0) await scripting.registerContentScripts(missing);
      },
      async unregister(host) {
        const ids = scriptsFor(host).map((script) => script.id);
        const present = (await scripting.getRegisteredContentScripts({ ids })).map((script) => script.id);
        if (present.length > 0) await scripting.unregisterContentScripts({ ids: present });
      },
      // Either script names its forum, so a wake-up left without its forum script is still found and removed.
      async registered() {
        const hosts = (await scripting.getRegisteredContentScripts()).flatMap((script) =>
          [USER_SITE_SCRIPT_PREFIX, USER_SITE_WAKE_PREFIX]
            .filter((prefix) => script.id.startsWith(prefix))
            .map((prefix) => script.id.slice(prefix.length)),
        );
        return [...new Set(hosts)];
      },
    };
  }
  if (contentScripts) {
    const handles = new Map<string, { unregister(): Promise<void> }>();
    return {
      async register(host) {
        if (handles.has(host)) return;
        const results = await Promise.allSettled(
          scriptsFor(host).map(({ matches, js, runAt }) =>
            contentScripts.register({ matches, js: js.map((file) => ({ file })), runAt }),
          ),
        );
        const registered = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
        const failed = results.find((result) => result.status === 'rejected');
        // Both or neither: a script left registered without its handle could never be removed.
        if (failed) {
          await Promise.all(registered.map((handle) => handle.unregister()));
          throw failed.reason;
        }
        handles.set(host, {
          unregister: () => Promise.all(registered.map((handle) => handle.unregister())).then(() => undefined),
        });
      },
      async unregister(host) {
        const handle = handles.get(host);
        if (!handle) return;
        handles.delete(host);
        await handle.unregister();
      },
      async registered() {
        return [...handles.keys()];
      },
    };
  }
  throw new Error('This browser has neither scripting.registerContentScripts nor contentScripts.register');
}

export interface SyncResult {
  /** Added forums whose content script is registered after the sync. */
  active: string[];
  /** Added forums Spotter no longer has access to (the reader withdrew it in the browser's settings). */
  needAccess: string[];
}

/**
 * Makes the registrations match the forums the reader added and still allows: registers the missing
 * ones, unregisters those removed or no longer allowed. Safe to run at every background start.
 */
export async function syncUserSites(api: RegistrationApi, registrar: SiteRegistrar, hosts: string[]): Promise<SyncResult> {
  const access = await Promise.all(hosts.map(async (host) => [host, await hasSiteAccess(api, host)] as const));
  const active = access.filter(([, allowed]) => allowed).map(([host]) => host);
  const needAccess = access.filter(([, allowed]) => !allowed).map(([host]) => host);
  const stale = (await registrar.registered()).filter((host) => !active.includes(host));
  for (const host of stale) await registrar.unregister(host);
  for (const host of active) await registrar.register(host);
  return { active, needAccess };
}

function failure(message: string): SiteChangeResult {
  return { ok: false, message };
}

/**
 * Adds a forum the reader entered, once they have granted access to it (the options page asked,
 * `requestSiteAccess`): registers the content script there, then remembers the site.
 */
export async function addUserSite(
  api: RegistrationApi,
  registrar: SiteRegistrar,
  input: { host: string; adapter: string },
): Promise<SiteChangeResult> {
  const parsed = parseSiteInput(input.host, await loadSettings());
  if (!parsed.ok) return failure(parsed.message);
  if (!(await hasSiteAccess(api, parsed.host))) {
    return failure(`Spotter wasn’t given access to ${parsed.host}, so it can’t read that forum. Nothing was changed.`);
  }
  await registrar.register(parsed.host);
  // parseSettings (inside updateSettings) turns an unknown adapter id into 'auto'.
  await updateSettings((settings) => withUserSite(settings, { host: parsed.host, adapter: input.adapter }));
  return { ok: true };
}

/** Forgets a forum the reader added: unregisters the content script and gives up the access. */
export async function removeUserSite(api: RegistrationApi, registrar: SiteRegistrar, host: string): Promise<SiteChangeResult> {
  const normalized = normalizeHost(host);
  if (normalized === undefined || isDefaultHost(normalized)) return failure(`${host} is not a forum you added.`);
  await registrar.unregister(normalized);
  await releaseSiteAccess(api, normalized);
  await updateSettings((settings) => withoutUserSite(settings, normalized));
  return { ok: true };
}

/** Registers the content script on every added forum Spotter still has access to; run at each background start. */
export async function restoreUserSites(api: RegistrationApi, registrar: SiteRegistrar): Promise<SyncResult> {
  const { userSites } = await loadSettings();
  return syncUserSites(
    api,
    registrar,
    userSites.map((site) => site.host),
  );
}

/** "Reset all Spotter data": gives up every added forum (registration and access), then erases storage. */
export async function resetSpotter(api: RegistrationApi, registrar: SiteRegistrar): Promise<SiteChangeResult> {
  const { userSites } = await loadSettings();
  const hosts = new Set([...userSites.map((site) => site.host), ...(await registrar.registered())]);
  for (const host of hosts) {
    await registrar.unregister(host);
    if (!isDefaultHost(host)) await releaseSiteAccess(api, host);
  }
  await resetAllData();
  return { ok: true };
}
