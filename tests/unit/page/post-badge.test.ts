// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachBadge, createBadge } from '@/lib/page/post-badge';
import { SPOTTER_UI_SELECTOR } from '@/lib/page/scanner';

function post(html: string): HTMLElement {
  const article = document.createElement('article');
  article.innerHTML = html; // test-only fixture markup
  document.body.append(article);
  return article;
}

function findBadge(postId: string): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>(`[data-spotter-badge][data-spotter-post="${postId}"]`);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('badge', () => {
  it('is a type=button carrying the post id and an accessible name, and adds no text to the post', () => {
    const body = post('<div class="cooked"><p>My mid back cramps on bench.</p></div>').querySelector('.cooked')!;
    const before = body.textContent;
    const controller = new AbortController();
    attachBadge(body, createBadge(document, { postId: 'p1', tier: 'self_care', label: 'Spotter: open', onOpen: () => {}, signal: controller.signal }));
    const badge = findBadge('p1')!;
    expect(badge.tagName).toBe('BUTTON');
    expect(badge.type).toBe('button');
    expect(badge.getAttribute('data-spotter-badge')).toBe('');
    expect(badge.getAttribute('aria-label')).toBe('Spotter: open');
    expect(body.textContent).toBe(before);
    expect(body.firstElementChild?.hasAttribute('data-spotter-badge-host')).toBe(true);
    expect(body.firstElementChild?.matches(SPOTTER_UI_SELECTOR)).toBe(true);
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
    attachBadge(article.querySelector('.body')!, createBadge(document, { postId: 'p2', tier: 'self_care', label: 'x', onOpen, signal: controller.signal }));
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
    attachBadge(article.querySelector('.body')!, createBadge(document, { postId: 'p3', tier: 'self_care', label: 'x', onOpen: () => {}, signal: controller.signal }));
    findBadge('p3')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('stops listening once its signal aborts', () => {
    const article = post('<div class="body"></div>');
    const onOpen = vi.fn();
    const controller = new AbortController();
    attachBadge(article.querySelector('.body')!, createBadge(document, { postId: 'p4', tier: 'self_care', label: 'x', onOpen, signal: controller.signal }));
    controller.abort();
    findBadge('p4')!.click();
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('is attached once however often it is re-attached', () => {
    const body = post('<div class="body"><p>t</p></div>').querySelector('.body')!;
    const host = createBadge(document, { postId: 'p5', tier: 'self_care', label: 'x', onOpen: () => {}, signal: new AbortController().signal });
    attachBadge(body, host);
    attachBadge(body, host);
    expect(body.querySelectorAll('[data-spotter-badge]')).toHaveLength(1);
  });
});
