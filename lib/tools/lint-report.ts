/**
 * Judges a `web-ext lint --output json` report: no errors at all, and no warnings but the known
 * ones from bundled libraries, each with the reason it is safe (README, "Firefox lint").
 */

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface AllowedWarning {
  code: string;
  /** Only warnings in files whose path matches this are allowed. */
  file: RegExp;
  reason: string;
}

export const ALLOWED_WARNINGS: AllowedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // forum-panel.js is the side panel injected on a badge's first click; it bundles its own copy of Preact.
    file: /^(chunks\/|content-scripts\/|popup|options|forum-panel\.js$)/,
    reason:
      "Preact's renderer assigns innerHTML only when a component asks it to render raw HTML, which Spotter's own " +
      'code never does (tests/unit/conventions.test.ts fails if it does), so no page or user text ever reaches it.',
  },
];

export interface LintVerdict {
  ok: boolean;
  problems: LintMessage[];
  allowed: { warning: LintMessage; reason: string }[];
}

export function judgeLintReport(report: LintReport, allowList: AllowedWarning[] = ALLOWED_WARNINGS): LintVerdict {
  const allowed: LintVerdict['allowed'] = [];
  const problems: LintMessage[] = [...report.errors];
  for (const warning of report.warnings) {
    const rule = allowList.find((entry) => entry.code === warning.code && entry.file.test(warning.file ?? ''));
    if (rule) allowed.push({ warning, reason: rule.reason });
    else problems.push(warning);
  }
  return { ok: problems.length === 0, problems, allowed };
}
