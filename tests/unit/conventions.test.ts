import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the extension (not tests, not scripts). */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const SOURCES = ['entrypoints', 'components', 'lib'].flatMap((dir) => sourceFiles(dir));

describe('conventions', () => {
  it.each(SOURCES)('%s never writes markup from strings', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });

  it.each(SOURCES)('%s imports the extension API from WXT, never from the polyfill directly', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]webextension-polyfill['"]/);
  });

  it.each(SOURCES)('%s makes no network request', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/);
  });

  it.each(SOURCES.filter((file) => file.startsWith('lib')))('%s (lib) never touches browser.* or chrome.*', (file) => {
    // `chrome.` as an identifier, not inside a link such as developer.chrome.com.
    expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]wxt\/browser['"]|(?<![\w./-])chrome\.\w/);
  });
});
