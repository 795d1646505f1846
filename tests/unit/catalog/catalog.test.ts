import { describe, expect, it } from 'vitest';
import { CATALOG, getCause } from '@/lib/catalog';
import { REQUIRED_CAUSE_IDS, type CauseEntry, type TryStep } from '@/lib/catalog/types';
import { featureIds, isFeatureId, type Features } from '@/lib/features';

const GRADES = ['A', 'B', 'C', 'anecdotal', 'not_supported', 'avoid'];
/** Phone numbers and services belong to lib/wording/local-help.ts, which localises them; the catalog names tiers. */
const HARD_CODED_NUMBER = /\b(999|911|112|111|000)\b|A&E|\bNHS\b/;
const LEVELS = ['strong', 'moderate', 'limited', 'expert_opinion', 'anecdotal'];
const DIAGNOSING = /\byou have\b|\byou'?ve got\b|\bthis is (a|an|your)\b|\byou are suffering\b/i;
const OVERDRINKING = /\bas much as (you can|possible)\b|\bdrink\w*\b[^.]*\bas much as\b/i;
const WEAK_REMEDY = /magnesium|taurine|pickle/i;
const HONEST_ABOUT_REMEDY = /cochrane|small|lab\b|no meaningful|no better|liver|limited|weak|not shown|never tested|only/i;
const NEGATION = /\b(never|not|don't|do not|avoid|against)\b/i;

/** Every piece of prose in an entry except its phrases (which are how posters write, not advice). */
function prose(entry: CauseEntry): string[] {
  return [
    entry.title,
    entry.summary,
    entry.mechanism,
    entry.seeProfessional,
    entry.evidence.summary,
    ...entry.caveats,
    ...entry.tryThis.flatMap((step) => [step.text, step.note ?? '']),
  ].filter((text) => text.length > 0);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

function stepProblems(id: string, step: TryStep): string[] {
  const problems: string[] = [];
  const words = `${step.text} ${step.note ?? ''}`;
  if (step.text.trim().length < 15) problems.push(`${id}: step "${step.text}" is too short`);
  if (!GRADES.includes(step.grade)) problems.push(`${id}: step "${step.text}" has unknown grade ${step.grade}`);
  if (/quinine|tonic water/i.test(words) && step.grade !== 'avoid') problems.push(`${id}: quinine step not graded avoid`);
  if (WEAK_REMEDY.test(words)) {
    if (!['B', 'C', 'not_supported', 'avoid'].includes(step.grade)) problems.push(`${id}: weak remedy graded ${step.grade}`);
  }
  if (/magnesium/i.test(step.text) && step.grade === 'avoid')
    problems.push(`${id}: magnesium is ineffective, not harmful: grade it not_supported`);
  if (step.grade === 'A' && /stretch/i.test(step.text) && !/limb/i.test(step.note ?? '')) {
    problems.push(`${id}: a stretch graded A without saying the evidence is from limb cramps`);
  }
  if (WEAK_REMEDY.test(words)) {
    if (!step.note || !HONEST_ABOUT_REMEDY.test(step.note)) problems.push(`${id}: weak remedy without an honest note`);
  }
  return problems;
}

/** Everything wrong with one entry, as readable messages (empty when the entry is complete). */
function entryProblems(entry: CauseEntry): string[] {
  const { id } = entry;
  const problems: string[] = [];
  const tooShort = (field: string, text: string, min: number) => {
    if (text.trim().length < min) problems.push(`${id}: ${field} is empty or too short`);
  };
  tooShort('id', id, 3);
  tooShort('title', entry.title, 5);
  tooShort('summary', entry.summary, 60);
  tooShort('mechanism', entry.mechanism, 80);
  tooShort('seeProfessional', entry.seeProfessional, 60);
  if (HARD_CODED_NUMBER.test(entry.seeProfessional)) problems.push(`${id}: seeProfessional hard-codes a phone number or service`);
  tooShort('evidence.summary', entry.evidence.summary, 20);
  if (!/^Posts like this (often|sometimes) (describe|blame|come)/.test(entry.summary)) {
    problems.push(`${id}: summary is not framed as "Posts like this often describe…"`);
  }
  for (const [field, text] of [
    ['summary', entry.summary],
    ['mechanism', entry.mechanism],
  ] as const) {
    if (DIAGNOSING.test(text)) problems.push(`${id}: ${field} reads as a diagnosis`);
  }
  if (!LEVELS.includes(entry.evidence.level)) problems.push(`${id}: unknown evidence level`);
  if (entry.evidence.references.filter((ref) => ref.trim().length >= 5).length === 0) problems.push(`${id}: no reference`);
  if (entry.tryThis.length === 0) problems.push(`${id}: nothing to try`);
  problems.push(...entry.tryThis.flatMap((step) => stepProblems(id, step)));
  if (entry.caveats.length === 0) problems.push(`${id}: no caveat`);
  for (const caveat of entry.caveats) tooShort('caveat', caveat, 20);
  const phrases = entry.phrases.filter((phrase) => phrase.trim().length >= 3);
  if (phrases.length < 4 || phrases.length !== entry.phrases.length) problems.push(`${id}: needs at least 4 non-empty phrases`);
  if (new Set(entry.phrases.map((p) => p.toLowerCase())).size !== entry.phrases.length) problems.push(`${id}: repeated phrase`);

  for (const side of ['for', 'against'] as const) {
    for (const [feature, weight] of Object.entries(entry.profile[side])) {
      if (!isFeatureId(feature)) problems.push(`${id}: profile.${side} names unknown feature ${feature}`);
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
        problems.push(`${id}: profile.${side}.${feature} has weight ${String(weight)}`);
      }
    }
  }
  for (const feature of Object.keys(entry.profile.for)) {
    if (feature in entry.profile.against) problems.push(`${id}: ${feature} is both for and against`);
  }

  for (const text of prose(entry)) {
    if (OVERDRINKING.test(text)) problems.push(`${id}: advises drinking as much as possible`);
    for (const sentence of sentences(text)) {
      if (/quinine|tonic water/i.test(sentence) && !NEGATION.test(sentence))
        problems.push(`${id}: mentions quinine without advising against it`);
    }
  }
  for (const text of [entry.summary, entry.mechanism, ...entry.caveats]) {
    for (const sentence of sentences(text)) {
      if (WEAK_REMEDY.test(sentence) && !HONEST_ABOUT_REMEDY.test(sentence)) {
        problems.push(`${id}: mentions a weak remedy without saying the evidence is weak`);
      }
    }
  }
  return problems;
}

/** A plain net profile score: the sum of matching `for` weights minus matching `against` weights. */
function profileScore(entry: CauseEntry, features: Features): number {
  return featureIds(features).reduce(
    (score, feature) => score + (entry.profile.for[feature] ?? 0) - (entry.profile.against[feature] ?? 0),
    0,
  );
}

function rankByProfile(features: Features): string[] {
  return [...CATALOG]
    .map((entry) => ({ id: entry.id, score: profileScore(entry, features) }))
    .sort((a, b) => b.score - a.score)
    .map(({ id }) => id);
}

const COMPLETE_ENTRY: CauseEntry = {
  id: 'example_cause',
  title: 'An example cause',
  summary: 'Posts like this often describe an example of a back problem used to check that this test can fail.',
  mechanism:
    'Nothing real: this entry exists only so the checks below can be shown to reject broken entries when a field goes wrong.',
  profile: { for: { lower_back: 2, cramp: 1, running: 1 }, against: { radiating: 2 } },
  tryThis: [{ text: 'Stretch the cramping muscle gently.', grade: 'A', note: 'Studied in limb cramps.' }],
  caveats: ['This is an example caveat for the test.'],
  seeProfessional: 'See a GP or physio if it is no better after 4–6 weeks; get emergency help now for emergency signs.',
  evidence: { level: 'limited', summary: 'An example evidence summary.', references: ['Example et al., 2020'] },
  phrases: ['one phrase', 'two phrase', 'three phrase', 'four phrase'],
};

describe('catalog checks', () => {
  it('accept a complete entry', () => {
    expect(entryProblems(COMPLETE_ENTRY)).toEqual([]);
  });

  it.each<[string, Partial<CauseEntry>]>([
    ['an empty summary', { summary: '' }],
    [
      'a diagnosing summary',
      { summary: 'Posts like this often describe it, and you have a strained erector muscle on the left side.' },
    ],
    [
      'a diagnosing mechanism',
      { mechanism: 'This is a classic disc herniation pressing on the nerve root, and it needs rest and surgery soon.' },
    ],
    ['no step', { tryThis: [] }],
    ['no caveat', { caveats: [] }],
    ['no reference', { evidence: { level: 'limited', summary: 'An example evidence summary.', references: [] } }],
    ['three phrases', { phrases: ['one phrase', 'two phrase', 'three phrase'] }],
    ['an unknown feature', { profile: { for: { lower_back: 2, cramp: 1, elbow: 1 } as never, against: {} } }],
    ['a zero weight', { profile: { for: { lower_back: 2, cramp: 0, running: 1 }, against: {} } }],
    ['a non-finite weight', { profile: { for: { lower_back: 2, cramp: Number.NaN, running: 1 }, against: {} } }],
    ['quinine recommended', { tryThis: [{ text: 'Take quinine at night for cramps.', grade: 'B', note: 'small trials' }] }],
    ['quinine in a caveat without advice against it', { caveats: ['Quinine helps many lifters with cramps.'] }],
    ['overdrinking', { tryThis: [{ text: 'Drink as much as you can before the run.', grade: 'C' }] }],
    ['magnesium graded A', { tryThis: [{ text: 'Take magnesium every night.', grade: 'A', note: 'small trials only' }] }],
    [
      'magnesium graded as harmful',
      { tryThis: [{ text: 'Skip magnesium for cramps.', grade: 'avoid', note: 'Cochrane: no meaningful effect' }] },
    ],
    ['a stretch graded A with no word on limb cramps', { tryThis: [{ text: 'Stretch the back when it cramps.', grade: 'A' }] }],
    [
      'a hard-coded UK number',
      { seeProfessional: 'See a GP or physio if it lingers for weeks. Call 999 for numbness in both legs.' },
    ],
    ['magnesium without a note', { tryThis: [{ text: 'Take magnesium every night.', grade: 'C' }] }],
    [
      'taurine as folklore',
      { tryThis: [{ text: 'Take taurine before training.', grade: 'anecdotal', note: 'forum favourite' }] },
    ],
    [
      'pickle juice with a dishonest note',
      { tryThis: [{ text: 'Drink pickle juice for cramps.', grade: 'B', note: 'works for everyone' }] },
    ],
  ])('reject %s', (_name, change) => {
    expect(entryProblems({ ...COMPLETE_ENTRY, ...change })).not.toEqual([]);
  });
});

describe('CATALOG', () => {
  const steps = CATALOG.flatMap((entry) => entry.tryThis.map((step) => ({ id: entry.id, ...step })));

  it('grades the lifting-belt step C: one small lab study of spinal load, not of pain (issue 10)', () => {
    const belt = steps.filter((step) => /\bbelt\b/i.test(step.text));
    expect(belt.length).toBeGreaterThan(0);
    for (const step of belt) expect(step.grade, step.text).toBe('C');
  });

  it('grades magnesium "not supported" and keeps "avoid" for quinine, which harms', () => {
    const magnesium = steps.filter((step) => /magnesium/i.test(step.text));
    const quinine = steps.filter((step) => /quinine/i.test(step.text));
    expect(magnesium.length).toBeGreaterThan(0);
    expect(quinine.length).toBeGreaterThan(0);
    for (const step of magnesium) expect(step.grade).toBe('not_supported');
    for (const step of quinine) expect(step.grade).toBe('avoid');
  });

  it('words low blood sodium after long exercise as an emergency', () => {
    const entry = getCause('dehydration_electrolytes');
    expect(entry?.seeProfessional).toMatch(/emergency help now[^.]*confusion, vomiting or a severe headache[^.]*long exercise/i);
  });

  it('has every required cause id', () => {
    const ids = new Set(CATALOG.map((entry) => entry.id));
    expect(REQUIRED_CAUSE_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has no duplicate ids', () => {
    const ids = CATALOG.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('looks every entry up by id, and nothing else', () => {
    for (const entry of CATALOG) expect(getCause(entry.id)).toBe(entry);
    expect(getCause('not_a_cause')).toBeUndefined();
  });

  it.each(CATALOG.map((entry) => [entry.id, entry] as const))('%s is complete, honest and never diagnoses', (_id, entry) => {
    expect(entryProblems(entry)).toEqual([]);
  });

  it.each(REQUIRED_CAUSE_IDS.map((id) => [id]))('%s has at least 3 features for it', (id) => {
    expect(Object.keys(getCause(id)?.profile.for ?? {}).length).toBeGreaterThanOrEqual(3);
  });
});

/**
 * The profiles alone (no phrase matching) should already put the seed situations' causes on top,
 * so the ranker starts from weights that discriminate.
 */
describe('profiles discriminate between causes', () => {
  // [situation, features, causes one of which must rank first, causes that must stay in the top six]
  it.each<[string, Features, string[], string[]]>([
    [
      'a cramp between the scapulae on heavy bench top sets',
      { region: ['mid_back'], activity: ['bench'], sensation: ['cramp'], timing: ['heavy_sets_only'] },
      ['shortened_position_cramp'],
      ['thoracic_segment_hinging', 'neuromuscular_fatigue'],
    ],
    [
      "a lifter's lower back pumping and cramping on runs",
      {
        region: ['lower_back'],
        activity: ['running'],
        sensation: ['pump', 'cramp'],
        timing: ['during_run'],
        context: ['new_to_running', 'heavy_low_rep_focus'],
      },
      ['erector_endurance'],
      ['heavy_upper_body', 'running_posture', 'neuromuscular_fatigue', 'hip_flexor_tightness', 'forward_lean'],
    ],
    [
      'the back cramping while stretching',
      { region: ['lower_back'], activity: ['stretching'], sensation: ['cramp'], timing: ['while_stretching'] },
      ['overstretching', 'shortened_position_cramp'],
      ['overstretching', 'shortened_position_cramp'],
    ],
    [
      'the upper back sore after squats',
      { region: ['upper_back'], activity: ['squat'], sensation: ['soreness'], timing: ['after_session'] },
      ['bar_position', 'bar_pressure_bruising', 'overtension'],
      ['bar_position', 'bar_pressure_bruising', 'overtension'],
    ],
    [
      'a dull ache two days after a new program',
      {
        region: ['lower_back'],
        activity: ['deadlift'],
        sensation: ['soreness'],
        timing: ['next_days'],
        context: ['new_program_or_exercise'],
      },
      ['doms'],
      ['load_progression'],
    ],
    [
      'a pop and sharp pain on a deadlift',
      {
        region: ['lower_back'],
        activity: ['deadlift'],
        sensation: ['sharp_pain'],
        timing: ['during_sets'],
        context: ['sudden_onset'],
      },
      ['muscle_strain'],
      ['bracing'],
    ],
    [
      'pain down the leg below the knee, worse on sneezing',
      { region: ['lower_back'], sensation: ['radiating'], redFlags: ['radiating_below_knee', 'cough_sneeze_worse'] },
      ['disc_related'],
      ['nerve_root_irritation'],
    ],
    [
      'tingling down the arm from the neck',
      { region: ['neck'], sensation: ['radiating', 'numbness_tingling'], redFlags: ['radiating_arm'] },
      ['nerve_root_irritation'],
      [],
    ],
    [
      'a teenager with low back pain on arching',
      { region: ['lower_back'], activity: ['ohp'], sensation: ['soreness'], redFlags: ['young_extension_pain'] },
      ['spondylolysis'],
      ['overextension'],
    ],
    [
      'back pain with fever and night pain',
      { region: ['lower_back'], sensation: ['soreness'], redFlags: ['fever', 'night_or_rest_pain'] },
      ['medical_condition'],
      [],
    ],
    [
      'constant pain between the shoulders with chest pain',
      { region: ['upper_back'], redFlags: ['thoracic_constant', 'chest_pain'] },
      ['medical_condition'],
      [],
    ],
  ])('%s', (_name, features, firstChoices, alsoNearTop) => {
    const ranked = rankByProfile(features);
    expect(firstChoices).toContain(ranked[0]);
    for (const id of alsoNearTop) expect(ranked.slice(0, 6)).toContain(id);
  });
});
