/**
 * Runs in the page (Playwright's and Puppeteer's `evaluate` both take it): scrolls from the top of the
 * page to its end a screen at a time, pausing between screens, as a reader skimming a thread does.
 * Self-contained, because it is sent to the page as source.
 */
export async function scrollThroughInPage(pauseMs: number): Promise<void> {
  window.scrollTo(0, 0);
  while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
    window.scrollBy(0, window.innerHeight);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
