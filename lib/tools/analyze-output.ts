/**
 * The logic of `npm run analyze -- FILE [--url URL]` (DESIGN.md "Contracts"), kept out of the
 * script so tests can check the JSON it prints. Pure: the file's content comes in as a string.
 *
 * Output: {"posts":[{"id","relevant","score","features","redFlags":[{"id","tier"}],"triage",
 * "causes":[{"id","score","for":[Reason…],"against":[Reason…]}]}]}, causes best first.
 */
import { assess, type Assessment } from '../analysis';
import type { Reason } from '../analysis/types';
import type { Features, RedFlag, TriageTier } from '../features';

export interface PostJson {
  id: string;
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
export function postJson(id: string, assessment: Assessment): PostJson {
  const post: PostJson = {
    id,
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

/** Posts (already as text) to the output. HTML pages reach here through the forum adapters. */
export function analyzePosts(posts: readonly { id: string; text: string }[]): AnalyzeOutput {
  return { posts: posts.map((post) => postJson(post.id, assess(post.text))) };
}

/** Whether a file is an HTML page rather than a post as text: by name, then by its first markup. */
export function looksLikeHtml(content: string, fileName = ''): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  const start = content.slice(0, 2048).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/.test(start) || (/<\/(?:div|p|article|section)>/.test(start) && /^</.test(start));
}

export interface CliArgs {
  file: string;
  url?: string;
}

/** Reads `FILE [--url URL]`; returns an error message for anything else. */
export function parseAnalyzeArgs(args: readonly string[]): CliArgs | { error: string } {
  const rest = [...args];
  let url: string | undefined;
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
  return url === undefined ? { file: rest[0]! } : { file: rest[0]!, url };
}

export type AnalyzeResult = { ok: true; output: AnalyzeOutput } | { ok: false; error: string };

/**
 * Analyzes one text file's content as one post with id "post-1". HTML pages need a DOM and the
 * forum adapters (`analyzeFile` in lib/analyze-page.ts sends them there); given one here,
 * it answers with a clear error rather than reading markup as words.
 */
export function analyzeFileContent(content: string, fileName: string): AnalyzeResult {
  if (looksLikeHtml(content, fileName)) {
    return {
      ok: false,
      error: `${fileName} looks like an HTML page; read it with analyzePage (lib/analyze-page.ts), which finds its posts through the forum adapters.`,
    };
  }
  return { ok: true, output: analyzePosts([{ id: 'post-1', text: content }]) };
}
