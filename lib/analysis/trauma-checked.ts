/**
 * A crash or a fall told as already checked: "went to A&E, x-rays showed no breaks", "they did MRIs and CT scans…
 * they found nothing", "diagnosed with a compression fracture of L1, in a brace for 6 weeks".
 *
 * Why it matters: the NHS sends back pain that starts after a serious accident to A&E (research/clinical-facts.md
 * §1.1, "onset after a serious accident"). When the post tells that step as taken, with a test's result, "call 999
 * now" is no longer the advice that fits: readers of the real sets (docs/real-posts.md) gave no emergency to any of
 * them, while Spotter raised one on every such post. The accident still counts as a red flag, at the `soon` tier (see
 * a GP or physio within days), and the emergency signs the post tells beside it (numb legs, bladder trouble) still
 * raise an emergency on their own.
 *
 * Only a result counts, told after the last crash as the writer's own: a test named alone ("I need an x-ray", "had an
 * x-ray, no results yet"), a doctor's word alone (an instruction to go to A&E, a verdict over the phone), another
 * part's check ("x-rayed my wrist"), someone else's, an old scan ("an MRI in 2018"), a self-check ("nothing broken I
 * don't think") or a feared break ("I think I broke my back") change nothing. Nor does a check told beside the back
 * left unchecked ("they never scanned my back"), a result not known ("discharged before the results came back"), or
 * pain told as severe or worse since ("far worse since discharge", "my left leg's gone weak"): those go back to A&E.
 */
import { ANOTHER_BLOW_WORDS, OLDER_IMAGE_WORDS, type CueId } from './lexicon';
import { deniedBefore, isYear, type FlagContext, type ModifierInput } from './flag-context';
import type { Mention } from './mentions';

/** Words after a finding that put it on a part other than the back: "x-rays on my wrist showed a break". */
const OTHER_PART_REACH = 6;

/** What sends a checked crash back to A&E: the back left unchecked, a result not known, pain severe or worse since. */
const NOT_SETTLED: readonly CueId[] = ['unchecked', 'severe', 'worsening', 'not_settling', 'weakness'];

/**
 * Whether the post tells its last crash (a current `impact`, `collision` or major-trauma phrase) as checked since: an
 * image's result or a diagnosis in or after the crash's sentence, or no break or a spine's break told beside an image,
 * with nothing after the crash that sends it back to A&E (NOT_SETTLED).
 */
export function traumaChecked(input: ModifierInput, flagContext: FlagContext): boolean {
  const { context, cues } = input;
  const tokens = context.tokens;
  const crash = lastCrash(input, flagContext);
  if (crash === undefined) return false;
  const crashSentence = tokens[crash.start]!.sentence;
  if (NOT_SETTLED.some((cue) => cues.get(cue).some((mention) => tokens[mention.start]!.sentence >= crashSentence))) return false;
  // After every crash or blow in the text ("…I had an MRI that was clear last night I fell again, off the bed frame"
  // checked an earlier one), and not dated before now in its sentence ("x-rays from 2014 were clear", "x-rays back then").
  const blows = [...cues.get('impact'), ...cues.get('collision')];
  const since = (mention: Mention): boolean =>
    mention.start > crash.start &&
    blows.every((blow) => blow.start < mention.start) &&
    !tokens.slice(mention.end).some((token) => ANOTHER_BLOW_WORDS.has(token.text)) &&
    !datedBefore(input, mention);
  const toldAsOwn = (mention: Mention): boolean =>
    since(mention) &&
    !deniedBefore(tokens, mention.start) &&
    flagContext.currentApartFromNegation(mention) &&
    !ofAnotherPart(input, mention);
  if (cues.get('checked_finding').some(toldAsOwn)) return true;
  // No break, or a spine's break, told beside an image in its sentence or the one before ("they scanned me and the
  // consultant said I had broken two vertebrae": whoever did the scan, the break is the writer's), not an image of
  // another part ("x-rayed my wrist, nothing broken").
  const imaged = (mention: Mention): boolean => {
    const sentence = tokens[mention.start]!.sentence;
    return [sentence, sentence - 1].some((at) =>
      cues
        .inSentence('imaging', at)
        .some(
          (image) =>
            image.start > crash.start &&
            !deniedBefore(tokens, image.start) &&
            !flagContext.isHypothetical(image) &&
            !ofAnotherPart(input, image),
        ),
    );
  };
  return [...cues.get('no_break'), ...cues.get('spine_fracture')].some((found) => toldAsOwn(found) && imaged(found));
}

/** The post's last crash the writer tells as theirs and current: a check before it is an older one's. */
function lastCrash(input: ModifierInput, flagContext: FlagContext): Mention | undefined {
  const { context, cues } = input;
  const crashes: Mention[] = [
    ...cues.get('impact'),
    ...cues.get('collision'),
    ...context.mentions.filter((mention) => mention.value.cat === 'flag' && mention.value.id === 'major_trauma'),
  ];
  let last: Mention | undefined;
  for (const mention of crashes) {
    if ((!last || mention.start > last.start) && flagContext.current(mention, 'major_trauma')) last = mention;
  }
  return last;
}

/**
 * A year or a time gone by ("back then", "years ago") named in the mention's sentence, or the image called old ("my
 * old x-rays were all clear"): an older accident's.
 */
function datedBefore({ context, cues }: ModifierInput, mention: Mention): boolean {
  const tokens = context.tokens;
  const sentence = tokens[mention.start]!.sentence;
  const { start, end } = context.sentences[sentence]!;
  return (
    cues.inSentence('past', sentence).length > 0 ||
    tokens.slice(start, end).some(isYear) ||
    tokens.slice(Math.max(start, mention.start - 2), mention.start).some((token) => OLDER_IMAGE_WORDS.has(token.text))
  );
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
