import type { Reason } from '@/lib/analysis/types';

/** Reasons strongest first; a matched sentence (a `phrase` reason) is shown as a quote of the post. */
function ReasonItems({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <ul>
      {[...reasons]
        .sort((a, b) => b.weight - a.weight)
        .map((reason, index) => (
          <li key={index} data-reason-kind={reason.kind} data-feature={reason.feature}>
            {reason.kind === 'phrase' ? `“${reason.text}”` : reason.text}
          </li>
        ))}
    </ul>
  );
}

/** "Why this matches": what speaks for a cause and what against it. */
export function WhyList({ for: forReasons, against }: { for: readonly Reason[]; against: readonly Reason[] }) {
  return (
    <div class="sp-why">
      <div data-why="for">
        <h4>What fits</h4>
        {forReasons.length > 0 ? (
          <ReasonItems reasons={forReasons} />
        ) : (
          <p class="sp-why-empty">Nothing specific; it fits posts like this in general.</p>
        )}
      </div>
      <div data-why="against">
        <h4>What does not fit</h4>
        {against.length > 0 ? (
          <ReasonItems reasons={against} />
        ) : (
          <p class="sp-why-empty">Nothing described speaks against it.</p>
        )}
      </div>
    </div>
  );
}
