import type { Assessment, RankedCause } from '@/lib/analysis/types';
import type { CauseEntry } from '@/lib/catalog/types';

/** A catalog entry for UI and reply tests; only the id and title need to differ between entries. */
export function causeEntry(id: string, title: string, overrides: Partial<CauseEntry> = {}): CauseEntry {
  return {
    id,
    title,
    summary: `Posts like this often describe ${title.toLowerCase()}.`,
    mechanism: `How ${title.toLowerCase()} happens.`,
    profile: { for: {}, against: {} },
    tryThis: [
      { text: `Stretch gently for ${id}.`, grade: 'A' },
      { text: `Foam roll for ${id}.`, grade: 'anecdotal', note: 'Lifters report it; untested.' },
      { text: `Quinine for ${id}.`, grade: 'avoid' },
    ],
    caveats: [`First caveat of ${id}.`, `Second caveat of ${id}.`],
    seeProfessional: `See a physio if ${id} lasts.`,
    evidence: { level: 'limited', summary: `Small studies on ${id}.`, references: [`Reference for ${id}`] },
    phrases: [],
    ...overrides,
  };
}

export function rankedCause(id: string, score: number, overrides: Partial<RankedCause> = {}): RankedCause {
  return {
    id,
    score,
    for: [{ kind: 'feature', feature: 'cramp', text: 'a cramp', weight: 3 }],
    against: [],
    ...overrides,
  };
}

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    relevant: true,
    score: 1,
    features: { region: ['mid_back'], sensation: ['cramp'] },
    matches: [],
    redFlags: [],
    triage: 'self_care',
    causes: [],
    ...overrides,
  };
}

export const ENTRIES = Array.from({ length: 8 }, (_, index) => causeEntry(`cause_${index + 1}`, `Cause number ${index + 1}`));
export const lookupEntries = (id: string) => ENTRIES.find((entry) => entry.id === id);
