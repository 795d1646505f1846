/**
 * The topic of a thread, read from its title and opening post (DESIGN.md "Thread context"): is the
 * thread about a back, and where, doing what, feeling what. A reply that describes a symptom
 * without saying where ("same here, mine starts at half a mile") takes the topic's region and
 * activity (extract.ts); the Assessment says so (`fromThread`) so the panel can tell the reader.
 */
import type { Activity, Context, Region, Sensation, Timing } from '../features';
import { analyzeTextWith, anotherSportsWords, capText, type TextAnalysis } from './extract';
import { GENERIC_YOU, PLAIN_AGREEMENT_FOLLOWERS, REGION_LEADS, TOPIC_BACK_WORDS } from './lexicon';
import { CueIndex, readMentions, wordsOf, type Lexicon } from './mentions';
import { RELEVANCE_THRESHOLD, isRelevant, relevanceScore } from './relevance';
import type { FeatureMatch, RedFlagHit, ThreadContext } from './types';

/** A feature of the thread, with the title's (or opening post's) words for it. */
export interface TopicFeature<T extends string> {
  id: T;
  words: string[];
}

export interface ThreadTopic {
  regions: TopicFeature<Region>[];
  activities: TopicFeature<Activity>[];
  sensations: TopicFeature<Sensation>[];
  /** The circumstances the title tells ("on long runs", "PR attempt"): a reply that only agrees shares the story. */
  contexts: TopicFeature<Context>[];
  /**
   * Whether the title (or opening post) tells a back complaint ("Lower back pump while running"), or only names a back
   * ("Lower back on heavy squats", "Minimalist shoes and lower back"): a reply leans on the second less (relevance.ts).
   */
  complaint: boolean;
}

/**
 * Circumstances that belong to the opening poster alone: how long their problem has lasted, whether
 * they have had cramps before. A reply does not share them by agreeing.
 */
const OWN_HISTORY: ReadonlySet<Context> = new Set(['weeks_long', 'prior_cramps']);

/** Timings that, named with a back in a title, tell when a complaint comes. */
const WHEN_IT_COMES: ReadonlySet<Timing> = new Set(['after_session', 'next_days', 'during_run', 'at_rest_or_night', 'morning']);

/** Threads whose topic is kept: one page shows one thread, and a reader may have a few tabs open. */
const MAX_CACHED_TOPICS = 16;
const topics = new WeakMap<Lexicon, Map<string, ThreadTopic | null>>();
const namesBack = new WeakMap<Lexicon, Map<string, boolean>>();
const titleFlags = new WeakMap<Lexicon, Map<string, RedFlagHit[]>>();
const titleReadings = new WeakMap<Lexicon, Map<string, TextAnalysis>>();
const titleSports = new WeakMap<Lexicon, Map<string, ThreadSports>>();

function featuresOf<T extends string>(matches: readonly FeatureMatch[], group: FeatureMatch['group']): TopicFeature<T>[] {
  return matches.filter((match) => match.group === group).map((match) => ({ id: match.id as T, words: match.words }));
}

function aboutBack(analysis: TextAnalysis): boolean {
  return isRelevant(relevanceScore(analysis.evidence.pairs.filter((pair) => !pair.hypothetical)), RELEVANCE_THRESHOLD);
}

/** A title with its generic "you" as the writer ("when your back pumps on runs" → "when my back pumps on runs"). */
function withWriterForYou(title: string): string {
  return title.replace(/\b[a-z']+\b/gi, (word) => GENERIC_YOU.get(word.toLowerCase()) ?? word);
}

function readTopic(thread: ThreadContext, lexicon: Lexicon): ThreadTopic | null {
  // The title first: it names the thread's topic; the opening post fills in what the title leaves out.
  const read = [thread.title, thread.opening]
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map((text) => analyzeTextWith(text, lexicon));
  const sources = read.filter(aboutBack);
  // The opening post as its page shows it, under its title, where neither says it alone: "Rock under my scapula?"
  // over "it has been tight for weeks and clicks when I reach" (adapters read an opening post so).
  const title = thread.title?.trim();
  const opening = thread.opening?.trim();
  if (sources.length === 0 && title && opening) {
    const together = analyzeTextWith(`${title}\n${opening}`, lexicon);
    if (aboutBack(together)) sources.push(together);
  }
  // A title put to everyone tells the thread's complaint as much as one told of the writer's own back.
  if (sources.length === 0 && thread.title?.trim()) {
    const asWriter = withWriterForYou(thread.title);
    if (asWriter !== thread.title) {
      const reread = analyzeTextWith(asWriter, lexicon);
      if (aboutBack(reread)) sources.push(reread);
    }
  }
  // A title drops the writer's "my": "Back went during deadlifts", "Lower back seized up on the bike".
  if (sources.length === 0 && title) {
    const words = title.toLowerCase().split(/\s+/);
    const backFirst =
      TOPIC_BACK_WORDS.has(words[0] ?? '') || (REGION_LEADS.has(words[0] ?? '') && TOPIC_BACK_WORDS.has(words[1] ?? ''));
    if (backFirst) {
      const reread = analyzeTextWith(`my ${title}`, lexicon);
      if (aboutBack(reread)) sources.push(reread);
    }
  }
  // A title names its thread's trouble in few words, so a back with any trouble word is its complaint, however weak
  // the word or asked about: "Rowing machine and back issues", "should I keep cycling with a backache?".
  if (sources.length === 0 && title && read[0]!.evidence.pairs.some((pair) => pair.region !== null)) sources.push(read[0]!);
  if (sources.length === 0) return namedTopic(read);
  const first = <T extends string>(group: FeatureMatch['group']): TopicFeature<T>[] => {
    for (const source of sources) {
      const found = featuresOf<T>(source.matches, group);
      if (found.length > 0) return found;
    }
    return [];
  };
  return {
    regions: first<Region>('region'),
    activities: first<Activity>('activity'),
    sensations: first<Sensation>('sensation'),
    contexts: first<Context>('context').filter((context) => !OWN_HISTORY.has(context.id)),
    complaint: true,
  };
}

/**
 * The topic of a thread whose title or opening post names a back and tells no complaint ("Lower back on heavy
 * squats"): where, from the back words themselves, and what it is doing; nothing felt. Null when it names none.
 */
function namedTopic(read: readonly TextAnalysis[]): ThreadTopic | null {
  for (const analysis of read) {
    const { tokens } = analysis.context;
    const named = analysis.context.mentions.filter((mention) => {
      if (mention.value.cat !== 'region' || mention.value.id === null) return false;
      for (let i = mention.start; i < mention.end; i++) if (TOPIC_BACK_WORDS.has(tokens[i]!.text)) return true;
      return false;
    });
    if (named.length === 0) continue;
    const regions = new Map<Region, string[]>();
    for (const mention of named) {
      const id = (mention.value as { id: Region }).id;
      regions.set(id, [...(regions.get(id) ?? []), wordsOf(analysis.context, mention)]);
    }
    return {
      regions: [...regions].map(([id, words]) => ({ id, words })),
      activities: featuresOf<Activity>(analysis.matches, 'activity'),
      sensations: [],
      contexts: featuresOf<Context>(analysis.matches, 'context').filter((context) => !OWN_HISTORY.has(context.id)),
      // A back named with when it comes is forum shorthand for a complaint: "Lower back after heavy singles??",
      // "Back during long runs" (not "Lower back on heavy squats", which may ask where a lift should be felt).
      complaint: featuresOf<Timing>(analysis.matches, 'timing').some((timing) => WHEN_IT_COMES.has(timing.id)),
    };
  }
  return null;
}

/**
 * The thread's topic when its title or opening post is about someone's back, else undefined: a
 * thread about shoes or bench plateaus gives its replies nothing.
 */
export function threadTopic(thread: ThreadContext | undefined, lexicon: Lexicon): ThreadTopic | undefined {
  if (!thread || (!thread.title?.trim() && !thread.opening?.trim())) return undefined;
  return readOnce(topics, thread, lexicon, readTopic) ?? undefined;
}

/**
 * Whether the thread's title or opening post names a back ("Deadlift form check, lower back"): a looser
 * test than a topic, for which red flags count in a reply (score.ts). Read once per thread, not per post.
 */
export function threadNamesBack(thread: ThreadContext | undefined, lexicon: Lexicon): boolean {
  if (!thread) return false;
  return readOnce(namesBack, thread, lexicon, (context) =>
    [context.title, context.opening].some((text) => {
      if (!text || text.trim() === '') return false;
      const read = readMentions(text, lexicon);
      return (
        read.mentionsBack && read.mentions.some((mention) => mention.value.cat === 'region' || mention.value.cat === 'condition')
      );
    }),
  );
}

/**
 * The thread's title read on its own, once per thread rather than once per reply: what a reply that leans on its
 * thread shares of the title's story (index.ts `rankedSentences`). Undefined for a thread with no title.
 */
export function titleReading(thread: ThreadContext | undefined, lexicon: Lexicon): TextAnalysis | undefined {
  const title = thread?.title?.trim();
  if (!thread || !title) return undefined;
  return readOnce(titleReadings, thread, lexicon, () => analyzeTextWith(capText(title), lexicon));
}

/** The sports a thread's title tells of: the activities it names, and whether it tells of a ride, a swim, a row or a hike. */
export interface ThreadSports {
  activities: Activity[];
  otherEndurance: boolean;
}

/**
 * The sports the thread's title tells of, whether or not it names a back ("Bulked up and now running wrecks me"), with
 * the activities its topic takes from the opening post. Read once per thread.
 */
export function threadSports(thread: ThreadContext | undefined, lexicon: Lexicon): ThreadSports {
  if (!thread) return { activities: [], otherEndurance: false };
  return readOnce(titleSports, thread, lexicon, (context) => {
    const fromTopic = threadTopic(context, lexicon)?.activities.map((activity) => activity.id) ?? [];
    if (!context.title?.trim()) return { activities: [...new Set(fromTopic)], otherEndurance: false };
    const title = readMentions(context.title, lexicon);
    const cues = new CueIndex(title);
    const anotherSports = anotherSportsWords(title, cues);
    const inTitle = title.mentions.flatMap((mention) =>
      mention.value.cat === 'activity' && !anotherSports(mention) ? [mention.value.id] : [],
    );
    return {
      activities: [...new Set([...inTitle, ...fromTopic])],
      otherEndurance: cues.get('other_endurance').length > 0,
    };
  });
}

/** The topic a reply is read with under a title that tells a warning sign but names no back. */
const SIGN_TOPIC: ThreadTopic = { regions: [], activities: [], sensations: [], contexts: [], complaint: true };

/**
 * Warning signs a reply shares by agreeing with its thread's title: "Same here since Tuesday. Thought it'd wear off
 * like a dead leg. Hasn't." under "Numb bum after a back injury" tells the title's numbness as the writer's own, "Same
 * boat, 38 and change since Wednesday" under "back pain + fever" the fever. Only where the reply agrees ("same here",
 * "me too", "had the same": relevance.ts `threadPairs`, not asked or of another part) and the title (with its opening
 * post where known) reads as the sign; the title and the reply are then read as one post, so what the
 * reply adds still counts: "same here, goes away after an hour off the bike" gives the numbness its everyday cause,
 * and "same but no numbness" denies it. The words are the title's, and the panel says where they were read.
 */
export function echoedTitleFlags(
  text: string,
  analysis: TextAnalysis,
  thread: ThreadContext | undefined,
  lexicon: Lexicon,
): RedFlagHit[] {
  const title = thread?.title?.trim();
  if (!title) return [];
  // Read as its opening post where that is known (the title as its first line, as adapters read it): "Way heavier
  // than in HS, back gives out before legs on runs" names no weak legs once its post says "my back quits way before my
  // legs do", and a title's slip should not sound the alarm under every "same boat" that follows.
  const opening = thread?.opening?.trim();
  const inTitle = readOnce(
    titleFlags,
    { title, opening },
    lexicon,
    () => analyzeTextWith(opening ? `${title}\n${opening}` : title, lexicon).redFlags,
  );
  const own = new Set(analysis.redFlags.map((flag) => flag.id));
  const echoed = inTitle.filter((flag) => !own.has(flag.id));
  if (echoed.length === 0) return [];
  // The reply's agreements as relevance reads them in a thread about a complaint; a title that tells a sign and names
  // no back ("numb bum and groin after squats, anyone else?") is such a thread too.
  const read = threadTopic(thread, lexicon) ? analysis : analyzeTextWith(text, lexicon, SIGN_TOPIC);
  // An agreement of the lexicon's ("same here", "had the same"), not a story of the writer's own, and not what "mine"
  // was ("mine turned out to be a tight rhomboid", under "upper back pain = heart attack?"): those tell their own end.
  // And one that says nothing of what it agrees about ("same here since the weekend"), not "same here on the Nike
  // Metcons", which shares a shoe.
  const { tokens } = read.context;
  const plain = (agreement: { start: number; end: number }): boolean => {
    const next = tokens[agreement.end];
    return (
      !next ||
      next.kind === 'punct' ||
      next.sentence !== tokens[agreement.start]!.sentence ||
      PLAIN_AGREEMENT_FOLLOWERS.has(next.text) ||
      // The agreement's own last word may already say when: "same since sunday".
      PLAIN_AGREEMENT_FOLLOWERS.has(tokens[agreement.end - 1]!.text)
    );
  };
  const agreed = read.evidence.pairs.some(
    (pair) =>
      pair.fromThread &&
      !pair.hypothetical &&
      pair.symptom.value.cat === 'cue' &&
      pair.symptom.value.id === 'agreement' &&
      read.context.mentions.includes(pair.symptom) &&
      tokens[pair.symptom.start]?.text !== 'mine' &&
      plain(pair.symptom),
  );
  if (!agreed) return [];
  const together = analyzeTextWith(`${title}\n\n${text}`, lexicon).redFlags;
  return echoed
    .filter((flag) => together.some((hit) => hit.id === flag.id))
    .map((flag) => ({ id: flag.id, tier: flag.tier, words: flag.words, read: 'thread_title' as const }));
}

/** What `read` makes of a thread, kept per lexicon for the last few threads: every post of a page shares one. */
function readOnce<T>(
  caches: WeakMap<Lexicon, Map<string, T>>,
  thread: ThreadContext,
  lexicon: Lexicon,
  read: (thread: ThreadContext, lexicon: Lexicon) => T,
): T {
  const key = `${thread.title ?? ''}\u0000${thread.opening ?? ''}`;
  let cache = caches.get(lexicon);
  if (!cache) caches.set(lexicon, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T;
  const value = read(thread, lexicon);
  if (cache.size >= MAX_CACHED_TOPICS) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}
