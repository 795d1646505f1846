/**
 * Guard on the cause sets (tests/fixtures/cause-sets/, README there): back posts written by helpers who saw neither the
 * code nor the corpora, each read once for a held-out figure and then fixed by class. The held-out sets
 * (lib/tools/held-out.ts) are never read here. The bars sit a little under where the fixes left the sets (set 42,
 * replies that lean on their title, is the lowest: relevance recall 0.85, top-3 0.78): a guard against losing what the
 * fixes bought.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus, spotterPrediction, withOpeningPosts } from '@/lib/tools/eval';
import { HELD_OUT_CAUSE_SETS } from '@/lib/tools/held-out';

const CAUSE_SETS = 'tests/fixtures/cause-sets';
/**
 * Where a set's fixes left it under the usual guard: set 64 (round 24) has advice replies that answer a line
 * they quote from the asker ("> lost my air", then "that's the problem, not the belt"); the quote is someone else's
 * words and is blanked before reading (lib/analysis/text/quotes.ts), so what is left is advice with no back of its own.
 * Set 70 (round 24) is Reddit-style chains of replies of a few words ("every. single. time.", "first set only, then
 * it's gone"), which lean on their thread with nothing of their own to read, for its badges or its causes. Set 87
 * (round 27: busy threads comparing notes) keeps four badges on replies that only talk about the thread's topic: a
 * call for a megathread on back injuries, advice about people who "seize up", a question back to the asker ("does
 * anything go down the arm?") and a coaching cue. Set 103 (round 33) kept one of its six fixes: the round's reviews (README
 * "Accuracy") took back the others, each of which harmed posts outside the set. Set 104 (round 34: busy reply threads,
 * 92 replies of 120 posts) read 0.961 / 0.869 / top-3 0.857 on the engine it was written for (replies 46/57); its bars
 * sit where this round leaves it. Sets 49, 78, 82 and 87 lost precision in round 43 to advice that names a cause of
 * the asker's trouble ("drop your working weights 10-15%", "relearn the brace", "get proper insoles"), which their
 * helpers labelled not about a back and the corpora, dev2 and the real sets' readers label about one (README
 * "Accuracy"): their bars sit where that round leaves them. Set 82 lost a little more in round 45 to a remedy offered
 * for a tweaked back ("heat over ice for this"), which its helper labelled not about a back and every round's real
 * readers label about one.
 */
const LEFT: Record<string, { precision?: number; recall?: number; top3?: number }> = {
  '49': { precision: 0.93 },
  '64': { recall: 0.78 },
  '78': { precision: 0.94 },
  '70': { recall: 0.75, top3: 0.74 },
  '82': { precision: 0.89 },
  '87': { precision: 0.92 },
  '103': { recall: 0.81, top3: 0.75 },
  '104': { precision: 0.96, recall: 0.86, top3: 0.85 },
};

const tuned = readdirSync(CAUSE_SETS)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => /(\d+)/.exec(file)![1]!)
  .filter((name) => !HELD_OUT_CAUSE_SETS.has(name))
  .sort();

const metricsOf = (name: string) =>
  evaluate(withOpeningPosts(parseCorpus(readFileSync(`${CAUSE_SETS}/set-${name}.jsonl`, 'utf8')).rows), spotterPrediction)
    .metrics;

describe('the cause sets fixed by class', () => {
  const all = new Map(tuned.map((name) => [name, metricsOf(name)]));

  it.each(tuned)('set %s keeps its badges and its causes', (name) => {
    const metrics = all.get(name)!;
    expect(metrics.relevance.precision).toBeGreaterThanOrEqual(LEFT[name]?.precision ?? 0.95);
    expect(metrics.relevance.recall).toBeGreaterThanOrEqual(LEFT[name]?.recall ?? 0.83);
    expect(metrics.causes.top3).toBeGreaterThanOrEqual(LEFT[name]?.top3 ?? 0.76);
  });

  it('puts a labelled cause in the top 3 for nine posts in ten across them', () => {
    const top3 = [...all.values()].map((metrics) => metrics.causes.top3);
    expect(top3.reduce((sum, value) => sum + value, 0) / top3.length).toBeGreaterThanOrEqual(0.9);
  });
});
