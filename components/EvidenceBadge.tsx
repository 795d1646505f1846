import type { EvidenceGrade, EvidenceLevel } from '@/lib/catalog/types';

/**
 * The evidence grades in plain words, after the SORT grades used by Miller et al. 2021
 * (research/clinical-facts.md §2.3), with the longer meaning shown as a tooltip and read out
 * by screen readers.
 */
export const EVIDENCE_GRADE_TEXT: Readonly<Record<EvidenceGrade, { label: string; description: string }>> = {
  A: {
    label: 'Good evidence',
    description: 'Grade A: backed by consistent, good-quality studies in people.',
  },
  B: {
    label: 'Some evidence',
    description: 'Grade B: backed by limited or mixed studies, often small or done in a lab.',
  },
  C: {
    label: 'Expert opinion',
    description: 'Grade C: based on consensus and usual practice rather than trials.',
  },
  anecdotal: {
    label: 'Forum reports only',
    description: 'What lifters and runners report trying; it has not been studied.',
  },
  not_supported: {
    label: 'Not supported',
    description: 'Studies found it does not help with this; it is not known to be harmful.',
  },
  avoid: {
    label: 'Avoid',
    description: 'Good evidence or expert consensus says it can do harm.',
  },
};

export const EVIDENCE_LEVEL_TEXT: Readonly<Record<EvidenceLevel, string>> = {
  strong: 'Strong: good-quality studies agree.',
  moderate: 'Moderate: some good studies, not all agree or apply directly.',
  limited: 'Limited: small, indirect or lab studies only.',
  expert_opinion: 'Expert opinion: clinicians agree on it, but it has not been tested well.',
  anecdotal: 'Anecdotal: forum reports and coaching lore; not studied.',
};

export function EvidenceBadge({ grade }: { grade: EvidenceGrade }) {
  const { label, description } = EVIDENCE_GRADE_TEXT[grade];
  return (
    <span class="sp-evidence" data-grade={grade} title={description}>
      {label}
      <span class="sp-sr"> ({description})</span>
    </span>
  );
}
