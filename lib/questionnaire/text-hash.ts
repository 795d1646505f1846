/**
 * `popup.html?view=tab#text=<encodeURIComponent(text)>`: results for a text the reader chose, from the
 * context menu's "Check this text with Spotter" on any page. The text travels in the hash, which never
 * leaves the browser.
 */

/** Longest text carried; a selection longer than this is cut (the engine reads only its start anyway). */
export const MAX_CHECKED_TEXT_LENGTH = 20_000;

export function textHash(text: string): string {
  return `#text=${encodeURIComponent(text.slice(0, MAX_CHECKED_TEXT_LENGTH))}`;
}

/** The text in a location hash (with or without `#`), or null when there is none or it cannot be read. Never throws. */
export function readTextHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith('text=')) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw.slice('text='.length));
  } catch {
    return null;
  }
  const trimmed = text.slice(0, MAX_CHECKED_TEXT_LENGTH).trim();
  return trimmed === '' ? null : trimmed;
}
