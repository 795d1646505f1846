/**
 * The writer's age, where the post states it: "I'm 58", "17 years old", "(16m)", "62 and still pulling".
 * Red flags read a teenager's age (spondylolysis is common at that age, redflags.ts); the ranker reads an
 * age as part of a story (extract.ts). Ages in a past sentence ("when I was 16") are the writer's past, not now.
 */
import { AGE_FALSE_FRIENDS } from './lexicon';
import type { CueIndex, Mention, MentionContext } from './mentions';

export interface StatedAge {
  age: number;
  mention: Mention;
}

/** Words right after a post's first number that make it an age ("16 and do gymnastics", "58 years…"). */
const AGE_FOLLOWERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'with', 'years']);

/** Every present-tense age the writer states, in post order. */
export function statedAges(context: MentionContext, cues: CueIndex): StatedAge[] {
  const tokens = context.tokens;
  const pastSentences = new Set(cues.get('past').map((cue) => tokens[cue.start]!.sentence));
  const oldCues = cues.get('old');
  const ages: StatedAge[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'number' || !/^\d+$/.test(token.text) || pastSentences.has(token.sentence)) continue;
    const before = tokens[i - 1]?.text ?? '';
    const after = tokens[i + 1];
    const followedByAge = oldCues.some((cue) => cue.start === i + 1);
    const sentenceStart = context.sentences[token.sentence]?.start === i;
    // "I'm 16 and…", "16 and do gymnastics" (the post's first words), not "I'm 15 minutes late".
    const stated =
      ((before === "i'm" || before === 'am' || before === 'age' || before === 'aged') &&
        (!after || after.kind === 'punct' || !AGE_FALSE_FRIENDS.has(after.text))) ||
      (sentenceStart && after !== undefined && AGE_FOLLOWERS.has(after.text));
    if (!followedByAge && !stated) continue;
    ages.push({
      age: Number(token.text),
      mention: { value: { cat: 'cue', id: 'age_word' }, start: i, end: followedByAge ? i + 2 : i + 1 },
    });
  }
  return ages;
}
