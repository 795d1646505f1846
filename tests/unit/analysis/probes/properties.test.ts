/**
 * Properties of the red-flag reader (issue 10), over random posts built from the probe concepts:
 * - negating an emergency, hypothesising it, or giving it to someone else never leaves it `emergency`;
 * - an emergency stated by the writer stays `emergency` wherever it sits in a longer lifting post.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { BACKS, CONCEPTS, STORY, type Concept } from '@/lib/tools/probes/concepts';
import { fnv1a } from '@/lib/tools/probes/generate';

/** The phrasings outside the probe suite's held-out share, which stays unread while tuning. */
const open = (phrases: readonly string[]): string[] => phrases.filter((phrase) => fnv1a(`phrase:${phrase}`) % 4 !== 0);
const tuningOnly = (concept: Concept): Concept => ({ ...concept, clauses: open(concept.clauses), nouns: open(concept.nouns) });
const EMERGENCIES = CONCEPTS.filter((concept) => concept.tier === 'emergency')
  .map(tuningOnly)
  .filter((concept) => concept.nouns.length > 0);
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Frames that take an emergency away from the writer, now: negated, someone else's, hypothetical. */
const TAKEN_AWAY: ((noun: (possessive: string) => string) => string)[] = [
  (n) => `No ${n('my')} at all.`,
  (n) => `Never had any ${n('my')}.`,
  (n) => `I haven't noticed any ${n('my')}.`,
  (n) => `Screening questions were ${n('my')}, that sort of thing: none.`,
  (n) => `My brother has ${n('his')} and is waiting on a scan.`,
  (n) => `My mum was rushed in with ${n('her')}.`,
  (n) => `If you ever notice ${n('your')}, go to hospital.`,
  (n) => `Anyone with ${n('their')} needs an ambulance.`,
  (n) => `Watch out for ${n('your')}.`,
  (n) => `Should I be worried about ${n('my')}?`,
];

const noun = (template: string) => (possessive: string) => template.replaceAll('{p}', possessive);

const story = fc.array(fc.constantFrom(...STORY), { maxLength: 8 }).map((lines) => lines.map((line) => `${cap(line)}.`));

describe('red-flag properties', () => {
  it('never leaves a negated, hypothetical or someone else’s emergency at `emergency`', () => {
    const concept = fc.constantFrom(...EMERGENCIES);
    fc.assert(
      fc.property(
        concept.chain((chosen) => fc.constantFrom(...chosen.nouns)),
        fc.constantFrom(...TAKEN_AWAY),
        fc.constantFrom(...BACKS),
        story,
        story,
        (phrase, frame, back, before, after) => {
          const text = [...before, `${cap(back)}.`, frame(noun(phrase)), ...after].join(' ');
          return assess(text, { rank: false }).triage !== 'emergency';
        },
      ),
      { numRuns: 400, seed: 1010 },
    );
  }, 120_000);

  it('keeps an emergency at `emergency` anywhere in a longer lifting post', () => {
    const clause = fc
      .constantFrom(...CONCEPTS.filter((concept) => concept.tier === 'emergency').map(tuningOnly))
      .chain((chosen) => fc.constantFrom(...chosen.clauses));
    fc.assert(
      fc.property(clause, fc.constantFrom(...BACKS), story, story, story, (flag, back, first, middle, last) => {
        const text = [...first, `${cap(back)}.`, ...middle, `${cap(flag)}.`, ...last].join(' ');
        const assessment = assess(text, { rank: false });
        return assessment.triage === 'emergency' && assessment.relevant;
      }),
      { numRuns: 400, seed: 2020 },
    );
  }, 120_000);

  // A crash or chest pain is a back emergency only with a back (NHS: "if back pain comes with"; clinical-facts.md).
  it('badges an emergency with no back word in it at all', () => {
    for (const concept of CONCEPTS.filter(
      (entry) => entry.tier === 'emergency' && !['major_trauma', 'chest_pain', 'cancer_neuro'].includes(entry.id),
    ).map(tuningOnly)) {
      const clause = concept.clauses.find((text) => !/\bback\b/.test(text))!;
      const assessment = assess(`${cap(clause)}.`, { rank: false });
      expect([clause, assessment.triage, assessment.relevant]).toEqual([clause, 'emergency', true]);
    }
  });
});
