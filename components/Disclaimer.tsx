/** The "not a diagnosis" line every result carries. */
export function Disclaimer() {
  return (
    <p class="sp-disclaimer" data-spotter-disclaimer>
      Not a diagnosis. Spotter compares what is described with what posts like it often describe, to help you decide what to try
      and when to get checked. It runs in your browser and sends nothing anywhere.
    </p>
  );
}
