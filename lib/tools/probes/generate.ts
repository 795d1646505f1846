/**
 * The probe generator: concept lists (concepts.ts) × sentence templates × modifiers. A probe is a post
 * and the tier a careful reader would give it. Positive probes state a flag as the writer's own and
 * current, in a post about a back, and expect the concept's tier; modified probes (negated, someone
 * else's, hypothetical or advice, past and over, an idiom) expect a tier below it.
 *
 * A frozen, hash-chosen share of templates and of phrasings is held out: tuning looks only at the rest,
 * and the held-out part is reported on its own (probes.test.ts).
 */
import type { TriageTier } from '../../features';
import { BACKS, CONCEPTS, STORY, type Concept } from './concepts';

const HISTORY_IS_THE_FLAG = new Set(['cancer_history', 'steroids_immunosuppressed']);

export type Modifier = 'current' | 'buried' | 'negated' | 'someone_else' | 'hypothetical' | 'historical' | 'idiom';

export interface Probe {
  id: string;
  text: string;
  concept: string;
  /** The concept's tier. */
  tier: Exclude<TriageTier, 'self_care'>;
  modifier: Modifier;
  /** true: the post states the flag (expect at least `tier`); false: expect a tier below `tier`. */
  positive: boolean;
  template: string;
  phrase: string;
  heldOut: boolean;
}

/** FNV-1a, 32 bit: a stable hash for choosing the held-out share. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Held out: one template in four and one phrasing in four, by hash (never by looking at results). */
export function isHeldOut(template: string, phrase: string): boolean {
  return fnv1a(`template:${template}`) % 4 === 0 || fnv1a(`phrase:${phrase}`) % 4 === 0;
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const pick = <T>(list: readonly T[], seed: number): T => list[seed % list.length]!;

/** Templates that state the flag: `c` the clause, `b` a back statement, `s(n)` a story sentence. */
const POSITIVE_TEMPLATES: Record<string, (c: string, b: string, s: (n: number) => string) => string> = {
  back_then_flag: (c, b) => `${cap(b)}. ${cap(c)}.`,
  flag_then_back: (c, b) => `${cap(c)} and ${b}.`,
  and_now: (c, b) => `${cap(b)}, and now ${c}.`,
  since_yesterday: (c, b) => `Quick question. ${cap(b)}. Since yesterday ${c}. Should I be worried?`,
  honestly: (c, b) => `${cap(b)} and honestly ${c}, not sure what to do.`,
  update: (c, b) => `Update: ${c}. ${cap(b)}.`,
  dash_style: (c, b) => `${b} - ${c} - any ideas?`,
  also: (c, b) => `${cap(b)}. Also ${c}, which is new.`,
  lowercase_run_on: (c, b) => `${b} lol and ${c} idk what to do`,
  worried_reader: (c, b) => `${cap(b)}. Not sure if it's related but ${c}.`,
  short_story: (c, b, s) => `${cap(s(0))}. ${cap(b)}. ${cap(c)}.`,
  buried: (c, b, s) =>
    `${cap(s(0))}. ${cap(s(1))}. ${cap(s(2))}. ${cap(b)}. ${cap(s(3))}. ${cap(c)}. ${cap(s(4))}. ${cap(s(5))}.`,
  buried_late: (c, b, s) =>
    `${cap(s(0))}. ${cap(b)}. ${cap(s(1))}. ${cap(s(2))}. ${cap(s(3))}. ${cap(s(4))}, oh and ${c}. ${cap(s(5))}.`,
};

/** Templates that modify a noun phrase: `n` with the possessive filled in per modifier. */
const MODIFIED_TEMPLATES: Record<string, { modifier: Modifier; possessive: string; make: (n: string, b: string) => string }> = {
  no_noun: { modifier: 'negated', possessive: 'my', make: (n, b) => `${cap(b)}. No ${n}.` },
  dont_have: { modifier: 'negated', possessive: 'my', make: (n, b) => `${cap(b)}. I don't have any ${n}.` },
  screening_none: { modifier: 'negated', possessive: 'my', make: (n, b) => `${cap(b)}. Red flags like ${n}: none.` },
  screening_nothing: { modifier: 'negated', possessive: 'my', make: (n, b) => `${cap(b)}. Checked the list, ${n}, nothing.` },
  question_no: { modifier: 'negated', possessive: 'my', make: (n, b) => `${cap(b)}. ${cap(n)}? No.` },
  without: { modifier: 'negated', possessive: 'my', make: (n, b) => `${cap(b)} but without ${n} and it eases when I walk.` },
  thankfully_no: {
    modifier: 'negated',
    possessive: 'my',
    make: (n, b) => `${cap(b)}. Thankfully no ${n} or anything like that.`,
  },
  dad_has: { modifier: 'someone_else', possessive: 'his', make: (n, b) => `${cap(b)}. My dad has ${n} though, he's 78.` },
  grandad_had: {
    modifier: 'someone_else',
    possessive: 'his',
    make: (n, b) => `${cap(b)}. My grandad had ${n} after his surgery.`,
  },
  mate_has: {
    modifier: 'someone_else',
    possessive: 'his',
    make: (n, b) => `${cap(b)}. A mate from the gym has ${n} and is seeing a specialist.`,
  },
  wife_had: {
    modifier: 'someone_else',
    possessive: 'her',
    make: (n, b) => `${cap(b)}. My wife had ${n} last month, she's fine now.`,
  },
  if_you_ever: { modifier: 'hypothetical', possessive: 'your', make: (n, b) => `${cap(b)}. If you ever get ${n}, go to A&E.` },
  anyone_with: {
    modifier: 'hypothetical',
    possessive: 'their',
    make: (n, b) => `${cap(b)}. Anyone with ${n} should call 999 straight away.`,
  },
  watch_out: { modifier: 'hypothetical', possessive: 'your', make: (n, b) => `${cap(b)}. My physio said to watch out for ${n}.` },
  if_i_get: {
    modifier: 'hypothetical',
    possessive: 'my',
    make: (n, b) => `${cap(b)}. If I get ${n} I'll go straight to the hospital.`,
  },
  red_flag_generic: {
    modifier: 'hypothetical',
    possessive: 'your',
    make: (n, b) => `${cap(b)}. I know ${n} would be a red flag.`,
  },
  worried_about: {
    modifier: 'hypothetical',
    possessive: 'my',
    make: (n, b) => `${cap(b)}. I'm worried about ${n} but nothing like that so far.`,
  },
  in_2019: { modifier: 'historical', possessive: 'my', make: (n, b) => `${cap(b)}. I had ${n} back in 2019 but it's long gone.` },
  years_ago: {
    modifier: 'historical',
    possessive: 'my',
    make: (n, b) => `${cap(b)}. Years ago I had ${n}, fully recovered since.`,
  },
  used_to: {
    modifier: 'historical',
    possessive: 'my',
    make: (n, b) => `${cap(b)}. I used to get ${n} as a teenager, cleared up ages ago.`,
  },
};

function storyOf(seed: number): (n: number) => string {
  return (n) => STORY[(seed + n * 5) % STORY.length]!;
}

/** Every probe, in a stable order. */
export function generateProbes(concepts: readonly Concept[] = CONCEPTS): Probe[] {
  const probes: Probe[] = [];
  concepts.forEach((concept, conceptIndex) => {
    concept.clauses.forEach((clause, clauseIndex) => {
      Object.entries(POSITIVE_TEMPLATES).forEach(([template, make], templateIndex) => {
        const seed = conceptIndex * 31 + clauseIndex * 7 + templateIndex;
        const text = make(clause, pick(BACKS, seed), storyOf(seed));
        probes.push({
          id: `${concept.id}/${template}/${clauseIndex}`,
          text,
          concept: concept.id,
          tier: concept.tier,
          modifier: template.startsWith('buried') ? 'buried' : 'current',
          positive: true,
          template,
          phrase: clause,
          heldOut: isHeldOut(template, clause),
        });
      });
    });
    concept.nouns.forEach((noun, nounIndex) => {
      Object.entries(MODIFIED_TEMPLATES).forEach(([template, { modifier, possessive, make }], templateIndex) => {
        // A cancer in remission or years on steroids is the flag itself, never "over".
        if (modifier === 'historical' && HISTORY_IS_THE_FLAG.has(concept.flag)) return;
        const seed = conceptIndex * 17 + nounIndex * 5 + templateIndex;
        const text = make(noun.replaceAll('{p}', possessive), pick(BACKS, seed));
        probes.push({
          id: `${concept.id}/${template}/${nounIndex}`,
          text,
          concept: concept.id,
          tier: concept.tier,
          modifier,
          positive: false,
          template,
          phrase: noun,
          heldOut: isHeldOut(template, noun),
        });
      });
    });
    concept.idioms.forEach((idiom, idiomIndex) => {
      BACKS.forEach((back, backIndex) => {
        for (const [template, make] of [
          ['idiom_after', (i: string, b: string) => `${cap(b)}. ${cap(i)}.`],
          ['idiom_before', (i: string, b: string) => `${cap(i)}. Anyway, ${b}.`],
        ] as const) {
          probes.push({
            id: `${concept.id}/${template}/${idiomIndex}/${backIndex}`,
            text: make(idiom, back),
            concept: concept.id,
            tier: concept.tier,
            modifier: 'idiom',
            positive: false,
            template,
            phrase: idiom,
            heldOut: isHeldOut(template, idiom),
          });
        }
      });
    });
  });
  return probes;
}
