import { describe, expect, it } from 'vitest';
import { assess, readForRanking } from '@/lib/analysis';
import {
  causeWordsText,
  parseCauseWordsModel,
  readCauseWords,
  SHIPPED_CAUSE_WORDS,
  type CauseWordsModel,
} from '@/lib/analysis/cause-words';
import { rankSentences } from '@/lib/analysis/rank';
import { CATALOG } from '@/lib/catalog';
import type { Features } from '@/lib/features';
import { fitCauseWordsModel } from '@/lib/tools/cause-words-fit';

const CAUSE_IDS = CATALOG.map((entry) => entry.id);
const shipped = SHIPPED_CAUSE_WORDS as CauseWordsModel;

/** A model over the whole catalog in which only `weights` speak: every other cause has bias 0 and no words. */
function toyModel(vocabulary: string[], weights: Record<string, { bias?: number; sparse: [number, number][] }>): CauseWordsModel {
  return {
    trainedOn: 'test',
    weight: 1,
    vocabulary,
    causes: Object.fromEntries(CAUSE_IDS.map((id) => [id, { bias: weights[id]?.bias ?? 0, sparse: weights[id]?.sparse ?? [] }])),
  };
}

const ranked = (text: string, model: CauseWordsModel | null) => {
  const { features, sentences } = readForRanking(text);
  return rankSentences(features, sentences, { causeWords: model });
};

describe('the shipped cause words model', () => {
  it('loads whole, with a model for every cause of the catalog', () => {
    expect(() => parseCauseWordsModel(shipped, CAUSE_IDS)).not.toThrow();
    expect(shipped.vocabulary.length).toBeGreaterThan(500);
  });

  it('is refused with a cause missing, a weight outside its vocabulary, or no weight', () => {
    const { muscle_strain: _left, ...rest } = shipped.causes;
    expect(() => parseCauseWordsModel({ ...shipped, causes: rest }, CAUSE_IDS)).toThrow(/muscle_strain/);
    expect(() =>
      parseCauseWordsModel({ ...shipped, causes: { ...shipped.causes, doms: { bias: 0, sparse: [[1e9, 1]] } } }, CAUSE_IDS),
    ).toThrow(/outside/);
    expect(() => parseCauseWordsModel({ ...shipped, weight: 0 }, CAUSE_IDS)).toThrow(/weight/);
  });
});

describe('readCauseWords', () => {
  const model = toyModel(['deadlift', 'felt a', '#', 'physios', 'on my', 'pop', 'desk', 'gp'], {
    muscle_strain: {
      bias: -2,
      sparse: [
        [0, 1],
        [1, 0.5],
        [2, 3],
        [3, 2],
        [4, 4],
        [5, 0.25],
        [6, -1.5],
        [7, 0.75],
      ],
    },
  });

  it("adds the weights of the post's words to the cause's bias, times the model's weight", () => {
    const reading = readCauseWords('Felt a pop on my deadlift at 180', { ...model, weight: 0.5 }).get('muscle_strain')!;
    expect(reading.score).toBeCloseTo(0.5 * (-2 + 1 + 0.5 + 3 + 4 + 0.25));
    expect(reading.prior).toBeCloseTo(-1);
  });

  it("shows only the post's own words that tell something: not numbers, function words, or words it spelt otherwise", () => {
    const reading = readCauseWords("Felt a pop on my deadlift at 180, my physio's gp said", model).get('muscle_strain')!;
    expect(reading.for.words).toEqual(['deadlift', 'gp', 'pop']);
    expect(reading.for.weight).toBeCloseTo(2);
  });

  it('shows the words that speak against the cause apart', () => {
    const reading = readCauseWords('Felt a pop at my desk', model).get('muscle_strain')!;
    expect(reading.against).toEqual({ words: ['desk'], weight: 1.5 });
    expect(reading.for.words).toEqual(['pop']);
  });
});

describe('the ranker with the cause words', () => {
  const text = 'My lower back cramps up near the end of long runs in the heat.';

  it("reorders the causes the post gives a reason for by the post's words", () => {
    const without = ranked(text, null).map((cause) => cause.id);
    expect(without.indexOf('footwear')).toBeGreaterThan(2);
    const lifted = ranked(text, toyModel(['heat'], { footwear: { sparse: [[0, 50]] } })).map((cause) => cause.id);
    expect(lifted[0]).toBe('footwear');
    expect(new Set(lifted)).toEqual(new Set(without));
  });

  it('puts a cause forward for its words alone only after the reasoned ones, where they are fewer than three', () => {
    const short = 'Back is wrecked, I think it is my kidneys.';
    expect(ranked(short, null).map((cause) => cause.id)).toEqual(['medical_condition']);
    const filled = ranked(short, toyModel(['wrecked'], { footwear: { sparse: [[0, 50]] } }));
    expect(filled.map((cause) => cause.id)).toEqual(['medical_condition', 'footwear']);
    expect(filled[1]!.for).toEqual([{ kind: 'words', text: 'words that often come with it: “wrecked”', weight: 50 }]);
    // Shown after them, it is shown no surer than them, however strongly its words speak (a fuzz test found one higher).
    expect(filled[1]!.score).toBeLessThanOrEqual(filled[0]!.score);
    expect(filled[0]!.score).toBe(1);
  });

  it('never puts forward a cause for its words alone where the post tells three or more', () => {
    const without = new Set(ranked(text, null).map((cause) => cause.id));
    const absent = CAUSE_IDS.find((id) => !without.has(id));
    if (!absent) throw new Error('every cause is a candidate for this text; pick another');
    const withWords = ranked(text, toyModel(['heat'], { [absent]: { sparse: [[0, 50]] } })).map((cause) => cause.id);
    expect(withWords).not.toContain(absent);
  });

  it('gives the words as a reason, in the post’s own words', () => {
    const [first] = ranked(
      text,
      toyModel(['heat', 'long runs'], {
        dehydration_electrolytes: {
          sparse: [
            [0, 30],
            [1, 20],
          ],
        },
      }),
    );
    expect(first!.id).toBe('dehydration_electrolytes');
    expect(first!.for[0]).toEqual({ kind: 'words', text: 'words that often come with it: “heat”, “long runs”', weight: 50 });
  });

  it('gives the words as a reason only when they move the cause enough, on the side they move it', () => {
    const faint = ranked(text, toyModel(['heat'], { dehydration_electrolytes: { sparse: [[0, 0.5]] } }));
    const all = faint.flatMap((cause) => [...cause.for, ...cause.against]);
    expect(all.some((reason) => reason.kind === 'words')).toBe(false);
    // "heat" speaks for it, but "long runs" outweighs it against: no reason for it from its words, one against.
    const mixed = ranked(
      text,
      toyModel(['heat', 'long runs'], {
        dehydration_electrolytes: {
          sparse: [
            [0, 2],
            [1, -6],
          ],
        },
      }),
    ).find((cause) => cause.id === 'dehydration_electrolytes')!;
    expect(mixed.for.some((reason) => reason.kind === 'words')).toBe(false);
    expect(mixed.against).toContainEqual({ kind: 'words', text: 'words that point to other causes: “long runs”', weight: 4 });
  });

  it('lets words count against a cause where it hurts argues against it, never for it', () => {
    const upper = 'I get tightness in my upper back and neck on days I sit all day.';
    const base = ranked(upper, null);
    const position = base.findIndex((cause) => cause.id === 'hip_flexor_tightness');
    expect(position).toBeGreaterThan(0);
    const pushed = ranked(upper, toyModel(['all day'], { hip_flexor_tightness: { sparse: [[0, 50]] } }));
    expect(pushed.findIndex((cause) => cause.id === 'hip_flexor_tightness')).toBe(position);
    expect(pushed.find((cause) => cause.id === 'hip_flexor_tightness')!.for.some((reason) => reason.kind === 'words')).toBe(
      false,
    );
    const held = ranked(upper, toyModel(['all day'], { hip_flexor_tightness: { sparse: [[0, -50]] } }));
    expect(held.find((cause) => cause.id === 'hip_flexor_tightness')!.score).toBeLessThan(base[position]!.score);
  });

  it('leaves the questionnaire, which has no sentences, as the features rank it', () => {
    const features: Features = { region: ['lower_back'], activity: ['running'], sensation: ['cramp'] };
    const loud = toyModel(['x'], { footwear: { bias: 40, sparse: [] } });
    expect(rankSentences(features, [], { causeWords: loud })).toEqual(rankSentences(features, [], { causeWords: null }));
  });
});

describe('the engine with the cause words', () => {
  it("names the post's own words among a cause's reasons when they tell its story", () => {
    const { causes } = assess(
      'Lower back cramps on every long run in summer. I sweat buckets, barely drink any water and never take salt or electrolytes.',
    );
    const dehydration = causes.find((cause) => cause.id === 'dehydration_electrolytes')!;
    expect(causes.indexOf(dehydration)).toBe(0);
    const words = dehydration.for.find((reason) => reason.kind === 'words');
    expect(words?.text).toMatch(/“(water|salt|electrolytes|drink)”/);
  });
});

describe('fitCauseWordsModel', () => {
  const posts = [
    ...Array.from({ length: 30 }, (_, index) => ({
      text: index % 2 === 0 ? `New shoes for run ${index}, my back aches` : `Desk chair all day, my back aches ${index}`,
      causes: index % 2 === 0 ? ['footwear'] : ['poor_posture'],
    })),
    { text: 'A zebra in new shoes', causes: ['footwear'] },
  ];
  const fitted = fitCauseWordsModel(posts, CAUSE_IDS, 'toy', { l2: 0.01, epochs: 20, minPosts: 5, minWeight: 0.1, weight: 1 });

  it('learns which words go with which cause, with a model for every cause', () => {
    expect(() => parseCauseWordsModel(fitted, CAUSE_IDS)).not.toThrow();
    const reading = readCauseWords('Bought new shoes and my back aches', fitted);
    expect(reading.get('footwear')!.score).toBeGreaterThan(reading.get('poor_posture')!.score);
    expect(fitted.causes.spondylolysis!.bias).toBeLessThan(0);
  });

  it('keeps only the words some cause weighs, and gives the same file for the same posts', () => {
    const weighed = new Set(Object.values(fitted.causes).flatMap((cause) => (cause.sparse ?? []).map(([index]) => index)));
    expect(weighed.size).toBe(fitted.vocabulary.length);
    expect(fitted.vocabulary).toContain('shoes');
    // In one post only: fewer than minPosts.
    expect(fitted.vocabulary).not.toContain('zebra');
    expect(fitCauseWordsModel(posts, CAUSE_IDS, 'toy', { l2: 0.01, epochs: 20, minPosts: 5, minWeight: 0.1, weight: 1 })).toEqual(
      fitted,
    );
  });

  it('reads a post as the ranker gets it: its sentences as written', () => {
    const { sentences } = readForRanking('First line. Second line!');
    expect(causeWordsText(sentences)).toBe('First line.\nSecond line!');
  });
});
