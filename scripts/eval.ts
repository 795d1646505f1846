/**
 * npm run --silent eval -- --corpus FILE.jsonl [--json] [--errors]
 *
 * Prints Spotter's relevance, cause and red-flag figures beside a plain keyword baseline's.
 * With --json the last line is Spotter's metrics as JSON (DESIGN.md "Contracts"). With --errors
 * it also lists the ids of posts Spotter gets wrong (ids only, never the text).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { baselinePrediction, evaluate, formatComparison, parseCorpus, spotterPrediction } from '../lib/tools/eval';

function fail(message: string): never {
  console.error(`eval: ${message}`);
  console.error('usage: npm run --silent eval -- --corpus FILE.jsonl [--json] [--errors]');
  process.exit(2);
}

const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const corpusFile = corpusAt >= 0 ? args[corpusAt + 1] : undefined;
if (!corpusFile || corpusFile.startsWith('--')) fail('--corpus FILE is required');
const unknown = args.filter((arg, index) => arg.startsWith('--') && !['--corpus', '--json', '--errors'].includes(arg) && index !== corpusAt + 1);
if (unknown.length > 0) fail(`unknown option ${unknown.join(', ')}`);

let text: string;
try {
  text = readFileSync(corpusFile, 'utf8');
} catch (error) {
  fail(`cannot read ${corpusFile}: ${(error as Error).message}`);
}
const { rows, errors } = parseCorpus(text);
for (const error of errors) console.error(`eval: ${corpusFile} ${error}`);
if (rows.length === 0) fail(`${corpusFile} has no usable rows`);

const spotter = evaluate(rows, spotterPrediction);
const baseline = evaluate(rows, baselinePrediction);
console.log(formatComparison(path.basename(corpusFile), spotter.metrics, baseline.metrics));

if (args.includes('--errors')) {
  console.log('\nSpotter misses:');
  for (const outcome of spotter.outcomes) {
    const problems: string[] = [];
    if (!outcome.relevanceCorrect) problems.push(outcome.labelled.relevant ? 'missed relevant' : 'false relevant');
    if (outcome.causeHit === false) {
      problems.push(`causes ${outcome.labelled.causes.join('/')} not in top 3 (${outcome.predicted.causes.slice(0, 3).join(', ') || 'none'})`);
    }
    if (outcome.tierOk === false) problems.push(`tier ${outcome.predicted.triage} < ${outcome.labelled.triage}`);
    if (outcome.falseEmergency) problems.push(`false emergency (labelled ${outcome.labelled.triage})`);
    if (problems.length > 0) console.log(`  ${outcome.id}: ${problems.join('; ')}`);
  }
}

if (args.includes('--json')) {
  const { relevance, causes, redFlags, tiers } = spotter.metrics;
  console.log(
    JSON.stringify({
      relevance: { precision: relevance.precision, recall: relevance.recall, f1: relevance.f1, n: relevance.n },
      causes: { top3: causes.top3, n: causes.n },
      redFlags: { recall: redFlags.recall, falseAlarm: redFlags.falseAlarm, n: redFlags.n },
      tiers,
    }),
  );
}
