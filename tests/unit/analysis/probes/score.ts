/** Scores of the probe suite, per tier, as eval.ts scores a corpus (corpus/README.md definitions). */
import { assess } from '@/lib/analysis';
import { tierRank, type TriageTier } from '@/lib/features';
import type { Probe } from '@/lib/tools/probes/generate';

export interface ProbeOutcome {
  probe: Probe;
  triage: TriageTier;
  relevant: boolean;
  ok: boolean;
}

export interface ProbeScores {
  n: number;
  emergency: { recall: number; n: number };
  urgent: { recall: number; n: number };
  soon: { recall: number; n: number };
  /** Share of probes that should stay below `emergency` and are given `emergency`. */
  falseAlarm: number;
  /** Share of modified probes (negated, someone else's, …) given their concept's tier or higher. */
  modifierErrors: number;
  /** Share of positive probes that get a badge. */
  badged: number;
}

export function runProbe(probe: Probe): ProbeOutcome {
  const assessment = assess(probe.text, { rank: false });
  const reached = tierRank(assessment.triage) >= tierRank(probe.tier);
  return { probe, triage: assessment.triage, relevant: assessment.relevant, ok: probe.positive ? reached : !reached };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function scoreProbes(outcomes: readonly ProbeOutcome[]): ProbeScores {
  const tier = (name: Probe['tier']) => {
    const group = outcomes.filter((outcome) => outcome.probe.positive && outcome.probe.tier === name);
    return { recall: ratio(group.filter((outcome) => outcome.ok).length, group.length), n: group.length };
  };
  const belowEmergency = outcomes.filter((outcome) => !outcome.probe.positive || outcome.probe.tier !== 'emergency');
  const modified = outcomes.filter((outcome) => !outcome.probe.positive);
  const positive = outcomes.filter((outcome) => outcome.probe.positive);
  return {
    n: outcomes.length,
    emergency: tier('emergency'),
    urgent: tier('urgent'),
    soon: tier('soon'),
    falseAlarm: ratio(belowEmergency.filter((outcome) => outcome.triage === 'emergency').length, belowEmergency.length),
    modifierErrors: ratio(modified.filter((outcome) => !outcome.ok).length, modified.length),
    badged: ratio(positive.filter((outcome) => outcome.relevant).length, positive.length),
  };
}
