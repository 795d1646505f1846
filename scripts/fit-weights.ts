/**
 * npm run --silent fit-weights -- [--corpus FILE.jsonl …] [--write]
 *
 * Fits the cause ranker's weights (lib/analysis/rank-model.ts) to the labelled corpora's TUNE split
 * only (lib/tools/corpus-split.ts; the frozen split is never read here). Picks the regularisation by
 * 5-fold cross-validation on tune, prints cross-validated top-1 and top-3 beside the hand-set weights,
 * then every fitted weight to be read for sense, and with --write saves them to
 * lib/analysis/fitted-weights.ts. Deterministic: the same corpora give the same file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG } from '../lib/catalog';
import { readForRanking } from '../lib/analysis';
import { rankInputs } from '../lib/analysis/rank';
import { buildModel, priorWeights } from '../lib/analysis/rank-model';
import { inSplit } from '../lib/tools/corpus-split';
import { parseCorpus, threadOf, type CorpusRow } from '../lib/tools/eval';
import { DEFAULT_FIT, crossValidate, fitWeights, topK, type RankSample } from '../lib/tools/fit-ranker';

const DEFAULT_CORPORA = ['../shared/corpus/dev.jsonl', '../shared/corpus/dev2.jsonl'];
const OUT = path.join('lib', 'analysis', 'fitted-weights.ts');
const LAMBDAS = [0.003, 0.01, 0.03, 0.1];

const args = process.argv.slice(2);
const corpora: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--corpus' && args[i + 1]) corpora.push(args[++i]!);
  else if (args[i] !== '--write') {
    console.error(
      `fit-weights: unknown option ${args[i]}\nusage: npm run --silent fit-weights -- [--corpus FILE.jsonl …] [--write]`,
    );
    process.exit(2);
  }
}
const files = corpora.length > 0 ? corpora : DEFAULT_CORPORA;

const rows: CorpusRow[] = files.flatMap((file) => parseCorpus(readFileSync(file, 'utf8')).rows);
const tune = inSplit(rows, 'tune').filter((row) => row.relevant && (row.causes?.length ?? 0) > 0);
const samples: RankSample[] = tune.map((row) => {
  const thread = threadOf(row);
  const { features, sentences } = readForRanking(row.text, thread ? { thread } : {});
  const { present, phrases } = rankInputs(features, sentences);
  return {
    id: row.id,
    labels: row.causes ?? [],
    present,
    phrase: Object.fromEntries([...phrases].map(([id, hit]) => [id, hit.similarity])),
  };
});
console.log(
  `tune split of ${files.map((file) => path.basename(file)).join(' + ')}: ${samples.length} relevant posts with labelled causes`,
);

let best = { lambda: LAMBDAS[0]!, top3: -1, top1: -1 };
console.log('\n5-fold cross-validation on tune (ranking from the features the engine reads):');
console.log('lambda   hand top-1  hand top-3  fitted top-1  fitted top-3');
for (const lambda of LAMBDAS) {
  const { hand, fitted } = crossValidate(samples, CATALOG, { ...DEFAULT_FIT, lambda });
  console.log(
    `${String(lambda).padEnd(7)}  ${hand.top1.toFixed(3).padStart(10)}  ${hand.top3.toFixed(3).padStart(10)}  ${fitted.top1.toFixed(3).padStart(12)}  ${fitted.top3.toFixed(3).padStart(12)}`,
  );
  if (fitted.top3 > best.top3 || (fitted.top3 === best.top3 && fitted.top1 > best.top1))
    best = { lambda, top3: fitted.top3, top1: fitted.top1 };
}
console.log(`chosen lambda ${best.lambda}`);

const trainedOn = `tune split of ${files.map((file) => path.basename(file)).join(' + ')} (${samples.length} posts), lambda ${best.lambda}, by scripts/fit-weights.ts`;
const fitted = fitWeights(samples, CATALOG, { ...DEFAULT_FIT, lambda: best.lambda }, trainedOn);
const inSample = topK(buildModel(CATALOG, fitted), samples);
console.log(`in-sample on tune (optimistic): top-1 ${inSample.top1}, top-3 ${inSample.top3}`);
console.log(`phrase weight ${fitted.phraseWeight}`);
console.log(
  '\nbiases:',
  Object.entries(fitted.bias)
    .map(([id, value]) => `${id} ${value > 0 ? '+' : ''}${value}`)
    .join(', ') || 'none',
);
const prior = priorWeights(CATALOG);
console.log('\ndeltas to the hand-set weights (read each for sense; "new" where the catalog states nothing):');
for (const [cause, deltas] of Object.entries(fitted.delta)) {
  const shown = Object.entries(deltas).map(([id, value]) => {
    const base = prior.get(cause)?.get(id as never) ?? 0;
    return `${id} ${base === 0 ? 'new ' : `${base.toFixed(2)}`}${value! > 0 ? '+' : ''}${value}`;
  });
  console.log(`  ${cause}: ${shown.join(', ')}`);
}

if (args.includes('--write')) {
  const body = JSON.stringify(fitted, null, 2);
  writeFileSync(
    OUT,
    `/**\n * The cause ranker's fitted deltas to the catalog's hand-set profiles (lib/analysis/rank-model.ts).\n * Written by scripts/fit-weights.ts (npm run fit-weights -- --write); do not edit by hand: refit.\n */\nimport type { FittedWeights } from './rank-model';\n\nexport const FITTED_WEIGHTS: FittedWeights = ${body};\n`,
  );
  // The project's formatter has the last word on layout, so a refit passes `npm run lint` as written.
  execFileSync(path.join('node_modules', '.bin', 'biome'), ['format', '--write', OUT], { stdio: 'ignore' });
  console.log(`\nwrote ${OUT}`);
}
