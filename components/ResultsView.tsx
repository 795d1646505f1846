import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Assessment } from '@/lib/analysis/types';
import type { CauseEntry } from '@/lib/catalog/types';
import { FEATURE_LABELS } from '@/lib/feature-labels';
import type { RedFlag } from '@/lib/features';
import { causesInShowingOrder } from '@/lib/wording/cause-order';
import { fromThreadNote } from '@/lib/wording/from-thread';
import type { LocalHelp } from '@/lib/wording/local-help';
import { tierAdvice } from '@/lib/wording/triage-advice';
import { CauseCard } from './CauseCard';
import { Disclaimer } from './Disclaimer';
import { BackMapView } from './questionnaire/BackMap';
import { readerLocalHelp } from './reader-help';
import { TriageBanner } from './TriageBanner';

export type CauseLookup = (id: string) => CauseEntry | undefined;

/** How many causes the summary shows before "more causes". */
export const GLANCE_COUNT = 3;

export interface ResultsViewProps {
  assessment: Assessment;
  /** Finds a ranked cause's catalog entry (the catalog's `getCause`). */
  lookup: CauseLookup;
  /** False after an emergency answer stopped the questionnaire: only the advice is shown. */
  showCauses?: boolean;
  /** Open every cause's details (while printing). */
  expandAll?: boolean;
  unsureRedFlags?: readonly RedFlag[];
  /** Shown after the summary and before the causes (the side panel's "what Spotter read"). */
  beforeCauses?: ComponentChildren;
  /**
   * With no warning signs, show the full banner (the safety net: when to get help) after the causes;
   * the summary still names the tier first. Red flags always come first.
   */
  selfCareBannerLast?: boolean;
  /** Where the reader gets help. @default the browser's language region */
  help?: LocalHelp;
}

/**
 * An assessment at a glance: the tier first, a small back map with the regions named, then the
 * causes, best first, each a row with a fit bar and one line of why that opens to its details; the
 * top three show, the rest sit behind "more causes". At an emergency the causes stay collapsed
 * behind a button, below the advice.
 */
export function ResultsView({
  assessment,
  lookup,
  showCauses = true,
  expandAll = false,
  unsureRedFlags = [],
  beforeCauses,
  selfCareBannerLast = false,
  help = readerLocalHelp(),
}: ResultsViewProps) {
  const emergency = assessment.triage === 'emergency';
  const [causesOpen, setCausesOpen] = useState(!emergency);
  const [moreOpen, setMoreOpen] = useState(false);
  const ranked = causesInShowingOrder(assessment).map((cause) => {
    const entry = lookup(cause.id);
    // The ranker only ranks catalog entries; a miss means the two disagree, which must not pass silently.
    if (!entry) throw new Error(`Ranked cause "${cause.id}" is not in the catalog`);
    return { ranked: cause, entry };
  });
  const bestScore = Math.max(0, ...ranked.map(({ ranked: cause }) => cause.score));
  const bannerLast = selfCareBannerLast && assessment.triage === 'self_care' && unsureRedFlags.length === 0;
  const banner = <TriageBanner tier={assessment.triage} redFlags={assessment.redFlags} unsure={unsureRedFlags} help={help} />;
  const card = ({ ranked: cause, entry }: (typeof ranked)[number], index: number) => (
    <li key={cause.id}>
      <CauseCard ranked={cause} cause={entry} position={index + 1} bestScore={bestScore} help={help} open={expandAll} />
    </li>
  );
  const top = ranked.slice(0, GLANCE_COUNT);
  const rest = ranked.slice(GLANCE_COUNT);
  const showRest = moreOpen || expandAll;
  const causesVisible = causesOpen || expandAll;
  const regions = assessment.features.region ?? [];

  const causeList =
    ranked.length === 0 ? (
      <p>Spotter could not match this to any cause it knows. If it keeps bothering you, see a GP or physio.</p>
    ) : (
      <>
        <ol class="sp-causes">{top.map(card)}</ol>
        {rest.length > 0 && (
          <>
            <button
              type="button"
              class="sp-button sp-more"
              aria-expanded={showRest ? 'true' : 'false'}
              aria-controls="sp-more-causes"
              onClick={() => setMoreOpen(!showRest)}
            >
              {showRest ? 'Fewer causes' : `${rest.length} more ${rest.length === 1 ? 'cause' : 'causes'}`}
            </button>
            <ol class="sp-causes" id="sp-more-causes" start={GLANCE_COUNT + 1} hidden={!showRest}>
              {rest.map((entry, index) => card(entry, index + GLANCE_COUNT))}
            </ol>
          </>
        )}
      </>
    );

  return (
    <div class="sp-results" data-spotter-results>
      {!bannerLast && banner}
      {!emergency && (
        <div class="sp-glance" data-glance>
          <BackMapView highlighted={regions} />
          <div class="sp-glance-text">
            {bannerLast && (
              <p class="sp-tier-chip" data-tier={assessment.triage}>
                {tierAdvice(assessment.triage, help).title}
              </p>
            )}
            <p class="sp-glance-where">
              {regions.length > 0
                ? `Where: ${regions.map((region) => FEATURE_LABELS[region]).join('; ')}.`
                : 'No part of the back named.'}
            </p>
            {assessment.fromThread && (
              <p class="sp-from-thread" data-from-thread>
                {fromThreadNote(assessment.fromThread)}
              </p>
            )}
          </div>
        </div>
      )}
      {beforeCauses}
      {showCauses && (
        <section aria-labelledby="sp-causes-title" class="sp-causes-section">
          {emergency ? (
            <>
              <h2 id="sp-causes-title" class="sp-sr">
                Other causes
              </h2>
              <button
                type="button"
                class="sp-button"
                data-emergency-causes
                aria-expanded={causesVisible ? 'true' : 'false'}
                aria-controls="sp-causes-body"
                onClick={() => setCausesOpen(!causesVisible)}
              >
                {causesVisible ? 'Hide other causes' : 'Other causes (only once you have been checked)'}
              </button>
            </>
          ) : (
            <h2 id="sp-causes-title">What posts like this often describe</h2>
          )}
          <div id="sp-causes-body" hidden={!causesVisible}>
            {causeList}
          </div>
        </section>
      )}
      {bannerLast && banner}
      <Disclaimer />
    </div>
  );
}
