/** Injuries and structural causes: strains, discs, nerve roots, stress fractures, facet joints (clinical-facts.md §1, §3). */
import { HEAT, NOT_IMPROVING, STAY_ACTIVE, URGENT_AND_EMERGENCY } from './shared';
import type { CauseEntry } from './types';

export const STRUCTURAL_CAUSES: readonly CauseEntry[] = [
  {
    id: 'muscle_strain',
    title: 'Muscle strain or ligament sprain',
    summary:
      'Posts like this often describe a sudden sharp pain, pop or twinge during a rep or an awkward movement, followed by a sore, guarded back for days.',
    mechanism:
      'Overloading a muscle or ligament at one moment damages some fibres: pain starts at once, stays local and is worse with certain movements. Among the commonest back injuries in lifters; most settle over days to weeks.',
    profile: {
      for: {
        sharp_pain: 3,
        sudden_onset: 3,
        during_sets: 1,
        deadlift: 1,
        squat: 1,
        lower_back: 1,
        stiffness: 1,
        soreness: 1,
        next_days: 1,
      },
      against: { pump: 2, numbness_tingling: 2, radiating: 1, cramp: 1, weeks_long: 1 },
    },
    tryThis: [
      STAY_ACTIVE,
      HEAT,
      {
        text: 'If you want a painkiller, an anti-inflammatory such as ibuprofen, at the lowest dose for the shortest time, is first line where it is safe for you.',
        grade: 'B',
        note: 'NICE NG59; ask a pharmacist if unsure.',
      },
      { text: 'Return to lifting with light loads and build back over a few weeks.', grade: 'C' },
    ],
    caveats: [
      'A "pop" is common with strains and does not by itself mean serious damage.',
      'Pain spreading below the knee, numbness or weakness points to a nerve rather than a muscle.',
    ],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'moderate',
      summary: 'Well recognised; guideline self-care advice.',
      references: ['Ross et al., JBJS Rev 2023', 'NICE NG59', 'ACP, Qaseem et al. 2017'],
    },
    phrases: [
      'felt a pop',
      'tweaked my back',
      'something twanged',
      'pulled a muscle in my back',
      'pulled something in my back',
      'sharp pain mid rep',
      'threw my back out',
      'back went on the last rep',
      'felt something give',
    ],
  },
  {
    id: 'disc_related',
    title: 'Disc-related pain',
    summary:
      'Posts like this often describe low back pain with pain travelling into the buttock or down a leg, worse with sitting, bending, coughing or sneezing.',
    mechanism:
      'An irritated or bulging disc can hurt locally and, when it presses on a nerve root, send burning or shooting pain below the knee, sometimes with numbness or weakness. Common in adult lifters; most settle without surgery.',
    profile: {
      for: {
        radiating: 3,
        radiating_below_knee: 3,
        cough_sneeze_worse: 3,
        sitting: 2,
        numbness_tingling: 2,
        saddle_numbness: 2,
        bladder_bowel: 2,
        both_legs_neuro: 2,
        lower_back: 1,
        si_glute: 1,
        deadlift: 1,
        morning: 1,
        weeks_long: 1,
      },
      against: { pump: 2, cramp: 1, next_days: 1, heavy_sets_only: 1, upper_back: 1 },
    },
    tryThis: [
      STAY_ACTIVE,
      HEAT,
      { text: 'Ease off loaded bending and long sitting for a while, then rebuild gradually.', grade: 'C' },
    ],
    caveats: [
      'Disc changes on scans are common in people with no pain, so a scan finding is not always the cause.',
      'Numbness around the groin, bladder or bowel changes, or symptoms in both legs need emergency care, even if the pain is mild.',
    ],
    seeProfessional:
      'See a GP or physio within days for pain below the knee or numbness or weakness in one leg; get advice the same day if weakness is getting worse. ' +
      URGENT_AND_EMERGENCY,
    evidence: {
      level: 'strong',
      summary: 'Well described; covered by guidelines.',
      references: ['NICE NG59', 'MSD Manual (lumbosacral radiculopathy)', 'Ross et al., JBJS Rev 2023'],
    },
    phrases: [
      'shoots down my leg',
      'sciatica',
      'herniated disc',
      'bulging disc',
      'hurts when I sneeze',
      'pain down the back of my leg',
      'cannot sit for long',
      'slipped disc',
      'disc problems in my back',
      'disc issues',
      'MRI showed a disc tear',
      'told I have a bad disc',
      'numb foot after deadlifts',
    ],
  },
  {
    id: 'nerve_root_irritation',
    title: 'Irritated or pinched nerve',
    summary:
      'Posts like this often describe burning, electric or shooting pain with tingling or numbness along an arm or leg, sometimes with weakness.',
    mechanism:
      'A nerve root irritated near the spine, by a disc, narrowing or swelling, sends symptoms along its path: neck to arm, or low back to below the knee. Stretches and some positions can provoke it.',
    profile: {
      for: {
        radiating: 3,
        numbness_tingling: 3,
        radiating_arm: 3,
        radiating_below_knee: 2,
        cough_sneeze_worse: 2,
        progressive_weakness: 2,
        neck: 1,
        sitting: 1,
        stretching: 1,
        while_stretching: 1,
      },
      against: { pump: 2, heavy_sets_only: 1, next_days: 1 },
    },
    tryThis: [STAY_ACTIVE, { text: 'Avoid stretches and positions that bring on the tingling.', grade: 'C' }, HEAT],
    caveats: [
      'Weakness that is getting worse, such as a foot that catches, needs same-day assessment.',
      'A hamstring or trap that feels "tight" with tingling may be a nerve rather than a muscle.',
    ],
    seeProfessional: `See a GP or physio within days for pain or tingling into an arm or below the knee, and the same day for weakness that is getting worse. ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'strong',
      summary: 'Well described; most cases improve with time.',
      references: ['MSD Manual (lumbosacral radiculopathy)', 'NICE NG59'],
    },
    phrases: [
      'pinched nerve',
      'tingling down my arm',
      'pins and needles in my leg',
      'electric shock down my leg',
      'numb fingers after pressing',
      'burning down my leg',
      'nerve pain in my back',
    ],
  },
  {
    id: 'spondylolysis',
    title: 'Stress fracture of a vertebra (spondylolysis)',
    summary:
      'Posts like this often come from teenage or young lifters and athletes with low back pain that is worse on arching, overhead pressing or jerks.',
    mechanism:
      'Repeated loaded arching can cause a stress fracture at the back of a lumbar vertebra, usually L5. It explains nearly half of low back pain in adolescent athletes but about 1 in 20 cases in adults. Only imaging can confirm it.',
    profile: {
      for: { young_extension_pain: 3, lower_back: 2, ohp: 2, sharp_pain: 1, soreness: 1, weeks_long: 1, not_improving: 1 },
      against: { upper_back: 3, neck: 3, mid_back: 2, pump: 2, cramp: 1, next_days: 1, sudden_onset: 1 },
    },
    tryThis: [{ text: 'Stop painful arching and overhead work until assessed.', grade: 'C' }],
    caveats: [
      'Being young and sore after training does not by itself mean a fracture; persisting pain on arching is the pattern to watch.',
    ],
    seeProfessional: `Under about 20, low back pain on arching that lasts more than a couple of weeks is worth a GP or sports physio visit within days rather than training through it. ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'moderate',
      summary: 'Established in young athletes; needs imaging.',
      references: [
        'Micheli & Wood, Arch Pediatr Adolesc Med 1995',
        'Masci et al., BJSM 2006',
        'Maquirriain, Aspetar Sports Med J',
      ],
    },
    phrases: [
      'teen lifter with back pain',
      'hurts when I arch my back',
      'pain leaning back on overhead press',
      'stress fracture in my back',
      'pars defect',
      'spondy',
      'back pain on jerks',
    ],
  },
  {
    id: 'facet_degenerative',
    title: 'Facet joint or wear-related pain',
    summary:
      'Posts like this often come from older or long-time lifters with a stiff, achy lower back, worse bending backwards or twisting and first thing.',
    mechanism:
      'The small joints at the back of the spine and the discs change with age and loading, and can hurt on arching and rotation. The same changes are common without pain, so their role in any one back is uncertain.',
    profile: {
      for: { lower_back: 2, stiffness: 2, morning: 2, weeks_long: 2, soreness: 1, ohp: 1, not_improving: 1 },
      against: { young_extension_pain: 2, cramp: 2, pump: 2, sudden_onset: 1, next_days: 1, radiating_below_knee: 1 },
    },
    tryThis: [
      {
        text: 'Keep training with the exercises you tolerate; regular exercise helps long-standing back pain.',
        grade: 'B',
        note: 'ACP 2017: moderate-quality evidence for exercise in chronic low back pain.',
      },
      HEAT,
    ],
    caveats: ['Scans often show wear that is not the source of the pain.'],
    seeProfessional: `${NOT_IMPROVING} ${URGENT_AND_EMERGENCY}`,
    evidence: {
      level: 'limited',
      summary: 'Listed in lifter differentials; hard to confirm.',
      references: ['Ross et al., JBJS Rev 2023', 'ACP, Qaseem et al. 2017'],
    },
    phrases: [
      'arthritis in my spine',
      'degenerative disc disease',
      'facet joint pain',
      'back stiff every morning',
      'hurts to lean back',
      'old lifter with a stiff back',
    ],
  },
];
