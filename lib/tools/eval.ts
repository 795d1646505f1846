/**
 * Evaluation on a labelled corpus (format and scores: ../shared/corpus/README.md), for Spotter and
 * for a plain keyword baseline. Pure: takes the corpus text, returns numbers.
 *
 * - relevance: precision, recall and F1 over all posts;
 * - causes: share of labelled-relevant posts with labelled causes where any labelled cause is in
 *   the predicted top 3;
 * - red flags: recall = share of posts labelled `soon` or above whose predicted tier is at least
 *   the labelled one; false alarms = share of scored posts (triage label not null) labelled below
 *   `emergency` that are predicted `emergency`; n = number of scored posts;
 * - tiers: the same per labelled tier (emergency posts given `emergency`, urgent posts given `urgent` or
 *   higher, soon posts given `soon` or higher), and `badged`: the share of posts labelled `soon` or above
 *   that Spotter marks relevant, i.e. that get a badge at all (issue 10).
 *
 * Each row's `thread` (the thread's title) goes to the engine as its thread context.
 */
import { TRIAGE_TIERS, tierRank, type TriageTier } from '../features';
import { assess, type ThreadContext } from '../analysis';
import { openingPostText } from '../adapters/types';

export interface CorpusRow {
  id: string;
  text: string;
  source?: string;
  relevant: boolean;
  region?: string | null;
  activity?: string[];
  causes?: string[];
  red_flags?: string[];
  triage?: TriageTier | null;
  synthetic?: boolean;
  /** The title of the thread the post was in, where known: passed to the engine as thread context. */
  thread?: string | null;
  /** `op` for a thread's opening post, `reply` otherwise (where known). */
  position?: 'op' | 'reply' | null;
  /**
   * For a reply, the text of its thread's opening post where the corpus holds it (`withOpeningPosts`): the engine
   * reads it as the page's adapters do on a thread's first page. Not a field of the corpus files.
   */
  opening?: string;
}

export interface Prediction {
  relevant: boolean;
  /** Cause ids, best first. */
  causes: string[];
  triage: TriageTier;
}

export interface TierRecall {
  recall: number;
  n: number;
}

export interface TierMetrics {
  emergency: TierRecall;
  urgent: TierRecall;
  soon: TierRecall;
  /** Share of posts labelled below `emergency` (scored) predicted `emergency`. */
  falseAlarm: number;
  /** Share of posts labelled `soon` or above that get a badge (predicted relevant). */
  badged: { share: number; n: number };
}

export interface Metrics {
  relevance: { precision: number; recall: number; f1: number; n: number };
  causes: { top3: number; n: number };
  redFlags: { recall: number; falseAlarm: number; n: number };
  tiers: TierMetrics;
}

export interface PostOutcome {
  id: string;
  labelled: { relevant: boolean; causes: string[]; triage: TriageTier | null };
  predicted: Prediction;
  relevanceCorrect: boolean;
  /** null when the post is not scored for causes. */
  causeHit: boolean | null;
  /** null when the post is not scored for triage. */
  tierOk: boolean | null;
  falseEmergency: boolean;
}

export interface Evaluation {
  metrics: Metrics;
  outcomes: PostOutcome[];
}

/** Reads JSON Lines; a line that is not a valid row is reported, not fatal. */
export function parseCorpus(jsonl: string): { rows: CorpusRow[]; errors: string[] } {
  const rows: CorpusRow[] = [];
  const errors: string[] = [];
  jsonl.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as CorpusRow).id === 'string' &&
        typeof (value as CorpusRow).text === 'string' &&
        typeof (value as CorpusRow).relevant === 'boolean'
      ) {
        const row = value as CorpusRow;
        const triage = row.triage && (TRIAGE_TIERS as readonly string[]).includes(row.triage) ? row.triage : null;
        rows.push({ ...row, triage });
      } else {
        errors.push(`line ${index + 1}: needs string "id", string "text" and boolean "relevant"`);
      }
    } catch {
      errors.push(`line ${index + 1}: not valid JSON`);
    }
  });
  return { rows, errors };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 1000) / 1000;
}

/** A system under test: the post's text, and its row for the thread context and position. */
export type Predictor = (text: string, row: CorpusRow) => Prediction;

export function evaluate(rows: readonly CorpusRow[], predict: Predictor): Evaluation {
  let truePositives = 0;
  let predictedPositives = 0;
  let actualPositives = 0;
  let causeHits = 0;
  let causePosts = 0;
  let flagPosts = 0;
  let flagHits = 0;
  let scored = 0;
  let belowEmergency = 0;
  let falseEmergencies = 0;
  let flaggedBadged = 0;
  const perTier = { emergency: { hits: 0, n: 0 }, urgent: { hits: 0, n: 0 }, soon: { hits: 0, n: 0 } };
  const outcomes: PostOutcome[] = [];

  for (const row of rows) {
    const predicted = predict(row.text, row);
    if (predicted.relevant) predictedPositives++;
    if (row.relevant) actualPositives++;
    if (predicted.relevant && row.relevant) truePositives++;

    const labelledCauses = row.relevant ? (row.causes ?? []) : [];
    let causeHit: boolean | null = null;
    if (row.relevant && labelledCauses.length > 0) {
      causePosts++;
      causeHit = predicted.causes.slice(0, 3).some((id) => labelledCauses.includes(id));
      if (causeHit) causeHits++;
    }

    const labelledTier = row.triage ?? null;
    let tierOk: boolean | null = null;
    let falseEmergency = false;
    if (labelledTier) {
      scored++;
      if (tierRank(labelledTier) >= tierRank('soon')) {
        flagPosts++;
        tierOk = tierRank(predicted.triage) >= tierRank(labelledTier);
        if (tierOk) flagHits++;
        const tier = perTier[labelledTier as keyof typeof perTier];
        tier.n++;
        if (tierOk) tier.hits++;
        if (predicted.relevant) flaggedBadged++;
      }
      if (labelledTier !== 'emergency') {
        belowEmergency++;
        falseEmergency = predicted.triage === 'emergency';
        if (falseEmergency) falseEmergencies++;
      }
    }

    outcomes.push({
      id: row.id,
      labelled: { relevant: row.relevant, causes: labelledCauses, triage: labelledTier },
      predicted,
      relevanceCorrect: predicted.relevant === row.relevant,
      causeHit,
      tierOk,
      falseEmergency,
    });
  }

  const precision = ratio(truePositives, predictedPositives);
  const recall = ratio(truePositives, actualPositives);
  const f1 = precision + recall === 0 ? 0 : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;
  return {
    metrics: {
      relevance: { precision, recall, f1, n: rows.length },
      causes: { top3: ratio(causeHits, causePosts), n: causePosts },
      // With no post labelled `soon` or above there is nothing to miss.
      redFlags: {
        recall: flagPosts === 0 ? 1 : ratio(flagHits, flagPosts),
        falseAlarm: ratio(falseEmergencies, belowEmergency),
        n: scored,
      },
      tiers: {
        emergency: tierRecall(perTier.emergency),
        urgent: tierRecall(perTier.urgent),
        soon: tierRecall(perTier.soon),
        falseAlarm: ratio(falseEmergencies, belowEmergency),
        badged: { share: flagPosts === 0 ? 1 : ratio(flaggedBadged, flagPosts), n: flagPosts },
      },
    },
    outcomes,
  };
}

/** With no post of a tier there is nothing to miss. */
function tierRecall({ hits, n }: { hits: number; n: number }): TierRecall {
  return { recall: n === 0 ? 1 : ratio(hits, n), n };
}

/**
 * The thread context of a corpus row. An opening post's title is its own writer's words, so it is also
 * read as the post's first line (`spotterPrediction`); a reply has the title, and the opening post where
 * `withOpeningPosts` found it.
 */
export function threadOf(row: Pick<CorpusRow, 'thread' | 'opening'> | undefined): ThreadContext | undefined {
  const title = row?.thread?.trim();
  if (!title) return row?.opening ? { opening: row.opening } : undefined;
  return row?.opening ? { title, opening: row.opening } : { title };
}

/** A row's page, when its `source` is a page's address: rows taken from one page share it. */
function pageOf(row: CorpusRow): string | undefined {
  return /^https?:\/\//.test(row.source ?? '') ? row.source!.trim() : undefined;
}

/**
 * The rows with each reply given its thread's opening post, where the rows hold exactly one opening post (`position`
 * `op`) under the reply's thread title: on a page, the adapters read the opening post with every reply of the
 * thread's first page (DESIGN.md "Thread context"). A reply whose row has no title, where the page showed none to the
 * reader who took it, gets the one opening post taken from the same page (its `source` address): on the page
 * itself Spotter reads that post with it. Replies whose opening post is not among the rows keep the title alone.
 * The opening post's text only, never its labels.
 */
export function withOpeningPosts<T extends CorpusRow>(rows: readonly T[]): T[] {
  const byTitle = new Map<string, string | null>();
  const byPage = new Map<string, string | null>();
  const keep = (openings: Map<string, string | null>, key: string, text: string) =>
    openings.set(key, openings.has(key) ? null : text);
  for (const row of rows) {
    if (row.position !== 'op') continue;
    const title = row.thread?.trim();
    const page = pageOf(row);
    if (title) keep(byTitle, title, row.text);
    if (page) keep(byPage, page, row.text);
  }
  return rows.map((row) => {
    if (row.position !== 'reply') return row;
    const title = row.thread?.trim();
    const page = pageOf(row);
    const opening = title ? byTitle.get(title) : page ? byPage.get(page) : undefined;
    return opening ? { ...row, opening } : row;
  });
}

/**
 * A row's text as Spotter reads it: an opening post (`position` `op`) with its thread's title as its first
 * line, as the adapters read it on a page; a reply as written. Shared by eval and `analyze --jsonl`.
 */
export function rowText(text: string, thread: unknown, position: unknown): string {
  return position === 'op' && typeof thread === 'string' ? openingPostText(thread, text) : text;
}

/** Spotter's prediction for a post, read with its thread's title when the row has one. */
export function spotterPrediction(text: string, row?: CorpusRow): Prediction {
  const thread = threadOf(row);
  const assessment = assess(rowText(text, row?.thread, row?.position), thread ? { thread } : {});
  return { relevant: assessment.relevant, causes: assessment.causes.map((cause) => cause.id), triage: assessment.triage };
}

const BASELINE_SYMPTOMS = ['cramp', 'pain', 'sore', 'tight', 'pump', 'spasm', 'hurt', 'ache', 'tweak'];

/**
 * The plain keyword baseline: relevant when the text contains "back" and any of the symptom
 * words (as substrings, case-insensitive). It has no ranking (no causes, so top-3 is 0) and no
 * triage (every post `self_care`).
 */
export function baselinePrediction(text: string): Prediction {
  const lower = text.toLowerCase();
  const relevant = lower.includes('back') && BASELINE_SYMPTOMS.some((word) => lower.includes(word));
  return { relevant, causes: [], triage: 'self_care' };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** A side-by-side table of two systems' metrics. */
export function formatComparison(corpusName: string, spotter: Metrics, baseline: Metrics): string {
  const rows: [string, string, string][] = [
    ['relevance precision', percent(spotter.relevance.precision), percent(baseline.relevance.precision)],
    ['relevance recall', percent(spotter.relevance.recall), percent(baseline.relevance.recall)],
    ['relevance F1', percent(spotter.relevance.f1), percent(baseline.relevance.f1)],
    [`causes top-3 (n=${spotter.causes.n})`, percent(spotter.causes.top3), percent(baseline.causes.top3)],
    [`red-flag recall (scored n=${spotter.redFlags.n})`, percent(spotter.redFlags.recall), percent(baseline.redFlags.recall)],
    ['emergency false alarms', percent(spotter.redFlags.falseAlarm), percent(baseline.redFlags.falseAlarm)],
    ...(['emergency', 'urgent', 'soon'] as const).map((tier): [string, string, string] => [
      `  ${tier} recall (n=${spotter.tiers[tier].n})`,
      percent(spotter.tiers[tier].recall),
      percent(baseline.tiers[tier].recall),
    ]),
    [
      `  flagged posts badged (n=${spotter.tiers.badged.n})`,
      percent(spotter.tiers.badged.share),
      percent(baseline.tiers.badged.share),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length), 'metric'.length);
  const line = (a: string, b: string, c: string): string => `${a.padEnd(width)}  ${b.padStart(8)}  ${c.padStart(9)}`;
  return [
    `Corpus: ${corpusName} (${spotter.relevance.n} posts)`,
    line('metric', 'Spotter', 'baseline'),
    line('-'.repeat(width), '-'.repeat(8), '-'.repeat(9)),
    ...rows.map(([label, a, b]) => line(label, a, b)),
  ].join('\n');
}
