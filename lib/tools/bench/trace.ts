/**
 * Reads a Chromium performance trace (the Trace Event Format,
 * https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU) and attributes the
 * page's main-thread work to Spotter: script that ran from the extension's URL (the content script's
 * evaluation and every callback into it), the tasks that contained such script, and the rendering
 * that followed Spotter's first callback. This does not rely on Spotter's own measures, so the
 * benchmark can check them against it.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string }; beginData?: { url?: string } };
}

export interface TraceSummary {
  /** Main-thread time in script from the extension: evaluation plus callbacks, overlaps merged. */
  spotterScriptMs: number;
  /** The content script's evaluation (module top level), part of spotterScriptMs. */
  spotterEvaluateMs: number;
  /** Callbacks into the extension (idle slices, observers, timers, events). */
  spotterCallbacks: number;
  /** Longest main-thread task that ran any extension script. */
  longestSpotterTaskMs: number;
  /** Style, layout and paint on the main thread after Spotter's first callback, outside Spotter's own script. */
  renderingAfterStartMs: number;
}

/** Rendering steps of a frame on the main thread (Chromium's names). */
export const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall']);

interface Interval {
  start: number;
  end: number;
}

/** Total length of the union of `intervals`. */
export function unionLength(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let current: Interval | null = null;
  for (const interval of sorted) {
    if (current && interval.start <= current.end) {
      current.end = Math.max(current.end, interval.end);
    } else {
      if (current) total += current.end - current.start;
      current = { ...interval };
    }
  }
  return current ? total + current.end - current.start : total;
}

function urlOf(event: TraceEvent): string {
  return event.args?.data?.url ?? '';
}

/** The main thread of the renderer that parsed `pageUrl`. */
function pageMainThread(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const parse = events.find(
    (event) =>
      event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl && mainThreads.has(`${event.pid}:${event.tid}`),
  );
  return parse ? { pid: parse.pid, tid: parse.tid } : null;
}

export function summarizeTrace(events: readonly TraceEvent[], pageUrl: string, extensionOrigin: string): TraceSummary | null {
  const thread = pageMainThread(events, pageUrl);
  if (!thread) return null;
  const onThread = events.filter(
    (event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined,
  );
  const spans = (list: readonly TraceEvent[]) => list.map((event) => ({ start: event.ts, end: event.ts + event.dur! }));

  const script = onThread.filter((event) => SCRIPT_EVENTS.has(event.name) && urlOf(event).startsWith(extensionOrigin));
  const scriptSpans = spans(script);
  const inScript = (event: TraceEvent) => scriptSpans.some((span) => event.ts >= span.start && event.ts + event.dur! <= span.end);
  const firstCallback = Math.min(...script.filter((event) => event.name === 'FunctionCall').map((event) => event.ts));

  const tasks = onThread.filter((event) => event.name === 'RunTask');
  const spotterTasks = tasks.filter((task) =>
    scriptSpans.some((span) => span.start >= task.ts && span.start < task.ts + task.dur!),
  );
  const rendering = onThread.filter((event) => RENDERING_EVENTS.has(event.name) && event.ts >= firstCallback && !inScript(event));

  return {
    spotterScriptMs: unionLength(scriptSpans) / 1000,
    spotterEvaluateMs: unionLength(spans(script.filter((event) => event.name === 'EvaluateScript'))) / 1000,
    spotterCallbacks: script.filter((event) => event.name === 'FunctionCall').length,
    longestSpotterTaskMs: Math.max(0, ...spotterTasks.map((task) => task.dur!)) / 1000,
    renderingAfterStartMs: unionLength(spans(rendering)) / 1000,
  };
}
