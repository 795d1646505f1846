/**
 * How people write about backs, as data, one file a group: term lists per feature id and the helper words the
 * extractor reasons with (negations, idioms, hedges, cues). The vocabulary comes from how lifting and running
 * forums talk about backs (the seed threads, research/forum-dom.md) and from the symptom wording of the NHS
 * back-pain page and the red-flag literature (research/clinical-facts.md §1). It is general phrasing, never a
 * copied post.
 */
import type { TermGroup } from './terms';
import { REGION_TERMS } from './regions';
import { CONDITION_TERMS } from './conditions';
import { PART_TERMS, SADDLE_TERMS } from './body-parts';
import { SYMPTOM_TERMS } from './symptoms';
import { IDIOM_TERMS, TIMING_IDIOM_TERMS } from './idioms';
import { PULL_ACTIVITY_TERMS, OTHER_ACTIVITY_TERMS } from './activities';
import { TIMING_TERMS } from './timing';
import { CONTEXT_TERMS } from './context';
import { STORY_TERMS } from './stories';
import { EMERGENCY_FLAG_TERMS, OTHER_FLAG_TERMS, RED_FLAG_IDIOM_TERMS } from './red-flags';
import { RELEVANCE_CUE_TERMS, FEATURE_CUE_TERMS } from './cues';
import { THREAD_CUE_TERMS } from './thread';

export type { CueId, IdiomTarget, LexiconValue, PartId, TermGroup } from './terms';
export {
  ANAPHOR_FOLLOWERS,
  ANAPHORS,
  COORDINATORS,
  DEMONSTRATIVES,
  EXPERIENCE_FILLERS,
  EXPERIENCE_VERBS,
  FOLLOWING_THREAD,
  FORUM_PLACES,
  LINKING_AUXILIARIES,
  LINKING_FILLERS,
  LINKING_VERBS,
  NOT_GERUNDS,
  ONGOING_VERBS,
  PLAIN_AGREEMENT_FOLLOWERS,
  PERCEIVING_GERUNDS,
  POSSESSIVES,
  OTHER_SUBJECTS,
  PEOPLE_TIGHTENING,
  PEOPLE_WHO_DO_IT,
  SAME_WHEN,
  DESTINATION_PREPOSITIONS,
  INSTRUMENT_PREPOSITIONS,
  PART_DETERMINERS,
  OPENING_AGREEMENT,
  OPENING_AGREEMENT_FOLLOWERS,
  SAME_CIRCUMSTANCES,
  CLAUSE_OPENING_CIRCUMSTANCES,
  PREPOSITIONS,
  PROBLEM_NOUNS,
  QUALIFIERS,
  REFERRING_DETERMINERS,
  REFERRING_NOUNS,
  REFERRING_SUBJECTS,
  SAME_FOLLOWERS,
  TIME_AFTER_A,
  PEOPLE_WHO_ANNOY,
  GROUPS,
  LIFE_STAGE_OPENERS,
  SECONDHAND_VERBS,
  SENTENCE_OPENERS,
  SUBJECT_BOUNDARIES,
  SYMPTOM_WORDS_NEEDING_A_PLACE,
  TOPIC_BACK_WORDS,
  GENERIC_YOU,
  BE_WORDS,
  DONT_WORDS,
  FINE_WORDS,
  HAD_WORDS,
  HELPED_OBJECT,
  PART_PREPOSITIONS,
  POSTURE_VERBS,
  REMEDY_AFTER_PART,
  SPEAKER_BLOCKERS,
  YARDSTICK_WORDS,
} from './thread';
export { FEELING_BEFORE_CUE_VERB, FORM_CUE_OBJECTS, FORM_CUE_POSSESSIVES, TIGHT_STATE_VERBS } from './cues';
export { LIST_JOINS, LIST_WORDS, NOT_THE_LIFT_AFTER } from './activities';
export {
  AGE_FALSE_FRIENDS,
  AGE_FOLLOWERS,
  AGE_PERSON_WORDS,
  CHILD_AGE_WORDS,
  COUNT_FOLLOWERS,
  GENERIC_WORDS,
  PAST_AGE_FOLLOWERS,
  BACK_MODIFIERS,
  BARE_BACK_MODIFIERS,
  DURATION_FILLERS,
  NUMBER_WORDS,
  TRAINING_HISTORY_VERBS,
  DATING_WORDS,
  STOPWORDS,
  UNSHOWN_WORDS,
} from './words';
export {
  BACK_IN_TIME,
  DURATION_AFTER,
  LATER_STILL,
  MONTHS,
  MONTH_END_WORDS,
  MONTH_LEADS,
  MONTH_SHORT,
  MONTH_START_WORDS,
  NOT_A_DURATION_AFTER,
  VAGUE_COUNT_LEADS,
  VAGUE_COUNTS,
  WEEKS_PER_UNIT,
} from './time-words';
export {
  BACK_PLACES,
  CHEST_PLACES,
  CORRECTION_CAUSES,
  FALL_WORDS,
  FEELING_WORDS,
  HEDGE_WORDS,
  MILDER_SENSATIONS,
  NOTHING_ODD,
  URINE_WORDS,
} from './emergency-words';
export {
  CLAUSE_WORDS,
  CONTRAST_OPENERS,
  COORDINATION,
  KEEPS_APOSTROPHE_S,
  LIST_GOES_ON,
  NECK_OWNERS,
  NEGATORS,
  NEW_SUBJECT,
  NOT_FILLER,
  PLURAL_PRONOUNS,
  PRONOUNS,
  QUESTION_OPENERS,
  SIDE_PREPOSITIONS,
  SIMILE_CONDITIONS,
  SIMILE_OPENERS,
} from './grammar';
/** Every term group, for the one analysis (the background's engine, the popup, the command line). */
export const ALL_TERM_GROUPS: readonly TermGroup[] = [
  ...REGION_TERMS,
  ...CONDITION_TERMS,
  ...PART_TERMS,
  ...SADDLE_TERMS,
  ...SYMPTOM_TERMS,
  ...IDIOM_TERMS,
  ...TIMING_IDIOM_TERMS,
  ...PULL_ACTIVITY_TERMS,
  ...OTHER_ACTIVITY_TERMS,
  ...TIMING_TERMS,
  ...CONTEXT_TERMS,
  ...STORY_TERMS,
  ...EMERGENCY_FLAG_TERMS,
  ...OTHER_FLAG_TERMS,
  ...RED_FLAG_IDIOM_TERMS,
  ...RELEVANCE_CUE_TERMS,
  ...THREAD_CUE_TERMS,
  ...FEATURE_CUE_TERMS,
];
