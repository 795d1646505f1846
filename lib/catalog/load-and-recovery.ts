/** Training load, recovery and warm-up, and the soreness that follows new work (clinical-facts.md §3). */
import { DELOAD, NOT_IMPROVING, URGENT_AND_EMERGENCY } from './shared';
import type { CauseEntry } from './types';

export const LOAD_AND_RECOVERY_CAUSES: readonly CauseEntry[] = [
  {
    id: 'load_progression',
    title: 'Load went up too fast',
    summary:
      'Posts like this often describe back pain that began after a jump in weight, volume or mileage: a new program, a PR push or a race block.',
    mechanism:
      'Injury risk rises when recent workload spikes well above the previous weeks; an acute-to-chronic ratio of about 0.8–1.3 has been suggested as safer. A high workload built up steadily appears protective. The popular 10% rule has weak support.',
    profile: {
      for: {
        load_jump: 3,
        new_program_or_exercise: 2,
        returning_after_break: 1,
        soreness: 1,
        after_session: 1,
        next_days: 1,
        deadlift: 1,
        squat: 1,
        lower_back: 1,
      },
      against: { while_stretching: 2, during_setup: 1, stretching: 1, radiating: 1 },
    },
    tryThis: [DELOAD, { text: 'Raise weight or mileage in small steps, checking how the back feels the next day.', grade: 'C' }],
    caveats: ['The workload-ratio model is debated; treat its numbers as a rough guide, not a rule.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'moderate',
      summary: 'Cohort studies link load spikes with injury.',
      references: ['Gabbett, BJSM 2016', 'J Athl Train workload review (PMC7534940)'],
    },
    phrases: [
      'added weight too fast',
      'new program and my back hurts',
      'jumped my mileage',
      'upped the volume',
      'PR week wrecked my back',
      'went up too quickly on deadlifts',
      'ego lifting',
    ],
  },
  {
    id: 'training_volume_recovery',
    title: 'Too much training, too little recovery',
    summary:
      'Posts like this often describe a back that stays tired and achy across weeks of heavy, frequent sessions, short sleep or hard days stacked together.',
    mechanism:
      'Tissues adapt between sessions; if hard sessions come before recovery, fatigue and soreness build up and form slips. Evidence is mostly workload research and coaching experience.',
    profile: {
      for: {
        weeks_long: 2,
        soreness: 2,
        heavy_low_rep_focus: 1,
        after_session: 1,
        next_days: 1,
        lower_back: 1,
        pump: 1,
        stiffness: 1,
        morning: 1,
        load_jump: 1,
      },
      against: { sudden_onset: 2, radiating: 2, during_setup: 1 },
    },
    tryThis: [
      DELOAD,
      { text: 'Space heavy squats and deadlifts apart, and avoid hard runs the day after.', grade: 'C' },
      { text: 'Protect sleep, especially in heavy weeks.', grade: 'C' },
    ],
    caveats: ['Pain that persists through a genuine rest week deserves a look for another cause.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'Workload studies and coaching consensus.',
      references: ['Gabbett, BJSM 2016', 'T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'overtraining my back',
      'back never recovers between sessions',
      'lower back always fried',
      'too much volume',
      'heavy squats and deadlifts on consecutive days',
      'I need a deload',
      'beat up all the time',
    ],
  },
  {
    id: 'poor_warmup',
    title: 'Cold start, too little warm-up',
    summary:
      'Posts like this often describe a back that tightens, twinges or pumps in the first minutes of a run or session and settles once warm.',
    mechanism:
      'Muscles and joints move more freely once warm, and a gradual start lets the body adjust. Runners report the problem fading after a longer warm-up; it has not been studied for back cramps.',
    profile: {
      for: { no_warmup: 3, morning: 1, during_run: 1, during_sets: 1, tightness: 1, stiffness: 1, cramp: 1, sudden_onset: 1 },
      against: { next_days: 2, heavy_sets_only: 1, weeks_long: 1, at_rest_or_night: 1 },
    },
    tryThis: [
      { text: 'Warm up for 10–15 minutes: easy cardio, then lighter sets or an easy first mile.', grade: 'C' },
      { text: 'If it tightens early in a run, walk a few minutes and restart.', grade: 'anecdotal' },
    ],
    caveats: ['A warm-up is worth doing but will not fix a cramp that the lift itself brings on.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'anecdotal',
      summary: 'Runner and lifter reports; not studied.',
      references: ['Overclockers and T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'skipped my warm up',
      'went straight into heavy sets',
      'cold early morning session',
      'first mile my back is tight',
      'fine once I warm up',
      'tight until I loosen up',
    ],
  },
  {
    id: 'doms',
    title: 'Delayed-onset muscle soreness',
    summary:
      'Posts like this often describe a dull, spread-out ache and stiffness that starts the day after a new or harder session and peaks a day or two later.',
    mechanism:
      'Unaccustomed work, especially lowering a weight, causes soreness that starts 12–24 hours later, peaks at 24–72 hours and fades within about a week. It hurts when the muscle is stretched, worked or pressed, not at rest. It is neither a cramp nor a strain.',
    profile: {
      for: {
        soreness: 3,
        next_days: 3,
        new_program_or_exercise: 2,
        load_jump: 2,
        returning_after_break: 2,
        stiffness: 1,
        after_session: 1,
        morning: 1,
      },
      against: {
        sharp_pain: 3,
        sudden_onset: 3,
        radiating: 3,
        cramp: 2,
        during_sets: 2,
        weeks_long: 2,
        heavy_sets_only: 1,
        during_run: 1,
        at_rest_or_night: 1,
      },
    },
    tryThis: [
      { text: 'Keep moving with light activity while it passes.', grade: 'C' },
      { text: 'Massage may ease the soreness for a while.', grade: 'C' },
      { text: 'Repeat the new exercise at a lighter load; soreness drops quickly with repetition.', grade: 'C' },
    ],
    caveats: ['Soreness that lasts beyond a week, or severe pain with swelling, is not ordinary soreness.'],
    seeProfessional:
      'Ordinary soreness needs no clinic. Get emergency care for severe pain with swelling, weakness or dark, cola-coloured urine after a hard session (possible rhabdomyolysis). ' +
      URGENT_AND_EMERGENCY,
    evidence: {
      level: 'strong',
      summary: 'Well described; treatments only ease symptoms.',
      references: ['Lewis et al., Clin Sports Med 2012'],
    },
    phrases: [
      'sore the next day',
      'DOMS in my lower back',
      'two days after deadlifts',
      'stiff the morning after',
      'sore from a new exercise',
      'first session in ages and I am sore',
      'aches when I bend the day after',
    ],
  },
];
