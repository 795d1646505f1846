import { storage } from '#imports';
import { parseLastResult, type LastResult } from '@/lib/questionnaire/last-result';

/**
 * The last result, in the browser's local extension storage only. Versioned so a later shape can
 * migrate; read through `parseLastResult`, so a corrupt or hand-edited value is treated as none.
 */
const lastResultItem = storage.defineItem<LastResult | null>('local:lastResult', { fallback: null, version: 1 });

export async function loadLastResult(): Promise<LastResult | null> {
  try {
    return parseLastResult(await lastResultItem.getValue());
  } catch {
    return null;
  }
}

export function saveLastResult(result: LastResult): Promise<void> {
  return lastResultItem.setValue(result);
}

export function clearLastResult(): Promise<void> {
  return lastResultItem.removeValue();
}
