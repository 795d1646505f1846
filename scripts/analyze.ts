/**
 * npm run --silent analyze -- FILE [--url URL]
 *
 * Prints the JSON assessment of a post saved as text (DESIGN.md "Contracts"); the logic lives in
 * lib/analyze-cli.ts. Exit codes: 0 printed, 2 bad arguments or unreadable/unsupported file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeFileContent, parseAnalyzeArgs } from '../lib/analyze-cli';

function fail(message: string): never {
  console.error(`analyze: ${message}`);
  console.error('usage: npm run --silent analyze -- FILE [--url URL]');
  process.exit(2);
}

const args = parseAnalyzeArgs(process.argv.slice(2));
if ('error' in args) fail(args.error);

let content: string;
try {
  content = readFileSync(args.file, 'utf8');
} catch (error) {
  fail(`cannot read ${args.file}: ${(error as Error).message}`);
}

const result = analyzeFileContent(content, path.basename(args.file));
if (!result.ok) fail(result.error);
console.log(JSON.stringify(result.output));
