import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import {
  anchoredFlags,
  EMERGENCY_FLAGS,
  parseEmergencyModel,
  readEmergency,
  withEmergencyReading,
  type EmergencyModel,
} from '@/lib/analysis/emergency-model';
import SHIPPED from '@/lib/analysis/emergency-weights.json';
import { flagModifierInput } from '@/lib/analysis/extract';
import type { RedFlagHit } from '@/lib/analysis/types';
import { fitEmergencyModel, type LabelledPost } from '@/lib/tools/emergency-fit';

const shipped = SHIPPED as unknown as EmergencyModel;

/** A model small enough to reason about: "numb" and "scared" say emergency, "gym" says not. */
const TOY: EmergencyModel = {
  trainedOn: 'by hand, for tests',
  threshold: 0.7,
  vocabulary: ['numb', 'scared', 'gym', 'wobbly'],
  emergency: { bias: -1, weights: [1.5, 1.5, -3, 1.5] },
  flags: {
    saddle_numbness: { bias: 0, sparse: [[0, 2]] },
    bladder_bowel: { bias: -5, sparse: [] },
    both_legs_neuro: { bias: 0, sparse: [[3, 3]] },
    chest_pain: { bias: -5, sparse: [] },
    dark_urine_severe_pain: { bias: -5, sparse: [] },
    major_trauma: { bias: -5, sparse: [] },
  },
};

const read = (text: string, model: EmergencyModel = TOY) => readEmergency(text, flagModifierInput(text), model);

describe('the shipped emergency model', () => {
  it('loads whole: a weight per feature, a model per emergency flag, flag weights inside the vocabulary', () => {
    expect(shipped.vocabulary.length).toBeGreaterThan(1000);
    expect(shipped.emergency.weights).toHaveLength(shipped.vocabulary.length);
    expect(shipped.threshold).toBeGreaterThan(0.5);
    expect(shipped.threshold).toBeLessThan(1);
    for (const flag of EMERGENCY_FLAGS) {
      const sparse = shipped.flags[flag].sparse ?? [];
      expect(sparse.length, flag).toBeGreaterThan(0);
      for (const [index] of sparse) expect(index).toBeLessThan(shipped.vocabulary.length);
    }
  });

  it('has learnt signs, not dates: weekday names never reach it', () => {
    expect(shipped.vocabulary).not.toContain('tuesday');
    const weight = (feature: string) => shipped.emergency.weights![shipped.vocabulary.indexOf(feature)]!;
    expect(weight('numb')).toBeGreaterThan(0);
  });

  it('refuses a weights file with a part missing, rather than scoring by the bias alone', () => {
    expect(parseEmergencyModel(shipped)).toBe(shipped);
    expect(() => parseEmergencyModel({ ...shipped, emergency: { bias: 0, weights: [1] } })).toThrow(/vocabulary/);
    const { chest_pain: _dropped, ...flags } = shipped.flags;
    expect(() => parseEmergencyModel({ ...shipped, flags })).toThrow(/chest_pain/);
    expect(() =>
      parseEmergencyModel({ ...shipped, flags: { ...shipped.flags, chest_pain: { bias: 0, sparse: [[1e9, 1]] } } }),
    ).toThrow(/outside/);
  });
});

describe('readEmergency', () => {
  it('raises the flag the post names when the post reads as an emergency', () => {
    const hit = read('Back is wrecked and my groin has gone numb, I am scared.');
    expect(hit).toEqual({ id: 'saddle_numbness', tier: 'emergency', words: ['groin'], read: 'whole_post' });
  });

  it('stays silent when the post names no place or function of an emergency, however worried', () => {
    expect(read('Back is wrecked and everything is numb and I am scared.')).toBeNull();
  });

  it('stays silent under its threshold', () => {
    expect(read('Back is wrecked and my groin has gone numb at the gym.')).toBeNull();
  });

  it('leaves a sign the writer denies, gives to someone else, or only fears to the rules', () => {
    expect(read('Back is wrecked and my groin is numb, just scared.')?.id).toBe('saddle_numbness');
    expect(read('Back is wrecked and no numb feeling in my groin, scared.')).toBeNull();
    expect(read('My dad says his groin went numb, he is scared.')).toBeNull();
    expect(read('Back is wrecked. If my groin goes numb I will be scared.')).toBeNull();
  });

  it('leaves a sign told with an everyday cause to the rules', () => {
    expect(read('Back is wrecked, groin numb after a four hour ride on the saddle, scared.')).toBeNull();
  });

  it('reads a sign said to be fine as fine, but not one asked about or turned around', () => {
    expect(read('Back is wrecked, groin all normal, just scared.')).toBeNull();
    expect(read('Back is wrecked, groin is fine, just scared.')).toBeNull();
    expect(read('Back is wrecked. Is it normal that my groin went numb? Scared.')?.id).toBe('saddle_numbness');
    expect(read('Back is wrecked, my groin is not fine, it is numb, scared.')?.id).toBe('saddle_numbness');
  });

  it('reads a post longer than those it was fitted to around what it names, not its words sentences away (round 45)', () => {
    // Long training logs and blog posts: the fear is told far from the legs, which are named only in passing.
    const filler = 'Then I did the rest of the session and went home. '.repeat(16);
    const far = `I shaved my legs on Sunday. ${filler}Back is wrecked, everything is numb and I am scared.`;
    expect(far.length).toBeGreaterThan(800);
    expect(read(far)).toBeNull();
    // The same words told together are read, however long the post, when they read surely enough (below).
    expect(read(`${filler}Back is wrecked, my legs are numb and wobbly and I am scared.`)?.id).toBe('both_legs_neuro');
    // And a post as short as the model's own is read whole, as before.
    const short =
      'I shaved my legs on Sunday. Then I went home. Then I ate. Back is wrecked, everything is numb and I am scared.';
    expect(read(short)?.id).toBe('both_legs_neuro');
  });

  it('asks a long post to read as an emergency more surely than a short one (round 50)', () => {
    // The toy reads "numb" and "scared" at 0.88, over its threshold of 0.7; with "wobbly" too, at 0.97.
    const sign = 'Back is wrecked, my legs are numb and I am scared.';
    expect(read(sign)?.id).toBe('both_legs_neuro');
    // Told at the end of a long training log, the same reading is not enough: long forum posts with no emergency
    // read as high as that, long emergencies higher.
    const log = `${'Squats on Monday, a slow run on Tuesday, rows and curls on Thursday, then home for tea. '.repeat(9)}${sign}`;
    expect(log.length).toBeGreaterThan(800);
    expect(read(log)).toBeNull();
    expect(read(log.replace('numb and', 'numb and wobbly and'))?.id).toBe('both_legs_neuro');
  });

  it('leaves an effort’s legs alone where no back is named, unless numbness or weakness is told (round 44)', () => {
    // The toy's word for the legs is one no rule counts as weakness: "heavy".
    const legs: EmergencyModel = {
      ...TOY,
      vocabulary: [...TOY.vocabulary, 'heavy'],
      emergency: { bias: -1, weights: [1.5, 1.5, -3, 1.5, 1.5] },
      flags: { ...TOY.flags, both_legs_neuro: { bias: 0, sparse: [[4, 3]] } },
    };
    const reading = (text: string, backNamed: boolean) => readEmergency(text, flagModifierInput(text), legs, { backNamed })?.id;
    // Legs in a post about an effort, where neither the post nor its thread names a back: a ride's cramps or a
    // race's tired legs, in real posts.
    expect(reading('Rode 60 miles today. Since then both legs are heavy, scared.', false)).toBeUndefined();
    // The same beside a back, or with no effort told, is left to the model.
    expect(reading('Rode 60 miles today. Since then both legs are heavy, scared.', true)).toBe('both_legs_neuro');
    expect(reading('Since this morning both legs are heavy, scared.', false)).toBe('both_legs_neuro');
    // Numbness or weakness is a nerve's sign, effort or not.
    expect(reading('Rode 60 miles today. Since then both legs are heavy and numb, scared.', false)).toBe('both_legs_neuro');
    expect(reading('Rode 60 miles today. Since then both legs are heavy and wobbly, scared.', false)).toBe('both_legs_neuro');
    // The saddle is its own sign: no back needed.
    expect(reading('My groin has gone numb, I am scared.', false)).toBe('saddle_numbness');
  });

  it('chooses among the flags the post names by the flag models', () => {
    const hit = read('Back is wrecked, my groin is numb and both legs are wobbly, scared.');
    expect(hit?.id).toBe('both_legs_neuro');
    expect(hit?.words).toEqual(['both legs']);
  });
});

describe('anchoredFlags', () => {
  const anchored = (text: string) => [...anchoredFlags(flagModifierInput(text)).keys()];

  it('lets the model speak of the chest where a heart-strain sign is told, on effort too, and not where it is denied', () => {
    expect(anchored('Mid back aches on the erg and my jaw aches with it.')).toContain('chest_pain');
    expect(anchored('Out on the long run my left arm went heavy and my upper back ached.')).toContain('chest_pain');
    expect(anchored('Upper back aches, no heaviness in my left arm and no jaw pain.')).not.toContain('chest_pain');
    expect(anchored('Lifting a chest of drawers, my lower back went.')).not.toContain('chest_pain');
  });

  it('lets the model speak of trauma where a blow or a fall is told, and not in idioms or someone else’s', () => {
    expect(anchored('Slipped on the ice and tumbled down the bank, stopped against a rock with my back.')).toContain(
      'major_trauma',
    );
    expect(anchored('Fell asleep on the sofa and my lower back is stiff.')).not.toContain('major_trauma');
    expect(anchored('My dad fell off a ladder last week, my own back is just tight.')).not.toContain('major_trauma');
  });

  it('reads a Scots or Irish "wee" before what it sizes as small, not as the toilet', () => {
    expect(anchored('My low back is shot from lifting the slabs, just a wee bit of the patio left to do.')).not.toContain(
      'bladder_bowel',
    );
    expect(anchored('Back is sore, I will give it a wee while.')).not.toContain('bladder_bowel');
    expect(anchored('Back is sore and I could not feel myself have a wee.')).toContain('bladder_bowel');
  });

  it('reads a place inside a worried flag phrase as part of the worry', () => {
    expect(anchored('Lower back killing me. Should I be worried about pressure in my chest?')).not.toContain('chest_pain');
  });
});

describe('withEmergencyReading', () => {
  const urgent: RedFlagHit = { id: 'fever', tier: 'urgent', words: ['fever'] };
  const emergency: RedFlagHit = { id: 'chest_pain', tier: 'emergency', words: ['chest pain'] };

  it('keeps what the rules found, and never reads again once they found an emergency', () => {
    const text = 'Fever and my groin has gone completely numb, I am really scared and my back is killing me.';
    expect(withEmergencyReading([emergency], text, flagModifierInput(text))).toEqual([emergency]);
    expect(withEmergencyReading([urgent], text, flagModifierInput(text), TOY)).toEqual([
      urgent,
      { id: 'saddle_numbness', tier: 'emergency', words: ['groin'], read: 'whole_post' },
    ]);
  });
});

describe('fitEmergencyModel', () => {
  const posts: LabelledPost[] = [
    ...Array.from({ length: 12 }, (_, index) => ({
      text: `my groin went numb ${index} and I am scared`,
      emergencies: ['saddle_numbness' as const],
    })),
    ...Array.from({ length: 12 }, (_, index) => ({ text: `my back is sore ${index} after the gym`, emergencies: [] })),
  ];

  it('separates what it was shown, the same way every time', () => {
    const model = fitEmergencyModel(posts, 'toy');
    expect(fitEmergencyModel(posts, 'toy')).toEqual(model);
    expect(read('Back hurts and my groin went numb, scared.', model)?.id).toBe('saddle_numbness');
    expect(read('Back hurts, my groin is sore after the gym.', model)).toBeNull();
  });

  it('leaves out features seen in too few posts', () => {
    const model = fitEmergencyModel([...posts, { text: 'a lone zebra in my groin', emergencies: [] }], 'toy');
    expect(model.vocabulary).toContain('numb');
    expect(model.vocabulary).not.toContain('zebra');
  });
});

describe('the engine with the model', () => {
  // Written for this test in wordings the red-flag rules do not know; each names its sign's place.
  const emergencies = [
    'Hurt my lower back on deadlifts Sunday. Since last night my crotch is weirdly quiet, like it went on holiday, and wiping is a strange experience. Is this normal?',
    'Back went on a heavy single. Since this morning both legs have gone like wet noodles, I keep having to grab the wall to stand and it is getting worse through the day. Should I be worried?',
    'Back seized up on a heavy pull. This afternoon the pee just would not come however long I stood there, and my back is screaming. Is this something to go in for?',
  ];
  const lookAlikes = [
    'Hurt my lower back on deadlifts Sunday. Crotch and wiping all normal, it is just the back. Is this normal?',
    'Hurt my lower back on deadlifts Sunday. Crotch and wiping all normal, nothing strange down there, just the back. Is this normal?',
    'Back went on a heavy single. Both legs are fine, I just cannot bend over to tie my shoes yet. Should I be worried?',
    'Back seized up on a heavy pull. Peeing is normal, no trouble going, but my back is screaming. Is this something to go in for?',
  ];

  it.each(emergencies)('raises an emergency, read from the whole post: %s', (text) => {
    const assessment = assess(text, { rank: false });
    expect(assessment.triage).toBe('emergency');
    expect(assessment.redFlags.find((flag) => flag.tier === 'emergency')?.read).toBe('whole_post');
  });

  it.each(lookAlikes)('raises none for the same post with the sign denied: %s', (text) => {
    expect(assess(text, { rank: false }).triage).not.toBe('emergency');
  });
});
