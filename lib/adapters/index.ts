import { discourse } from './discourse';
import { generic } from './generic';
import { invision } from './invision';
import { phpbb } from './phpbb';
import { reddit } from './reddit';
import { stackexchange } from './stackexchange';
import type { ForumAdapter } from './types';
import { vbulletin } from './vbulletin';
import { xenforo } from './xenforo';

/** Every forum adapter, tried in order; `generic` is the fallback and comes last. */
export const ADAPTERS: readonly ForumAdapter[] = [
  discourse,
  reddit,
  xenforo,
  vbulletin,
  phpbb,
  invision,
  stackexchange,
  generic,
];

/** The first adapter whose markers the page carries, or null when the page shows no thread. */
export function detectAdapter(doc: Document, url: URL): ForumAdapter | null {
  return ADAPTERS.find((adapter) => adapter.detect(doc, url)) ?? null;
}
