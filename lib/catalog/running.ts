/** Why lifters' and runners' lower backs pump, tighten or cramp on runs (clinical-facts.md §3; seed thread on running). */
import { NOT_IMPROVING, URGENT_AND_EMERGENCY } from './shared';
import type { CauseEntry } from './types';

export const RUNNING_CAUSES: readonly CauseEntry[] = [
  {
    id: 'erector_endurance',
    title: "Spinal erector endurance (the lifter's running pump)",
    summary:
      'Posts like this often describe a lifter whose lower back pumps up, burns or cramps a mile or two into a run, long before the lungs or legs give out.',
    mechanism:
      'Heavy low-rep training builds strong but not fatigue-resistant spinal erectors, while running asks them to hold the trunk for thousands of strides. Lifters report the pump fading as they run more often and add higher-rep back work. Not studied.',
    profile: {
      for: {
        lower_back: 3,
        running: 3,
        pump: 3,
        during_run: 3,
        new_to_running: 3,
        fatigued: 2,
        heavy_low_rep_focus: 2,
        si_glute: 1,
        cramp: 1,
        tightness: 1,
        during_sets: 1,
        deadlift: 1,
        other_lift: 1,
      },
      against: {
        neck: 2,
        radiating: 3,
        sharp_pain: 2,
        sudden_onset: 2,
        numbness_tingling: 2,
        at_rest_or_night: 2,
        next_days: 1,
      },
    },
    tryThis: [
      { text: 'Run shorter and more often, or in intervals, and add distance gradually.', grade: 'C' },
      {
        text: 'Add higher-rep back extensions, hip hinges or carries for a few weeks.',
        grade: 'anecdotal',
        note: 'Reported by lifters; untested.',
      },
      { text: 'Ease off heavy lower-back work in weeks with hard runs.', grade: 'anecdotal' },
      { text: 'Walk when it burns; a pump usually fades within minutes.', grade: 'C' },
    ],
    caveats: [
      'Threads sometimes blame steroids or prohormones for back pumps; that is speculation, not an established cause.',
      'A pump that fades when you stop is different from sharp pain, pain into a leg, or pain that stays.',
    ],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'anecdotal',
      summary: 'Consistent lifter reports; no studies.',
      references: ['T Nation forum threads (anecdotal)', 'Ross et al., JBJS Rev 2023'],
    },
    phrases: [
      'lower back pumps up when I run',
      'back pump after a mile',
      'erectors fried from running',
      'lower back burns on runs',
      'back gives out before my lungs',
      'lifter trying to run',
      'back cramps on my PT run',
      'insane pump in my lower back',
      'lower back gets tight running',
    ],
  },
  {
    id: 'running_posture',
    title: 'Running form',
    activity: 'running',
    summary:
      'Posts like this often describe the lower back tiring on runs with a hunched or hips-back posture or head down, worse late in the run.',
    mechanism:
      'A folded trunk makes the back extensors hold more of the upper body each stride, and form slips with fatigue. Some lean is normal, and no posture has been shown to prevent back pain.',
    profile: {
      for: {
        running: 3,
        during_run: 3,
        lower_back: 2,
        upper_back: 1,
        tightness: 1,
        pump: 1,
        soreness: 1,
        new_to_running: 1,
        fatigued: 1,
      },
      against: { radiating: 2, sudden_onset: 2, bench: 2, sharp_pain: 1 },
    },
    tryThis: [
      {
        text: 'Cue "run tall": eyes ahead, hips under you, shoulders loose.',
        grade: 'C',
        note: 'Coaching consensus; not trialled for back pain.',
      },
      { text: 'Film a few strides late in a run, when form slips.', grade: 'C' },
      { text: 'Change form gradually over weeks rather than all at once.', grade: 'C' },
    ],
    caveats: ['Form alone rarely explains pain that also appears at rest or at night.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'One study of trunk lean; no link to back pain shown.',
      references: ['J Athl Train 2016;51(7):519', 'CrossFit and T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'hunched over when I run',
      'run with my head down',
      'my running form is bad',
      'lower back hurts running downhill',
      'shoulders roll forward on runs',
      'hips back when running',
      'posture falls apart late in the run',
      'back aches after hilly runs',
      'hurts running up hills',
    ],
  },
  {
    id: 'heavy_upper_body',
    title: 'A heavy upper body on runs',
    activity: 'running',
    summary:
      'Posts like this often come from big, muscular lifters whose backs tire on runs although they ran without trouble when lighter.',
    mechanism:
      'More mass above the hips gives the back more to steady with each stride. A reasonable argument, but gaining muscle usually also means running less, so the two are hard to separate. Not studied.',
    profile: {
      for: { heavy_low_rep_focus: 3, running: 2, during_run: 2, new_to_running: 2, lower_back: 2, pump: 2, upper_back: 1 },
      against: { radiating: 2, sudden_onset: 2, sharp_pain: 1 },
    },
    tryThis: [
      { text: 'Keep running regularly; the back adapts to the extra load over weeks.', grade: 'anecdotal' },
      { text: 'Add trunk endurance work such as carries and side planks.', grade: 'C' },
    ],
    caveats: ['Posters who lost weight also ran more, so which change helped is unclear.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'anecdotal',
      summary: 'A forum and coaching explanation; untested.',
      references: ['T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'since I bulked running kills my back',
      'too heavy to run',
      'ran fine when I was lighter',
      'big upper body and running',
      'heavier lifter trying to run',
      'carrying too much muscle to run',
    ],
  },
  {
    id: 'footwear',
    title: 'Worn or unsuitable running shoes',
    summary: 'Posts like this often blame new, old or poorly matched shoes for a back that aches on runs.',
    mechanism:
      'Shoes change how impact is shared through the legs and trunk, and a sudden switch changes the load. Evidence that shoe choice causes or prevents back pain is thin.',
    profile: {
      for: { running: 3, during_run: 2, lower_back: 1, soreness: 1, new_to_running: 1, weeks_long: 1 },
      against: { bench: 2, sudden_onset: 2, radiating: 2, cramp: 1, pump: 1 },
    },
    tryThis: [
      { text: 'Pick shoes that feel comfortable, and switch pairs gradually.', grade: 'C' },
      { text: 'Replace shoes that are visibly broken down.', grade: 'anecdotal' },
    ],
    caveats: ['Assigning shoes by arch shape did not reduce injuries in a large military trial.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'anecdotal',
      summary: 'Little evidence either way for back pain.',
      references: ['Knapik et al., Am J Sports Med 2010', 'T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'need new running shoes',
      'shoes are worn out',
      'shoes for my arch type',
      'changed shoes and my back hurts',
      'flat feet and back pain',
      'running in boots',
      'switched to minimalist shoes',
      'new zero drop shoes',
      'changed to racing flats',
      'my shoes have hundreds of miles on them',
      'new pair of running shoes',
    ],
  },
];
