/**
 * Classes of wording from round 56, found on the tune splits of its real set and on red-flag list 80 (README
 * "Accuracy"). Sentences written for the project, by class: no real post's or list post's words.
 */
import { describe, expect, it } from 'vitest';
import { flags, opening, read, topCauses } from '../support/reading';

describe('an opening post about someone else, under a title of its own', () => {
  it.each([
    [
      'How can I get my partner to slow down?',
      'He put his back out at football on Sunday. Last night he wet himself on the sofa and never noticed.',
    ],
    ['Any advice please', 'My brother hurt his back lifting a telly. Tonight he wet himself and did not feel it coming.'],
  ])('reads their sign as theirs: %j', (title, body) => {
    expect(opening(title, body).triage).toBe('emergency');
  });
});

describe('numbness told against what it used to do', () => {
  it('is current: it no longer passes off the bike as it used to', () => {
    const text =
      'Strained my back lifting on Saturday. My groin has gone numb since Monday and it does not wear off after the turbo like it used to.';
    expect(flags(text)).toContain('saddle_numbness');
  });

  it('but a numbness that used to come and went is past', () => {
    expect(read('My groin used to go numb on long rides, but a new saddle fixed that. Back is fine.').triage).not.toBe(
      'emergency',
    );
  });
});

describe('a warning passed on from a leaflet or a clinician', () => {
  it('is a rule, not the writer’s sign, though the leaflet is “mine”', () => {
    const text =
      "The practice nurse's sheet says call 999 with a numb groin or if you cannot pee. My back is only sore from the hills.";
    expect(read(text).triage).not.toBe('emergency');
  });

  it('but the writer telling the sign after it has it', () => {
    const text = "Hurt my back on Friday. My GP said go to A&E with any numbness down there, and now it's numb when I wipe.";
    expect(flags(text)).toContain('saddle_numbness');
  });
});

describe('fear told as soiling', () => {
  it.each([
    'Properly shat myself when the bar slipped on my last squat, back is a bit sore now.',
    'Absolutely bricked myself on the start line of my first marathon, back was tight by mile 20.',
    'Shat myself with nerves before the meet, then my lower back cramped on the second attempt.',
  ])('is no bowel sign: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it('but soiling without feeling it, beside a back that went, is', () => {
    expect(flags('My back gave out on Friday and this morning I shat myself in bed without feeling it.')).toContain(
      'bladder_bowel',
    );
  });
});

describe('a title’s numbness that its post explains', () => {
  it('is the laces’, told two sentences on', () => {
    const read = opening(
      'Both feet numb on long runs',
      'About 10 km into my long runs both my feet tingle and go numb on top. When I loosen my laces it goes within a few minutes. New trainers, tied really tight.',
    );
    expect(read.triage).not.toBe('emergency');
  });

  it('but a title’s numbness the post tells as lasting is a sign', () => {
    const read = opening(
      'Both legs numb',
      'Lifted a heavy box at work on Friday and my back went. Both legs have been numb since, even lying in bed.',
    );
    expect(read.triage).toBe('emergency');
  });
});

describe('someone named by their work, and a sign told as a risk', () => {
  it.each([
    'The courier was out of breath when he carried the rack up the stairs; my back is sore from helping him.',
    'Back aches on my runs since the baby. There is a real risk of incontinence after birth, but that was never a problem for me.',
  ])('is not the writer’s sign: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'My back hurts and I get out of breath on the stairs with a tight chest.',
    "Hurt my back and now I have incontinence, I've wet myself twice today.",
  ])('but the writer’s own is: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a remedy named for a time, in a back thread', () => {
  it('is advice for the asker’s back', () => {
    expect(read('When the spasm settles, sports massage.', 'Trapezius strain').relevant).toBe(true);
  });

  it('but the writer’s own evening is not', () => {
    expect(read('When I got home, I had a massage.', 'Trapezius strain').relevant).toBe(false);
  });
});

describe('a back that tells the writer, or is still mending', () => {
  it.each([
    'My lower back reminded me the next morning that I had skipped my warm-up.',
    'My back told me all about it the day after the hill session.',
    'Went easy on rows to spare my recovering upper back.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['My coach told me to keep my back flat.', 'I am recovering back to full fitness after the flu.'])(
    'but not a back only named: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});

describe('an injury told in the present or as “something” done', () => {
  it.each(['I lean over the bath and wrench my back.', "I've done something silly to my back moving the sofa."])(
    'is a strain: %j',
    (text) => {
      expect(read(text).relevant).toBe(true);
      expect(topCauses(text)).toContain('muscle_strain');
    },
  );
});

describe('“back” after a verb of returning, and a back held in form', () => {
  it.each([
    'All my old niggles came back howling by the third event.',
    'Hair pulled back tight, belt on, ready to pull.',
    'Keep the back flat and tight all the way down.',
    'Hold the back neutral and tight through the pull.',
  ])('is no back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });

  it.each(['I got back spasms after squats.', 'My lower back feels stiff and tight.', 'My back was screaming after deadlifts.'])(
    'but the back itself still is: %j',
    (text) => {
      expect(read(text).relevant).toBe(true);
    },
  );
});

describe('a back no better since a season or a year gone', () => {
  it.each([
    "My lower back has ached since last year and it isn't getting any better.",
    'Strained my lower back last spring. It still hurts every morning.',
    'My lower back has hurt since last winter and now it has spread into my hip.',
  ])('is not improving: %j', (text) => {
    expect(flags(text)).toContain('not_improving');
  });

  it('and a sign that began then is current', () => {
    expect(flags('Hurt my back lifting. My groin has been numb since last October.')).toContain('saddle_numbness');
  });

  it.each([
    'I hurt my back last summer and it has been fine ever since.',
    'Lower back sore for two months, so spread your feet wider on squats, my coach says.',
  ])('but not a back that healed, or feet spread: %j', (text) => {
    expect(flags(text)).not.toContain('not_improving');
  });
});

describe('a bladder or bowel lost, told of the person a post is written for', () => {
  it.each([
    'My dad has had a bad back all week. Since lunchtime he has had no control of his bowels at all.',
    "My daughter hurt her back at netball. She hasn't managed to wee since breakfast although she keeps drinking.",
  ])('is an emergency: %j', (text) => {
    expect(flags(text)).toContain('bladder_bowel');
  });

  it('but a wee managed in the end is not', () => {
    expect(flags('Back sore after the long run, but I managed to pee once I got home.')).not.toContain('bladder_bowel');
  });
});
