/** The toolbar badge: how many posts on the tab Spotter marked, when the reader wants to see it. */

/** Counts above this show as this number; the badge has room for about four characters. */
export const MAX_BADGE_COUNT = 999;

export const BADGE_COLOR = '#2f6f4f';

export function badgeText(count: number, showCount: boolean): string {
  if (!showCount || count <= 0) return '';
  return String(Math.min(count, MAX_BADGE_COUNT));
}
