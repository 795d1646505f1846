import type { FeatureGroup, FeatureId, Features, RedFlag, TriageTier } from '../features';

/** One feature found in a post, with the words that triggered it (shown in the panel, highlighted in the page). */
export interface FeatureMatch {
  group: FeatureGroup;
  id: FeatureId;
  /** The post's own words that matched, as written (trimmed), at most a few per feature. */
  words: string[];
}

/** One reason for or against a cause. */
export interface Reason {
  /**
   * `feature`: a feature of the post or answers; `phrase`: a sentence close to one of the cause's phrases;
   * `words`: the post's own words that posts about the cause often use (lib/analysis/cause-words.ts).
   */
  kind: 'feature' | 'phrase' | 'words';
  /** The feature id, for `feature` reasons. */
  feature?: FeatureId;
  /** Plain text shown to the reader, e.g. "happens on heavy sets only" or the matched sentence. */
  text: string;
  weight: number;
}

export interface RankedCause {
  id: string;
  /** 0..1, comparable within one assessment only. */
  score: number;
  for: Reason[];
  against: Reason[];
}

export interface RedFlagHit {
  id: RedFlag;
  tier: Exclude<TriageTier, 'self_care'>;
  /** Words that triggered it in a post; empty for questionnaire answers. */
  words: string[];
  /**
   * Told in its strong form, which raises the flag's tier on its own (triage.ts): night pain that no rest or
   * position eases, where pain that merely wakes a lifter after heavy deadlifts raises `soon` alone.
   */
  strong?: boolean;
  /**
   * Read from the post as a whole (analysis/emergency-model.ts) rather than from a phrase: the words are then
   * only what the post named (its anchor), and the panel says the post was read as a whole. Or read from the thread's
   * title (with its opening post where known), which a reply agreed with ("Same here since Tuesday" under "Numb bum
   * after a back injury"; thread.ts `echoedTitleFlags`): the words are then the title's or the opening post's.
   */
  read?: 'whole_post' | 'thread_title';
}

/**
 * The thread a post was written in (DESIGN.md "Thread context"): a reply is read with its thread's title and
 * opening post, so "same here, mine starts at half a mile" under "Lower back pump while running" is about a back.
 * Adapters read it from the page (`ForumAdapter.threadContext`), the CLI from `--thread` or a JSONL row's `thread`.
 */
export interface ThreadContext {
  /** The thread's title as shown on the page. */
  title?: string | null;
  /** The opening post's own words, when the reply is not the opening post itself. */
  opening?: string | null;
}

/** What every UI shows: the side panel, the popup results, the CLI, the reply. */
export interface Assessment {
  /** Whether the text is about someone's back cramp, pump, tightness or pain. Always true for questionnaire answers. */
  relevant: boolean;
  /** Relevance score 0..1 (1 for questionnaire answers). */
  score: number;
  features: Features;
  matches: FeatureMatch[];
  redFlags: RedFlagHit[];
  triage: TriageTier;
  /** Best first. Ranked even when the tier is `emergency`; the UIs put the triage banner above them. */
  causes: RankedCause[];
  /** Present when the thread's title or opening post supplied something the post itself did not say (the panel says so). */
  fromThread?: { region?: boolean; activity?: boolean; context?: boolean };
  /** Present when a very long text was cut before analysis: only its start was read. */
  truncated?: { analysedChars: number; totalChars: number };
}
