import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { extractFeatures } from '@/lib/analysis/extract';
import { CLUSTER_FLAGS, STRONG_URGENT_FLAGS, decideTriage, triage } from '@/lib/analysis/triage';
import { RED_FLAGS, RED_FLAG_TIERS, type RedFlag } from '@/lib/features';

const tierOf = (post: string) => assess(post).triage;

/** One post per red flag, written for these tests. */
const FLAG_CASES: [RedFlag, string][] = [
  ['saddle_numbness', 'My lower back has been agony since Friday and now my groin and inner thighs feel numb.'],
  ['bladder_bowel', "Lower back pain for three days and since this morning I can't pee properly."],
  ['both_legs_neuro', 'My lower back is in agony and both legs are tingling and weak since last night.'],
  ['chest_pain', 'Upper back pain between my shoulder blades and a crushing chest pain since this afternoon.'],
  ['major_trauma', 'Had a motorbike crash yesterday and my mid back hurts badly.'],
  ['dark_urine_severe_pain', 'Brutal high-rep session, my lower back is swollen and in agony and my pee is dark brown.'],
  ['fever', 'Lower back ache that started two days ago, and I have a fever and chills.'],
  ['weight_loss', "My lower back has hurt for two months and I've had unexplained weight loss."],
  ['night_or_rest_pain', "My lower back pain wakes me up at night and rest doesn't help."],
  ['cancer_history', 'I had breast cancer five years ago and now my lower back aches.'],
  ['progressive_weakness', 'Lower back pain and my left foot keeps dragging, I trip on the stairs.'],
  ['thoracic_constant', 'I have a constant ache between my shoulder blades, even at rest, not related to lifting at all.'],
  ['lump_or_deformity', 'There is a new lump on my lower back right where it hurts.'],
  ['steroids_immunosuppressed', "I've been on prednisone for a year for asthma and now my mid back hurts."],
  ['radiating_below_knee', 'Lower back pain that shoots down my leg all the way to my calf.'],
  ['radiating_arm', 'Upper back pain with tingling down my right arm into my fingers.'],
  ['cough_sneeze_worse', 'My lower back hurts a lot more when I cough or sneeze.'],
  ['not_improving', 'My lower back has hurt for six weeks and it is not getting any better.'],
  ['young_extension_pain', "I'm 16 and my lower back hurts whenever I arch for the jerk."],
];

describe('every red flag is read from a post', () => {
  it('covers all 19 flags', () => {
    expect(FLAG_CASES.map(([id]) => id).sort()).toEqual([...RED_FLAGS].sort());
  });

  it.each(FLAG_CASES)('%s in: %s', (id, text) => {
    const { redFlags } = extractFeatures(text);
    const hit = redFlags.find((flag) => flag.id === id);
    expect(hit, JSON.stringify(redFlags)).toBeDefined();
    expect(hit!.tier).toBe(RED_FLAG_TIERS[id]);
    for (const word of hit!.words) expect(text).toContain(word);
  });

  it.each(FLAG_CASES)('a post with %s is relevant and triaged at least "soon"', (id, text) => {
    const assessment = assess(text);
    expect(assessment.relevant).toBe(true);
    expect(['soon', 'urgent', 'emergency']).toContain(assessment.triage);
    if (RED_FLAG_TIERS[id] === 'emergency') expect(assessment.triage).toBe('emergency');
  });
});

/** The same flags in other words, so the lists are not tuned to one phrasing each. */
const OTHER_WORDING: [RedFlag, string][] = [
  ['saddle_numbness', 'Since my back went out on Monday my genitals feel numb and tingly.'],
  ['bladder_bowel', 'Lower back agony and I wet myself this morning without realising.'],
  ['both_legs_neuro', 'My back hurts and both my legs have gone weak and wobbly since last night.'],
  ['chest_pain', 'Pain between my shoulder blades and I feel short of breath even sitting down.'],
  ['major_trauma', 'Got rear ended on the motorway and now my lower back is really painful.'],
  ['dark_urine_severe_pain', 'After a crazy CrossFit workout my lower back is swollen and my pee is brown.'],
  ['fever', 'Back pain plus chills and sweats all night, feel awful.'],
  ['weight_loss', "My back has hurt for a month and I've lost 8 kg without trying."],
  ['night_or_rest_pain', 'My lower back pain is worse at night and nothing eases it.'],
  ['cancer_history', "I'm a prostate cancer survivor and my lower back has started aching."],
  ['progressive_weakness', 'Lower back pain and my right leg is getting weaker every day.'],
  ['thoracic_constant', 'Upper back pain between my shoulder blades all the time, even when resting, no idea why.'],
  ['lump_or_deformity', 'Found a hard lump near my spine where my back aches.'],
  ['steroids_immunosuppressed', "I'm immunosuppressed after a kidney transplant and my back hurts a lot."],
  ['radiating_below_knee', 'Lower back pain that goes below the knee on the left.'],
  ['radiating_arm', 'Neck and upper back pain with my hand going numb.'],
  ['cough_sneeze_worse', 'Every cough sends a jolt through my lower back.'],
  ['not_improving', "My lower back has been sore for 2 months and it's still not better."],
  ['young_extension_pain', '16 yo gymnast, lower back hurts when I do backbends.'],
];

describe('every red flag in other words', () => {
  it.each(OTHER_WORDING)('%s in: %s', (id, text) => {
    expect(assess(text).redFlags.map((flag) => flag.id)).toContain(id);
  });
});

describe('triage calibration (Henschke 2009, IFOMPT 2020)', () => {
  it('is self-care without flags', () => {
    expect(triage([])).toBe('self_care');
  });

  it.each(RED_FLAGS.filter((id) => RED_FLAG_TIERS[id] === 'emergency'))('any emergency flag alone alarms: %s', (id) => {
    expect(triage([id])).toBe('emergency');
  });

  it.each(STRONG_URGENT_FLAGS)('a strong urgent flag alone is urgent: %s', (id) => {
    expect(triage([id])).toBe('urgent');
  });

  it.each(CLUSTER_FLAGS)('a cluster flag alone is never above "soon": %s', (id) => {
    expect(triage([id])).toBe('soon');
  });

  it('reads a history of cancer with back pain as urgent on its own (NICE NG234: contact within 24 hours)', () => {
    expect(decideTriage(['cancer_history'])).toMatchObject({ tier: 'urgent', rule: 'cancer_spinal' });
    expect(tierOf('Testicular cancer survivor, and my lower back has ached for two weeks, it feels different, deep.')).toBe(
      'urgent',
    );
  });

  it('raises night pain to urgent only in its strong form: no rest or position eases it (NHS 111)', () => {
    expect(tierOf('My lower back wakes me up at night after heavy deadlifts.')).toBe('soon');
    for (const post of [
      'Every night my lower back aches and no position helps, side, back, knees up, nothing.',
      "Gnawing pain in my low back that's worst when I'm lying still, tried the floor, the spare bed, nothing.",
      "My back aches at night and it doesn't ease whether I lie on my side or my back.",
    ]) {
      expect(tierOf(post)).toBe('urgent');
      expect(assess(post).redFlags.find((flag) => flag.id === 'night_or_rest_pain')?.strong).toBe(true);
    }
  });

  it.each(['radiating_below_knee', 'radiating_arm', 'cough_sneeze_worse', 'young_extension_pain'] as const)(
    'a weak flag alone is "soon": %s',
    (id) => {
      expect(triage([id])).toBe('soon');
    },
  );

  it('raises a cluster to urgent', () => {
    expect(decideTriage(['night_or_rest_pain', 'not_improving'])).toMatchObject({ tier: 'urgent', rule: 'cluster' });
    expect(triage(['cancer_history', 'not_improving'])).toBe('urgent');
    // With a history of cancer, radicular pain is a sign of spinal cord compression (NICE NG234).
    expect(triage(['cancer_history', 'radiating_below_knee'])).toBe('emergency');
  });

  it('does not let two weak "soon" flags alarm', () => {
    expect(triage(['radiating_below_knee', 'cough_sneeze_worse'])).toBe('soon');
  });

  it('takes hits as well as ids, and ignores unknown ids', () => {
    expect(triage([{ id: 'fever', tier: 'urgent', words: ['fever'] }])).toBe('urgent');
    expect(triage(['not_a_flag' as RedFlag])).toBe('self_care');
  });

  it('does not flag an age alone', () => {
    const assessment = assess("I'm 16 and my lower back is sore after squats.");
    expect(assessment.redFlags).toEqual([]);
    expect(assessment.triage).toBe('self_care');
  });

  it('does not flag a mechanical cramp between the shoulder blades on bench', () => {
    const assessment = assess(
      'My mid back cramps between my shoulder blades on every heavy bench set, it happens all the time lately.',
    );
    expect(assessment.redFlags.map((flag) => flag.id)).not.toContain('thoracic_constant');
    expect(assessment.triage).toBe('self_care');
  });

  it('does not alarm on tired legs after leg day', () => {
    expect(assess('My legs are numb after leg day lol, and my lower back is sore.').triage).not.toBe('emergency');
  });

  it.each([
    'Had a car accident 10 years ago, back has been fine since, just some tightness after squats now.',
    'My lower back aches a bit after long runs. Pee is dark when I forget to drink, is that related?',
    "Lower back pump on deadlifts. Also couldn't breathe with the belt that tight lol.",
    'If you ever get numbness in the groin or cannot pee with back pain, go to A&E immediately.',
    "Lower back is sore. I'm not losing bladder control or anything, just stiff.",
  ])('does not raise an emergency for: %s', (text) => {
    expect(assess(text).triage).not.toBe('emergency');
  });

  it('does not alarm on a sore chest from bench or a bike saddle', () => {
    expect(assess('Chest is tight and sore from bench yesterday, and my upper back aches.').triage).toBe('self_care');
    expect(assess('My lower back aches and my butt cheeks go numb on long bike rides.').triage).not.toBe('emergency');
  });
});
