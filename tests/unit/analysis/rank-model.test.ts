import { describe, expect, it } from 'vitest';
import { CATALOG } from '@/lib/catalog';
import type { CauseEntry } from '@/lib/catalog/types';
import { FEATURE_GROUP_NAMES, FEATURE_GROUPS, RED_FLAGS, type FeatureId } from '@/lib/features';
import { FITTED_WEIGHTS } from '@/lib/analysis/fitted-weights';
import { MIN_KEPT_SHARE, buildModel, priorWeights } from '@/lib/analysis/rank-model';
import {
  DEFAULT_FIT,
  chooseSetUp,
  crossValidate,
  fitWeights,
  foldOf,
  meanAndSe,
  nestedCrossValidate,
  pairedDifference,
  rankSample,
  type CvScores,
  type RankSample,
} from '@/lib/tools/fit-ranker';

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
    const prior = priorWeights(CATALOG, FITTED_WEIGHTS.priorScale);
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

describe('the mix of hand-set profiles and fitted weights', () => {
  it('scales every hand-set weight but the red flags’, which keep their clinical weight', () => {
    const whole = priorWeights(CATALOG);
    const quarter = priorWeights(CATALOG, 0.25);
    let scaled = 0;
    for (const entry of CATALOG) {
      for (const [feature, weight] of whole.get(entry.id)!) {
        const expected = (RED_FLAGS as readonly string[]).includes(feature) ? weight : weight * 0.25;
        expect(quarter.get(entry.id)!.get(feature)).toBeCloseTo(expected, 9);
        if (expected !== weight) scaled++;
      }
    }
    expect(scaled).toBeGreaterThan(100);
  });

  it('is the one the weights were fitted with: a weight with no delta is the scaled hand-set one', () => {
    expect(FITTED_WEIGHTS.priorScale).toBeGreaterThan(0);
    expect(FITTED_WEIGHTS.priorScale).toBeLessThanOrEqual(1);
    const model = buildModel(CATALOG, FITTED_WEIGHTS);
    const prior = priorWeights(CATALOG, FITTED_WEIGHTS.priorScale);
    let checked = 0;
    for (const entry of CATALOG) {
      for (const [feature, weight] of prior.get(entry.id)!) {
        if (FITTED_WEIGHTS.delta[entry.id]?.[feature] !== undefined) continue;
        expect(model.weights.get(entry.id)!.get(feature), `${entry.id} ${feature}`).toBe(weight);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

/** A catalog entry that says nothing but its profile's "for" weights. */
const causeEntry = (id: string, forWeights: CauseEntry['profile']['for']): CauseEntry => ({
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

describe('fitting the ranker', () => {
  // Two causes that the catalog tells apart by nothing but the region; the labels follow a circumstance.
  const catalog = [causeEntry('strain', { lower_back: 1 }), causeEntry('load', { lower_back: 1 })];
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

  it('weighs a post of weight 3 as three posts in the loss (the corpora beside the real sets, scripts/fit-weights.ts)', () => {
    const weighted = samples.map((one, i) => (i % 2 === 0 ? { ...one, weight: 3 } : one));
    const repeated = samples.flatMap((one, i) =>
      i % 2 === 0 ? [one, { ...one, id: `${one.id}b` }, { ...one, id: `${one.id}c` }] : [one],
    );
    expect(fitWeights(weighted, catalog, DEFAULT_FIT, 'test')).toEqual(fitWeights(repeated, catalog, DEFAULT_FIT, 'test'));
    // And a weight every post shares changes nothing.
    expect(
      fitWeights(
        samples.map((one) => ({ ...one, weight: 3 })),
        catalog,
        DEFAULT_FIT,
        'test',
      ),
    ).toEqual(fitWeights(samples, catalog, DEFAULT_FIT, 'test'));
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

  describe('from weights fitted before (a warm start)', () => {
    const earlier = fitWeights(samples, catalog, DEFAULT_FIT, 'earlier posts');
    // New posts that say nothing of a load jump, and tell a cause apart by a circumstance the earlier posts lacked.
    const newPosts: RankSample[] = [
      ...Array.from({ length: 12 }, (_, i) => sample(300 + i, ['lower_back', 'no_warmup'], 'strain')),
      ...Array.from({ length: 12 }, (_, i) => sample(400 + i, ['lower_back', 'new_program_or_exercise'], 'load')),
    ];

    it('keeps what the earlier posts taught where the new posts say nothing of it', () => {
      const warm = buildModel(catalog, fitWeights(newPosts, catalog, { ...DEFAULT_FIT, start: earlier }, 'test'));
      const cold = buildModel(catalog, fitWeights(newPosts, catalog, DEFAULT_FIT, 'test'));
      expect(warm.weights.get('load')!.get('load_jump')).toBeGreaterThan(0);
      expect(cold.weights.get('load')!.get('load_jump')).toBeUndefined();
      expect(rankSample(warm, sample(1, ['lower_back', 'load_jump'], 'load'))[0]).toBe('load');
      expect(rankSample(cold, sample(1, ['lower_back', 'load_jump'], 'load'))[0]).not.toBe('load');
    });

    it('still learns from the new posts, and starts from the earlier share of the hand-set profiles', () => {
      const fitted = fitWeights(newPosts, catalog, { ...DEFAULT_FIT, priorScale: 0.35, start: earlier }, 'test');
      const warm = buildModel(catalog, fitted);
      expect(rankSample(warm, sample(2, ['lower_back', 'new_program_or_exercise'], 'load'))[0]).toBe('load');
      expect(rankSample(warm, sample(3, ['lower_back', 'no_warmup'], 'strain'))[0]).toBe('strain');
      expect(fitted.priorScale).toBe(earlier.priorScale);
    });

    it('is the model to beat in its cross-validation', () => {
      const { base } = crossValidate(newPosts, catalog, { ...DEFAULT_FIT, start: earlier }, { folds: 2, repeats: 1 });
      const startModel = buildModel(catalog, earlier);
      for (const post of newPosts) {
        const ranked = rankSample(startModel, post);
        expect(base.perPost[post.id]!.top1).toBe(ranked[0] === post.labels[0] ? 1 : 0);
      }
    });
  });
});

describe('cross-validating the ranker', () => {
  // The catalog ranks "load" above "strain" after a sudden onset too; the labels say a sudden onset means a strain.
  const catalog = [
    causeEntry('strain', { lower_back: 1, sudden_onset: 0.5 }),
    causeEntry('load', { lower_back: 1, sudden_onset: 1, load_jump: 0.5 }),
  ];
  const samples: RankSample[] = [
    ...Array.from({ length: 20 }, (_, i) => ({
      id: `l${i}`,
      labels: ['load'],
      present: ['lower_back', 'load_jump'] as FeatureId[],
      phrase: {},
    })),
    ...Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      labels: ['strain'],
      present: ['lower_back', 'sudden_onset'] as FeatureId[],
      phrase: {},
    })),
  ];

  it('redraws the folds on each repeat, from the id alone', () => {
    const ids = samples.map((sample) => sample.id);
    expect(ids.map((id) => foldOf(id, 0, 5))).toEqual(ids.map((id) => foldOf(id, 0, 5)));
    expect(ids.map((id) => foldOf(id, 0, 5))).not.toEqual(ids.map((id) => foldOf(id, 1, 5)));
    expect(new Set(ids.map((id) => foldOf(id, 0, 5))).size).toBe(5);
  });

  it('scores held-out posts only, and shows the fit beating a hand-set profile the labels contradict', () => {
    const { base, fitted } = crossValidate(samples, catalog, DEFAULT_FIT, { folds: 5, repeats: 3 });
    expect(base.n).toBe(40);
    expect(base.top1.mean).toBeCloseTo(0.5, 5);
    expect(fitted.top1.mean).toBeGreaterThan(0.9);
    const gain = pairedDifference(base, fitted);
    expect(gain.top1.mean).toBeGreaterThan(0.4);
    expect(gain.top1.se).toBeLessThan(0.1);
  });

  it('counts a post the engine does not read as about a back as a miss', () => {
    const unread = samples.map((sample) => ({ ...sample, relevant: sample.id.startsWith('l') ? false : undefined }));
    const { base } = crossValidate(unread, catalog, DEFAULT_FIT, { folds: 5, repeats: 1 });
    expect(base.top3.mean).toBeCloseTo(0.5, 5);
    expect(base.perPost.l0).toEqual({ top1: 0, top3: 0 });
  });

  it('chooses the set-up inside each outer fold when nested', () => {
    // A set-up that cannot move the weights (no iterations) against one that can: the inner CV must pick the latter.
    const frozen = { ...DEFAULT_FIT, iterations: 0 };
    const nested = nestedCrossValidate(
      samples,
      catalog,
      [frozen, DEFAULT_FIT],
      { folds: 4, repeats: 1 },
      { folds: 3, repeats: 1 },
    );
    expect(nested.n).toBe(40);
    expect(nested.chosen).toHaveLength(4);
    expect(nested.chosen.every((options) => options === DEFAULT_FIT)).toBe(true);
    expect(nested.top1.mean).toBeGreaterThan(0.9);
  });

  it('keeps the most hand-set set-up among those within one standard error of the best', () => {
    const scores = (hits: number[]): CvScores => {
      const perPost = Object.fromEntries(hits.map((hit, i) => [`p${i}`, { top1: hit, top3: hit }]));
      const figure = meanAndSe(hits);
      return { top1: figure, top3: figure, n: hits.length, perPost };
    };
    const posts = 40;
    const best = {
      options: { ...DEFAULT_FIT, priorScale: 0.35 },
      fitted: scores(Array.from({ length: posts }, (_, i) => (i < 34 ? 1 : 0))),
    };
    // As many hits on other posts: the data cannot tell it from the best.
    const near = {
      options: { ...DEFAULT_FIT, priorScale: 0.5 },
      fitted: scores(Array.from({ length: posts }, (_, i) => (i >= 1 && i < 35 ? 1 : 0))),
    };
    // Ten posts fewer: clearly worse, however hand-set.
    const far = {
      options: { ...DEFAULT_FIT, priorScale: 1 },
      fitted: scores(Array.from({ length: posts }, (_, i) => (i < 24 ? 1 : 0))),
    };
    expect(chooseSetUp([best, near, far])).toBe(near);
    expect(chooseSetUp([best, far])).toBe(best);
  });

  it('gives the standard error of a mean over posts', () => {
    expect(meanAndSe([1, 1, 1, 1])).toEqual({ mean: 1, se: 0 });
    const { mean, se } = meanAndSe([1, 0, 1, 0]);
    expect(mean).toBe(0.5);
    expect(se).toBeCloseTo(Math.sqrt(1 / 3 / 4), 3);
  });
});
