/**
 * A frozen split of the labelled corpora, decided by a hash of each row's id alone, so that the
 * same rows stay held out whatever is added to or removed from a file, and nobody picks them.
 * About FROZEN_PERCENT of the rows are `frozen`: never read while tuning rules or fitting weights
 * (scripts/fit-weights.ts trains on `tune` only), and scored separately by `npm run eval -- --split frozen`.
 */
import { fnv1a32 } from '../util/hash-text';

export type Split = 'tune' | 'frozen';
export type SplitChoice = Split | 'all';

export const SPLIT_CHOICES: readonly SplitChoice[] = ['tune', 'frozen', 'all'];

/** Share of rows held out, in percent. */
export const FROZEN_PERCENT = 30;

/** The id's hash (the project's one text hash, lib/util/hash-text.ts): tiny, stable and well spread for short ids. */
export const idHash = fnv1a32;

export function splitOf(id: string): Split {
  return idHash(id) % 100 < FROZEN_PERCENT ? 'frozen' : 'tune';
}

/** The rows of one split (`all`: every row), in their order. */
export function inSplit<T extends { id: string }>(rows: readonly T[], choice: SplitChoice): T[] {
  return choice === 'all' ? [...rows] : rows.filter((row) => splitOf(row.id) === choice);
}
