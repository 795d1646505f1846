// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ThreadPosts } from '@/components/ThreadPosts';
import { ResultsView } from '@/components/ResultsView';
import { TextCheck } from '@/components/TextCheck';
import { assess } from '@/lib/analysis';
import { getCause } from '@/lib/catalog';
import type { MarkedPost } from '@/lib/messages';
import { readTextHash, textHash } from '@/lib/questionnaire/text-hash';
import { selectionResultsUrl } from '@/lib/background/check-selection';
import { postReason } from '@/lib/wording/post-reason';
import { useMountPoint } from '../support/mount';

const mount = useMountPoint();
const show = mount.show;

const POSTS: MarkedPost[] = [
  { id: 'p1', tier: 'self_care', reason: 'mid back · cramp or spasm · bench press' },
  { id: 'p7', tier: 'emergency', reason: 'Warning sign: numbness in the groin or saddle area' },
];

describe('ThreadPosts (the popup’s thread at a glance)', () => {
  it('lists each marked post with its tier and reason, and takes the reader to the one chosen', () => {
    const onChoose = vi.fn();
    const list = show(<ThreadPosts posts={POSTS} onChoose={onChoose} />);
    const rows = [...list.querySelectorAll<HTMLButtonElement>('[data-thread-post]')];
    expect(rows.map((row) => [row.dataset.threadPost, row.dataset.spotterTier])).toEqual([
      ['p1', 'self_care'],
      ['p7', 'emergency'],
    ]);
    expect(rows[1]!.textContent).toContain('Warning signs');
    expect(rows[1]!.textContent).toContain('numbness in the groin');
    expect(list.querySelector('h2')?.textContent).toContain('2 posts');
    // Every post on the page was read: nothing says otherwise.
    expect(list.querySelector('[data-thread-posts-unread]')).toBeNull();
    expect(list.querySelector('h2')?.textContent).not.toContain('so far');
    act(() => rows[1]!.click());
    expect(onChoose).toHaveBeenCalledWith('p7');
  });

  it('says the list is so far, and how many posts further on are not read yet, on a long page', () => {
    const list = show(<ThreadPosts posts={POSTS} unread={2950} onChoose={() => {}} />);
    expect(list.querySelector('h2')?.textContent).toBe('Marked on this page so far (2 posts)');
    expect(list.querySelector('[data-thread-posts-unread]')?.textContent).toContain(
      '2,950 further on this page are not read yet',
    );
  });

  it('shows nothing on a page with no marked posts', () => {
    expect(show(<ThreadPosts posts={[]} onChoose={() => {}} />).querySelector('[data-thread-posts]')).toBeNull();
  });
});

describe('postReason', () => {
  it('names the warning sign first, else where, what and during what, without the region’s gloss', () => {
    expect(postReason({ features: { region: ['upper_back'], sensation: ['cramp'], activity: ['bench'] }, redFlags: [] })).toBe(
      'upper back · cramp or spasm · bench press',
    );
    expect(
      postReason({
        features: { region: ['lower_back'] },
        redFlags: [
          { id: 'radiating_below_knee', tier: 'soon', words: [] },
          { id: 'saddle_numbness', tier: 'emergency', words: [] },
        ],
      }),
    ).toMatch(/^Warning sign: /);
    expect(postReason({ features: {}, redFlags: [] })).toBe('back trouble');
  });
});

describe('"Check this text with Spotter"', () => {
  it('carries the selected text to the results page in the hash, whatever its characters', () => {
    const text = 'My lower back cramps & burns #deadlift 100% of the time';
    const url = selectionResultsUrl('chrome-extension://id/popup.html', text);
    expect(url.startsWith('chrome-extension://id/popup.html?view=tab#text=')).toBe(true);
    expect(readTextHash(new URL(url).hash)).toBe(text);
    expect(readTextHash(textHash('   '))).toBeNull();
    expect(readTextHash('#text=%E0%A4%A')).toBeNull();
    expect(readTextHash('#answers=%7B%7D')).toBeNull();
  });

  it('shows the text it checked, then the same results the popup shows, from the one engine', async () => {
    const text = 'My mid back cramps between my shoulder blades on heavy bench sets.';
    const page = show(<TextCheck text={text} loadEngine={async () => ({ assess, getCause, ResultsView })} />);
    expect(page.querySelector('[data-checked-text]')?.textContent).toBe(text);
    await act(async () => {});
    const causes = [...page.querySelectorAll('[data-cause-id]')].map((card) => card.getAttribute('data-cause-id'));
    expect(causes).toEqual(
      assess(text)
        .causes.slice(0, causes.length)
        .map((cause) => cause.id),
    );
    expect(causes.length).toBeGreaterThan(0);
    expect(page.querySelector('[data-triage]')?.getAttribute('data-triage')).toBe(assess(text).triage);
  });

  it('says plainly when the text describes no back trouble', async () => {
    const page = show(
      <TextCheck text="Congrats on the meet, great total." loadEngine={async () => ({ assess, getCause, ResultsView })} />,
    );
    await act(async () => {});
    expect(page.querySelector('[data-results="not-relevant"]')?.textContent).toContain('not a diagnosis');
  });
});
