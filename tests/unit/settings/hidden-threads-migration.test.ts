import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('hidden threads in storage from Spotter before v2', () => {
  it('are migrated once, in storage, to the one thread key', async () => {
    await fakeBrowser.storage.local.set({
      'hidden-threads': ['forums.t-nation.comdiscourse:forums.t-nation.com/t/123', 'board.example.org/t/9'],
      'hidden-threads$': { v: 1 },
    });
    // The storage library migrates an item when it is defined, that is when the module loads.
    const { loadHiddenThreads, HIDDEN_THREADS_VERSION } = await import('@/lib/settings/storage');
    expect(await loadHiddenThreads()).toEqual(['discourse:forums.t-nation.com/t/123', 'board.example.org/t/9']);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('hidden-threads$'))['hidden-threads$']).toEqual({ v: HIDDEN_THREADS_VERSION }),
    );
    expect((await fakeBrowser.storage.local.get('hidden-threads'))['hidden-threads']).toEqual([
      'discourse:forums.t-nation.com/t/123',
      'board.example.org/t/9',
    ]);
  });
});
