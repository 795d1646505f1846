import { describe, expect, it } from 'vitest';
import { causesInShowingOrder, MEDICAL_CAUSE_ID } from '@/lib/wording/cause-order';
import { assessment, rankedCause } from '../support/fixtures-assessment';

const TRAINING_FIRST = [rankedCause('doms', 1), rankedCause('muscle_strain', 0.8), rankedCause(MEDICAL_CAUSE_ID, 0.4)];
const ids = (causes: { id: string }[]) => causes.map((cause) => cause.id);

describe('causesInShowingOrder', () => {
  it('puts the medical cause first at urgent when the pain is at rest or at night', () => {
    const order = causesInShowingOrder(
      assessment({
        triage: 'urgent',
        features: { region: ['lower_back'], activity: ['deadlift'], timing: ['at_rest_or_night'] },
        redFlags: [{ id: 'night_or_rest_pain', tier: 'urgent', words: [] }],
        causes: TRAINING_FIRST,
      }),
    );
    expect(ids(order)).toEqual([MEDICAL_CAUSE_ID, 'doms', 'muscle_strain']);
  });

  it('puts it first when no training is mentioned at all, adding it when the ranker left it out', () => {
    const order = causesInShowingOrder(
      assessment({
        triage: 'urgent',
        features: { region: ['mid_back'] },
        redFlags: [{ id: 'fever', tier: 'urgent', words: ['fever'] }],
        causes: [rankedCause('doms', 1)],
      }),
    );
    expect(ids(order)).toEqual([MEDICAL_CAUSE_ID, 'doms']);
    expect(order[0]?.for.map((reason) => reason.feature)).toEqual(['fever']);
  });

  it('keeps the ranker order at urgent when the pain follows training, and at other tiers', () => {
    const training = { region: ['lower_back'], activity: ['deadlift'], timing: ['during_sets'] } as const;
    const urgentTraining = assessment({
      triage: 'urgent',
      features: { ...training, region: [...training.region], activity: [...training.activity], timing: [...training.timing] },
      redFlags: [{ id: 'fever', tier: 'urgent', words: [] }],
      causes: TRAINING_FIRST,
    });
    expect(ids(causesInShowingOrder(urgentTraining))).toEqual(ids(TRAINING_FIRST));
    expect(ids(causesInShowingOrder(assessment({ triage: 'soon', features: {}, causes: TRAINING_FIRST })))).toEqual(
      ids(TRAINING_FIRST),
    );
  });
});
