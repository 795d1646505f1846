import { describe, expect, it } from 'vitest';
import { judgeLintReport } from '@/lib/tools/lint-report';

const warning = (code: string, file: string) => ({ code, file, message: code });

describe('judgeLintReport', () => {
  it('passes a clean report', () => {
    expect(judgeLintReport({ errors: [], warnings: [], notices: [] }).ok).toBe(true);
  });
  it('fails on any error', () => {
    const verdict = judgeLintReport({ errors: [warning('MANIFEST_FIELD_REQUIRED', 'manifest.json')], warnings: [], notices: [] });
    expect(verdict.ok).toBe(false);
  });
  it('allows the known Preact innerHTML warning in a bundle and nothing else', () => {
    const verdict = judgeLintReport({
      errors: [],
      warnings: [warning('UNSAFE_VAR_ASSIGNMENT', 'chunks/jsxRuntime.module-x.js'), warning('DANGEROUS_EVAL', 'chunks/a.js')],
      notices: [],
    });
    expect(verdict.allowed).toHaveLength(1);
    expect(verdict.problems.map((p) => p.code)).toEqual(['DANGEROUS_EVAL']);
    expect(verdict.ok).toBe(false);
  });
  it('allows it in the injected side-panel script, which bundles its own Preact, and not in other top-level files', () => {
    const verdict = judgeLintReport({
      errors: [],
      warnings: [warning('UNSAFE_VAR_ASSIGNMENT', 'forum-panel.js'), warning('UNSAFE_VAR_ASSIGNMENT', 'background.js')],
      notices: [],
    });
    expect(verdict.allowed.map((entry) => entry.warning.file)).toEqual(['forum-panel.js']);
    expect(verdict.problems.map((problem) => problem.file)).toEqual(['background.js']);
  });
});
