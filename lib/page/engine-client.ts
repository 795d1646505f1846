/**
 * The content script's side of the one engine (lib/background/engine-host.ts): sends a thread's posts
 * to the background and hands back one verdict per post. The extension API is passed in as `send`, so
 * this runs in tests without a browser.
 *
 * What it copes with:
 * - a service worker that is asleep: `runtime.sendMessage` wakes it, and the first answer waits for
 *   the engine to load;
 * - one that stopped or restarted while a batch was on its way (the message's port closes without an
 *   answer, or no listener is up yet): the batch is sent once more, a moment later;
 * - one that answers too late or not at all: the batch fails after `timeoutMs`, leaving its posts
 *   without a badge rather than guessing one; the caller retries (lib/page/thread-badges.ts).
 */
import type { AssessPostsMessage, PostText, PostVerdict } from '../messages';
import type { ThreadContext } from '../analysis/types';
import type { Sensitivity } from '../settings/schema';

/** Long enough for a cold service worker to start and load the engine on a slow machine. */
export const ENGINE_TIMEOUT_MS = 10_000;
/** Wait before the one resend after a failed send (the worker starting up or restarting). */
export const RESEND_DELAY_MS = 250;

export interface EngineClientOptions {
  send(message: AssessPostsMessage): Promise<unknown>;
  /** The reader's sensitivity now (the page reads the settings; the engine's threshold follows it). */
  sensitivity(): Sensitivity;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  after(ms: number, task: () => void): () => void;
  timeoutMs?: number;
  resendDelayMs?: number;
}

export interface EngineClient {
  /**
   * One verdict per post, in order. Rejects when the background cannot answer in time. Once `signal` aborts, the
   * one resend is not sent: a page Spotter stopped on sends nothing more (the background has dropped its list).
   */
  assessPosts(threadKey: string, thread: ThreadContext, posts: PostText[], signal?: AbortSignal): Promise<PostVerdict[]>;
}

export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}

function verdictsOf(answer: unknown, posts: readonly PostText[]): PostVerdict[] {
  const reply = answer as { ok?: unknown; verdicts?: unknown; message?: unknown } | null | undefined;
  if (reply?.ok !== true) {
    throw new EngineUnavailableError(reply ? `the engine failed: ${String(reply.message)}` : 'no answer');
  }
  const verdicts = reply.verdicts;
  if (
    !Array.isArray(verdicts) ||
    verdicts.length !== posts.length ||
    verdicts.some((verdict, index) => verdict?.id !== posts[index]!.id)
  ) {
    throw new EngineUnavailableError('answers for other posts');
  }
  return verdicts as PostVerdict[];
}

export function createEngineClient(options: EngineClientOptions): EngineClient {
  const timeoutMs = options.timeoutMs ?? ENGINE_TIMEOUT_MS;
  const resendDelayMs = options.resendDelayMs ?? RESEND_DELAY_MS;

  function sendOnceMore(message: AssessPostsMessage, signal: AbortSignal | undefined): Promise<unknown> {
    return new Promise((resolve, reject) => {
      options.after(resendDelayMs, () => {
        // Stopped meanwhile: nothing is sent, and the batch fails at its timeout like any batch left unanswered.
        if (!signal?.aborted) options.send(message).then(resolve, reject);
      });
    });
  }

  return {
    assessPosts(threadKey, thread, posts, signal) {
      const message: AssessPostsMessage = {
        type: 'spotter:assess-posts',
        threadKey,
        thread,
        posts,
        sensitivity: options.sensitivity(),
      };
      const answer = options.send(message).catch(() => sendOnceMore(message, signal));
      return new Promise<PostVerdict[]>((resolve, reject) => {
        const cancel = options.after(timeoutMs, () => reject(new EngineUnavailableError(`no answer in ${timeoutMs} ms`)));
        answer.then(
          (reply) => {
            cancel();
            try {
              resolve(verdictsOf(reply, posts));
            } catch (error) {
              reject(error);
            }
          },
          (error: unknown) => {
            cancel();
            reject(new EngineUnavailableError(`background unreachable: ${String(error)}`));
          },
        );
      });
    },
  };
}
