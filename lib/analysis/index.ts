/**
 * The analysis engine's one entry point: `assess(text | features)` → Assessment, what every UI
 * shows (DESIGN.md "The one idea the architecture follows").
 *
 * Text: quotes blanked → normalize → extract → relevance → triage → rank; with `thread`, a reply
 * that names no back is read with the thread's topic (thread.ts).
 * Features (questionnaire answers, `#answers=` hash): parseFeatures → triage → rank, with
 * relevant = true and score = 1.
 *
 * Never throws on input: anything that is not a string or a features object reads as empty, and
 * very long text is cut to its first MAX_ANALYSED_CHARS characters (the Assessment says so).
 */
import { parseFeatures, type Features, type RedFlag } from '../features';
import type { CauseEntry } from '../catalog/types';
import { analyzeText, capText, type TextAnalysis } from './extract';
import { badgeScore, countedRedFlags, threadAboutBack } from './score';
import { getLexicon, type Lexicon } from './mentions';
import { echoedTitleFlags, threadSports, threadTopic, titleReading } from './thread';
import { originalSlice } from './text/normalize';
import { rankSentences, type PostSentence, type SportsTold } from './rank';
import { RELEVANCE_THRESHOLD, isRelevant } from './relevance';
import { triage } from './triage';
import type { Assessment, RedFlagHit, ThreadContext } from './types';
import { RED_FLAG_TIERS } from '../features';

export { extractFeatures } from './extract';
export { rankCauses } from './rank';
export { decideTriage } from './triage';
export { RELEVANCE_THRESHOLD } from './relevance';
export type { Assessment, ThreadContext } from './types';

export { MAX_ANALYSED_CHARS } from './extract';

export interface AssessOptions {
  /** The thread the post was written in; a reply that does not say where takes the thread's topic. */
  thread?: ThreadContext;
  /** Relevance threshold (the reader's sensitivity, lib/settings/schema.ts); default RELEVANCE_THRESHOLD. */
  threshold?: number;
  /** Rank causes (default true). A badge pass can skip ranking and rank when the panel opens. */
  rank?: boolean;
  /** The catalog to rank against (tests); default the shipped CATALOG. */
  catalog?: readonly CauseEntry[];
}

function emptyAssessment(relevant: boolean, score: number): Assessment {
  return { relevant, score, features: {}, matches: [], redFlags: [], triage: 'self_care', causes: [] };
}

function postSentences({ context, stories }: Pick<TextAnalysis, 'context' | 'stories'>): PostSentence[] {
  return context.sentences.map((sentence, index) => {
    const told = stories.filter((hit) => hit.sentence === index).map(({ cause, named }) => ({ cause, named }));
    return {
      text: context.normalized.text.slice(sentence.textStart, sentence.textEnd),
      original: originalSlice(context.normalized, sentence.textStart, sentence.textEnd),
      ...(told.length > 0 ? { stories: told } : {}),
    };
  });
}

/** Whether the text is an opening post read with its title as its first line (adapters/types.ts `openingPostText`). */
function opensWithItsTitle(text: string, thread: AssessOptions['thread']): boolean {
  const title = thread?.title?.trim();
  return title !== undefined && title !== '' && text.startsWith(`${title}\n`);
}

/**
 * The sentences the ranker reads: a reply that leans on its thread for its back (agreement, a symptom with no place)
 * shares the story its thread's title tells, so the title's sentences are read with it ("this thread is just me" under
 * "tight hamstrings = tight lower back?"). An opening post already opens with its title.
 */
function rankedSentences(
  text: string,
  analysis: TextAnalysis,
  thread: AssessOptions['thread'],
  lexicon: Lexicon,
): PostSentence[] {
  const own = postSentences(analysis);
  if (!analysis.fromThread || opensWithItsTitle(text, thread)) return own;
  const title = titleReading(thread, lexicon);
  return title ? [...own, ...postSentences(title)] : own;
}

/** The sports a post tells of, with those its thread's title tells of ("Bulked up and now running wrecks me"). */
function sportsTold(analysis: TextAnalysis, thread: AssessOptions['thread'], lexicon: Lexicon): SportsTold {
  const inThread = threadSports(thread, lexicon);
  return {
    activities: [...(analysis.features.activity ?? []), ...inThread.activities],
    otherEndurance: analysis.otherEndurance || inThread.otherEndurance,
  };
}

function assessText(text: string, options: AssessOptions): Assessment {
  const threshold = options.threshold ?? RELEVANCE_THRESHOLD;
  const analysed = capText(text);
  const truncated = analysed.length < text.length ? { analysedChars: analysed.length, totalChars: text.length } : undefined;
  const lexicon = getLexicon();
  const ownReading = analyzeText(analysed, threadTopic(options.thread, lexicon));
  const echoed = echoedTitleFlags(analysed, ownReading, options.thread, lexicon);
  const analysis = echoed.length > 0 ? { ...ownReading, redFlags: [...ownReading.redFlags, ...echoed] } : ownReading;
  const inBackThread = threadAboutBack(options.thread, lexicon);
  // One rule for which flags count and badge the post (score.ts), whether ranked or not.
  const redFlags = countedRedFlags(analysis, inBackThread);
  const score = badgeScore(analysis, inBackThread);
  const relevant = isRelevant(score, threshold);
  if (!relevant) {
    const result: Assessment = { ...emptyAssessment(false, score), features: analysis.features, matches: analysis.matches };
    return truncated ? { ...result, truncated } : result;
  }
  const fromThread = analysis.fromThread ? { fromThread: analysis.fromThread } : {};
  // Flags that do not count here (an urgent flag in a post about something else) are not features either.
  const counted = new Set<string>(redFlags.map((flag) => flag.id));
  const { redFlags: _found, ...otherFeatures } = analysis.features;
  const features = counted.size > 0 ? { ...otherFeatures, redFlags: redFlags.map((flag) => flag.id) } : otherFeatures;
  const matches = analysis.matches.filter((match) => match.group !== 'redFlags' || counted.has(match.id));
  const result: Assessment = {
    ...fromThread,
    relevant,
    score,
    features,
    matches,
    redFlags,
    triage: triage(redFlags, features),
    causes:
      options.rank === false
        ? []
        : rankSentences(analysis.features, rankedSentences(analysed, analysis, options.thread, lexicon), {
            catalog: options.catalog,
            sports: sportsTold(analysis, options.thread, lexicon),
          }),
  };
  return truncated ? { ...result, truncated } : result;
}

function assessFeatures(input: unknown, options: AssessOptions): Assessment {
  const features = parseFeatures(input);
  const redFlags: RedFlagHit[] = (features.redFlags ?? []).map((id: RedFlag) => ({ id, tier: RED_FLAG_TIERS[id], words: [] }));
  return {
    relevant: true,
    score: 1,
    features,
    matches: [],
    redFlags,
    triage: triage(redFlags, features),
    causes: options.rank === false ? [] : rankSentences(features, [], { catalog: options.catalog }),
  };
}

/**
 * Assesses a post's text or a set of features. Bad input (not a string, not an object, empty,
 * binary junk) gives an irrelevant, empty assessment rather than an exception.
 */
export function assess(input: string | Features, options: AssessOptions = {}): Assessment {
  if (typeof input === 'string') return input.trim() === '' ? emptyAssessment(false, 0) : assessText(input, options);
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) return assessFeatures(input, options);
  return emptyAssessment(false, 0);
}

/**
 * What the ranker reads of a post, with its thread, whether or not the post is relevant: for fitting the ranker's
 * weights to labelled posts (scripts/fit-weights.ts). The post's own sentences only: the title's sentences that `assess` adds to a reply leaning on its thread (`rankedSentences`) are left out of
 * the fits. Round 24 refitted the cause words model with them, and it lost posts on the sets the fit had not seen
 * (59, 60, 68) and one real post of the tune split, so the shipped weights stay fitted to a post's own words.
 */
export function readForRanking(
  text: string,
  options: Pick<AssessOptions, 'thread'> = {},
): { features: Features; sentences: PostSentence[] } {
  const analysis = analyzeText(capText(text), threadTopic(options.thread, getLexicon()));
  return { features: analysis.features, sentences: postSentences(analysis) };
}
