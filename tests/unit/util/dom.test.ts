// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { $, $$, $$inclusive, $optional, $path, $pathOptional, MissingElementError, attribute, textOf } from '@/lib/util/dom';

const doc = new DOMParser().parseFromString(
  `<!DOCTYPE html><div id="stream" class="posts">
    <article class="post new" data-id=" 7 "><p class="body">one</p></article>
    <article class="post"><p class="body">two</p></article>
    <section class="legacy-post"><p>three</p></section>
  </div>`,
  'text/html',
);
const stream = doc.getElementById('stream')!;

describe('$', () => {
  it('returns the first match', () => {
    expect($('.body', doc).textContent).toBe('one');
  });

  it('throws a MissingElementError naming the selector and where it looked', () => {
    expect(() => $('.signature', stream)).toThrow(MissingElementError);
    expect(() => $('.signature', stream)).toThrow('required element ".signature" is missing in <div#stream.posts>');
    expect(() => $(['.a', '.b'], doc)).toThrow('".a" or ".b" is missing in the document');
  });

  it('tries fallbacks in order', () => {
    expect($(['.missing', '.legacy-post p'], doc).textContent).toBe('three');
    expect($(['.body', '.legacy-post p'], doc).textContent).toBe('one');
  });
});

describe('$optional', () => {
  it('returns null when nothing matches', () => {
    expect($optional('.signature', doc)).toBeNull();
    expect($optional(['.a', '.b'], doc)).toBeNull();
  });
});

describe('$$', () => {
  it('returns every match of the first selector that matches anything', () => {
    expect($$('.post', doc)).toHaveLength(2);
    expect($$(['.missing', '.post', '.legacy-post'], doc)).toHaveLength(2);
    expect($$('.missing', doc)).toEqual([]);
  });
});

describe('$$inclusive', () => {
  it('counts the root itself when it matches', () => {
    const first = doc.querySelector('.post')!;
    expect($$inclusive('.post', first)).toEqual([first]);
    expect($$inclusive('.post', stream)).toHaveLength(2);
    expect($$inclusive('.post', doc)).toHaveLength(2);
  });
});

describe('$path and $pathOptional', () => {
  it('step down one selector at a time', () => {
    expect($path(['.post', '.body'], stream).textContent).toBe('one');
    expect($path(['.legacy-post', 'p'], doc).textContent).toBe('three');
  });

  it('try each path of a list in order', () => {
    expect(
      $pathOptional(
        [
          ['.missing', 'p'],
          ['.legacy-post', 'p'],
        ],
        doc,
      )?.textContent,
    ).toBe('three');
    expect($pathOptional([['.post', '.missing']], doc)).toBeNull();
  });

  it('throw a MissingElementError naming the paths', () => {
    expect(() => $path([['.post', '.signature'], ['.sig']], stream)).toThrow('".post .signature" or ".sig" is missing');
  });
});

describe('attribute and textOf', () => {
  it('trim, and give null for blank', () => {
    const first = doc.querySelector('.post')!;
    expect(attribute(first, 'data-id')).toBe('7');
    expect(attribute(first, 'data-missing')).toBeNull();
    expect(textOf(first)).toBe('one');
    expect(textOf(null)).toBeNull();
    expect(textOf(doc.createElement('span'))).toBeNull();
  });
});
