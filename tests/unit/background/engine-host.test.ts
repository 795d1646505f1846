import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/lib/analysis/types';
import { createEngineHost, type AssessFunction } from '@/lib/background/engine-host';

function stubAssess(): AssessFunction & ReturnType<typeof vi.fn> {
  return vi.fn((text: string, options: { threshold?: number; rank?: boolean }) => {
    const score = text.includes('back') ? 0.6 : 0;
    const relevant = score >= (options.threshold ?? 0.5);
    return {
      relevant,
      score,
      features: relevant ? { region: ['lower_back'], sensation: ['cramp'] } : {},
      matches: [],
      redFlags: [],
      triage: 'self_care',
      causes: options.rank ? [{ id: 'muscle_strain', score: 1, for: [], against: [] }] : [],
    } satisfies Assessment;
  }) as never;
}

describe('createEngineHost', () => {
  it('answers one verdict per post, in order, with a reason only for the posts it marks', () => {
    const host = createEngineHost(stubAssess());
    const verdicts = host.verdicts(
      [
        { id: 'a', text: 'my back cramps' },
        { id: 'b', text: 'nice PR' },
      ],
      {},
      0.5,
    );
    expect(verdicts).toEqual([
      { id: 'a', relevant: true, score: 0.6, tier: 'self_care', label: 'Back cramp?', reason: 'lower back · cramp or spasm' },
      { id: 'b', relevant: false, score: 0, tier: 'self_care', label: 'Back pain?', reason: '' },
    ]);
  });

  it('assesses a text once per thread and sensitivity, and ranks only when the panel asks', () => {
    const assess = stubAssess();
    const host = createEngineHost(assess);
    host.verdicts([{ id: 'a', text: 'my back cramps' }], {}, 0.5);
    host.verdicts([{ id: 'other-element-same-text', text: 'my back cramps' }], {}, 0.5);
    expect(assess).toHaveBeenCalledTimes(1);
    expect(assess.mock.calls[0]![1]).toMatchObject({ rank: false, threshold: 0.5 });

    expect(host.assessment('my back cramps', {}, 0.5).causes).toHaveLength(1);
    expect(host.assessment('my back cramps', {}, 0.5).causes).toHaveLength(1);
    expect(assess).toHaveBeenCalledTimes(2);
    // Ranked already: a later badge pass uses it too.
    host.verdicts([{ id: 'a', text: 'my back cramps' }], {}, 0.5);
    expect(assess).toHaveBeenCalledTimes(2);

    expect(host.verdicts([{ id: 'a', text: 'my back cramps' }], {}, 0.7)[0]!.relevant).toBe(false);
    host.verdicts([{ id: 'a', text: 'my back cramps' }], { title: 'Lower back pump' }, 0.5);
    expect(assess).toHaveBeenCalledTimes(4);
    expect(assess.mock.calls[3]![1]).toMatchObject({ thread: { title: 'Lower back pump' } });
  });

  it('warms up with one badge pass in its life, and keeps nothing from it', () => {
    const assess = stubAssess();
    const host = createEngineHost(assess);
    expect(host.warm).toBe(false);
    host.warmUp('felt a pop in my back');
    expect(host.warm).toBe(true);
    host.warmUp('felt a pop in my back');
    expect(assess).toHaveBeenCalledExactlyOnceWith('felt a pop in my back', { rank: false });
    expect(host.size()).toBe(0);
  });

  it('keeps at most its bound of assessments, dropping the least recently used', () => {
    const assess = stubAssess();
    const host = createEngineHost(assess, 2);
    host.verdicts(
      [
        { id: '1', text: 'back one' },
        { id: '2', text: 'back two' },
      ],
      {},
      0.5,
    );
    host.verdicts([{ id: '1', text: 'back one' }], {}, 0.5);
    host.verdicts([{ id: '3', text: 'back three' }], {}, 0.5);
    expect(host.size()).toBe(2);
    assess.mockClear();
    host.verdicts([{ id: '1', text: 'back one' }], {}, 0.5);
    expect(assess).not.toHaveBeenCalled();
    host.verdicts([{ id: '2', text: 'back two' }], {}, 0.5);
    expect(assess).toHaveBeenCalledTimes(1);
  });
});
