import type { MarkedPost } from '@/lib/messages';
import type { TriageTier } from '@/lib/features';
import './ThreadPosts.css';

/** How a post's tier reads in the list: what the post describes, never advice to the reader about it. */
const TIER_WORDS: Readonly<Record<TriageTier, string>> = {
  emergency: 'Warning signs: emergency',
  urgent: 'Warning signs: urgent',
  soon: 'Worth seeing someone soon',
  self_care: 'No warning signs',
};

export interface ThreadPostsProps {
  posts: readonly MarkedPost[];
  /** Posts on the page Spotter has not read yet: it reads posts as the reader scrolls near them. */
  unread?: number;
  /** Scrolls the page to the post and opens its panel. */
  onChoose(postId: string): void;
}

/**
 * "This thread at a glance" (issue 14): the posts Spotter marked on the page under the popup, each
 * with its tier and one line on what it describes; choosing one takes the reader to it. Nothing shows
 * on a page with no marked posts.
 */
export function ThreadPosts({ posts, unread = 0, onChoose }: ThreadPostsProps) {
  if (posts.length === 0) return null;
  return (
    <section class="sp-thread-posts" data-thread-posts aria-labelledby="sp-thread-posts-title">
      <h2 id="sp-thread-posts-title">
        Marked on this page{unread > 0 ? ' so far' : ''} ({posts.length} {posts.length === 1 ? 'post' : 'posts'})
      </h2>
      {unread > 0 && (
        <p class="sp-thread-posts-unread" data-thread-posts-unread>
          Spotter reads posts as you scroll near them; {unread.toLocaleString('en')} further on this page are not read yet.
        </p>
      )}
      <ol>
        {posts.map((post) => (
          <li key={post.id}>
            <button
              type="button"
              class="sp-thread-post"
              data-thread-post={post.id}
              data-spotter-tier={post.tier}
              onClick={() => onChoose(post.id)}
            >
              <span class="sp-thread-post-tier">{TIER_WORDS[post.tier]}</span>
              <span class="sp-thread-post-reason">{post.reason}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
