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
  /** The words that are literal words, not patterns. */
  literals: string[];
  /** The step as written, less its `?` (`lower|low`): terms with the same step share its node. */
  key: string;
}

/** Most of the lexicon's nodes are leaves: their maps and lists are made only when a child comes. */
interface Node<T> {
  /** Steps of one literal word. */
  exact?: Map<string, Node<T>>;
  /**
   * Steps of several literal words (`lower|low|bottom`): all of a step's words lead to one node, so a term's
   * later steps are not copied under each of them. Keyed by the step as written, so terms with the same step share it.
   */
  choices?: Map<string, Node<T>>;
  /** The nodes of `choices` by each of their words: what a token reaches through them. */
  choiceWords?: Map<string, Node<T>[]>;
  /** `order`: the first term to use the prefix here, which places it among the prefixes of a spelt-out node. */
  prefixes?: { prefix: string; node: Node<T>; order: number }[];
  number?: Node<T>;
  any?: Node<T>;
  /** The terms that end here, in the order they were added. */
  ends: AddedTerm<T>[];
  /** Terms that go on from here, not yet spread into this node's children: that waits until a walk first comes here. */
  pending?: Waiting<T>[];
}

/** A term that has come this far: its next step is `step`. */
interface Waiting<T> {
  entry: AddedTerm<T>;
  step: number;
}

function newNode<T>(): Node<T> {
  return { ends: [] };
}

const WHITESPACE = /\s+/;

/** One step of a term, as written between spaces (`lower|low?`). */
function parseStep(part: string): Step {
  const optional = part.endsWith('?');
  const key = optional ? part.slice(0, -1) : part;
  const words = key.split('|');
  return { words, optional, literals: words.filter((word) => !isPattern(word)), key };
}

/** A term's steps, word by word. */
function parseTerm(term: string): Step[] {
  const steps: Step[] = [];
  for (const part of term.split(WHITESPACE)) if (part !== '') steps.push(parseStep(part));
  return steps;
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

/** A term as added: waiting under its first words, waiting in a node, or ending in one. */
interface AddedTerm<T> {
  term: string;
  /** Parsed when the term first goes into the trie: many never do in a background's life. */
  steps?: Step[];
  value: T;
  /** When it was added: matches that end together come out in this order, however the trie was grown. */
  order: number;
}

/**
 * The trie is built lazily, as posts reach it: a term goes under the root the first time a post has a word
 * it can start with, and waits in the node that word leads to; a node's waiting terms are spread into its
 * children the first time a walk comes to it. A post only ever reaches a few of the nodes under its words.
 * Terms that can start with a pattern (a prefix, a number, any word) are few and go in together on the
 * first match, in the order they were added, so the matches come out in the same order as from a trie
 * built at once.
 *
 * Past its first word, a step of several words (`lower|low|bottom`) leads to one node, not one per word.
 * Spelt out word by word, the lexicon's 4,500 terms made a trie of some 374,000 nodes, about 95 MB of the
 * background's memory once grown, and growing it was most of a cold background's first batch (README,
 * "Performance"); with a node per step it is some 31,000 nodes and 20 MB.
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
  private readonly waiting = new Map<string, AddedTerm<T>[]>();
  /** Terms that can start with a pattern, until the next match puts them in. */
  private waitingPatterns: AddedTerm<T>[] = [];

  /**
   * Files a term under the words it can start with; it is parsed in full only when a post first has one of them.
   * Parsing every term at once was most of a cold background's warm-up (README, "Performance").
   */
  add(term: string, value: T): void {
    const entry: AddedTerm<T> = { term, value, order: this.terms.length };
    this.terms.push(term);
    // The words the term can start with: its first step's, and the next step's while the steps before are optional.
    // Read here without parsing the whole term: the lexicon is compiled as a cold background's first batch comes in.
    let startsWithPattern = false;
    for (const part of term.split(WHITESPACE)) {
      if (part === '') continue;
      const optional = part.endsWith('?');
      for (const word of (optional ? part.slice(0, -1) : part).split('|')) {
        if (isPattern(word)) {
          startsWithPattern = true;
          continue;
        }
        const list = this.waiting.get(word);
        if (!list) this.waiting.set(word, [entry]);
        // A word twice among the first ones ("x? x") files the term once: its last filing is this one.
        else if (list.at(-1) !== entry) list.push(entry);
      }
      if (!optional) break;
    }
    if (startsWithPattern) this.waitingPatterns.push(entry);
  }

  /**
   * Puts a term under the root by the first words `fromRoot` allows (past optional ones: a term with k optional words
   * costs one pass, not 2^k). Its later steps wait in the nodes those words lead to until a walk first comes there
   * (`spread`): a post only ever reaches a few of them.
   */
  private insert(entry: AddedTerm<T>, fromRoot: (word: string) => boolean): void {
    const steps = (entry.steps ??= parseTerm(entry.term));
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index]!;
      for (const word of step.words) if (fromRoot(word)) this.arrive(this.child(this.root, word, entry.order), entry, index + 1);
      // Reaching the end here means every word was skipped: an all-optional term matches nothing empty.
      if (!step.optional) break;
    }
  }

  /** `entry` has come to `node` with `step` next: it ends here, or waits here, and so on past optional steps. */
  private arrive(node: Node<T>, entry: AddedTerm<T>, step: number): void {
    const steps = entry.steps!;
    for (let index = step; ; index++) {
      // A term comes to a node from one parent, all at once, so its arrivals there are next to each other.
      if (index === steps.length) {
        if (node.ends.at(-1) !== entry) node.ends.push(entry);
        return;
      }
      const pending = (node.pending ??= []);
      if (!isWaiting(pending, entry, index)) pending.push({ entry, step: index });
      if (!steps[index]!.optional) return;
    }
  }

  /** Spreads the terms waiting in `node` into its children, in the order they came. */
  private spread(node: Node<T>): void {
    const pending = node.pending!;
    node.pending = undefined;
    for (const { entry, step: index } of pending) {
      const step = entry.steps![index]!;
      const single = step.literals.length === 1;
      for (const word of step.words)
        if (single || isPattern(word)) this.arrive(this.child(node, word, entry.order), entry, index + 1);
      if (!single && step.literals.length > 0) this.arrive(this.choice(node, step), entry, index + 1);
    }
  }

  /** Puts the terms waiting under `word` into the trie. */
  private build(word: string, list: readonly AddedTerm<T>[]): void {
    this.waiting.delete(word);
    for (const entry of list) this.insert(entry, (first) => first === word);
  }

  /** The one node all of a step's literal words lead to from `node`. */
  private choice(node: Node<T>, step: Step): Node<T> {
    const choices = (node.choices ??= new Map());
    let next = choices.get(step.key);
    if (next) return next;
    choices.set(step.key, (next = newNode()));
    const byWord = (node.choiceWords ??= new Map());
    for (const word of new Set(step.literals)) {
      const list = byWord.get(word);
      if (list) list.push(next);
      else byWord.set(word, [next]);
    }
    return next;
  }

  private child(node: Node<T>, word: string, order: number): Node<T> {
    if (word === '#') return (node.number ??= newNode());
    if (word === '_') return (node.any ??= newNode());
    if (word.endsWith('*')) {
      const prefix = word.slice(0, -1);
      const prefixes = (node.prefixes ??= []);
      let entry = prefixes.find((candidate) => candidate.prefix === prefix);
      if (!entry) prefixes.push((entry = { prefix, node: newNode(), order }));
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

  /**
   * Walks on from `nodes`: every node the words so far lead to. Several nodes stand for what one node would be in
   * a trie with every choice spelt out, and they are walked as one, so the matches come out in the same order.
   * Nearly always it is one node, passed as itself: no list is made for it.
   */
  private walk(tokens: readonly Token[], start: number, at: number, nodes: Frontier<T>, out: PhraseMatch<T>[]): void {
    const token = tokens[at];
    if (!token) return;
    const text = token.text;
    if (token.kind === 'punct') {
      if (text === '"' && nodes !== this.root) this.walk(tokens, start, at + 1, nodes, out);
      return;
    }
    if (Array.isArray(nodes)) {
      this.walkMany(tokens, start, at, nodes, out);
      return;
    }
    const node = nodes;
    if (node === this.root) {
      const list = this.waiting.get(text);
      if (list) this.build(text, list);
    } else if (node.pending) {
      this.spread(node);
    }
    if (token.kind === 'number' && node.number) this.visit(tokens, start, at, node.number, out);
    const exact = node.exact?.get(text);
    const choices = node.choiceWords?.get(text);
    if (choices) this.visit(tokens, start, at, exact ? [exact, ...choices] : choices.length === 1 ? choices[0] : choices, out);
    else if (exact) this.visit(tokens, start, at, exact, out);
    const prefixes = node.prefixes;
    for (let p = 0; prefixes && p < prefixes.length; p++) {
      const entry = prefixes[p]!;
      if (text.startsWith(entry.prefix)) this.visit(tokens, start, at, entry.node, out);
    }
    if (node.any) this.visit(tokens, start, at, node.any, out);
  }

  /** `walk` from several nodes at once (never the root). */
  private walkMany(tokens: readonly Token[], start: number, at: number, nodes: readonly Node<T>[], out: PhraseMatch<T>[]): void {
    const token = tokens[at]!;
    const text = token.text;
    for (const node of nodes) if (node.pending) this.spread(node);
    if (token.kind === 'number') {
      let next: Frontier<T> | undefined;
      for (const node of nodes) next = joined(next, node.number);
      this.visit(tokens, start, at, next, out);
    }
    let next: Frontier<T> | undefined;
    for (const node of nodes) {
      next = joined(next, node.exact?.get(text));
      for (const choice of node.choiceWords?.get(text) ?? []) next = joined(next, choice);
    }
    this.visit(tokens, start, at, next, out);
    // The same prefix under several nodes is one step of the spelt-out trie, walked once, in the order terms first used it.
    let byPrefix: Map<string, { nodes: Frontier<T>; order: number }> | undefined;
    for (const node of nodes) {
      for (const entry of node.prefixes ?? []) {
        if (!text.startsWith(entry.prefix)) continue;
        byPrefix ??= new Map();
        const group = byPrefix.get(entry.prefix);
        if (!group) byPrefix.set(entry.prefix, { nodes: entry.node, order: entry.order });
        else {
          group.nodes = joined(group.nodes, entry.node)!;
          group.order = Math.min(group.order, entry.order);
        }
      }
    }
    if (byPrefix) {
      for (const group of [...byPrefix.values()].sort((a, b) => a.order - b.order))
        this.visit(tokens, start, at, group.nodes, out);
    }
    let any: Frontier<T> | undefined;
    for (const node of nodes) any = joined(any, node.any);
    this.visit(tokens, start, at, any, out);
  }

  private visit(tokens: readonly Token[], start: number, at: number, next: Frontier<T> | undefined, out: PhraseMatch<T>[]): void {
    if (!next) return;
    const ends = Array.isArray(next) ? mergedEnds(next) : next.ends;
    for (let i = 0; i < ends.length; i++) out.push({ value: ends[i]!.value, start, end: at + 1 });
    this.walk(tokens, start, at + 1, next, out);
  }
}

/**
 * The terms that end in any of `nodes`, in the order they were added, each once: two choices of one term can lead to
 * two of them ("a b|c? b?" on "a b"), where the spelt-out trie has one node.
 */
function mergedEnds<T>(nodes: readonly Node<T>[]): AddedTerm<T>[] {
  const ends = nodes.flatMap((node) => node.ends).sort((a, b) => a.order - b.order);
  return ends.filter((entry, index) => index === 0 || ends[index - 1] !== entry);
}

/** Whether `entry` already waits in `pending` with `step` next (its arrivals are the list's last). */
function isWaiting<T>(pending: readonly Waiting<T>[], entry: AddedTerm<T>, step: number): boolean {
  for (let i = pending.length - 1; i >= 0 && pending[i]!.entry === entry; i--) if (pending[i]!.step === step) return true;
  return false;
}

/** The nodes a walk has reached: one, or several standing for one node of the spelt-out trie. */
type Frontier<T> = Node<T> | Node<T>[];

/** `frontier` with `node` added (a list only once there are two; a list passed in is never changed). */
function joined<T>(frontier: Frontier<T> | undefined, node: Node<T> | undefined): Frontier<T> | undefined {
  if (!node) return frontier;
  if (!frontier) return node;
  return Array.isArray(frontier) ? [...frontier, node] : [frontier, node];
}
