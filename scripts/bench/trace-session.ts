/**
 * A Chromium performance trace of one page over the DevTools protocol
 * (https://chromedevtools.github.io/devtools-protocol/tot/Tracing/), with the categories the
 * Performance panel uses for main-thread tasks, script and rendering, and nothing more.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { TraceEvent } from '../../lib/tools/bench/trace';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'].join(',');

export interface TraceRecording {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(context: BrowserContext, page: Page): Promise<TraceRecording> {
  const session = await context.newCDPSession(page);
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  return {
    async stop() {
      const complete = new Promise<{ stream?: string }>((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.end');
      const { stream } = await complete;
      if (!stream) throw new Error('Chromium returned no trace stream');
      let text = '';
      for (;;) {
        const chunk = await session.send('IO.read', { handle: stream });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await session.send('IO.close', { handle: stream });
      await session.detach();
      const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    },
  };
}
