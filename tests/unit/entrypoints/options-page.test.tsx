// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { SiteToggle } from '@/components/SiteToggle';
import { DEFAULT_FORUM_HOSTS } from '@/lib/settings/forum-hosts';
import type { SiteChangeResult } from '@/lib/messages';
import { defaultSettings, loadSettings, saveSettings, withUserSite } from '@/lib/settings/storage';
import { fakePermissions } from '../support/fake-site-apis';

let root: HTMLDivElement;
let permissions: ReturnType<typeof fakePermissions>;
let sent: unknown[];

/** Stands in for the background: records what the options page asks and answers `reply`. */
function answerSiteMessages(reply: SiteChangeResult = { ok: true }): void {
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (value: unknown) => void) => {
    sent.push(message);
    sendResponse(reply);
    return true;
  });
}

/** Waits until `find` returns something (storage and messages answer asynchronously). */
async function waitFor<T>(find: () => T | null | undefined | false | Promise<T | null | undefined | false>): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const found = await find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('waitFor: never found');
}

function byId<T extends HTMLElement>(id: string): T | null {
  return root.querySelector<T>(`#${CSS.escape(id)}`);
}

async function showOptions(): Promise<void> {
  render(<App />, root);
  await waitFor(() => root.querySelector('[data-spotter-options]'));
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  permissions = fakePermissions();
  Object.assign(fakeBrowser.permissions, permissions);
  sent = [];
  root = document.createElement('div');
  document.body.append(root);
  location.hash = '';
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('lists every default forum with a switch that is on', async () => {
    await showOptions();
    for (const host of DEFAULT_FORUM_HOSTS) {
      const toggle = byId<HTMLInputElement>(`site-${host}`);
      expect(toggle?.getAttribute('role')).toBe('switch');
      expect(toggle?.checked).toBe(true);
      expect(root.querySelector(`label[for="site-${host}"]`)?.textContent).toBe(host);
    }
  });

  it('switches a forum off and on in storage', async () => {
    await showOptions();
    byId<HTMLInputElement>('site-old.reddit.com')?.click();
    await waitFor(async () => (await loadSettings()).sites['old.reddit.com'] === false);
    expect((await loadSettings()).sites).toEqual({ 'old.reddit.com': false });
    await waitFor(() => byId<HTMLInputElement>('site-old.reddit.com')?.checked === false);
    byId<HTMLInputElement>('site-old.reddit.com')?.click();
    await waitFor(async () => (await loadSettings()).sites['old.reddit.com'] === true);
  });

  it('saves the sensitivity, the badge count and the theme', async () => {
    await showOptions();
    byId<HTMLInputElement>('sensitivity-strict')?.click();
    byId<HTMLInputElement>('show-badge-count')?.click();
    await waitFor(async () => (await loadSettings()).showBadgeCount === false);
    byId<HTMLInputElement>('theme-dark')?.click();
    await waitFor(async () => (await loadSettings()).theme === 'dark');
    expect(await loadSettings()).toMatchObject({ sensitivity: 'strict', showBadgeCount: false, theme: 'dark' });
    await waitFor(() => document.documentElement.dataset.theme === 'dark');
  });

  it('describes each sensitivity level in one plain sentence, tied to its radio button', async () => {
    await showOptions();
    for (const level of ['relaxed', 'balanced', 'strict']) {
      const radio = byId<HTMLInputElement>(`sensitivity-${level}`);
      const description = byId(radio?.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).toMatch(/^[A-Z][^.]+\.( [A-Z][^.]+\.)?$/);
    }
  });

  it('rejects an invalid address kindly, without asking for any permission', async () => {
    answerSiteMessages();
    await showOptions();
    const input = byId<HTMLInputElement>('add-forum-address');
    if (!input) throw new Error('no address field');
    type(input, 'http://forum.example.com');
    root.querySelector<HTMLFormElement>('form.add-forum')?.requestSubmit();
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/secure connection/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(permissions.request).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('asks for that one site, then asks the background to add it with the chosen software', async () => {
    answerSiteMessages();
    await showOptions();
    type(byId<HTMLInputElement>('add-forum-address') as HTMLInputElement, 'https://Forum.Example.com/t/back-pump/7');
    const select = byId<HTMLSelectElement>('add-forum-adapter') as HTMLSelectElement;
    select.value = 'discourse';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLFormElement>('form.add-forum')?.requestSubmit();
    await waitFor(() => root.querySelector('[data-spotter-status]')?.textContent?.includes('Added forum.example.com'));
    expect(permissions.request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://forum.example.com/*'] });
    expect(sent).toEqual([{ type: 'spotter:add-site', host: 'forum.example.com', adapter: 'discourse' }]);
  });

  it('adds nothing when the reader refuses the permission', async () => {
    answerSiteMessages();
    permissions.answer.grant = false;
    await showOptions();
    type(byId<HTMLInputElement>('add-forum-address') as HTMLInputElement, 'forum.example.com');
    root.querySelector<HTMLFormElement>('form.add-forum')?.requestSubmit();
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/needs your permission/);
    expect(sent).toEqual([]);
  });

  it('prefills the address from #add=', async () => {
    location.hash = '#add=forum.example.com';
    await showOptions();
    expect(byId<HTMLInputElement>('add-forum-address')?.value).toBe('forum.example.com');
  });

  it('lists added forums, offers access again when it was withdrawn, and removes them', async () => {
    answerSiteMessages();
    await saveSettings(withUserSite(defaultSettings(), { host: 'forum.example.com', adapter: 'phpbb' }));
    await showOptions();
    const row = await waitFor(() => root.querySelector('[data-spotter-user-site="forum.example.com"]'));
    expect(row.textContent).toContain('phpBB');
    await waitFor(() => row.textContent?.includes('no longer has access'));
    row.querySelector<HTMLButtonElement>('button:not(.secondary)')?.click();
    await waitFor(() => permissions.request.mock.calls.length === 1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://forum.example.com/*'] });

    root.querySelector<HTMLButtonElement>('button[aria-label="Remove forum.example.com"]')?.click();
    await waitFor(() => sent.length === 1);
    expect(sent).toEqual([{ type: 'spotter:remove-site', host: 'forum.example.com' }]);
  });

  it('resets only after the reader confirms; Escape cancels', async () => {
    answerSiteMessages();
    await showOptions();
    const reset = root.querySelector<HTMLButtonElement>('[data-spotter-reset] button.danger') as HTMLButtonElement;
    reset.click();
    const confirm = await waitFor(() => root.querySelector<HTMLElement>('#reset-confirm'));
    await waitFor(() => document.activeElement?.textContent === 'Cancel');
    expect(reset.getAttribute('aria-expanded')).toBe('true');
    confirm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => !root.querySelector('#reset-confirm'));
    expect(document.activeElement).toBe(reset);
    expect(sent).toEqual([]);

    reset.click();
    (await waitFor(() => root.querySelector<HTMLButtonElement>('#reset-confirm button.danger')))?.click();
    await waitFor(() => sent.length === 1);
    expect(sent).toEqual([{ type: 'spotter:reset-all' }]);
    await waitFor(() => root.querySelector('[data-spotter-reset] [role="status"]')?.textContent?.includes('erased'));
  });
});

describe('SiteToggle', () => {
  async function showToggle(host: string | undefined): Promise<HTMLElement> {
    render(<SiteToggle host={host} />, root);
    return waitFor(() => root.querySelector<HTMLElement>('[data-spotter-site-toggle]'));
  }

  it('switches Spotter off and on for the current forum in one click', async () => {
    const toggle = await showToggle('old.reddit.com');
    expect(toggle.dataset.spotterSiteToggle).toBe('on');
    root.querySelector<HTMLInputElement>('input[role="switch"]')?.click();
    await waitFor(async () => (await loadSettings()).sites['old.reddit.com'] === false);
    await waitFor(() => root.querySelector('[data-spotter-site-toggle="off"]'));
    root.querySelector<HTMLInputElement>('input[role="switch"]')?.click();
    await waitFor(async () => (await loadSettings()).sites['old.reddit.com'] === true);
  });

  it('follows a change made elsewhere (the options page)', async () => {
    await showToggle('www.reddit.com');
    await saveSettings({ ...defaultSettings(), sites: { 'www.reddit.com': false } });
    await waitFor(() => root.querySelector('[data-spotter-site-toggle="off"]'));
  });

  it('offers to add a forum Spotter does not read, and says so when the page is not a forum', async () => {
    const openTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await showToggle('forum.example.com');
    root.querySelector<HTMLButtonElement>('button')?.click();
    expect(openTab).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/options.html#add=forum.example.com' });
    render(null, root);
    expect((await showToggle(undefined)).dataset.spotterSiteToggle).toBe('none');
  });
});
