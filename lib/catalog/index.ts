import { CRAMP_CAUSES } from './cramps';
import { LIFTING_TECHNIQUE_CAUSES } from './lifting-technique';
import { LOAD_AND_RECOVERY_CAUSES } from './load-and-recovery';
import { MEDICAL_CAUSES } from './medical';
import { MUSCLE_BALANCE_CAUSES } from './muscle-balance';
import { RUNNING_CAUSES } from './running';
import { STRUCTURAL_CAUSES } from './structural';
import type { CauseEntry } from './types';

export const CATALOG: readonly CauseEntry[] = [
  ...CRAMP_CAUSES,
  ...RUNNING_CAUSES,
  ...MUSCLE_BALANCE_CAUSES,
  ...LOAD_AND_RECOVERY_CAUSES,
  ...LIFTING_TECHNIQUE_CAUSES,
  ...STRUCTURAL_CAUSES,
  ...MEDICAL_CAUSES,
];

const BY_ID = new Map(CATALOG.map((entry) => [entry.id, entry]));

export function getCause(id: string): CauseEntry | undefined {
  return BY_ID.get(id);
}
