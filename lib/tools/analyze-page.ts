/**
 * `npm run analyze -- page.html --url URL`: a saved thread page through the same adapters the
 * content script uses, so what the command line reports is what a reader would see badged.
 */
import { chooseAdapter } from '../adapters';
import { readPostText } from '../adapters/types';
import type { ThreadContext } from '../analysis';
import { analyzeFileContent, analyzePosts, looksLikeHtml, type AnalyzeOutput, type AnalyzeResult } from './analyze-output';

export type PageAnalysis =
  | { ok: true; adapter: string; fallbackReason: string | null; output: AnalyzeOutput }
  | { ok: false; error: string };

/**
 * Finds the page's posts with the adapter `chooseAdapter` picks from the page's markers (falling back
 * to the generic one as the content script does), and says when it fell back.
 */
export function analyzePage(doc: Document, url: URL, threadTitle?: string): PageAnalysis {
  // A page where no adapter sees a thread is read by the generic one, which finds no posts there.
  const choice = chooseAdapter('auto', doc, url) ?? chooseAdapter('generic', doc, url)!;
  const { adapter, fallbackReason } = choice;
  let posts: { id: string; text: string }[];
  try {
    posts = adapter.findPosts(doc, url).map((post) => ({ id: post.id, text: readPostText(post) }));
  } catch (error) {
    return { ok: false, error: `the ${adapter.id} adapter failed: ${(error as Error).message}` };
  }
  // The thread's title and opening post from the page, as the badges read them; `--thread` replaces the title.
  const fromPage = adapter.threadContext?.(doc, url);
  const thread: ThreadContext | undefined = threadTitle !== undefined ? { ...fromPage, title: threadTitle } : fromPage;
  return {
    ok: true,
    adapter: adapter.id,
    fallbackReason,
    output: analyzePosts(posts.map((post) => (thread ? { ...post, thread } : post))),
  };
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
  if (!looksLikeHtml(content, fileName))
    return analyzeFileContent(content, fileName, threadTitle !== undefined ? { title: threadTitle } : undefined);
  const page = analyzePage(parseHtml(content), url, threadTitle);
  if (!page.ok) return page;
  return page.fallbackReason ? { ok: true, output: page.output, notice: page.fallbackReason } : { ok: true, output: page.output };
}
