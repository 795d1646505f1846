/**
 * npm run --silent analyze -- FILE [--url URL] [--thread TITLE]
 * npm run --silent analyze -- --jsonl FILE
 *
 * Prints the JSON assessment of a post saved as text, or of every post of a saved thread page, or
 * (--jsonl) one JSON line per input line (DESIGN.md "Contracts"); the logic lives in
 * lib/tools/analyze-output.ts and lib/tools/analyze-page.ts.
 * Exit codes: 0 printed, 2 bad arguments or unreadable/unsupported file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeJsonl, parseAnalyzeArgs } from '../lib/tools/analyze-output';
import { analyzeFile } from '../lib/tools/analyze-page';

function fail(message: string): never {
  console.error(`analyze: ${message}`);
  console.error('usage: npm run --silent analyze -- FILE [--url URL] [--thread TITLE] | --jsonl FILE');
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

if (args.jsonl) {
  // Written, not exited: process.exit could cut a long output still flowing into a pipe.
  const lines = analyzeJsonl(content);
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
} else {
  // Without --url, permalinks resolve against the file itself; adapters detect engines by markup.
  const url = new URL(args.url ?? `file://${path.resolve(args.file)}`);
  const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
  const result = analyzeFile(content, path.basename(args.file), url, parseHtml, args.thread);
  if (!result.ok) fail(result.error);
  if (result.notice) console.error(`analyze: ${result.notice}`);
  console.log(JSON.stringify(result.output));
}
