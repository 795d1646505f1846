import type { TriageTier } from '../features';
import type { PanelTheme } from './page-theme';

/**
 * The badge Spotter puts on a relevant post: a `<button type="button" data-spotter-badge>` in the
 * page's own DOM (outside tests and screen readers find it there), styled so that nothing the page's
 * CSS does can restyle it, placed so that the post's layout does not move, and with events that stop
 * at the button so the page's handlers (quick-reply forms, post click handlers) never see them.
 */

export const BADGE_ATTRIBUTE = 'data-spotter-badge';
export const BADGE_POST_ATTRIBUTE = 'data-spotter-post';
export const BADGE_HOST_ATTRIBUTE = 'data-spotter-badge-host';
export const BADGE_TIER_ATTRIBUTE = 'data-spotter-tier';

/**
 * Inline `!important` declarations beat every author stylesheet, `!important` ones included. Written
 * as CSS declarations (`property: value; …`): this file ships in the script every forum page loads.
 * Set as one `cssText`, which the browser parses once, rather than one `setProperty` call a property.
 */
function setStyles(element: HTMLElement, declarations: string): void {
  element.style.cssText += declarations.replace(/;|$/g, ' !important;');
}

// A zero-height block at the start of the post body: empty blocks collapse through, so the text
// below it does not move (https://www.w3.org/TR/CSS2/box.html#collapsing-margins). `all: initial`
// leaves no margin, padding, border or overflow for a page's styles to add. Written without spaces:
// these strings ship in the script every forum page loads.
const HOST_STYLES = 'all:initial;display:block;position:relative;height:0';

// A pill just above the start of the post body, at its right end: on forum layouts that is the
// header line (author, date). Positioned absolutely from the zero-height host, so nothing moves.
const BUTTON_STYLES = [
  'all:initial;position:absolute;right:0;bottom:2px;z-index:2147483000',
  'height:24px;min-width:24px;max-width:90vw;padding:0 10px',
  'border-radius:12px;border:1px solid;cursor:pointer;box-sizing:border-box;box-shadow:0 1px 2px #0004',
  // system-ui is the platform's own UI face in every browser Spotter supports (Chrome 56+, Firefox 92+).
  'font:600 12px/22px system-ui,sans-serif;white-space:nowrap;user-select:none',
].join(';');

/**
 * The pill's colours by tier and by the forum's look. Text meets WCAG AA (4.5:1) on its fill, and
 * the fill stands apart from a white or a near-black page.
 */
const TIER_COLOURS: Readonly<Record<PanelTheme, Readonly<Record<TriageTier, { fill: string; text: string; edge: string }>>>> = {
  light: {
    emergency: { fill: '#a3101a', text: '#ffffff', edge: '#6e0a11' },
    urgent: { fill: '#8a4500', text: '#ffffff', edge: '#5c2e00' },
    soon: { fill: '#665200', text: '#ffffff', edge: '#403300' },
    self_care: { fill: '#2f6f4f', text: '#ffffff', edge: '#1f5139' },
  },
  dark: {
    emergency: { fill: '#ffb3b3', text: '#3b0004', edge: '#ff8080' },
    urgent: { fill: '#ffcf99', text: '#3a1f00', edge: '#f0a24a' },
    soon: { fill: '#ffe680', text: '#2e2500', edge: '#d9b800' },
    self_care: { fill: '#9fe0b8', text: '#0b2a18', edge: '#5fbf85' },
  },
};

/** What an urgent or emergency badge says, whatever the post describes. */
export const WARNING_WORDS = 'Warning signs';

/** The pill's words: "Back cramp? · Spotter", or "Warning signs · Spotter" at urgent and emergency. */
export function badgeText(tier: TriageTier, label: string): string {
  const words = tier === 'urgent' || tier === 'emergency' ? WARNING_WORDS : label;
  return `${words} · Spotter`;
}

const FOCUS_STYLES = 'outline:3px solid #f2b134;outline-offset:2px';

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
  /** The post's triage tier: the pill's colour, and "Warning signs" at urgent and emergency. */
  tier: TriageTier;
  /** A few words for what the post describes, e.g. "Back cramp?" (see `badgeLabel`). */
  label: string;
  /** The forum's look, so the pill reads well on it. */
  theme: PanelTheme;
  onOpen(badge: HTMLButtonElement): void;
  signal: AbortSignal;
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
  const text = badgeText(options.tier, options.label);
  // The accessible name starts with the visible words (WCAG 2.5.3, label in name).
  button.setAttribute('aria-label', `${text}: open the explanation`);
  button.setAttribute('aria-haspopup', 'dialog');
  button.title = 'Open Spotter’s explanation of this post';
  // Visible words, as text so that every reader and tool sees them. Spotter's own reading skips
  // buttons (ALWAYS_EXCLUDED in lib/adapters/types.ts), so the post's words as analysed stay the same.
  button.textContent = text;
  const colours = TIER_COLOURS[options.theme][options.tier];
  setStyles(button, `${BUTTON_STYLES};background:${colours.fill};color:${colours.text};border-color:${colours.edge}`);

  // One handler for every isolated event: a badge costs one function, not one per event type.
  const isolate = (event: Event) => {
    event.stopPropagation();
    // Enter and Space reach `click` through the button's default action, which stopPropagation keeps.
    if (event.type === 'click') {
      event.preventDefault();
      options.onOpen(button);
    }
    // Inline styles cannot say :focus-visible, so focus is drawn by hand. The offset can stay: without an
    // outline it draws nothing.
    if (event.type === 'focusin') setStyles(button, FOCUS_STYLES);
    if (event.type === 'focusout') button.style.removeProperty('outline');
  };
  for (const type of ISOLATED_EVENTS) button.addEventListener(type, isolate, { signal: options.signal });
  host.append(button);
  return host;
}

/** Puts the badge host at the start of the post body, unless it is already there. */
export function attachBadge(bodyElement: Element, host: HTMLElement): void {
  if (bodyElement.firstChild === host) return;
  bodyElement.prepend(host);
}
