/**
 * Popup first render: opens popup.html as a fresh page several times and reads, from the page's own
 * timeline, when `[data-spotter-popup]` entered the DOM and when the first contentful paint happened.
 */
import type { PopupTiming } from '../../lib/tools/bench/report';
import { median } from '../../lib/tools/bench/stats';
import type { SpotterBrowser } from '../../tests/harness/extension';

interface PopupProbe {
  renderedAt: number | null;
}

/** Main world, before the popup's scripts; no named inner functions (see thread-run.ts). */
function installPopupProbe(): void {
  const probe: PopupProbe = { renderedAt: null };
  (window as unknown as { __spotterPopup: PopupProbe }).__spotterPopup = probe;
  const observer = new MutationObserver(() => {
    if (probe.renderedAt === null && document.querySelector('[data-spotter-popup]')) {
      probe.renderedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function runPopup(browser: SpotterBrowser, runs: number): Promise<PopupTiming> {
  const renders: number[] = [];
  const paints: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.context.newPage();
    await page.addInitScript(installPopupProbe);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForSelector('[data-spotter-popup]');
    // Paint entries are queued after the frame is presented.
    await page.waitForTimeout(150);
    const timing = await page.evaluate(() => ({
      rendered: (window as unknown as { __spotterPopup: PopupProbe }).__spotterPopup.renderedAt,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    if (timing.rendered !== null) renders.push(timing.rendered);
    if (timing.paint !== null) paints.push(timing.paint);
    await page.close();
  }
  return {
    runs,
    firstRenderMedianMs: median(renders),
    firstRenderMaxMs: renders.length > 0 ? Math.max(...renders) : Number.NaN,
    firstContentfulPaintMedianMs: paints.length > 0 ? median(paints) : null,
  };
}
