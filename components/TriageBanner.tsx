import type { RedFlagHit } from '@/lib/analysis/types';
import type { RedFlag, TriageTier } from '@/lib/features';
import { FEATURE_LABELS } from '@/lib/feature-labels';
import type { LocalHelp } from '@/lib/wording/local-help';
import {
  EMERGENCY_KIND_LINE,
  WHOLE_POST_READING,
  THREAD_TITLE_READING,
  emergencyExplanations,
  emergencySafetyNet,
  tierAdvice,
} from '@/lib/wording/triage-advice';
import { EmergencyNumbers } from './EmergencyNumbers';
import { readerLocalHelp } from './reader-help';

export interface TriageBannerProps {
  tier: TriageTier;
  redFlags: readonly RedFlagHit[];
  /** Warning signs the reader answered "not sure" to. */
  unsure?: readonly RedFlag[];
  /** Where the reader gets help. @default the browser's language region */
  help?: LocalHelp;
}

/**
 * The triage tier and what to do about it. Always rendered, with `data-triage`, and always first.
 * An emergency is an alert in strong colours that says only what matters: the advice, the local
 * number first, the signs Spotter read, what they can mean, and one kind line; nothing reassures.
 */
export function TriageBanner({ tier, redFlags, unsure = [], help = readerLocalHelp() }: TriageBannerProps) {
  const { title, advice } = tierAdvice(tier, help);
  const emergency = tier === 'emergency';
  const raising = redFlags.filter((hit) => hit.tier === tier);
  const others = redFlags.filter((hit) => hit.tier !== tier);
  return (
    <section class="sp-triage" data-triage={tier} role={emergency ? 'alert' : undefined} aria-labelledby="sp-triage-title">
      <h2 id="sp-triage-title" tabIndex={-1}>
        {emergency && (
          <span class="sp-triage-icon" aria-hidden="true">
            ⚠
          </span>
        )}
        {title}
      </h2>
      <p>{advice}</p>
      {(emergency || tier === 'urgent') && <EmergencyNumbers help={help} />}
      {raising.length > 0 && <FlagList intro={emergency ? 'The warning signs Spotter read:' : 'Because of:'} hits={raising} />}
      {emergency &&
        emergencyExplanations(raising.map((hit) => hit.id)).map((text) => (
          <p key={text} data-emergency-explanation>
            {text}
          </p>
        ))}
      {others.length > 0 && <FlagList intro="Also mentioned:" hits={others} />}
      {unsure.length > 0 && (
        <p data-unsure-flags>
          You were not sure about: {unsure.map((flag) => FEATURE_LABELS[flag]).join('; ')}. If any of these might be true, treat
          it as a yes and get checked.
        </p>
      )}
      {emergency ? <p class="sp-kind">{EMERGENCY_KIND_LINE}</p> : <p>{emergencySafetyNet(help)}</p>}
    </section>
  );
}

function FlagList({ intro, hits }: { intro: string; hits: readonly RedFlagHit[] }) {
  return (
    <>
      <p>{intro}</p>
      <ul>
        {hits.map((hit) => (
          <li key={hit.id} data-red-flag={hit.id}>
            {FEATURE_LABELS[hit.id]}
            {hit.words.length > 0 && ` (“${hit.words.join('”, “')}”)`}
            {hit.read === 'whole_post' && <span data-whole-post>, {WHOLE_POST_READING}</span>}
            {hit.read === 'thread_title' && <span data-thread-title>, {THREAD_TITLE_READING}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
