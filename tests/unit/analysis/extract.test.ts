import { describe, expect, it } from 'vitest';
import { analyzeText, extractFeatures } from '@/lib/analysis/extract';
import { FEATURE_GROUPS, RED_FLAGS, featureIds, type FeatureId } from '@/lib/features';

/** Whether any back word and symptom pair up in the text (what relevance is made of). */
function pairsUp(text: string): boolean {
  return analyzeText(text).evidence.pairs.length > 0;
}

/** Posts written for these tests, one per feature id, in the way forum regulars write. */
const FEATURE_CASES: [FeatureId, string][] = [
  // regions
  ['neck', 'Squatting high bar leaves my neck sore right where the bar sits for a couple of days.'],
  ['upper_back', 'Got a nasty knot between my shoulder blades that aches every time I bench.'],
  ['mid_back', 'My thoracic area cramps up hard on heavy rows, right around T7.'],
  ['lower_back', 'Erectors are fried after yesterday, lower back is so tight I can barely tie my shoes.'],
  ['si_glute', 'SI joint on the left side is killing me after sumo pulls.'],
  // activities
  ['bench', 'Mid back spasms on my bench press top set, never on the warm-ups.'],
  ['squat', 'Lower back aches after squats, especially the paused ones.'],
  ['deadlift', 'Tweaked my lower back on my last deadlift single today.'],
  ['ohp', 'My lower back hurts when I overhead press heavy, I think I lean back too much.'],
  ['row', 'My lats cramp up on barbell rows towards the end of the set.'],
  ['pullup', 'Upper back spasm on the last rep of my pull-ups, scared me a bit.'],
  ['running', 'Lower back gets really tight when I run more than a couple of miles.'],
  ['stretching', 'My back cramps when I stretch my hamstrings in the morning.'],
  ['sleeping', 'My lower back is stiff and sore after I sleep on this old mattress.'],
  ['sitting', 'Sitting at my desk all day makes my lower back ache.'],
  ['other_lift', 'Lower back pumps up so badly on kettlebell swings that I have to stop.'],
  // sensations
  ['cramp', 'My lower back seized up halfway through the session.'],
  ['pump', 'Lower back pump on the treadmill is unbearable after ten minutes.'],
  ['tightness', 'My upper back feels tight all the time lately.'],
  ['soreness', 'Lower back has been achy since Tuesday.'],
  ['sharp_pain', 'Felt a sharp stab in my lower back as I locked out the pull.'],
  ['radiating', 'The pain in my lower back shoots down into my glute when I sit.'],
  ['numbness_tingling', 'My lower back hurts and there is tingling along the outside of my thigh.'],
  ['stiffness', 'Lower back is so stiff in the mornings I can hardly put my socks on.'],
  // timing
  ['during_setup', 'My mid back cramps as soon as I arch and set up for the bench.'],
  ['heavy_sets_only', 'Only on heavy sets my mid back cramps, lighter sets are fine.'],
  ['during_sets', 'My lower back starts cramping mid set on squats.'],
  ['during_run', 'My lower back starts to burn about 2 miles into the run.'],
  ['while_stretching', 'My lower back cramps while stretching after the session.'],
  ['after_session', 'Lower back gets sore after my workouts, not during them.'],
  ['next_days', 'The day after deadlifts my lower back is stiff and sore.'],
  ['at_rest_or_night', 'My lower back aches at night lying in bed.'],
  ['morning', 'Lower back is stiff every morning when I wake up, then eases.'],
  // context
  ['load_jump', 'I added a lot of weight to my squat this week and now my lower back is sore.'],
  ['new_program_or_exercise', 'Started a new program on Monday and my lower back has been sore since.'],
  ['returning_after_break', 'First time deadlifting after a long layoff and my lower back is wrecked.'],
  ['heavy_low_rep_focus', 'I mostly do heavy singles and doubles and my lower back is always tight.'],
  ['new_to_running', "I'm new to running, and my lower back aches on every run."],
  ['no_warmup', 'Skipped my warm up and my lower back cramped on the first set.'],
  ['hot_or_dehydrated', 'Back cramped up on a long run in the heat, I was really dehydrated.'],
  ['prior_cramps', "I'm prone to cramps and now my lower back cramps on deadlifts too."],
  ['fatigued', 'My lower back gets tired and starts to cramp towards the end of my long runs.'],
  ['sudden_onset', 'Felt a pop in my lower back and it has hurt since.'],
  ['weeks_long', 'My lower back has ached for three months now.'],
];

describe('extractFeatures finds each feature id', () => {
  it('covers every id of the vocabulary except red flags (tested in triage.test.ts)', () => {
    const covered = new Set(FEATURE_CASES.map(([id]) => id));
    const expected = (['region', 'activity', 'sensation', 'timing', 'context'] as const).flatMap((group) => [
      ...FEATURE_GROUPS[group],
    ]);
    expect(expected.filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(FEATURE_CASES)('%s in: %s', (id, text) => {
    const { features, matches } = extractFeatures(text);
    expect(featureIds(features)).toContain(id);
    const match = matches.find((m) => m.id === id);
    expect(match?.words.length).toBeGreaterThan(0);
    // The words are the post's own, as written.
    for (const word of match!.words) expect(text).toContain(word);
  });
});

describe('extractFeatures reports the post’s own words', () => {
  it('keeps the original spelling and case of misspelt words', () => {
    const text = 'My LOWERBACK gets a rediculous pump and my erecters cramp up.';
    const { matches } = extractFeatures(text);
    const words = matches.flatMap((m) => m.words);
    expect(words).toContain('LOWERBACK');
    expect(matches.find((m) => m.id === 'lower_back')?.words).toEqual(expect.arrayContaining(['LOWERBACK', 'erecters']));
  });

  it('reads "scapulae" and "shoulderblades" as shoulder blades', () => {
    expect(extractFeatures('Cramping between my scapulae on bench.').features.region).toContain('upper_back');
    expect(extractFeatures('Sharp pain between the shoulderblades when I row.').features.region).toContain('upper_back');
  });

  it('reads stretched words ("crammmping", "sooooo sore")', () => {
    const { features } = extractFeatures('My lower back is sooooo sore and keeps crammmping');
    expect(features.sensation).toEqual(expect.arrayContaining(['soreness', 'cramp']));
    // Known to the lexicon only through a prefix (`spasm*`), still read.
    expect(extractFeatures('My lower back keeps spaaasming').features.sensation).toEqual(['cramp']);
  });
});

describe('negation', () => {
  it.each([
    'No back pain at all, just tired legs.',
    'I have never had back cramps in ten years of lifting.',
    'Ran 10k without any back pain today.',
    "My back doesn't hurt, it's my knees.",
    "I don't really get lower back pain from deadlifts.",
    'Lower back is pain-free since I started bracing properly.',
  ])('"%s" has no back symptom', (text) => {
    expect(pairsUp(text)).toBe(false);
    expect(extractFeatures(text).features.sensation ?? []).toEqual([]);
  });

  it('does not let "no idea" or "no improvement" negate the symptom', () => {
    expect(extractFeatures('No idea why my lower back cramps on bench.').features.sensation).toContain('cramp');
    expect(pairsUp('No improvement in my lower back pain after six weeks.')).toBe(true);
  });

  it('does not let "could barely walk without" negate the pain', () => {
    const { features } = extractFeatures('Could barely walk without pain shooting down my leg from my lower back.');
    expect(features.sensation).toContain('radiating');
  });

  it('drops lifts that the post says are fine', () => {
    const { features } = extractFeatures(
      'My mid back cramps only on bench. Squats, rows and deadlifts all go without any issues.',
    );
    expect(features.activity).toEqual(['bench']);
  });

  it.each([
    ['My upper back cramps on overhead press. Squats, rows and deadlifts never set it off.', ['ohp']],
    ['Lower back pumps up on every run, deadlifts feel fine.', ['running']],
    ['It never happens on squats or deadlifts, only when I bench: my mid back locks up.', ['bench']],
    ['Squats hurt my lower back, bench is fine.', ['squat']],
  ])('drops lifts said to be fine in a list or phrase, keeps the others: %s', (text, activities) => {
    expect(extractFeatures(text).features.activity).toEqual(activities);
  });

  it('drops the lift named in "not related to lifting"', () => {
    expect(extractFeatures('My mid back aches all day, not related to lifting at all.').features.activity).toBeUndefined();
  });
});

describe('words that look like features but are not', () => {
  it.each([
    'The knot sits right under my shoulder blade and aches after rows.',
    'Where the bar sits on my traps gets sore after squats.',
    'My lower back cramps in a seated forward fold.',
  ])('"sits" and "seated" as a place or a stretch are no sitting: %s', (text) => {
    expect(extractFeatures(text).features.activity ?? []).not.toContain('sitting');
  });

  it('reads "at a stretch" as in one go, not stretching', () => {
    const { features } = extractFeatures('When I run more than ten miles at a stretch my lower back aches.');
    expect(features.activity).toEqual(['running']);
    expect(features.timing ?? []).not.toContain('while_stretching');
    const inOneGo = extractFeatures('I ran 30 km in one go and my lower back aches.').matches.find(
      (match) => match.id === 'during_run',
    );
    expect(inOneGo?.words ?? []).not.toContain('30 km in');
  });

  it.each([
    'Stretching helps a little, but my lower back still aches after every long ride.',
    'When I stretch my lower back between sets it eases the ache.',
    'Make sure you stretch out your back before the run. A tight lower back is no fun.',
    'Have you tried some stretches for your lower back?',
    'My lower back is killing me. Tried heat, ibuprofen, stretches, a chiro, nothing works.',
    'Piriformis stretches help with my lower back pain.',
  ])('reads a stretch told as a remedy as no stretching that brings the back on: %s', (text) => {
    const { features } = extractFeatures(text);
    expect(features.activity ?? []).not.toContain('stretching');
    expect(features.timing ?? []).not.toContain('while_stretching');
  });

  it.each([
    'My lower back cramps when I stretch, then it eases after a minute.',
    'I tried stretching my back and it seized up, nothing helps.',
  ])('keeps a stretch that brings the back on: %s', (text) => {
    const { features } = extractFeatures(text);
    expect([...(features.activity ?? []), ...(features.timing ?? [])]).toContain('stretching');
  });

  it('reads "at the bottom of my shoulder blades" as a place, "at the bottom of the squat" as a moment', () => {
    const place = extractFeatures('The cramp sits right at the bottom of my shoulder blades on heavy sets.');
    expect(place.features.region).toContain('mid_back');
    expect(place.features.timing ?? []).not.toContain('during_sets');
    expect(extractFeatures('My lower back rounds and aches at the bottom of the squat.').features.timing).toContain(
      'during_sets',
    );
  });

  it('reads "goes into a spasm" as a cramp, not pain radiating', () => {
    const { features } = extractFeatures('My mid back goes into a spasm on the last rep.');
    expect(features.sensation).toEqual(['cramp']);
  });

  it('reads a back that "gets so pumped" as a pump, not excitement', () => {
    expect(extractFeatures('My lower back gets so pumped on rows that I have to stop.').features.sensation).toContain('pump');
  });

  it('ties a lift to the symptom with the whole phrase, and not a day named after the lift', () => {
    const onBench = extractFeatures('Mid back cramps on heavy bench.').matches.find((match) => match.id === 'during_sets');
    expect(onBench?.words).toEqual(['on heavy bench']);
    expect(extractFeatures('On deadlift day my lower back cramps.').features.timing ?? []).not.toContain('during_sets');
    const acrossBut = extractFeatures('My lower back feels fine on squats but deadlifts make it cramp.');
    expect(acrossBut.features.activity).toEqual(['deadlift']);
    expect(acrossBut.features.timing ?? []).not.toContain('during_sets');
  });
});

describe('context said in other words', () => {
  it.each([
    ['load_jump', 'Since I bumped my weekly mileage from 20 to 35 km my lower back aches.'],
    ['load_jump', 'Jumped from +10 kg to +20 kg on weighted dips and now my mid back cramps.'],
    ['load_jump', 'Way more pressing volume than I am used to, and my upper back is sore.'],
    ['hot_or_dehydrated', 'Barely had any water all day and my lower back cramped in the session.'],
    ['hot_or_dehydrated', 'I was soaked in sweat and my lower back seized up.'],
    ['no_warmup', 'I skip the empty bar and start straight at my working weight, and my lower back cramps.'],
    ['after_session', 'My lower back aches after leg day.'],
    ['load_jump', 'Upped my running from four days to seven days and now my lower back aches.'],
    ['load_jump', 'Extended my long run this month and my lower back has been tight since.'],
    ['load_jump', 'Think I overdid it on the rower, lower back is sore as hell.'],
    ['load_jump', 'Pushed way too hard on Saturday and my erectors are still cramping.'],
    ['load_jump', 'Ran further than I ever have and my lower back tightened up.'],
    ['sharp_pain', 'Something gave in my lower back on the last rep.'],
    ['soreness', 'My lower back has ached ever since.'],
    ['sharp_pain', 'Strained the QL on my left side pulling from the floor.'],
    ['sharp_pain', 'Felt my lower back give on the third rep.'],
    ['sudden_onset', 'Heard my back pop on a heavy single and now I can barely bend.'],
    ['sharp_pain', 'I think I tore the muscle right under my shoulder blade.'],
    ['sharp_pain', 'Went for a 1RM deadlift and felt something pull in my lower back.'],
    ['sharp_pain', 'Felt a tug in my lower back on the way up.'],
    ['sharp_pain', "Lower back feels pulled after yesterday's session."],
    ['fatigued', 'My lower back feels worn out after every long run.'],
    ['lower_back', 'My lower back feels like jelly after heavy good mornings.'],
    ['lower_back', 'My lower back feels heavy and drained after the last interval.'],
  ] as const)('%s in: %s', (id, text) => {
    expect(featureIds(extractFeatures(text).features)).toContain(id);
  });

  it.each([
    "I'm so worn out from work this week, skipping the gym.",
    'My running shoes are totally worn out after 500 miles.',
    'My phone battery drained on the long run so no Strava.',
  ])('reads tiredness of other things as no back symptom: %s', (text) => {
    expect(pairsUp(text)).toBe(false);
  });

  it.each(['Felt a good pull in my lats on every row today.', 'I feel the pull in my back more with a wider grip.'])(
    'reads the pull of a working muscle as no strain: %s',
    (text) => {
      expect(pairsUp(text)).toBe(false);
    },
  );

  it.each([
    'Been lifting for about three years now and my lower back cramps on heavy pulls.',
    "I've trained consistently for 6 years, but this week my lower back is sore.",
    'Running for over ten years and never had my lower back tighten up like this.',
  ])('reads how long someone has trained as no long-lasting problem: %s', (text) => {
    expect(extractFeatures(text).features.context ?? []).not.toContain('weeks_long');
  });

  it('still reads how long a problem has lasted', () => {
    expect(extractFeatures('My lower back has been sore for two years now.').features.context).toContain('weeks_long');
    expect(extractFeatures('Lifting is fine but my lower back has hurt for 3 months.').features.context).toContain('weeks_long');
  });

  it('reads a fall in numbers as no load jump', () => {
    expect(
      extractFeatures('I went from 20 to 15 km on my long run and my lower back is better.').features.context ?? [],
    ).not.toContain('load_jump');
    expect(
      extractFeatures('Went from 40 miles a week to 20 and my lower back still aches.').features.context ?? [],
    ).not.toContain('load_jump');
  });

  it.each([
    'Running 5 times a week now, up from 2, and my lower back aches.',
    'Went from 20 miles a week to 35 and now my lower back is sore after every run.',
    'Mileage went up fast this block and my lower back started cramping.',
    'My volume has gone up a lot and my lower back is always sore.',
    'My lower back hurts since I switched to a higher volume program.',
  ])('reads a rise said against what it was, or with the load as the subject, as a load jump: %s', (text) => {
    expect(extractFeatures(text).features.context).toContain('load_jump');
  });

  it.each([
    'I woke up from 2 hours of sleep with my lower back cramping.',
    'Stood up from 3 hours at the desk and my lower back cramped.',
    "My lower back hurts, I'm up from 2 days of bed rest now.",
    'My mileage went down after the injury, lower back still sore.',
  ])('reads getting up and a falling load as no load jump: %s', (text) => {
    expect(extractFeatures(text).features.context ?? []).not.toContain('load_jump');
  });
});

describe('lifting idioms are not back symptoms', () => {
  it.each([
    'Back squat went up 10 lb this week, feeling strong.',
    'Back day today: rows, pulldowns, face pulls. Felt great.',
    'Do your back-off sets at 80% and keep the rest short.',
    'Finally got back into lifting after the baby, so happy.',
    'Did deadlifts and squats back to back, legs are sore.',
    'Back in the day I could bench 315, now my shoulders are sore.',
    'My back is fine, but my hamstrings are really tight.',
    'Insane back pump after rows and pulldowns today, loved it.',
    'Great lat pump from the pull-ups, felt like a superhero.',
    'Keep your upper back tight and drive the bar up.',
    'The cramps began to hold me back for weeks, my calves were the worst.',
    'My back-up phone drained too, so no photos of the race.',
  ])('"%s" has no back symptom', (text) => {
    expect(pairsUp(text)).toBe(false);
    expect(extractFeatures(text).features.sensation ?? []).toEqual([]);
  });

  it('reads "got back spasms" and "got my back tweaked" as the body', () => {
    expect(extractFeatures('Got back spasms on the first set of deadlifts.').features.sensation).toContain('cramp');
    expect(extractFeatures('Got my back tweaked on a sloppy rep.').features.sensation).toContain('sharp_pain');
  });

  it('keeps a lower-back pump while running as a complaint', () => {
    const { features } = extractFeatures('My lower back pumps up when I run and I have to stop after a mile.');
    expect(features.sensation).toContain('pump');
    expect(features.region).toContain('lower_back');
  });

  it('reads an intense lower-back pump as a worry, not a goal', () => {
    expect(extractFeatures('Crazy lower back pump on RDLs, it felt weird.').features.sensation).toContain('pump');
  });

  it('keeps the lift in "back squat"', () => {
    expect(extractFeatures('My lower back is sore after back squats.').features.activity).toContain('squat');
  });
});

describe('other body parts', () => {
  it.each([
    'My calves cramp on long runs, the back is fine.',
    'Hamstring cramps on the last set of deadlifts.',
    'My hands cramp up holding the bar on heavy pulls.',
    'Stomach cramps during runs after eating, any tips?',
    'Side stitch every time I run downhill.',
  ])('"%s" has no back symptom', (text) => {
    expect(pairsUp(text)).toBe(false);
    expect(extractFeatures(text).features.sensation ?? []).toEqual([]);
  });

  it('shares a symptom between coordinated parts ("lower back and hamstrings")', () => {
    const { features } = extractFeatures('My lower back and hamstrings get really tight after deadlifts.');
    expect(features.sensation).toContain('tightness');
    expect(features.region).toContain('lower_back');
  });
});

describe('quoted text is someone else’s', () => {
  it.each([
    ['a Markdown quote', '> My lower back cramps on every deadlift.\n\nHave you tried a belt? Works for lots of people.'],
    [
      'a vBulletin quote',
      'Quote:\nOriginally Posted by lifter42\nMy lower back cramps on every deadlift.\n\nTry a belt, it works for many people.',
    ],
    [
      'a XenForo quote',
      'lifter42 said:\nMy lower back cramps on every deadlift.\nClick to expand...\nTry a belt, it works for many people.',
    ],
    ['a BBCode quote', '[quote=lifter42]My lower back cramps on every deadlift.[/quote] Try a belt, it works for many people.'],
  ])('ignores %s', (_name, text) => {
    expect(pairsUp(text)).toBe(false);
  });

  it('still reads the reply’s own words around a quote', () => {
    expect(pairsUp('> Try a belt.\n\nTried it, my lower back still cramps on every deadlift.')).toBe(true);
  });
});

describe('red flags are the writer’s, not a replier’s checklist', () => {
  it('ignores screening questions and advice', () => {
    const text =
      'Any numbness in your groin or trouble peeing? If you have either of those, go to A&E. Otherwise rest and see a physio.';
    expect(extractFeatures(text).redFlags).toEqual([]);
  });

  it('ignores negated flags', () => {
    const text = 'Lower back is killing me but no numbness, no fever, and no bladder problems.';
    expect(extractFeatures(text).redFlags).toEqual([]);
  });

  it('ignores worries and near misses', () => {
    expect(extractFeatures('Lower back hurts, I am worried it could be cancer.').redFlags).toEqual([]);
    expect(extractFeatures('Almost fell off the box, lower back is sore from catching myself.').redFlags).toEqual([]);
  });

  it('every red flag id exists in the vocabulary', () => {
    expect(RED_FLAGS.length).toBe(19);
  });
});
