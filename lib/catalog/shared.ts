/**
 * Advice that several catalog entries give, worded once so it stays consistent.
 * Grades follow research/clinical-facts.md: Miller et al. 2021 (SORT grades for exercise cramps),
 * ACP 2017 and NICE NG59 (back pain), and the NHS back-pain tiers for when to get help.
 */
import type { TryStep } from './types';

/** The NHS "same day" and "999" tiers for low and mid back pain (clinical-facts.md §1.1). */
export const URGENT_AND_EMERGENCY =
  'Same day (111 or an urgent GP appointment): fever, unexplained weight loss, or pain that is worse at night or not eased by rest. ' +
  'Call 999: numbness around the groin or buttocks, trouble peeing or loss of bladder or bowel control, or numbness or weakness in both legs.';

/** The NHS tiers that matter most for pain between the shoulders (clinical-facts.md §1.1–1.2). */
export const UPPER_BACK_URGENT =
  'Same day (111 or an urgent GP appointment): pain between the shoulders that is constant or not tied to lifting, fever or weight loss. ' +
  'Call 999: chest pain, breathlessness, or a sudden tearing pain.';

/** When cramps, rather than pain, need a clinician (Miller 2021 severity continuum; rhabdomyolysis, §2.5). */
export const CRAMP_SEE_PROFESSIONAL =
  'A cramp that lets go within minutes rarely needs a clinic. See a GP if cramps come often without exercise, come with weakness or twitching at rest, ' +
  'or started with a new medicine. Severe pain and swelling with dark, cola-coloured urine after a hard session needs emergency care.';

export const NOT_IMPROVING = 'See a GP or physio if it is no better after 4–6 weeks or keeps stopping your training.';

export const STRETCH_CRAMP: TryStep = {
  text: 'When it grips, ease out of the position and gently stretch the cramping muscle until it lets go.',
  grade: 'A',
  note: 'The best-supported cramp treatment (Miller 2021), studied in limb cramps rather than back muscles.',
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
  grade: 'avoid',
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
