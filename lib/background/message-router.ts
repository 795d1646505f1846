/**
 * The background's one entry for messages: a table from message type to its handler, each with the
 * guard that checks the message (messages are untrusted input, lib/messages.ts) and who may send it.
 * Modelled on refined-github's `handleMessages({…})` (source/background.ts).
 */

/** The parts of `runtime.MessageSender` the handlers read. */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; index: number };
}

/**
 * `content-script`: a forum tab's content script (or the panel it loaded), which may only act on its own tab;
 * `extension-page`: Spotter's own options page or popup, which may change where Spotter runs.
 */
export type MessageOrigin = 'content-script' | 'extension-page';

export interface MessageHandler<M> {
  accepts(value: unknown): value is M;
  from: MessageOrigin;
  /** The answer (sent back to the sender), or undefined for messages nobody waits on. */
  handle(message: M, sender: MessageSender): unknown;
}

/** Keeps each handler's message type while the table holds them side by side. */
export function on<M>(handler: MessageHandler<M>): MessageHandler<unknown> {
  return handler as MessageHandler<unknown>;
}

export type HandlerTable = Readonly<Record<string, MessageHandler<unknown>>>;

export interface Routing {
  table: HandlerTable;
  /** Whether the sender is one of Spotter's own pages (its URL is inside the extension). */
  isExtensionPage(sender: MessageSender): boolean;
}

/**
 * The answer to `message`, or undefined when no handler takes it (unknown type, failed guard, or a
 * sender that may not send it). A handler that throws or rejects answers `{ ok: false, message }`.
 */
export function routeMessage(routing: Routing, message: unknown, sender: MessageSender): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(routing.table, type)) return undefined;
  const handler = routing.table[type]!;
  if (!handler.accepts(message)) return undefined;
  const fromPage = routing.isExtensionPage(sender);
  if (handler.from === 'extension-page' ? !fromPage : fromPage || sender.tab?.id === undefined) return undefined;
  try {
    return Promise.resolve(handler.handle(message, sender)).catch((error: unknown) => failure(error));
  } catch (error) {
    return Promise.resolve(failure(error));
  }
}

function failure(error: unknown): { ok: false; message: string } {
  return { ok: false, message: `Spotter could not do that: ${error instanceof Error ? error.message : String(error)}` };
}
