import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/adapters';

/**
 * Conventions for lib/adapters (refined-github's build/features.test.ts does the same for its
 * features): every engine file is registered, named by its id, has fixtures with expectations,
 * and ends with the URLs to test it on.
 */
const ADAPTERS_DIR = path.resolve('lib/adapters');
const FIXTURES_DIR = path.resolve('tests/fixtures');
/** The files of lib/adapters that are not adapters. */
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts']);

const adapterFiles = readdirSync(ADAPTERS_DIR).filter((file) => file.endsWith('.ts') && !NOT_ADAPTERS.has(file));

describe('lib/adapters', () => {
  it('holds adapters', () => {
    expect(adapterFiles.length).toBeGreaterThan(1);
  });

  describe.each(adapterFiles)('%s', (file) => {
    const id = path.basename(file, '.ts');
    const source = readFileSync(path.join(ADAPTERS_DIR, file), 'utf8');

    it('is registered in index.ts under its file name', () => {
      expect(ADAPTERS.map((adapter) => adapter.id)).toContain(id);
    });

    it('has a fixture folder with at least one page, each with its expectations', () => {
      const dir = path.join(FIXTURES_DIR, id);
      expect(existsSync(dir), `tests/fixtures/${id}/ is missing`).toBe(true);
      const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
      expect(pages.length, `tests/fixtures/${id}/ has no .html page`).toBeGreaterThan(0);
      for (const page of pages) {
        expect(existsSync(path.join(dir, page.replace(/\.html$/, '.expect.json'))), `${page} has no .expect.json`).toBe(true);
      }
    });

    it('ends with a Test URLs comment', () => {
      expect(source.trimEnd()).toMatch(/\/\*\s*Test URLs:\n(?:.+\n)+\*\/$/);
    });
  });

  it('writes each post selector as a list the scanner can ask for part by part (lib/page/scanner.ts, listPosts)', () => {
    for (const adapter of ADAPTERS) {
      if (!adapter.postSelector) continue;
      const parts = adapter.postSelector.split(', ');
      // A comma inside a part (`:is(a, b)`, an attribute value) would split it into pieces that are no selectors:
      // each piece must close what it opens.
      const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
      for (const part of parts) {
        expect(part, adapter.id).not.toMatch(/,|^\s|\s$/);
        expect(count(part, /\(/g), `${adapter.id}: "${part}"`).toBe(count(part, /\)/g));
        expect(count(part, /"/g) % 2, `${adapter.id}: "${part}"`).toBe(0);
      }
      expect(parts.join(', ')).toBe(adapter.postSelector);
    }
  });

  it('registers no adapter without a file', () => {
    const ids = adapterFiles.map((file) => path.basename(file, '.ts'));
    expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual([...ids].sort());
  });

  it('has index.ts as a plain list: imports, the list, the detector, and the one choice of adapter with its fallback', () => {
    const index = readFileSync(path.join(ADAPTERS_DIR, 'index.ts'), 'utf8');
    const exported = [...index.matchAll(/^export (?:const|function) (\w+)/gm)].map((match) => match[1]);
    expect(exported).toEqual(['ADAPTERS', 'detectAdapter', 'chooseAdapter', 'fallBackFrom']);
  });
});
