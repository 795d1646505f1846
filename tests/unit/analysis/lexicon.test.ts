import { describe, expect, it } from 'vitest';
import { ALL_TERM_GROUPS, type TermGroup } from '@/lib/analysis/lexicon';
import { isSpellingWord, normalize } from '@/lib/analysis/text/normalize';
import { FORUM_SPELLINGS } from '@/lib/analysis/text/spelling';
import { tokenize } from '@/lib/analysis/text/tokens';

/**
 * Meta-tests of the lexicon's data. Terms are compiled into a word trie, one word per position
 * (lib/analysis/text/term-matcher.ts), so a malformed term does not fail: it silently matches something
 * else, or nothing. `right|the same` reads as "right same" or "the same", never "right"; a word
 * the normalizer rewrites ("warmup" → "warm up") or the tokenizer splits ("child's") never matches.
 */

interface Step {
  words: string[];
  optional: boolean;
}

function stepsOf(term: string): Step[] {
  return term.split(' ').map((step) => {
    const optional = step.endsWith('?');
    return { words: (optional ? step.slice(0, -1) : step).split('|'), optional };
  });
}

/** Every word sequence a term stands for. */
function expansions(term: string): string[][] {
  let sequences: string[][] = [[]];
  for (const step of stepsOf(term)) {
    const next: string[][] = [];
    for (const sequence of sequences) {
      for (const word of step.words) next.push([...sequence, word]);
      if (step.optional) next.push(sequence);
    }
    sequences = next;
  }
  return sequences.filter((sequence) => sequence.length > 0);
}

const isLiteral = (word: string): boolean => word !== '#' && word !== '_' && !word.endsWith('*');

/**
 * Closed word classes. Words that open a phrase (an article, a pronoun, a form of "be", a
 * negation) only stand in for words of their own class: a step that offers "the" beside
 * "right" is a multi-word alternative ("right" or "the same") written across two steps.
 */
const WORD_CLASSES: Record<string, readonly string[]> = {
  determiner:
    'a an the my your our their its these those some any every each both no zero many most few several one two three four five couple another'.split(
      ' ',
    ),
  pronoun: 'i you he she we they it me him us them myself yourself everything something anything nothing which'.split(' '),
  be: "am is are was were be been being i'm you're we're they're he's she's it's".split(' '),
  negation:
    "not never don't doesn't didn't can't cannot couldn't won't wouldn't isn't wasn't aren't weren't haven't hasn't hadn't barely hardly rarely".split(
      ' ',
    ),
};
const CLASS_OF = new Map(Object.entries(WORD_CLASSES).flatMap(([name, words]) => words.map((word) => [word, name] as const)));
/** Determiners and pronouns both ("hold her back", "her back"). */
const EITHER = new Set(['this', 'that', 'her', 'his']);

function classesOf(words: readonly string[]): Set<string> {
  const classes = new Set(words.filter((word) => !EITHER.has(word)).map((word) => CLASS_OF.get(word) ?? 'open'));
  if (classes.size === 0) classes.add('determiner');
  return classes;
}

/** What is wrong with one term, in words; empty when nothing is. */
function problemsOf(term: string): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9'#_*?|/]+(?: [a-z0-9'#_*?|/]+)*$/.test(term))
    problems.push('only lower-case words, |, ?, *, #, _ and single spaces');
  const steps = stepsOf(term);
  for (const step of steps) {
    if (step.words.some((word) => word === '' || word.includes('?'))) problems.push('an empty alternative or a ? inside a step');
    if (new Set(step.words).size !== step.words.length) problems.push(`"${step.words.join('|')}" repeats an alternative`);
    if (step.words.some((word) => word.includes('*') && !/^[a-z']{3,}\*$/.test(word)))
      problems.push('a * that does not end a stem of 3+ letters');
  }
  if (steps.every((step) => step.optional)) problems.push('every word optional');
  if (steps[0]!.words.includes('_') || steps[steps.length - 1]!.words.includes('_')) problems.push('a gap at an end');
  for (const word of steps.flatMap((step) => step.words).filter(isLiteral)) {
    // The tokenizer reads a noun's "'s" as a word of its own ("child's" → "child" "'s").
    if (word === "'s") continue;
    const normalized = normalize(word).text;
    const tokens = tokenize(normalized).tokens.map((token) => token.text);
    if (normalized !== word || tokens.length !== 1 || tokens[0] !== word)
      problems.push(`"${word}" is read as "${tokens.join(' ')}"`);
  }
  // The last step holds no split alternative: nothing follows it.
  for (const step of steps.slice(0, -1)) {
    const classes = classesOf(step.words);
    if (step.words.length > 1 && classes.size > 1) {
      problems.push(
        `"${step.words.join('|')}" mixes ${[...classes].join(' and ')} words: a multi-word alternative across steps?`,
      );
    }
  }
  // The same word twice ("the the"), or twice in a contraction ("i i'm").
  const twice = expansions(term).find((sequence) =>
    sequence.some((word, i) => isLiteral(word) && (word === sequence[i + 1] || sequence[i + 1]?.startsWith(`${word}'`))),
  );
  if (twice) problems.push(`reads "${twice.join(' ')}"`);
  return problems;
}

function groupName(group: TermGroup): string {
  const value = group.value as { cat: string; id?: string | null; cancels?: string };
  return `${value.cat}:${value.id ?? value.cancels ?? 'any'}`;
}

describe('the lexicon checks', () => {
  it.each([
    ["hasn't|isn't been? right|the same", 'mixes'],
    ["i'm|im|i am|was pumped", 'mixes'],
    ["once i am|i'm warmed up", 'reads "once i i\'m'],
    ['slipped|slipped and fell', 'repeats'],
    ["child's pose", 'is read as'],
    ['skipped my warmup', 'is read as'],
    ['Lower back', 'lower-case'],
    ['cramp *', 'stem'],
    ['felt _', 'gap'],
    ['sore? achy?', 'optional'],
  ])('catch "%s"', (term, problem) => {
    expect(problemsOf(term).join('; ')).toContain(problem);
  });
});

describe('lexicon terms', () => {
  const terms = ALL_TERM_GROUPS.flatMap((group) => group.terms.map((term) => ({ group: groupName(group), term })));

  it('has terms to check', () => {
    expect(terms.length).toBeGreaterThan(500);
  });

  it('are all well formed: syntax, words as the engine reads them, no alternative split across steps', () => {
    const bad = terms.flatMap(({ group, term }) => problemsOf(term).map((problem) => `${group}: "${term}": ${problem}`));
    expect(bad).toEqual([]);
  });

  // Every term's expansions against every other's: seconds on a loaded machine, so a longer timeout; no speed check.
  it('are not wholly covered by other terms of the same meaning (dead weight in the content script)', () => {
    const sequencesOf = new Map<string, Set<string>>();
    for (const { term } of terms) sequencesOf.set(term, new Set(expansions(term).map((sequence) => sequence.join(' '))));
    const bad: string[] = [];
    for (const group of ALL_TERM_GROUPS) {
      const sameMeaning = ALL_TERM_GROUPS.filter((other) => JSON.stringify(other.value) === JSON.stringify(group.value));
      for (const term of group.terms) {
        const others = new Set(
          sameMeaning.flatMap((other) => other.terms.filter((t) => t !== term).flatMap((t) => [...sequencesOf.get(t)!])),
        );
        if ([...sequencesOf.get(term)!].every((sequence) => others.has(sequence))) bad.push(`${groupName(group)}: "${term}"`);
      }
    }
    expect(bad).toEqual([]);
  }, 30_000);
});

describe('forum spellings', () => {
  it('map one lower-case word to words the lexicon reads as they are', () => {
    const bad = Object.entries(FORUM_SPELLINGS).filter(([typed, meant]) => {
      const meantTokens = tokenize(meant)
        .tokens.map((token) => token.text)
        .join(' ');
      return !isSpellingWord(typed) || meantTokens !== meant || Object.hasOwn(FORUM_SPELLINGS, meant);
    });
    expect(bad).toEqual([]);
  });
});
