/**
 * npm run --silent fit-reply-model -- [--corpus FILE.jsonl …] [--cv] [--write]
 *
 * Fits the reply model (lib/analysis/reply-model.ts) to the replies the rules leave unbadged in threads about a back:
 * those of the cause sets (tests/fixtures/cause-sets/) less the held-out ones (lib/tools/held-out.ts), and those of the
 * TUNE split of the labelled corpora (lib/tools/corpus-split.ts), which count three times: they are real, and few;
 * with the same sources' other posts about no back (lib/tools/reply-fit.ts otherPosts).
 * The held-out sets and the corpora's frozen split are never fitted on; they are read after the fit, for figures only:
 * how many of their unbadged back-thread replies the model badges, about a back and not.
 *
 * --cv prints a five-fold figure over the training replies (each fold read by a model fitted on the other four).
 * Then the heaviest features either way, to read for sense. --write saves the weights to
 * lib/analysis/reply-weights.json. Deterministic: the same files give the same weights.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { replyProbability, type ReplyModel } from '../lib/analysis/reply-model';
import { idHash, inSplit } from '../lib/tools/corpus-split';
import { parseCorpus } from '../lib/tools/eval';
import { HELD_OUT_CAUSE_SETS } from '../lib/tools/held-out';
import {
  DEFAULT_REPLY_FIT,
  fitReplyModel,
  otherPosts,
  replyCandidates as candidates,
  type LabelledReply,
  type ReplyCandidate as Candidate,
} from '../lib/tools/reply-fit';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true, default: ['../shared/corpus/dev.jsonl', '../shared/corpus/dev2.jsonl'] },
    cv: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});

const CAUSE_SETS = 'tests/fixtures/cause-sets';
const OUT = 'lib/analysis/reply-weights.json';
/** How many times a real reply of the corpora's tune split counts beside a helper-written one. */
const REAL_COPIES = 3;

const readRows = (file: string) => parseCorpus(readFileSync(file, 'utf8')).rows;
const setFiles = readdirSync(CAUSE_SETS)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => ({ name: /(\d+)/.exec(file)![1]!, file: path.join(CAUSE_SETS, file) }));
const tunedSets = setFiles.filter((set) => !HELD_OUT_CAUSE_SETS.has(set.name));
const heldOutSets = setFiles.filter((set) => HELD_OUT_CAUSE_SETS.has(set.name));

const tunedRows = [
  ...tunedSets.map((set) => ({ rows: readRows(set.file), copies: 1 })),
  ...args.corpus.map((file) => ({ rows: inSplit(readRows(file), 'tune'), copies: REAL_COPIES })),
];
const replies = tunedRows.flatMap(({ rows, copies }) => candidates(rows, copies));
const others = tunedRows.flatMap(({ rows }) => otherPosts(rows, replies));
const training = [...replies, ...others];
const trainedOn = `unbadged replies in back threads of cause sets ${tunedSets.map((set) => set.name).join(', ')} and of the tune split of ${args.corpus.map((file) => path.basename(file)).join(', ')} (×${REAL_COPIES}), and their other posts about no back`;

/** Replies the model badges among `replies`: about a back, and not. */
function badged(replies: readonly LabelledReply[], model: ReplyModel): { relevant: number; not: number } {
  const on = replies.filter((reply) => replyProbability(reply.text, model) >= model.threshold);
  return { relevant: on.filter((reply) => reply.relevant).length, not: on.filter((reply) => !reply.relevant).length };
}

const describe = (name: string, replies: readonly LabelledReply[], model: ReplyModel) => {
  const { relevant, not } = badged(replies, model);
  const about = replies.filter((reply) => reply.relevant).length;
  console.log(
    `${name}: ${replies.length} unbadged back-thread replies (${about} about a back); the model badges ${relevant} about a back and ${not} not`,
  );
};

console.log(
  `fitting on ${replies.length} replies (${replies.filter((reply) => reply.relevant).length} about a back) and ${others.length} other posts about no back`,
);

if (args.cv) {
  const FOLDS = 5;
  let relevant = 0;
  let not = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (reply: Candidate) => idHash(`${reply.id}|${reply.text}`) % FOLDS === fold;
    const model = fitReplyModel(
      training.filter((reply) => !inFold(reply)),
      `fold ${fold}`,
    );
    const read = badged(replies.filter(inFold), model);
    relevant += read.relevant;
    not += read.not;
  }
  const about = replies.filter((reply) => reply.relevant).length;
  console.log(
    `five folds (the replies of each read by a model fitted on the other four): the model badges ${relevant} of ${about} replies about a back and ${not} of ${replies.length - about} not`,
  );
}

const model = fitReplyModel(training, trainedOn, DEFAULT_REPLY_FIT);
console.log(`${model.vocabulary.length} features kept`);
describe(
  'held-out cause sets',
  heldOutSets.flatMap((set) => candidates(readRows(set.file))),
  model,
);
describe(
  'frozen split',
  args.corpus.flatMap((file) => candidates(inSplit(readRows(file), 'frozen'))),
  model,
);
const byWeight = model.vocabulary
  .map((feature, index) => [feature, model.reply.weights![index]!] as const)
  .sort((a, b) => b[1] - a[1]);
console.log(
  'most for a back:',
  byWeight
    .slice(0, 30)
    .map(([feature, weight]) => `${feature} ${weight}`)
    .join(', '),
);
console.log(
  'most against:',
  byWeight
    .slice(-30)
    .map(([feature, weight]) => `${feature} ${weight}`)
    .join(', '),
);
if (args.write) {
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${OUT}`);
}
