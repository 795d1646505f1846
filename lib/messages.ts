/**
 * Every message between Spotter's runtime contexts, grouped by direction (DESIGN.md "Runtime contexts
 * and layout"). Each has a guard: a message is untrusted input until its guard says otherwise. The
 * background routes them through one handler table (lib/background/message-router.ts).
 */
import type { Features, TriageTier } from './features';
import type { Assessment, ThreadContext } from './analysis/types';
import { SENSITIVITY_LEVELS, type Sensitivity } from './settings/schema';

const MAX_FIELD_LENGTH = 2048;
/** A post longer than this is cut by the engine anyway (analysis MAX_ANALYSED_CHARS is far below it). */
const MAX_POST_TEXT_LENGTH = 200_000;
/** Posts in one batch; the content script sends fewer (lib/page/engine-client.ts). */
export const MAX_BATCH_POSTS = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_FIELD_LENGTH;
}

function isOptionalText(value: unknown, limit: number): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.length <= limit);
}

/** A thread's title and opening post, as sent with a batch; both optional. */
export function isThreadContext(value: unknown): value is ThreadContext {
  return isRecord(value) && isOptionalText(value.title, MAX_FIELD_LENGTH) && isOptionalText(value.opening, MAX_POST_TEXT_LENGTH);
}

// Content script → background.

/** One post of a batch: its id on the page and its own words (quotes and signatures left out). */
export interface PostText {
  id: string;
  text: string;
}

/**
 * The posts the scanner read, for the engine: answered with one `PostVerdict` per post, in order
 * (`AssessPostsAnswer`). The thread key and URL let the background keep the tab's marked posts (the
 * popup's "this thread at a glance").
 */
export interface AssessPostsMessage {
  type: 'spotter:assess-posts';
  threadKey: string;
  thread: ThreadContext;
  posts: PostText[];
  /**
   * The reader's sensitivity, as the page read it with its settings (the default in the batches it sends ahead
   * of them; a reader who chose another has the page start again with it): the engine's relevance threshold
   * follows it, and a page that sees it change asks again. The background reads no storage to answer.
   */
  sensitivity: Sensitivity;
}

/** What a badge needs to know about one post. Relevance is the engine's decision alone. */
export interface PostVerdict {
  id: string;
  relevant: boolean;
  score: number;
  tier: TriageTier;
  /** The badge's few words for what the post describes, e.g. "Back cramp?" (wording/badge-label.ts). */
  label: string;
  /** One line on what Spotter read (region, sensation, lift, or the warning sign), for the popup's list. */
  reason: string;
}

export type AssessPostsAnswer = { ok: true; verdicts: PostVerdict[] } | { ok: false; message: string };

function isSensitivity(value: unknown): value is Sensitivity {
  return (SENSITIVITY_LEVELS as readonly unknown[]).includes(value);
}

function isPostText(value: unknown): value is PostText {
  return (
    isRecord(value) && isShortString(value.id) && typeof value.text === 'string' && value.text.length <= MAX_POST_TEXT_LENGTH
  );
}

export function isAssessPostsMessage(value: unknown): value is AssessPostsMessage {
  return (
    isRecord(value) &&
    value.type === 'spotter:assess-posts' &&
    isSensitivity(value.sensitivity) &&
    isShortString(value.threadKey) &&
    isThreadContext(value.thread) &&
    Array.isArray(value.posts) &&
    value.posts.length <= MAX_BATCH_POSTS &&
    value.posts.every(isPostText)
  );
}

/** The side panel's request: the full Assessment of one post (answered from the engine's cache when it can). */
export interface AssessPostMessage {
  type: 'spotter:assess-post';
  text: string;
  thread: ThreadContext;
  sensitivity: Sensitivity;
}

export type AssessPostAnswer = { ok: true; assessment: Assessment } | { ok: false; message: string };

export function isAssessPostMessage(value: unknown): value is AssessPostMessage {
  return (
    isRecord(value) &&
    value.type === 'spotter:assess-post' &&
    isSensitivity(value.sensitivity) &&
    typeof value.text === 'string' &&
    value.text.length <= MAX_POST_TEXT_LENGTH &&
    isThreadContext(value.thread)
  );
}

/**
 * How many posts carry a badge in the sender's page now, for the toolbar count, and how many posts on
 * the page are not read yet (Spotter reads posts as the reader nears them), for the popup's list.
 */
export interface RelevantCountMessage {
  type: 'spotter:relevant-count';
  count: number;
  unread: number;
}

export function isRelevantCountMessage(value: unknown): value is RelevantCountMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<RelevantCountMessage>;
  return (
    message.type === 'spotter:relevant-count' &&
    Number.isInteger(message.count) &&
    message.count! >= 0 &&
    Number.isInteger(message.unread) &&
    message.unread! >= 0
  );
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

/**
 * From the content script when Spotter stops on its page (the site turned off, the thread hidden, settings it
 * cannot read): the tab's count and its list of marked posts go, including what it asked the engine about
 * ahead of the settings (lib/page/thread-badges.ts, `held`).
 */
export interface PageStoppedMessage {
  type: 'spotter:stopped';
}

export function isPageStoppedMessage(value: unknown): value is PageStoppedMessage {
  return typeof value === 'object' && value !== null && (value as Partial<PageStoppedMessage>).type === 'spotter:stopped';
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
export type PanelSettingMessage = { type: 'spotter:hide-thread'; key: string } | { type: 'spotter:turn-off-site' };

export function isPanelSettingMessage(value: unknown): value is PanelSettingMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<{ type: string; key: unknown }>;
  if (message.type === 'spotter:turn-off-site') return true;
  return (
    message.type === 'spotter:hide-thread' &&
    typeof message.key === 'string' &&
    message.key.length > 0 &&
    message.key.length <= 500
  );
}

// Extension pages (options, popup) → background.

/**
 * Options page → background: changes to the forums the reader added. Only the background may register
 * content scripts (Firefox ties a registration to the page that made it), so the options page asks it to.
 * Answered with a `SiteChangeResult`.
 */
export type SiteMessage =
  | { type: 'spotter:add-site'; host: string; adapter: string }
  | { type: 'spotter:remove-site'; host: string }
  | { type: 'spotter:reset-all' };

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

/** The popup's "this thread at a glance": the posts Spotter marked in a tab, answered with a `TabPostsAnswer`. */
export interface TabPostsMessage {
  type: 'spotter:tab-posts';
  tabId: number;
}

/** A post Spotter badged in a tab, as the background learnt it from the tab's batches. */
export interface MarkedPost {
  id: string;
  tier: TriageTier;
  reason: string;
}

export interface TabPostsAnswer {
  posts: MarkedPost[];
  /** Posts on the tab's page Spotter has not read yet: further down than the reader has scrolled. */
  unread: number;
}

export function isTabPostsAnswer(value: unknown): value is TabPostsAnswer {
  return (
    isRecord(value) &&
    Number.isInteger(value.unread) &&
    Array.isArray(value.posts) &&
    value.posts.every((post: unknown) => isRecord(post) && typeof post.id === 'string' && typeof post.reason === 'string')
  );
}

export function isTabPostsMessage(value: unknown): value is TabPostsMessage {
  return isRecord(value) && value.type === 'spotter:tab-posts' && Number.isInteger(value.tabId);
}

// Popup → content script.

/** From the popup's list: scroll to this post and open its panel. Answered with `{ ok }`. */
export interface ShowPostMessage {
  type: 'spotter:show-post';
  postId: string;
}

export function isShowPostMessage(value: unknown): value is ShowPostMessage {
  return isRecord(value) && value.type === 'spotter:show-post' && isShortString(value.postId) && value.postId.length > 0;
}
