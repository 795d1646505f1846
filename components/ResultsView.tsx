import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment } from '@/lib/analysis/types';
import type { CauseEntry } from '@/lib/catalog/types';
import type { RedFlag } from '@/lib/features';
import { CauseCard } from './CauseCard';
import { Disclaimer } from './Disclaimer';
import { TriageBanner } from './TriageBanner';

export type CauseLookup = (id: string) => CauseEntry | undefined;

export interface ResultsViewProps {
  assessment: Assessment;
  /** Finds a ranked cause's catalog entry (the catalog's `getCause`). */
  lookup: CauseLookup;
  /** How many causes to show before "Show more". */
  initialCount?: number;
  /** False after an emergency answer stopped the questionnaire: only the advice is shown. */
  showCauses?: boolean;
  /** Open every cause's details (while printing). */
  expandAll?: boolean;
  unsureRedFlags?: readonly RedFlag[];
  /** Shown after the triage banner and before the causes (the side panel's "what Spotter read"). */
  beforeCauses?: ComponentChildren;
  /**
   * With no warning signs, show the banner (the safety net: when to get help) after the causes
   * rather than before them. Red flags always come first.
   */
  selfCareBannerLast?: boolean;
}

/** An assessment as the reader sees it: the triage banner first, then the ranked causes, best first. */
export function ResultsView({
  assessment,
  lookup,
  initialCount = 5,
  showCauses = true,
  expandAll = false,
  unsureRedFlags = [],
  beforeCauses,
  selfCareBannerLast = false,
}: ResultsViewProps) {
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  // The "Show more" button disappears when pressed; keyboard focus moves to the first cause it revealed.
  useEffect(() => {
    if (!showAll) return;
    listRef.current?.querySelectorAll<HTMLElement>('[data-cause-id]')[initialCount]?.focus();
  }, [showAll, initialCount]);
  const ranked = assessment.causes.map((cause) => {
    const entry = lookup(cause.id);
    // The ranker only ranks catalog entries; a miss means the two disagree, which must not pass silently.
    if (!entry) throw new Error(`Ranked cause "${cause.id}" is not in the catalog`);
    return { ranked: cause, entry };
  });
  const shown = showAll ? ranked : ranked.slice(0, initialCount);
  const bestScore = ranked[0]?.ranked.score ?? 0;
  const hidden = ranked.length - shown.length;
  const bannerLast = selfCareBannerLast && assessment.triage === 'self_care' && unsureRedFlags.length === 0;
  const banner = <TriageBanner tier={assessment.triage} redFlags={assessment.redFlags} unsure={unsureRedFlags} />;
  return (
    <div class="sp-results" data-spotter-results>
      {!bannerLast && banner}
      {beforeCauses}
      {showCauses &&
        (ranked.length === 0 ? (
          <p>Spotter could not match this to any cause it knows. If it keeps bothering you, see a GP or physio.</p>
        ) : (
          <section aria-labelledby="sp-causes-title">
            <h2 id="sp-causes-title">
              {assessment.triage === 'emergency'
                ? 'Other things posts like this describe (only once you have been checked)'
                : 'What posts like this often describe'}
            </h2>
            <ol class="sp-causes" ref={listRef}>
              {shown.map(({ ranked: cause, entry }, index) => (
                <li key={cause.id}>
                  <CauseCard
                    ranked={cause}
                    cause={entry}
                    position={index + 1}
                    bestScore={bestScore}
                    open={expandAll || index === 0}
                  />
                </li>
              ))}
            </ol>
            {hidden > 0 && (
              <p class="sp-more">
                <button type="button" class="sp-button" onClick={() => setShowAll(true)}>
                  Show {hidden} more {hidden === 1 ? 'cause' : 'causes'}
                </button>
              </p>
            )}
          </section>
        ))}
      {bannerLast && banner}
      <Disclaimer />
    </div>
  );
}
