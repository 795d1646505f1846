import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { RELEVANCE_THRESHOLD, relevanceScore, type Pair } from '@/lib/analysis/relevance';
import { SENSITIVITY_THRESHOLDS } from '@/lib/settings/schema';

const score = (text: string): number => assess(text).score;

describe('relevance score', () => {
  it('has three sensitivity levels around the default threshold', () => {
    expect(SENSITIVITY_THRESHOLDS).toEqual({ relaxed: 0.3, balanced: RELEVANCE_THRESHOLD, strict: 0.7 });
  });

  it.each([
    'My lower back cramps on every heavy deadlift.',
    'Erectors fried after yesterday, can barely bend over.',
    'Tweaked my back pulling from the floor.',
    'My QL on the left spasms when I run.',
    'SI joint is flaring up again after lunges.',
    'Lats cramp at the bottom of my pull-ups.',
    'Traps are so tight and sore after heavy shrugs.',
    'Got this nasty knot between my shoulder blades.',
    'thoracic spine locked up this morning, hurts to turn',
    'lowerback pumps up sooooo bad on the stairmaster',
  ])('scores a clear own complaint at 0.7 or more: %s', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    'My lower back is fine during deadlift sets, but it is sore for days after.',
    'Felt something go in my lower back. Sharp pain whenever I move.',
    "My lower back's been a bit tight after long days at the desk.",
  ])('pairs across "it", a short follow-on sentence and "back\'s": %s', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
  });

  it.each([
    'Are your erectors toast after pulls? Mine used to seize up the same way before I cut the volume.',
    'Try squeezing your shoulder blades a bit less. Mine kept spasming between them until I did.',
  ])('pairs a replier\'s "mine" or "them" with the back word just named: %s', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
  });

  it.each([
    'Create a folder named with the date in YYYY-MM-DD format.',
    'The examples assume the MM/DD/YYYY date format.',
    'Use dd/mm/yyyy when you type the date.',
  ])('does not read a date format ("DD") as a diagnosis (degenerative disc disease, "DDD"): %s', (text) => {
    expect(score(text)).toBe(0);
    expect(assess('My DDD flares up after deadlifts.').relevant).toBe(true);
  });

  const PARTS = ['shoulder', 'knee', 'calf', 'heel', 'elbow'];
  const SIDE_VERBS = ['pops', 'aches', 'really hurts', 'gets sore'];
  it.each(PARTS)('reads "my %s … at the back" as the back side of that part, not the back', (part) => {
    for (const verb of SIDE_VERBS)
      expect(score(`My ${part} ${verb} at the back when I train, and it aches after.`), verb).toBe(0);
  });

  it.each(['On the back end of my long runs my feet go numb.', 'The back half of the race my calves cramped.'])(
    'reads the later part of a run as no back: %s',
    (text) => {
      expect(score(text)).toBe(0);
    },
  );

  it.each(['the class', 'the pack', 'the bus', 'the room', 'a queue'])(
    'reads "the back of %s" as a place, not the back',
    (place) => {
      expect(score(`I sat at the back of ${place} and felt sore and stiff.`)).toBe(0);
    },
  );

  it.each([
    'It hurts at the back, just above my belt, when I deadlift.',
    'My legs are fine but it hurts at the back when I deadlift.',
    'My hamstrings are tight and it cramps at the back during deadlifts.',
    'I ran at the back of the pack and my lower back cramped.',
  ])('still reads the back named "at the back" on its own: %s', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
  });

  it('does not read "they" as a back named in the singular (it mostly means people)', () => {
    expect(score('My lower back is finally fine. My training partners say they cramp all the time.')).toBe(0);
  });

  it('scores neck or glute symptoms alone below the default, above the loosest level', () => {
    for (const text of ['My neck is stiff after sleeping badly.', 'Glutes are sore after lunges.']) {
      expect(score(text)).toBeGreaterThanOrEqual(SENSITIVITY_THRESHOLDS.relaxed);
      expect(score(text)).toBeLessThan(RELEVANCE_THRESHOLD);
    }
  });

  it.each([
    'The back of my neck aches for two days after high bar squats.',
    'My neck is always stiff the day after heavy OHP.',
    'Neck cramps up on the last mile of every long run.',
    'My neck aches after two hours on the drops, every long ride.',
    'Neck is really sore after the swim, freestyle breathing to one side.',
  ])(
    'scores a neck told with a lift or a run at the default, as the catalog’s bar and tension causes are about it: %s',
    (text) => {
      expect(score(text)).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    },
  );

  it.each([
    'My neck is stiff after a 9 hour bus ride to Edinburgh.',
    "Neck hurts since the council's parking price hike, what a week.",
  ])('scores a neck from a passenger’s ride or a price’s hike as a neck alone: %s', (text) => {
    expect(score(text)).toBeLessThan(RELEVANCE_THRESHOLD);
  });

  it.each(['I used to finish every run with a stiff neck from clenching my shoulders.'])(
    'counts a neck its symptom word comes just before: %s',
    (text) => {
      expect(score(text)).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    },
  );

  it.each([
    'The wine bottle neck snapped when I dropped it after my run, my hand is sore.',
    'Coach is a pain in the neck, my squats hurt because of his programme.',
  ])('does not count a neck that is no one’s: %s', (text) => {
    expect(score(text)).toBeLessThan(RELEVANCE_THRESHOLD);
  });

  it('reads a back that stopped getting tight as a back that was tight, not as a form cue', () => {
    expect(score('Couch stretch every night and my lower back stopped getting tight on long runs.')).toBeGreaterThanOrEqual(
      RELEVANCE_THRESHOLD,
    );
  });

  it('keeps a neck from sleeping below the default when it only mentions a stretch or a chair', () => {
    expect(score('Slept on the sofa and my neck is stiff, stretching helps a bit.')).toBeLessThan(RELEVANCE_THRESHOLD);
  });

  it('scores advice with no one’s own back below the default', () => {
    expect(score('If your lower back hurts on deadlifts, you should film your form.')).toBeLessThan(RELEVANCE_THRESHOLD);
  });

  it.each([
    'Back squat went up again, 140 for 5!',
    'My back is fine. Pain is in my left knee.',
    'Leg day destroyed me, my quads are so sore.',
    'Running 5/3/1 with back-off sets, loving it.',
  ])('scores an idiom or another body part at 0: %s', (text) => {
    expect(score(text)).toBe(0);
  });

  it('never pairs a back word with a symptom several sentences away', () => {
    const long = `My lower back is great these days. ${'We trained legs, then had dinner and talked about meets. '.repeat(5)}Anyway my calves cramp on runs.`;
    expect(score(long)).toBe(0);
  });

  it('combines pairs as a noisy-OR of the best three', () => {
    const pair = (value: number): Pair => ({
      region: null,
      symptom: { value: { cat: 'symptom', id: null, strength: 1 }, start: 0, end: 1 },
      score: value,
      hypothetical: false,
    });
    expect(relevanceScore([])).toBe(0);
    expect(relevanceScore([pair(0.5)])).toBe(0.5);
    expect(relevanceScore([pair(0.5), pair(0.5)])).toBe(0.75);
    expect(relevanceScore([pair(0.5), pair(0.5), pair(0.5), pair(0.5)])).toBe(0.88);
  });

  it('keeps an emergency in a post that names the back, whatever the pairing', () => {
    const result = assess('Fell off a ladder this morning. Lower back. Cannot pee and my groin is numb.');
    expect(result.relevant).toBe(true);
    expect(result.triage).toBe('emergency');
  });
});

describe('vertebrae and what others say will happen', () => {
  it('reads C25K as couch to 5k, not the neck; real vertebra codes keep their place', () => {
    expect(assess('C25K week 6, lower back stiff the next morning').features.region).toEqual(['lower_back']);
    expect(assess('Pain at C5/C6 since the weekend, my neck is stiff').features.region).toContain('neck');
  });

  it('does not read someone’s warning as the writer’s own back', () => {
    expect(assess('Half my gym says running will wreck my back. Is that a thing? No injuries currently.').relevant).toBe(false);
    expect(assess('My lower back is wrecked after the run, my coach said it would be.').relevant).toBe(true);
  });

  it('reads a disc named by its level, or a pars stress fracture, as about a back', () => {
    expect(assess('Mine was an L5-S1 bulge per the MRI, sitting was the worst part, walking helped.').relevant).toBe(true);
    expect(assess('My son had the same at 15, turned out to be a pars stress fracture.').relevant).toBe(true);
  });

  it('reads "hands-on" as a way of doing, not a hand, in an agreement', () => {
    const thread = { title: 'Back seized during yoga twist' };
    expect(assess('Happened to me with a hands-on assist in pigeon, lower back rather than mid.', { thread }).relevant).toBe(
      true,
    );
  });
});

describe('levels, compared parts and a back that stopped (round 27)', () => {
  it('reads a disc or a stress fracture named by one level, with or without the slash, as about a back', () => {
    expect(assess('Physio says the bulge at L4/L5 is why sitting kills me.').relevant).toBe(true);
    expect(assess('MRI came back: stress reaction at L5 on the left, no lifting for 3 months.').relevant).toBe(true);
    expect(assess('Stress fracture in my tibia from too many miles.').relevant).toBe(false);
  });

  it('does not let a part the back is measured against take its symptom', () => {
    const thread = { title: 'Calves cramp late in marathons' };
    expect(assess("For me it's the lower back rather than the calves, around 35k, it just locks up.", { thread }).relevant).toBe(
      true,
    );
    expect(assess('My calves hurt more than my back, it locks up around 35k.').relevant).toBe(false);
  });

  it('does not read a back ruled out, or lats not felt working, as a back complaint', () => {
    const thread = { title: 'Mileage jump for the half, now my lower back aches' };
    expect(assess('Did the same thing but mine went to my knee, IT band lit up. Back was fine.', { thread }).relevant).toBe(
      false,
    );
    expect(assess('My hamstring tear burned exactly like that too, back had nothing to do with it.').relevant).toBe(false);
    expect(assess('Cant feel my lats on any row, only biceps. Everyone talks about a lat pump on back day.').relevant).toBe(
      false,
    );
    expect(assess('Did the same thing, my back was fine for a week then seized.', { thread }).relevant).toBe(true);
  });

  it('reads where the writer’s was, and a back that no longer tightens, as the writer’s own', () => {
    const thread = { title: 'Dull ache at the top of the glute on runs' };
    expect(assess("SI joint spot? That's exactly where mine was, bridges sorted it.", { thread }).relevant).toBe(true);
    expect(assess('Leg swings before I leave and my back doesn’t tighten anymore.', { thread }).relevant).toBe(true);
  });
});
