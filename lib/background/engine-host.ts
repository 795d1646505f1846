/**
 * The one analysis engine every tab uses, hosted by the background (DESIGN.md "Runtime contexts and
 * layout"). Content scripts send the posts they read; the host answers each with a `PostVerdict`
 * (relevance, score, tier, a one-line reason), and the side panel asks for a post's full Assessment.
 * Assessments are kept by text hash, least recently used first out, so a post seen again (re-rendered,
 * another tab on the same thread, the panel opened after the badge pass) costs a map lookup.
 *
 * `assess` is passed in (the background passes lib/analysis's): the host decides nothing about posts itself.
 */
import type { Assessment, ThreadContext } from '../analysis/types';
import type { PostText, PostVerdict } from '../messages';
import { badgeLabel } from '../wording/badge-label';
import { hashText } from '../util/hash-text';
import { postReason } from '../wording/post-reason';

export type AssessFunction = (
  text: string,
  options: { thread?: ThreadContext; threshold?: number; rank?: boolean },
) => Assessment;

/** Assessments kept; about 1-2 KB each, so a few MB at most in the background. */
export const MAX_CACHED_ASSESSMENTS = 5000;

export interface EngineHost {
  /** One verdict per post, in order, at the reader's relevance threshold. */
  verdicts(posts: readonly PostText[], thread: ThreadContext, threshold: number): PostVerdict[];
  /** The full Assessment (causes ranked) of one post. */
  assessment(text: string, thread: ThreadContext, threshold: number): Assessment;
  /**
   * A badge pass over `text` outside the cache, once in the host's life: a page wakes the background ahead
   * of its first batch, and this leaves the engine compiled for it.
   */
  warmUp(text: string): void;
  /** Whether `warmUp` has run: a page that wakes the background later needs no reading of the settings for it. */
  readonly warm: boolean;
  /** Assessments in the cache (for tests and the bench). */
  size(): number;
}

interface CacheEntry {
  /** Ranked when `ranked`; otherwise relevance, features, red flags and tier only (the badge pass). */
  assessment: Assessment;
  ranked: boolean;
}

function threadHash(thread: ThreadContext): string {
  const title = thread.title ?? '';
  const opening = thread.opening ?? '';
  return title === '' && opening === '' ? '' : hashText(`${title}\u0000${opening}`);
}

export function createEngineHost(assess: AssessFunction, maxEntries = MAX_CACHED_ASSESSMENTS): EngineHost {
  const cache = new Map<string, CacheEntry>();
  let warm = false;

  function remember(key: string, entry: CacheEntry): CacheEntry {
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return entry;
  }

  function lookup(text: string, thread: ThreadContext, threshold: number, ranked: boolean): Assessment {
    // The threshold is part of the key: the reader's sensitivity decides `relevant` (and ranking follows it).
    const key = `${threshold}|${threadHash(thread)}|${hashText(text)}`;
    const cached = cache.get(key);
    if (cached && (cached.ranked || !ranked)) return remember(key, cached).assessment;
    const assessment = assess(text, { thread, threshold, rank: ranked });
    return remember(key, { assessment, ranked }).assessment;
  }

  return {
    verdicts(posts, thread, threshold) {
      return posts.map(({ id, text }) => {
        const assessment = lookup(text, thread, threshold, false);
        return {
          id,
          relevant: assessment.relevant,
          score: assessment.score,
          tier: assessment.triage,
          label: badgeLabel(assessment.features),
          reason: assessment.relevant ? postReason(assessment) : '',
        };
      });
    },
    assessment(text, thread, threshold) {
      return lookup(text, thread, threshold, true);
    },
    warmUp(text) {
      if (warm) return;
      warm = true;
      assess(text, { rank: false });
    },
    get warm() {
      return warm;
    },
    size: () => cache.size,
  };
}
