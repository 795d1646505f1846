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

/** Most of the lexicon's nodes are leaves: their maps and lists are made only when a child comes. */
interface Node<T> {
  exact?: Map<string, Node<T>>;
  prefixes?: { prefix: string; node: Node<T> }[];
  number?: Node<T>;
  any?: Node<T>;
  values: T[];
}

function newNode<T>(): Node<T> {
  return { values: [] };
}

/** A term's steps, word by word, read only as far as they are asked for (`add` stops at its first required step). */
function* termSteps(term: string): Generator<Step> {
  for (const [part] of term.matchAll(/\S+/g)) {
    const optional = part.endsWith('?');
    yield { words: (optional ? part.slice(0, -1) : part).split('|'), optional };
  }
}

function parseTerm(term: string): Step[] {
  return [...termSteps(term)];
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first token matched. */
  start: number;
  /** Index after the last token matched. */
  end: number;
}

/** A word that is not one literal word: a prefix (`cramp*`), a number (`#`) or any word (`_`). */
function isPattern(word: string): boolean {
  return word === '#' || word === '_' || word.endsWith('*');
}

interface PendingTerm<T> {
  term: string;
  /** Parsed when the term first goes into the trie: most terms never do in a background's life. */
  steps?: Step[];
  value: T;
}

/**
 * The trie is built lazily, one first word at a time: a term goes into the trie the first time a post
 * has a word it can start with. The lexicon's 1,700 terms make a trie of some 28,000 nodes; building
 * it all at once held the first badge of a cold background for a few hundred milliseconds, while a
 * post only ever reaches the part under its own words. Terms that can start with a pattern (a prefix,
 * a number, any word) are few and go in together on the first match, in the order they were added,
 * so the matches come out in the same order as from a trie built at once.
 */
export class PhraseMatcher<T> {
  private readonly root: Node<T> = newNode();
  /** Every term added, for `knows`, which reads their words only when first asked. */
  private readonly terms: string[] = [];
  /** Every literal word used by any term (for the normalizer's stretched-word check), once `knows` is first asked. */
  private words: Set<string> | undefined;
  /** Every prefix used by any term (`cramp*`), with `words`. */
  private readonly prefixWords = new Set<string>();
  /**
   * Terms not in the trie yet, by a literal word they can start with (a term may wait under several).
   * A word's list goes into the trie the first time a post has the word, before the trie is read there.
   */
  private readonly waiting = new Map<string, PendingTerm<T>[]>();
  /** Terms that can start with a pattern, until the next match puts them in. */
  private waitingPatterns: PendingTerm<T>[] = [];

  /**
   * Files a term under the words it can start with; it is parsed in full only when a post first has one of them.
   * Parsing every term at once was most of a cold background's warm-up (README, "Performance").
   */
  add(term: string, value: T): void {
    const entry: PendingTerm<T> = { term, value };
    this.terms.push(term);
    // The words the term can start with: its first step's, and the next step's while the steps before are optional.
    let startsWithPattern = false;
    const firstWords = new Set<string>();
    for (const step of termSteps(term)) {
      for (const word of step.words) {
        if (isPattern(word)) startsWithPattern = true;
        else firstWords.add(word);
      }
      if (!step.optional) break;
    }
    for (const word of firstWords) {
      const list = this.waiting.get(word);
      if (list) list.push(entry);
      else this.waiting.set(word, [entry]);
    }
    if (startsWithPattern) this.waitingPatterns.push(entry);
  }

  /**
   * Puts a term into the trie, taking from the root only the first words `fromRoot` allows. The nodes
   * its words so far lead to are a set: an optional step keeps the nodes it may skip, so a term with
   * k optional words costs one pass, not 2^k.
   */
  private insert(entry: PendingTerm<T>, fromRoot: (word: string) => boolean): void {
    let nodes = new Set<Node<T>>([this.root]);
    for (const step of (entry.steps ??= parseTerm(entry.term))) {
      const next = new Set<Node<T>>(step.optional ? nodes : []);
      for (const node of nodes) {
        for (const word of step.words) if (node !== this.root || fromRoot(word)) next.add(this.child(node, word));
      }
      nodes = next;
    }
    // Reaching the root means every word was skipped: an all-optional term matches nothing empty.
    nodes.delete(this.root);
    for (const node of nodes) node.values.push(entry.value);
  }

  /** Puts the terms waiting under `word` into the trie. */
  private build(word: string, list: readonly PendingTerm<T>[]): void {
    this.waiting.delete(word);
    for (const entry of list) this.insert(entry, (first) => first === word);
  }

  private child(node: Node<T>, word: string): Node<T> {
    if (word === '#') return (node.number ??= newNode());
    if (word === '_') return (node.any ??= newNode());
    if (word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      const prefixes = (node.prefixes ??= []);
      let entry = prefixes.find((candidate) => candidate.prefix === prefix);
      if (!entry) prefixes.push((entry = { prefix, node: newNode() }));
      return entry.node;
    }
    const exact = (node.exact ??= new Map());
    let next = exact.get(word);
    if (!next) exact.set(word, (next = newNode()));
    return next;
  }

  /** Whether some term has this word, literally or by a prefix ("cramping" for `cramp*`). */
  knows(word: string): boolean {
    if (this.vocabulary().has(word)) return true;
    for (const prefix of this.prefixWords) if (word.startsWith(prefix)) return true;
    return false;
  }

  /** Every literal word the terms use, read from them the first time it is asked for. */
  vocabulary(): ReadonlySet<string> {
    return (this.words ??= this.termWords());
  }

  private termWords(): Set<string> {
    const words = new Set<string>();
    for (const step of this.terms.flatMap(parseTerm)) {
      for (const word of step.words) {
        if (word === '#' || word === '_') continue;
        const literal = word.endsWith('*') ? word.slice(0, -1) : word;
        words.add(literal);
        if (literal !== word) this.prefixWords.add(literal);
      }
    }
    return words;
  }

  /**
   * All matches starting at each word token; punctuation ends a phrase, except a quote mark inside one: forum
   * writers put a word in scare quotes ("his chest feels “squeezed”") without breaking the phrase.
   */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    if (this.waitingPatterns.length > 0) {
      const patterns = this.waitingPatterns;
      this.waitingPatterns = [];
      for (const entry of patterns) this.insert(entry, isPattern);
    }
    const matches: PhraseMatch<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      if (tokens[start]!.kind === 'punct') continue;
      this.walk(tokens, start, start, this.root, matches);
    }
    return matches;
  }

  private walk(tokens: readonly Token[], start: number, at: number, node: Node<T>, out: PhraseMatch<T>[]): void {
    const token = tokens[at];
    if (!token) return;
    if (token.kind === 'punct') {
      if (token.text === '"' && node !== this.root) this.walk(tokens, start, at + 1, node, out);
      return;
    }
    if (node === this.root) {
      const list = this.waiting.get(token.text);
      if (list) this.build(token.text, list);
    }
    if (token.kind === 'number' && node.number) this.visit(tokens, start, at, node.number, out);
    const exact = node.exact?.get(token.text);
    if (exact) this.visit(tokens, start, at, exact, out);
    const prefixes = node.prefixes;
    for (let i = 0; prefixes && i < prefixes.length; i++) {
      const entry = prefixes[i]!;
      if (token.text.startsWith(entry.prefix)) this.visit(tokens, start, at, entry.node, out);
    }
    if (node.any) this.visit(tokens, start, at, node.any, out);
  }

  private visit(tokens: readonly Token[], start: number, at: number, next: Node<T>, out: PhraseMatch<T>[]): void {
    for (let i = 0; i < next.values.length; i++) out.push({ value: next.values[i]!, start, end: at + 1 });
    this.walk(tokens, start, at + 1, next, out);
  }
}
