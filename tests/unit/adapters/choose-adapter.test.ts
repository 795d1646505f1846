// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseAdapter, fallBackFrom } from '@/lib/adapters';
import { generic } from '@/lib/adapters/generic';
import { xenforo } from '@/lib/adapters/xenforo';
import { listFixtures } from '../../harness/expectations';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A board whose root says XenForo 2 but whose posts are in markup no XenForo adapter knows. */
const XENFORO_ROOT_UNKNOWN_POSTS = `<!DOCTYPE html><html id="XF"><body><main>
  <div class="reply"><a href="/members/lifter.1/">lifter</a><div class="words">My lower back cramps up on the last set of deadlifts.</div></div>
  <div class="reply"><a href="/members/coach.2/">coach</a><div class="words">Brace before you pull and take longer rests between sets.</div></div>
  <div class="reply"><a href="/members/runner.3/">runner</a><div class="words">Same here after long runs, it settles after a day or two.</div></div>
</main></body></html>`;

describe('chooseAdapter', () => {
  const url = new URL('https://forum.example/threads/back.1/');

  it.each(listFixtures().map((fixture) => [fixture.name, fixture] as const))(
    '%s: the page’s own adapter, with no fallback',
    (_name, fixture) => {
      const choice = chooseAdapter('auto', parse(fixture.html), new URL(fixture.expect.url));
      expect(choice).toEqual({ adapter: expect.objectContaining({ id: fixture.expect.adapter }), fallbackReason: null });
    },
  );

  it('falls back to generic, and says why, when the detected adapter finds no posts where generic finds some', () => {
    const choice = chooseAdapter('auto', parse(XENFORO_ROOT_UNKNOWN_POSTS), url);
    expect(choice?.adapter).toBe(generic);
    expect(choice?.fallbackReason).toMatch(/xenforo adapter found no posts/);
    expect(generic.findPosts(parse(XENFORO_ROOT_UNKNOWN_POSTS), url)).toHaveLength(3);
  });

  it('keeps the detected adapter on a page with no posts yet (an app that renders them later)', () => {
    const doc = parse('<!DOCTYPE html><html id="XF"><body><main><p>Loading…</p></main></body></html>');
    expect(chooseAdapter('auto', doc, url)).toEqual({ adapter: xenforo, fallbackReason: null });
  });

  it('falls back to generic when the detected adapter throws, with the error in the reason', () => {
    // A XenForo 2 post whose body wrapper is gone: the adapter throws MissingElementError.
    const doc = parse(`<!DOCTYPE html><html id="XF"><body>
      <article class="message message--post" data-content="post-1" data-author="lifter"><div class="message-main">Gone</div></article>
      ${XENFORO_ROOT_UNKNOWN_POSTS.replace(/^[\s\S]*<main>|<\/main>[\s\S]*$/g, '')}</body></html>`);
    const choice = chooseAdapter('auto', doc, url);
    expect(choice?.adapter).toBe(generic);
    expect(choice?.fallbackReason).toMatch(/xenforo adapter failed: .*required element/);
  });

  it('uses the reader’s pick for the site over the page’s markers', () => {
    const phpbbPage = listFixtures().find((fixture) => fixture.engine === 'phpbb')!;
    const choice = chooseAdapter('generic', parse(phpbbPage.html), new URL(phpbbPage.expect.url));
    expect(choice).toEqual({ adapter: generic, fallbackReason: null });
  });

  it('goes by the markers for "auto" or an id no adapter has', () => {
    const phpbbPage = listFixtures().find((fixture) => fixture.engine === 'phpbb')!;
    expect(chooseAdapter('no-such-engine', parse(phpbbPage.html), new URL(phpbbPage.expect.url))?.adapter.id).toBe('phpbb');
  });

  it('returns null where no adapter sees a thread', () => {
    expect(chooseAdapter('auto', parse('<!DOCTYPE html><html><body><p>Hello</p></body></html>'), url)).toBeNull();
  });
});

describe('fallBackFrom', () => {
  it('hands a failed engine adapter over to generic, and generic over to nobody', () => {
    expect(fallBackFrom(xenforo, 'boom')).toEqual({ adapter: generic, fallbackReason: expect.stringContaining('boom') });
    expect(fallBackFrom(generic, 'boom')).toBeNull();
  });
});
