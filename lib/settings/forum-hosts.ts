/**
 * The forums Spotter runs on out of the box (DESIGN.md, "Contracts"). The content script's
 * `matches` and the options page's site list both come from here; readers add others at run time.
 */
export const DEFAULT_FORUM_HOSTS = [
  'www.reddit.com',
  'old.reddit.com',
  'forums.t-nation.com',
  't-nation.com',
  'forum.barbellmedicine.com',
  'startingstrength.com',
  'forum.bodybuilding.com',
  'forums.sherdog.com',
  'fitness.stackexchange.com',
  'www.wannabebig.com',
] as const;

/** Match patterns for a host. HTTPS only: every supported forum serves it, and it keeps permissions small. */
export function matchPatternsFor(host: string): string[] {
  return [`https://${host}/*`];
}

export const DEFAULT_MATCH_PATTERNS = DEFAULT_FORUM_HOSTS.flatMap(matchPatternsFor);
