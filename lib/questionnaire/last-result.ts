import { parseFeatures, featureIds, type Features } from '../features';
import { parseAnswers, type Answers } from './questions';

/**
 * The last questionnaire result, kept locally so reopening the popup shows it. Only the answers
 * (or the linked post's features) are kept; the assessment is recomputed from them, so a newer
 * catalog explains an old result with today's text.
 */
export interface LastResult {
  savedAt: number;
  answers: Answers;
  /** Set when the result came from a `#answers=` link rather than from the questionnaire. */
  linked?: Features;
}

/** Validates a stored value (it may be from an older version, or edited by hand). Never throws. */
export function parseLastResult(input: unknown): LastResult | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const record = input as Record<string, unknown>;
  const savedAt = record.savedAt;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  const answers = parseAnswers(record.answers);
  const linked = record.linked === undefined ? undefined : parseFeatures(record.linked);
  if (linked !== undefined && featureIds(linked).length > 0) return { savedAt, answers, linked };
  if (Object.keys(answers).length === 0) return null;
  return { savedAt, answers };
}
