/**
 * How close a post's sentence is to a cause's phrases ("lower back pumps up when I run").
 *
 * Similarity is the share of the phrase's content words (weighted by rarity across all phrases,
 * IDF) that the sentence contains. Words the phrases do not know are looked up in a fuse.js index
 * of the phrases' vocabulary, so forum typos still count ("crampping", "erectros"). The index is
 * built once, on first use, with `ignoreLocation: true`; fuse's reported score is re-checked
 * against the threshold here, as fuse has returned scores above it (krisk/Fuse#748, #813;
 * research/clinical-facts.md §4.3). Each sentence is matched on its own, never the whole post.
 *
 * Why not fuse's own sentence-vs-phrase search: bitap compares characters in 32-character
 * chunks, so a paraphrase ("the cramps are between the bottom of my scapulae" against "cramp
 * between my shoulder blades") scores as a miss; and fuse's token search costs about 4 ms per
 * sentence over the whole catalog (measured here with fuse.js 7.5), far over the budget of a
 * forum page. Matching the vocabulary instead keeps fuse for what it is good at, typos, at a few
 * microseconds per unknown word (cached).
 */
import Fuse from 'fuse.js';
import { GENERIC_WORDS, NEGATORS, STOPWORDS } from './lexicon';
import { normalize } from './text/normalize';
import { tokenize } from './text/tokens';

/** Fuse score (0 exact … 1 anything) at or under which a word counts as a typo of a known word. */
export const WORD_MATCH_THRESHOLD = 0.25;
/** Least share of a phrase a sentence must cover to count as close to it. */
export const PHRASE_MATCH_MIN = 0.5;
/** Typos are only looked for in words at least this long: short words are too easily confused. */
const MIN_FUZZY_LENGTH = 5;
const FUZZY_CACHE_SIZE = 2000;

/** What a stem of lexicon GENERIC_WORDS counts for in a phrase. */
const GENERIC_WEIGHT = 0.3;

/** Endings after which "-es" is a plural or verb ending ("presses", "stretches"); elsewhere only "-s" is ("caves"). */
const SIBILANT_END = /(?:s|x|z|ch|sh)$/;
const KEEPS_S = /(?:ss|us|is)$/;

/**
 * Crude English stemming: enough to meet "cramps", "cramping", "cramped" at "cramp", and "cave",
 * "caves", "caved", "caving" at "cav" (a final silent "e" goes, as "-ed" and "-ing" take it away).
 */
export function stem(word: string): string {
  if (word.length < 4) return word;
  for (const suffix of ['ings', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      // "press", "gluteus", "pelvis" end in "s" without a plural.
      if (suffix === 's' && KEEPS_S.test(word)) break;
      let base = word.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') return `${base}y`;
      if (suffix === 'es' && !SIBILANT_END.test(base)) base = `${base}e`;
      // "setting" → "sett" → "set"; "ripped" → "rip"; but "falling" → "fall", "passing" → "pass".
      const last = base[base.length - 1]!;
      if (
        (suffix.startsWith('ing') || suffix === 'ed') &&
        base.length > 3 &&
        last === base[base.length - 2] &&
        !'lsz'.includes(last)
      ) {
        return base.slice(0, -1);
      }
      return dropFinalE(base);
    }
  }
  return dropFinalE(word);
}

function dropFinalE(word: string): string {
  return word.length > 3 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

const GENERIC_STEMS = new Set(GENERIC_WORDS.map(stem));

/** Content words a negator covers: "I don't think it's a weak core" says nothing for weak core. */
const NEGATION_REACH = 3;
/** Marks a negated stem: "glutes not firing" and "my glutes aren't firing" meet at "!fire", never at "fire". */
const NEGATED = '!';

/**
 * Content-word stems of a text, in order, without repeats. Words a negation covers are kept as
 * negated stems ("!weak"), so a phrase that says "not firing" meets a post that says so, and "I
 * don't think it's a weak core" says nothing for a weak core. "back" is kept out: every phrase has it.
 */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  let negatedWords = 0;
  for (const token of tokenize(normalize(text).text).tokens) {
    if (token.kind === 'punct') {
      negatedWords = 0;
      continue;
    }
    if (NEGATORS.has(token.text)) {
      negatedWords = NEGATION_REACH;
      continue;
    }
    if (token.kind !== 'word' || STOPWORDS.has(token.text)) continue;
    let stemmed = stem(token.text.replace(/'s$/, ''));
    if (negatedWords > 0) {
      negatedWords--;
      stemmed = NEGATED + stemmed;
    }
    if (!stems.includes(stemmed)) stems.push(stemmed);
  }
  return stems;
}

/** Every word of a text, stemmed, stopwords included: for phrases too short to go by content words alone. */
function wordStems(text: string): string[] {
  return tokenize(normalize(text).text)
    .tokens.filter((token) => token.kind === 'word')
    .map((token) => stem(token.text.replace(/'s$/, '')));
}

/** Words that may come between two words of a short phrase ("tweaked my lower back" for "tweaked my back"). */
const MAX_INSERTED_WORDS = 2;

/** Whether `phrase` occurs in `sentence` in order, with at most MAX_INSERTED_WORDS others between its words. */
function occursInOrder(phrase: readonly string[], sentence: readonly string[]): boolean {
  for (let start = 0; start < sentence.length; start++) {
    if (sentence[start] !== phrase[0]) continue;
    let at = start;
    let matched = 1;
    while (matched < phrase.length) {
      let next = -1;
      for (let i = at + 1; i <= Math.min(sentence.length - 1, at + 1 + MAX_INSERTED_WORDS); i++) {
        if (sentence[i] === phrase[matched]) {
          next = i;
          break;
        }
      }
      if (next < 0) break;
      at = next;
      matched++;
    }
    if (matched === phrase.length) return true;
  }
  return false;
}

export interface PhraseEntry<T> {
  key: T;
  phrase: string;
}

interface IndexedPhrase<T> {
  key: T;
  phrase: string;
  stems: string[];
  weight: number;
  /**
   * For a phrase of one content word ("out of shape", "tweaked my back"), all its words in order:
   * that one word alone ("in good shape") is no match.
   */
  words?: string[];
}

export interface PhraseHit<T> {
  key: T;
  phrase: string;
  /** Share of the phrase covered, 0..1. */
  similarity: number;
}

export class PhraseIndex<T> {
  private readonly phrases: IndexedPhrase<T>[] = [];
  private readonly idf = new Map<string, number>();
  private readonly byStem = new Map<string, number[]>();
  private fuse: Fuse<string> | undefined;
  private readonly fuzzyCache = new Map<string, { stem: string; similarity: number } | null>();

  constructor(entries: readonly PhraseEntry<T>[]) {
    const documentFrequency = new Map<string, number>();
    const stemmed = entries.map((entry) => ({ ...entry, stems: contentStems(entry.phrase) }));
    for (const entry of stemmed) for (const s of entry.stems) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
    for (const [s, df] of documentFrequency) {
      this.idf.set(s, Math.log(1 + entries.length / df) * (GENERIC_STEMS.has(s) ? GENERIC_WEIGHT : 1));
    }
    stemmed.forEach((entry, index) => {
      const weight = entry.stems.reduce((sum, s) => sum + this.idf.get(s)!, 0);
      const words = entry.stems.length < 2 ? wordStems(entry.phrase) : undefined;
      this.phrases.push({ key: entry.key, phrase: entry.phrase, stems: entry.stems, weight, words });
      for (const s of entry.stems) {
        const list = this.byStem.get(s);
        if (list) list.push(index);
        else this.byStem.set(s, [index]);
      }
    });
  }

  /** The known stem a sentence word stands for, with how sure that is (1 = exact). */
  private lookup(word: string): { stem: string; similarity: number } | null {
    if (this.idf.has(word)) return { stem: word, similarity: 1 };
    if (word.length < MIN_FUZZY_LENGTH) return null;
    const cached = this.fuzzyCache.get(word);
    if (cached !== undefined) return cached;
    this.fuse ??= new Fuse([...this.idf.keys()], {
      includeScore: true,
      ignoreLocation: true,
      threshold: WORD_MATCH_THRESHOLD,
      minMatchCharLength: 3,
    });
    const best = this.fuse.search(word, { limit: 1 })[0];
    // Re-check the score: fuse has returned results above the threshold (Fuse#748).
    const found =
      best && best.score !== undefined && best.score <= WORD_MATCH_THRESHOLD && Math.abs(best.item.length - word.length) <= 2
        ? { stem: best.item, similarity: 1 - best.score }
        : null;
    if (this.fuzzyCache.size >= FUZZY_CACHE_SIZE) this.fuzzyCache.clear();
    this.fuzzyCache.set(word, found);
    return found;
  }

  /** Phrases a sentence is close to, best first. */
  match(sentence: string): PhraseHit<T>[] {
    const present = new Map<string, number>();
    for (const word of contentStems(sentence)) {
      const known = this.lookup(word);
      if (known && (present.get(known.stem) ?? 0) < known.similarity) present.set(known.stem, known.similarity);
    }
    if (present.size === 0) return [];
    let sentenceWords: string[] | undefined;
    const candidates = new Set<number>();
    for (const s of present.keys()) for (const index of this.byStem.get(s) ?? []) candidates.add(index);
    const hits: PhraseHit<T>[] = [];
    for (const index of candidates) {
      const phrase = this.phrases[index]!;
      let covered = 0;
      let matchedWords = 0;
      let telling = false;
      for (const s of phrase.stems) {
        const similarity = present.get(s);
        if (similarity === undefined) continue;
        covered += this.idf.get(s)! * similarity;
        matchedWords++;
        telling ||= !GENERIC_STEMS.has(s);
      }
      // One shared word is a coincidence, unless the phrase is that one word; generic words alone never match.
      if (!telling || matchedWords < Math.min(2, phrase.stems.length)) continue;
      if (phrase.words && !occursInOrder(phrase.words, (sentenceWords ??= wordStems(sentence)))) continue;
      const similarity = phrase.weight > 0 ? covered / phrase.weight : 0;
      if (similarity >= PHRASE_MATCH_MIN) hits.push({ key: phrase.key, phrase: phrase.phrase, similarity });
    }
    return hits.sort((a, b) => b.similarity - a.similarity);
  }
}
