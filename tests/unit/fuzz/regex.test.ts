import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression in lib/ (what runs on page text) against inputs built to make
 * backtracking engines explode: long runs of each character the pattern mentions, of its literal
 * words, and of the usual suspects (spaces, newlines, quotes markup), each followed by a character
 * that spoils the match. A pattern with nested or overlapping quantifiers takes seconds or more on
 * these; a safe one takes a few milliseconds. The bound is generous on purpose: it catches
 * catastrophic backtracking and quadratic scans, it is not a speed claim.
 */

const LIB = path.resolve('lib');
const PUMP_LENGTH = 50_000;
const BOUND_MS = 250;

interface FoundRegExp {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Regex literals and `new RegExp('literal')` calls, read from the TypeScript syntax tree. */
function literalRegExps(file: string): { literals: FoundRegExp[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const literals: FoundRegExp[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node) =>
    `${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const slash = literal.lastIndexOf('/');
      literals.push({ where: where(node), regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        literals.push({ where: where(node), regex: new RegExp(pattern.text, flags?.text) });
      } else {
        dynamic.push(where(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, dynamic };
}

const FOUND = sourceFiles(LIB).map(literalRegExps);
const LITERALS = FOUND.flatMap((found) => found.literals);
const DYNAMIC = FOUND.flatMap((found) => found.dynamic).map((where) => where.replace(/:\d+$/, ''));

/**
 * Patterns built at run time, and how this test covers each. A new one fails the test below until
 * it is listed here with a way to check it.
 */
const DYNAMIC_REGEXPS: Record<string, () => RegExp[]> = {
  // A matched phrase, escaped, with its spaces widened to \s+ (the same construction, on long phrases).
  'lib/page/highlight.ts': () =>
    ['lower back', 'between my shoulder blades', 'a '.repeat(200).trim()].map(
      (phrase) => new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g'),
    ),
};

/** The usual suspects: whitespace, punctuation and markup that forum text is full of. */
const COMMON_UNITS = [
  ' ',
  '\t',
  '\n',
  ' \n',
  '\r\n',
  'a',
  'A',
  '1',
  '.',
  ',',
  '-',
  ' - ',
  '(',
  ')',
  "'",
  '"',
  '>',
  '> ',
  '[',
  '[quote=',
  '[/quote]',
  ':',
  'é',
  '\u0301',
  '😀',
  '\u200B',
  '\u0000',
  'ab',
  'a ',
  '1.',
  '1,2/',
];

/** Characters and words the pattern itself mentions: the strings most likely to make it backtrack. */
function unitsFrom(regex: RegExp): string[] {
  const source = regex.source.replace(/\\[pPu]\{[^}]*\}/g, '');
  const characters = [...new Set(source.replace(/\\[a-zA-Z]/g, '').split(''))].filter((char) => !/[\\^$|?*+(){}[\]]/.test(char));
  const words = [...new Set(source.toLowerCase().match(/[a-z]{2,}(?: [a-z]{2,})*/g) ?? [])];
  return [...characters, ...words.flatMap((word) => [word, `${word} `])];
}

/** Runs `regex` over the whole input the way the code does: every match for a global one, every start position otherwise. */
function scan(regex: RegExp, input: string): void {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  let count = 0;
  for (const _ of input.matchAll(global)) if (++count > PUMP_LENGTH) break;
}

/**
 * Pump lengths, short first: exponential backtracking shows within a few dozen characters (and would
 * never finish on 50,000), quadratic scans only on long inputs. Pumping stops at the first slow length.
 */
const PUMP_LENGTHS = [16, 20, 24, 28, 1_000, PUMP_LENGTH];

function slowestInput(regex: RegExp): { input: string; ms: number } {
  let worst = { input: '', ms: 0 };
  for (const unit of [...COMMON_UNITS, ...unitsFrom(regex)]) {
    for (const length of PUMP_LENGTHS) {
      const times = Math.max(1, Math.ceil(length / unit.length));
      const pumped = unit.repeat(times);
      for (const input of [pumped, `${pumped}\u0000!`, `${pumped}\n`]) {
        // Best of three: a catastrophic pattern is slow every time, a busy machine only sometimes.
        // Fast runs and hopeless ones need no repeat.
        let best = Number.POSITIVE_INFINITY;
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          scan(regex, input);
          best = Math.min(best, performance.now() - start);
          if (best < BOUND_MS / 5 || best > 4 * BOUND_MS) break;
        }
        if (best > worst.ms) worst = { input: `${JSON.stringify(unit)} × ${times}`, ms: best };
      }
      if (worst.ms >= BOUND_MS) return worst;
    }
  }
  return worst;
}

describe('regular expressions in lib/', () => {
  it('are found (the walk works)', () => {
    expect(LITERALS.length).toBeGreaterThan(20);
    expect(LITERALS.some((found) => found.where.startsWith('lib/analysis/'))).toBe(true);
  });

  it('are all literal, or built at run time in a place this test knows how to check', () => {
    expect([...new Set(DYNAMIC)].filter((file) => !(file in DYNAMIC_REGEXPS))).toEqual([]);
  });

  it.each(LITERALS.map((found) => [`${found.where} ${found.regex}`, found.regex] as const))(
    '%s runs in bounded time on pathological input',
    (_name, regex) => {
      const worst = slowestInput(regex);
      expect(worst.ms, `slowest on ${worst.input}`).toBeLessThan(BOUND_MS);
    },
  );

  it.each(Object.entries(DYNAMIC_REGEXPS))(
    '%s (built at run time) runs in bounded time on pathological input',
    (_file, build) => {
      for (const regex of build()) {
        const worst = slowestInput(regex);
        expect(worst.ms, `${regex.source.slice(0, 80)}… slowest on ${worst.input}`).toBeLessThan(BOUND_MS);
      }
    },
  );
});
