import { describe, expect, it } from 'vitest';
import { CATALOG } from '@/lib/catalog';
import type { CauseEntry } from '@/lib/catalog/types';
import { FEATURE_GROUP_NAMES, FEATURE_GROUPS, RED_FLAGS, type FeatureId } from '@/lib/features';
import { FITTED_WEIGHTS } from '@/lib/analysis/fitted-weights';
import { MIN_KEPT_SHARE, buildModel, priorWeights } from '@/lib/analysis/rank-model';
import { DEFAULT_FIT, fitWeights, rankSample, type RankSample } from '@/lib/tools/fit-ranker';

const VOCABULARY = new Set<string>(FEATURE_GROUP_NAMES.flatMap((group) => [...FEATURE_GROUPS[group]]));
const CAUSE_IDS = new Set(CATALOG.map((entry) => entry.id));

describe('the fitted ranker weights', () => {
  it('load, and name only catalog causes and vocabulary features', () => {
    expect(FITTED_WEIGHTS.trainedOn).toMatch(/tune split/);
    expect(Object.keys(FITTED_WEIGHTS.delta).length).toBeGreaterThan(0);
    for (const [cause, deltas] of Object.entries(FITTED_WEIGHTS.delta)) {
      expect(CAUSE_IDS.has(cause), cause).toBe(true);
      for (const [feature, value] of Object.entries(deltas)) {
        expect(VOCABULARY.has(feature), feature).toBe(true);
        expect(Number.isFinite(value)).toBe(true);
      }
    }
    for (const cause of Object.keys(FITTED_WEIGHTS.bias)) expect(CAUSE_IDS.has(cause), cause).toBe(true);
    expect(FITTED_WEIGHTS.phraseWeight).toBeGreaterThan(0);
  });

  it('never turn a hand-set weight around, never take more than half of it, and leave red flags alone', () => {
    const prior = priorWeights(CATALOG);
    const model = buildModel(CATALOG, FITTED_WEIGHTS);
    for (const entry of CATALOG) {
      for (const [feature, weight] of model.weights.get(entry.id)!) {
        const base = prior.get(entry.id)!.get(feature) ?? 0;
        if (base > 0) expect(weight).toBeGreaterThanOrEqual(base * MIN_KEPT_SHARE - 1e-9);
        else if (base < 0) expect(weight).toBeLessThanOrEqual(base * MIN_KEPT_SHARE + 1e-9);
        else expect(weight, `${entry.id} ${feature}`).toBeGreaterThan(0);
        if ((RED_FLAGS as readonly string[]).includes(feature)) expect(weight).toBe(base);
      }
    }
  });
});

describe('fitting the ranker', () => {
  const entry = (id: string, forWeights: CauseEntry['profile']['for']): CauseEntry => ({
    id,
    title: id,
    summary: '',
    mechanism: '',
    profile: { for: forWeights, against: {} },
    tryThis: [],
    caveats: [],
    seeProfessional: '',
    evidence: { level: 'anecdotal', summary: '', references: [] },
    phrases: [],
  });
  // Two causes that the catalog tells apart by nothing but the region; the labels follow a circumstance.
  const catalog = [entry('strain', { lower_back: 1 }), entry('load', { lower_back: 1 })];
  const sample = (id: number, present: FeatureId[], label: string): RankSample => ({
    id: `s${id}`,
    labels: [label],
    present,
    phrase: {},
  });
  const samples: RankSample[] = [
    ...Array.from({ length: 12 }, (_, i) => sample(i, ['lower_back', 'load_jump'], 'load')),
    ...Array.from({ length: 12 }, (_, i) => sample(100 + i, ['lower_back', 'sudden_onset'], 'strain')),
    ...Array.from({ length: 3 }, (_, i) => sample(200 + i, ['lower_back', 'fever'], 'strain')),
  ];

  it('learns the circumstance that tells the causes apart', () => {
    const fitted = fitWeights(samples, catalog, DEFAULT_FIT, 'test');
    const model = buildModel(catalog, fitted);
    expect(rankSample(model, sample(1, ['lower_back', 'load_jump'], 'load'))[0]).toBe('load');
    expect(rankSample(model, sample(2, ['lower_back', 'sudden_onset'], 'strain'))[0]).toBe('strain');
    expect(model.weights.get('load')!.get('load_jump')).toBeGreaterThan(0);
  });

  it('creates no "against" the catalog does not state, and no weight from too few posts or from red flags', () => {
    const fitted = fitWeights(samples, catalog, DEFAULT_FIT, 'test');
    for (const deltas of Object.values(fitted.delta)) {
      for (const [feature, value] of Object.entries(deltas)) {
        if (feature !== 'lower_back') expect(value).toBeGreaterThan(0);
        expect(feature).not.toBe('fever');
      }
    }
  });
});
