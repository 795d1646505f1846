// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App, type Engine, type ResultStore } from '@/entrypoints/popup/App';
import * as engine from '@/entrypoints/popup/engine';
import { answersHash } from '@/lib/questionnaire/answers-hash';
import type { LastResult } from '@/lib/questionnaire/last-result';
import { RED_FLAG_TIERS } from '@/lib/features';
import { useMountPoint } from '../support/mount';

const mountPoint = useMountPoint();

function fakeStore(stored: LastResult | null = null) {
  const saved: LastResult[] = [];
  const store: ResultStore & { saved: LastResult[]; cleared: number } = {
    saved,
    cleared: 0,
    load: vi.fn(() => Promise.resolve(stored)),
    save: vi.fn((result: LastResult) => {
      saved.push(result);
      return Promise.resolve();
    }),
    clear: vi.fn(() => {
      store.cleared++;
      return Promise.resolve();
    }),
  };
  return store;
}

const loadEngine = () => Promise.resolve(engine as Engine);

async function mount(hash: string, store: ResultStore, load: () => Promise<Engine> = loadEngine) {
  await act(async () => {
    render(<App view="popup" hash={hash} store={store} loadEngine={load} headerSlot={<span data-toggle />} />, mountPoint.root);
  });
  // Let the storage read and the engine import settle.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const NO_FLAGS = Object.fromEntries(Object.keys(RED_FLAG_TIERS).map((flag) => [flag, ['no']]));

describe('popup App', () => {
  it('renders its frame at once, with the header slot for the site switch', async () => {
    const store = fakeStore();
    let resolveStore: (value: LastResult | null) => void = () => {};
    store.load = () => new Promise((resolve) => (resolveStore = resolve));
    act(() =>
      render(
        <App view="popup" hash="" store={store} loadEngine={loadEngine} headerSlot={<span data-toggle />} />,
        mountPoint.root,
      ),
    );
    expect(mountPoint.root.querySelector('[data-spotter-popup] h1')?.textContent).toBe('Spotter');
    expect(mountPoint.root.querySelector('[data-slot="site-toggle"] [data-toggle]')).not.toBeNull();
    expect(mountPoint.root.querySelector('[data-loading]')?.textContent).toBe('Loading…');
    await act(async () => {
      resolveStore(null);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(mountPoint.root.querySelector('form[data-page="emergency"]')).not.toBeNull();
  });

  it('shows a short notice and the empty questionnaire for a hostile hash', async () => {
    const store = fakeStore({ savedAt: 1, answers: { region: ['neck'] } });
    await mount('#answers=%7B%22region%22%3A%22%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%22', store);
    expect(mountPoint.root.querySelector('[data-notice]')?.textContent).toMatch(/could not be read/);
    expect(mountPoint.root.querySelector('form[data-page="emergency"]')).not.toBeNull();
    expect(mountPoint.root.querySelector('img')).toBeNull();
    expect(store.load).not.toHaveBeenCalled();
  });

  it('opens the results of a link and keeps them as the last result', async () => {
    const store = fakeStore();
    await mount(
      answersHash({ region: ['mid_back'], activity: ['bench'], sensation: ['cramp'], timing: ['heavy_sets_only'] }),
      store,
    );
    expect(mountPoint.root.querySelector('[data-spotter-results] > [data-triage]')?.getAttribute('data-triage')).toBe(
      'self_care',
    );
    expect([...mountPoint.root.querySelectorAll('[data-cause-id]')].filter((card) => !card.closest('[hidden]')).length).toBe(3);
    expect(mountPoint.root.querySelector('[data-linked-notice]')).not.toBeNull();
    expect(store.saved).toEqual([
      expect.objectContaining({
        linked: { region: ['mid_back'], activity: ['bench'], sensation: ['cramp'], timing: ['heavy_sets_only'] },
      }),
    ]);
  });

  it('shows the stored last result, and clears it with one click', async () => {
    const store = fakeStore({
      savedAt: Date.UTC(2026, 0, 2),
      answers: { ...NO_FLAGS, region: ['lower_back'], sensation: ['pump'], activity: ['running'], timing: ['during_run'] },
    });
    await mount('', store);
    expect(mountPoint.root.querySelector('[data-notice]')?.textContent).toMatch(/Your last result/);
    expect(mountPoint.root.querySelector('[data-results="results"]')).not.toBeNull();
    expect(mountPoint.root.querySelector('.sp-answers')?.textContent).toMatch(/lower back/);
    act(() => mountPoint.root.querySelector<HTMLButtonElement>('[data-clear-result]')!.click());
    expect(store.cleared).toBe(1);
    expect(mountPoint.root.querySelector('form[data-page="emergency"]')).not.toBeNull();
    expect(mountPoint.root.querySelector('[data-notice]')?.textContent).toMatch(/cleared/);
  });

  it('reopens a stopped questionnaire on its emergency advice, without causes', async () => {
    const store = fakeStore({ savedAt: 1, answers: { ...NO_FLAGS, bladder_bowel: ['yes'] } });
    await mount('', store);
    expect(mountPoint.root.querySelector('[data-results="stopped"] [data-triage="emergency"]')).not.toBeNull();
    expect(mountPoint.root.querySelector('[data-cause-id]')).toBeNull();
    expect(document.activeElement?.textContent).toMatch(/Get emergency help now/);
  });

  it('saves the result when the reader reaches it', async () => {
    const store = fakeStore();
    await mount('', store);
    for (const flag of Object.keys(RED_FLAG_TIERS).filter(
      (f) => RED_FLAG_TIERS[f as keyof typeof RED_FLAG_TIERS] === 'emergency',
    )) {
      act(() =>
        mountPoint.root
          .querySelector<HTMLInputElement>(`input[name="sp-q-${flag}"][value="${flag === 'chest_pain' ? 'yes' : 'no'}"]`)!
          .click(),
      );
    }
    act(() => mountPoint.root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    expect(mountPoint.root.querySelector('[data-triage="emergency"]')).not.toBeNull();
    expect(store.saved.at(-1)?.answers.chest_pain).toEqual(['yes']);
  });

  it('opens every cause while printing', async () => {
    await mount(answersHash({ region: ['mid_back'], sensation: ['cramp'] }), fakeStore());
    const shown = () =>
      [...mountPoint.root.querySelectorAll('.sp-cause-details')].filter((details) => !details.closest('[hidden]')).length;
    const causes = mountPoint.root.querySelectorAll('[data-cause-id]').length;
    expect(causes).toBeGreaterThan(3);
    expect(shown()).toBe(0);
    await act(async () => void window.dispatchEvent(new Event('beforeprint')));
    expect(shown()).toBe(causes);
    await act(async () => void window.dispatchEvent(new Event('afterprint')));
    expect(shown()).toBe(0);
  });

  it('says so if the catalog cannot load', async () => {
    await mount(answersHash({ region: ['mid_back'] }), fakeStore(), () => Promise.reject(new Error('gone')));
    expect(mountPoint.root.querySelector('[data-loading]')?.textContent).toMatch(/could not load/);
  });
});
