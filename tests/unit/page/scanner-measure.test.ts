// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { discourse } from '@/lib/adapters/discourse';
import { discoursePage } from '../support/discourse-page';
import { SCAN_MEASURE, createScanner, idleScheduler, type ScanScheduler } from '@/lib/page/scanner';

/**
 * The scanner puts each slice of its work on the page's performance timeline as `spotter:scan`,
 * which is what `npm run bench` adds up as Spotter's main-thread time.
 */

describe('scan measures', () => {
  it('measures every slice from its start, through the scheduler', () => {
    discoursePage(5);
    let time = 100;
    const idle: Array<() => void> = [];
    const measure = vi.fn();
    const schedule: ScanScheduler = {
      now: () => time,
      whenIdle(task) {
        idle.push(() => task({ didTimeout: false, timeRemaining: () => 1 }));
        return () => {};
      },
      after: () => () => {},
      atEndOfTask: () => {},
      measure,
    };
    const controller = new AbortController();
    createScanner({
      doc: document,
      url: new URL('https://forums.t-nation.com/t/x/1'),
      adapter: discourse,
      analyze: () => {
        time += 2;
        return null;
      },
      onResult: () => {},
      signal: controller.signal,
      schedule,
    });
    let slices = 0;
    while (idle.length > 0) {
      idle.shift()!();
      slices++;
    }
    controller.abort();
    expect(slices).toBeGreaterThan(1);
    expect(measure).toHaveBeenCalledTimes(slices);
    expect(measure.mock.calls.every(([name]) => name === SCAN_MEASURE)).toBe(true);
    // Each slice starts where the previous one ended: the clock only moves while posts are analysed.
    expect(measure.mock.calls.map(([, start]) => start)).toEqual(measure.mock.calls.map((_, index) => 100 + 2 * index));
  });

  it('names the measure for the benchmark’s prefix', () => {
    expect(SCAN_MEASURE.startsWith('spotter:')).toBe(true);
  });

  it('puts the measure on the window’s performance timeline in the real scheduler', () => {
    const spy = vi.spyOn(window.performance, 'measure');
    const schedule = idleScheduler(window as unknown as Window);
    const start = schedule.now();
    schedule.measure!(SCAN_MEASURE, start);
    expect(spy).toHaveBeenCalledWith(SCAN_MEASURE, { start, end: expect.any(Number) });
    expect(spy.mock.calls[0]![1]).toSatisfy((options: { end: number }) => options.end >= start);
  });
});
