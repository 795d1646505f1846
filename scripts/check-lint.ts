/** Reads the JSON that `web-ext lint --output json` wrote and fails on errors or unexplained warnings. */
import { readFileSync } from 'node:fs';
import { judgeLintReport, type LintReport } from '../lib/tools/lint-report';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/check-lint.ts web-ext-lint.json');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as LintReport;
const verdict = judgeLintReport(report);
for (const { warning, reason } of verdict.allowed) {
  console.log(`allowed warning ${warning.code} in ${warning.file}: ${reason}`);
}
for (const problem of verdict.problems) {
  console.error(`web-ext lint: ${problem.code} in ${problem.file ?? 'manifest'}:${problem.line ?? '-'}: ${problem.message}`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${verdict.allowed.length} allowed), ${report.notices.length} notices`,
);
process.exit(verdict.ok ? 0 : 1);
