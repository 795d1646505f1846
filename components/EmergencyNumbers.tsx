import type { LocalHelp } from '@/lib/wording/local-help';

/**
 * The emergency numbers as `[data-emergency-number]` elements (a DESIGN.md contract), the reader's
 * local one first and marked as such. Each is a `tel:` link, so a tap on a phone dials it.
 */
export function EmergencyNumbers({ help }: { help: LocalHelp }) {
  return (
    <ul class="sp-numbers" aria-label="Emergency numbers">
      {help.emergency.map(({ number, where }, index) => (
        <li key={number} data-local={index === 0 && help.region !== null ? '' : undefined}>
          <a class="sp-number" href={`tel:${number}`} data-emergency-number={number}>
            {number}
          </a>{' '}
          <span class="sp-number-where">{where}</span>
        </li>
      ))}
    </ul>
  );
}
