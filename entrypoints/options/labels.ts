import type { AdapterId } from '@/lib/adapters';
import type { Sensitivity, Theme } from '@/lib/settings/storage';

/** Forum software the reader can pick for a forum they add. A Record, so a new adapter id fails the type check until it is named here. */
export const ADAPTER_LABELS: Readonly<Record<AdapterId, string>> = {
  discourse: 'Discourse',
  reddit: 'Reddit',
  xenforo: 'XenForo',
  vbulletin: 'vBulletin',
  phpbb: 'phpBB',
  invision: 'Invision Community',
  stackexchange: 'Stack Exchange',
  smf: 'Simple Machines Forum (SMF)',
  mybb: 'MyBB',
  vanilla: 'Vanilla Forums',
  nodebb: 'NodeBB',
  flarum: 'Flarum',
  generic: 'Other (read the page as plain posts)',
};

export function adapterLabel(id: string): string {
  return id in ADAPTER_LABELS ? ADAPTER_LABELS[id as AdapterId] : 'Spotter works it out';
}

export const SENSITIVITY_TEXT: Readonly<Record<Sensitivity, { label: string; description: string }>> = {
  relaxed: {
    label: 'Relaxed',
    description:
      'Marks more posts, including ones that mention back trouble only briefly. A few may not be about a back problem.',
  },
  balanced: {
    label: 'Balanced (recommended)',
    description: 'Marks posts that clearly describe a back cramp, pump, tightness or pain.',
  },
  strict: {
    label: 'Strict',
    description: 'Marks only the posts Spotter is most sure about. It will miss some.',
  },
};

export const THEME_TEXT: Readonly<Record<Theme, { label: string; description: string }>> = {
  page: { label: 'Match the forum', description: 'Light on light forums, dark on dark ones.' },
  light: { label: 'Light', description: 'Dark text on a light background, on every forum.' },
  dark: { label: 'Dark', description: 'Light text on a dark background, on every forum.' },
};
