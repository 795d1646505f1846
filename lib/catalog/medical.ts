/** Causes outside training that show up as back pain; the red flags decide the tier (clinical-facts.md §1, §2.5). */
import type { CauseEntry } from './types';

export const MEDICAL_CAUSES: readonly CauseEntry[] = [
  {
    id: 'medical_condition',
    title: 'A medical cause outside the muscles',
    summary:
      'Posts like this sometimes describe back pain with fever, weight loss, night pain, chest pain or dark urine, which points away from training and towards a medical check.',
    mechanism:
      'Infection, fracture, cancer, inflammatory arthritis, kidney problems, heart or aortic disease and exertional rhabdomyolysis (muscle breakdown after extreme exercise) can all cause back pain; mid-back pain has such causes more often. They are rare (about 1 in 100 in primary care), and one mild sign alone is usually harmless.',
    profile: {
      for: {
        fever: 3,
        weight_loss: 3,
        night_or_rest_pain: 3,
        chest_pain: 3,
        dark_urine_severe_pain: 3,
        thoracic_constant: 3,
        cancer_history: 2,
        steroids_immunosuppressed: 2,
        lump_or_deformity: 2,
        major_trauma: 2,
        at_rest_or_night: 2,
        progressive_weakness: 1,
        not_improving: 1,
        saddle_numbness: 1,
        bladder_bowel: 1,
        both_legs_neuro: 1,
      },
      against: { heavy_sets_only: 2, during_setup: 2, pump: 1, while_stretching: 1 },
    },
    tryThis: [{ text: 'Do not train, stretch or foam roll through these signs; get checked first.', grade: 'C' }],
    caveats: [
      'A kidney infection can feel like a back strain: flank pain with a fever needs a doctor.',
      'Severe pain and swelling with dark urine after an extreme session is an emergency, not ordinary soreness.',
      'Age alone, or one mild sign, is not a reason to panic; clusters of signs are what matter.',
    ],
    seeProfessional:
      'Get emergency help now for chest pain or breathlessness, severe pain with dark cola-coloured urine, pain after a serious accident, numbness around the groin, bladder or bowel changes, or weakness in both legs. ' +
      "Get medical advice the same day for fever, unexplained weight loss, pain worse at night or not eased by rest, a lump or change in the back's shape, or pain between the shoulders that is not tied to lifting.",
    evidence: {
      level: 'strong',
      summary: 'In all guidelines, though single flags predict poorly.',
      references: [
        'NICE NG59',
        'NHS back pain guidance',
        'Henschke et al., Arthritis Rheum 2009',
        'Finucane et al., JOSPT 2020 (IFOMPT)',
      ],
    },
    phrases: [
      'back pain and a fever',
      'pain wakes me up at night',
      'losing weight without trying',
      'chest pain and back pain',
      'pee is dark brown',
      'pain between my shoulder blades even at rest',
      'hurts no matter what position',
      'back hurts and I feel ill',
      'stress fracture',
      'bone scan showed a fracture',
    ],
  },
];
