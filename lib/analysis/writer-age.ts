/**
 * The writer's age, where the post states it: "I'm 58", "17 years old", "(16m)", "62 and still pulling",
 * "Veteran lifter here, 52". Red flags read a teenager's age now (spondylolysis is common at that age,
 * redflags.ts): an age in a past sentence ("when I was 16") is not the writer's age now. The ranker reads an
 * age as part of a story (extract.ts), where the age the story happened at counts too ("was 17 doing
 * olympic lifting when it started").
 */
import {
  AGE_FALSE_FRIENDS,
  AGE_FOLLOWERS,
  AGE_PERSON_WORDS,
  CHILD_AGE_WORDS,
  COUNT_FOLLOWERS,
  PAST_AGE_FOLLOWERS,
} from './lexicon';
import type { CueIndex, Mention, MentionContext } from './mentions';

export interface StatedAge {
  age: number;
  mention: Mention;
}

/** An opening "NN," reads as an age only in this range: below it, a child's or a set's count ("5, then 3"). */
const MIN_OPENING_AGE = 13;
const MAX_OPENING_AGE = 99;
/** "since I turned N" reads as the writer's age from here: the older years a back's wear is told with. */
const MIN_AGE_SINCE_TURNED = 40;

/** Every age the writer states, in post order: present-tense ones, and with `past` the ages a story happened at. */
export function statedAges(context: MentionContext, cues: CueIndex, options: { past?: boolean } = {}): StatedAge[] {
  const tokens = context.tokens;
  const pastSentences = new Set(options.past ? [] : cues.get('past').map((cue) => tokens[cue.start]!.sentence));
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
      (sentenceStart && after !== undefined && AGE_FOLLOWERS.has(after.text)) ||
      // "18, swim butterfly for my uni squad": an age opening the post (or its body, after a title line) before a comma
      // and a word; not a set's count ("Bench day. 15, then 12, then 10 reps").
      (sentenceStart &&
        token.sentence <= 1 &&
        after?.text === ',' &&
        tokens[i + 2] !== undefined &&
        tokens[i + 2]!.kind === 'word' &&
        !COUNT_FOLLOWERS.has(tokens[i + 2]!.text) &&
        Number(token.text) >= MIN_OPENING_AGE &&
        Number(token.text) <= MAX_OPENING_AGE) ||
      // "Mine hates extension since I turned 45": an age reached and still had, read only in the older years it tells
      // of ("lifting since I turned 16, now 34" is no teenager).
      (before === 'turned' &&
        tokens[i - 2]?.text === 'i' &&
        tokens[i - 3]?.text === 'since' &&
        Number(token.text) >= MIN_AGE_SINCE_TURNED) ||
      // "Female lifter, 28." "Veteran lifter here, 52, competed in the 90s."
      (before === ',' && AGE_PERSON_WORDS.has(tokens[i - 2]?.text ?? '') && (!after || after.kind === 'punct')) ||
      // A parent's post: "my son is 16 and…", "my lad's 16", "Daughter (14) gymnast", "our boy, 15, bowls".
      (CHILD_AGE_WORDS.has(tokens[i - 2]?.text ?? '') &&
        (before === 'is' || before === "'s" || before === '(' || before === ',') &&
        (!after || after.kind === 'punct' || !AGE_FALSE_FRIENDS.has(after.text))) ||
      // "I was 17 when…", "Was 17 doing olympic lifting…" (not "my squat was 60 and…").
      (options.past === true &&
        before === 'was' &&
        (tokens[i - 2]?.text === 'i' || context.sentences[token.sentence]?.start === i - 1) &&
        after !== undefined &&
        PAST_AGE_FOLLOWERS.has(after.text));
    if (!followedByAge && !stated) continue;
    ages.push({
      age: Number(token.text),
      mention: { value: { cat: 'cue', id: 'age_word' }, start: i, end: followedByAge ? i + 2 : i + 1 },
    });
  }
  return ages;
}
