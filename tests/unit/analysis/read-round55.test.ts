/**
 * Classes of wording from round 55, found on the tune splits of the real sets (README "Accuracy"). Sentences written
 * for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { flags, read } from '../support/reading';

describe('a strain told as a pull', () => {
  it.each([
    'Felt a pull in my lower back on the last rep of rows.',
    'I felt that pull in my lower back again on the rower.',
    'Got a nasty pull in my mid back lifting the mower.',
    'There is a pulling sensation in my upper back when I run.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each([
    'You should feel the pull in your lats on every row.',
    'Feel the pull in your back on pulldowns, not your arms.',
    'Pull day tomorrow, back and biceps.',
  ])('but a pull a lift should give is not: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});

describe('a load digging into the back', () => {
  it.each([
    'The bar kept digging into my back the whole set.',
    'My rucksack kept digging into my back on the hike.',
    'My belt digs into my lower back at the top of every pull.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it('and a bar digging in is read as its pressure', () => {
    const causes = assess('The bar was digging into my back the whole set.').causes.slice(0, 3);
    expect(causes.map((cause) => cause.id)).toContain('bar_pressure_bruising');
  });

  it.each(['I dug into my back catalogue of programmes last night.', 'On low bar the bar digs into my rear delts, not my back.'])(
    'but not a back that is only named: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});

describe('a back guessed to be bad, or quitting as if by choice, and parts that "kill"', () => {
  it.each([
    'My lower back must have been really bad by Friday, I could hardly sit.',
    'My lower back must be really bad, I can barely sit.',
    'Two hours into the hike my lower back decided to quit on me.',
    'My back and traps kill after a long hike.',
    'Neck and back absolutely kill after a night shift.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['Rows and pull-ups tonight, gonna kill my back today.', 'Going to kill back day tomorrow.'])(
    'but a session trained hard is not: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});

describe('replies in a back thread that taper a run, suggest or ask', () => {
  const title = 'Lower back aches after every run';
  it.each([
    'Try a proper cool down after your runs.',
    'Walking for 10 minutes afterwards helps.',
    'Stretch after your runs, every time.',
    'Why not walk for 10 minutes after you finish?',
    'Why not drop the pace for a couple of weeks and see if it settles?',
    'thoracic extensions and some band work',
    'Ask for stronger painkillers and keep moving.',
    'Do any lifts stir it up?',
    'Does anything make it worse?',
  ])('is about the asker’s back: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });

  it('and the asker telling it has not got better is a complaint', () => {
    expect(read('Ten days on and it still hasn’t got better, even with rest.', title).relevant).toBe(true);
  });

  it.each([
    'Does running make it worse for your knee?',
    'The bridge on the route hasn’t got better since they fixed it.',
    'Congrats on the 10k, what shoes were you in?',
  ])('but not one said of something else: %j', (text) => {
    expect(read(text, title).relevant).toBe(false);
  });

  it.each(['Try a proper cool down after your runs.', 'Does anything make it worse?'])(
    'nor the same under a thread about a knee: %j',
    (text) => {
      expect(read(text, 'Knee aches after every run').relevant).toBe(false);
    },
  );
});

describe('words that are not the back', () => {
  it.each([
    'Both calves cramp after the swim, every race for a few months now, and it wrecks my T1 time.',
    'Landed a back roll badly in class and my stomach muscles are sore.',
    'Drilled back control and escapes all night.',
    'Our coach referred to his glutes as the motor for lifting.',
  ])('is no back post and raises no flag: %j', (text) => {
    expect(read(text).relevant).toBe(false);
    expect(read(text).triage).not.toBe('emergency');
    expect(flags(text)).toEqual([]);
  });

  it.each(['Pain around T1 and T2 after benching, sharp when I breathe in.', 'My back hurts when I do a back roll.'])(
    'while a vertebra or a back that hurts still is: %j',
    (text) => {
      expect(read(text).relevant).toBe(true);
    },
  );

  it('and pain referred down a leg from the back is still a nerve sign', () => {
    expect(flags('My back pain referred to my leg and down to my foot.')).toContain('radiating_below_knee');
  });
});

describe('a question about the asker’s pain in a thread that tells it', () => {
  const title = 'Lower back pain after deadlifts';
  it.each([
    'Is the pain sharp or dull?',
    'Do you get the pain at rest too, or only when lifting?',
    'Is it sore to touch?',
    'Is it sore only after long rides? Or always?',
    'Any numbness?',
  ])('is about their back: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });

  it.each(['Does your knee hurt too?', 'Is the pain sharp or dull?'])(
    'but not said of another part, nor under a thread about a knee: %j',
    (text) => {
      expect(read(text, 'Knee pain after squats').relevant).toBe(false);
    },
  );

  it.each(['are you even a lifter if nothing hurts??', 'Were you just trying to irritate people?'])('nor banter: %j', (text) => {
    expect(read(text, title).relevant).toBe(false);
  });

  it('and asking raises no flag', () => {
    expect(read('Any numbness in both legs?', title).triage).not.toBe('emergency');
  });
});

describe('a back eased, named by its temper, or "at" the writer', () => {
  it.each([
    'Sharp pain halfway through warm-ups. I tried to stretch out my lower back, no luck.',
    'I have a temperamental lower back, so what can I train around it?',
    'Honestly the back is at me all week.',
    'Since the match the back does be at me.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['I try to stretch my back before every run.', 'He keeps coming back at me with excuses.'])(
    'but a habit or a retort is not: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});

describe('tension let go, RICE and rest offered in a back thread', () => {
  const title = 'Upper back soreness on long rides';
  it.each([
    'Relax your shoulders on the bike.',
    'Drop your shoulders and keep a light grip.',
    'Loosen your grip on the bars.',
    'RICE it for a couple of days.',
    'Honestly rest is the best medicine here.',
  ])('is advice about the asker’s back: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });

  it('and letting go of tension points at holding too much of it', () => {
    const causes = assess('Relax your shoulders on the bike.', { thread: { title } }).causes.slice(0, 3);
    expect(causes.map((cause) => cause.id)).toContain('overtension');
  });

  it.each(['Ice the knee after every ride.', 'Rice and chicken is the answer for bulking.'])(
    'but not one said of another part, nor food: %j',
    (text) => {
      expect(read(text, title).relevant).toBe(false);
    },
  );
});

describe('a pain that did not start until later', () => {
  it('is no bladder that will not start', () => {
    const text = 'Heavy pulls on Monday left my lower back sore, but the pain didn’t start until Tuesday night.';
    expect(read(text).triage).not.toBe('emergency');
    expect(flags(text)).not.toContain('bladder_bowel');
  });

  it('while a stream that will not start beside back pain still is', () => {
    expect(flags('My back is agony and I need to pee but it won’t start.')).toContain('bladder_bowel');
  });
});

describe('more advice in a back thread, and questions told with the asker’s time', () => {
  const title = 'Lower back stiffness every morning';
  it.each([
    'Buy yourself a firmer mattress.',
    'Grab a foam roller and use it daily.',
    'Perhaps try heat before bed.',
    'My physio recommended heat packs.',
    'Does it hurt when you bend forward, or only when you sit?',
  ])('is about the asker’s back: %j', (text) => {
    expect(read(text, title).relevant).toBe(true);
  });

  it.each(['Buy the new album, it is great.', 'My coach recommended a new playlist for long runs.'])(
    'but not advice about something else: %j',
    (text) => {
      expect(read(text, title).relevant).toBe(false);
    },
  );
});

describe('a bladder told in plain words beside a back', () => {
  it.each([
    'Hurt my back moving a wardrobe on Friday and now I have trouble weeing.',
    'My back went on Friday. Since then it takes forever to get going when I pee and I never feel empty.',
    'Back tweaked lifting the sofa. The trouble weeing did not start until the next day and it is getting worse.',
  ])('is an emergency: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
    expect(flags(text)).toContain('bladder_bowel');
  });
});

describe('sympathy with the asker’s back injury', () => {
  it.each([
    'Sorry to hear about your back injury, hope physio helps.',
    'So sorry about your back injury. Hope the physical therapy helps.',
  ])('is no advice about it: %j', (text) => {
    expect(read(text, 'Back pain after caring for my dad').relevant).toBe(false);
  });

  it('unless it warns of a sign it names', () => {
    const text = 'So sorry about your back, but the numbness you mentioned needs A&E tonight.';
    expect(read(text, 'Back pain after caring for my dad').relevant).toBe(true);
  });
});
