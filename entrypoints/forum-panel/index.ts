import { defineUnlistedScript } from '#imports';
import { registerPanelModule } from '@/lib/page/panel-bridge';
import { createPanel } from './panel';

// Injected by the background into a forum tab's isolated world the first time a badge is opened
// (lib/panel-bridge.ts explains why the panel is not part of the content script).
export default defineUnlistedScript(() => {
  registerPanelModule(globalThis, { createPanel });
});
