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
