/**
 * The popup questionnaire as data plus its flow, as pure functions of the answers so far.
 *
 * Order follows research/clinical-facts.md §6: screen red flags first (emergency, then urgent, then
 * soon), then ask where, what it feels like, when, and the training context. Every question maps
 * its options onto ids of lib/features.ts, so answers become the same `Features` that post text
 * becomes, and one ranker explains both.
 *
 * Adaptive skipping is computed from the catalog profiles (see `fittingCauses` and `liveOptions`):
 * an option of an adaptive question is offered only when some cause that still fits what the
 * reader said about where it is and what they were doing counts that option in its favour; a
 * question with no such option is skipped, and so is a page with no question left. Red-flag
 * questions are never skipped.
 */
import {
  ACTIVITIES,
  FEATURE_GROUPS,
  RED_FLAG_TIERS,
  groupOf,
  parseFeatures,
  type FeatureGroup,
  type FeatureId,
  type Features,
  type RedFlag,
} from '../features';
import type { CauseEntry } from '../catalog/types';

export const PAGE_IDS = ['emergency', 'urgent', 'soon', 'where', 'feel', 'activity', 'timing', 'context'] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** The steps a reader sees in the progress line; a step may span several pages. */
export const STEPS = [
  { id: 'red_flags', label: 'Warning signs', pages: ['emergency', 'urgent', 'soon'] },
  { id: 'where', label: 'Where', pages: ['where'] },
  { id: 'feel', label: 'Feel', pages: ['feel'] },
  { id: 'when', label: 'When', pages: ['activity', 'timing'] },
  { id: 'context', label: 'Context', pages: ['context'] },
] as const satisfies readonly { id: string; label: string; pages: readonly PageId[] }[];

/** What each page is about, as the reader sees it. */
export const PAGE_TEXT: Readonly<Record<PageId, { title: string; intro?: string }>> = {
  emergency: {
    title: 'First, signs that need emergency care',
    intro: 'These are rare, but they matter most, so Spotter asks everyone. Answer each one; “Not sure” is fine.',
  },
  urgent: { title: 'Signs that need a doctor today' },
  soon: { title: 'Signs worth a GP or physio visit' },
  where: { title: 'Where is it?' },
  feel: { title: 'What does it feel like?' },
  activity: { title: 'When does it happen?' },
  timing: { title: 'When exactly?' },
  context: { title: 'Your training lately' },
};

export interface Option {
  /** Stored in the answers; equals `feature` when there is one. */
  value: string;
  label: string;
  hint?: string;
  /** The vocabulary id this option adds to the features; none for descriptive options. */
  feature?: FeatureId;
}

export interface Question {
  id: string;
  page: PageId;
  /** `one`: a single choice (radio group); `many`: any number (checkboxes). */
  kind: 'one' | 'many';
  prompt: string;
  help?: string;
  options: readonly Option[];
  /** A `many` question that may honestly be answered "none of these" offers this label for it. */
  noneLabel?: string;
  /** Options are filtered by the catalog (see `liveOptions`); the question is skipped when none is left. */
  adaptive: boolean;
}

/** "Not sure" is always an answer; "none" only where the question offers `noneLabel`. */
export const UNSURE = 'unsure';
export const NONE = 'none';
export type Answer = typeof UNSURE | typeof NONE | readonly string[];
export type Answers = Readonly<Record<string, Answer>>;

export type FlowPage = PageId | 'results' | 'stopped';
export interface FlowState {
  readonly page: FlowPage;
  readonly answers: Answers;
}

/** What the flow needs from a catalog entry. */
export type CauseProfile = Pick<CauseEntry, 'id' | 'profile'>;

function yesNo(flag: RedFlag, prompt: string, help?: string): Question {
  const tier = RED_FLAG_TIERS[flag];
  const page: PageId = tier === 'emergency' ? 'emergency' : tier === 'urgent' ? 'urgent' : 'soon';
  return {
    id: flag,
    page,
    kind: 'one',
    prompt,
    ...(help === undefined ? {} : { help }),
    options: [
      { value: 'yes', label: 'Yes', feature: flag },
      { value: 'no', label: 'No' },
    ],
    adaptive: false,
  };
}

function featureOption(feature: FeatureId, label: string, hint?: string): Option {
  return { value: feature, label, feature, ...(hint === undefined ? {} : { hint }) };
}

/**
 * The questions, in the order they are asked. Red-flag wording follows the NHS back-pain advice and
 * the cauda equina checklist (clinical-facts.md §1.1, §1.2, §2.5) in our own words; the saddle
 * question is asked of everyone because people rarely mention it unprompted (NICE CKS).
 */
export const QUESTIONS: readonly Question[] = [
  yesNo(
    'saddle_numbness',
    'Do you have numbness, tingling or a “dead” feeling around your genitals, bottom or inner thighs (where you would sit on a saddle)?',
    'People seldom mention this unless asked, so Spotter asks everyone.',
  ),
  yesNo('bladder_bowel', 'Is peeing newly difficult, or have you leaked or lost control of your bladder or bowels?'),
  yesNo('both_legs_neuro', 'Do you have numbness, tingling, pain or weakness in both legs?'),
  yesNo('chest_pain', 'Do you have chest pain or pressure, or are you breathless, along with the back pain?'),
  yesNo(
    'major_trauma',
    'Did it start after a serious accident, a fall from a height or a hard impact?',
    'A heavy lift on its own does not count here.',
  ),
  yesNo(
    'dark_urine_severe_pain',
    'After a hard session, is the muscle pain severe or swollen and your pee dark brown, like tea or cola?',
  ),

  yesNo('fever', 'Do you have a high temperature, or feel hot and shivery?'),
  yesNo('weight_loss', 'Have you lost weight without trying?'),
  yesNo(
    'night_or_rest_pain',
    'Is the pain there all the time: it does not ease with rest or changing position, or it is worse at night?',
  ),
  yesNo('cancer_history', 'Have you ever had cancer?'),
  yesNo('progressive_weakness', 'Is one leg or foot getting weaker (tripping, or a foot that slaps down when you walk)?'),
  yesNo(
    'thoracic_constant',
    'Is there pain high in your back, between the shoulders, that is there most of the time and not brought on by a lift or a movement?',
  ),
  yesNo('lump_or_deformity', 'Is there a new lump or swelling on your back, or has its shape changed?'),
  yesNo(
    'steroids_immunosuppressed',
    'Have you taken steroid tablets for months, or do you take medicine or have an illness that weakens your immune system?',
  ),

  yesNo('radiating_below_knee', 'Does pain shoot down one leg, below the knee?'),
  yesNo('radiating_arm', 'Does pain, pins and needles or numbness spread into an arm or hand?'),
  yesNo('cough_sneeze_worse', 'Does the pain get much worse when you cough, sneeze or strain on the toilet?'),
  yesNo('not_improving', 'Has it lasted 4 to 6 weeks or more without getting better?'),
  yesNo(
    'young_extension_pain',
    'Are you under about 20, with low back pain when you arch backwards (overhead lifts, jerks, back bends)?',
  ),

  {
    id: 'region',
    page: 'where',
    kind: 'many',
    prompt: 'Which areas? Pick every one that applies.',
    options: [
      featureOption('neck', 'Neck', 'from the base of the skull to the top of the shoulders'),
      featureOption('upper_back', 'Upper back', 'traps and between the shoulder blades'),
      featureOption('mid_back', 'Mid back', 'lower shoulder blades down to the bottom of the ribs'),
      featureOption('lower_back', 'Lower back', 'below the ribs to the belt line: erectors, QL'),
      featureOption('si_glute', 'SI joint or upper glute', 'the dimples at the top of the buttocks'),
    ],
    adaptive: false,
  },
  {
    // Note: the vocabulary has no id for sides, so this answer is shown back to the reader but does
    // not move the ranking.
    id: 'side',
    page: 'where',
    kind: 'one',
    prompt: 'Is it on one side, or both sides or the middle?',
    options: [
      { value: 'one_side', label: 'One side' },
      { value: 'both_sides', label: 'Both sides or the middle' },
    ],
    adaptive: false,
  },
  {
    id: 'sensation',
    page: 'feel',
    kind: 'many',
    prompt: 'Which words fit? Pick every one that does.',
    options: [
      featureOption('cramp', 'Cramp or spasm', 'seizes or locks up, a hard knot you cannot release'),
      featureOption('pump', 'Pump or burning', 'swells up tight and burns, like a high-rep pump'),
      featureOption('tightness', 'Tight'),
      featureOption('soreness', 'Dull ache or soreness'),
      featureOption('sharp_pain', 'Sharp or stabbing pain', 'a stab, a tweak, a pop'),
      featureOption('radiating', 'Spreads or shoots', 'into a buttock, a leg or an arm'),
      featureOption('numbness_tingling', 'Numbness or pins and needles'),
      featureOption('stiffness', 'Stiff', 'hard to bend or turn; eases as you move'),
    ],
    adaptive: false,
  },
  {
    id: 'activity',
    page: 'activity',
    kind: 'many',
    prompt: 'What are you doing when it comes on? Pick all that apply.',
    options: [
      featureOption('bench', 'Bench press'),
      featureOption('squat', 'Squats'),
      featureOption('deadlift', 'Deadlifts'),
      featureOption('ohp', 'Overhead press'),
      featureOption('row', 'Rows'),
      featureOption('pullup', 'Pull-ups or chin-ups'),
      featureOption('other_lift', 'Other lifts'),
      featureOption('running', 'Running'),
      featureOption('stretching', 'Stretching'),
      featureOption('sleeping', 'Lying in bed or sleeping'),
      featureOption('sitting', 'Sitting'),
    ],
    adaptive: false,
  },
  {
    id: 'timing',
    page: 'timing',
    kind: 'many',
    prompt: 'When exactly does it come on? Pick all that apply.',
    options: [
      featureOption('during_setup', 'While setting up', 'getting into position, arching, unracking'),
      featureOption('heavy_sets_only', 'Only on heavy top sets', 'not on lighter sets of the same lift'),
      featureOption('during_sets', 'During working sets, heavy or light'),
      featureOption('during_run', 'During a run', 'for example after the first mile or two'),
      featureOption('while_stretching', 'While stretching or holding an arched position'),
      featureOption('after_session', 'Later the same day, after training'),
      featureOption('next_days', 'The next day or two', '24 to 72 hours later'),
      featureOption('at_rest_or_night', 'At rest or at night'),
      featureOption('morning', 'First thing in the morning'),
    ],
    noneLabel: 'None of these',
    adaptive: true,
  },
  {
    id: 'context',
    page: 'context',
    kind: 'many',
    prompt: 'Is any of this true for you lately? Pick all that apply.',
    options: [
      featureOption('load_jump', 'The weight or volume went up quickly'),
      featureOption('new_program_or_exercise', 'A new programme or a new exercise'),
      featureOption('returning_after_break', 'Coming back after a break'),
      featureOption('heavy_low_rep_focus', 'Mostly heavy, low-rep training'),
      featureOption('new_to_running', 'New to running, or to longer runs'),
      featureOption('no_warmup', 'Little or no warm-up'),
      featureOption('hot_or_dehydrated', 'Hot weather, heavy sweating or not much to drink'),
      featureOption('prior_cramps', 'You have had cramps like this before'),
      featureOption('fatigued', 'It comes on as you tire: late in a long run, a long session or high-rep sets'),
      featureOption('sudden_onset', 'It started with a pop, a tweak or a sudden sharp moment'),
    ],
    noneLabel: 'None of these',
    adaptive: true,
  },
  {
    id: 'duration',
    page: 'context',
    kind: 'one',
    prompt: 'Has it been going on, on and off, for more than about 4 weeks?',
    options: [
      { value: 'yes', label: 'Yes', feature: 'weeks_long' },
      { value: 'no', label: 'No' },
    ],
    adaptive: true,
  },
];

const QUESTION_BY_ID = new Map(QUESTIONS.map((question) => [question.id, question]));

/**
 * The questions whose answers decide which causes still fit. They are what the reader knows best
 * (where it is and what they were doing); sensation words are too fuzzy to rule a cause out.
 */
const FITTING_QUESTIONS = [
  { questionId: 'region', group: 'region' },
  { questionId: 'activity', group: 'activity' },
] as const satisfies readonly { questionId: string; group: FeatureGroup }[];

/**
 * Causes that still fit the reader's answers about where and what they were doing: a cause fits
 * when, for each of those answered groups, its profile either says nothing about the group or
 * counts one of the answered ids in its favour. Unanswered or "not sure" groups rule nothing out.
 */
export function fittingCauses(answers: Answers, causes: readonly CauseProfile[]): CauseProfile[] {
  const answered = FITTING_QUESTIONS.flatMap(({ questionId, group }) => {
    const answer = answers[questionId];
    return Array.isArray(answer) ? [{ group, ids: answer as readonly string[] }] : [];
  });
  return causes.filter((cause) =>
    answered.every(({ group, ids }) => {
      const favoured = (FEATURE_GROUPS[group] as readonly string[]).filter((id) => weightFor(cause, id) > 0);
      return favoured.length === 0 || favoured.some((id) => ids.includes(id));
    }),
  );
}

function weightFor(cause: CauseProfile, id: string): number {
  return (cause.profile.for as Record<string, number | undefined>)[id] ?? 0;
}

/**
 * A cause that says nothing about activities fits every reader, so only its telling features
 * (weight 2 or more of the catalog's 1–3 scale) are worth a question; otherwise "warm-up" advice
 * that mentions runs would put a running question to someone whose back cramps on the bench.
 */
const TELLING_WEIGHT = 2;

/**
 * The options worth offering: for an adaptive question, those a fitting cause counts in its favour
 * (answering them can raise a cause that fits; answering anything else cannot add a candidate).
 * Once the reader has named activities, a fitting cause that names none of its own must count the
 * option as telling. Options without a feature stay while the question is asked at all.
 * Non-adaptive questions keep all their options.
 */
export function liveOptions(question: Question, answers: Answers, causes: readonly CauseProfile[]): Option[] {
  if (!question.adaptive) return [...question.options];
  const activitiesNamed = Array.isArray(answers.activity);
  const fitting = fittingCauses(answers, causes).map((cause) => ({
    cause,
    minWeight:
      activitiesNamed && !ACTIVITIES.some((activity) => weightFor(cause, activity) > 0) ? TELLING_WEIGHT : Number.MIN_VALUE,
  }));
  const live = question.options.filter(
    (option) =>
      option.feature === undefined ||
      fitting.some(({ cause, minWeight }) => weightFor(cause, option.feature as string) >= minWeight),
  );
  // Options without a feature (the "No" of a yes/no) only make sense beside one that has one.
  return live.some((option) => option.feature !== undefined) ? live : [];
}

export interface VisibleQuestion {
  question: Question;
  options: Option[];
}

export function visibleQuestions(page: PageId, answers: Answers, causes: readonly CauseProfile[]): VisibleQuestion[] {
  return QUESTIONS.filter((question) => question.page === page)
    .map((question) => ({ question, options: liveOptions(question, answers, causes) }))
    .filter(({ options }) => options.length > 0);
}

export function visiblePages(answers: Answers, causes: readonly CauseProfile[]): PageId[] {
  return PAGE_IDS.filter((page) => visibleQuestions(page, answers, causes).length > 0);
}

/** Whether `answer` is a complete answer to `question` given the options on offer. */
export function isAnswered(question: Question, options: readonly Option[], answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (answer === UNSURE) return true;
  if (answer === NONE) return question.noneLabel !== undefined;
  // Values no longer on offer (made irrelevant by a changed earlier answer) do not count.
  const onOffer = answer.filter((value) => options.some((option) => option.value === value));
  return question.kind === 'one' ? onOffer.length === 1 : onOffer.length > 0;
}

export function isPageComplete(page: PageId, answers: Answers, causes: readonly CauseProfile[]): boolean {
  return visibleQuestions(page, answers, causes).every(({ question, options }) =>
    isAnswered(question, options, answers[question.id]),
  );
}

export function startFlow(answers: Answers = {}): FlowState {
  return { page: PAGE_IDS[0], answers };
}

/** Records an answer (or clears it with `undefined`); the page does not change. */
export function answerQuestion(state: FlowState, questionId: string, answer: Answer | undefined): FlowState {
  const question = QUESTION_BY_ID.get(questionId);
  if (!question) throw new Error(`Unknown question id: ${questionId}`);
  const answers = { ...state.answers };
  if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) delete answers[questionId];
  else answers[questionId] = Array.isArray(answer) ? [...answer] : answer;
  return { ...state, answers };
}

/** Emergency red flags answered "yes": any one of them ends the questionnaire. */
export function emergencyAnswers(answers: Answers): RedFlag[] {
  return redFlagsAnswered(answers, 'yes').filter((flag) => RED_FLAG_TIERS[flag] === 'emergency');
}

/** Red flags answered "not sure": the results ask the reader to treat them as a yes if in doubt. */
export function unsureRedFlags(answers: Answers): RedFlag[] {
  return (Object.keys(RED_FLAG_TIERS) as RedFlag[]).filter((flag) => answers[flag] === UNSURE);
}

function redFlagsAnswered(answers: Answers, value: 'yes'): RedFlag[] {
  return (Object.keys(RED_FLAG_TIERS) as RedFlag[]).filter((flag) => {
    const answer = answers[flag];
    return Array.isArray(answer) && answer.includes(value);
  });
}

/**
 * Moves forward when the current page is complete: an emergency answer stops the flow at once;
 * otherwise the next visible page, or the results after the last one.
 */
export function nextPage(state: FlowState, causes: readonly CauseProfile[]): FlowState {
  const { page, answers } = state;
  if (page === 'results' || page === 'stopped') return state;
  if (!isPageComplete(page, answers, causes)) return state;
  if (emergencyAnswers(answers).length > 0) return { page: 'stopped', answers };
  const pages = visiblePages(answers, causes);
  const following = pages.find((candidate) => PAGE_IDS.indexOf(candidate) > PAGE_IDS.indexOf(page));
  return { page: following ?? 'results', answers };
}

/** Moves back to the previous visible page (from the results: the last one; from a stop: the emergency page). */
export function previousPage(state: FlowState, causes: readonly CauseProfile[]): FlowState {
  const { page, answers } = state;
  if (page === 'stopped') return { page: 'emergency', answers };
  const pages = visiblePages(answers, causes);
  if (page === 'results') return { page: pages[pages.length - 1] ?? PAGE_IDS[0], answers };
  const before = pages.filter((candidate) => PAGE_IDS.indexOf(candidate) < PAGE_IDS.indexOf(page));
  return { page: before[before.length - 1] ?? page, answers };
}

/**
 * The answers as `Features` (parseFeatures-compatible): each chosen option's id, counting only
 * questions and options still on offer, so an answer made irrelevant by a later change (a run
 * timing after "running" was unticked) no longer counts.
 */
export function answersToFeatures(answers: Answers, causes: readonly CauseProfile[]): Features {
  const ids: Record<string, string[]> = {};
  for (const page of PAGE_IDS) {
    for (const { question, options } of visibleQuestions(page, answers, causes)) {
      const answer = answers[question.id];
      if (!Array.isArray(answer)) continue;
      for (const option of options) {
        if (option.feature === undefined || !answer.includes(option.value)) continue;
        const group = groupOf(option.feature);
        if (group) (ids[group] ??= []).push(option.feature);
      }
    }
  }
  return parseFeatures(ids);
}

/**
 * Answers that reproduce `features` (e.g. from a post, via `popup.html#answers=`). Red flags the
 * features do not mention stay unanswered, so the reader is still asked every one of them.
 */
export function featuresToAnswers(features: Features): Answers {
  const clean = parseFeatures(features);
  const present = new Set<string>(Object.values(clean).flat());
  const answers: Record<string, Answer> = {};
  for (const question of QUESTIONS) {
    const chosen = question.options.filter((option) => option.feature && present.has(option.feature));
    if (chosen.length === 0) continue;
    answers[question.id] = chosen.map((option) => option.value);
  }
  return answers;
}

/** Red-flag questions the reader has not answered (e.g. answers prefilled from a post). */
export function unansweredRedFlags(answers: Answers): RedFlag[] {
  return (Object.keys(RED_FLAG_TIERS) as RedFlag[]).filter((flag) => answers[flag] === undefined);
}

/**
 * Reads stored or linked answers back, keeping only known questions and option values.
 * Never throws; anything unrecognised is dropped.
 */
export function parseAnswers(input: unknown): Answers {
  const answers: Record<string, Answer> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return answers;
  for (const question of QUESTIONS) {
    if (!Object.hasOwn(input, question.id)) continue;
    const raw = (input as Record<string, unknown>)[question.id];
    if (raw === UNSURE) answers[question.id] = UNSURE;
    else if (raw === NONE && question.noneLabel !== undefined) answers[question.id] = NONE;
    else if (Array.isArray(raw)) {
      const values = question.options.map((option) => option.value).filter((value) => raw.includes(value));
      if (values.length > 0 && (question.kind === 'many' || values.length === 1)) answers[question.id] = values;
    }
  }
  return answers;
}
