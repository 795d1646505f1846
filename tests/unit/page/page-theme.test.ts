// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectPageTheme, parseCssColor, relativeLuminance } from '@/lib/page/page-theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('page theme', () => {
  it.each([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255 }],
    ['rgba(18, 18, 18, 0.9)', { r: 18, g: 18, b: 18 }],
    ['rgb(10 20 30 / 80%)', { r: 10, g: 20, b: 30 }],
    ['rgba(0, 0, 0, 0)', undefined],
    ['transparent', undefined],
    ['', undefined],
  ])('parses %j', (value, expected) => {
    expect(parseCssColor(value)).toEqual(expected);
  });

  it('orders luminance from black to white', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
  });

  it('follows a declared colour scheme when the page paints no background', () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark light';
    document.head.append(meta);
    try {
      expect(detectPageTheme(document, window)).toBe('dark');
      meta.content = 'light dark';
      expect(detectPageTheme(document, window)).toBe('light');
    } finally {
      meta.remove();
    }
  });

  it('follows a dark body and a light root', () => {
    document.body.style.backgroundColor = 'rgb(20, 22, 25)';
    expect(detectPageTheme(document, window)).toBe('dark');
    document.body.style.backgroundColor = '';
    document.documentElement.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(detectPageTheme(document, window)).toBe('light');
  });
});
