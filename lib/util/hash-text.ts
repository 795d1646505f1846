/**
 * The one text hash in Spotter: FNV-1a, 32 bits (http://www.isthe.com/chongo/tech/comp/fnv/). Not
 * cryptographic; it tells an edited post from the same post rendered again, keys the engine's cache,
 * and names posts that have no id in their markup.
 */

/** FNV-1a of the text's UTF-16 code units, as an unsigned 32-bit number. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** FNV-1a of the text's UTF-16 code units, in base 36. */
export function fnv1a(text: string): string {
  return fnv1a32(text).toString(36);
}

/** The text's hash with its length in front, so two texts must collide in both to be taken for one. */
export function hashText(text: string): string {
  return `${text.length}:${fnv1a(text)}`;
}
