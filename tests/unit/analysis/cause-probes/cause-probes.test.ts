/**
 * The cause-ranking probe suite (issue 12): for each class of story that points at a mechanism (a single
 * heavy attempt, a load jump, a long run, an everyday lift that went wrong, a desk day, heat, a first
 * session, a high-rep pump), thousands of posts from circumstance × symptom × template lists
 * (stories.ts), and the share whose labelled cause is in the top 3. The held-out phrasings were never
 * used to tune the lexicon and are held to DESIGN.md's bar on their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { generateCauseProbes, type CauseProbe } from './generate';
import { STORY_CLASSES } from './stories';
import { topCauses } from '../../../harness/top-causes';

const PROBES = generateCauseProbes();

interface Outcome {
  probe: CauseProbe;
  relevant: boolean;
  inTop3: boolean;
  /** The same symptom told without the story. */
  inTop3Alone: boolean;
  top3: string[];
}

let outcomes: Outcome[] | undefined;
/** Assessed once for the file: a few thousand posts take a few seconds on a shared machine. */
function allOutcomes(): Outcome[] {
  const aloneCache = new Map<string, string[]>();
  outcomes ??= PROBES.map((probe) => {
    const assessment = assess(probe.text);
    const top3 = assessment.causes.slice(0, 3).map((cause) => cause.id);
    let alone = aloneCache.get(probe.symptomOnly);
    if (!alone) aloneCache.set(probe.symptomOnly, (alone = topCauses(probe.symptomOnly)));
    return {
      probe,
      relevant: assessment.relevant,
      inTop3: top3.some((id) => probe.expect.includes(id)),
      inTop3Alone: alone.some((id) => probe.expect.includes(id)),
      top3,
    };
  });
  return outcomes;
}

const share = (list: readonly Outcome[], test: (outcome: Outcome) => boolean): number =>
  list.length === 0 ? 0 : list.filter(test).length / list.length;

function misses(list: readonly Outcome[], limit = 8): string[] {
  return list
    .filter((outcome) => !outcome.inTop3)
    .slice(0, limit)
    .map((outcome) => `${outcome.probe.id}: ${outcome.probe.text} → ${outcome.top3.join(', ') || 'none'}`);
}

/** DESIGN.md: the labelled cause in the top 3 for at least 0.85 of posts Spotter has never seen. */
const TOP3_BAR = 0.85;

describe('the cause probe suite', () => {
  // Assessing every probe takes a few seconds, more on a loaded machine: done once, outside any test's timeout.
  beforeAll(() => void allOutcomes(), 60_000);

  it('covers every story class with a tuning and a held-out share, each probe once', () => {
    const classes = new Set(PROBES.map((probe) => probe.storyClass));
    expect([...classes].sort()).toEqual(STORY_CLASSES.map((story) => story.id).sort());
    for (const story of STORY_CLASSES) {
      expect(PROBES.filter((probe) => probe.storyClass === story.id && probe.heldOut).length).toBeGreaterThanOrEqual(24);
      expect(PROBES.filter((probe) => probe.storyClass === story.id && !probe.heldOut).length).toBeGreaterThanOrEqual(100);
    }
    expect(new Set(PROBES.map((probe) => probe.id)).size).toBe(PROBES.length);
    expect(generateCauseProbes().map((probe) => probe.text)).toEqual(PROBES.map((probe) => probe.text));
  });

  it('reads every probe as a post about a back', () => {
    const list = allOutcomes();
    expect(
      share(list, (outcome) => outcome.relevant),
      list
        .filter((outcome) => !outcome.relevant)
        .slice(0, 5)
        .map((outcome) => outcome.probe.text)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.98);
  });

  it.each(STORY_CLASSES.map((story) => story.id))('ranks the story’s cause in the top 3 on the tuning share: %s', (id) => {
    const list = allOutcomes().filter((outcome) => outcome.probe.storyClass === id && !outcome.probe.heldOut);
    expect(
      share(list, (outcome) => outcome.inTop3),
      misses(list).join('\n'),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('meets the top-3 bar on the held-out share as a whole, and no class falls far below it', () => {
    const held = allOutcomes().filter((outcome) => outcome.probe.heldOut);
    expect(
      share(held, (outcome) => outcome.inTop3),
      misses(held).join('\n'),
    ).toBeGreaterThanOrEqual(TOP3_BAR);
    for (const story of STORY_CLASSES) {
      const list = held.filter((outcome) => outcome.probe.storyClass === story.id);
      expect(
        share(list, (outcome) => outcome.inTop3),
        `${story.id}\n${misses(list).join('\n')}`,
      ).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('follows the story, not where it hurts: the story lifts its cause over the same symptom told alone', () => {
    const list = allOutcomes();
    const withStory = share(list, (outcome) => outcome.inTop3);
    const alone = share(list, (outcome) => outcome.inTop3Alone);
    expect(withStory - alone).toBeGreaterThanOrEqual(0.25);
    // Telling the story never costs a cause the symptom alone already put in the top 3, on most probes.
    const lost = list.filter((outcome) => outcome.inTop3Alone && !outcome.inTop3);
    expect(lost.length / list.length, misses(lost).join('\n')).toBeLessThanOrEqual(0.03);
  });
});
