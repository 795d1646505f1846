/**
 * The analysis engine's cost per post in Node, over the labelled dev corpus (texts are only read
 * here, never stored or printed). Each post is assessed once per pass; the first passes warm up the
 * JIT and are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assess } from '../../lib/analysis';
import type { AnalysisTiming } from '../../lib/tools/bench/report';
import { median, percentile } from '../../lib/tools/bench/stats';

const WARMUP_PASSES = 3;

export function readCorpusTexts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

function timePerPost(texts: readonly string[], passes: number, rank: boolean): number[] {
  const samples: number[] = [];
  for (let pass = 0; pass < WARMUP_PASSES + passes; pass++) {
    for (const text of texts) {
      const start = performance.now();
      assess(text, { rank });
      const elapsed = performance.now() - start;
      if (pass >= WARMUP_PASSES) samples.push(elapsed);
    }
  }
  return samples;
}

/** Per-post timings of `assess` over the corpus at `file`, or null when there is no corpus. */
export function timeAnalysis(file: string, passes: number): AnalysisTiming | null {
  if (!existsSync(file)) return null;
  const texts = readCorpusTexts(file);
  const full = timePerPost(texts, passes, true);
  const relevance = timePerPost(texts, passes, false);
  return {
    corpus: file,
    posts: texts.length,
    iterations: passes,
    fullMedianMs: median(full),
    fullP99Ms: percentile(full, 99),
    relevanceMedianMs: median(relevance),
    relevanceP99Ms: percentile(relevance, 99),
  };
}
