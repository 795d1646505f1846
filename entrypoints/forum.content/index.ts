import { defineContentScript } from '#imports';
import { DEFAULT_MATCH_PATTERNS } from '@/lib/forum-hosts';

export default defineContentScript({
  matches: DEFAULT_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    // Marks the page so a second copy of the script (after an extension update) can tell it is not alone.
    const root = document.documentElement;
    root.dataset.spotter = 'ready';
    ctx.onInvalidated(() => delete root.dataset.spotter);
  },
});
