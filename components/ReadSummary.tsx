import type { FeatureMatch } from '@/lib/analysis/types';
import { FEATURE_LABELS, GROUP_LABELS } from '@/lib/feature-labels';
import { FEATURE_GROUP_NAMES } from '@/lib/features';

/**
 * "What Spotter read in this post": each feature it found, grouped, with the post's own words that
 * matched. Folded by default: the summary above already shows where, and the causes say why.
 */
export function ReadSummary({ matches }: { matches: readonly FeatureMatch[] }) {
  const groups = FEATURE_GROUP_NAMES.map((group) => ({
    group,
    items: matches.filter((match) => match.group === group),
  })).filter(({ items }) => items.length > 0);
  if (groups.length === 0) return null;
  return (
    <details class="sp-read">
      <summary>What Spotter read in this post</summary>
      <dl>
        {groups.map(({ group, items }) => (
          <div key={group} class="sp-read-row" data-feature-group={group}>
            <dt>{GROUP_LABELS[group]}</dt>
            <dd>
              <ul>
                {items.map((match) => (
                  <li key={match.id} data-feature-id={match.id}>
                    {FEATURE_LABELS[match.id]}
                    {match.words.length > 0 && (
                      <span class="sp-read-words"> ({match.words.map((word) => `“${word}”`).join(', ')})</span>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
