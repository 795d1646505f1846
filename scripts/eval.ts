/**
 * npm run --silent eval -- --corpus FILE.jsonl [--corpus FILE2.jsonl …] [--split tune|frozen|all] [--title-only] [--json] [--errors]
 *
 * Prints Spotter's relevance, cause and red-flag figures beside a plain keyword baseline's, on the
 * rows of every given corpus together. --split keeps the tuning rows or the frozen held-out rows
 * only (lib/tools/corpus-split.ts; default all); --errors is refused on the frozen split, so its
 * misses are never read while tuning. A reply is read with its thread's title and, where the same corpus file
 * holds its thread's opening post, with that post too, as on a thread's first page (`withOpeningPosts`; a reply with
 * no title takes the one opening post from its page, by its `source` address); --title-only reads every reply with
 * its title alone.
 * With --json the last line is Spotter's metrics as JSON (DESIGN.md "Contracts"). With --errors
 * it also lists the ids of posts Spotter gets wrong (ids only, never the text).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  baselinePrediction,
  evaluate,
  formatComparison,
  parseCorpus,
  spotterPrediction,
  withOpeningPosts,
  type CorpusRow,
} from '../lib/tools/eval';
import { SPLIT_CHOICES, inSplit, type SplitChoice } from '../lib/tools/corpus-split';

function fail(message: string): never {
  console.error(`eval: ${message}`);
  console.error(
    'usage: npm run --silent eval -- --corpus FILE.jsonl [--corpus FILE.jsonl …] [--split tune|frozen|all] [--title-only] [--json] [--errors]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const corpusFiles: string[] = [];
let split: SplitChoice = 'all';
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--corpus' || arg === '--split') {
    const value = args[++i];
    if (!value || value.startsWith('--')) fail(`${arg} needs a value`);
    if (arg === '--corpus') corpusFiles.push(value);
    else if ((SPLIT_CHOICES as readonly string[]).includes(value)) split = value as SplitChoice;
    else fail(`--split must be one of ${SPLIT_CHOICES.join(', ')}`);
  } else if (arg !== '--json' && arg !== '--errors' && arg !== '--title-only') {
    fail(`unknown option ${arg}`);
  }
}
if (corpusFiles.length === 0) fail('--corpus FILE is required');
if (split === 'frozen' && args.includes('--errors'))
  fail('--errors is not available on the frozen split: its misses are not read while tuning');

const allRows: CorpusRow[] = [];
for (const corpusFile of corpusFiles) {
  let text: string;
  try {
    text = readFileSync(corpusFile, 'utf8');
  } catch (error) {
    fail(`cannot read ${corpusFile}: ${(error as Error).message}`);
  }
  const { rows, errors } = parseCorpus(text);
  for (const error of errors) console.error(`eval: ${corpusFile} ${error}`);
  if (rows.length === 0) fail(`${corpusFile} has no usable rows`);
  // Opening posts are looked up in the post's own file: two corpora may hold threads of the same title.
  allRows.push(...(args.includes('--title-only') ? rows : withOpeningPosts(rows)));
}
const rows = inSplit(allRows, split);
if (rows.length === 0) fail(`no rows in the ${split} split`);

const spotter = evaluate(rows, spotterPrediction);
const baseline = evaluate(rows, baselinePrediction);
const corpusName = corpusFiles.map((file) => path.basename(file)).join(' + ') + (split === 'all' ? '' : `, ${split} split`);
console.log(formatComparison(corpusName, spotter.metrics, baseline.metrics));

// Replies are where thread context matters: their relevance recall on its own line.
const replies = spotter.outcomes.filter((outcome, index) => rows[index]!.position === 'reply' && outcome.labelled.relevant);
if (replies.length > 0) {
  const found = replies.filter((outcome) => outcome.predicted.relevant).length;
  console.log(`relevance recall on replies: ${((found / replies.length) * 100).toFixed(1)}% (${found}/${replies.length})`);
}

// False alarms the scored rows leave out (docs/real-posts.md): an emergency raised on a post not about a back badges it.
const notAboutABack = spotter.outcomes.filter((outcome) => !outcome.labelled.relevant);
if (notAboutABack.length > 0) {
  const raised = notAboutABack.filter((outcome) => outcome.predicted.triage === 'emergency').length;
  console.log(`emergencies raised on posts not about a back: ${raised}/${notAboutABack.length}`);
}

if (args.includes('--errors')) {
  console.log('\nSpotter misses:');
  for (const outcome of spotter.outcomes) {
    const problems: string[] = [];
    if (!outcome.relevanceCorrect) problems.push(outcome.labelled.relevant ? 'missed relevant' : 'false relevant');
    if (outcome.causeHit === false) {
      problems.push(
        `causes ${outcome.labelled.causes.join('/')} not in top 3 (${outcome.predicted.causes.slice(0, 3).join(', ') || 'none'})`,
      );
    }
    if (outcome.tierOk === false) problems.push(`tier ${outcome.predicted.triage} < ${outcome.labelled.triage}`);
    if (outcome.falseEmergency) problems.push(`false emergency (labelled ${outcome.labelled.triage})`);
    if (!outcome.labelled.relevant && outcome.predicted.triage === 'emergency')
      problems.push('emergency on a post not about a back');
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
