import { describe, expect, it } from 'vitest';
import { FEATURE_GROUP_NAMES, FEATURE_GROUPS, RED_FLAG_TIERS, groupOf, mergeFeatures, parseFeatures } from '@/lib/features';

describe('feature vocabulary', () => {
  it('has ids that are unique across groups, so a profile can name any id on its own', () => {
    const all = FEATURE_GROUP_NAMES.flatMap((group) => [...FEATURE_GROUPS[group]]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives every red flag of DESIGN.md its tier', () => {
    expect(RED_FLAG_TIERS.saddle_numbness).toBe('emergency');
    expect(RED_FLAG_TIERS.thoracic_constant).toBe('urgent');
    expect(RED_FLAG_TIERS.cough_sneeze_worse).toBe('soon');
    expect(Object.keys(RED_FLAG_TIERS)).toHaveLength(19);
  });

  it('knows which group an id belongs to', () => {
    expect(groupOf('mid_back')).toBe('region');
    expect(groupOf('heavy_sets_only')).toBe('timing');
    expect(groupOf('not_a_feature')).toBeUndefined();
  });
});

describe('parseFeatures', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'mid_back'],
    ['an array', ['mid_back']],
    ['groups of the wrong type', { region: 'mid_back', activity: 3 }],
  ])('reads %s as no features', (_name, input) => {
    expect(parseFeatures(input)).toEqual({});
  });

  it('keeps known values, drops unknown ones and duplicates, and orders by the vocabulary', () => {
    expect(
      parseFeatures({
        sensation: ['cramp', 'cramp', 'itchy'],
        region: ['mid_back', 'upper_back', 42],
        bogus: ['x'],
        redFlags: ['saddle_numbness', 'fever'],
      }),
    ).toEqual({
      region: ['upper_back', 'mid_back'],
      sensation: ['cramp'],
      redFlags: ['saddle_numbness', 'fever'],
    });
  });

  it('ignores values from the wrong group and prototype tricks', () => {
    expect(parseFeatures({ region: ['bench'] })).toEqual({});
    expect(parseFeatures(JSON.parse('{"__proto__":{"region":["neck"]}}'))).toEqual({});
  });

  it('merges feature sets without duplicates', () => {
    expect(mergeFeatures({ region: ['neck'] }, { region: ['neck', 'lower_back'], activity: ['squat'] })).toEqual({
      region: ['neck', 'lower_back'],
      activity: ['squat'],
    });
  });
});
