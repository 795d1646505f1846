import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FEATURE_GROUPS,
  FEATURE_GROUP_NAMES,
  RED_FLAG_TIERS,
  groupOf,
  isFeatureId,
  parseFeatures,
  type Features,
  type RedFlag,
} from '@/lib/features';
import {
  NONE,
  PAGE_IDS,
  QUESTIONS,
  UNSURE,
  answerQuestion,
  answersToFeatures,
  emergencyAnswers,
  featuresToAnswers,
  fittingCauses,
  isPageComplete,
  liveOptions,
  nextPage,
  parseAnswers,
  previousPage,
  startFlow,
  unansweredRedFlags,
  unsureRedFlags,
  visiblePages,
  visibleQuestions,
  type Answers,
  type CauseProfile,
  type FlowState,
} from '@/lib/questionnaire/questions';

/** A small catalog with the shapes that matter for skipping: a lift cause, a running cause, a cause for anyone. */
const CAUSES: CauseProfile[] = [
  {
    id: 'bench_cramp',
    profile: {
      for: { mid_back: 3, upper_back: 2, bench: 3, cramp: 2, heavy_sets_only: 3, during_setup: 1, heavy_low_rep_focus: 1 },
      against: { during_run: 2 },
    },
  },
  {
    id: 'running_pump',
    profile: {
      for: { lower_back: 3, running: 3, pump: 3, during_run: 3, new_to_running: 2 },
      against: {},
    },
  },
  {
    id: 'anyone_cramps',
    profile: { for: { cramp: 2, hot_or_dehydrated: 2, prior_cramps: 1, during_run: 1 }, against: {} },
  },
];

const EMERGENCY = (Object.keys(RED_FLAG_TIERS) as RedFlag[]).filter((flag) => RED_FLAG_TIERS[flag] === 'emergency');

function allRedFlags(value: 'no' | 'yes' | typeof UNSURE, answers: Answers = {}): Answers {
  const result: Record<string, unknown> = { ...answers };
  for (const flag of Object.keys(RED_FLAG_TIERS)) result[flag] = value === UNSURE ? UNSURE : [value];
  return result as Answers;
}

/** Answers the current page with `answers[question]` and moves on. */
function step(state: FlowState, answers: Answers): FlowState {
  let next = state;
  for (const [id, answer] of Object.entries(answers)) next = answerQuestion(next, id, answer);
  return nextPage(next, CAUSES);
}

describe('questionnaire data', () => {
  it('asks the red flags first: emergency, then urgent, then soon, before anything else', () => {
    expect(PAGE_IDS.slice(0, 3)).toEqual(['emergency', 'urgent', 'soon']);
    for (const flag of Object.keys(RED_FLAG_TIERS) as RedFlag[]) {
      const question = QUESTIONS.find((q) => q.id === flag);
      expect(question?.page, flag).toBe(RED_FLAG_TIERS[flag]);
      expect(question?.adaptive).toBe(false);
    }
  });

  it('asks about saddle numbness explicitly, in plain words', () => {
    const saddle = QUESTIONS.find((q) => q.id === 'saddle_numbness');
    expect(saddle?.prompt).toMatch(/genitals/);
    expect(saddle?.prompt).toMatch(/bottom/);
  });

  it('maps every option with a feature onto an id of the vocabulary, each id once, one group per question', () => {
    const features = QUESTIONS.flatMap((q) => q.options.flatMap((option) => (option.feature ? [option.feature] : [])));
    expect(features.every((id) => isFeatureId(id))).toBe(true);
    expect(new Set(features).size).toBe(features.length);
    for (const question of QUESTIONS) {
      const groups = new Set(question.options.flatMap((option) => (option.feature ? [groupOf(option.feature)] : [])));
      expect(groups.size, question.id).toBeLessThanOrEqual(1);
    }
  });

  it('offers every region, sensation, activity, timing, context and red flag of the vocabulary', () => {
    const features = new Set(QUESTIONS.flatMap((q) => q.options.flatMap((option) => (option.feature ? [option.feature] : []))));
    const missing = FEATURE_GROUP_NAMES.flatMap((group) => FEATURE_GROUPS[group].filter((id) => !features.has(id)));
    expect(missing).toEqual([]);
  });

  it('has unique question ids', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });
});

describe('red-flag stop', () => {
  it.each(EMERGENCY)('stops the flow when %s is answered yes', (flag) => {
    const state = step(startFlow(), { ...allRedFlags('no'), [flag]: ['yes'] });
    expect(state.page).toBe('stopped');
    expect(emergencyAnswers(state.answers)).toEqual([flag]);
  });

  it('does not stop for urgent or soon flags; they are asked on their own pages after the emergency ones', () => {
    let state = step(startFlow(), allRedFlags('no'));
    expect(state.page).toBe('urgent');
    state = step(state, { fever: ['yes'] });
    expect(state.page).toBe('soon');
    state = step(state, { radiating_below_knee: ['yes'] });
    expect(state.page).toBe('where');
    expect(answersToFeatures(state.answers, CAUSES).redFlags).toEqual(['fever', 'radiating_below_knee']);
  });

  it('goes back from the stop to the emergency page, and continues once the answer is changed', () => {
    const stopped = step(startFlow(), { ...allRedFlags('no'), saddle_numbness: ['yes'] });
    const back = previousPage(stopped, CAUSES);
    expect(back.page).toBe('emergency');
    expect(step(back, { saddle_numbness: ['no'] }).page).toBe('urgent');
  });

  it('accepts "not sure" for a red flag without stopping, and reports it', () => {
    const state = step(startFlow(), { ...allRedFlags('no'), saddle_numbness: UNSURE });
    expect(state.page).toBe('urgent');
    expect(unsureRedFlags(state.answers)).toEqual(['saddle_numbness']);
  });

  it('stays on a page until every question on it is answered', () => {
    const partly = step(startFlow(), { saddle_numbness: ['no'] });
    expect(partly.page).toBe('emergency');
    expect(isPageComplete('emergency', partly.answers, CAUSES)).toBe(false);
  });
});

describe('adaptive skipping from the catalog profiles', () => {
  it('keeps causes that fit the answered region and activity, or say nothing about them', () => {
    expect(fittingCauses({ activity: ['bench'] }, CAUSES).map((c) => c.id)).toEqual(['bench_cramp', 'anyone_cramps']);
    expect(fittingCauses({ activity: ['running'] }, CAUSES).map((c) => c.id)).toEqual(['running_pump', 'anyone_cramps']);
    expect(fittingCauses({ activity: UNSURE }, CAUSES)).toHaveLength(3);
    expect(fittingCauses({ region: ['neck'] }, CAUSES).map((c) => c.id)).toEqual(['anyone_cramps']);
  });

  it('asks no running questions of someone whose back hurts on the bench', () => {
    const timing = QUESTIONS.find((q) => q.id === 'timing')!;
    const context = QUESTIONS.find((q) => q.id === 'context')!;
    const answers: Answers = { region: ['mid_back'], activity: ['bench'] };
    expect(liveOptions(timing, answers, CAUSES).map((o) => o.value)).toEqual(['during_setup', 'heavy_sets_only']);
    // The catch-all cause counts "during a run" and "earlier cramps" only weakly, so they are not worth asking here.
    expect(liveOptions(context, answers, CAUSES).map((o) => o.value)).toEqual(['heavy_low_rep_focus', 'hot_or_dehydrated']);
    expect(liveOptions(timing, { region: ['mid_back'] }, CAUSES).map((o) => o.value)).toContain('during_run');
  });

  it('asks no lifting questions of a runner', () => {
    const timing = QUESTIONS.find((q) => q.id === 'timing')!;
    expect(liveOptions(timing, { activity: ['running'] }, CAUSES).map((o) => o.value)).toEqual(['during_run']);
  });

  it('offers every option any cause favours while the activity is "not sure"', () => {
    const timing = QUESTIONS.find((q) => q.id === 'timing')!;
    expect(liveOptions(timing, { activity: UNSURE }, CAUSES).map((o) => o.value)).toEqual([
      'during_setup',
      'heavy_sets_only',
      'during_run',
    ]);
  });

  it('skips a question no fitting cause can use, and a page left without questions', () => {
    // Only the catch-all cause fits the neck; its one timing is not telling, so the timing page goes.
    const answers: Answers = {
      ...allRedFlags('no'),
      region: ['neck'],
      side: ['one_side'],
      sensation: ['cramp'],
      activity: ['sitting'],
    };
    expect(visibleQuestions('timing', answers, CAUSES)).toEqual([]);
    expect(visiblePages(answers, CAUSES)).not.toContain('timing');
    const afterActivity = step({ page: 'activity', answers }, {});
    expect(afterActivity.page).toBe('context');
    // No cause favours "more than 4 weeks", so the duration question is skipped too.
    expect(visibleQuestions('context', afterActivity.answers, CAUSES).map(({ question }) => question.id)).toEqual(['context']);
  });

  it('keeps the "No" of a yes/no question whenever its "Yes" is worth asking', () => {
    const duration = QUESTIONS.find((q) => q.id === 'duration')!;
    const withWeeks: CauseProfile[] = [...CAUSES, { id: 'long', profile: { for: { weeks_long: 2 }, against: {} } }];
    expect(liveOptions(duration, { activity: ['bench'] }, withWeeks).map((o) => o.value)).toEqual(['yes', 'no']);
    expect(liveOptions(duration, { activity: ['bench'] }, CAUSES)).toEqual([]);
  });

  it('never skips the red-flag questions, even with an empty catalog', () => {
    expect(visiblePages({}, []).slice(0, 3)).toEqual(['emergency', 'urgent', 'soon']);
    expect(visibleQuestions('emergency', {}, [])).toHaveLength(EMERGENCY.length);
  });
});

describe('going back and changing answers', () => {
  function throughActivity(activity: string[]): FlowState {
    let state = step(startFlow(), allRedFlags('no'));
    state = step(state, {});
    state = step(state, {});
    state = step(state, { region: ['mid_back', 'lower_back'], side: ['both_sides'] });
    state = step(state, { sensation: ['cramp'] });
    return step(state, { activity });
  }

  it('walks back page by page over the same skipped pages', () => {
    const timing = throughActivity(['bench']);
    expect(timing.page).toBe('timing');
    const pages: string[] = [];
    let state: FlowState = timing;
    for (let i = 0; i < 7; i++) {
      state = previousPage(state, CAUSES);
      pages.push(state.page);
    }
    expect(pages).toEqual(['activity', 'feel', 'where', 'soon', 'urgent', 'emergency', 'emergency']);
  });

  it('drops an answer that no longer applies after an earlier answer changes', () => {
    let state = step(throughActivity(['bench']), { timing: ['heavy_sets_only'] });
    expect(state.page).toBe('context');
    expect(answersToFeatures(state.answers, CAUSES).timing).toEqual(['heavy_sets_only']);

    state = previousPage(previousPage(state, CAUSES), CAUSES);
    expect(state.page).toBe('activity');
    state = step(state, { activity: ['running'] });
    expect(state.page).toBe('timing');
    // The bench-only timing is no longer on offer: it does not count, and the page must be answered again.
    expect(answersToFeatures(state.answers, CAUSES).timing).toBeUndefined();
    expect(isPageComplete('timing', state.answers, CAUSES)).toBe(false);
    state = step(state, { timing: ['during_run'] });
    expect(state.page).toBe('context');
    expect(answersToFeatures(state.answers, CAUSES)).toMatchObject({ activity: ['running'], timing: ['during_run'] });
  });

  it('reaches the results after the last page, and goes back from them to the last page asked', () => {
    let state = step(throughActivity(['bench']), { timing: ['heavy_sets_only'] });
    state = step(state, { context: NONE });
    expect(state.page).toBe('results');
    expect(previousPage(state, CAUSES).page).toBe('context');
  });
});

describe('"not sure" and "none of these"', () => {
  it('accepts "not sure" for every question', () => {
    for (const page of PAGE_IDS) {
      const answers: Answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, UNSURE] as const));
      expect(isPageComplete(page, answers, CAUSES), page).toBe(true);
    }
  });

  it('accepts "none" only where the question offers it', () => {
    expect(isPageComplete('feel', { sensation: NONE }, CAUSES)).toBe(false);
    expect(isPageComplete('context', { context: NONE }, CAUSES)).toBe(true);
  });

  it('adds no feature for "not sure" or "none"', () => {
    const answers: Answers = { ...allRedFlags(UNSURE), region: UNSURE, sensation: ['cramp'], context: NONE };
    expect(answersToFeatures(answers, CAUSES)).toEqual({ sensation: ['cramp'] });
  });
});

describe('answers and Features', () => {
  it('turns the bench example into the Features of the contract', () => {
    const answers: Answers = {
      ...allRedFlags('no'),
      region: ['mid_back'],
      side: ['both_sides'],
      sensation: ['cramp'],
      activity: ['bench'],
      timing: ['heavy_sets_only'],
      context: NONE,
    };
    const features = answersToFeatures(answers, CAUSES);
    expect(features).toEqual({
      region: ['mid_back'],
      activity: ['bench'],
      sensation: ['cramp'],
      timing: ['heavy_sets_only'],
    });
    expect(parseFeatures(JSON.parse(JSON.stringify(features)))).toEqual(features);
  });

  it('prefills answers from Features and leaves the red flags the features do not mention to be asked', () => {
    const features: Features = {
      region: ['lower_back'],
      activity: ['running'],
      sensation: ['pump'],
      timing: ['during_run'],
      context: ['new_to_running'],
      redFlags: ['fever'],
    };
    const answers = featuresToAnswers(features);
    expect(answers.fever).toEqual(['yes']);
    expect(unansweredRedFlags(answers)).toHaveLength(Object.keys(RED_FLAG_TIERS).length - 1);
    expect(answersToFeatures(answers, CAUSES)).toEqual(features);
    expect(startFlow(answers).page).toBe('emergency');
  });

  it('reads stored answers back, dropping anything it does not know', () => {
    const parsed = parseAnswers({
      region: ['mid_back', '<img src=x onerror=alert(1)>'],
      side: ['one_side', 'both_sides'],
      sensation: 'cramp',
      context: NONE,
      saddle_numbness: UNSURE,
      sensation_extra: ['cramp'],
      __proto__: { region: ['neck'] },
    });
    expect(parsed).toEqual({ region: ['mid_back'], context: NONE, saddle_numbness: UNSURE });
    expect(parseAnswers('[]')).toEqual({});
    expect(parseAnswers(null)).toEqual({});
  });

  it('never throws and always yields valid Features, whatever is stored', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...QUESTIONS.map((q) => q.id), 'x'), fc.anything()), (raw) => {
        const features = answersToFeatures(parseAnswers(raw), CAUSES);
        expect(parseFeatures(features)).toEqual(features);
      }),
    );
  });
});
