/**
 * The red-flag probe suite (issue 10): thousands of posts generated from concept lists × sentence
 * templates × modifiers (generate.ts), scored per tier like the corpus eval. The held-out share (chosen
 * by hash, never looked at while tuning) must meet the quality bars of DESIGN.md on its own; the tuning
 * share is reported beside it.
 */
import { describe, expect, it } from 'vitest';
import { generateProbes, isHeldOut, type Probe } from '@/lib/tools/probes/generate';
import { runProbe, scoreProbes, type ProbeOutcome } from './score';

const PROBES = generateProbes();
let outcomes: ProbeOutcome[] | undefined;
/** Assessed once for the whole file: a few thousand posts take a few seconds on a shared machine. */
function allOutcomes(): ProbeOutcome[] {
  outcomes ??= PROBES.map(runProbe);
  return outcomes;
}

/** DESIGN.md "Quality bars" for red flags on posts Spotter has never seen. */
const BARS = { emergency: 0.98, urgent: 0.9, soon: 0.85, falseAlarm: 0.02, badged: 0.98 };

function failures(list: readonly ProbeOutcome[], limit = 15): string[] {
  return list
    .filter((outcome) => !outcome.ok)
    .slice(0, limit)
    .map((outcome) => `${outcome.probe.id} → ${outcome.triage}: ${outcome.probe.text}`);
}

describe('the probe suite', () => {
  it('has at least 2,000 cases, every modifier, and a held-out share of a quarter or more', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(2000);
    const modifiers = new Set(PROBES.map((probe) => probe.modifier));
    expect([...modifiers].sort()).toEqual([
      'buried',
      'current',
      'historical',
      'hypothetical',
      'idiom',
      'negated',
      'someone_else',
    ]);
    const heldOut = PROBES.filter((probe) => probe.heldOut).length;
    expect(heldOut / PROBES.length).toBeGreaterThanOrEqual(0.25);
    expect(new Set(PROBES.map((probe) => probe.id)).size).toBe(PROBES.length);
  });

  it('chooses the held-out share by hash alone, so it stays frozen', () => {
    for (const probe of PROBES) expect(probe.heldOut).toBe(isHeldOut(probe.template, probe.phrase));
    expect(generateProbes().map((probe: Probe) => probe.text)).toEqual(PROBES.map((probe) => probe.text));
  });

  it('meets the red-flag bars on the held-out share, per tier', () => {
    const all = allOutcomes();
    const heldOut = all.filter((outcome) => outcome.probe.heldOut);
    const tuning = all.filter((outcome) => !outcome.probe.heldOut);
    const held = scoreProbes(heldOut);
    // Reported, for the closing note of issue 10: the two shares side by side.
    console.log(`probes: held-out ${JSON.stringify(held)}\nprobes: tuning   ${JSON.stringify(scoreProbes(tuning))}`);
    // Counts per concept only: the held-out texts stay unread, or they would be tuned to.
    const missed = new Map<string, number>();
    for (const outcome of heldOut)
      if (!outcome.ok) missed.set(outcome.probe.concept, (missed.get(outcome.probe.concept) ?? 0) + 1);
    const detail = `held-out misses by concept: ${JSON.stringify(Object.fromEntries(missed))}`;
    expect(held.emergency.recall, detail).toBeGreaterThanOrEqual(BARS.emergency);
    expect(held.urgent.recall, detail).toBeGreaterThanOrEqual(BARS.urgent);
    expect(held.soon.recall, detail).toBeGreaterThanOrEqual(BARS.soon);
    expect(held.falseAlarm, detail).toBeLessThanOrEqual(BARS.falseAlarm);
    expect(held.badged, detail).toBeGreaterThanOrEqual(BARS.badged);
  }, 120_000);

  it('never lets a negated, someone else’s, hypothetical, past or idiomatic emergency raise an emergency', () => {
    const wrong = allOutcomes().filter(
      (outcome) => !outcome.probe.positive && outcome.probe.tier === 'emergency' && outcome.triage === 'emergency',
    );
    expect(wrong.map((outcome) => `${outcome.probe.id}: ${outcome.probe.text}`)).toEqual([]);
  }, 120_000);

  it('keeps the tuning share as good as the bars too', () => {
    const tuning = scoreProbes(allOutcomes().filter((outcome) => !outcome.probe.heldOut));
    const detail = failures(allOutcomes().filter((outcome) => !outcome.probe.heldOut)).join('\n');
    expect(tuning.emergency.recall, detail).toBeGreaterThanOrEqual(BARS.emergency);
    expect(tuning.urgent.recall, detail).toBeGreaterThanOrEqual(BARS.urgent);
    expect(tuning.soon.recall, detail).toBeGreaterThanOrEqual(BARS.soon);
    expect(tuning.falseAlarm, detail).toBeLessThanOrEqual(BARS.falseAlarm);
  }, 120_000);
});
