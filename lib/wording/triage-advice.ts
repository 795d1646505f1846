import type { TriageTier } from '../features';

/**
 * What to do at each triage tier, in plain words. The tiers are the NHS back-pain ones
 * (research/clinical-facts.md §1.1): 999/A&E, an urgent GP appointment or 111 the same day,
 * a GP or physio within days, and self-care. Shared by the banner and the copied reply.
 */
export interface TriageAdvice {
  title: string;
  advice: string;
}

export const TRIAGE_ADVICE: Readonly<Record<TriageTier, TriageAdvice>> = {
  emergency: {
    title: 'Get emergency help now',
    advice:
      'This can be a sign of a serious problem that needs a doctor within hours, such as pressure on the nerves at the base of the spine. ' +
      'Call 999 (UK), 112 (Europe) or 911 (US and Canada), or go to A&E, the emergency department, now. ' +
      'Do not wait to see whether it settles, and stop training.',
  },
  urgent: {
    title: 'Get medical advice today',
    advice:
      'Most back pain is not serious, but this should be checked by a doctor today. ' +
      'Ask your GP for an urgent same-day appointment, or call NHS 111 or your local urgent-care line.',
  },
  soon: {
    title: 'See a GP or physio in the next few days',
    advice:
      'This is worth having examined, though it is rarely an emergency. ' +
      'Book a GP or physiotherapist in the next few days and keep moving gently meanwhile. ' +
      'Get advice the same day if it gets much worse.',
  },
  self_care: {
    title: 'No warning signs mentioned',
    advice:
      'Back cramps, pumps and aches like these usually settle with changes to training and time. ' +
      'See a GP or physio if it is not easing after a few weeks, keeps coming back, or stops you training.',
  },
};

/** The safety net shown below every tier except an emergency, which already says it. */
export const EMERGENCY_SAFETY_NET =
  'Get emergency help at once (999, 112 or 911) if you notice numbness around the genitals or bottom, ' +
  'new trouble peeing or controlling your bowels, numbness or weakness in both legs, or chest pain.';
