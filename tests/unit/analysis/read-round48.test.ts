/**
 * Classes of wording from round 48, found on the tune split of the real sets (README "Accuracy"): a back told by its
 * troubles, a back that gave way or objected, a broken vertebra or tailbone, the tennis serve's arch, and a back that
 * has got worse over the years. Sentences written for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

describe('a back told in everyday words is a back post', () => {
  it.each([
    // Its troubles, had or the writer's.
    "I've had back troubles since my twenties and the rowing machine isn't helping.",
    'Years of back problems and finally a physio who listens.',
    'Took a month off the bike due to back issues and the first ride back was slow.',
    'My lower back problem flares every time I skip my warm-up.',
    // Gave way, with how it went between.
    'I was bending down to lift the laundry basket when my back suddenly gave way.',
    'Halfway through the set my back totally gave way and I dropped the bar.',
    // Objected, ran out of gas, suffered with.
    'My lower back objected to the extra volume this week.',
    'By the third set of pulls my lower back was out of gas.',
    "I've been suffering with my back since the house move.",
    'Suffered from my lower back for years until I started deadlifting.',
    // Lit up.
    'Good mornings really light up my lower back.',
    // A broken vertebra or tailbone.
    'Fractured L1 in a fall off my bike last spring and it still aches.',
    "I've fractured a vertebra before, so I'm careful with heavy pulls.",
    'I broke my tailbone falling off a plyo box.',
    // Damage done to it.
    'I did some kind of muscular damage to my lower back planting the hedge.',
    // A disc named by the writer's level, two levels and their "/" after it.
    'MRI says I herniated my L3/L4 disc, so no deadlifts for a while.',
    'Bulged my L5/S1 on a sloppy rack pull.',
  ])('%j', (text) => {
    expect(assess(text).relevant).toBe(true);
  });

  it.each([
    // The words alone, as a question for others or a matter of no one's back.
    "I don't know anything about back problems, but walking more might help.",
    'Any tips for people with back issues who want to start squatting?',
    "I'm having trouble with my squat depth, any tips?",
    // Something else gave way, objected or ran out of steam.
    'My knee suddenly gave way on the stairs.',
    'The shelf gave way under the weight of the plates.',
    'My coach objected to me running the marathon, so back to base training.',
    'My legs were out of gas by mile 20, back to the drawing board.',
    'I suffer with hay fever every spring, back on the tablets now.',
    // Someone else's troubles or broken bone, a pet's, or a magazine's back issues (review 48a).
    'My dad has had back problems for years, can he start cycling at 65?',
    'My mum suffers with her back, what exercises should she do?',
    'My nan fractured T12 in a fall last month, so I have been driving her about.',
    'Anyone got back issues of the club magazine from 2015?',
    // A triathlon's transition, not a vertebra.
    'Whenever I come out of T2 I get a stitch under my ribs for the first mile.',
    'I fractured my wrist in a fall, back to training next month.',
    'Cracked my phone screen at the gym, back to the old one.',
  ])('a look-alike is not: %j', (text) => {
    expect(assess(text).relevant).toBe(false);
  });
});

describe("the tennis serve's arch", () => {
  it.each([
    'I get lower back pain when I serve, especially on kick serves.',
    'My lower back hurts after I follow through my serve.',
    'My lower back aches from leaning backwards before I hit the ball.',
  ])('tells of over-arching: %j', (text) => {
    expect(topCauses(text)).toContain('overextension');
  });

  it.each([
    'My lower back aches when I serve customers all day behind the bar, bending over the sink.',
    'Serves me right for skipping the warm-up: my lower back is killing me after the match.',
  ])('serving people is not a serve: %j', (text) => {
    expect(topCauses(text)).not.toContain('overextension');
  });

  it('a back that hurts on court without a serve or a lean is not read as arching', () => {
    expect(topCauses('My lower back gets tight after two hours of doubles, mostly from bending for low volleys.')).not.toContain(
      'overextension',
    );
  });
});

describe('a back that has got worse over the years', () => {
  it.each([
    'My lower back pain is getting worse over the years.',
    'My back has slowly gotten worse and worse over the years.',
    'Lower back ache that gets worse year after year, now I struggle to lift my kids.',
    // The back named with another part, or fine only at some time (review 48b).
    'My lower back and hip have been getting worse for six weeks.',
    "My lower back feels fine in the morning but it's been getting worse every week for two months.",
  ])('is no better: see someone soon: %j', (text) => {
    const { triage, redFlags } = assess(text);
    expect(redFlags.map((flag) => flag.id)).toContain('not_improving');
    expect(triage).toBe('soon');
  });

  it.each([
    // Weeks told another way, and worse told another way (review 48b).
    'Lower back has ached for the last month and it gets worse every week.',
    'Lower back pain 5 weeks now and honestly not getting better.',
    "It's been about a month and my lower back still isn't any better.",
    'My lower back has steadily worsened over 6 weeks of rest.',
    "Two months on and it's worse than ever, my lower back won't settle.",
  ])('no better after weeks, told another way: %j', (text) => {
    expect(assess(text).redFlags.map((flag) => flag.id)).toContain('not_improving');
  });

  it.each([
    'Over 6 weeks I added 20kg to my squat and my lower back feels great.',
    "I'm worse than ever at pull-ups, my lower back is just a bit tight today.",
    'Tweaked my lower back on Monday and today it is worse than day one.',
    'Been about a month since I started running, and my lower back was sore after today.',
  ])('a programme, a lift or days are not weeks of no better: %j', (text) => {
    expect(assess(text).redFlags).toEqual([]);
  });

  it.each([
    'My squat has got worse over the years but my back is fine.',
    'My knees have got worse over the years, back is fine.',
    'My knees have been getting worse for months, but my lower back feels fine.',
    "Hip pain's been getting worse for six weeks, my back is fine though.",
    'Plantar fasciitis getting worse year after year, my back and hips are fine.',
  ])('worse of another part or a lift is not: %j', (text) => {
    expect(assess(text).redFlags).toEqual([]);
  });
});

describe('the run told by its posture, the soreness by its wait', () => {
  it.each([
    'My upper back gets tense on runs. Think about your posture when you are running, you may be slouched forward.',
    'My lower back aches after runs and I reckon my form when I run is sloppy.',
  ])('posture told of the run is running form: %j', (text) => {
    expect(topCauses(text)).toContain('running_posture');
  });

  it('posture told of sitting is not running form', () => {
    expect(topCauses('My lower back aches, and my posture when sitting at work is awful.')).not.toContain('running_posture');
  });

  it.each([
    'A day or two after heavy deadlifts my lower back gets achy and stiff.',
    'Days later my lower back was still stiff from the new squat programme.',
  ])('soreness that waits a day or more is the next days: %j', (text) => {
    expect(assess(text).features.timing).toContain('next_days');
  });
});

describe('a crash told with the vehicle as its subject', () => {
  it('is a major trauma: go now', () => {
    const { triage, redFlags } = assess('A van reversed over me in the car park last night and my lower back is very sore.');
    expect(redFlags.map((flag) => flag.id)).toContain('major_trauma');
    expect(triage).toBe('emergency');
  });

  it('a session compared to a crash is not', () => {
    expect(assess('Following the session I felt like I had been hit by a truck, my lower back was wrecked.').triage).not.toBe(
      'emergency',
    );
  });
});
