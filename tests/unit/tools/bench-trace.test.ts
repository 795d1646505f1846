import { describe, expect, it } from 'vitest';
import { summarizeTrace, unionLength, type TraceEvent } from '@/lib/tools/bench/trace';

const PAGE = 'https://forums.t-nation.com/t/bench/1';
const EXTENSION = 'chrome-extension://abc/';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
/** A complete event on the page's main thread (pid 1, tid 1); times in ms for readability. */
const x = (name: string, startMs: number, durMs: number, url?: string, thread = { pid: 1, tid: 1 }): TraceEvent => ({
  name,
  ph: 'X',
  ts: startMs * 1000,
  dur: durMs * 1000,
  ...thread,
  args: url ? { data: { url } } : {},
});

const PARSE: TraceEvent = { ...x('ParseHTML', 0, 20), args: { beginData: { url: PAGE } } };

describe('unionLength', () => {
  it('merges overlapping and nested intervals', () => {
    expect(
      unionLength([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 25 },
        { start: 21, end: 22 },
      ]),
    ).toBe(20);
    expect(unionLength([])).toBe(0);
  });
});

describe('summarizeTrace', () => {
  const events: TraceEvent[] = [
    meta(1, 1, 'CrRendererMain'),
    meta(2, 7, 'CrRendererMain'),
    PARSE,
    // The content script's evaluation, inside a task.
    x('RunTask', 100, 30),
    x('EvaluateScript', 101, 25, `${EXTENSION}content-scripts/forum.js`),
    // An idle slice with a nested call (a microtask) and a forced layout inside it.
    x('RunTask', 200, 12),
    x('FunctionCall', 201, 10, `${EXTENSION}content-scripts/forum.js`),
    x('FunctionCall', 203, 2, `${EXTENSION}content-scripts/forum.js`),
    x('Layout', 205, 3),
    // The page's own script and a long task that is not Spotter's.
    x('RunTask', 300, 80),
    x('FunctionCall', 301, 70, `${PAGE}`),
    // Rendering after Spotter started, and before it (not counted).
    x('UpdateLayoutTree', 50, 5),
    x('Layout', 400, 6),
    x('Paint', 406, 2),
    // Another renderer (the extension's own page): ignored.
    x('FunctionCall', 500, 90, `${EXTENSION}popup.js`, { pid: 2, tid: 7 }),
  ];

  it('attributes script, tasks and rendering to Spotter by the extension URL on the page’s main thread', () => {
    expect(summarizeTrace(events, PAGE, EXTENSION)).toEqual({
      spotterScriptMs: 35,
      spotterEvaluateMs: 25,
      spotterCallbacks: 2,
      longestSpotterTaskMs: 30,
      renderingAfterStartMs: 8,
    });
  });

  it('gives nothing when the page’s main thread is not in the trace', () => {
    expect(summarizeTrace(events, 'https://example.org/', EXTENSION)).toBeNull();
  });
});
