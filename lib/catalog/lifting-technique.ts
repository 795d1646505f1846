/** Bar placement, tension and position faults in squats, pulls and presses (clinical-facts.md §3; seed on soreness after squats). */
import { NOT_IMPROVING, UPPER_BACK_URGENT, URGENT_AND_EMERGENCY } from './shared';
import type { CauseEntry } from './types';

export const LIFTING_TECHNIQUE_CAUSES: readonly CauseEntry[] = [
  {
    id: 'bar_position',
    title: 'Bar placement on the back',
    summary:
      'Posts like this often describe soreness across the traps, neck or upper back after squats, often with the bar sitting too high or shifting during sets.',
    mechanism:
      'A high bar sits on the upper traps just below the bony bump at the base of the neck (C7); any higher presses on the spine. A low bar sits a few centimetres lower on the rear delts. Pain on bone or the midline suggests placement; pain in muscle suggests fatigue or tension.',
    profile: {
      for: {
        squat: 3,
        upper_back: 3,
        neck: 3,
        soreness: 2,
        after_session: 2,
        during_sets: 1,
        sharp_pain: 1,
        new_program_or_exercise: 1,
      },
      against: { running: 2, bench: 2, radiating: 2, lower_back: 1, cramp: 1, pump: 1 },
    },
    tryThis: [
      {
        text: 'Seat the bar on muscle, not bone: squeeze the shoulder blades together and bring the elbows under the bar.',
        grade: 'C',
        note: 'Coaching consensus.',
      },
      { text: 'Try a slightly lower position, or a low-bar squat.', grade: 'C' },
      { text: 'A towel or pad for a few sessions can ease pressure while you adjust.', grade: 'anecdotal' },
    ],
    caveats: ['A pad can hide a placement problem; fix the position first.'],
    seeProfessional: `See a physio if neck pain spreads into an arm or comes with tingling, or lasts more than a few weeks. ${UPPER_BACK_URGENT}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'Coaching knowledge; not studied as a cause of pain.',
      references: ['Squat coaching articles (expert opinion)'],
    },
    phrases: [
      'bar digs into my spine',
      'bar sits on my neck',
      'high bar hurts my neck',
      'bar on my C7',
      'bar rolls up my back',
      'switched to low bar',
      'bony bump hurts after squats',
    ],
  },
  {
    id: 'bar_pressure_bruising',
    title: 'Bruising from bar pressure',
    summary:
      'Posts like this often describe a tender, sometimes discoloured patch where the bar rests, after heavier or more frequent squats.',
    mechanism:
      'A heavy bar pressing soft tissue against bone can bruise it, especially with little padding or a new bar position. It usually fades within days as the area adapts.',
    profile: {
      for: { squat: 3, upper_back: 3, soreness: 2, after_session: 2, next_days: 1, neck: 1, load_jump: 1 },
      against: { cramp: 2, radiating: 2, running: 2, lower_back: 2, pump: 1, tightness: 1 },
    },
    tryThis: [
      { text: 'Give it a few days and squat heavy less often until the tenderness settles.', grade: 'C' },
      { text: 'Keep the upper back tight so the bar sits on a shelf of muscle.', grade: 'C' },
    ],
    caveats: [
      'If the skin looks normal and the ache is in the muscle, soreness or tension is more likely than bruising.',
      'Bruises that appear without pressure, or easily elsewhere, are worth showing a GP.',
    ],
    seeProfessional: `See a GP if bruising appears easily elsewhere or tenderness lasts beyond a couple of weeks. ${UPPER_BACK_URGENT}`,
    evidence: {
      level: 'anecdotal',
      summary: 'Lifter and coach reports; not studied.',
      references: ['Lifting forums and coaching articles (anecdotal)'],
    },
    phrases: [
      'bruise from the bar',
      'bar leaves a mark on my back',
      'tender where the bar sits',
      'sore spot from the barbell',
      'upper back bruised after squats',
      'bar mark on my traps',
    ],
  },
  {
    id: 'overtension',
    title: 'Too much tension, held too long',
    summary:
      'Posts like this often describe tight, sore traps or upper back after squats or presses, or a back that cramps from being braced or shrugged hard for a whole set.',
    mechanism:
      'Holding the traps, upper back or arch near maximal tension through long sets gives those muscles a lot of extra work, with soreness and sometimes cramp. Heavy lifts need tension, just not more or for longer than the lift needs. Not studied.',
    profile: {
      for: {
        upper_back: 2,
        neck: 2,
        squat: 2,
        bench: 2,
        soreness: 2,
        tightness: 2,
        after_session: 2,
        cramp: 1,
        during_sets: 1,
        heavy_sets_only: 1,
        mid_back: 1,
        lower_back: 1,
      },
      against: { radiating: 2, numbness_tingling: 2, next_days: 1, sudden_onset: 1 },
    },
    tryThis: [
      { text: 'Brace hard for each rep, then let the shoulders and neck relax between reps and sets.', grade: 'C' },
      { text: 'Film a set to see whether you shrug into the bar or over-arch.', grade: 'C' },
    ],
    caveats: ['Some upper-back soreness after heavy squats is normal: holding the bar is hard work.'],
    seeProfessional: `${NOT_IMPROVING} ${UPPER_BACK_URGENT}`,
    evidence: {
      level: 'anecdotal',
      summary: 'Coaching and lifter experience; untested.',
      references: ['Squat coaching articles (expert opinion)', 'T Nation forum threads (anecdotal)'],
    },
    phrases: [
      'traps are sore after squats',
      'shrugging the bar',
      'too tense when I squat',
      'tight traps after bench',
      'lower back spasms on heavy bench',
      'squeeze my upper back too hard',
      'neck tight after lifting',
      'knot in my trap when I press',
    ],
  },
  {
    id: 'upper_back_rounding',
    title: 'Upper back rounding under load',
    summary:
      'Posts like this often describe upper or mid-back fatigue or pain when the chest drops and the upper back folds forward on heavy squats or deadlifts.',
    mechanism:
      'When the upper back cannot hold the bar against its forward pull, the thoracic spine rounds and its muscles work at a disadvantage. Some rounding is common in strong deadlifters; losing position late in heavy sets is the usual complaint.',
    profile: {
      for: {
        squat: 2,
        deadlift: 2,
        upper_back: 2,
        mid_back: 2,
        heavy_sets_only: 2,
        soreness: 1,
        during_sets: 1,
        after_session: 1,
      },
      against: { bench: 2, radiating: 2, running: 1, stretching: 1 },
    },
    tryThis: [
      { text: 'Strengthen the upper back: rows, front squats, paused squats.', grade: 'C' },
      { text: 'Use a load at which the chest stays up for every rep.', grade: 'C' },
    ],
    caveats: ['Mild upper-back rounding is not dangerous in itself; many strong deadlifters pull that way.'],
    seeProfessional: `${NOT_IMPROVING} ${UPPER_BACK_URGENT}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'Coaching experience; not studied.',
      references: ['Squat coaching articles (expert opinion)'],
    },
    phrases: [
      'losing my upper back',
      'chest caves on heavy squats',
      'upper back rounds on deadlifts',
      'folding forward out of the hole',
      'cannot keep my chest up',
      'upper back collapses',
    ],
  },
  {
    id: 'overextension',
    title: 'Over-arching the back',
    summary:
      'Posts like this often describe back pain from arching too hard: leaning back at a deadlift lockout, an exaggerated chest-up squat, or on overhead presses.',
    mechanism:
      'Forcing the spine into extension under load compresses the small joints at the back of the vertebrae and keeps the erectors working hard; cues like "big chest" are easy to overdo. In young athletes, repeated loaded arching is linked to stress fractures.',
    profile: {
      for: {
        ohp: 2,
        squat: 2,
        lower_back: 2,
        deadlift: 1,
        bench: 1,
        mid_back: 1,
        upper_back: 1,
        sharp_pain: 1,
        soreness: 1,
        during_sets: 1,
        young_extension_pain: 1,
      },
      against: { running: 1, pump: 1, next_days: 1, radiating: 1 },
    },
    tryThis: [
      { text: 'Finish a deadlift by standing tall with the glutes rather than leaning back.', grade: 'C' },
      { text: 'Keep the ribs down and the trunk braced on presses and squats.', grade: 'C' },
    ],
    caveats: ['A strong bench arch is common and legal; pain is the signal, not the arch itself.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'expert_opinion',
      summary: 'Coaching and clinical reasoning.',
      references: ['Squat coaching articles (expert opinion)', 'Ross et al., JBJS Rev 2023'],
    },
    phrases: [
      'hyperextend at lockout',
      'leaning back at the top',
      'over-arching my lower back',
      'arching too much on overhead press',
      'chest up too much',
      'lower back hurts when I lean back',
    ],
  },
  {
    id: 'forward_lean',
    title: 'Excessive forward lean',
    summary:
      'Posts like this often describe the lower back doing the work when the chest drops and the hips shoot up in squats, or when leaning far forward on runs.',
    mechanism:
      'The more the trunk leans, the longer the lever the back extensors hold. Low-bar squats and long thighs lean more by design, and runners with stronger hip extensors lean further, so lean alone is not a fault; it matters when it grows with fatigue.',
    profile: {
      for: {
        squat: 3,
        lower_back: 3,
        running: 2,
        during_run: 1,
        during_sets: 1,
        heavy_sets_only: 1,
        soreness: 1,
        tightness: 1,
        pump: 1,
        fatigued: 1,
      },
      against: { bench: 2, radiating: 2, upper_back: 1, sudden_onset: 1 },
    },
    tryThis: [
      { text: 'Use a load at which your torso angle holds; front or goblet squats help practise an upright trunk.', grade: 'C' },
      { text: 'Film from the side to see where the lean starts.', grade: 'C' },
    ],
    caveats: ['Leaning forward is normal in low-bar squats and in running; it is not a fault on its own.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'Biomechanics; lean not shown to cause pain.',
      references: ['J Athl Train 2016;51(7):519', 'Squat coaching articles (expert opinion)'],
    },
    phrases: [
      'my squat turns into a good morning',
      'hips shoot up first',
      'leaning too far forward',
      'chest drops in the hole',
      'my back takes over instead of my legs',
      'lean forward when I run',
    ],
  },
  {
    id: 'butt_wink',
    title: 'Butt wink at the bottom of the squat',
    summary:
      'Posts like this often describe the pelvis tucking and the lower back rounding at the bottom of deep squats, with a lower-back ache after higher-volume days.',
    mechanism:
      'Near full depth the pelvis tilts back and the lumbar spine flexes. Hip shape, mobility and stance play a part; a narrower stance increases it. Some tilt is normal, whether it causes pain is unclear, and one technique session did not change it.',
    profile: {
      for: { squat: 3, lower_back: 3, soreness: 1, after_session: 1, during_sets: 1, load_jump: 1, si_glute: 1 },
      against: { running: 2, bench: 2, upper_back: 2, mid_back: 1, radiating: 1 },
    },
    tryThis: [
      { text: 'Squat to a box just above the depth where the tuck starts, and work down over weeks.', grade: 'C' },
      { text: 'Try a slightly wider stance with the toes turned out.', grade: 'C' },
    ],
    caveats: ['A small tuck at full depth is common and not dangerous in itself; fear of it is often overblown.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'Causes unclear; one small technique trial.',
      references: ['Squat University (expert opinion)', 'Appl Sci 2025 (n=42)'],
    },
    phrases: [
      'butt wink',
      'pelvis tucks under at the bottom',
      'lower back rounds at the bottom of my squat',
      'posterior pelvic tilt',
      'rounding in the hole',
    ],
  },
  {
    id: 'bracing',
    title: 'Bracing and belt use',
    summary:
      'Posts like this often describe the lower back aching or giving out on heavy squats or pulls when the breath and brace are lost, or after going beltless.',
    mechanism:
      'Breathing in and bracing stiffens the trunk before the load arrives. In a small lab study a stiff belt cut spinal compression by about 10%, but only when the lifter breathed in first. Losing the brace mid-set shifts load onto the back muscles.',
    profile: {
      for: {
        deadlift: 3,
        squat: 2,
        lower_back: 2,
        heavy_sets_only: 2,
        heavy_low_rep_focus: 1,
        during_sets: 1,
        sudden_onset: 1,
        soreness: 1,
        bench: 1,
      },
      against: { running: 2, neck: 2, upper_back: 1, stretching: 1 },
    },
    tryThis: [
      { text: 'Breathe in and brace before each rep, and reset between reps if the brace slips.', grade: 'C' },
      {
        text: 'A lifting belt helps most when you breathe in before the lift.',
        grade: 'C',
        note: 'One small lab study (9 lifters) of spinal load, not of pain or injury.',
      },
    ],
    caveats: ['A belt does not replace bracing, and bracing does not make a bad load safe.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'One small belt study; bracing is coaching consensus.',
      references: ['Spine 2006;31:E833 (belt study)', 'Ross et al., JBJS Rev 2023'],
    },
    phrases: [
      'lost my brace',
      'forgot to brace',
      'went beltless and my back hurt',
      'lost tightness on the last rep',
      'core gave out',
      'should I wear a belt',
      'not breathing and bracing properly',
    ],
  },
];
