import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which part of the code may import which (DESIGN.md "Runtime contexts and layout"). The folders say where code
 * runs; this keeps them honest, as Dark Reader's import zones do
 * (https://github.com/darkreader/darkreader/blob/main/eslint.config.js, `import/no-restricted-paths`).
 * The forum page never carries the engine: every forum tab stays small, and relevance has one owner (the background).
 */

/** The area a file belongs to: a lib/ folder, a lib/ root module, or a top-level folder. */
function areaOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'lib') return parts.length === 2 ? file.replace(/\.tsx?$/, '') : `lib/${parts[1] ?? ''}`;
  if (parts[0] === 'tests') return parts[1] === 'harness' ? 'tests/harness' : 'tests';
  return parts.length === 1 ? 'root' : (parts[0] ?? 'root');
}

const LIB_FOLDERS = [
  'lib/features',
  'lib/feature-labels',
  'lib/messages',
  'lib/util',
  'lib/catalog',
  'lib/analysis',
  'lib/adapters',
  'lib/page',
  'lib/background',
  'lib/questionnaire',
  'lib/wording',
  'lib/settings',
  'lib/tools',
] as const;
const EVERY_LIB = [...LIB_FOLDERS];
const LIB_BUT_TOOLS = EVERY_LIB.filter((area) => area !== 'lib/tools');

/** Areas each area may import at run time (its own area always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'lib/util': [],
  'lib/features': [],
  'lib/feature-labels': ['lib/features'],
  'lib/messages': ['lib/features', 'lib/settings'],
  'lib/catalog': ['lib/features'],
  'lib/analysis': ['lib/features', 'lib/feature-labels', 'lib/catalog', 'lib/util'],
  'lib/adapters': ['lib/util'],
  'lib/page': ['lib/adapters', 'lib/util', 'lib/features', 'lib/messages', 'lib/settings'],
  'lib/questionnaire': ['lib/features', 'lib/catalog'],
  'lib/wording': ['lib/features', 'lib/feature-labels', 'lib/catalog', 'lib/analysis'],
  'lib/settings': ['lib/features', 'lib/messages'],
  'lib/background': [
    'lib/features',
    'lib/messages',
    'lib/settings',
    'lib/analysis',
    'lib/util',
    'lib/catalog',
    'lib/wording',
    'lib/questionnaire',
  ],
  'lib/tools': EVERY_LIB,
  components: [...LIB_BUT_TOOLS.filter((area) => area !== 'lib/page'), 'lib/page'],
  entrypoints: ['components', ...LIB_BUT_TOOLS],
  scripts: ['lib/tools', 'tests/harness', ...EVERY_LIB],
  'tests/harness': ['tests/harness', ...EVERY_LIB],
  tests: ['tests/harness', 'components', 'entrypoints', ...EVERY_LIB],
  root: [...EVERY_LIB],
};

/** Contracts that any area may name in types: type-only imports are erased and carry no code. */
const TYPE_CONTRACTS = new Set(['lib/analysis/types', 'lib/adapters/types', 'lib/catalog/types', 'lib/features', 'lib/messages']);

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const FILES = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file !== '' && !file.startsWith('node_modules/'));

function resolveSpecifier(from: string, specifier: string): string | null {
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return null;
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function edgesOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    if (!specifier) continue;
    const target = resolveSpecifier(file, specifier);
    if (target !== null) edges.push({ from: file, to: target.replace(/\.tsx?$/, ''), typeOnly: Boolean(match[2]) });
  }
  return edges;
}

const EDGES = FILES.flatMap(edgesOf);

function allowed(edge: Edge): boolean {
  const fromArea = areaOf(edge.from);
  const toArea = areaOf(`${edge.to}.ts`);
  if (fromArea === toArea) return true;
  if (edge.typeOnly && TYPE_CONTRACTS.has(edge.to.replace(/\/index$/, ''))) return true;
  return (MAY_IMPORT[fromArea] ?? []).includes(toArea);
}

describe('layering', () => {
  it('finds the imports it judges', () => {
    expect(EDGES.length).toBeGreaterThan(300);
    expect(EDGES.some((edge) => edge.from.startsWith('lib/analysis/') && edge.to === 'lib/features')).toBe(true);
  });

  it('judges a forbidden import as forbidden, and a type-only contract as allowed', () => {
    expect(allowed({ from: 'lib/page/scanner.ts', to: 'lib/analysis', typeOnly: false })).toBe(false);
    expect(allowed({ from: 'lib/page/scanner.ts', to: 'lib/analysis/types', typeOnly: true })).toBe(true);
    expect(allowed({ from: 'scripts/demo.ts', to: 'tests/unit/support/mount', typeOnly: false })).toBe(false);
    expect(allowed({ from: 'lib/util/dom.ts', to: 'lib/features', typeOnly: false })).toBe(false);
  });

  it('every import stays within the layering table', () => {
    const broken = EDGES.filter((edge) => !allowed(edge)).map(
      (edge) => `${edge.from} -> ${edge.to}${edge.typeOnly ? ' (type)' : ''}`,
    );
    expect(broken).toEqual([]);
  });

  it('every area is in the table', () => {
    const unknown = [...new Set(FILES.map(areaOf))].filter((area) => !(area in MAY_IMPORT));
    expect(unknown).toEqual([]);
  });

  it('the extension API is used only by the background and settings storage', () => {
    const offenders = FILES.filter((file) => file.startsWith('lib/'))
      .filter((file) => !file.startsWith('lib/background/') && file !== 'lib/settings/storage.ts')
      .filter((file) => /from ['"](?:#imports|wxt\/[\w/-]+)['"]|(?<![\w.$])browser\.\w/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
