import type { JSX } from 'preact';

/** The regions of the back as drawn on the map (a back view), in the vocabulary's ids. */
const MAP_REGIONS = [
  { value: 'neck', label: 'Neck', short: 'Neck', x: 48, y: 29, width: 24, height: 15 },
  { value: 'upper_back', label: 'Upper back', short: 'Upper', x: 31, y: 46, width: 58, height: 36 },
  { value: 'mid_back', label: 'Mid back', short: 'Mid', x: 30, y: 84, width: 60, height: 32 },
  { value: 'lower_back', label: 'Lower back', short: 'Lower', x: 32, y: 118, width: 56, height: 30 },
  { value: 'si_glute', label: 'SI joint or upper glute', short: 'SI / glute', x: 33, y: 150, width: 54, height: 26 },
] as const;

export interface BackMapProps {
  selected: readonly string[];
  onToggle: (value: string) => void;
}

/**
 * A clickable outline of the back with labelled areas. Each area is a checkbox in its own right
 * (Space or Enter toggles it); the list next to it offers the same choices with fuller wording.
 */
export function BackMap({ selected, onToggle }: BackMapProps) {
  function onKeyDown(event: JSX.TargetedKeyboardEvent<SVGRectElement>, value: string) {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    onToggle(value);
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <fieldset>; the group role names the map's checkboxes together.
    <svg viewBox="0 0 120 220" role="group" aria-label="Back map: pick the areas that hurt" data-back-map>
      <circle class="sp-map-body" cx="60" cy="15" r="12" />
      <path class="sp-map-body" d="M36 44 Q60 36 84 44 L100 58 L96 110 L92 150 Q92 182 60 184 Q28 182 28 150 L24 110 L20 58 Z" />
      {MAP_REGIONS.map((region) => {
        const checked = selected.includes(region.value);
        return (
          <g key={region.value}>
            {/* biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be an <input>; it carries the checkbox role, state and keys itself. */}
            <rect
              class="sp-map-region"
              data-region={region.value}
              x={region.x}
              y={region.y}
              width={region.width}
              height={region.height}
              rx="5"
              role="checkbox"
              aria-checked={checked ? 'true' : 'false'}
              aria-label={region.label}
              tabindex={0}
              onClick={() => onToggle(region.value)}
              onKeyDown={(event) => onKeyDown(event, region.value)}
            />
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the label is not focusable; the shape before it is the control and carries the name. */}
            <text
              class="sp-map-label"
              x={region.x + region.width / 2}
              y={region.y + region.height / 2 + 3}
              text-anchor="middle"
              aria-hidden="true"
            >
              {region.short}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The same outline, read-only, with the regions a post or the answers named filled in: the results'
 * "where it hurts" at a glance. One image with a text alternative naming the regions.
 */
export function BackMapView({ highlighted }: { highlighted: readonly string[] }) {
  const named = MAP_REGIONS.filter((region) => highlighted.includes(region.value));
  const label =
    named.length > 0 ? `Back map: ${named.map((region) => region.label.toLowerCase()).join(', ')}` : 'Back map: no area named';
  return (
    <svg viewBox="0 0 120 190" role="img" aria-label={label} class="sp-map-view" data-back-map-view>
      <circle class="sp-map-body" cx="60" cy="15" r="12" />
      <path class="sp-map-body" d="M36 44 Q60 36 84 44 L100 58 L96 110 L92 150 Q92 182 60 184 Q28 182 28 150 L24 110 L20 58 Z" />
      {MAP_REGIONS.map((region) => (
        <rect
          key={region.value}
          class="sp-map-region"
          data-region={region.value}
          data-highlighted={highlighted.includes(region.value) ? '' : undefined}
          x={region.x}
          y={region.y}
          width={region.width}
          height={region.height}
          rx="5"
        />
      ))}
    </svg>
  );
}
