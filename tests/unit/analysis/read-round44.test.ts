/**
 * Classes of wording from round 44, found on the tune split of four new sets of real posts read once before any change
 * (README "Accuracy"): a crash dated in one sentence and told again in the next, dates written short, a train wreck
 * that is a bad day, an effort's legs in a post with no back, lifts named in the plural, what grows back, and advice to
 * get the asker's back better. Beside each, the look-alikes that must stay as they are. Sentences written for the
 * project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { topCauses } from '../../harness/top-causes';

const BACK_THREAD = 'Put my back out a week before the race';
const OTHER_THREAD = 'Best trail shoes for a 50k?';

const read = (text: string, title?: string) => assess(text, title ? { thread: { title } } : { rank: false });
const flagsOf = (text: string) => read(text).redFlags.map((flag) => flag.id);

describe('an old crash told again in the next sentence', () => {
  it.each([
    'Three years ago I slipped on a wet step at work. It was a nasty fall. These days my lower back aches after long runs.',
    'Back in 2015 I came off my bike on a descent. Landed on my hip. That was a nasty crash. My lower back is stiff on rides now.',
    'In Sept. 2015 I came off on the ice. Landed on my hip. It was a nasty fall. Now my lower back gets tight on rides.',
  ])('is no crash of today: %j', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    // A second crash, told as new.
    'Last year I fell off my bike. Came off again at the weekend, a hard fall onto my back and it is agony.',
    'Years ago I crashed my car. Then this morning I fell off a ladder onto my back and I can barely move.',
    'Two years ago I had a bad crash on the bike. Got hit by a car at 30mph last Tuesday and my back is in agony.',
    // Told again with "again": the same kind of fall, another day.
    'Years ago I fell off a ladder. It was a nasty fall again yesterday, and my back is agony.',
  ])('but a new one after an old one still is: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a month written short dates what happened', () => {
  it('"in Sept" is a past, like "in September"', () => {
    expect(flagsOf('In Sept 2016 I had a bad fall on the ice. My lower back gets sore after runs now.')).not.toContain(
      'major_trauma',
    );
  });
});

describe('a train wreck that is a day, a session or a log', () => {
  it.each([
    'Total train wreck\nMy lower back got tight on the first set of rows and only got worse from there.',
    'Yesterday was a total train wreck. My lower back is tight after the deadlifts.',
  ])('is no crash: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it('while a car crash still is one', () => {
    expect(read('I was in a car crash last night and my lower back is agony.').triage).toBe('emergency');
  });
});

describe('lifts named in the plural', () => {
  it.each([
    'My neck got really stiff after the military presses yesterday.',
    'My neck is stiff after seated overhead presses.',
    'Lower back aches after shoulder presses.',
  ])('tie a neck or a back to training: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });
});

describe('what grows back', () => {
  it('is no back', () => {
    const text = 'My beard grew back patchy after the burn. The scar on my cheek still throbs at night and it is awful.';
    expect(read(text).relevant).toBe(false);
  });
});

describe('advice to get the asker’s back better', () => {
  it.each([
    'Rest up and get the back better before you race.',
    'Get your back looked at before you run on it.',
    'Get your back sorted first, there is plenty of time.',
  ])('under a thread about a back is about a back: %j', (text) => {
    expect(read(text, BACK_THREAD).relevant).toBe(true);
  });

  it.each(['Rest up and get the back better before you race.', 'Get your back looked at before you run on it.'])(
    'but not under a thread about something else: %j',
    (text) => {
      expect(read(text, OTHER_THREAD).relevant).toBe(false);
    },
  );

  it('and a form cue is still a form cue', () => {
    expect(read('Get your back tight before you pull.', BACK_THREAD).relevant).toBe(false);
  });
});

describe('a ride told by how far it goes, or by the bike’s stem', () => {
  it.each([
    '60 miles is too far to ride in one position, my lower back stiffens up and gets sore.',
    'Since flipping the stem my lower back is fine for 40 miles, but past 60 miles it aches and stiffens.',
  ])('is no run, and its long static position is in the top 3: %j', (text) => {
    expect(assess(text, { thread: { title: 'Back pain on long rides' } }).features.activity ?? []).not.toContain('running');
    expect(topCauses(text, 'Back pain on long rides')).toContain('poor_posture');
  });

  it('while miles told with a run stay a run’s', () => {
    expect(assess('20 miles is a long way to run, my lower back gets sore by the end.').features.activity).toContain('running');
  });
});

describe('what runs down a limb', () => {
  it.each([
    'Sweat running down my legs on the turbo, and my lower back was tight after.',
    'Rain pouring down my arms the whole ride, lower back stiff by the end.',
  ])('sweat or rain is no nerve pain: %j', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it.each([
    ['My lower back is wrecked from deadlifts. Pain running down my left leg into my calf since.', 'radiating_below_knee'],
    ['Tweaked my neck on shrugs, now a sharp pain down my right shoulder and arm.', 'radiating_arm'],
  ])('pain is, with the places along the way listed: %j', (text, flag) => {
    expect(flagsOf(text)).toContain(flag);
  });

  it('and water down between the legs that does not feel wet is still a saddle sign', () => {
    expect(
      read('Since my back went on Monday, the water running down between my legs in the shower does not feel wet.').triage,
    ).toBe('emergency');
  });
});

describe('a crash again, after an old one (review 44a)', () => {
  it.each([
    'Last year I fell on the ice. Today it happened again. It was a nasty fall and now my lower back is killing me.',
    'In 2016 I crashed. This morning I crashed again. It was a nasty fall and my back hurts badly.',
    'Three years ago I slipped on a wet step. It was a nasty fall. Yesterday the same thing happened and my back hurts like hell.',
    'Three years ago I slipped on a wet step. It was a nasty fall, and I am lying here right now unable to move my back.',
    'Got hit by a car in Nov and today I was hit again, back is agony.',
    'Came off the bike in October, and today I came off again on the same corner, back is agony.',
    'I was in the train wreck in the news today. My back hurts a lot and I have not been seen.',
  ])('is an emergency: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('a sentence that says today dates only the clause its month is in', () => {
    const text = 'Fell off a ladder today, had another fall back in Oct, this one is worse, back pain and both legs tingling.';
    expect(flagsOf(text)).toEqual(expect.arrayContaining(['major_trauma', 'both_legs_neuro']));
  });

  it('while a back that aches again is no crash again', () => {
    expect(read('Crashed my bike in November and today my lower back aches again after rides.').triage).not.toBe('emergency');
  });
});

describe('both legs numb beside a back that hurts, after a ride (review 44b)', () => {
  it.each([
    'After 70 miles on the bike my lower back hurts and both my legs are numb.',
    'Three hours on the turbo and now my lower back aches and both legs are numb and tingly.',
  ])('is an emergency: a ride numbs a saddle or feet, not both legs: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    // Feet, the front of the thighs, or only while riding: the ride's (review 44c).
    'Numb feet on long rides and my lower back aches, shoes probably too tight.',
    'Lower back aches on the bike and my thighs go numb at the front, only while riding.',
    'Both legs went numb and my lower back ached after two hours sitting cross-legged on the floor. Fine after a walk.',
    'After 3 hours on the turbo both legs were numb. Back to normal after a minute of walking about.',
  ])('while a sit, or a ride with no back in it, still explains them: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });
});

describe('a cause of the asker’s trouble put as the writer’s view', () => {
  const SPIN_THREAD = 'Spin class and back pain, please help';
  it.each([
    [SPIN_THREAD, 'I reckon the seat was too low for you in that class.', 'poor_posture'],
    [BACK_THREAD, 'I’d say weak glutes are to blame here.', 'weak_glutes_core'],
  ])('under %j is about a back: %j', (title, text, cause) => {
    const assessment = read(text, title);
    expect(assessment.relevant).toBe(true);
    expect(assessment.causes.slice(0, 3).map((c) => c.id)).toContain(cause);
  });

  it('a cause’s own name is no complaint of the writer’s: "you probably have weak glutes"', () => {
    expect(read('You probably have weak glutes.', BACK_THREAD).relevant).toBe(true);
    expect(read('You probably have weak glutes.', OTHER_THREAD).relevant).toBe(false);
  });

  it.each([
    // Not under a thread about something else.
    [OTHER_THREAD, 'I’d say weak glutes are to blame here.'],
    // The writer's own "I" beside the view is their own words.
    [BACK_THREAD, 'I think I had weak glutes back then, my knees hated it.'],
  ])('but not under %j: %j', (title, text) => {
    expect(read(text, title).relevant).toBe(false);
  });
});

describe('a rider’s back, told by the riding', () => {
  it('gives miles told in another sentence to the ride: no run, no running form', () => {
    const text = 'Easy club rides of 60 miles are fine. In a crit, after 20 miles my lower back gets really sore.';
    expect(assess(text).features.activity ?? []).not.toContain('running');
    expect(topCauses(text)).not.toContain('running_posture');
  });

  it.each([
    'Whenever I ride past the hour mark my lower back starts to ache.',
    'Two hours on the turbo and my lower back is stiff and sore.',
  ])('ranks its long static position in the top 3: %j', (text) => {
    expect(topCauses(text)).toContain('poor_posture');
  });

  it('while miles in a post that names a run are still a run’s', () => {
    expect(read('Ran 20 miles on Sunday. Past 15 miles my lower back got really sore.').features.activity).toContain('running');
  });

  it('"Rode 60 miles" is a ride’s miles, with the rider’s "I" dropped', () => {
    expect(assess('Rode 60 miles on Sunday and my lower back was sore for the last 20.').features.activity ?? []).not.toContain(
      'running',
    );
  });

  it('and a saddle moved is advice on the rider’s position', () => {
    expect(read('Drop your saddle a few mil and see.', 'Lower back pain on the road bike').relevant).toBe(true);
  });
});
