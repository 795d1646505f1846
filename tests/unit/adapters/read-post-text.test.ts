// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { absoluteUrl, markedAdapter, readPostText, type ForumPost } from '@/lib/adapters/types';

function postOf(bodyHtml: string, options: Partial<Pick<ForumPost, 'title' | 'excluded'>> = {}): ForumPost {
  const doc = new DOMParser().parseFromString(
    `<!DOCTYPE html><div class="post"><div class="body">${bodyHtml}</div></div>`,
    'text/html',
  );
  const element = doc.querySelector('.post')!;
  return {
    id: '1',
    element,
    bodyElement: doc.querySelector('.body')!,
    author: null,
    permalink: null,
    title: options.title ?? null,
    excluded: options.excluded ?? '',
  };
}

describe('readPostText', () => {
  it('keeps words of neighbouring blocks apart', () => {
    expect(readPostText(postOf('<p>my back cramps</p><p>Back squats are fine</p>'))).toBe('my back cramps\nBack squats are fine');
    expect(readPostText(postOf('one line<br>next line'))).toBe('one line\nnext line');
    expect(readPostText(postOf('<ul><li>bench</li><li>rows</li></ul>'))).toBe('bench\nrows');
  });

  it('runs inline elements together as the reader sees them', () => {
    expect(readPostText(postOf('my <b>lower</b> back <a href="#">pumps</a> up'))).toBe('my lower back pumps up');
  });

  it('collapses whitespace and trims', () => {
    expect(readPostText(postOf('\n   my   back\t\tcramps \n\n\n  <p>  again </p>  '))).toBe('my back cramps\nagain');
  });

  it('skips the subtrees the adapter excludes, at any depth', () => {
    const post = postOf('<blockquote>quoted cramp</blockquote><p>own words <span class="sig">signature</span> end</p>', {
      excluded: 'blockquote, .sig',
    });
    expect(readPostText(post)).toBe('own words end');
  });

  it('never reads scripts, styles, templates or buttons', () => {
    const post = postOf('<script>var backPain = 1</script><style>.x{}</style><template>tpl</template><button>Reply</button>text');
    expect(readPostText(post)).toBe('text');
  });

  it('puts an opening post’s title first', () => {
    expect(readPostText(postOf('<p>body</p>', { title: 'Back cramps when running' }))).toBe('Back cramps when running\nbody');
  });

  it('reads text without touching the page: no clone, no layout (no innerText)', () => {
    const post = postOf('<p>my back</p>');
    const before = post.element.outerHTML;
    Object.defineProperty(post.bodyElement, 'innerText', {
      get() {
        throw new Error('innerText forces layout');
      },
    });
    expect(readPostText(post)).toBe('my back');
    expect(post.element.outerHTML).toBe(before);
  });

  it('returns an empty string for an empty body', () => {
    expect(readPostText(postOf(''))).toBe('');
  });
});

describe('absoluteUrl', () => {
  const url = new URL('https://forum.example/threads/a.1/page-2');

  it('resolves against the page URL', () => {
    expect(absoluteUrl('/posts/5/', url)).toBe('https://forum.example/posts/5/');
    expect(absoluteUrl('#post-5', url)).toBe('https://forum.example/threads/a.1/page-2#post-5');
  });

  it('resolves against the document’s <base href> when there is one', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><base href="https://forum.example/board/"></head><body><a id="a" href="showthread.php?p=5">x</a></body></html>',
      'text/html',
    );
    expect(absoluteUrl('showthread.php?p=5', url, doc.getElementById('a')!)).toBe(
      'https://forum.example/board/showthread.php?p=5',
    );
  });

  it('gives null for nothing', () => {
    expect(absoluteUrl(null, url)).toBeNull();
    expect(absoluteUrl('', url)).toBeNull();
  });
});

describe('markedAdapter threadContext', () => {
  const url = new URL('https://forum.example/t/1');
  const adapter = markedAdapter({
    id: 'example',
    markers: ['.post'],
    postSelector: '.post',
    // A post whose body was removed (deleted, or cloaked off screen) holds no post.
    postAt: (element) => {
      const body = element.querySelector('.body');
      if (!body) return null;
      return { id: element.id, element, bodyElement: body, author: null, permalink: null, title: null, excluded: '' };
    },
    threadPath: () => null,
    titleSelector: 'h1',
    isOpening: () => true,
  });
  const page = (posts: string) =>
    new DOMParser().parseFromString(`<!DOCTYPE html><h1>Lower back pump on runs</h1>${posts}`, 'text/html');

  it('reads the opening post from the first post on the page', () => {
    const doc = page(
      '<div class="post" id="p1"><div class="body">It starts at mile two.</div></div><div class="post" id="p2"><div class="body">Same here.</div></div>',
    );
    expect(adapter.threadContext!(doc, url)).toEqual({ title: 'Lower back pump on runs', opening: 'It starts at mile two.' });
  });

  it('takes no reply for the opening post when the first post holds nothing (deleted)', () => {
    const doc = page('<div class="post" id="p1"></div><div class="post" id="p2"><div class="body">Same here.</div></div>');
    expect(adapter.threadContext!(doc, url)).toEqual({ title: 'Lower back pump on runs', opening: null });
  });
});
