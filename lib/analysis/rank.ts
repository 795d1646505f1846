/**
 * Ranking causes: each catalog entry's presentation profile scored against the features, plus
 * how close the post's sentences are to the entry's phrases (cause-phrases.ts). Every ranked cause
 * carries its reasons for and against, in plain words.
 *
 * Profile score: Σ over present features of (for-weight − against-weight) × how telling the
 * feature is, log(1 + causes / causes that name it): "lower back", which most entries name,
 * counts for little; "fever", which one entry names, for a lot; a circumstance the writer states
 * ("since I bumped my mileage") counts CIRCUMSTANCE_WEIGHT times. It is read like a naive-Bayes
 * sum of log-likelihood ratios, and divided by the best entry's sum so the top profile scores 1.
 * Final score: 0.7 × profile + 0.3 × best phrase similarity, clamped to 0..1. Entries with no
 * positive evidence (no for-feature present, no phrase close) are left out.
 */
import { CATALOG } from '../catalog';
import type { CauseEntry } from '../catalog/types';
import { FEATURE_LABELS } from '../feature-labels';
import { CONTEXTS, featureIds, type FeatureId, type Features } from '../features';
import { normalize, originalSlice } from './text/normalize';
import { PhraseIndex } from './cause-phrases';
import { tokenize, type Sentence } from './text/tokens';
import type { RankedCause, Reason } from './types';

/**
 * Circumstances the writer states outright ("since I bumped my mileage", "barely drinking",
 * "skipped my warm-up"), as opposed to where it hurts, which lift brings it on, or how it began
 * and how long it has lasted. A stated circumstance points at a mechanism far more directly than
 * the presentation, which most causes share, so it counts this many times its weight.
 */
export const CIRCUMSTANCE_WEIGHT = 2;
const CIRCUMSTANCES: ReadonlySet<FeatureId> = new Set(
  CONTEXTS.filter((id) => id !== 'sudden_onset' && id !== 'weeks_long'),
);

export const PROFILE_WEIGHT = 0.7;
export const PHRASE_WEIGHT = 0.3;
/** Sentences compared with the phrases, at most (the first ones: where posts state their problem). */
export const MAX_RANKED_SENTENCES = 60;
const MAX_QUOTED_CHARS = 200;

interface CatalogIndex {
  catalog: readonly CauseEntry[];
  phrases: PhraseIndex<string>;
  /** How telling each feature is: log(1 + causes / causes whose profile names it). */
  featureWeight: Map<string, number>;
}

let catalogIndex: CatalogIndex | undefined;

/** Phrase index and feature weights for a catalog, built once per catalog on first use. */
function indexOf(catalog: readonly CauseEntry[]): CatalogIndex {
  if (catalogIndex?.catalog === catalog) return catalogIndex;
  const namedBy = new Map<string, number>();
  for (const entry of catalog) {
    for (const id of new Set([...Object.keys(entry.profile.for), ...Object.keys(entry.profile.against)])) {
      namedBy.set(id, (namedBy.get(id) ?? 0) + 1);
    }
  }
  const featureWeight = new Map([...namedBy].map(([id, count]) => [id, Math.log(1 + catalog.length / count)]));
  catalogIndex = {
    catalog,
    phrases: new PhraseIndex(catalog.flatMap((entry) => entry.phrases.map((phrase) => ({ key: entry.id, phrase })))),
    featureWeight,
  };
  return catalogIndex;
}

/** A sentence of the post, in the post's own words, for phrase matching and for reasons. */
export interface PostSentence {
  /** Normalized text (what is matched). */
  text: string;
  /** As written (what is shown). */
  original: string;
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
  return { kind: 'feature', feature: id, text: FEATURE_LABELS[id], weight };
}

/** Ranks causes for features and, optionally, the sentences they were read from. */
export function rankSentences(
  features: Features,
  sentences: readonly PostSentence[],
  catalog: readonly CauseEntry[] = CATALOG,
): RankedCause[] {
  const { featureWeight } = indexOf(catalog);
  const present = featureIds(features);
  const phrases = sentences.length > 0 ? phraseEvidence(sentences, catalog) : new Map<string, PhraseEvidence>();
  const candidates: { entry: CauseEntry; raw: number; phrase?: PhraseEvidence; for: Reason[]; against: Reason[] }[] = [];
  for (const entry of catalog) {
    const forReasons: Reason[] = [];
    const againstReasons: Reason[] = [];
    let raw = 0;
    let anyFor = false;
    for (const id of present) {
      const telling = (featureWeight.get(id) ?? 0) * (CIRCUMSTANCES.has(id) ? CIRCUMSTANCE_WEIGHT : 1);
      const forWeight = entry.profile.for[id];
      const againstWeight = entry.profile.against[id];
      if (forWeight) {
        anyFor = true;
        raw += forWeight * telling;
        forReasons.push(featureReason(id, forWeight));
      }
      if (againstWeight) {
        raw -= againstWeight * telling;
        againstReasons.push(featureReason(id, againstWeight));
      }
    }
    const phrase = phrases.get(entry.id);
    if (!anyFor && !phrase) continue;
    candidates.push({ entry, raw, phrase, for: forReasons, against: againstReasons });
  }
  const best = Math.max(0, ...candidates.map((candidate) => candidate.raw));
  const ranked: RankedCause[] = [];
  for (const candidate of candidates) {
    const profile = best > 0 ? candidate.raw / best : 0;
    const score = Math.min(1, Math.max(0, PROFILE_WEIGHT * profile + PHRASE_WEIGHT * (candidate.phrase?.similarity ?? 0)));
    if (score <= 0) continue;
    if (candidate.phrase) {
      candidate.for.push({ kind: 'phrase', text: candidate.phrase.sentence, weight: Math.round(candidate.phrase.similarity * 100) / 100 });
    }
    candidate.for.sort((a, b) => b.weight - a.weight);
    candidate.against.sort((a, b) => b.weight - a.weight);
    ranked.push({ id: candidate.entry.id, score: Math.round(score * 1000) / 1000, for: candidate.for, against: candidate.against });
  }
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Ranks causes for features, with the post's text when there is one. Best first. */
export function rankCauses(features: Features, text?: string, catalog: readonly CauseEntry[] = CATALOG): RankedCause[] {
  return rankSentences(features, text ? sentencesOf(text) : [], catalog);
}
