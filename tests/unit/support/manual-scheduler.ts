import type { IdleDeadlineLike, ScanScheduler } from '@/lib/page/scanner';

/** A scheduler whose clock and idle periods the test drives. */
export function manualScheduler() {
  let time = 0;
  let idle: Array<{ task: (deadline: IdleDeadlineLike) => void; cancelled: boolean; timeoutMs?: number }> = [];
  let timers: Array<{ at: number; task: () => void; cancelled: boolean }> = [];
  const scheduler: ScanScheduler = {
    now: () => time,
    whenIdle(task, timeoutMs) {
      const entry = { task, cancelled: false, timeoutMs };
      idle.push(entry);
      return () => void (entry.cancelled = true);
    },
    after(ms, task) {
      const entry = { at: time + ms, task, cancelled: false };
      timers.push(entry);
      return () => void (entry.cancelled = true);
    },
    // Not a microtask: what a slice queued leaves when the test moves the clock (`advance(0)`), so tests
    // see the page between reading posts and sending them.
    atEndOfTask(task) {
      scheduler.after(0, task);
    },
  };
  return {
    scheduler,
    /** Moves the clock, as work would. */
    tick(ms: number) {
      time += ms;
    },
    /** Lets the pending idle callbacks run, each in an idle period of `remaining` ms. */
    runIdle(remaining = 50, didTimeout = false) {
      const batch = idle.filter((entry) => !entry.cancelled);
      idle = [];
      for (const entry of batch) {
        const start = time;
        entry.task({ didTimeout, timeRemaining: () => Math.max(0, remaining - (time - start)) });
      }
      return batch.length;
    },
    /** Runs idle periods until nothing is left to do. */
    drain() {
      let rounds = 0;
      while (this.runIdle() > 0) rounds++;
      return rounds;
    },
    /** Moves the clock by `ms` and fires the timers that come due. */
    advance(ms: number) {
      time += ms;
      const due = timers.filter((entry) => !entry.cancelled && entry.at <= time);
      timers = timers.filter((entry) => !due.includes(entry));
      for (const entry of due) entry.task();
    },
    pendingIdle: () => idle.filter((entry) => !entry.cancelled).length,
    /** The longest wait the pending idle callbacks allow (undefined: the scheduler's default). */
    pendingIdleTimeouts: () => idle.filter((entry) => !entry.cancelled).map((entry) => entry.timeoutMs),
    pendingTimers: () => timers.filter((entry) => !entry.cancelled).length,
  };
}
