// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPostText } from '@/lib/adapters/types';
import { badgeLabel } from '@/lib/wording/badge-label';
import { attachBadge, badgeText, createBadge, type BadgeOptions } from '@/lib/page/post-badge';
import { SPOTTER_UI_SELECTOR } from '@/lib/page/scanner';

function post(html: string): HTMLElement {
  const article = document.createElement('article');
  article.innerHTML = html; // test-only fixture markup
  document.body.append(article);
  return article;
}

function badge(options: Partial<BadgeOptions> & Pick<BadgeOptions, 'postId'>): HTMLElement {
  return createBadge(document, {
    tier: 'self_care',
    label: 'Back cramp?',
    theme: 'light',
    onOpen: () => {},
    signal: new AbortController().signal,
    ...options,
  });
}

function findBadge(postId: string): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>(`[data-spotter-badge][data-spotter-post="${postId}"]`);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('badge', () => {
  it('is a type=button with the post id, its tier, visible words and a name that starts with them', () => {
    const body = post('<div class="cooked"><p>My mid back cramps on bench.</p></div>').querySelector('.cooked')!;
    attachBadge(body, badge({ postId: 'p1', tier: 'soon', label: 'Back cramp?' }));
    const button = findBadge('p1')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.getAttribute('data-spotter-badge')).toBe('');
    expect(button.getAttribute('data-spotter-tier')).toBe('soon');
    expect(button.textContent).toBe('Back cramp? · Spotter');
    expect(button.getAttribute('aria-label')).toMatch(/^Back cramp\? · Spotter: open the explanation$/);
    expect(body.firstElementChild?.hasAttribute('data-spotter-badge-host')).toBe(true);
    expect(body.firstElementChild?.matches(SPOTTER_UI_SELECTOR)).toBe(true);
  });

  it('leaves the post as Spotter reads it unchanged', () => {
    const article = post('<div class="cooked"><p>My mid back cramps on bench.</p></div>');
    const body = article.querySelector('.cooked')!;
    const forumPost = {
      id: 'p1b',
      element: article,
      bodyElement: body,
      author: null,
      permalink: null,
      title: null,
      excluded: '',
    };
    const before = readPostText(forumPost);
    attachBadge(body, badge({ postId: 'p1b' }));
    expect(readPostText(forumPost)).toBe(before);
  });

  it.each([
    ['emergency', 'Warning signs · Spotter'],
    ['urgent', 'Warning signs · Spotter'],
    ['soon', 'Back pump? · Spotter'],
    ['self_care', 'Back pump? · Spotter'],
  ] as const)('says "Warning signs" at urgent and emergency only (%s)', (tier, words) => {
    expect(badgeText(tier, 'Back pump?')).toBe(words);
    const host = badge({ postId: `t-${tier}`, tier, label: 'Back pump?' });
    expect(host.querySelector('button')?.textContent).toBe(words);
  });

  it('is coloured by tier, for a light or a dark forum', () => {
    const fills = new Set<string>();
    for (const theme of ['light', 'dark'] as const) {
      for (const tier of ['emergency', 'urgent', 'soon', 'self_care'] as const) {
        const button = badge({ postId: `${theme}-${tier}`, tier, theme }).querySelector('button')!;
        fills.add(button.style.getPropertyValue('background'));
      }
    }
    expect(fills.size).toBe(8);
  });

  it('takes no room in the post: a zero-height host with the pill positioned from it', () => {
    const host = badge({ postId: 'p-layout' });
    expect(parseFloat(host.style.getPropertyValue('height'))).toBe(0);
    expect(host.querySelector('button')?.style.getPropertyValue('position')).toBe('absolute');
  });

  it('opens on click without the page seeing the event or a form submitting', () => {
    const article = post('<form><div class="body"><p>text</p></div></form>');
    const form = article.querySelector('form')!;
    const pageClick = vi.fn();
    const submit = vi.fn((event: Event) => event.preventDefault());
    article.addEventListener('click', pageClick);
    form.addEventListener('submit', submit);
    const onOpen = vi.fn();
    const controller = new AbortController();
    attachBadge(article.querySelector('.body')!, badge({ postId: 'p2', onOpen, signal: controller.signal }));
    findBadge('p2')!.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(pageClick).not.toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
  });

  it('keeps keys away from page hotkeys', () => {
    const article = post('<div class="body"></div>');
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const controller = new AbortController();
    attachBadge(article.querySelector('.body')!, badge({ postId: 'p3', signal: controller.signal }));
    findBadge('p3')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('draws a focus ring while it has focus, and takes it away after', () => {
    const article = post('<div class="body"></div>');
    attachBadge(article.querySelector('.body')!, badge({ postId: 'p5' }));
    const button = findBadge('p5')!;
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(button.style.getPropertyValue('outline')).toContain('solid');
    button.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(button.style.getPropertyValue('outline')).toBe('');
  });

  it('stops listening once its signal aborts', () => {
    const article = post('<div class="body"></div>');
    const onOpen = vi.fn();
    const controller = new AbortController();
    attachBadge(article.querySelector('.body')!, badge({ postId: 'p4', onOpen, signal: controller.signal }));
    controller.abort();
    findBadge('p4')!.click();
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('is attached once however often it is re-attached', () => {
    const body = post('<div class="body"><p>t</p></div>').querySelector('.body')!;
    const host = badge({ postId: 'p5' });
    attachBadge(body, host);
    attachBadge(body, host);
    expect(body.querySelectorAll('[data-spotter-badge]')).toHaveLength(1);
  });
});

describe('badgeLabel', () => {
  it.each([
    [{ sensation: ['cramp', 'soreness'] }, 'Back cramp?'],
    [{ sensation: ['pump'] }, 'Back pump?'],
    [{ sensation: ['tightness'] }, 'Back tightness?'],
    [{ sensation: ['sharp_pain'] }, 'Back pain?'],
    [{}, 'Back pain?'],
    [{ sensation: ['stiffness'], region: ['neck'] }, 'Neck tightness?'],
  ] as const)('%j → %s', (features, words) => {
    expect(badgeLabel(features as never)).toBe(words);
  });
});
