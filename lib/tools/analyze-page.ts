/**
 * `npm run analyze -- page.html --url URL`: a saved thread page through the same adapters the
 * content script uses, so what the command line reports is what a reader would see badged.
 */
import { ADAPTERS, detectAdapter } from '../adapters';
import type { ForumAdapter } from '../adapters/types';
import { readPostText } from '../adapters/types';
import type { ThreadContext } from '../analysis';
import { analyzeFileContent, analyzePosts, looksLikeHtml, type AnalyzeOutput, type AnalyzeResult } from './analyze-output';

export type PageAnalysis = { ok: true; adapter: string; output: AnalyzeOutput } | { ok: false; error: string };

/**
 * Finds the page's posts with the adapter its markers name (the generic one when no engine's markers
 * are there), falling back to the generic adapter when the chosen one fails on this page, as the
 * content script does.
 */
export function analyzePage(doc: Document, url: URL, threadTitle?: string): PageAnalysis {
  const generic = ADAPTERS.find((adapter) => adapter.id === 'generic');
  const chosen = detectAdapter(doc, url) ?? generic;
  if (!chosen) return { ok: false, error: 'no adapter recognises this page as a thread' };
  const attempt = (adapter: ForumAdapter) =>
    adapter.findPosts(doc, url).map((post) => ({ id: post.id, text: readPostText(post) }));
  let adapter = chosen;
  let posts: { id: string; text: string }[];
  try {
    posts = attempt(adapter);
  } catch (error) {
    if (!generic || adapter === generic) return { ok: false, error: `the ${adapter.id} adapter failed: ${(error as Error).message}` };
    adapter = generic;
    posts = attempt(generic);
  }
  // The thread's title from the page where the adapter reads one; `--thread` wins when given.
  const fromPage = adapter.threadContext?.(doc, url);
  const thread: ThreadContext | undefined = threadTitle !== undefined ? { ...fromPage, title: threadTitle } : fromPage;
  return { ok: true, adapter: adapter.id, output: analyzePosts(posts.map((post) => (thread ? { ...post, thread } : post))) };
}

/**
 * What `npm run analyze` does with a file: an HTML page (by name or content) goes through the forum
 * adapters, anything else is one post as text. `parseHtml` supplies the DOM (linkedom under Node).
 */
export function analyzeFile(
  content: string,
  fileName: string,
  url: URL,
  parseHtml: (html: string) => Document,
  threadTitle?: string,
): AnalyzeResult {
  if (!looksLikeHtml(content, fileName)) return analyzeFileContent(content, fileName, threadTitle !== undefined ? { title: threadTitle } : undefined);
  const page = analyzePage(parseHtml(content), url, threadTitle);
  return page.ok ? { ok: true, output: page.output } : page;
}
