/**
 * npm run --silent fit-emergency-model -- [--held-out 15,25,28,30,33,35,40,43] [--cv] [--write]
 *
 * Fits the emergency model (lib/analysis/emergency-model.ts) to the helper-written red-flag lists
 * (tests/fixtures/red-flag-lists/, emergencies against urgent posts and look-alikes), the cause sets
 * (tests/fixtures/cause-sets/, ordinary back posts) as posts with no emergency, and the probe suite's tuning share.
 * `--held-out` names lists and cause sets alike, never read here (15,25,28,30,33,35,40,43: red-flag lists 15, 25, 28, 30, 33, 35, 40 and 43, and cause
 * set 25):
 * they measure the model. Cause sets after 24 were written after it was fitted (round 11) and are not read here
 * (LAST_CAUSE_SET), so a new set never changes its weights unasked; nor are red-flag lists after 30 (LAST_LIST).
 *
 * --cv prints a leave-one-list-out figure: for each list, fitted on all the others, how many of its
 * emergencies the model raises on its own (anchored and over the threshold) and how many of its other posts.
 * --write saves the weights to lib/analysis/emergency-weights.json. Deterministic: the same files give the
 * same weights.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { capText, flagModifierInput } from '../lib/analysis/extract';
import { anchoredFlags, EMERGENCY_FLAGS, readEmergency, type EmergencyFlag } from '../lib/analysis/emergency-model';
import { DEFAULT_EMERGENCY_FIT, fitEmergencyModel, type LabelledPost } from '../lib/tools/emergency-fit';
import { rowText } from '../lib/tools/eval';
import { generateProbes } from '../lib/tools/probes/generate';
import { CONCEPTS } from '../lib/tools/probes/concepts';

const { values: args } = parseArgs({
  options: {
    'held-out': { type: 'string', default: '15,25,28,30,33,35,40,43' },
    cv: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});

const LISTS = 'tests/fixtures/red-flag-lists';
const CAUSE_SETS = 'tests/fixtures/cause-sets';
const OUT = 'lib/analysis/emergency-weights.json';
const heldOut = new Set(args['held-out'].split(',').map((name) => name.trim().padStart(2, '0')));

interface Row {
  text: string;
  /** The list post's title, or a cause set's thread title. */
  title?: string;
  thread?: string;
  position?: 'op' | 'reply';
  tier?: string;
  flags?: string[];
}

/**
 * The text as the engine reads it (lib/tools/eval.ts `rowText`): an opening post's title is its first line. Cause
 * sets say which posts open a thread; a red-flag list's titled post opens one unless its title marks a reply ("Re: …").
 */
function engineText(row: Row): string {
  const title = row.title ?? row.thread ?? '';
  const position = row.position ?? (title !== '' && !/^re:/i.test(title) ? 'op' : 'reply');
  return rowText(row.text, title, position);
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
}

const isEmergencyFlag = (flag: string): flag is EmergencyFlag => (EMERGENCY_FLAGS as readonly string[]).includes(flag);
// The text the engine reads (capped, lib/analysis/extract.ts), so the model learns from what it will be given.
const labelled = (row: Row): LabelledPost => ({
  text: capText(engineText(row)),
  emergencies: row.tier === 'emergency' ? (row.flags ?? []).filter(isEmergencyFlag) : [],
});

/**
 * The last red-flag list the model reads: the ones written before it was fitted (round 15). Lists 31 and 32 (round 16)
 * were fixed by rules alone: a refit on them lost three emergencies of the reviewers' probes (a heavy left arm with an
 * aching jaw, both legs numb below the knee on waking, a hard fall on the ice at 78) for one false alarm fewer on the
 * lists, so the weights stayed those of round 15.
 */
const LAST_LIST = 30;
const lists = readdirSync(LISTS)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => ({ name: /(\d+)/.exec(file)![1]!, posts: readRows(path.join(LISTS, file)).map(labelled) }))
  .filter((list) => !heldOut.has(list.name) && Number(list.name) <= LAST_LIST);
/** The last cause set the model reads: the ones written before it was fitted. */
const LAST_CAUSE_SET = 24;
const causeSets = readdirSync(CAUSE_SETS)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => ({ name: /(\d+)/.exec(file)![1]!, posts: readRows(path.join(CAUSE_SETS, file)).map(labelled) }))
  .filter((set) => !heldOut.has(set.name) && Number(set.name) <= LAST_CAUSE_SET);
const negatives = causeSets.flatMap((set) => set.posts);
// The probe suite's tuning share (its held-out share is never read here): the same back sentence with a sign told as
// the writer's own and current, and told negated, as someone else's, as a worry, as past or as an idiom. Beside
// each other they teach the model that the sign's framing decides, not the words around it.
const flagOf = new Map(CONCEPTS.map((concept) => [concept.id, concept.flag]));
const probes: LabelledPost[] = generateProbes()
  .filter((probe) => !probe.heldOut)
  .map((probe) => {
    const flag = flagOf.get(probe.concept);
    return {
      text: capText(probe.text),
      emergencies: probe.positive && probe.tier === 'emergency' && flag && isEmergencyFlag(flag) ? [flag] : [],
    };
  });
const extra = [...negatives, ...probes];
const describe = (names: string[]) =>
  `red-flag lists ${names.join(', ')}, cause sets ${causeSets.map((set) => set.name).join(', ')} (as posts without an emergency) and the probe suite's tuning share`;

if (args.cv) {
  let caught = 0;
  let emergencies = 0;
  let falseAlarms = 0;
  let others = 0;
  for (const list of lists) {
    const rest = lists.filter((other) => other !== list);
    const model = fitEmergencyModel(
      [...rest.flatMap((other) => other.posts), ...extra],
      describe(rest.map((other) => other.name)),
    );
    let listCaught = 0;
    let listFalse = 0;
    const listEmergencies = list.posts.filter((post) => post.emergencies.length > 0).length;
    for (const post of list.posts) {
      const read = readEmergency(post.text, flagModifierInput(post.text), model);
      if (post.emergencies.length > 0 && read) listCaught++;
      if (post.emergencies.length === 0 && read) listFalse++;
    }
    caught += listCaught;
    emergencies += listEmergencies;
    falseAlarms += listFalse;
    others += list.posts.length - listEmergencies;
    console.log(
      `list ${list.name}: model alone ${listCaught}/${listEmergencies} emergencies, ${listFalse}/${list.posts.length - listEmergencies} others`,
    );
  }
  console.log(`all lists, each fitted without it: ${caught}/${emergencies} emergencies, ${falseAlarms}/${others} others`);
}

const model = fitEmergencyModel(
  [...lists.flatMap((list) => list.posts), ...extra],
  describe(lists.map((list) => list.name)),
  DEFAULT_EMERGENCY_FIT,
);
const anchoredShare = (() => {
  const emergencies = lists.flatMap((list) => list.posts).filter((post) => post.emergencies.length > 0);
  return emergencies.filter((post) => anchoredFlags(flagModifierInput(post.text)).size > 0).length / emergencies.length;
})();
console.log(
  `${model.vocabulary.length} features; ${(anchoredShare * 100).toFixed(0)}% of the training emergencies name an anchor`,
);
// The heaviest features, to read for sense: emergencies should pull up on symptoms and worry, not on one helper's style.
const byWeight = (model.emergency.weights ?? []).map((weight, index) => [index, weight] as const).sort((a, b) => b[1] - a[1]);
console.log(
  'most for an emergency:',
  byWeight
    .slice(0, 25)
    .map(([index, weight]) => `${model.vocabulary[index]} ${weight}`)
    .join(', '),
);
console.log(
  'most against:',
  byWeight
    .slice(-25)
    .map(([index, weight]) => `${model.vocabulary[index]} ${weight}`)
    .join(', '),
);
if (args.write) {
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${OUT}`);
}
