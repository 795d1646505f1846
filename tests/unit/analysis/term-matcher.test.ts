import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_TERM_GROUPS } from '@/lib/analysis/lexicon';
import { PhraseMatcher } from '@/lib/analysis/text/term-matcher';
import { tokenize, type Token } from '@/lib/analysis/text/tokens';

const expanded = new Map<string, string[][][]>();

/** Every way a term can be written out, optional words taken or left (each term's once: the lexicon has 4,500). */
function expansions(term: string): string[][][] {
  let sequences = expanded.get(term);
  if (sequences) return sequences;
  sequences = [[]];
  for (const part of term.trim().split(/\s+/)) {
    const optional = part.endsWith('?');
    const words = (optional ? part.slice(0, -1) : part).split('|');
    sequences = sequences.flatMap((sequence) => (optional ? [[...sequence, words], sequence] : [[...sequence, words]]));
  }
  sequences = sequences.filter((sequence) => sequence.length > 0);
  expanded.set(term, sequences);
  return sequences;
}

/** The term syntax read the slow, obvious way: every expansion of a term tried at every token. */
function referenceMatches(terms: readonly [string, string][], tokens: readonly Token[]): Set<string> {
  const found = new Set<string>();
  const fits = (word: string, token: Token | undefined) => {
    if (!token || token.kind === 'punct') return false;
    if (word === '#') return token.kind === 'number';
    if (word === '_') return true;
    if (word.endsWith('*')) return token.text.startsWith(word.slice(0, -1));
    return token.text === word;
  };
  for (const [term, value] of terms) {
    for (const sequence of expansions(term)) {
      for (let start = 0; start < tokens.length; start++) {
        if (sequence.every((words, offset) => words.some((word) => fits(word, tokens[start + offset])))) {
          found.add(`${value}@${start}-${start + sequence.length}`);
        }
      }
    }
  }
  return found;
}

/**
 * The matcher's order, the slow, obvious way: a trie with every choice spelt out word by word, built at once. Terms
 * that end on the same node come out in the order they were added; at each word a walk tries a number, the word,
 * each prefix in the order terms first used it, and any word, and a quote mark inside a phrase is skipped.
 */
interface SpeltOutNode {
  values: string[];
  number?: SpeltOutNode;
  exact: Map<string, SpeltOutNode>;
  prefixes: { prefix: string; node: SpeltOutNode }[];
  any?: SpeltOutNode;
}

function speltOutMatches(terms: readonly [string, string][], tokens: readonly Token[]): string[] {
  const newNode = (): SpeltOutNode => ({ values: [], exact: new Map(), prefixes: [] });
  const root = newNode();
  const child = (node: SpeltOutNode, word: string): SpeltOutNode => {
    if (word === '#') return (node.number ??= newNode());
    if (word === '_') return (node.any ??= newNode());
    if (word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      let entry = node.prefixes.find((candidate) => candidate.prefix === prefix);
      if (!entry) node.prefixes.push((entry = { prefix, node: newNode() }));
      return entry.node;
    }
    let next = node.exact.get(word);
    if (!next) node.exact.set(word, (next = newNode()));
    return next;
  };
  for (const [term, value] of terms) {
    let nodes = new Set([root]);
    for (const part of term.trim().split(/\s+/)) {
      const optional = part.endsWith('?');
      const next = new Set(optional ? nodes : []);
      for (const node of nodes) for (const word of (optional ? part.slice(0, -1) : part).split('|')) next.add(child(node, word));
      nodes = next;
    }
    nodes.delete(root);
    for (const node of nodes) node.values.push(value);
  }
  const out: string[] = [];
  const walk = (start: number, at: number, node: SpeltOutNode): void => {
    const token = tokens[at];
    if (!token) return;
    if (token.kind === 'punct') {
      if (token.text === '"' && node !== root) walk(start, at + 1, node);
      return;
    }
    const visit = (next: SpeltOutNode | undefined) => {
      if (!next) return;
      for (const value of next.values) out.push(`${value}@${start}-${at + 1}`);
      walk(start, at + 1, next);
    };
    if (token.kind === 'number') visit(node.number);
    visit(node.exact.get(token.text));
    for (const { prefix, node: next } of node.prefixes) if (token.text.startsWith(prefix)) visit(next);
    visit(node.any);
  };
  for (let start = 0; start < tokens.length; start++) if (tokens[start]!.kind !== 'punct') walk(start, start, root);
  return out;
}

/** A small seeded generator, so every run checks the same sentences. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const LEXICON: [string, string][] = ALL_TERM_GROUPS.flatMap((group, index) =>
  group.terms.map((term): [string, string] => [term, `g${index}`]),
);

function matcherOf(terms: readonly [string, string][]): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  for (const [term, value] of terms) matcher.add(term, value);
  return matcher;
}

/** Sentences made of the lexicon's own words (and some numbers and filler), so that many terms match. */
function sentences(count: number, seed: number): string[] {
  const next = random(seed);
  const vocabulary = [...matcherOf(LEXICON).vocabulary(), 'the', 'and', 'it', '3', '20', 'so', 'really'];
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + Math.floor(next() * 14) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(' '),
  );
}

const matchList = (matcher: PhraseMatcher<string>, text: string) =>
  matcher.matchAll(tokenize(text).tokens).map((match) => `${match.value}@${match.start}-${match.end}`);

describe('PhraseMatcher', () => {
  it('reads the term syntax: alternatives, optional words, prefixes, numbers and gaps', () => {
    const matcher = matcherOf([
      ['lower|low back', 'back'],
      ['my? back went', 'went'],
      ['cramp*', 'cramp'],
      ['after # miles', 'miles'],
      ['felt _ pop', 'pop'],
      ['sore? stiff?', 'never'],
    ]);
    expect(matchList(matcher, 'after 5 miles my low back went cramping, felt something pop')).toEqual([
      'miles@0-3',
      'back@4-6',
      'went@5-7',
      'cramp@7-8',
      'pop@9-12',
    ]);
  });

  it('finds exactly what every expansion of every lexicon term finds, on generated sentences', () => {
    const matcher = matcherOf(LEXICON);
    for (const text of sentences(150, 7)) {
      const tokens = tokenize(text).tokens;
      expect(new Set(matchList(matcher, text)), text).toEqual(referenceMatches(LEXICON, tokens));
    }
  });

  it('gives the same matches in the same order whatever posts it read first (its trie grows as words come)', () => {
    const texts = sentences(120, 11);
    const first = matcherOf(LEXICON);
    const second = matcherOf(LEXICON);
    const forwards = texts.map((text) => matchList(first, text));
    const backwards = [...texts].reverse().map((text) => matchList(second, text));
    expect(backwards.reverse()).toEqual(forwards);
  });

  it('gives the matches that end on the same word in the order their terms were added, choices or not', () => {
    // A step of several words (`x|z`) has one node of its own, beside the node of the one-word step `x`: both are
    // walked as one place, so the terms ending there still come out in the order they were added.
    const matcher = matcherOf([
      ['my x y', 'first'],
      ['my x|z y', 'second'],
      ['my w? x y', 'third'],
      ['my x|z y|v', 'fourth'],
    ]);
    expect(matchList(matcher, 'my x y')).toEqual(['first@0-3', 'second@0-3', 'third@0-3', 'fourth@0-3']);
    expect(matchList(matcher, 'my z v')).toEqual(['fourth@0-3']);
  });

  it('finds what the references find, in the order of a trie spelt out and built at once, for any small set of terms', () => {
    // Terms the lexicon could hold, over a few words: choices, optional steps, prefixes, numbers and gaps, the
    // same step written twice or in another order, so terms share nodes in every way the trie allows.
    const word = fc.constantFrom('a', 'b', 'c', 'ab', 'abc', '3');
    const choice = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'ab', 'ab*', 'c*', '#', '_'), { minLength: 1, maxLength: 3 });
    const step = fc.tuple(choice, fc.boolean()).map(([words, optional]) => `${words.join('|')}${optional ? '?' : ''}`);
    const term = fc.array(step, { minLength: 1, maxLength: 4 }).map((steps) => steps.join(' '));
    const terms = fc
      .array(term, { minLength: 1, maxLength: 12 })
      .map((list) => list.map((t, i): [string, string] => [t, `t${i}`]));
    const sentence = fc.array(fc.oneof(word, fc.constant('"')), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(terms, fc.array(sentence, { minLength: 1, maxLength: 5 }), (list, texts) => {
        const forwards = texts.map((text) => matchList(matcherOf(list), text));
        const grown = matcherOf(list);
        const inTurn = texts.map((text) => matchList(grown, text));
        const backwards = matcherOf(list);
        const reversed = [...texts]
          .reverse()
          .map((text) => matchList(backwards, text))
          .reverse();
        // The first reference does not skip a quote mark inside a phrase as the matcher does: it checks the others.
        texts.forEach((text, i) => {
          expect(forwards[i], text).toEqual(speltOutMatches(list, tokenize(text).tokens));
          if (!text.includes('"')) expect(new Set(forwards[i]), text).toEqual(referenceMatches(list, tokenize(text).tokens));
        });
        expect(inTurn).toEqual(forwards);
        expect(reversed).toEqual(forwards);
      }),
      { numRuns: 400, seed: 31 },
    );
  });

  it('reports a match once where two choices of one term lead to the same place, and prefixes in the order terms used them', () => {
    expect(matchList(matcherOf([['a b|c? b?', 't0']]), 'a b')).toEqual(['t0@0-1', 't0@0-2']);
    expect(matchList(matcherOf([['x a? a|c? y', 't0']]), 'x a y')).toEqual(['t0@0-3']);
    expect(
      matchList(
        matcherOf([
          ['b ab|x ca*', 't0'],
          ['b ab c*', 't1'],
        ]),
        'b ab cat',
      ),
    ).toEqual(['t0@0-3', 't1@0-3']);
  });

  it('knows every literal word and prefix of its terms before matching anything (the normalizer asks first)', () => {
    const matcher = matcherOf([
      ['lower back|spine', 'a'],
      ['spasm* out?', 'b'],
    ]);
    expect(['lower', 'back', 'spine', 'out', 'spasming'].every((word) => matcher.knows(word))).toBe(true);
    expect(matcher.knows('knee')).toBe(false);
  });
});
