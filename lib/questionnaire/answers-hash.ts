import { featureIds, parseFeatures, type Features } from '../features';

/**
 * `popup.html#answers=<encodeURIComponent(JSON of Features)>` (DESIGN.md, contracts): how the side
 * panel's "check my own back like this" hands a post's features to the questionnaire.
 */
export type AnswersHash =
  | { kind: 'none' }
  | { kind: 'features'; features: Features }
  /** Present but unusable: not JSON, not an object, too long, or nothing Spotter knows in it. */
  | { kind: 'invalid' };

/** Far longer than any real set of features; longer hashes are refused before any parsing. */
const MAX_HASH_LENGTH = 4096;

export function answersHash(features: Features): string {
  return `#answers=${encodeURIComponent(JSON.stringify(parseFeatures(features)))}`;
}

/** Reads a location hash (with or without the leading `#`). Never throws. */
export function readAnswersHash(hash: string): AnswersHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { kind: 'none' };
  if (raw.length > MAX_HASH_LENGTH || !raw.startsWith('answers=')) return { kind: 'invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(raw.slice('answers='.length)));
  } catch {
    return { kind: 'invalid' };
  }
  const features = parseFeatures(parsed);
  return featureIds(features).length > 0 ? { kind: 'features', features } : { kind: 'invalid' };
}
