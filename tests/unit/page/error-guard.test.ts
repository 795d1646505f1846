import { describe, expect, it, vi } from 'vitest';
import { createErrorGuard } from '@/lib/page/error-guard';

function failing(message: string): () => never {
  return () => {
    throw new Error(message);
  };
}

describe('createErrorGuard', () => {
  it('passes arguments, `this` and the result through when nothing fails', () => {
    const report = vi.fn();
    const guard = createErrorGuard(report);
    const target = { factor: 3 };
    const times = guard.wrap('multiply', function (this: typeof target, value: number) {
      return value * this.factor;
    });
    expect(times.call(target, 4)).toBe(12);
    expect(report).not.toHaveBeenCalled();
    expect(guard.errorCount).toBe(0);
  });

  it('reports the first error once, with the prefix and the context, and returns undefined', () => {
    const report = vi.fn();
    const guard = createErrorGuard(report);
    const error = new Error('boom');
    const result = guard.wrap('scan', () => {
      throw error;
    })();
    expect(result).toBeUndefined();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]![0]).toMatch(/^Spotter: scan failed \(boom\)/);
    expect(report.mock.calls[0]![1]).toBe(error);
  });

  it('counts later errors without reporting them, from any wrapped callback', () => {
    const report = vi.fn();
    const guard = createErrorGuard(report);
    const first = guard.wrap('first', failing('one'));
    const second = guard.wrap('second', failing('two'));
    first();
    second();
    first();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]![0]).toContain('first failed (one)');
    expect(guard.errorCount).toBe(3);
  });

  it('catches a rejected promise so it never becomes an unhandled rejection', async () => {
    const report = vi.fn();
    const guard = createErrorGuard(report);
    const load = guard.wrap('load settings', async () => {
      throw new Error('storage gone');
    });
    await expect(load()).resolves.toBeUndefined();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]![0]).toContain('load settings failed (storage gone)');
  });

  it('passes a resolved promise value through', async () => {
    const guard = createErrorGuard(vi.fn());
    await expect(guard.wrap('answer', async () => 42)()).resolves.toBe(42);
  });

  it('reports thrown non-errors by their string form', () => {
    const report = vi.fn();
    createErrorGuard(report).run('odd', () => {
      throw 'a string';
    });
    expect(report.mock.calls[0]![0]).toContain('odd failed (a string)');
  });

  it('survives a reporter that throws (a page may replace console methods)', () => {
    const guard = createErrorGuard(() => {
      throw new Error('console is gone');
    });
    expect(() => guard.run('scan', failing('boom'))).not.toThrow();
    expect(guard.errorCount).toBe(1);
  });

  it('takes its own prefix', () => {
    const report = vi.fn();
    createErrorGuard(report, '[test]').run('x', failing('y'));
    expect(report.mock.calls[0]![0]).toMatch(/^\[test\] x failed \(y\)/);
  });

  it('runs a callback at once and returns its value', () => {
    expect(createErrorGuard(vi.fn()).run('now', () => 'done')).toBe('done');
  });

  it('reports errors caught elsewhere under the same once-only rule', () => {
    const report = vi.fn();
    const guard = createErrorGuard(report);
    guard.report('scanning posts', new Error('first'));
    guard.wrap('a callback', () => {
      throw new Error('second');
    })();
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]?.[0]).toContain('scanning posts failed (first)');
    expect(guard.errorCount).toBe(2);
  });
});
