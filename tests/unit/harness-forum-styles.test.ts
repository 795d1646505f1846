import { describe, expect, it } from 'vitest';
import { listFixtures } from '../harness/expectations';
import { forumStyle, styledForumPage } from '../harness/forum-styles';

describe('demo forum styles', () => {
  const fixtures = listFixtures();

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    "%s gets its forum's stylesheet in <head>",
    (_name, fixture) => {
      const html = styledForumPage(fixture);
      const head = html.slice(0, html.search(/<\/head>/i));
      expect(head).toContain('<style data-demo-forum-style>');
      // Its own engine's rules, not only the base ones.
      expect(forumStyle(fixture.engine).length).toBeGreaterThan(forumStyle('no-such-engine').length);
      expect(html.replace(/<style data-demo-forum-style>[\s\S]*?<\/style>/, '')).toBe(fixture.html);
    },
  );
});
