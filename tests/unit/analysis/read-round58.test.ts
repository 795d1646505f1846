/**
 * Classes of wording from round 58, found on round 57's review probes, the tune splits of the real sets and red-flag
 * list 84 (README "Accuracy"). Sentences written for the project, by class: no real post's or list post's words.
 */
import { describe, expect, it } from 'vitest';
import { flags, opening, read, topCauses } from '../support/reading';

describe('a bladder no longer felt filling, asked of others', () => {
  it.each([
    "Anybody else finding they can't feel when their bladder's full? Since Sunday, and my back is killing me.",
    'Anyone else find they cannot tell when their bladder is full since the disc went?',
  ])('tells the writer’s own sign: %j', (text) => {
    expect(read(text, 'Disc bulge, week three').triage).toBe('emergency');
  });

  it('and the short form of "is" is read as the long one', () => {
    expect(flags("Lower back has been agony since Friday and I can't tell when my bladder's full.")).toContain('bladder_bowel');
  });

  it('but a bladder that is told full is no sign', () => {
    expect(
      read("Back still sore. I can tell when my bladder's full, no problems there.", 'Disc bulge, week three').triage,
    ).not.toBe('emergency');
  });
});

describe('a fall told by its height and where from, without the word "fell"', () => {
  it.each([
    'Must have been four metres off the scaffold, flat onto my back. Lower back burning now.',
    'Came straight off the loft ladder and onto tiles. Can stand but my lower back is in bits.',
  ])('is a fall from height: %j', (text) => {
    expect(flags(text)).toContain('major_trauma');
  });

  it.each([
    'Set the ladder two metres off the wall like the label says. My lower back aches from holding it all day.',
    'Lifted the paint tins off the ladder and my lower back twinged a bit.',
  ])('but a ladder stood or worked from is no fall: %j', (text) => {
    expect(flags(text)).not.toContain('major_trauma');
  });
});

describe('a crash at speed with the slide told between', () => {
  it('is a high-speed crash: "at speed … skidded … into the barrier"', () => {
    expect(
      flags('Caught an edge at high speed on the ice and skidded all the way into the barrier. Spine is sore to touch.'),
    ).toContain('major_trauma');
  });

  it('but a sprint that turns at a wall is not', () => {
    expect(flags('Did my shuttles at full speed into the wall and back, lower back tight afterwards.')).not.toContain(
      'major_trauma',
    );
  });
});

describe('numb feet told on, then their laces', () => {
  it('are the laces’, two sentences on: no emergency', () => {
    const text =
      'Both my feet go numb about 12k into long runs? Tingly toes on both sides. Stopping to loosen the laces sorts it in a minute. Back is fine.';
    expect(read(text).triage).not.toBe('emergency');
  });

  it('but laces loosened in vain explain nothing', () => {
    expect(read('Both feet went numb this morning. Lower back is agony, loosened my laces but nothing changed.').triage).toBe(
      'emergency',
    );
  });

  it('and legs numb to the hips are not a cause’s two sentences on', () => {
    const text = 'Both legs went numb after my lower back went. Numb right up to the hips. Took the belt off but nothing.';
    expect(read(text).triage).toBe('emergency');
  });
});

describe('soiled clothes not felt, told of a partner in plain or learner’s English', () => {
  it.each([
    'My husband hurt his lower back at crossfit. This morning he pooped in his pants without feeling it coming.',
    'My boyfriend has his back blocked since the deadlifts. Today he make poop in the pants without feel it.',
  ])('is the bladder and bowel flag: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('but a fright told the same way is not', () => {
    expect(flags('Bar slipped on my back on the last squat and I nearly pooped my pants, lower back fine though.')).not.toContain(
      'bladder_bowel',
    );
  });
});

describe('a chest as if sat on, after a bench session, with sickness and rest that does not help', () => {
  it('is the heart’s, not a trained pec: sick now and worse at rest', () => {
    const text =
      'An hour after bench I got this ache between my shoulder blades that wont go away even lying down, and my chest feels like somebodys sat on it, kinda wanna throw up.';
    expect(read(text).triage).toBe('emergency');
  });

  it('and so is one told without "feels", with "gonna puke"', () => {
    expect(
      read('Heavy bench tonight. Chest like somebody is sitting on it and I feel like im gonna puke, upper back aching.').triage,
    ).toBe('emergency');
  });

  it('but not one that "had sat" on it, a time gone and checked', () => {
    const text =
      'Went to A&E last month when my chest felt like someone had sat on it after bench. All clear, reflux. Just lat soreness now.';
    expect(read(text).triage).not.toBe('emergency');
  });

  it('but a chest that feels pressed after a heavy bench, and nothing else, is the press’s', () => {
    expect(read('Heavy bench today, upper back tight and my chest feels like the bar sat on it all session.').triage).not.toBe(
      'emergency',
    );
  });
});

describe('"wont" before a verb', () => {
  it('is "won’t": a pain that wont go away is not over', () => {
    expect(
      flags('Ache between my shoulder blades that wont go away even lying down, and my chest feels tight and heavy.'),
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

describe('a tackle or a throw that lands the player on the neck', () => {
  it.each([
    'Lifted and dumped in the tackle, landed on the back of my neck. Upper back and neck stiff now.',
    'Got thrown in judo and landed on my neck, upper back sore and stiff tonight.',
  ])('is major trauma: %j', (text) => {
    expect(flags(text)).toContain('major_trauma');
  });

  it.each([
    'Our coach keeps warning us about spear tackles. Upper back tight from scrums.',
    'Got speared by the champ about ten times in the wrestling game lol, meanwhile my real back is pumped from rows.',
  ])('but a spear only talked of, or played, is not: %j', (text) => {
    expect(flags(text)).not.toContain('major_trauma');
  });
});

describe('breath spent "by the end"', () => {
  it('is the session’s effort when nothing follows: no chest sign', () => {
    expect(
      flags('Trained upper back today. Turned out to be a great workout as I was gasping for air by the end.'),
    ).not.toContain('chest_pain');
  });

  it.each([
    'Upper back sore since Monday and I was gasping for air by the end of the day, just sat on the sofa.',
    'Upper back sore since Monday and I was gasping for air by the end, just sat on the sofa.',
    'Ache in my upper back all week. Walked to the corner shop and was gasping for air by the end.',
  ])('but not when the end is the day’s or more is told: %j', (text) => {
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

  it('but both thighs that hurt with no effort told stay the model’s to weigh, and numb feet stay a sign', () => {
    expect(opening('Numb feet', 'Both my feet went numb this morning and the numbness is spreading up my shins.').triage).toBe(
      'emergency',
    );
  });
});

describe('a body new to a job on its feet', () => {
  it.each([
    "I'm a new carer and love it, but my lower back aches every evening after the hoist transfers.",
    'Your back will ache for a while, since you are new all that lifting hits at once.',
  ])('tells of deconditioning: %j', (text) => {
    expect(topCauses(text)).toContain('deconditioning');
  });
});

describe('a back told as going wrong now and then, overworked, or on the mend', () => {
  it.each([
    'My lower back gets a bit weird at times on lunges, so I go lighter.',
    'I tend to overwork my lower back when I do this exercise.',
    'My back was feeling loads better after a week of rest, so I rode easy today.',
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

describe('after review 58a', () => {
  it.each([
    "Anyone else find they can't tell when their bladder's full? My pack's reservoir has no window so I overfill it and it sloshes on my back.",
    "Does anyone else find they can't tell when their bladder's full during a half marathon? Only notice at the finish.",
    'My 2yo pooped in his pants without feeling it again, potty training is hard. Tips for lower back ache from carrying him?',
  ])('a water bag, a race or a toddler is no sign: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Both feet numb since last night. Numb in the heels too. Loosened the laces and changed shoes, no difference at all. Lower back went on Monday.',
    'Both feet went numb walking home. Numb up to my shins now. One of my laces broke on the way too. Lower back stiff all week.',
  ])('laces tried in vain or named in passing explain nothing: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    'Both feet went numb at about 5k. By 8k the numbness covered the tops of my feet. Turns out I had laced them far too tight.',
    'Both feet go numb on the bike trainer. Toes and the balls of the feet. My shoes are a size too small to be fair.',
  ])('but laces or shoes told as the cause two sentences on explain numb feet: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });
});

describe('after review 58a: slides and ladders', () => {
  it.each([
    'Came off the scooter and slid across the road and into the kerb. Mid back is killing me.',
    'Caught an edge and slid about 40 m down the slope into a tree. Lower back really sore tonight.',
    'Went off the top of a 10 ft ladder onto the patio this afternoon. Upper back stiff and sore.',
  ])('are major trauma: %j', (text) => {
    expect(flags(text)).toContain('major_trauma');
  });

  it.each([
    'Slid into the wall at the end of my lane, lower back tight from the fly sets.',
    'Carried the ladder off the roof rack and onto the drive, lower back a bit sore now.',
  ])('but a lane’s wall or a ladder carried is not: %j', (text) => {
    expect(flags(text)).not.toContain('major_trauma');
  });
});
