/**
 * The logic of `npm run analyze -- FILE [--url URL] [--thread TITLE]` and `npm run analyze -- --jsonl FILE`
 * (DESIGN.md "Contracts"), kept out of the script so tests can check the JSON it prints. Pure: the file's
 * content comes in as a string.
 *
 * Output: {"posts":[{"id","text","relevant","score","features","redFlags":[{"id","tier"}],"triage",
 * "causes":[{"id","score","for":[Reason…],"against":[Reason…]}]}]}, causes best first. With --jsonl, one
 * such post object a line, in input order.
 */
import { assess, type Assessment, type ThreadContext } from '../analysis';
import type { Reason } from '../analysis/types';
import type { Features, RedFlag, TriageTier } from '../features';
import { rowText } from './eval';

export interface PostJson {
  id: string;
  /** The post's own words as Spotter read them. */
  text: string;
  relevant: boolean;
  score: number;
  features: Features;
  redFlags: { id: RedFlag; tier: Exclude<TriageTier, 'self_care'> }[];
  triage: TriageTier;
  causes: { id: string; score: number; for: Reason[]; against: Reason[] }[];
  /** Present when a very long post was cut before analysis. */
  truncated?: { analysedChars: number; totalChars: number };
}

export interface AnalyzeOutput {
  posts: PostJson[];
}

/** One post of the output, from its assessment. */
export function postJson(id: string, text: string, assessment: Assessment): PostJson {
  const post: PostJson = {
    id,
    text,
    relevant: assessment.relevant,
    score: assessment.score,
    features: assessment.features,
    redFlags: assessment.redFlags.map((flag) => ({ id: flag.id, tier: flag.tier })),
    triage: assessment.triage,
    causes: assessment.causes.map((cause) => ({ id: cause.id, score: cause.score, for: cause.for, against: cause.against })),
  };
  if (assessment.truncated) post.truncated = assessment.truncated;
  return post;
}

export interface PostInput {
  id: string;
  text: string;
  thread?: ThreadContext;
}

/** One post (already as text) to its output object. */
export function analyzePost(post: PostInput): PostJson {
  return postJson(post.id, post.text, assess(post.text, post.thread ? { thread: post.thread } : {}));
}

/** Posts (already as text) to the output. HTML pages reach here through the forum adapters. */
export function analyzePosts(posts: readonly PostInput[]): AnalyzeOutput {
  return { posts: posts.map(analyzePost) };
}

/** A row's `thread`: a title string, or `{title, opening}`; anything else is no thread. */
function threadOf(value: unknown): ThreadContext | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : { title: value };
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, opening } = value as Record<string, unknown>;
  const thread: ThreadContext = {};
  if (typeof title === 'string') thread.title = title;
  if (typeof opening === 'string') thread.opening = opening;
  return thread.title || thread.opening ? thread : undefined;
}

/**
 * `--jsonl`: one `{"id","text","thread"?,"position"?}` a line in, one output line (JSON of the post object) per
 * post out, in order. An opening post (`"position":"op"`) is read with its thread's title as its first line,
 * as the adapters read it on a page. A line that is not such an object gets `{"id","error"}` in its place (the id is
 * the row's own, or `line-N`), so outputs stay aligned with inputs line for line.
 */
export function analyzeJsonl(content: string): string[] {
  const out: string[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      out.push(JSON.stringify({ id: `line-${index + 1}`, error: 'not valid JSON' }));
      return;
    }
    const { id, text, thread, position } = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    const rowId = typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${index + 1}`;
    if (typeof text !== 'string') {
      out.push(JSON.stringify({ id: rowId, error: 'needs a string "text"' }));
      return;
    }
    const threadContext = threadOf(thread);
    const own = rowText(text, thread, position);
    out.push(
      JSON.stringify(analyzePost(threadContext ? { id: rowId, text: own, thread: threadContext } : { id: rowId, text: own })),
    );
  });
  return out;
}

/** Whether a file is an HTML page rather than a post as text: by name, then by its first markup. */
export function looksLikeHtml(content: string, fileName = ''): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  const start = content
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/.test(start) ||
    (/<\/(?:div|p|article|section)>/.test(start) && /^</.test(start))
  );
}

export interface CliArgs {
  file: string;
  url?: string;
  /** The thread's title, for a post given as text. */
  thread?: string;
  /** The file is JSON Lines, one post a line. */
  jsonl?: true;
}

/** Reads `FILE [--url URL] [--thread TITLE]` or `--jsonl FILE`; returns an error message for anything else. */
export function parseAnalyzeArgs(args: readonly string[]): CliArgs | { error: string } {
  const rest = [...args];
  let url: string | undefined;
  let thread: string | undefined;
  const threadAt = rest.indexOf('--thread');
  if (threadAt >= 0) {
    thread = rest[threadAt + 1];
    if (thread === undefined || thread.startsWith('--')) return { error: '--thread needs a TITLE' };
    rest.splice(threadAt, 2);
  }
  const jsonlAt = rest.indexOf('--jsonl');
  const jsonl = jsonlAt >= 0;
  if (jsonl) rest.splice(jsonlAt, 1);
  const urlAt = rest.indexOf('--url');
  if (urlAt >= 0) {
    url = rest[urlAt + 1];
    if (!url || url.startsWith('--')) return { error: '--url needs a URL' };
    try {
      new URL(url);
    } catch {
      return { error: `--url ${url} is not a valid URL` };
    }
    rest.splice(urlAt, 2);
  }
  const unknown = rest.filter((arg) => arg.startsWith('--'));
  if (unknown.length > 0) return { error: `unknown option ${unknown.join(', ')}` };
  if (rest.length !== 1) return { error: rest.length === 0 ? 'FILE is required' : `one FILE only, got ${rest.length}` };
  if (jsonl && (url !== undefined || thread !== undefined))
    return { error: "--jsonl takes each post's thread from its line; no --url or --thread" };
  const parsed: CliArgs = { file: rest[0]! };
  if (url !== undefined) parsed.url = url;
  if (thread !== undefined) parsed.thread = thread;
  if (jsonl) parsed.jsonl = true;
  return parsed;
}

/** `notice`: something a reader of the output should know (the adapter fell back to the generic one), for stderr. */
export type AnalyzeResult = { ok: true; output: AnalyzeOutput; notice?: string } | { ok: false; error: string };

/**
 * Analyzes one text file's content as one post with id "post-1". HTML pages need a DOM and the
 * forum adapters (`analyzeFile` in lib/analyze-page.ts sends them there); given one here,
 * it answers with a clear error rather than reading markup as words.
 */
export function analyzeFileContent(content: string, fileName: string, thread?: ThreadContext): AnalyzeResult {
  if (looksLikeHtml(content, fileName)) {
    return {
      ok: false,
      error: `${fileName} looks like an HTML page; read it with analyzePage (lib/analyze-page.ts), which finds its posts through the forum adapters.`,
    };
  }
  return { ok: true, output: analyzePosts([thread ? { id: 'post-1', text: content, thread } : { id: 'post-1', text: content }]) };
}
