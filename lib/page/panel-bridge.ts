/**
 * How the content script reaches the side panel. The panel (Preact, the ranker, the catalog) is
 * too big to load on every forum page, so it is a separate script that the background injects into
 * the tab's isolated world the first time a reader opens a badge. Scripts of one extension in one
 * frame share that world (https://developer.chrome.com/docs/extensions/develop/concepts/content-scripts#isolated_world),
 * so the injected panel announces itself under a global symbol the content script then finds.
 */
import type { ForumPost } from '../adapters/types';
import type { Assessment, ThreadContext } from '../analysis/types';

export const PANEL_GLOBAL = Symbol.for('spotter.panel');

/** The file the background injects: WXT's output for entrypoints/forum-panel/. */
export const PANEL_SCRIPT_FILE = '/forum-panel.js';

export interface PanelHost {
  /** Whether the panel may keep running (WXT's ContentScriptContext of the content script). */
  ctx: import('wxt/utils/content-script-context').ContentScriptContext;
  /** The post's full Assessment from the engine in the background: the panel carries no engine of its own. */
  assess(text: string, thread: ThreadContext): Promise<Assessment>;
  onCheckOwnBack(features: import('../features').Features): void;
  onHideThread(): void;
  onDisableSite(): void;
}

export interface OpenPanelRequest {
  post: ForumPost;
  badge: HTMLButtonElement;
  /** The thread the post is in, read with it (DESIGN.md "Thread context"). */
  thread: ThreadContext;
  theme: 'light' | 'dark';
}

export interface PanelApi {
  open(request: OpenPanelRequest): Promise<void>;
  close(returnFocus?: boolean): void;
}

export interface PanelModule {
  createPanel(host: PanelHost): PanelApi;
}

export function findPanelModule(scope: object): PanelModule | undefined {
  const candidate = (scope as Record<symbol, unknown>)[PANEL_GLOBAL];
  return typeof candidate === 'object' && candidate !== null && 'createPanel' in candidate
    ? (candidate as PanelModule)
    : undefined;
}

export function registerPanelModule(scope: object, module: PanelModule): void {
  Object.defineProperty(scope, PANEL_GLOBAL, { value: module, configurable: true });
}
