import type { RankedCause } from '@/lib/analysis/types';
import type { CauseEntry } from '@/lib/catalog/types';
import { EVIDENCE_LEVEL_TEXT, EvidenceBadge } from './EvidenceBadge';
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

export interface CauseCardProps {
  ranked: RankedCause;
  cause: CauseEntry;
  /** 1-based position in the ranking. */
  position: number;
  bestScore: number;
  /** Open the details (the first card, or every card while printing). */
  open?: boolean;
}

/** One ranked cause: what it is, why it matches, and (collapsible) how it happens, what to try, caveats and evidence. */
export function CauseCard({ ranked, cause, position, bestScore, open = false }: CauseCardProps) {
  const headingId = `sp-cause-${cause.id}`;
  return (
    <article class="sp-cause" data-cause-id={cause.id} aria-labelledby={headingId} tabIndex={-1}>
      <div class="sp-cause-head">
        <h3 id={headingId}>
          <span class="sp-sr">{position}. </span>
          {cause.title}
        </h3>
        <span class="sp-fit">{fitBand(ranked.score, bestScore)}</span>
      </div>
      <p>{cause.summary}</p>
      <WhyList for={ranked.for} against={ranked.against} />
      <details open={open}>
        <summary>How it happens, what to try, caveats</summary>
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
        <section class="sp-section">
          <h4>When to see a professional</h4>
          <p>{cause.seeProfessional}</p>
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
      </details>
    </article>
  );
}
