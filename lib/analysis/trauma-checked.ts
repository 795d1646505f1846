/**
 * A crash or a fall told as already checked: "went to A&E, x-rays showed no breaks", "they did MRIs and CT scans…
 * they found nothing", "diagnosed with a compression fracture of L1, in a brace for 6 weeks".
 *
 * Why it matters: the NHS sends back pain that starts after a serious accident to A&E (research/clinical-facts.md
 * §1.1, "onset after a serious accident"). When the post tells that step as taken, with a test's result or a
 * clinician's verdict, "call 999 now" is no longer the advice that fits: readers of the real sets (docs/real-posts.md)
 * gave no emergency to any of them, while Spotter raised one on every such post. The accident still counts as a red
 * flag, at the `soon` tier (see a GP or physio within days), and the emergency signs the post tells beside it (numb
 * legs, bladder trouble) still raise an emergency on their own.
 *
 * What counts is a finding, not a test named: "I need an x-ray", "should I get a scan?", "A&E only looked at my
 * wrist", "left before being seen" and "nothing broken I don't think" leave the emergency where it was.
 */
import { deniedBefore, type FlagContext, type ModifierInput } from './flag-context';
import type { Mention } from './mentions';

/** Words after a finding that put it on a part other than the back: "x-rays on my wrist showed a break". */
const OTHER_PART_REACH = 6;

/**
 * Whether the post tells its crash (the first current `impact`, `collision` or major-trauma phrase) as checked since:
 * a test's result or a clinician's verdict in the crash's sentence or after it, or a spine's break told beside a
 * hospital, a test or a doctor. Neither denied ("the x-rays didn't show", "never diagnosed with"), asked or
 * supposed ("if the scan shows…", "I think I broke my back"), dated before now ("had an MRI last year"), nor told
 * of another part in its clause.
 */
export function traumaChecked(input: ModifierInput, flagContext: FlagContext): boolean {
  const { context, cues } = input;
  const tokens = context.tokens;
  const crash = crashStart(input, flagContext);
  if (crash === undefined) return false;
  const toldSince = (mention: Mention): boolean =>
    tokens[mention.start]!.sentence >= crash &&
    !deniedBefore(tokens, mention.start) &&
    !flagContext.isHypothetical(mention) &&
    cues.inSentence('past', tokens[mention.start]!.sentence).length === 0 &&
    !ofAnotherPart(input, mention);
  if (cues.get('checked_finding').some(toldSince)) return true;
  const careNamed = cues.get('care_word').some((care) => tokens[care.start]!.sentence >= crash);
  return careNamed && cues.get('spine_fracture').some(toldSince);
}

/** The sentence of the post's first crash the writer tells as theirs and current. */
function crashStart(input: ModifierInput, flagContext: FlagContext): number | undefined {
  const { context, cues } = input;
  const crashes: Mention[] = [
    ...cues.get('impact'),
    ...cues.get('collision'),
    ...context.mentions.filter((mention) => mention.value.cat === 'flag' && mention.value.id === 'major_trauma'),
  ];
  const current = crashes.filter((mention) => flagContext.current(mention, 'major_trauma'));
  if (current.length === 0) return undefined;
  return Math.min(...current.map((mention) => context.tokens[mention.start]!.sentence));
}

/** A finding told of a limb or the head in its clause, and of no part of the back: "A&E x-rayed my wrist, nothing broken". */
function ofAnotherPart({ context }: ModifierInput, finding: Mention): boolean {
  const tokens = context.tokens;
  const clause = tokens[finding.start]!.clause;
  const inClause = context.mentions.filter(
    (mention) =>
      tokens[mention.start]!.clause === clause &&
      Math.abs(mention.start - finding.start) <= OTHER_PART_REACH + (finding.end - finding.start),
  );
  return (
    inClause.some((mention) => mention.value.cat === 'part') &&
    !inClause.some((mention) => mention.value.cat === 'region' || mention.value.cat === 'condition')
  );
}
