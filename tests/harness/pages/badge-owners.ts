/**
 * Runs in the page (Playwright's and Puppeteer's `evaluate` both take it): for each Spotter badge, the
 * labelled post it sits in (the innermost, as replies nest in their parents), by the post's id; sorted.
 * Self-contained, because it is sent to the page as source.
 */
export function badgeOwnersInPage(posts: readonly { selector: string; index?: number; id: string }[]): string[] {
  const elements = posts.map(({ selector, index }) => document.querySelectorAll(selector)[index ?? 0] ?? null);
  return [...document.querySelectorAll('[data-spotter-badge]')]
    .map((badge) => {
      let owner = -1;
      elements.forEach((element, index) => {
        if (element?.contains(badge) && (owner < 0 || elements[owner]!.contains(element))) owner = index;
      });
      return owner < 0 ? `(outside every post: ${badge.getAttribute('data-spotter-post')})` : posts[owner]!.id;
    })
    .sort();
}
