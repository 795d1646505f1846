/**
 * Advice that several catalog entries give, worded once so it stays consistent.
 * Grades follow research/clinical-facts.md: Miller et al. 2021 (SORT grades for exercise cramps),
 * ACP 2017 and NICE NG59 (back pain), and the NHS back-pain tiers for when to get help.
 */
import type { TryStep } from './types';

/*
 * "When to see a professional" names the tiers ("the same day", "emergency help now") and never a phone
 * number: the cause card adds the reader's local numbers and same-day route from lib/wording/local-help.ts,
 * the one source the triage banner and the reply use too.
 */

/** The NHS "same day" and "999" tiers for low and mid back pain (clinical-facts.md §1.1). */
export const URGENT_AND_EMERGENCY =
  'Get medical advice the same day for fever, unexplained weight loss, or pain that is worse at night or not eased by rest. ' +
  'Get emergency help now for numbness around the groin or buttocks, trouble peeing or loss of bladder or bowel control, or numbness or weakness in both legs.';

/** The NHS tiers that matter most for pain between the shoulders (clinical-facts.md §1.1–1.2). */
export const UPPER_BACK_URGENT =
  'Get medical advice the same day for pain between the shoulders that is constant or not tied to lifting, fever or weight loss. ' +
  'Get emergency help now for chest pain, breathlessness, or a sudden tearing pain.';

/**
 * Exercise-associated hyponatraemia (clinical-facts.md §2: deaths after overdrinking to prevent cramps):
 * its warning signs are an emergency, whatever else the post describes.
 */
export const LOW_SODIUM_EMERGENCY =
  'Get emergency help now for confusion, vomiting or a severe headache during or after long exercise, especially after drinking a lot: these can mean dangerously low blood sodium.';

/** When cramps, rather than pain, need a clinician (Miller 2021 severity continuum; rhabdomyolysis, §2.5). */
export const CRAMP_SEE_PROFESSIONAL =
  'A cramp that lets go within minutes rarely needs a clinic. See a GP if cramps come often without exercise, come with weakness or twitching at rest, ' +
  'or started with a new medicine. Get emergency help now for severe pain and swelling with dark, cola-coloured urine after a hard session.';

export const NOT_IMPROVING = 'See a GP or physio if it is no better after 4–6 weeks or keeps stopping your training.';

export const STRETCH_CRAMP: TryStep = {
  text: 'When it grips, ease out of the position and gently stretch the cramping muscle until it lets go.',
  grade: 'B',
  note: 'Grade A for limb cramps, the best-supported cramp treatment (Miller 2021); not studied in back muscles, so graded B here.',
};

export const PICKLE_JUICE: TryStep = {
  text: 'A small swig of pickle juice (under 100 mL) may shorten a cramp.',
  grade: 'B',
  note: 'Small lab studies of induced foot cramps; one small trial found it no better than water.',
};

export const DRINK_TO_THIRST: TryStep = {
  text: 'Drink to thirst around training; extra water beyond that does not prevent cramps.',
  grade: 'C',
  note: 'Overdrinking to ward off cramps has caused deaths from low blood sodium.',
};

export const NO_MAGNESIUM: TryStep = {
  text: "Don't count on magnesium supplements to stop cramps.",
  grade: 'not_supported',
  note: 'A Cochrane review of 11 trials found no meaningful effect on idiopathic cramps; it was never tested in exercise cramps.',
};

export const NO_QUININE: TryStep = {
  text: 'Never take quinine or tonic water for cramps.',
  grade: 'avoid',
  note: 'The 2021 consensus recommends against it at grade A.',
};

export const STAY_ACTIVE: TryStep = {
  text: 'Keep gently active within comfort rather than resting in bed.',
  grade: 'B',
  note: 'NICE NG59 advice for low back pain.',
};

export const HEAT: TryStep = {
  text: 'Use a heat pack on the sore area for the first few days.',
  grade: 'B',
  note: 'ACP 2017: moderate-quality evidence in acute low back pain.',
};

export const DELOAD: TryStep = {
  text: 'Cut load or volume back for a week, then build up again in steady steps.',
  grade: 'C',
  note: 'Coaching consensus; not trialled for back pain.',
};
