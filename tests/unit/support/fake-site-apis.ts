import { vi } from 'vitest';
import type { OriginPermissions, RegistrationApi, ScriptRegistration } from '@/lib/background/site-registration';

/**
 * Stand-ins for the extension APIs WXT's fake browser leaves unimplemented (permissions, scripting,
 * contentScripts). They keep state and fail the way the browsers do (duplicate or unknown script ids),
 * and every method is a vi.fn so tests can assert the calls.
 */

type Listener = (permissions: OriginPermissions) => void;

function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    trigger: (permissions: OriginPermissions) => {
      for (const listener of listeners) listener(permissions);
    },
  };
}

export function fakePermissions(answer: { grant: boolean } = { grant: true }) {
  const granted = new Set<string>();
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  return {
    granted,
    answer,
    onAdded,
    onRemoved,
    request: vi.fn(async ({ origins }: OriginPermissions) => {
      if (!answer.grant) return false;
      for (const origin of origins) granted.add(origin);
      onAdded.trigger({ origins });
      return true;
    }),
    remove: vi.fn(async ({ origins }: OriginPermissions) => {
      for (const origin of origins) granted.delete(origin);
      onRemoved.trigger({ origins });
      return true;
    }),
    contains: vi.fn(async ({ origins }: OriginPermissions) => origins.every((origin) => granted.has(origin))),
  };
}

/** Chrome's `scripting`: persistent registrations by id. */
export function fakeScripting() {
  const scripts = new Map<string, ScriptRegistration>();
  return {
    scripts,
    registerContentScripts: vi.fn(async (registrations: ScriptRegistration[]) => {
      for (const script of registrations) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      }
      for (const script of registrations) scripts.set(script.id, script);
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      const ids = filter?.ids ?? [...scripts.keys()];
      for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of ids) scripts.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
    ),
  };
}

/** Firefox MV2's `contentScripts`: registrations that last while their handle does. */
export function fakeContentScripts() {
  const active = new Set<{ matches: string[]; js: { file: string }[] }>();
  return {
    active,
    register: vi.fn(
      async (options: { matches: string[]; js: { file: string }[]; runAt?: 'document_start' | 'document_idle' }) => {
        active.add(options);
        return { unregister: vi.fn(async () => void active.delete(options)) };
      },
    ),
  };
}

export function chromeApi(answer?: { grant: boolean }) {
  const permissions = fakePermissions(answer);
  const scripting = fakeScripting();
  return { permissions, scripting } satisfies RegistrationApi;
}

export function firefoxApi(answer?: { grant: boolean }) {
  const permissions = fakePermissions(answer);
  const contentScripts = fakeContentScripts();
  return { permissions, contentScripts } satisfies RegistrationApi;
}

/** `contextMenus`, which WXT's fake browser leaves out: the items created, and a way to click one. */
export function fakeContextMenus() {
  const items: { id?: string | number; title?: string; contexts?: string[] }[] = [];
  const listeners: ((
    info: { menuItemId: string | number; selectionText?: string },
    tab?: { id?: number; index: number },
  ) => void)[] = [];
  return {
    items,
    create: vi.fn((item: (typeof items)[number]) => void items.push(item)),
    removeAll: vi.fn(async () => {
      items.length = 0;
    }),
    onClicked: { addListener: (listener: (typeof listeners)[number]) => void listeners.push(listener) },
    click: (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; index: number }) => {
      for (const listener of listeners) listener(info, tab);
    },
  };
}

interface FakePort {
  name: string;
  sender: object;
  disconnect: ReturnType<typeof vi.fn>;
}

/** `runtime.onConnect`, which WXT's fake browser leaves unimplemented, and a page's `runtime.connect()` to it. */
export function fakeConnections() {
  const listeners: ((port: FakePort) => void)[] = [];
  return {
    onConnect: { addListener: (listener: (port: FakePort) => void) => void listeners.push(listener) },
    connect(sender: object, name = ''): FakePort {
      const port = { name, sender, disconnect: vi.fn() };
      for (const listener of listeners) listener(port);
      return port;
    },
  };
}
