import { describe, expect, it, vi } from 'vitest';
import type { AssessPostsMessage } from '@/lib/messages';
import { EngineUnavailableError, createEngineClient } from '@/lib/page/engine-client';
import type { Sensitivity } from '@/lib/settings/schema';
import { manualScheduler } from '../support/manual-scheduler';
import { flushPromises } from '../support/fake-engine';

const POSTS = [
  { id: 'p1', text: 'my lower back cramps' },
  { id: 'p2', text: 'nice total' },
];
const answerFor = (message: AssessPostsMessage) => ({
  ok: true,
  verdicts: message.posts.map((post) => ({
    id: post.id,
    relevant: post.id === 'p1',
    score: 0.8,
    tier: 'self_care',
    reason: 'r',
  })),
});

function client(send: (message: AssessPostsMessage) => Promise<unknown>, sensitivity: () => Sensitivity = () => 'balanced') {
  const clock = manualScheduler();
  return {
    clock,
    engine: createEngineClient({ send, sensitivity, after: clock.scheduler.after, timeoutMs: 1000, resendDelayMs: 100 }),
  };
}

describe('createEngineClient', () => {
  it('sends the thread’s posts and gives back the verdicts in order', async () => {
    const send = vi.fn(async (message: AssessPostsMessage) => answerFor(message));
    const { engine } = client(send);
    const verdicts = await engine.assessPosts('k', { title: 'Back cramps' }, POSTS);
    expect(verdicts.map((verdict) => [verdict.id, verdict.relevant])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    expect(send).toHaveBeenCalledWith({
      type: 'spotter:assess-posts',
      threadKey: 'k',
      thread: { title: 'Back cramps' },
      posts: POSTS,
      sensitivity: 'balanced',
    });
  });

  it('asks at the reader’s sensitivity as it is when the batch leaves', async () => {
    let sensitivity: Sensitivity = 'strict';
    const send = vi.fn(async (message: AssessPostsMessage) => answerFor(message));
    const { engine } = client(send, () => sensitivity);
    await engine.assessPosts('k', {}, POSTS);
    sensitivity = 'relaxed';
    await engine.assessPosts('k', {}, POSTS);
    expect(send.mock.calls.map(([message]) => message.sensitivity)).toEqual(['strict', 'relaxed']);
  });

  it('sends once more when the service worker was not there to answer (asleep, restarting)', async () => {
    let calls = 0;
    const send = vi.fn(async (message: AssessPostsMessage) => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answerFor(message);
    });
    const { clock, engine } = client(send);
    const answer = engine.assessPosts('k', {}, POSTS);
    await flushPromises();
    expect(send).toHaveBeenCalledTimes(1);
    clock.advance(100);
    expect((await answer).map((verdict) => verdict.id)).toEqual(['p1', 'p2']);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not send again for a page Spotter stopped on meanwhile', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const { clock, engine } = client(send);
    const stop = new AbortController();
    const answer = engine.assessPosts('k', {}, POSTS, stop.signal);
    await flushPromises();
    stop.abort();
    clock.advance(100);
    expect(send).toHaveBeenCalledTimes(1);
    clock.advance(1000);
    await expect(answer).rejects.toBeInstanceOf(EngineUnavailableError);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('fails, rather than guess, when the background answers too late', async () => {
    const { clock, engine } = client(() => new Promise(() => {}));
    const answer = engine.assessPosts('k', {}, POSTS);
    clock.advance(999);
    await flushPromises();
    clock.advance(1);
    await expect(answer).rejects.toBeInstanceOf(EngineUnavailableError);
  });

  it.each([
    ['no answer', undefined],
    ['a failure', { ok: false, message: 'broken' }],
    ['verdicts for other posts', { ok: true, verdicts: [{ id: 'p2' }, { id: 'p1' }] }],
    ['too few verdicts', { ok: true, verdicts: [{ id: 'p1' }] }],
  ])('fails on %s', async (_name, reply) => {
    const { engine } = client(async () => reply);
    await expect(engine.assessPosts('k', {}, POSTS)).rejects.toBeInstanceOf(EngineUnavailableError);
  });
});
