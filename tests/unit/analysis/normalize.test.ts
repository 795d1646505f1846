import { describe, expect, it } from 'vitest';
import { normalize, originalSlice } from '@/lib/analysis/text/normalize';
import { blankQuotes } from '@/lib/analysis/text/quotes';
import { PhraseMatcher } from '@/lib/analysis/text/term-matcher';
import { tokenize } from '@/lib/analysis/text/tokens';

describe('normalize', () => {
  it.each([
    ['case', 'My LOWER Back', 'my lower back'],
    ['curly quotes and apostrophes', 'it’s “tight”', 'it\'s "tight"'],
    ['dashes', 'back—cramps – again', 'back-cramps - again'],
    ['zero-width characters', 'ba\u200bck cr\u200damp\uFEFF', 'back cramp'],
    ['compatibility forms (NFKC/NFKD)', 'ﬁne ｂａｃｋ', 'fine back'],
    ['accents', 'café naïve', 'cafe naive'],
    ['letters repeated three or more times', 'soooooo tired', 'soo tired'],
    ['forum spellings', 'rediculous lowerback pain in my scapulae', 'ridiculous lower back pain in my shoulder blades'],
    ['fast typing', 'lower bak spasams and my bakc', 'lower back spasms and my back'],
    ['run-together words', 'shoulderblades and erecters', 'shoulder blades and erectors'],
    ['contractions without apostrophes', 'it doesnt hurt and i cant sleep', "it doesn't hurt and i can't sleep"],
    ['control characters', 'back\u0000pain\u0007', 'back pain '],
  ])('folds %s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('cuts a stretched word to the known word it spells ("paaaain" → "pain")', () => {
    const known = new Set(['pain', 'cramp']);
    expect(normalize('soooo much paaaain and crampppp', { knownWords: known }).text).toBe('soo much pain and cramp');
  });

  it('reads an abbreviation whose letter repeat is the word as written ("DDD"), not as its two-letter cut ("dd")', () => {
    const known = new Set(['dd', 'disc']);
    expect(normalize('My DDD flared up', { knownWords: known }).text).toBe('my degenerative disc disease flared up');
    expect(normalize('name it YYYY-MM-DD or dd/mm/yyyy', { knownWords: known }).text).toBe('name it yy-mm-dd or dd/mm/yy');
    expect(normalize('commit ddd0a9e4', { knownWords: known }).text).toBe('commit dd0a9e4');
    const n = normalize('My DDD flared up');
    const at = n.text.indexOf('degenerative');
    expect(originalSlice(n, at, at + 'degenerative disc disease'.length)).toBe('DDD');
  });

  it('maps every character back to the original text', () => {
    const original = 'My LOWERBACK is soooo sore';
    const n = normalize(original);
    const start = n.text.indexOf('lower back');
    expect(originalSlice(n, start, start + 'lower back'.length)).toBe('LOWERBACK');
    const so = n.text.indexOf('soo ');
    expect(originalSlice(n, so, so + 3)).toBe('soooo');
  });

  it('keeps astral characters (emoji) without breaking offsets', () => {
    const original = 'back 😩 cramps';
    const n = normalize(original);
    const at = n.text.indexOf('cramps');
    expect(originalSlice(n, at, at + 6)).toBe('cramps');
  });
});

describe('tokenize', () => {
  it('splits sentences at . ! ? and line breaks, and clauses at commas and "but"', () => {
    const { tokens, sentences } = tokenize('my back hurts, but not much. legs ok!\nrun 2.5 miles?');
    expect(sentences).toHaveLength(3);
    expect(sentences[2]!.question).toBe(true);
    const clause = (word: string): number => tokens.find((t) => t.text === word)!.clause;
    expect(clause('back')).toBe(clause('hurts'));
    expect(clause('much')).not.toBe(clause('hurts'));
    expect(tokens.find((t) => t.text === '2.5')?.kind).toBe('number');
  });

  it('reads programme names with slashes as one number ("5/3/1")', () => {
    expect(tokenize('running 5/3/1 now').tokens.map((t) => t.text)).toEqual(['running', '5/3/1', 'now']);
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>();
  matcher.add('lower|low back', 'region');
  matcher.add('cramp*', 'cramp');
  matcher.add('felt _? pop', 'pop');
  matcher.add('after # miles', 'run');
  const match = (text: string): string[] => matcher.matchAll(tokenize(normalize(text).text).tokens).map((m) => m.value);

  it('matches alternatives, prefixes, gaps and numbers', () => {
    expect(match('low back cramping')).toEqual(['region', 'cramp']);
    expect(match('felt a pop')).toEqual(['pop']);
    expect(match('felt pop')).toEqual(['pop']);
    expect(match('after 2 miles')).toEqual(['run']);
  });

  it('never matches across punctuation', () => {
    expect(match('lower. back')).toEqual([]);
  });
});

describe('blankQuotes', () => {
  it('keeps the length and line breaks, blanks only the quote', () => {
    const text = 'intro\n> quoted back pain\nreply';
    const blanked = blankQuotes(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toContain('intro');
    expect(blanked).toContain('reply');
    expect(blanked).not.toContain('quoted');
  });

  it('is quick on a long line without quote markers', () => {
    const line = 'said: '.repeat(20_000);
    const started = performance.now();
    blankQuotes(line);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
