/**
 * The badge Spotter puts on a relevant post: a `<button type="button" data-spotter-badge>` in the
 * page's own DOM (outside tests and screen readers find it there), styled so that nothing the page's
 * CSS does can restyle it, placed so that the post's layout does not move, and with events that stop
 * at the button so the page's handlers (quick-reply forms, post click handlers) never see them.
 */
import type { TriageTier } from '../features';

export const BADGE_ATTRIBUTE = 'data-spotter-badge';
export const BADGE_POST_ATTRIBUTE = 'data-spotter-post';
export const BADGE_HOST_ATTRIBUTE = 'data-spotter-badge-host';
/** The post's triage tier, as the engine decided it (DESIGN.md contracts). */
export const BADGE_TIER_ATTRIBUTE = 'data-spotter-tier';

/** Inline `!important` declarations beat every author stylesheet, `!important` ones included. */
function setStyles(element: HTMLElement | SVGElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}

// A zero-height block at the start of the post body: empty blocks collapse through, so the text
// below it does not move (https://www.w3.org/TR/CSS2/box.html#collapsing-margins).
const HOST_STYLES = {
  all: 'initial',
  display: 'block',
  position: 'relative',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
};

const BUTTON_STYLES = {
  all: 'initial',
  position: 'absolute',
  right: '0',
  bottom: '2px',
  'z-index': '2147483000',
  display: 'inline-flex',
  'align-items': 'center',
  'justify-content': 'center',
  width: '24px',
  height: '24px',
  padding: '0',
  'border-radius': '12px',
  border: '1px solid #1f5139',
  background: '#2f6f4f',
  color: '#ffffff',
  cursor: 'pointer',
  'box-sizing': 'border-box',
  'box-shadow': '0 1px 2px rgba(0, 0, 0, 0.25)',
};

const FOCUS_STYLES = { outline: '3px solid #f2b134', 'outline-offset': '2px' };

/**
 * Events a badge keeps to itself. Mouse and pointer events are included because forums start
 * drags, selections and "quote this" popovers on them.
 */
const ISOLATED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
] as const;

export interface BadgeOptions {
  postId: string;
  tier: TriageTier;
  /** Accessible name and tooltip, e.g. "Spotter: this post describes back pain. Open the explanation". */
  label: string;
  onOpen(badge: HTMLButtonElement): void;
  signal: AbortSignal;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Spotter's mark (three vertebrae) drawn with shapes only: the badge adds no text node, so the
 * post's `textContent`, which Spotter and the page's own scripts read, stays exactly as it was.
 */
function badgeIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  setStyles(svg, { display: 'block', width: '14px', height: '14px' });
  for (const y of [2.5, 6.75, 11]) {
    const bar = doc.createElementNS(SVG_NS, 'rect');
    const attributes = { x: '3', y: String(y), width: '10', height: '2.5', rx: '1.25', fill: '#ffffff' };
    for (const [name, value] of Object.entries(attributes)) bar.setAttribute(name, value);
    svg.append(bar);
  }
  return svg;
}

export function createBadge(doc: Document, options: BadgeOptions): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_HOST_ATTRIBUTE, '');
  // The scanner passes over mutations inside elements marked as Spotter's own (lib/page/scanner.ts).
  host.setAttribute('data-spotter-ui', '');
  setStyles(host, HOST_STYLES);

  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute(BADGE_ATTRIBUTE, '');
  button.setAttribute(BADGE_POST_ATTRIBUTE, options.postId);
  button.setAttribute(BADGE_TIER_ATTRIBUTE, options.tier);
  button.setAttribute('aria-label', options.label);
  button.setAttribute('aria-haspopup', 'dialog');
  button.title = options.label;
  button.append(badgeIcon(doc));
  setStyles(button, BUTTON_STYLES);

  const { signal } = options;
  for (const type of ISOLATED_EVENTS) {
    button.addEventListener(
      type,
      (event) => {
        event.stopPropagation();
        // Enter and Space reach `click` through the button's default action, which stopPropagation keeps.
        if (type === 'click') {
          event.preventDefault();
          options.onOpen(button);
        }
        // Inline styles cannot say :focus-visible, so focus is drawn by hand.
        if (type === 'focusin') setStyles(button, FOCUS_STYLES);
        if (type === 'focusout') for (const property of Object.keys(FOCUS_STYLES)) button.style.removeProperty(property);
      },
      { signal },
    );
  }
  host.append(button);
  return host;
}

/** Puts the badge host at the start of the post body, unless it is already there. */
export function attachBadge(bodyElement: Element, host: HTMLElement): void {
  if (bodyElement.firstChild === host) return;
  bodyElement.prepend(host);
}
