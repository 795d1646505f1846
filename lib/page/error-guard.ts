/**
 * Failure isolation for the content script. Spotter runs inside someone else's page: an exception
 * in one of its callbacks (an observer, an idle task, a click handler) must never flood the page's
 * console or turn into an unhandled rejection, and must never reach the page's own code. A guard
 * wraps every callback the content script hands to the browser: the first error is reported once,
 * with a prefix that says it came from Spotter, and every later one is only counted.
 *
 * Note: a content script's exceptions cannot stop the page's scripts (they run in their own world,
 * https://developer.chrome.com/docs/extensions/develop/concepts/content-scripts#isolated_world),
 * but they do land in the page's console as uncaught errors, which is what this prevents.
 */

/** Receives the one error a guard reports; `message` starts with the prefix. */
export type ErrorReporter = (message: string, error: unknown) => void;

export interface ErrorGuard {
  /**
   * `callback` with its errors caught: a throw returns `undefined` instead, and a returned promise
   * that rejects resolves to `undefined` instead. `context` names the callback in the report.
   */
  wrap<Args extends unknown[], Result>(
    context: string,
    callback: (...args: Args) => Result,
  ): (...args: Args) => Result | undefined;
  /** Reports an error caught elsewhere (an observer's onError), under the same once-only rule. */
  report(context: string, error: unknown): void;
  /** Runs `callback` now, guarded like `wrap`. */
  run<Result>(context: string, callback: () => Result): Result | undefined;
  /** How many errors the guard has caught, the reported one included. */
  readonly errorCount: number;
}

export const DEFAULT_ERROR_PREFIX = 'Spotter:';

export function createErrorGuard(report: ErrorReporter, prefix = DEFAULT_ERROR_PREFIX): ErrorGuard {
  let errorCount = 0;

  function caught(context: string, error: unknown): undefined {
    errorCount += 1;
    if (errorCount > 1) return undefined;
    const reason = error instanceof Error ? error.message : String(error);
    // The reporter itself must not throw into the page either (a page may replace console methods).
    try {
      report(`${prefix} ${context} failed (${reason}); later errors go unreported.`, error);
    } catch {
      // Nothing left to tell: the one channel for it is what failed.
    }
    return undefined;
  }

  function wrap<Args extends unknown[], Result>(
    context: string,
    callback: (...args: Args) => Result,
  ): (...args: Args) => Result | undefined {
    return function guarded(this: unknown, ...args: Args): Result | undefined {
      let result: Result;
      try {
        result = Reflect.apply(callback, this, args);
      } catch (error) {
        return caught(context, error);
      }
      // Spotter's callbacks are its own functions: what they return asynchronously is a native promise.
      return result instanceof Promise ? (result.catch((error: unknown) => caught(context, error)) as Result) : result;
    };
  }

  return {
    wrap,
    report: (context, error) => void caught(context, error),
    run: (context, callback) => wrap(context, callback)(),
    get errorCount() {
      return errorCount;
    },
  };
}
