import type { RedFlagHit } from '@/lib/analysis/types';
import type { RedFlag, TriageTier } from '@/lib/features';
import { FEATURE_LABELS } from '@/lib/feature-labels';
import { EMERGENCY_SAFETY_NET, TRIAGE_ADVICE } from '@/lib/wording/triage-advice';

export interface TriageBannerProps {
  tier: TriageTier;
  redFlags: readonly RedFlagHit[];
  /** Warning signs the reader answered "not sure" to. */
  unsure?: readonly RedFlag[];
}

/**
 * The triage tier and what to do about it. Always rendered, with `data-triage`, and always first:
 * an emergency is an alert in strong colours above everything else.
 */
export function TriageBanner({ tier, redFlags, unsure = [] }: TriageBannerProps) {
  const { title, advice } = TRIAGE_ADVICE[tier];
  const emergency = tier === 'emergency';
  const raising = redFlags.filter((hit) => hit.tier === tier);
  const others = redFlags.filter((hit) => hit.tier !== tier);
  return (
    <section
      class="sp-triage"
      data-triage={tier}
      role={emergency ? 'alert' : undefined}
      aria-labelledby="sp-triage-title"
    >
      <h2 id="sp-triage-title" tabIndex={-1}>
        {emergency && (
          <span class="sp-triage-icon" aria-hidden="true">
            ⚠
          </span>
        )}
        {title}
      </h2>
      {raising.length > 0 && <FlagList intro="Because of:" hits={raising} />}
      <p>{advice}</p>
      {others.length > 0 && <FlagList intro="Also mentioned:" hits={others} />}
      {unsure.length > 0 && (
        <p data-unsure-flags>
          You were not sure about: {unsure.map((flag) => FEATURE_LABELS[flag]).join('; ')}. If any of these might be
          true, treat it as a yes and get checked.
        </p>
      )}
      {!emergency && <p>{EMERGENCY_SAFETY_NET}</p>}
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
          </li>
        ))}
      </ul>
    </>
  );
}
