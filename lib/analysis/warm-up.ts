/**
 * Text for a badge pass run once when a forum page wakes the background (`public/wake.js`, at
 * document_start), while the page is still loading: the page's first batch then finds the engine's code
 * compiled and the phrase trie grown along the commonest paths, instead of paying for both itself
 * (README, "Performance"). The catalog's own forum phrases ("felt a pop", "tweaked my back") are wording
 * the engine reads often, and they already ship in the background. Two of each cause make a long post's
 * worth (about 1.6 KB): all of them (6.5 KB) took about 100 ms even warm, which a small page's first batch
 * could have had to wait behind.
 */
import { CATALOG } from '../catalog';

export const WARM_UP_TEXT = CATALOG.flatMap((cause) => cause.phrases.slice(0, 2)).join('. ');
