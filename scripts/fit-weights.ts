/**
 * npm run --silent fit-weights -- [--corpus FILE.jsonl …] [--real FILE.jsonl …] [--prior-scale S] [--repeats N] [--save-cv FILE.json] [--compare FILE.json] [--nested] [--warm] [--write]
 *
 * Fits the cause ranker's weights (lib/analysis/rank-model.ts) to the labelled corpora's TUNE split
 * only (lib/tools/corpus-split.ts; the frozen split is never read here), and with `--real` to the tune split of the
 * real sets too (docs/real-posts.md: kept outside the repository, so the shipped weights are rewritten byte for byte
 * only where they are at hand), each corpus post counted CORPUS_WEIGHT times. `--prior-scale` keeps that share of
 * the hand-set profiles instead of letting cross-validation pick it (the regularisation is still picked). The shipped
 * weights (round 46): `--real` with the tune splits of rounds 41 to 45's sets and `--prior-scale 0.5`. With the real
 * sets cross-validation picks 0.35, which let the forum's label frequencies outvote the seed's own case, the overhead
 * press that hinges the mid back (the vBulletin fixture's thoracic segment hinging fell to fourth); at 0.5 it holds, and
 * the held-out figures differ by a post or two (README, "Frozen split and fitted ranker"). Picks the regularisation by
 * repeated 5-fold cross-validation on tune (N repeats, default 10), prints cross-validated top-1 and top-3
 * (mean ± standard error over posts) of the whole engine (a post it does not read as about a back shows
 * no causes: a miss) beside the hand-set weights, then every fitted weight to be read for sense, and with
 * --write saves them to lib/analysis/fitted-weights.ts. Deterministic: the same corpora give the same file.
 *
 * --save-cv keeps the chosen set-up's per-post held-out hits; --compare reads such a file and prints the
 * paired difference (this run − that one) with its standard error: how to tell whether a change to the
 * lexicon, the catalog or the fit generalises, rather than lifting the tune split's in-sample figure.
 * --nested also runs a nested cross-validation (the set-up chosen inside each outer fold; slow, about a
 * minute): the honest figure for the whole procedure, since picking the best set-up on one CV flatters it.
 *
 * --warm starts from the weights in lib/analysis/fitted-weights.ts as they stand and shrinks toward them instead of
 * toward the hand-set profiles (with their share of the profiles, so --prior-scale is not asked), and compares with
 * them in the cross-validation: what posts no longer at hand taught (round 51 lost rounds 41 to 50's sets) stays
 * unless the new posts argue against it. `trainedOn` records the weights it started from, so a warm refit is
 * rewritten byte for byte from that file and the same posts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG } from '../lib/catalog';
import { assess, readForRanking } from '../lib/analysis';
import { rankInputs } from '../lib/analysis/rank';
import { buildModel, priorWeights } from '../lib/analysis/rank-model';
import { FITTED_WEIGHTS } from '../lib/analysis/fitted-weights';
import { inSplit } from '../lib/tools/corpus-split';
import { parseCorpus, rowText, threadOf, withOpeningPosts, type CorpusRow } from '../lib/tools/eval';
import {
  DEFAULT_CV,
  DEFAULT_FIT,
  chooseSetUp,
  crossValidate,
  fitWeights,
  nestedCrossValidate,
  pairedDifference,
  topK,
  type CvFigure,
  type CvScores,
  type FitOptions,
  type RankSample,
  type SetUpResult,
} from '../lib/tools/fit-ranker';

const DEFAULT_CORPORA = ['../shared/corpus/dev.jsonl', '../shared/corpus/dev2.jsonl'];
/**
 * How many times a corpus post counts beside a post of the real sets (`--real`, docs/real-posts.md): the corpora's
 * labels are the project's own and their held-out siblings measure issue 12, and the real sets' readers label a few
 * causes more freely (tight muscles, too much training). Round 46, decided on the tune split: fitted on both with the
 * corpora counted once, the corpora's own tune split lost 2 of 124 posts' top 3 (3 at the prior share cross-validation
 * picks); counted three times, none.
 */
const CORPUS_WEIGHT = 3;
const OUT = path.join('lib', 'analysis', 'fitted-weights.ts');
/**
 * The set-ups cross-validation chooses between: the L2 weight on the deltas, and how much of the hand-set
 * profiles the fit starts from. Issue 12, measured: a third to a half of the prior generalised better than
 * the whole of it (+0.03 to +0.04 cross-validated top-3, +0.05 to +0.07 top-1); chooseSetUp takes the most
 * hand-set of those the data cannot tell apart. A quarter scored about the same again on the posts
 * but let the per-cause offsets (how often forum posts are labelled with a cause) outvote the catalog on the
 * questionnaire, which has no sentences to match: a mid-back cramp on bench answered in the popup no longer
 * ranked the shortened-position cramp first. So the mix stays at a third or more.
 */
const GRID: readonly Pick<FitOptions, 'lambda' | 'priorScale'>[] = [0.01, 0.03].flatMap((lambda) =>
  [0.35, 0.5, 1].map((priorScale) => ({ lambda, priorScale })),
);
const USAGE =
  'usage: npm run --silent fit-weights -- [--corpus FILE.jsonl …] [--real FILE.jsonl …] [--prior-scale S] [--repeats N] [--save-cv FILE.json] [--compare FILE.json] [--nested] [--warm] [--write]';

const args = process.argv.slice(2);
const corpora: string[] = [];
const realSets: string[] = [];
let priorScale: number | undefined;
let repeats = DEFAULT_CV.repeats;
let saveCv: string | undefined;
let compareWith: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = args[i + 1];
  if (arg === '--write' || arg === '--nested' || arg === '--warm') continue;
  if (
    !value ||
    value.startsWith('--') ||
    !['--corpus', '--real', '--prior-scale', '--repeats', '--save-cv', '--compare'].includes(arg)
  ) {
    console.error(`fit-weights: unknown option or missing value: ${arg}\n${USAGE}`);
    process.exit(2);
  }
  i++;
  if (arg === '--corpus') corpora.push(value);
  else if (arg === '--real') realSets.push(value);
  else if (arg === '--prior-scale') {
    priorScale = Number(value);
    if (!GRID.some((setUp) => setUp.priorScale === priorScale)) {
      console.error(
        `fit-weights: --prior-scale is one of ${[...new Set(GRID.map((setUp) => setUp.priorScale))].join(', ')}\n${USAGE}`,
      );
      process.exit(2);
    }
  } else if (arg === '--save-cv') saveCv = value;
  else if (arg === '--compare') compareWith = value;
  else {
    repeats = Number(value);
    if (!Number.isInteger(repeats) || repeats < 1) {
      console.error(`fit-weights: --repeats needs a whole number of at least 1\n${USAGE}`);
      process.exit(2);
    }
  }
}
const warm = args.includes('--warm');
if (warm && priorScale !== undefined) {
  console.error(`fit-weights: --warm keeps the share of the profiles its start has (${FITTED_WEIGHTS.priorScale})\n${USAGE}`);
  process.exit(2);
}
const startOptions: Partial<FitOptions> = warm ? { start: FITTED_WEIGHTS } : {};
const scale = warm ? (FITTED_WEIGHTS.priorScale ?? 1) : priorScale;
const files = corpora.length > 0 ? corpora : DEFAULT_CORPORA;

// Each post read as eval and the page read it: a reply with its thread's opening post where the file holds it.
const readRows = (file: string): CorpusRow[] => withOpeningPosts(parseCorpus(readFileSync(file, 'utf8')).rows);
const rows: CorpusRow[] = files.flatMap(readRows);
const realRows = new Set(realSets.flatMap(readRows));
const tune = inSplit([...rows, ...realRows], 'tune').filter((row) => row.relevant && (row.causes?.length ?? 0) > 0);
const samples: RankSample[] = tune.map((row) => {
  const thread = threadOf(row);
  const text = rowText(row.text, row.thread, row.position);
  const { features, sentences } = readForRanking(text, thread ? { thread } : {});
  const { present, phrases, stories } = rankInputs(features, sentences);
  return {
    id: row.id,
    labels: row.causes ?? [],
    present,
    phrase: Object.fromEntries([...phrases].map(([id, hit]) => [id, hit.similarity])),
    story: Object.fromEntries([...stories].map(([id, told]) => [id, told.strength])),
    relevant: assess(text, thread ? { thread, rank: false } : { rank: false }).relevant,
    weight: realRows.has(row) ? 1 : CORPUS_WEIGHT,
  };
});
console.log(
  `tune split of ${[...files, ...realSets].map((file) => path.basename(file)).join(' + ')}: ${samples.length} relevant posts with labelled causes` +
    (realSets.length > 0 ? ` (each of the corpora's counted ${CORPUS_WEIGHT} times)` : ''),
);

const figure = ({ mean, se }: CvFigure): string => `${mean.toFixed(3)} ± ${se.toFixed(3)}`;
const plan = { ...DEFAULT_CV, repeats };
console.log(
  `\n${plan.folds}-fold cross-validation on tune, ${plan.repeats} repeats (whole engine: a post not read as about a back is a miss):`,
);
const baseName = warm ? 'start' : 'hand ';
console.log(`lambda  prior  ${baseName} top-1     ${baseName} top-3     fitted top-1    fitted top-3`);
const results: (SetUpResult & { base: CvScores })[] = [];
// The set-ups compared, here and in the nested check: those with the fixed share of the prior when one is asked for.
const setUps = GRID.filter((candidate) => scale === undefined || candidate.priorScale === scale);
for (const setUp of setUps) {
  const options = { ...DEFAULT_FIT, ...setUp, ...startOptions };
  const { base, fitted } = crossValidate(samples, CATALOG, options, plan);
  console.log(
    `${String(setUp.lambda).padEnd(6)}  ${String(setUp.priorScale).padEnd(5)}  ${figure(base.top1)}  ${figure(base.top3)}  ${figure(fitted.top1)}  ${figure(fitted.top3)}`,
  );
  results.push({ options, fitted, base });
}
const chosen = results.find((result) => result.options === chooseSetUp(results).options)!;
console.log(
  `chosen: lambda ${chosen.options.lambda}, prior scale ${chosen.options.priorScale} (the most hand-set of the set-ups within one paired SE of the best)`,
);
const gain = pairedDifference(chosen.base, chosen.fitted);
console.log(
  `fitted − ${warm ? 'start' : 'hand-set'} (paired over posts): top-1 ${figure(gain.top1)}, top-3 ${figure(gain.top3)}`,
);
const rankerOnly = crossValidate(
  samples.map(({ relevant: _relevant, ...sample }) => sample),
  CATALOG,
  chosen.options,
  plan,
);
console.log(
  `ranker alone (every post ranked, relevant or not): ${baseName.trim()} ${figure(rankerOnly.base.top3)} top-3, fitted ${figure(rankerOnly.fitted.top1)} top-1, ${figure(rankerOnly.fitted.top3)} top-3`,
);
if (args.includes('--nested')) {
  const nested = nestedCrossValidate(
    samples,
    CATALOG,
    setUps.map((setUp) => ({ ...DEFAULT_FIT, ...setUp, ...startOptions })),
  );
  const picks = new Map<string, number>();
  for (const options of nested.chosen) {
    const key = `lambda ${options.lambda} prior ${options.priorScale}`;
    picks.set(key, (picks.get(key) ?? 0) + 1);
  }
  console.log(
    `nested (set-up chosen inside each outer fold): fitted ${figure(nested.top1)} top-1, ${figure(nested.top3)} top-3; chosen ${[...picks].map(([key, count]) => `${key} ×${count}`).join(', ')}`,
  );
}
if (compareWith) {
  const saved = JSON.parse(readFileSync(compareWith, 'utf8')) as CvScores;
  const change = pairedDifference(saved, chosen.fitted);
  console.log(
    `this run − ${path.basename(compareWith)} (paired over ${change.n} posts): top-1 ${figure(change.top1)}, top-3 ${figure(change.top3)}`,
  );
}
if (saveCv) {
  writeFileSync(saveCv, `${JSON.stringify(chosen.fitted)}\n`);
  console.log(`saved per-post held-out hits to ${saveCv}`);
}

const trainedOn = `tune split of ${files.map((file) => path.basename(file)).join(' + ')}${realSets.length > 0 ? ` (each post counted ${CORPUS_WEIGHT} times) + ${realSets.map((file) => path.basename(file)).join(' + ')}` : ''} (${samples.length} posts), lambda ${chosen.options.lambda}, prior scale ${chosen.options.priorScale}${warm ? `, started from (${FITTED_WEIGHTS.trainedOn})` : ''}, by scripts/fit-weights.ts`;
const fitted = fitWeights(samples, CATALOG, chosen.options, trainedOn);
const inSample = topK(buildModel(CATALOG, fitted), samples);
console.log(`in-sample on tune (optimistic): top-1 ${inSample.top1}, top-3 ${inSample.top3}`);
console.log(`phrase weight ${fitted.phraseWeight}`);
console.log(
  '\nbiases:',
  Object.entries(fitted.bias)
    .map(([id, value]) => `${id} ${value > 0 ? '+' : ''}${value}`)
    .join(', ') || 'none',
);
const prior = priorWeights(CATALOG, chosen.options.priorScale);
console.log(
  `\ndeltas to the hand-set weights × ${chosen.options.priorScale} (read each for sense; "new" where the catalog states nothing):`,
);
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
    `/**\n * The cause ranker's fitted deltas to the catalog's hand-set profiles (lib/analysis/rank-model.ts).\n * Written by scripts/fit-weights.ts with \`--write\` (how it was fitted: \`trainedOn\` below, and README's "Frozen split and\n * fitted ranker" for the command); do not edit by hand: refit.\n */\nimport type { FittedWeights } from './rank-model';\n\nexport const FITTED_WEIGHTS: FittedWeights = ${body};\n`,
  );
  // The project's formatter has the last word on layout, so a refit passes `npm run lint` as written.
  execFileSync(path.join('node_modules', '.bin', 'biome'), ['format', '--write', OUT], { stdio: 'ignore' });
  console.log(`\nwrote ${OUT}`);
}
