import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { analyzeText } from '@/lib/analysis/extract';
import { STORY_TERMS } from '@/lib/analysis/lexicon/stories';
import { STORY_STRENGTH, STORY_WEIGHT, buildModel, causeScore } from '@/lib/analysis/rank-model';
import { CATALOG } from '@/lib/catalog';
import { rankSample } from '@/lib/tools/fit-ranker';
import { getLexicon } from '@/lib/analysis/mentions';
import { threadTopic } from '@/lib/analysis/thread';
import { topCauses } from '../../harness/top-causes';

const storiesOf = (text: string): string[] => analyzeText(text).stories.map((hit) => hit.cause);

describe('the story lexicon', () => {
  it('names only catalog causes', () => {
    const causes = new Set(CATALOG.map((entry) => entry.id));
    for (const group of STORY_TERMS) {
      if (group.value.cat === 'story') expect(causes.has(group.value.id), group.value.id).toBe(true);
    }
  });

  it('has a story for every cause a post can tell', () => {
    const told = new Set(STORY_TERMS.flatMap((group) => (group.value.cat === 'story' ? [group.value.id] : [])));
    expect(CATALOG.filter((entry) => !told.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  });
});

describe('a story part', () => {
  it('lifts its cause over the same symptom told alone, and is quoted as the reason', () => {
    const symptom = 'My lower back aches on every run.';
    const story = 'I switched to zero drop shoes last month.';
    expect(topCauses(symptom)).not.toContain('footwear');
    const footwear = assess(`${story} ${symptom}`).causes.find((cause) => cause.id === 'footwear');
    expect(topCauses(`${story} ${symptom}`)).toContain('footwear');
    expect(footwear?.for[0]).toEqual({ kind: 'phrase', text: story, weight: STORY_WEIGHT * STORY_STRENGTH.told });
  });

  it('does not count where the writer denies it', () => {
    expect(storiesOf('My lower back aches on runs. No new shoes or anything.')).not.toContain('footwear');
    expect(storiesOf('My lower back aches on runs. I changed my shoes last month.')).toContain('footwear');
  });

  it('counts a deficit the story words say with their own negation ("without a belt", "can\'t touch my toes")', () => {
    expect(storiesOf('I squat without a belt and my lower back aches.')).toContain('bracing');
    expect(storiesOf("I can't touch my toes and my lower back is always tight.")).toContain('hamstring_tightness');
  });

  it('does not count advice in a hypothetical clause', () => {
    expect(storiesOf('If the bar sits on your neck you will be sore. My lower back aches after squats.')).not.toContain(
      'bar_position',
    );
  });

  it('is cancelled where the words are about something else (lifting shoes, a back brace)', () => {
    expect(storiesOf('I squat in lifting shoes and my lower back is sore.')).not.toContain('footwear');
    expect(storiesOf('I wear a back brace at work and my lower back still aches.')).not.toContain('bracing');
  });

  it("reads the writer's stated age, then or now: a teenager's back, an older lifter's, never a weight", () => {
    expect(storiesOf("I'm 58 and my lower back is stiff every morning.")).toContain('facet_degenerative');
    expect(storiesOf('Veteran lifter here, 52, and my lower back is stiff every morning.')).toContain('facet_degenerative');
    expect(storiesOf("I'm 16 and my lower back hurts when I arch.")).toContain('spondylolysis');
    // The age the story happened at tells it too; the red flag reads only the age now (redflags.ts, teenAge).
    expect(storiesOf('I was 17 when my lower back started hurting on jerks.')).toContain('spondylolysis');
    expect(storiesOf("I'm 90 kg and my lower back is sore.")).not.toContain('facet_degenerative');
    expect(storiesOf('My squat was 60 and now my lower back is sore.')).not.toContain('facet_degenerative');
  });
});

describe('a named condition', () => {
  it('counts double a part of a story', () => {
    const model = buildModel(CATALOG);
    const told = causeScore(model, 'medical_condition', [], 0, STORY_STRENGTH.told);
    const named = causeScore(model, 'medical_condition', [], 0, STORY_STRENGTH.named);
    expect(named - told).toBeCloseTo(STORY_WEIGHT);
  });

  it('puts an inflammatory arthritis first over the morning stiffness that wear in the joints shares', () => {
    const text = 'I was diagnosed with ankylosing spondylitis and my lower back is stiff for an hour every morning.';
    expect(topCauses(text)[0]).toBe('medical_condition');
    expect(storiesOf(text)).not.toContain('facet_degenerative');
  });
});

describe('the fitting code reads stories as the engine does', () => {
  it('ranks a sample by its story', () => {
    const model = buildModel(CATALOG);
    const sample = { id: 's', labels: ['footwear'], present: ['lower_back', 'running', 'during_run'] as const, phrase: {} };
    expect(rankSample(model, { ...sample, present: [...sample.present] })[0]).not.toBe('footwear');
    expect(rankSample(model, { ...sample, present: [...sample.present], story: { footwear: STORY_STRENGTH.told } })[0]).toBe(
      'footwear',
    );
  });
});

describe('round 10: stories from set 22', () => {
  it('reads a folding upper back, a back bend, and a sport taken up late', () => {
    expect(storiesOf('Soon as it gets heavy my t-spine folds over and my mid back aches after.')).toContain(
      'upper_back_rounding',
    );
    expect(storiesOf('I cue chest up so hard I am in a back bend before the descent, low back pinched.')).toContain(
      'overextension',
    );
    expect(storiesOf('Took up kayaking at 50 and my lower back cramps after 40 minutes.')).toContain('deconditioning');
  });

  it('leaves the same words unread where they are about something else', () => {
    expect(storiesOf('Coach took up the slack in the band and my lower back felt fine.')).not.toContain('deconditioning');
    expect(storiesOf('My lower back is sore, I did the back bend pose in yoga fine though.')).toContain('overextension');
  });
});

describe('round 10: stories from set 23', () => {
  it('reads each mechanism told the new way', () => {
    expect(storiesOf('Jogging at 240 makes my lower back ache, like I have a sandbag strapped to my shoulders.')).toContain(
      'heavy_upper_body',
    );
    expect(storiesOf('My lower back rounds in the hole, I squat with plates under my heels and do ankle mobs.')).toContain(
      'mobility_restriction',
    );
    expect(storiesOf('I ran myself into the ground before the Open and my back ached for weeks.')).toContain(
      'training_volume_recovery',
    );
    expect(storiesOf('My lower back aches, the bar was sliding so I moved it up a finger width.')).toContain('bar_position');
    expect(storiesOf('At 61 my doc says the little joints at the back of the spine are worn, lower back stiff.')).toContain(
      'facet_degenerative',
    );
    expect(storiesOf('Weekly pulling went from roughly 15 working sets to 28 and my lower back aches.')).toContain(
      'load_progression',
    );
    expect(storiesOf('No sport for like 8 years, started bouldering and my mid back cramps.')).toContain('deconditioning');
  });
});

describe('round 10: advice in a reply to a thread about a back', () => {
  const thread = { title: 'Neck and upper back sore after squats' };
  const storiesIn = (text: string, withThread: boolean): string[] =>
    analyzeText(text, withThread ? threadTopic(thread, getLexicon()) : undefined).stories.map((hit) => hit.cause);

  it('is the replier’s reading of the asker’s story, so its story parts count', () => {
    const reply = 'If the bar sits on your neck you will be sore up there. Drop it onto your traps.';
    expect(storiesIn(reply, true)).toContain('bar_position');
    expect(storiesIn(reply, false)).not.toContain('bar_position');
  });
});

describe('round 10: stories from set 24', () => {
  it('reads each mechanism told the new way', () => {
    expect(storiesOf('In the bridge I try to go more deep and now my lower back is sore.')).toContain('overstretching');
    expect(storiesOf("My t-spine and shoulders don't open up overhead and my lower back aches.")).toContain(
      'mobility_restriction',
    );
    expect(storiesOf('Overhead I crank the lumbar and my lower back hurts after.')).toContain('overextension');
    expect(storiesOf('Rowing camp, 3 sessions a day, my lower back is sore and tired.')).toContain('training_volume_recovery');
    expect(storiesOf('Ache under my right shoulder blade, worse after greasy meals.')).toContain('medical_condition');
  });
});

describe('round 14: an upper body carried like a load', () => {
  it('reads a runner’s own bulk told as a weighted vest as a heavy upper body', () => {
    expect(storiesOf('My arms and chest are basically a weighted vest on runs, lower back aches.')).toContain('heavy_upper_body');
    expect(storiesOf('Since the bulk it is like wearing a weighted vest on every run, my lower back aches.')).toContain(
      'heavy_upper_body',
    );
  });

  it('but not a vest worn for rucking, nor a load or a lift told by its weight', () => {
    expect(storiesOf('Rucking with a weighted vest twice a week, lower back aches after.')).not.toContain('heavy_upper_body');
    expect(storiesOf('At 100 kg I failed the squat and my lower back aches.')).not.toContain('heavy_upper_body');
    expect(storiesOf('Went from 60 to 100 kg on deadlift in a year and my lower back aches.')).not.toContain('heavy_upper_body');
  });
});

describe('story wording from running and hybrid boards', () => {
  it.each([
    ['Doing couch to 5k, week 3, and my lower back aches during the runs.', 'deconditioning'],
    ["55, on C25K week 6. Haven't run since school and my lower back aches after runs.", 'deconditioning'],
    ['Went from 30 to 55 miles in about 3 weeks and my lower back has ached all month.', 'load_progression'],
    ['RDLs went 40kg -> 60 -> 80kg in 4 sessions and since then my lower back is sore and tight.', 'load_progression'],
    ['Hill sprints last night, felt fine last night, today my lower back is stiff and achy. Never done sprints before.', 'doms'],
    [
      "Lifting 4x a week plus 30mpw, sleep is 5h and broken. Lower back permanently tired, can't seem to recover.",
      'training_volume_recovery',
    ],
    [
      'My back cramps at 35k in every marathon regardless of weather, even when I drank loads. Only when I am cooked.',
      'neuromuscular_fatigue',
    ],
  ])('%j ranks %s in the top 3', (text, cause) => {
    expect(topCauses(text)).toContain(cause);
  });

  it('leaves look-alikes out: a day’s warm-up ladder, the first half of a year', () => {
    expect(storiesOf('Deadlift sets were 100 120 140 kg today and my lower back tweaked on the last rep.')).not.toContain(
      'load_progression',
    );
    expect(storiesOf('Fine for the first half of the year, then my lower back went on a heavy deadlift.')).not.toContain(
      'neuromuscular_fatigue',
    );
    expect(storiesOf('Massive chest day yesterday, then deadlifts for the first time, lower back sore today.')).not.toContain(
      'heavy_upper_body',
    );
    expect(storiesOf('Sitting way too deep in the sofa every evening and my lower back aches by bedtime.')).not.toContain(
      'butt_wink',
    );
  });
});

describe("round 21's story wording: weight put on, salt on kit, a back that had to catch up", () => {
  it.each([
    ['Put on 15kg of upper body since I started lifting and now my lower back tires on every run.', 'heavy_upper_body'],
    [
      'Sprint tri last summer, white streaks all over my kit after and my low back was cramping the whole run.',
      'dehydration_electrolytes',
    ],
    ['My lower back cramps in winter too, only when I blast the start of a hard race.', 'neuromuscular_fatigue'],
    ['Lower back cramps on heavy bench when I am really pinching the blades together.', 'shortened_position_cramp'],
    ['I was leaning so far back on OHP that my lower back ached for days.', 'overextension'],
    ['If I exhale halfway through a heavy clean my lower back goes soft and aches later.', 'bracing'],
    [
      "Lower back was tight for a week, my back just had to catch up, I'd never hinged anything before this year.",
      'deconditioning',
    ],
    ["Lower back aches, glutes just weren't doing anything until I did bridges.", 'weak_glutes_core'],
    ['My lower back pump is worse at the start of runs, a longer warm up sorted it.', 'poor_warmup'],
    ['Lifting 5x and running 5x while sleeping like crap, my lower back ached for weeks.', 'training_volume_recovery'],
    ['Since I packed on 12 kilos my lower back hates running.', 'heavy_upper_body'],
    ['My cap gets crusty with salt and the lower back cramps come on after 2 hours.', 'dehydration_electrolytes'],
    ['Never done any hip hinge stuff before, my lower back is so stiff after the first session.', 'deconditioning'],
    ['Training 6 days a week with awful sleep and my lower back never recovers.', 'training_volume_recovery'],
    [
      "Week 2 of C25K. Haven't done anything in 10 years and it's my lower back complaining more than the legs.",
      'deconditioning',
    ],
    ['First outdoor run since November, did nothing all winter, and today my lower back is achy and stiff.', 'deconditioning'],
    [
      '45, never lifted a thing in my life, joined a gym 3 weeks ago and my lower back aches after every session.',
      'deconditioning',
    ],
    [
      'Ten years of powerlifting, started strongman 3 weeks ago, lower back stiff and crampy, like a beginner again.',
      'deconditioning',
    ],
    ['After 8 weeks on crutches even light goblet squats made my lower back ache.', 'deconditioning'],
  ])('%j ranks %s in the top 3', (text, cause) => {
    expect(topCauses(text)).toContain(cause);
  });

  it('reads a cut back down as the weight the back carried', () => {
    expect(storiesOf('Cut from 112 to 100 for a comp and my lower back stopped aching on runs.')).toContain('heavy_upper_body');
  });

  it('leaves look-alikes out: weight added to a bar, sleeping well', () => {
    expect(storiesOf('Slept like a baby, lower back still sore from deadlifts.')).not.toContain('training_volume_recovery');
    expect(storiesOf('Added 20kg to my squat in a month and my lower back aches.')).not.toContain('heavy_upper_body');
    expect(storiesOf('My lower back went soft when I lost my brace on the third rep.')).not.toContain('deconditioning');
  });
});

describe('round 22: stories from sets 56 and 57', () => {
  it('reads a running shoe named by its model as a shoe story', () => {
    expect(storiesOf('Lower back aches on every run since I switched to Novablasts.')).toContain('footwear');
  });

  it('reads a rise told as the load before it as a load jump', () => {
    expect(
      analyzeText('Low back achy since Tuesday, deadlifts went to 3x5 at 275 (from 225 the week before).').features.context,
    ).toContain('load_jump');
  });

  it('reads "I came back after 3 years" as a return from a break, and not the pain that came back', () => {
    expect(analyzeText('I came back after 3 years off and my lower back aches after every session.').features.context).toContain(
      'returning_after_break',
    );
    expect(analyzeText('Lower back pain came back after 3 weeks of feeling fine.').features.context ?? []).not.toContain(
      'returning_after_break',
    );
  });
});

describe('stories of round 25: a lighter self, a long journey, a cold start, a session that felt fine', () => {
  it.each([
    'At 98kg in my rugby days I ran all the time. Now 125kg and my lower back gives out ten minutes into every run.',
    'Back in uni I was 70kg and ran halves. At 100kg now my lower back is the first thing to quit on a jog.',
    'Used to run fine when I was 160. At 230 my low back aches a mile into every run.',
  ])('rank a heavy upper body among the first three: %s', (text) => {
    expect(topCauses(text)).toContain('heavy_upper_body');
  });

  it('reads body mass put on as no jump in the load on the bar', () => {
    const features = assess('Put on 12kg of muscle this year and my lower back aches on every run now.').features;
    expect(features.context ?? []).not.toContain('load_jump');
  });

  it.each([
    'Not my calves, my lower back seizes on flights. 8 hours in those seats with nothing behind me.',
    'My lower back locked up after a 5 hour drive to the meet.',
  ])('rank a long sit on a journey as posture’s: %s', (text) => {
    expect(topCauses(text)).toContain('poor_posture');
  });

  it.each([
    'First km of my run my lower back is like a plank, loose by km 2.',
    'Used to walk in from the car and pull 140 dead cold, lower back twinged on the first set.',
  ])('rank a cold start as a short warm-up’s: %s', (text) => {
    expect(topCauses(text)).toContain('poor_warmup');
  });

  it('reads DOMS in a session that felt fine while it lasted', () => {
    expect(
      topCauses(
        'First kettlebell class on Monday. Felt fine during, but my lower back is stiff and achy today, worse than yesterday.',
      ),
    ).toContain('doms');
  });
});

describe("round 41: a rider's back held in one shape for hours", () => {
  it.each([
    'My upper back hurts between my shoulder blades after long rides on my road bike, I think my stem is too long.',
    'Lower back aches after about 40 miles, I wonder if my bike fit is off, the saddle is too high.',
    'Neck and upper back ache on the drops for 3 hours, should I raise the bars?',
    'Every century ride my lower back is sore by the last hour.',
    "Frame's too small for me and I'm all hunched up, upper back really sore after a couple of hours.",
  ])('reads the long position as a cause: %s', (text) => {
    expect(storiesOf(text)).toContain('poor_posture');
    expect(topCauses(text)).toContain('poor_posture');
  });

  it.each([
    'Lower back pumps up a mile into every run.',
    'My lower back is sore after heavy deadlifts.',
    'I rode the bus to the gym and my back hurt after squats.',
    'Too much reach on the bench press with a wide grip, my upper back cramped up mid set.',
    'Hit a pothole on my road bike, went over the bars and smacked my back on the kerb.',
  ])('tells no long position where the post has none: %s', (text) => {
    expect(storiesOf(text)).not.toContain('poor_posture');
  });
});

describe('round 42: more training than the back is used to, told as an amount', () => {
  it.each([
    'Used the lockdown to train harder than ever and now my lower back aches on every ride.',
    'Ran way more miles than usual last month and my lower back has a constant nagging ache.',
    'She started to train really heavily for the marathon and now her lower back hurts at mile 6.',
    'Been packing in the miles for the ultra, lower back is tight and sore all week.',
    "Doing more volume than I'm used to on this block and my lower back is constantly sore.",
  ])('reads the volume as a cause: %s', (text) => {
    expect(storiesOf(text)).toContain('training_volume_recovery');
    expect(topCauses(text)).toContain('training_volume_recovery');
  });

  it.each([
    'My lower back hurts more than ever when I sit at my desk.',
    'Took a rest day and my lower back cramped up while I was gardening.',
    'I feel my back working harder than usual on the last rep of the deadlift.',
    'Drove more miles than usual this week for work and my lower back is stiff from the car seat.',
    'Extra day of rest did nothing, my lower back still cramps on the first mile.',
  ])('tells no volume where the post has none: %s', (text) => {
    expect(storiesOf(text)).not.toContain('training_volume_recovery');
  });
});

describe('round 42: what is done to knotted muscle, and what it leaves', () => {
  it.each([
    'My upper back is tight between the shoulder blades, a deep tissue massage sorted it last time.',
    'I suspect adhesions in the QL, my lower back feels tight after every run.',
    'Foam rolling my mid back helps the tightness for an hour or so.',
  ])('reads it as a story of tight, knotted muscle: %s', (text) => {
    expect(storiesOf(text)).toContain('tight_knotted_muscles');
  });

  it.each([
    'My wife is a deep tissue massage therapist. Anyway, my lower back cramps on heavy squats when I brace hard.',
    'I foam roll my calves and IT band every night. Separate thing: my upper back cramps on pull ups.',
  ])('reads no knotted back in massage and rolling that are no one’s back: %s', (text) => {
    expect(storiesOf(text)).not.toContain('tight_knotted_muscles');
  });

  it('reads no foam of a mattress as a foam roller', () => {
    expect(storiesOf('New memory foam mattress and my lower back aches every morning.')).not.toContain('tight_knotted_muscles');
  });
});

describe('round 42: stretches that open the hips or the posterior chain', () => {
  it.each([
    'I have found piriformis stretches help with my lower back pain.',
    'Stretching the posterior chain every night helps my lower back a lot.',
    'Hip openers every morning sorted my stiff lower back.',
  ])('tell of limited mobility: %s', (text) => {
    expect(storiesOf(text)).toContain('mobility_restriction');
  });

  it.each([
    'My lower back cramped when I pushed the cobra stretch too far.',
    'I overdid the pigeon stretch yesterday and now my lower back is throbbing.',
    'My lower back hurts when I do pigeon pose.',
  ])('tells none in a stretch that brought it on: %s', (text) => {
    expect(storiesOf(text)).not.toContain('mobility_restriction');
  });
});
