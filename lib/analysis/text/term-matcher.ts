/**
 * A small phrase matcher over word tokens. Lexicon terms are written as words with a tiny syntax
 * and compiled once into a trie, so matching a post costs one walk per token, whatever the size
 * of the lexicon (no big alternation regexes, nothing that can backtrack).
 *
 * Term syntax, word by word (separated by spaces):
 * - `word`       that exact word;
 * - `a|b|c`      any of these words;
 * - `word?`      an optional word (also `a|b?`);
 * - `cramp*`     any word starting with "cramp";
 * - `#`          any number ("after # miles");
 * - `_`          any one word (a gap: "felt _ pop" matches "felt a pop", "felt something pop").
 */
import type { Token } from './tokens';

interface Step {
  /** Alternatives; a trailing `*` marks a prefix. */
  words: string[];
  optional: boolean;
}

interface Node<T> {
  exact: Map<string, Node<T>>;
  prefixes: { prefix: string; node: Node<T> }[];
  number?: Node<T>;
  any?: Node<T>;
  values: T[];
}

function newNode<T>(): Node<T> {
  return { exact: new Map(), prefixes: [], values: [] };
}

function parseTerm(term: string): Step[] {
  return term
    .trim()
    .split(/\s+/)
    .map((part) => {
      const optional = part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      return { words: body.split('|'), optional };
    });
}

/** Every concrete word sequence a term stands for (optional words expanded). */
function expand(steps: Step[]): string[][] {
  let sequences: string[][][] = [[]];
  for (const step of steps) {
    const next: string[][][] = [];
    for (const sequence of sequences) {
      next.push([...sequence, step.words]);
      if (step.optional) next.push(sequence);
    }
    sequences = next;
  }
  // Each sequence is a list of alternative sets; flattening the alternatives happens in the trie.
  return sequences.filter((s) => s.length > 0).map((s) => s.map((alternatives) => alternatives.join('|')));
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first token matched. */
  start: number;
  /** Index after the last token matched. */
  end: number;
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = newNode();
  /** Every literal word used by any term (for the normalizer's stretched-word check). */
  readonly words = new Set<string>();
  /** Every prefix used by any term (`cramp*`). */
  private readonly prefixWords = new Set<string>();

  add(term: string, value: T): void {
    for (const sequence of expand(parseTerm(term))) {
      let nodes: Node<T>[] = [this.root];
      for (const alternatives of sequence) {
        const next: Node<T>[] = [];
        for (const node of nodes) {
          for (const word of alternatives.split('|')) next.push(this.child(node, word));
        }
        nodes = next;
      }
      for (const node of nodes) node.values.push(value);
    }
  }

  private child(node: Node<T>, word: string): Node<T> {
    if (word === '#') return (node.number ??= newNode());
    if (word === '_') return (node.any ??= newNode());
    if (word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      this.words.add(prefix);
      this.prefixWords.add(prefix);
      let entry = node.prefixes.find((candidate) => candidate.prefix === prefix);
      if (!entry) node.prefixes.push((entry = { prefix, node: newNode() }));
      return entry.node;
    }
    this.words.add(word);
    let next = node.exact.get(word);
    if (!next) node.exact.set(word, (next = newNode()));
    return next;
  }

  /** Whether some term has this word, literally or by a prefix ("cramping" for `cramp*`). */
  knows(word: string): boolean {
    if (this.words.has(word)) return true;
    for (const prefix of this.prefixWords) if (word.startsWith(prefix)) return true;
    return false;
  }

  /** All matches starting at each word token; punctuation ends a phrase. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      if (tokens[start]!.kind === 'punct') continue;
      this.walk(tokens, start, start, this.root, matches);
    }
    return matches;
  }

  private walk(tokens: readonly Token[], start: number, at: number, node: Node<T>, out: PhraseMatch<T>[]): void {
    const token = tokens[at];
    if (!token || token.kind === 'punct') return;
    if (token.kind === 'number' && node.number) this.visit(tokens, start, at, node.number, out);
    const exact = node.exact.get(token.text);
    if (exact) this.visit(tokens, start, at, exact, out);
    for (let i = 0; i < node.prefixes.length; i++) {
      const entry = node.prefixes[i]!;
      if (token.text.startsWith(entry.prefix)) this.visit(tokens, start, at, entry.node, out);
    }
    if (node.any) this.visit(tokens, start, at, node.any, out);
  }

  private visit(tokens: readonly Token[], start: number, at: number, next: Node<T>, out: PhraseMatch<T>[]): void {
    for (let i = 0; i < next.values.length; i++) out.push({ value: next.values[i]!, start, end: at + 1 });
    this.walk(tokens, start, at + 1, next, out);
  }
}
