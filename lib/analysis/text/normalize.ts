/**
 * Text clean-up before matching: lower case, compatibility forms (NFKD, accents dropped),
 * Unicode quotes/dashes/spaces folded to ASCII, zero-width and control characters removed,
 * letters repeated three or more times cut to two ("soooo" → "soo"), and forum spellings
 * replaced word by word (spelling.ts).
 *
 * Every character of the result remembers the span of the original it came from, so a match can
 * report the post's own words ("Lowerback", "rediculous") for the panel and the page highlight.
 */
import { FORUM_SPELLINGS, WRITTEN_SPELLINGS } from './spelling';

export interface NormalizedText {
  /** The text that was normalized, unchanged. */
  readonly original: string;
  /** Lower-case ASCII-folded text the lexicon reads. */
  readonly text: string;
  /** For each character of `text`: the start of its source in `original`. */
  readonly from: Uint32Array;
  /** For each character of `text`: the end (exclusive) of its source in `original`. */
  readonly to: Uint32Array;
}

export interface NormalizeOptions {
  /**
   * Words the lexicon knows. A stretched word ("paaaain") whose repeated letters cut to one
   * spells a known word is read as that word; otherwise the two-letter cut stands.
   */
  knownWords?: { has(word: string): boolean };
}

/** Characters that become something else (or nothing) before anything else happens. */
const CHARACTER_FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFE58': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u3000': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  // Zero-width and invisible formatting characters vanish: they are used to dodge filters and by some editors.
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u00AD': '',
  '\u180E': '',
  '\u200E': '',
  '\u200F': '',
  '\u202A': '',
  '\u202B': '',
  '\u202C': '',
  '\u202D': '',
  '\u202E': '',
  '\u2066': '',
  '\u2067': '',
  '\u2068': '',
  '\u2069': '',
};

const COMBINING_MARKS = /\p{M}/gu;
// "A&E" is one word, the British ER (spelling.ts reads it as "er"): its "&" would otherwise split it in two.
const WORD = /a&e(?![a-z])|[a-z]+(?:'[a-z]+)*/g;

/** Whether `text` is one word as forum spellings are looked up (spelling.ts): letters, or "a&e". */
export function isSpellingWord(text: string): boolean {
  return [...text.matchAll(WORD)].some((match) => match[0] === text);
}

const SEPARATOR_ONLY = /^[\s\p{Cc}\p{Cf}]+$/u;
/** Folded code points seen before: posts repeat the same few non-ASCII characters (emoji, quotes). */
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 4096;

/** Folds one non-ASCII code point: the table above, else NFKD without combining marks, lower-cased. */
function foldCodePoint(char: string): string {
  const folded = CHARACTER_FOLDS[char];
  if (folded !== undefined) return folded;
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  const decomposed = char.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  // Anything that decomposes to control characters or other whitespace is a separator.
  const result = SEPARATOR_ONLY.test(decomposed) ? ' ' : decomposed;
  if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
  foldCache.set(char, result);
  return result;
}

/** The text being built, as UTF-16 code units, with each unit's source span in the original. */
class Builder {
  length = 0;
  codes: Uint16Array;
  from: Uint32Array;
  to: Uint32Array;
  stretched: Uint8Array;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.from = new Uint32Array(size);
    this.to = new Uint32Array(size);
    this.stretched = new Uint8Array(size);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.codes.length) return;
    const size = Math.max(this.codes.length * 2, this.length + extra);
    const grow = <T extends Uint16Array | Uint32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.codes = grow(this.codes, new Uint16Array(size));
    this.from = grow(this.from, new Uint32Array(size));
    this.to = grow(this.to, new Uint32Array(size));
    this.stretched = grow(this.stretched, new Uint8Array(size));
  }

  /** Appends one code unit from the original span [start, end). */
  pushCode(code: number, start: number, end: number, stretched = 0): void {
    this.reserve(1);
    const at = this.length++;
    this.codes[at] = code;
    this.from[at] = start;
    this.to[at] = end;
    this.stretched[at] = stretched;
  }

  /** Appends `piece`, every code unit of it mapped to the original span [start, end). */
  push(piece: string, start: number, end: number): void {
    for (let i = 0; i < piece.length; i++) this.pushCode(piece.charCodeAt(i), start, end);
  }

  text(): string {
    let text = '';
    for (let i = 0; i < this.length; i += 4096) {
      text += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 4096)));
    }
    return text;
  }
}

const isLetter = (code: number): boolean => code >= 97 && code <= 122;

/** Pass 1: character by character. */
function foldCharacters(original: string): Builder {
  const out = new Builder(original.length + 16);
  const length = original.length;
  for (let index = 0; index < length; ) {
    const start = index;
    let code = original.charCodeAt(index++);
    if (code < 0x80) {
      if (code === 0x0d) {
        if (original.charCodeAt(index) !== 0x0a) out.pushCode(0x0a, start, index);
        continue;
      }
      if (code !== 0x0a && (code < 0x20 || code === 0x7f)) code = 0x20;
      else if (code >= 0x41 && code <= 0x5a) code += 32;
      else if (code === 0x60) code = 0x27;
      // A letter already written twice in a row absorbs further repeats ("sooooo" → "soo").
      const at = out.length;
      if (isLetter(code) && at >= 2 && out.codes[at - 1] === code && out.codes[at - 2] === code) {
        out.to[at - 1] = index;
        out.stretched[at - 1] = 1;
        out.stretched[at - 2] = 1;
        continue;
      }
      out.pushCode(code, start, index);
      continue;
    }
    // Non-ASCII: whole code point (surrogate pair included), folded.
    if (code >= 0xd800 && code <= 0xdbff && index < length) {
      const next = original.charCodeAt(index);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    const folded = foldCodePoint(original.slice(start, index));
    for (let i = 0; i < folded.length; i++) {
      const unit = folded.charCodeAt(i);
      const at = out.length;
      if (isLetter(unit) && at >= 2 && out.codes[at - 1] === unit && out.codes[at - 2] === unit) {
        out.to[at - 1] = index;
        continue;
      }
      out.pushCode(unit, start, index);
    }
  }
  return out;
}

/** Cuts every doubled letter to one ("paain" → "pain"), for stretched words only. */
function squeeze(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

/** Pass 2: word by word, replacing forum spellings and stretched words. */
function replaceWords(pass: Builder, original: string, knownWords: NormalizeOptions['knownWords']): Builder {
  const text = pass.text();
  const out = new Builder(pass.length + 64);
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) out.pushCode(pass.codes[i]!, pass.from[i]!, pass.to[i]!, pass.stretched[i]!);
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    let wasStretched = false;
    for (let i = start; i < end && !wasStretched; i++) wasStretched = pass.stretched[i] === 1;
    // A word whose letter repeats are the word itself ("DDD"), as written, before the cut to two made it another ("dd").
    // Not inside a code or a hash ("ddd0a9e4"): a word glued to digits is no abbreviation. Only stretched words
    // are looked at, so the common case costs nothing.
    const written =
      wasStretched && !/\d/.test(text.charAt(start - 1)) && !/\d/.test(text.charAt(end))
        ? original.slice(pass.from[start], pass.to[end - 1]).toLowerCase()
        : word;
    let replacement = Object.hasOwn(WRITTEN_SPELLINGS, written)
      ? WRITTEN_SPELLINGS[written]
      : Object.hasOwn(FORUM_SPELLINGS, word)
        ? FORUM_SPELLINGS[word]
        : undefined;
    // Only a stretched word can be squeezed into a known one: other words are not looked up at all.
    if (replacement === undefined && wasStretched && knownWords && !knownWords.has(word)) {
      const squeezed = squeeze(word);
      if (knownWords.has(squeezed)) replacement = squeezed;
      else if (Object.hasOwn(FORUM_SPELLINGS, squeezed)) replacement = FORUM_SPELLINGS[squeezed];
    }
    if (replacement === undefined) continue;
    copy(last, start);
    out.push(replacement, pass.from[start]!, pass.to[end - 1]!);
    last = end;
  }
  copy(last, pass.length);
  return out;
}

/** Lines of a hard-wrapped paragraph end within this many characters of the wrap width. */
const WRAP_SLACK = 20;
/** Wrap widths of mail, Usenet and old forum editors (72–80 columns), with some room below. */
const MIN_WRAP_WIDTH = 55;
const MAX_WRAP_WIDTH = 80;
/** Lines inside paragraphs needed before a text is taken as hard-wrapped, and the share that must end near the width. */
const MIN_WRAPPED_LINES = 3;
const WRAPPED_SHARE = 0.6;

/**
 * Pass 3: a text hard-wrapped at a fixed width (mail, Usenet and old forum archives: "my calves went and then
 * my\nlower back started to ache") has line breaks inside its sentences, which the tokenizer would read as
 * sentence ends and so part a pain from its back. Where most lines inside paragraphs end near one width of 55–80
 * characters, and many go on in lower case, a single line break after such a line becomes a space; blank lines and
 * short lines (a list, a sign-off) keep theirs. Same length, so every character keeps its source span.
 */
function unwrapHardWrappedLines(pass: Builder, original: string): void {
  const { codes, length } = pass;
  const starts: number[] = [0];
  for (let i = 0; i < length; i++) if (codes[i] === 0x0a) starts.push(i + 1);
  if (starts.length <= MIN_WRAPPED_LINES) return;
  const lineLength = (line: number): number => (starts[line + 1] ?? length + 1) - 1 - starts[line]!;
  // Lines followed by another non-empty line: inside a paragraph.
  const inner: number[] = [];
  for (let line = 0; line + 1 < starts.length; line++) {
    if (lineLength(line) > 0 && lineLength(line + 1) > 0) inner.push(line);
  }
  if (inner.length < MIN_WRAPPED_LINES) return;
  // The width that most inner lines end just short of; lines longer than it are paragraphs of their own.
  let width = 0;
  let wrapped = 0;
  for (let candidate = MIN_WRAP_WIDTH; candidate <= MAX_WRAP_WIDTH; candidate++) {
    const count = inner.filter((line) => lineLength(line) <= candidate && lineLength(line) > candidate - WRAP_SLACK).length;
    if (count > wrapped) [width, wrapped] = [candidate, count];
  }
  if (wrapped < MIN_WRAPPED_LINES || wrapped < inner.length * WRAPPED_SHARE) return;
  const nearWidth = (line: number): boolean => lineLength(line) <= width && lineLength(line) > width - WRAP_SLACK;
  // A wrap falls mid-sentence as often as not, so many lines go on in lower case ("then my\nlower back
  // started"); lines that each open with a capital ("Day 1: …", "Day 2: …") are a list, however long.
  const continued = inner.filter((line) => nearWidth(line) && /[a-z]/.test(original.charAt(pass.from[starts[line + 1]!]!)));
  if (continued.length * 2 < wrapped) return;
  for (const line of inner) if (nearWidth(line)) codes[starts[line + 1]! - 1] = 0x20;
}

export function normalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const folded = replaceWords(foldCharacters(original), original, options.knownWords);
  unwrapHardWrappedLines(folded, original);
  return {
    original,
    text: folded.text(),
    from: folded.from.subarray(0, folded.length),
    to: folded.to.subarray(0, folded.length),
  };
}

/** The original words behind `text.slice(start, end)`, trimmed. */
export function originalSlice(normalized: NormalizedText, start: number, end: number): string {
  if (end <= start || start >= normalized.text.length) return '';
  return normalized.original.slice(normalized.from[start], normalized.to[end - 1]).trim();
}
