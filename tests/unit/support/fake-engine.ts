import { assess } from '@/lib/analysis';
import { createEngineHost } from '@/lib/background/engine-host';
import { RELEVANCE_THRESHOLD } from '@/lib/analysis';
import type { ThreadContext } from '@/lib/analysis/types';
import type { PostText, PostVerdict } from '@/lib/messages';
import type { EngineClient } from '@/lib/page/engine-client';

interface Call {
  threadKey: string;
  thread: ThreadContext;
  posts: PostText[];
  resolve(verdicts: PostVerdict[]): void;
  reject(error: unknown): void;
}

/**
 * The background's engine as the page sees it, answering only when the test says so: `answerAll()`
 * answers every waiting batch with the real engine's verdicts, `fail(n)` makes batch n fail. Tests
 * then see the page between a batch leaving and its answer coming back.
 */
export function fakeEngine(threshold = RELEVANCE_THRESHOLD) {
  const host = createEngineHost(assess);
  const waiting: Call[] = [];
  const sent: Call[] = [];
  const client: EngineClient = {
    assessPosts(threadKey, thread, posts) {
      return new Promise((resolve, reject) => {
        const call = { threadKey, thread, posts, resolve, reject };
        waiting.push(call);
        sent.push(call);
      });
    },
  };
  return {
    client,
    host,
    sent,
    waiting: () => waiting.length,
    /** The verdicts the real engine gives this batch. */
    verdictsFor: (call: Pick<Call, 'posts' | 'thread'>) => host.verdicts(call.posts, call.thread, threshold),
    /** Answers every batch waiting now, in order; returns after the answers are handled. */
    async answerAll(): Promise<number> {
      const calls = waiting.splice(0);
      for (const call of calls) call.resolve(host.verdicts(call.posts, call.thread, threshold));
      await flushPromises();
      return calls.length;
    },
    async failAll(error: unknown = new Error('no answer')): Promise<void> {
      for (const call of waiting.splice(0)) call.reject(error);
      await flushPromises();
    },
    /** Answers the oldest waiting batch with the given verdicts. */
    async answerNext(verdicts: (call: Call) => PostVerdict[]): Promise<void> {
      const call = waiting.shift();
      if (!call) throw new Error('no batch is waiting');
      call.resolve(verdicts(call));
      await flushPromises();
    },
  };
}

export async function flushPromises(): Promise<void> {
  for (let round = 0; round < 5; round++) await Promise.resolve();
}
