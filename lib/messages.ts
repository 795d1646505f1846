import type { Features } from './features';
/** Messages between the content script and the background. Each has a guard: messages are untrusted input. */

export interface RelevantCountMessage {
  type: 'spotter:relevant-count';
  count: number;
}

export function isRelevantCountMessage(value: unknown): value is RelevantCountMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<RelevantCountMessage>;
  return (
    message.type === 'spotter:relevant-count' &&
    typeof message.count === 'number' &&
    Number.isInteger(message.count) &&
    message.count >= 0
  );
}

/**
 * Options page → background: changes to the forums the reader added. Only the background may register
 * content scripts (Firefox ties a registration to the page that made it), so the options page asks it to.
 * Answered with a `SiteChangeResult`.
 */
export type SiteMessage =
  | { type: 'spotter:add-site'; host: string; adapter: string }
  | { type: 'spotter:remove-site'; host: string }
  | { type: 'spotter:reset-all' };

const MAX_FIELD_LENGTH = 2048;

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_FIELD_LENGTH;
}

export function isSiteMessage(value: unknown): value is SiteMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'spotter:add-site':
      return isShortString(message.host) && isShortString(message.adapter);
    case 'spotter:remove-site':
      return isShortString(message.host);
    case 'spotter:reset-all':
      return true;
    default:
      return false;
  }
}

/** The background's answer to a `SiteMessage`. `message` is shown to the reader as is. */
export type SiteChangeResult = { ok: true } | { ok: false; message: string };

export function isSiteChangeResult(value: unknown): value is SiteChangeResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  return result.ok === true || (result.ok === false && typeof result.message === 'string');
}

/** From the side panel's "Check my own back like this": open the questionnaire prefilled with a post's features. */
export interface OpenQuestionnaireMessage {
  type: 'spotter:open-questionnaire';
  features: Features;
}

export function isOpenQuestionnaireMessage(value: unknown): value is OpenQuestionnaireMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<OpenQuestionnaireMessage>;
  return message.type === 'spotter:open-questionnaire' && typeof message.features === 'object' && message.features !== null;
}

/** From the content script when a reader first opens a badge: inject the side panel's script into this tab. */
export interface LoadPanelMessage {
  type: 'spotter:load-panel';
}

export function isLoadPanelMessage(value: unknown): value is LoadPanelMessage {
  return typeof value === 'object' && value !== null && (value as Partial<LoadPanelMessage>).type === 'spotter:load-panel';
}

/**
 * From the side panel, through the content script: remember a thread as hidden, or turn Spotter off on
 * the sender's own site. The background writes the settings, so the content script needs no storage library.
 */
export type PanelSettingMessage =
  | { type: 'spotter:hide-thread'; key: string }
  | { type: 'spotter:turn-off-site' };

export function isPanelSettingMessage(value: unknown): value is PanelSettingMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<{ type: string; key: unknown }>;
  if (message.type === 'spotter:turn-off-site') return true;
  return message.type === 'spotter:hide-thread' && typeof message.key === 'string' && message.key.length > 0 && message.key.length <= 500;
}
