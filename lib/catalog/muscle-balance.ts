/** Strength, flexibility and habit factors that coaches blame for back aches (clinical-facts.md §3; seeds on stretching and running). */
import { HEAT, NOT_IMPROVING, UPPER_BACK_URGENT, URGENT_AND_EMERGENCY } from './shared';
import type { CauseEntry } from './types';

export const MUSCLE_BALANCE_CAUSES: readonly CauseEntry[] = [
  {
    id: 'weak_glutes_core',
    title: 'Weak or underused glutes and trunk',
    summary:
      'Posts like this often describe a vague lower-back or upper-glute ache with running or lifting that eased with glute and trunk work.',
    mechanism:
      'A review of 24 studies found people with low back pain tend to have weaker gluteus medius and more tender points there, but not which comes first. Trunk endurance may help hold form late in a session.',
    profile: {
      for: {
        lower_back: 2,
        si_glute: 2,
        running: 2,
        during_run: 1,
        squat: 1,
        deadlift: 1,
        soreness: 1,
        tightness: 1,
        pump: 1,
        weeks_long: 1,
      },
      against: { neck: 2, upper_back: 2, sudden_onset: 1, radiating: 1, bench: 1 },
    },
    tryThis: [
      {
        text: 'Add glute and trunk endurance work: bridges, side planks, bird dogs.',
        grade: 'C',
        note: 'Exercise helps chronic low back pain (ACP, moderate evidence); targeting the glutes is not proven better.',
      },
    ],
    caveats: [
      'The link is an association: one study of female athletes found no strength difference between those with and without back pain.',
    ],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'Observational associations; cause not shown.',
      references: ['BMC Musculoskelet Disord 2019 (gluteal review)', 'Gait Posture 2014', 'ACP, Qaseem et al. 2017'],
    },
    phrases: [
      'weak glutes',
      'glutes not firing',
      'my core is weak',
      'upper glute pain when running',
      'SI joint ache',
      'back doing the work instead of my glutes',
      'need to strengthen my core',
      'never do any core or strength work',
    ],
  },
  {
    id: 'hip_flexor_tightness',
    title: 'Tight hip flexors',
    summary:
      'Posts like this often describe lumbar tightness on longer runs or after long sitting, with the hip flexors or psoas blamed.',
    mechanism:
      'Short hip flexors are thought to tip the pelvis forward and make the lower-back extensors work harder when upright. Often suggested, but the evidence is low quality.',
    profile: {
      for: { running: 2, during_run: 2, lower_back: 2, sitting: 2, tightness: 2, pump: 1, stiffness: 1, new_to_running: 1 },
      against: { upper_back: 2, bench: 2, radiating: 2, mid_back: 1, sharp_pain: 1 },
    },
    tryThis: [
      {
        text: 'Try gentle hip flexor and psoas stretches after runs.',
        grade: 'C',
        note: 'Commonly suggested; low-quality evidence.',
      },
      { text: 'Break up long sitting with a few minutes of walking.', grade: 'C' },
    ],
    caveats: ['Forum reports are mixed: hip flexor stretching helped some runners and not others.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'Common advice; low-quality evidence.',
      references: ["Runner's World UK (osteopath)", 'T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'tight hip flexors',
      'psoas is tight',
      'anterior pelvic tilt',
      'sit all day then run',
      'hip flexors pull on my lower back',
      'tight hips and lower back',
    ],
  },
  {
    id: 'hamstring_tightness',
    title: 'Tight hamstrings',
    summary:
      'Posts like this often describe a tight lower back along with hamstrings that feel short on runs, hinges or deep squats.',
    mechanism:
      'Stiff hamstrings may tuck the pelvis when bending or squatting deep, so the lower spine takes more of the motion. A common clinical view with weak evidence.',
    profile: {
      for: {
        lower_back: 2,
        tightness: 2,
        stiffness: 1,
        running: 1,
        during_run: 1,
        deadlift: 1,
        squat: 1,
        sitting: 1,
        stretching: 1,
      },
      against: { upper_back: 2, bench: 2, radiating: 2, mid_back: 1, sudden_onset: 1 },
    },
    tryThis: [
      {
        text: 'Stretch the hamstrings gently after training, several times a week.',
        grade: 'C',
        note: 'Low-quality evidence for back pain.',
      },
    ],
    caveats: [
      'Hamstring "tightness" with burning or tingling down the back of the leg can come from an irritated nerve rather than a short muscle.',
    ],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'Common advice; weak evidence.',
      references: ["Runner's World UK (osteopath)", 'T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'tight hamstrings',
      'hamstrings like piano wire',
      'cannot touch my toes',
      'hamstrings pull on my lower back',
      'stretching my hamstrings helped',
      'tight hammies',
    ],
  },
  {
    id: 'mobility_restriction',
    title: 'Limited hip, ankle or upper-back mobility',
    summary:
      'Posts like this often describe stiff hips, ankles or upper back that make the lower back round, arch or twist to reach depth or lockout.',
    mechanism:
      'When one joint cannot reach a position, neighbouring segments make up the range and load the spine in unaccustomed ways. Poor hip and ankle mobility are often blamed in squats; direct evidence is limited.',
    profile: {
      for: { squat: 2, stiffness: 2, tightness: 1, ohp: 1, lower_back: 1, mid_back: 1, upper_back: 1, weeks_long: 1, morning: 1 },
      against: { sudden_onset: 1, radiating: 1, pump: 1 },
    },
    tryThis: [
      { text: 'Work on hip and ankle mobility; meanwhile raise the heels slightly or wear lifting shoes.', grade: 'C' },
      { text: 'Squat to a box at a depth you control while mobility improves.', grade: 'C' },
    ],
    caveats: ['Mobility drills rarely change a squat within one session; give it weeks.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'Coaching and clinical reasoning.',
      references: ['Squat University (expert opinion)', 'Ross et al., JBJS Rev 2023'],
    },
    phrases: [
      'bad ankle mobility',
      'tight hips in the squat',
      'cannot hit depth without rounding',
      'stiff upper back overhead',
      'hip mobility is terrible',
      'no thoracic mobility',
    ],
  },
  {
    id: 'tight_knotted_muscles',
    title: 'Tight, knotted muscles',
    summary:
      'Posts like this often describe a tender knot in the traps, under the shoulder blade or beside the spine that feels tight, twingy or quick to cramp.',
    mechanism:
      'Tender "knots" (trigger points) are often found in people with back pain, but what they are and whether they cause pain is still debated. Massage and rolling often help in the short term.',
    profile: {
      for: {
        tightness: 3,
        upper_back: 2,
        neck: 1,
        mid_back: 1,
        stiffness: 1,
        cramp: 1,
        stretching: 1,
        while_stretching: 1,
        weeks_long: 1,
      },
      against: { radiating: 2, numbness_tingling: 2, sudden_onset: 1, next_days: 1 },
    },
    tryThis: [
      {
        text: 'Massage, or a foam roller or ball on the tender spot for a minute or two.',
        grade: 'C',
        note: 'Low-quality evidence for massage in back pain (ACP 2017); relief is short-term.',
      },
      HEAT,
    ],
    caveats: ['A knot that keeps returning on one side may reflect how that side is loaded, so look at the lift too.'],
    seeProfessional: `${NOT_IMPROVING} ${UPPER_BACK_URGENT}`,
    evidence: {
      level: 'limited',
      summary: 'Associated with back pain; role unsettled.',
      references: ['BMC Musculoskelet Disord 2019 (gluteal review)', 'ACP, Qaseem et al. 2017'],
    },
    phrases: [
      'huge knot in my trap',
      'knot under my shoulder blade',
      'trigger point in my back',
      'back is full of knots',
      'muscles feel twingy',
      'tight spot next to my spine',
    ],
  },
  {
    id: 'poor_posture',
    title: 'Long static postures',
    summary:
      'Posts like this often describe a stiff or achy back after hours at a desk, driving or sleeping awkwardly, rather than after a particular lift.',
    mechanism:
      'Holding one position for hours loads the same tissues without a break, and muscles stiffen. Evidence tying particular postures to back pain is weak; moving often seems to matter more than alignment.',
    profile: {
      for: {
        sitting: 2,
        sleeping: 2,
        morning: 2,
        stiffness: 2,
        neck: 2,
        upper_back: 1,
        mid_back: 1,
        tightness: 1,
        soreness: 1,
        weeks_long: 1,
      },
      against: { heavy_sets_only: 2, sudden_onset: 1, during_sets: 1, during_run: 1, radiating: 1 },
    },
    tryThis: [
      { text: 'Change position often; stand or walk for a few minutes every half hour or so.', grade: 'C' },
      { text: 'Strengthen the upper back with rows and face pulls.', grade: 'C' },
    ],
    caveats: [
      'A slouch is not damage; posture worries are often overstated.',
      'Morning stiffness that eases as you move is common; pain that is worse at night or at rest is a different pattern.',
    ],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'Weak, mostly observational evidence.',
      references: ['NICE NG59', 'ACP, Qaseem et al. 2017'],
    },
    phrases: [
      'sit at a desk all day',
      'woke up with a stiff back',
      'slept funny',
      'back hurts from sitting',
      'hunched over my laptop',
      'rounded shoulders',
      'bad posture',
    ],
  },
  {
    id: 'deconditioning',
    title: 'Out of condition',
    summary:
      'Posts like this often describe cramps, aches or stiffness after a layoff or when starting a new activity, before the body has caught up.',
    mechanism:
      'Strength, endurance and tolerance of stretch fade with time off and return with training; unaccustomed muscles cramp and ache more easily. General training principle, not back-specific evidence.',
    profile: {
      for: {
        returning_after_break: 3,
        new_program_or_exercise: 2,
        new_to_running: 1,
        soreness: 1,
        cramp: 1,
        tightness: 1,
        stretching: 1,
        while_stretching: 1,
      },
      against: { radiating: 2, heavy_low_rep_focus: 1, sudden_onset: 1, weeks_long: 1 },
    },
    tryThis: [
      { text: 'Restart at a fraction of your old loads and build over several weeks.', grade: 'C' },
      { text: 'Train a little more often rather than harder.', grade: 'C' },
    ],
    caveats: [
      'Being fit for one activity is not the same as being conditioned for another: a strong squatter can still be new to running.',
    ],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'General training principles.',
      references: ['Gabbett, BJSM 2016', 'Miller et al., J Athl Train 2021'],
    },
    phrases: [
      'first time back in the gym',
      'after a long layoff',
      'have not trained in months',
      'out of shape',
      'just started working out',
      'first week of training again',
    ],
  },
];
