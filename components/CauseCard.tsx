import { useState } from 'preact/hooks';
import type { RankedCause, Reason } from '@/lib/analysis/types';
import type { CauseEntry } from '@/lib/catalog/types';
import type { LocalHelp } from '@/lib/wording/local-help';
import { shortQuote } from '@/lib/wording/reply';
import { EVIDENCE_LEVEL_TEXT, EvidenceBadge } from './EvidenceBadge';
import { EmergencyNumbers } from './EmergencyNumbers';
import { WhyList } from './WhyList';

/**
 * How well a cause fits, in words rather than a number: scores are only comparable within one
 * assessment, so the band is relative to the best cause shown.
 */
export function fitBand(score: number, bestScore: number): string {
  if (bestScore <= 0) return 'Possible fit';
  const ratio = score / bestScore;
  if (ratio >= 0.8) return 'Closest fit';
  if (ratio >= 0.5) return 'Also fits';
  return 'Weaker fit';
}

/**
 * The fit bar's length, as a share of the full bar: the score relative to the best cause, never
 * shown as a number (scores are not probabilities), with a floor so a weak fit is still visible.
 */
export function fitShare(score: number, bestScore: number): number {
  if (bestScore <= 0 || score <= 0) return 0.1;
  return Math.min(1, Math.max(0.1, score / bestScore));
}

/** One line of why: the two strongest reasons for the cause, matched sentences cut to a few words. */
export function whyLine(reasons: readonly Reason[]): string {
  const strongest = [...reasons].sort((a, b) => b.weight - a.weight).slice(0, 2);
  if (strongest.length === 0) return 'Fits posts like this in general.';
  const parts = strongest.map((reason) => (reason.kind === 'phrase' ? `“${shortQuote(reason.text)}”` : reason.text));
  const line = parts.join('; ');
  return `Fits: ${line}.`;
}

export interface CauseCardProps {
  ranked: RankedCause;
  cause: CauseEntry;
  /** 1-based position in the ranking. */
  position: number;
  bestScore: number;
  /** Where the reader gets help, for "when to see a professional". */
  help: LocalHelp;
  /** Start with the details open (every card while printing). */
  open?: boolean;
}

/**
 * One ranked cause at a glance: its title, a fit bar and one line of why. The title is a button
 * (the WAI-ARIA accordion pattern) that opens the details: what it is, why it matches, how it
 * happens, what to try with evidence grades, caveats, when to see a professional and the evidence.
 */
export function CauseCard({ ranked, cause, position, bestScore, help, open = false }: CauseCardProps) {
  const [expanded, setExpanded] = useState(open);
  const headingId = `sp-cause-${cause.id}`;
  const detailsId = `sp-cause-details-${cause.id}`;
  const band = fitBand(ranked.score, bestScore);
  const isOpen = expanded || open;
  return (
    <article class="sp-cause" data-cause-id={cause.id} aria-labelledby={headingId} tabIndex={-1}>
      <h3 class="sp-cause-title">
        <button
          type="button"
          id={headingId}
          class="sp-cause-toggle"
          aria-expanded={isOpen ? 'true' : 'false'}
          aria-controls={detailsId}
          onClick={() => setExpanded(!isOpen)}
        >
          <span class="sp-sr">{position}. </span>
          <span class="sp-cause-name">{cause.title}</span>
          <span class="sp-fit" data-fit={band}>
            <span class="sp-fitbar" aria-hidden="true">
              <span class="sp-fitbar-fill" style={{ width: `${Math.round(fitShare(ranked.score, bestScore) * 100)}%` }} />
            </span>
            <span class="sp-fit-words">{band}</span>
          </span>
        </button>
      </h3>
      <p class="sp-why-line">{whyLine(ranked.for)}</p>
      <div id={detailsId} class="sp-cause-details" hidden={!isOpen}>
        <p>{cause.summary}</p>
        <WhyList for={ranked.for} against={ranked.against} />
        <section class="sp-section">
          <h4>How it happens</h4>
          <p>{cause.mechanism}</p>
        </section>
        <section class="sp-section">
          <h4>What to try</h4>
          <ul class="sp-steps">
            {cause.tryThis.map((step, index) => (
              <li key={index} data-grade={step.grade}>
                <EvidenceBadge grade={step.grade} />
                {step.text}
                {step.note && <span class="sp-step-note">{step.note}</span>}
              </li>
            ))}
          </ul>
        </section>
        {cause.caveats.length > 0 && (
          <section class="sp-section">
            <h4>Caveats</h4>
            <ul>
              {cause.caveats.map((caveat, index) => (
                <li key={index}>{caveat}</li>
              ))}
            </ul>
          </section>
        )}
        <section class="sp-section" data-see-professional>
          <h4>When to see a professional</h4>
          <p>{cause.seeProfessional}</p>
          <p>For same-day advice: {help.sameDay}. For emergency help:</p>
          <EmergencyNumbers help={help} />
        </section>
        <section class="sp-section" data-evidence-level={cause.evidence.level}>
          <h4>How good the evidence is</h4>
          <p>
            <strong>{EVIDENCE_LEVEL_TEXT[cause.evidence.level]}</strong> {cause.evidence.summary}
          </p>
          {cause.evidence.references.length > 0 && (
            <ul class="sp-references">
              {cause.evidence.references.map((reference, index) => (
                <li key={index}>{reference}</li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
