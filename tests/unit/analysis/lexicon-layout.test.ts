import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Word lists are data in the lexicon folder (lib/analysis/lexicon/, one file a group, re-exported by its index): no
 * other file of the engine declares a list of the English words or phrases that post text is matched against. Read
 * from the TypeScript syntax tree: a list is an array literal (a `new Set([...])`'s too, and the pairs of a
 * `new Map([...])` together), a record whose values are all literals of one kind (its keys and string values), or a
 * string cut up with `.split` (or a constant string of words), holding at least MIN_WORDS lower-case words or phrases.
 * Punctuation and ids with an underscore do not count; ids that read as words ("cramp", "region") do, so the lists of
 * the project's own ids are named below.
 */

const ANALYSIS = 'lib/analysis';
const MIN_WORDS = 3;
/** A lower-case word or phrase: "back", "it's", "lower back", "t-bar". */
const WORDISH = /^[a-z][a-z']*(?:[ -][a-z']+)*$/;

/**
 * Lists left in code on purpose, as `file: NAME` (the constant, or the function an inline list is in): they hold the
 * project's own ids or categories, or logic, not words of a post.
 */
const NOT_WORD_LISTS: Readonly<Record<string, string>> = {
  'extract.ts: PROBLEM_CATS': 'lexicon categories (region, symptom, condition) a length of time may be "of"',
  'extract.ts: EPISODIC_SENSATIONS': 'sensation feature ids (cramp, pump, tightness)',
  'mentions.ts: FLAG_PART_CUES': 'cue ids red flags are built from',
  'mentions.ts: EXCEPTION_BLOCKERS': 'lexicon categories an exception may not name',
  'mentions.ts: DOINGS': 'lexicon categories an exception must name',
  'relevance.ts: RESTING_ACTIVITIES': 'activity feature ids (sleeping, sitting, stretching) that tell of no training',
  'relevance.ts: PROBLEM_WORDS': 'lexicon categories that name the problem itself',
  'cause-phrases.ts: stem': "the stemmer's suffixes: its rules, each with its own handling, not words of a post",
  'text/spelling.ts: FORUM_SPELLINGS':
    "the normalizer's spelling table, its own data file beside normalize.ts (applied before the lexicon sees a word)",
  'flag-context.ts: LISTED_SIGN_CUES': "cue ids (numbness, weakness, toileting) counted as a screening list's items",
  'fitted-weights.ts: FITTED_WEIGHTS':
    'feature ids (bench, cramp, morning) keyed by cause: the weights scripts/fit-weights.ts writes, not words of a post',
};

interface FoundList {
  /** `file: NAME`, NAME the nearest declared constant or function. */
  where: string;
  words: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'lexicon' ? [] : sourceFiles(full);
    return /\.ts$/.test(name) ? [full] : [];
  });
}

function isString(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/** The name of the nearest declaration around a node: the constant it is, or the function it is in. */
function ownerOf(node: ts.Node): string {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (
      (ts.isVariableDeclaration(at) ||
        ts.isFunctionDeclaration(at) ||
        ts.isMethodDeclaration(at) ||
        ts.isPropertyDeclaration(at)) &&
      at.name &&
      ts.isIdentifier(at.name)
    )
      return at.name.text;
  }
  return '(top level)';
}

/** The strings of a `.split` receiver: a literal, or literals joined with `+`. */
function joinedStrings(node: ts.Node): string[] | undefined {
  if (isString(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return joinedStrings(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = joinedStrings(node.left);
    const right = joinedStrings(node.right);
    return left && right ? [...left, ...right] : undefined;
  }
  return undefined;
}

/** The words a node holds as a list, if it is one of the shapes a word list takes. */
function listWords(node: ts.Node): string[] {
  if (ts.isArrayLiteralExpression(node)) {
    const elements = node.elements;
    // A map's pairs ([['word', 'other'], …]): one list.
    const pairs = elements.filter(ts.isArrayLiteralExpression);
    if (elements.length > 0 && pairs.length === elements.length)
      return pairs.flatMap((pair) => pair.elements.filter(isString).map((element) => element.text));
    // A pair inside a map's list is counted with its list.
    if (ts.isArrayLiteralExpression(node.parent) && node.parent.elements.every(ts.isArrayLiteralExpression)) return [];
    return elements.filter(isString).map((element) => element.text);
  }
  if (ts.isObjectLiteralExpression(node)) {
    const values = node.properties.map((property) =>
      ts.isPropertyAssignment(property) &&
      (isString(property.initializer) || ts.isNumericLiteral(property.initializer)) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
        ? { key: property.name.text, value: property.initializer }
        : undefined,
    );
    const record =
      values.length >= MIN_WORDS &&
      values.every((entry) => entry !== undefined) &&
      new Set(values.map((entry) => entry!.value.kind)).size === 1;
    return values.flatMap((entry) =>
      entry === undefined ? [] : [...(record ? [entry.key] : []), ...(isString(entry.value) ? [entry.value.text] : [])],
    );
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'split')
    return (joinedStrings(node.expression) ?? []).flatMap((text) => text.split(/\s+/));
  if (ts.isVariableDeclaration(node) && node.initializer && isString(node.initializer)) {
    const words = node.initializer.text.split(' ');
    return words.every((word) => WORDISH.test(word)) ? words : [];
  }
  return [];
}

/** Every word list declared in a source text. */
function wordLists(file: string, source: string): FoundList[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: FoundList[] = [];
  const visit = (node: ts.Node): void => {
    const words = listWords(node).filter((word) => WORDISH.test(word));
    if (words.length >= MIN_WORDS) found.push({ where: `${file}: ${ownerOf(node)}`, words });
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const FILES = sourceFiles(ANALYSIS).map((file) => path.relative(ANALYSIS, file).split(path.sep).join('/'));
const FOUND = new Map(FILES.map((file) => [file, wordLists(file, readFileSync(path.join(ANALYSIS, file), 'utf8'))]));

describe('lexicon layout: word lists are data in lib/analysis/lexicon/', () => {
  it.each(FILES)('%s declares no word list', (file) => {
    const lists = FOUND.get(file)!.filter((list) => NOT_WORD_LISTS[list.where] === undefined);
    expect(lists.map((list) => `${list.where} [${list.words.slice(0, 6).join(', ')}…]`)).toEqual([]);
  });

  it('names only lists that are there', () => {
    const found = new Set([...FOUND.values()].flat().map((list) => list.where));
    expect(Object.keys(NOT_WORD_LISTS).filter((where) => !found.has(where))).toEqual([]);
  });

  it('finds word lists in each shape they take, and leaves ids, punctuation and short lists alone', () => {
    const where = (source: string): string[] => wordLists('sample.ts', source).map((list) => list.where);
    expect(where("const MONTH_START_WORDS = new Set(['early', 'start', 'beginning']);")).toEqual([
      'sample.ts: MONTH_START_WORDS',
    ]);
    expect(where("const LATER: ReadonlySet<string> = new Set(['and', 'still', \"it's\", ',']);")).toEqual(['sample.ts: LATER']);
    expect(where("function f(t: string) { return ['few', 'couple', 'several'].includes(t); }")).toEqual(['sample.ts: f']);
    expect(where('const UNITS: Record<string, number> = { week: 1, weeks: 1, month: 4.3 };')).toEqual(['sample.ts: UNITS']);
    expect(where("const STOP = new Set('a an the'.split(' '));")).toEqual(['sample.ts: STOP']);
    expect(where("const STOP = new Set(('a an ' + 'the of').split(' '));")).toEqual(['sample.ts: STOP']);
    expect(where("const GENERIC = 'lower low upper';")).toEqual(['sample.ts: GENERIC']);
    expect(where("const YOU = new Map([['ya', 'you'], ['u', 'you']]);")).toEqual(['sample.ts: YOU']);
    // Not lists of words: ids with underscores, punctuation, two words, a config object, a mention's value.
    expect(where("const LIFT_TIMINGS = new Set(['heavy_sets_only', 'during_sets', 'during_setup']);")).toEqual([]);
    expect(where("const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '-']);")).toEqual([]);
    expect(where("const SIMILE_OPENERS = new Set(['like', 'as']);")).toEqual([]);
    expect(where("const TEEN_AGES = { from: 12, to: 19, cause: 'spondylolysis' } as const;")).toEqual([]);
    expect(where("const value = { cat: 'cue', id: 'age_word' };")).toEqual([]);
  });
});
