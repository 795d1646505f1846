/** Cramp mechanisms: shortened-position, fatigue, fluid and salt, stretching (clinical-facts.md §2). */
import {
  CRAMP_SEE_PROFESSIONAL,
  LOW_SODIUM_EMERGENCY,
  DRINK_TO_THIRST,
  NO_MAGNESIUM,
  NO_QUININE,
  PICKLE_JUICE,
  STRETCH_CRAMP,
  UPPER_BACK_URGENT,
  URGENT_AND_EMERGENCY,
} from './shared';
import type { CauseEntry } from './types';

export const CRAMP_CAUSES: readonly CauseEntry[] = [
  {
    id: 'shortened_position_cramp',
    title: 'Cramp in a shortened, hard-working muscle',
    summary:
      'Posts like this often describe a cramp between the shoulder blades when those muscles are squeezed hard in a short position, as in a tight bench arch, mostly on the heaviest sets.',
    mechanism:
      'Lab studies trigger cramps by making a small muscle contract hard while already shortened; dehydration does not make that easier. A bench setup with the shoulder blades pinned down and back does this to the rhomboids and mid-traps. Back muscles were never tested, so applying it to them is an extrapolation.',
    profile: {
      for: {
        bench: 3,
        cramp: 3,
        heavy_sets_only: 3,
        mid_back: 2,
        upper_back: 2,
        during_setup: 2,
        while_stretching: 2,
        during_sets: 1,
        ohp: 1,
        row: 1,
        stretching: 1,
        prior_cramps: 1,
      },
      against: {
        next_days: 3,
        radiating: 3,
        numbness_tingling: 2,
        at_rest_or_night: 2,
        sudden_onset: 2,
        running: 1,
        during_run: 1,
        soreness: 1,
      },
    },
    tryThis: [
      {
        text: 'When it grips, come out of the arch and stretch the other way (round the upper back, hug your shoulders) until it lets go.',
        grade: 'A',
        note: STRETCH_CRAMP.note,
      },
      {
        text: 'Foam roll or use a lacrosse ball on the spot before heavy sets.',
        grade: 'anecdotal',
        note: 'Lifters report it helps; untested.',
      },
      { text: 'Set up tight, but do not hold the full squeeze longer than the set needs.', grade: 'anecdotal' },
      {
        text: 'Build upper-back endurance with higher-rep rows and face pulls.',
        grade: 'C',
        note: 'Strength work is suggested where fatigue drives cramps (Miller 2021, grade C).',
      },
      PICKLE_JUICE,
    ],
    caveats: [
      'A cramp that only hits the top sets and spares lighter back-off sets points to a local cause, not to salt or water.',
      'Taurine is often suggested on forums, but its only cramp trial was in people with liver disease.',
      'Pain between the shoulders that is there at rest, or unrelated to lifting, is a different matter.',
    ],
    seeProfessional: `A cramp that eases within minutes and only returns with the lift rarely needs a clinic. ${UPPER_BACK_URGENT}`,
    evidence: {
      level: 'limited',
      summary: 'Lab cramp models, plus lifter reports for the back.',
      references: [
        'Maughan & Shirreffs, Sports Med 2019',
        'Miller et al., J Athl Train 2021',
        'T Nation forum threads (anecdotal)',
      ],
    },
    phrases: [
      'cramps on my top set',
      'back cramps when I bench heavy',
      'cramp between my shoulder blades',
      'mid back cramps during bench',
      'seizes up when I arch',
      'rhomboid cramp on heavy sets',
      'only cramps on the heavy sets',
      'cramps when I pull my shoulder blades back',
      'lats cramp in my bench setup',
    ],
  },
  {
    id: 'thoracic_segment_hinging',
    title: 'Arch bending at one or two spots',
    summary:
      'Posts like this often describe a stiff upper spine where the bench or overhead arch seems to bend at one or two levels, with cramping or guarding right there.',
    mechanism:
      'A coaching idea: if most of the thoracic spine is stiff, extension comes from one or two more mobile levels (often near T5–T6 or T11–T12), and nearby muscles clamp down to guard them. Plausible but untested.',
    profile: {
      for: {
        mid_back: 3,
        bench: 2,
        ohp: 2,
        cramp: 2,
        during_setup: 2,
        heavy_sets_only: 2,
        stiffness: 2,
        upper_back: 1,
        weeks_long: 1,
      },
      against: { radiating: 2, next_days: 2, at_rest_or_night: 2, lower_back: 2, running: 1, sudden_onset: 1 },
    },
    tryThis: [
      {
        text: 'Mobilise the upper back over a foam roller before pressing, a few levels at a time.',
        grade: 'anecdotal',
        note: 'Lifters report relief; no trials.',
      },
      { text: 'Lift the chest from the whole upper back rather than bending at one point.', grade: 'anecdotal' },
      { text: 'Ask a physio to check which segments move and which do not.', grade: 'C' },
    ],
    caveats: ['The "pop" from rolling the spine can feel good but does not show that anything was out of place.'],
    seeProfessional: `A physio can assess how your spine moves. ${UPPER_BACK_URGENT}`,
    evidence: {
      level: 'anecdotal',
      summary: 'A coaching hypothesis; no trials.',
      references: ['T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'my spine hinges at one spot',
      'stiff thoracic spine',
      'arch bends at one point',
      'lacrosse ball on my spine before bench',
      'upper back cracks when I foam roll',
      't-spine feels locked',
      'hypermobile segment',
      // The seed's own case (a lifter's account of the idea): leaning back to set up a heavy overhead press, the
      // spine bends back at one spot instead of along its length.
      'my spine hinges back at one spot when I lean back for a heavy overhead press',
    ],
  },
  {
    id: 'neuromuscular_fatigue',
    title: 'Fatigue-driven cramp or spasm',
    summary:
      'Posts like this often describe a cramp, spasm or hard pump that builds as a muscle tires late in a session, run or race, often in people who have cramped before.',
    mechanism:
      'The leading theory: as a muscle tires, its stretch sensors fire more and the tendon sensors that calm it fire less, so the nerve keeps driving it. In Ironman racers, earlier cramping and a fast start predicted cramps; blood salts and fluid loss did not.',
    profile: {
      for: {
        cramp: 2,
        pump: 2,
        during_sets: 2,
        during_run: 2,
        prior_cramps: 2,
        fatigued: 3,
        heavy_sets_only: 1,
        after_session: 2,
        load_jump: 2,
        new_program_or_exercise: 1,
        lower_back: 1,
        mid_back: 1,
        tightness: 1,
        running: 1,
      },
      against: { radiating: 3, numbness_tingling: 2, next_days: 2, at_rest_or_night: 2, during_setup: 1 },
    },
    tryThis: [
      STRETCH_CRAMP,
      { text: 'Ease off once a cramp starts and rest before the next set or mile.', grade: 'C' },
      {
        text: 'Build endurance in the muscle that cramps: more reps, shorter and more frequent runs.',
        grade: 'C',
        note: 'Miller 2021 suggests strength or neuromuscular training where fatigue is the trigger.',
      },
      { text: 'Pace long efforts; going out harder than your fitness allows predicts cramps.', grade: 'C' },
      NO_QUININE,
    ],
    caveats: [
      'Cramps probably come in more than one type; fatigue explains many but not all.',
      'Past cramping is the strongest predictor of the next one, so expect repeats while fitness catches up.',
    ],
    seeProfessional: CRAMP_SEE_PROFESSIONAL,
    evidence: {
      level: 'moderate',
      summary: 'Cramp models, cohort and animal studies; not proven.',
      references: ['Schwellnus, BJSM 2009', 'Schwellnus et al., BJSM 2011 (Ironman cohort)', 'Miller et al., J Athl Train 2021'],
    },
    phrases: [
      'cramps up late in the session',
      'back spasms on the last sets',
      'back locks up when I am gassed',
      'spasm after a max effort',
      'cramps near the end of my run',
      'always cramp when tired',
      'pump turns into a cramp',
      'muscles give out then cramp',
      // Bound to training, not to rest: the fatigue account, in the words of the time course.
      'only cramps on training days',
      'never on rest days',
      'fine on my off days',
      'only on days I lift',
      'only after a hard session',
    ],
  },
  {
    id: 'dehydration_electrolytes',
    title: 'Fluid and salt loss',
    summary:
      'Posts like this often blame cramps on sweat, heat or low electrolytes, usually after long sessions, races or heavy salty sweating.',
    mechanism:
      'The water-and-salt theory rests mostly on anecdotes and small case series; four prospective studies found crampers no more dehydrated, with normal blood salts. Heavy salty sweaters and ultra events may be exceptions, with widespread cramps and twitching.',
    profile: {
      for: { hot_or_dehydrated: 3, cramp: 2, prior_cramps: 1, running: 1, during_run: 1, after_session: 1 },
      against: { heavy_sets_only: 2, during_setup: 2, radiating: 2, while_stretching: 1, sharp_pain: 1, next_days: 1 },
    },
    tryThis: [
      DRINK_TO_THIRST,
      {
        text: 'For long events in heat, a salty snack or sports drink is reasonable.',
        grade: 'C',
        note: 'May help heavy salty sweaters; not shown to prevent cramps in general.',
      },
      PICKLE_JUICE,
      NO_MAGNESIUM,
      NO_QUININE,
    ],
    caveats: [
      'A cramp in one back muscle on one lift is very unlikely to be a salt or water problem.',
      'Bananas, potassium and "drink more" are the usual forum answers; none is backed by trials for cramps.',
      'Forcing down litres of water to prevent cramps is dangerous: it has caused fatal low sodium.',
    ],
    seeProfessional: `${LOW_SODIUM_EMERGENCY} ${CRAMP_SEE_PROFESSIONAL}`,
    evidence: {
      level: 'limited',
      summary: 'Prospective studies mostly do not support it.',
      references: [
        'Schwellnus, BJSM 2009',
        'Maughan & Shirreffs, Sports Med 2019',
        'Garrison et al., Cochrane 2020',
        'Miller, Curr Sports Med Rep 2015',
      ],
    },
    phrases: [
      'need more electrolytes',
      'probably dehydrated',
      'low on potassium',
      'eat a banana for cramps',
      'sweating buckets',
      'hot gym and cramping',
      'salt tabs',
      'magnesium for cramps',
      'pickle juice',
    ],
  },
  {
    id: 'overstretching',
    title: 'Stretching too far or too hard',
    summary:
      'Posts like this often describe the back seizing during a stretch, especially when pushing deep, holding long, bouncing or arching into it.',
    mechanism:
      'Arching or bending hard leaves the muscles on the other side short and working, the setup lab studies use to trigger cramps; forcing a cold or tired muscle can also tweak it. Not studied directly in the back.',
    profile: {
      for: { stretching: 3, while_stretching: 3, cramp: 2, tightness: 1, sharp_pain: 1, lower_back: 1 },
      against: { during_sets: 2, during_run: 2, heavy_sets_only: 2, next_days: 1, radiating: 1 },
    },
    tryThis: [
      {
        text: 'Stop the stretch and gently stretch the other way (curl forward after an arching stretch) until the cramp lets go.',
        grade: 'A',
        note: STRETCH_CRAMP.note,
      },
      { text: 'Warm up first, then stretch to mild tension for 15–30 seconds without bouncing.', grade: 'C' },
      { text: 'Build range over weeks rather than in one session.', grade: 'C' },
    ],
    caveats: [
      'Stretching eases a cramp in progress, but one lab study found a single stretch did not make the next cramp harder to trigger.',
      'If a stretch brings on tingling or pain down a limb, stop: a nerve rather than a muscle may be involved.',
    ],
    seeProfessional: `See a GP or physio if stretching brings on pain or tingling down a limb, or cramps keep returning. ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'Reasoned from lab cramp models; unstudied in the back.',
      references: ['Maughan & Shirreffs, Sports Med 2019', 'Miller et al., J Athl Train 2021'],
    },
    phrases: [
      'back cramps when I stretch',
      'seized up mid stretch',
      'cramped doing cobra',
      'spasm when I arch back',
      'stretching makes my back cramp',
      'pushed the stretch too far',
      'locked up during yoga',
      'cramp holding a stretch',
    ],
  },
];
