/**
 * Ranking causes: each cause scored by the ranker's model (rank-model.ts): its weights over the
 * post's features, fitted to labelled posts on top of the catalog's hand-set profiles, plus how close
 * the post's sentences are to the cause's phrases (cause-phrases.ts), plus what the post's words as a whole
 * say of it (cause-words.ts). Every ranked cause carries its reasons for and against, in plain words: the
 * present features whose weight speaks for or against it, the closest sentence, and the post's words that
 * speak most for or against it.
 *
 * Shown score: 1 for the best cause, 1 / (1 + gap / SCORE_SCALE) for the others, by their gap in
 * model score to the best. Causes with no evidence beyond the region (no other present feature for
 * them, no phrase close, no story) are left out: a cause is never shown without a reason, nor for where it hurts
 * alone; the post's words alone are a reason only after those causes, where they are fewer than three.
 */
import { CATALOG } from '../catalog';
import type { CauseEntry } from '../catalog/types';
import { FEATURE_LABELS, wordsAgainstLabel, wordsForLabel } from '../feature-labels';
import { LIFTS, featureIds, type Activity, type FeatureId, type Features } from '../features';
import { normalize, originalSlice } from './text/normalize';
import { PhraseIndex } from './cause-phrases';
import {
  causeWordsText,
  parseCauseWordsModel,
  readCauseWords,
  SHIPPED_CAUSE_WORDS,
  type CauseWordsModel,
  type CauseWordsReading,
} from './cause-words';
import { FITTED_WEIGHTS } from './fitted-weights';
import {
  STORY_STRENGTH,
  buildModel,
  causeScore,
  placeArguesAgainst,
  placeRulesOutPhrases,
  supportedBeyondLocation,
  type RankModel,
} from './rank-model';
import { tokenize, type Sentence } from './text/tokens';
import type { RankedCause, Reason } from './types';

/** Model-score gap at which a cause shows half the best cause's score. */
export const SCORE_SCALE = 2;
/** Sentences compared with the phrases, at most (the first ones: where posts state their problem). */
export const MAX_RANKED_SENTENCES = 60;
/** A cause's words (cause-words.ts) are given as a reason for or against it when they move its score at least this much. */
export const MIN_WORDS_REASON = 1;
const MAX_QUOTED_CHARS = 200;

interface CatalogIndex {
  catalog: readonly CauseEntry[];
  phrases: PhraseIndex<string>;
  model: RankModel;
  /** The shipped catalog's cause words model; another catalog (tests) is ranked without one. */
  causeWords: CauseWordsModel | null;
}

let catalogIndex: CatalogIndex | undefined;

/**
 * Phrase index and model for a catalog, built once per catalog on first use. The fitted deltas and the
 * cause words model belong to the shipped catalog; another catalog (tests) is ranked by its own hand-set profiles.
 */
function indexOf(catalog: readonly CauseEntry[]): CatalogIndex {
  if (catalogIndex?.catalog === catalog) return catalogIndex;
  catalogIndex = {
    catalog,
    phrases: new PhraseIndex(catalog.flatMap((entry) => entry.phrases.map((phrase) => ({ key: entry.id, phrase })))),
    model: buildModel(catalog, catalog === CATALOG ? FITTED_WEIGHTS : undefined),
    causeWords:
      catalog === CATALOG
        ? parseCauseWordsModel(
            SHIPPED_CAUSE_WORDS,
            catalog.map((entry) => entry.id),
          )
        : null,
  };
  return catalogIndex;
}

/** A sentence of the post, in the post's own words, for phrase matching and for reasons. */
export interface PostSentence {
  /** Normalized text (what is matched). */
  text: string;
  /** As written (what is shown). */
  original: string;
  /** Causes whose story this sentence tells part of (lexicon/stories.ts, read by extract.ts); `named` when it names the condition. */
  stories?: readonly { cause: string; named: boolean }[];
}

/** Splits a text into sentences (quotes are the caller's business). */
export function sentencesOf(text: string): PostSentence[] {
  const normalized = normalize(text);
  const { sentences } = tokenize(normalized.text);
  return sentences.map((sentence: Sentence) => ({
    text: normalized.text.slice(sentence.textStart, sentence.textEnd),
    original: originalSlice(normalized, sentence.textStart, sentence.textEnd),
  }));
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTED_CHARS ? flat : `${flat.slice(0, MAX_QUOTED_CHARS - 1).trimEnd()}…`;
}

interface PhraseEvidence {
  similarity: number;
  sentence: string;
  phrase: string;
}

/** Best sentence-to-phrase match per cause. */
function phraseEvidence(sentences: readonly PostSentence[], catalog: readonly CauseEntry[]): Map<string, PhraseEvidence> {
  const index = indexOf(catalog).phrases;
  const best = new Map<string, PhraseEvidence>();
  for (const sentence of sentences.slice(0, MAX_RANKED_SENTENCES)) {
    for (const hit of index.match(sentence.text)) {
      const current = best.get(hit.key);
      if (!current || hit.similarity > current.similarity) {
        best.set(hit.key, { similarity: hit.similarity, sentence: shorten(sentence.original), phrase: hit.phrase });
      }
    }
  }
  return best;
}

function featureReason(id: FeatureId, weight: number): Reason {
  return { kind: 'feature', feature: id, text: FEATURE_LABELS[id], weight: Math.round(Math.abs(weight) * 100) / 100 };
}

/** A cause's story as the post tells it: the sentence that tells the most of it, and how strongly in all (STORY_STRENGTH). */
export interface StoryEvidence {
  sentence: string;
  strength: number;
}

/**
 * Per cause, how much of its story the post tells: each part counts STORY_STRENGTH.told, a named condition
 * STORY_STRENGTH.named, up to STORY_STRENGTH.named in all ("straight from the car" and "tight for the first
 * minutes" tell more of a cold start than either); the sentence quoted is the one that tells the most.
 */
function storyEvidence(sentences: readonly PostSentence[]): Map<string, StoryEvidence> {
  const told = new Map<string, StoryEvidence>();
  /** Per cause, the most one sentence has told of it so far (which sentence is quoted). */
  const mostInOne = new Map<string, number>();
  for (const sentence of sentences) {
    const here = new Map<string, number>();
    for (const { cause, named } of sentence.stories ?? []) {
      here.set(cause, (here.get(cause) ?? 0) + (named ? STORY_STRENGTH.named : STORY_STRENGTH.told));
    }
    for (const [cause, strength] of here) {
      const before = told.get(cause);
      const quoted = !before || strength > mostInOne.get(cause)! ? shorten(sentence.original) : before.sentence;
      told.set(cause, { sentence: quoted, strength: Math.min(STORY_STRENGTH.named, (before?.strength ?? 0) + strength) });
      mostInOne.set(cause, Math.max(strength, mostInOne.get(cause) ?? 0));
    }
  }
  return told;
}

/** What the ranker reads of a post: its features and, per cause, its closest sentence and the sentence telling its story. */
export interface RankInputs {
  present: FeatureId[];
  phrases: Map<string, PhraseEvidence>;
  stories: Map<string, StoryEvidence>;
}

export function rankInputs(
  features: Features,
  sentences: readonly PostSentence[],
  catalog: readonly CauseEntry[] = CATALOG,
): RankInputs {
  return {
    present: featureIds(features),
    phrases: sentences.length > 0 ? phraseEvidence(sentences, catalog) : new Map(),
    stories: storyEvidence(sentences),
  };
}

/** What the cause words model reads in the post, per cause; none without sentences (the questionnaire) or a model. */
function causeWordsOf(sentences: readonly PostSentence[], causeWords: CauseWordsModel | null): Map<string, CauseWordsReading> {
  return causeWords && sentences.length > 0 ? readCauseWords(causeWordsText(sentences), causeWords) : new Map();
}

/** What `rankSentences` ranks with besides the post; each defaults to the catalog's own or the features' own. */
export interface RankOptions {
  catalog?: readonly CauseEntry[];
  /** scripts/fit-cause-words.ts ranks with a model fitted without the posts it measures. */
  model?: RankModel;
  /** `null` ranks without cause words. */
  causeWords?: CauseWordsModel | null;
  /** The sports the post and its thread tell of, which can rule out a cause about one activity (`aboutAnotherSport`). */
  sports?: SportsTold;
}

/** Ranks causes for features and, optionally, the sentences they were read from. */
export function rankSentences(
  features: Features,
  sentences: readonly PostSentence[],
  {
    catalog = CATALOG,
    model = indexOf(catalog).model,
    causeWords = indexOf(catalog).causeWords,
    sports = { activities: features.activity ?? [], otherEndurance: false },
  }: RankOptions = {},
): RankedCause[] {
  const inputs = rankInputs(features, sentences, catalog);
  const words = causeWordsOf(sentences, causeWords);
  const candidates = rankCandidates(catalog, model, inputs, words, sports, false);
  // A post that tells fewer causes than the panel leads with ("same at 240 lb, my back gives out carrying it all" tells
  // none) gets, after them, the causes its words clearly point to, with the words as the reason. On the real sets'
  // 3,000 posts, 49 had fewer than three causes; filled, 7 more have their labelled cause in the top three.
  const byWords =
    candidates.length < LEADING_CAUSES
      ? rankCandidates(catalog, model, inputs, words, sports, true).filter(
          (candidate) => !candidates.some((reasoned) => reasoned.id === candidate.id),
        )
      : [];
  // The first shown is the best: a reasoned cause when there is one, whatever the words alone say of the others.
  const best = Math.max(...(candidates.length > 0 ? candidates : byWords).map((candidate) => candidate.score));
  // A cause put forward by its words alone may score above the best reasoned one; its gap counts as none (a gap below
  // zero would turn the shown score negative), and it is then shown no surer than the last reasoned cause (below).
  const scored = (list: readonly Candidate[]) =>
    list
      .map((candidate) => ({
        id: candidate.id,
        score: Math.round((1 / (1 + Math.max(0, best - candidate.score) / SCORE_SCALE)) * 1000) / 1000,
        for: candidate.for,
        against: candidate.against,
        raw: candidate.score,
      }))
      .sort((a, b) => b.raw - a.raw || a.id.localeCompare(b.id))
      .map(({ raw: _raw, ...cause }) => cause);
  const reasoned = scored(candidates);
  // Shown after the reasoned causes, a cause put forward by its words alone is shown no surer than the last of them.
  const floor = reasoned.at(-1)?.score ?? 1;
  return [...reasoned, ...scored(byWords).map((cause) => ({ ...cause, score: Math.min(cause.score, floor) }))];
}

/** How many causes the panel leads with, and the accuracy figures count (README "Accuracy", the top 3). */
const LEADING_CAUSES = 3;

/** The sports a post tells of: the activities it or its thread names, and whether it tells of a ride, a swim, a row or a hike. */
export interface SportsTold {
  activities: readonly Activity[];
  otherEndurance: boolean;
}

/**
 * Whether a cause about one activity ("Running form") is for another sport than the post's: the post tells of a ride,
 * a swim, a row, a hike or a lift, and never of that activity. A post that names no sport keeps it ("on my long ones
 * I end up hunched"): runners tell their runs by tempos, splits and cadence as often as by the word.
 */
function aboutAnotherSport(entry: CauseEntry, sports: SportsTold): boolean {
  if (!entry.activity || sports.activities.includes(entry.activity)) return false;
  return sports.otherEndurance || sports.activities.some((activity) => activity === 'running' || LIFTS.has(activity));
}

/** Whether a cause's words lift it as much as a reason shown for it must ("carrying it all" for a heavy upper body). */
function liftedByWords(read: CauseWordsReading | undefined): boolean {
  return read !== undefined && read.for.words.length > 0 && read.score - read.prior >= MIN_WORDS_REASON;
}

interface Candidate {
  id: string;
  score: number;
  for: Reason[];
  against: Reason[];
}

/**
 * The causes with something for them: a feature beyond where it hurts, a phrase or a story; or, `byWordsAlone`, words
 * that lift the cause as much as a shown reason.
 */
function rankCandidates(
  catalog: readonly CauseEntry[],
  model: RankModel,
  { present, phrases, stories }: RankInputs,
  words: Map<string, CauseWordsReading>,
  sports: SportsTold,
  byWordsAlone: boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const entry of catalog) {
    if (aboutAnotherSport(entry, sports)) continue;
    const weights = model.weights.get(entry.id);
    const forReasons: Reason[] = [];
    const againstReasons: Reason[] = [];
    for (const id of present) {
      const weight = weights?.get(id) ?? 0;
      if (weight > 0) forReasons.push(featureReason(id, weight));
      if (weight < 0) againstReasons.push(featureReason(id, weight));
    }
    const ruledOut = placeRulesOutPhrases(model, entry.id, present);
    const phrase = ruledOut ? undefined : phrases.get(entry.id);
    const story = ruledOut ? undefined : stories.get(entry.id);
    const read = words.get(entry.id);
    if (
      byWordsAlone
        ? !liftedByWords(read) || placeArguesAgainst(model, entry.id, present)
        : !supportedBeyondLocation(model, entry.id, present) && !phrase && !story
    )
      continue;
    // The story's sentence is quoted as a phrase-like reason, weighed by what it adds: the writer's own words.
    if (story) forReasons.push({ kind: 'phrase', text: story.sentence, weight: model.storyWeight * story.strength });
    if (phrase && phrase.sentence !== story?.sentence)
      forReasons.push({ kind: 'phrase', text: phrase.sentence, weight: Math.round(phrase.similarity * 100) / 100 });
    let wordsScore = 0;
    if (read) {
      // Where it hurts rules a cause's words out, as it does its phrases, though one place that argues against the
      // cause is enough here ("all day" is a hip-flexor word for a lower back only): they may count against it, never for it.
      const wordsRuledOut = placeArguesAgainst(model, entry.id, present);
      wordsScore = wordsRuledOut ? Math.min(read.score, read.prior) : read.score;
      // A side's shown words are a reason only as far as the words in all move the cause that way.
      const lifted = wordsRuledOut ? 0 : Math.min(read.for.weight, read.score - read.prior);
      // Words that alone put the cause forward are always its reason.
      if (read.for.words.length > 0 && (lifted >= MIN_WORDS_REASON || (byWordsAlone && lifted > 0)))
        forReasons.push({ kind: 'words', text: wordsForLabel(read.for.words), weight: Math.round(lifted * 100) / 100 });
      const lowered = Math.min(read.against.weight, read.prior - read.score);
      if (read.against.words.length > 0 && lowered >= MIN_WORDS_REASON)
        againstReasons.push({
          kind: 'words',
          text: wordsAgainstLabel(read.against.words),
          weight: Math.round(lowered * 100) / 100,
        });
    }
    forReasons.sort((a, b) => b.weight - a.weight);
    againstReasons.sort((a, b) => b.weight - a.weight);
    candidates.push({
      id: entry.id,
      score: causeScore(model, entry.id, present, phrase?.similarity ?? 0, story?.strength ?? 0) + wordsScore,
      for: forReasons,
      against: againstReasons,
    });
  }
  return candidates;
}

/**
 * Ranks causes for features, with the post's text when there is one (split by `sentencesOf`: no quotes blanked, no
 * cap, no stories, unlike `assess`, which the engine uses). Best first.
 */
export function rankCauses(features: Features, text?: string, catalog: readonly CauseEntry[] = CATALOG): RankedCause[] {
  return rankSentences(features, text ? sentencesOf(text) : [], { catalog });
}
