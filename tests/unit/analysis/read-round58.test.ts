/**
 * Classes of wording from round 58, found on round 57's review probes, the tune splits of the real sets, red-flag list
 * 84 and reviews 58a and 58b (README "Accuracy"). Sentences written for the project, by class: no real post's or list
 * post's words. Each class has a case the round-57 engine read wrong and a near miss its new words must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { flags, opening, read, topCauses } from '../support/reading';

describe('a bladder no longer felt filling', () => {
  it.each([
    "Lower back has been agony since Friday and I can't tell when my bladder's full.",
    'Disc went on Monday. Anyone else find they cannot tell when their bladder is full since?',
  ])('is the bladder flag, in the short form of "is" and asked of others: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    "Anyone else find they can't tell when their bladder's full? My vest's reservoir has no window, so I overfill it and it sloshes on my back.",
    "Does anyone else find they can't tell when their bladder is full in a half marathon? Only notice at the finish.",
  ])('but a hydration pack’s bladder, or one asked of a race with no back, is not: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });
});

describe('a fall told by its height and where from, without the word "fell"', () => {
  it.each([
    'It was about four metres off the scaffold and flat onto my back. Lower back burning now.',
    'Straight off the loft ladder and onto tiles. Can stand but my lower back is in bits.',
    'Went off the top of the stepladder onto the patio earlier. Upper back stiff and sore.',
  ])('is a fall from height: %j', (text) => {
    expect(flags(text)).toContain('major_trauma');
  });

  it.each([
    'Stepped off the ladder onto concrete wrong and my lower back twinged.',
    'Hopped two feet off the ladder, lower back tight from painting all day.',
    'Lifted the paint tin off the top of the ladder and my lower back twinged.',
    'Carried the slates off the scaffold and onto the driveway all day, lower back sore tonight.',
  ])('but a step, a hop or a load carried off a ladder is no fall: %j', (text) => {
    expect(flags(text)).not.toContain('major_trauma');
  });
});

describe('a slide that ends in something hard', () => {
  it.each([
    'Came off the scooter and slid across the road and into the kerb. Mid back is killing me.',
    'Caught an edge and slid about 40 m down the slope into a tree. Lower back really sore tonight.',
  ])('is a crash: %j', (text) => {
    expect(flags(text)).toContain('major_trauma');
  });

  it('but a swimmer who slides into the wall of the lane is not', () => {
    expect(flags('Slid into the wall at the end of my lane, lower back tight from the fly sets.')).not.toContain('major_trauma');
  });
});

describe('numb feet, more of the numbness, then their cause', () => {
  it.each([
    'Both my feet go numb about 12k into long runs? Tingly toes on both sides. Loosening my laces at the roadside sorts it within a minute. Back is fine.',
    'Both feet went numb at about 5k. By 8k the numbness covered the tops of my feet. Turns out I had laced them far too tight.',
  ])('are explained by laces told as the cause two sentences on: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Both feet numb since last night. Numb in the heels too. Loosened the laces and changed shoes, no difference at all. Lower back went on Monday.',
    'Both feet went numb walking home. Numb up to my shins now. One of my laces broke on the way too. Lower back stiff all week.',
    'Lower back went on deadlifts. Both feet numb. Numb in the saddle area too. Loosened my laces and it eased a bit.',
  ])('but not by laces tried in vain, named in passing, or beside a numb saddle: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('and laces never explain both legs', () => {
    expect(read('Laced my boots really tight for the hike, now my lower back is agony and both legs are numb.').triage).toBe(
      'emergency',
    );
  });
});

describe('soiled clothes not felt, told of anyone', () => {
  it.each([
    'My husband hurt his lower back at crossfit. This morning she found he pooped in his trousers without feeling it.',
    'My dad has a bad back since the fall. Yesterday he do poo in the pants without feel.',
  ])('is the bladder and bowel flag: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    'Bar slipped on my back on the last squat and I nearly pooped my pants, lower back fine though.',
    'My 2yo pooped in his pants without feeling it again, potty training is hard. Tips for lower back ache from carrying him?',
  ])('but a fright or a toddler is not: %j', (text) => {
    expect(flags(text)).not.toContain('bladder_bowel');
  });
});

describe('a chest as if someone sat on it', () => {
  it.each([
    'Upper back has ached since this afternoon and now my chest feels like somebodys sat on it.',
    'Upper back aching since lunch. My chest feels like an elephant is on it.',
  ])('is chest pressure: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('is the heart’s after bench when the writer is about to be sick', () => {
    const text = 'Heavy bench tonight. Chest like somebody is sitting on it and I feel like I could throw up, upper back aching.';
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    'Went to A&E last month when my chest felt like someone had sat on it after bench. All clear, reflux. Just lat soreness now.',
    'Heavy bench today, upper back tight and my chest feels like the bar sat on it all session.',
  ])('but not one that "had sat" on it, nor a bar: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });
});

describe('"wont" before a verb', () => {
  it('is "won’t": a pain that wont go away is not over', () => {
    expect(
      flags('Since Sunday the ache in my mid back wont go away, even in bed, and my chest feels tight and heavy too.'),
    ).toContain('chest_pain');
  });
});

describe('a cancer named by its kind', () => {
  it('is a history of cancer: a sarcoma treated in childhood', () => {
    expect(
      read('Had a sarcoma in my hip as a teenager, all clear for years. Lower back has ached for three weeks now.').triage,
    ).toBe('urgent');
  });
});

describe('a tackle or a throw that lands the player on the neck, and a spear in a match', () => {
  it.each([
    'Took a tip tackle at training and landed on the back of my neck. Upper back and neck stiff now.',
    'Got speared in the second half of the match, neck and upper back sore, arms tingly.',
  ])('is major trauma: %j', (text) => {
    expect(flags(text)).toContain('major_trauma');
  });

  it.each([
    'Got speared in the lower back by a helmet at practice, big bruise, moving fine.',
    'Got speared by the champ about ten times in the wrestling game lol, meanwhile my real back is pumped from rows.',
  ])('but a spear with no match or tackle told is not: %j', (text) => {
    expect(flags(text)).not.toContain('major_trauma');
  });
});

describe('breath spent "by the end"', () => {
  it('is a hard session’s effort when nothing follows: no chest sign', () => {
    expect(
      flags('Pull day for the upper back: a brutal session of heavy rows and pull-ups, gasping for air by the end.'),
    ).not.toContain('chest_pain');
  });

  it.each([
    'Upper back sore since Monday and I was gasping for air by the end of the day, just sat on the sofa.',
    'Ache in my upper back all week. Walked to the corner shop and was gasping for air by the end.',
    'Upper back pain since the morning. Only did a gentle session of yoga and was gasping for air by the end.',
  ])('but not the end of a day, a walk or a gentle session: %j', (text) => {
    expect(flags(text)).toContain('chest_pain');
  });
});

describe('feet that hurt, in a post that names no back', () => {
  it.each([
    ['Sore feet', 'Both my feet hurt after standing all day at work.'],
    [
      'Feet are wrecked',
      'Returned to the warehouse after a week off. These boots have no cushioning and both feet hurt like mad by home time.',
    ],
  ])('are no both-legs emergency: %j', (title, body) => {
    expect(opening(title, body).triage).not.toBe('emergency');
  });

  it.each([
    'Both feet and legs are in agony since I woke up, can barely stand.',
    'Agony in both feet, shooting up the backs of my legs since this morning.',
  ])('but feet told with the legs, or with a pain that shoots, stay a sign: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a body new to a job on its feet', () => {
  it.each([
    'Three weeks in as a new carer and my lower back aches every evening after the hoist transfers.',
    "Your back will ache for a while, the lifting is hard because you're new.",
  ])('tells of deconditioning: %j', (text) => {
    expect(topCauses(text)).toContain('deconditioning');
  });
});

describe('a back told as going wrong now and then, overworked, or on the mend', () => {
  it.each([
    'My lower back went a bit funny on the rows, so I dropped the weight.',
    'I always overwork my lower back on bent-over rows.',
    'My back was feeling loads better after a week of rest, so I rode easy today.',
    'My back has been feeling much better since I started walking at lunch.',
  ])('is a back post: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['Good mornings can overload the lower back if you round.', 'Back squats make my legs go a bit weird the next day.'])(
    'but a general claim or another part is not: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});
