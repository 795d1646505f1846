import type { RedFlag, TriageTier } from '../features';
import type { LocalHelp } from './local-help';

/**
 * What to do at each triage tier, in plain words. The tiers are the NHS back-pain ones
 * (research/clinical-facts.md §1.1): emergency services now, a doctor the same day, a GP or physio
 * within days, and self-care. The one wording for the banner, the cause cards and the copied reply;
 * the numbers and the same-day route come from the reader's region (local-help.ts).
 */
export interface TierAdvice {
  title: string;
  /** The advice as one paragraph of text, numbers written out (the banner lists them as elements too). */
  advice: string;
}

export function tierAdvice(tier: TriageTier, help: LocalHelp): TierAdvice {
  const local = help.emergency[0]?.number ?? '112';
  switch (tier) {
    case 'emergency':
      return {
        title: 'Get emergency help now',
        advice:
          `Call ${local} or go to the nearest emergency department (A&E) now. ` +
          'Do not wait to see whether it settles, and stop training.',
      };
    case 'urgent':
      return {
        title: 'Get medical advice today',
        advice: `This should be checked by a doctor today: ${help.sameDay}.`,
      };
    case 'soon':
      return {
        title: 'See a GP or physio in the next few days',
        advice:
          'This is worth having examined, though it is rarely an emergency. ' +
          'Book a GP, family doctor or physiotherapist in the next few days and keep moving gently meanwhile. ' +
          `If it gets much worse, get advice the same day: ${help.sameDay}.`,
      };
    case 'self_care':
      return {
        title: 'No warning signs mentioned',
        advice:
          'Back cramps, pumps and aches like these usually settle with changes to training and time. ' +
          'See a GP or physio if it is not easing after a few weeks, keeps coming back, or stops you training.',
      };
  }
}

/** The emergency signs every non-emergency view and card repeats (NHS 999 list for back pain). */
export const EMERGENCY_SIGNS =
  'numbness around the genitals or bottom, new trouble peeing or controlling your bowels, ' +
  'numbness or weakness in both legs, or chest pain';

/** The safety net below every tier except an emergency, which already says it. */
export function emergencySafetyNet(help: LocalHelp): string {
  const local = help.emergency[0]?.number ?? '112';
  return `Call ${local} at once if you notice ${EMERGENCY_SIGNS}.`;
}

/**
 * Beside a sign read from the post as a whole (lib/analysis/emergency-model.ts) rather than from a phrase: the
 * words shown are only what the post named, so the reader is told where the sign came from.
 */
export const WHOLE_POST_READING = 'read from the post as a whole';
/** Said of a sign a reply shares with its thread's title or opening post ("same here" under a title that tells the sign). */
export const THREAD_TITLE_READING = "in the thread's title or opening post, which this post says it shares";

/** A kind line for an emergency, which neither diagnoses nor reassures. */
export const EMERGENCY_KIND_LINE =
  'This is not a diagnosis, and it may turn out to be nothing serious, but only a doctor can check that: please get help now rather than waiting.';

/**
 * What an emergency sign can mean, so the advice fits the flag (issue 10; research/clinical-facts.md
 * §1.1 cauda equina, §1.2 chest pain, §2.5 exertional rhabdomyolysis). Ordered by how fast help is needed.
 */
const EMERGENCY_EXPLANATIONS: ReadonlyArray<{ flags: readonly RedFlag[]; text: string }> = [
  {
    flags: ['chest_pain'],
    text:
      'Chest pain or breathlessness with back pain can come from the heart or the aorta, the main artery. ' +
      'Call now rather than going yourself, and do not drive yourself.',
  },
  {
    flags: ['saddle_numbness', 'bladder_bowel', 'both_legs_neuro'],
    text:
      'Numbness around the genitals or bottom, bladder or bowel changes, or symptoms in both legs can mean pressure on the nerves ' +
      'at the base of the spine (cauda equina syndrome). It needs a hospital assessment within hours, often with a scan.',
  },
  {
    flags: ['dark_urine_severe_pain'],
    text:
      'Severe muscle pain with dark, cola-coloured urine after hard training can mean muscle breakdown (rhabdomyolysis), ' +
      'which can damage the kidneys. It needs blood tests in an emergency department today; stop training until you have been checked.',
  },
  {
    flags: ['major_trauma'],
    text:
      'Back pain after a crash, a fall from height or a heavy blow needs checking for a broken bone in the spine. ' +
      'If moving hurts or a limb feels numb or weak, keep still and let the emergency services move you.',
  },
];

/** The explanations that fit the emergency flags found, most urgent first; a general line when none fits. */
export function emergencyExplanations(flags: readonly RedFlag[]): string[] {
  const fitting = EMERGENCY_EXPLANATIONS.filter((entry) => entry.flags.some((flag) => flags.includes(flag)));
  if (fitting.length > 0) return fitting.map((entry) => entry.text);
  return ['This can be a sign of a serious problem that needs a doctor within hours.'];
}
