/**
 * Classes of wording from round 57, found on the tune splits of the real sets and on red-flag list 82 (README
 * "Accuracy"). Sentences written for the project, by class: no real post's or list post's words.
 */
import { describe, expect, it } from 'vitest';
import { flags, opening, read, topCauses } from '../support/reading';

describe('the writer in pain, right after a sentence about the back', () => {
  it.each([
    'The plate slid off and hit my upper back. I was in pain straight away.',
    "A training partner's knee landed on my lower back at jiu jitsu. Been in agony all week.",
  ])('is the back’s pain, as "it hurts" would be: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each([
    'My back was fine after the race. My knees though. I was in agony on the stairs.',
    'Did back squats and lunges today. I am in so much pain.',
    'Back day went well. I was in pain from my shins the whole walk home.',
    'I hurt my ankle on the trail. I was in pain all week.',
  ])('but not where another part or no back stands before it: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });
});

describe('a long course foreseen, not lived', () => {
  it.each([
    'Tweaked my lower back on Monday, still sore. My physio says it could become chronic if I rush back.',
    "Pulled something in my lower back yesterday and it's still sore. Really don't want it to turn chronic.",
  ])('says nothing of weeks without improvement: %j', (text) => {
    expect(flags(text)).not.toContain('not_improving');
  });

  it('but a back that is chronic now still is', () => {
    expect(flags('Chronic lower back pain, still sore every day whatever I do.')).toContain('not_improving');
  });
});

describe('codeine pills named by their number', () => {
  it('are no vertebrae: a plural "T3s" places nothing in the mid back', () => {
    expect(read('Sore knee after the run, so I took a couple of T3s before bed.').relevant).toBe(false);
  });

  it('but a vertebra named alone is the mid back', () => {
    expect(read('Sharp pain around T3 whenever I bench.').relevant).toBe(true);
  });
});

describe('a chest told in two words of heaviness', () => {
  it('is the chest flag, told of a parent: "full and heavy"', () => {
    const text =
      'My dad tweaked his upper back on the rower this morning. Now he is pale, his chest feels full and heavy and he feels sick.';
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a tear through the chest and out at the back', () => {
  it.each([
    'Heavy rack pull lockout and it felt like a blade went thru my chest and out the back. Coach says lat. Still there.',
    'Heavy rack pull lockout and something ripped thru my chest and out into my back. Worst pain ever, not easing.',
  ])('is the chest flag, whatever the lifter calls it: %j', (text) => {
    expect(flags(text)).toContain('chest_pain');
  });
});

describe('a chest pain that goes through to the back', () => {
  it('is no airways story, whatever the weather is blamed for', () => {
    const text =
      'Stiff lower back after my long runs lately. Also a squeezing in my chest that goes right through to my back after a mile or so, then eases when I walk. Probably the freezing air.';
    expect(flags(text)).toContain('chest_pain');
  });

  it.each([
    'Lower back a bit sore after the 10k. My chest felt tight in the freezing air, inhaler sorted it.',
    'Lower back sore after the 5k. Chest tight in the freezing air, pushed through the back half anyway, inhaler sorted it.',
  ])('but a chest tight in the cold that does not reach the back stays the airways: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });
});

describe('a rider thrown at speed', () => {
  it('is a fall from a height, told as coming off at a canter', () => {
    const text =
      "I ride and lift three times a week. I came off at a canter yesterday onto a pole. Everything else is just bruised, which is normal for me, but there's a spot on my spine I can't press.";
    expect(flags(text)).toContain('major_trauma');
  });
});

describe('a fall told by its height in words', () => {
  it('is major trauma: "tumbled ten metres down the bank"', () => {
    expect(flags('Lost my footing on the fell run and tumbled ten metres down the bank, my back is agony.')).toContain(
      'major_trauma',
    );
  });

  it('but a runner who fell ten metres behind the group is not', () => {
    expect(read('On the long run I fell ten metres behind the group, lower back tight.').triage).not.toBe('emergency');
  });
});

describe('a bowel let go in bed, unfelt', () => {
  it.each([
    'Disc is flaring again, pain down my left leg. Last night I pooed in bed and did not feel it.',
    'Disc is flaring again. Had an accident in bed overnight and never woke up for it.',
    "Disc is flaring again and I honestly can't tell whether I need to pee.",
  ])('is the bladder and bowel flag: %j', (text) => {
    expect(flags(text)).toContain('bladder_bowel');
  });

  it.each([
    "Disc is flaring again and I can't tell if I need to go to A&E or not.",
    "Back sore. Pooed and didn't notice any blood, so that's something.",
    'Lower back aches when I sit on the toilet too long, but I never wake up with it.',
  ])('but not knowing whether to go to hospital, or a morning without the pain, is no toilet: %j', (text) => {
    expect(flags(text)).not.toContain('bladder_bowel');
  });
});

describe('a slip from standing onto the bottom, named in the title', () => {
  it('is no major trauma when the post tells the landing', () => {
    const title = 'Slipped on black ice taking the bins out';
    const body =
      'Went down hard and landed right on my backside. Tailbone and lower back are bruised and sore when sitting down but I can walk fine, legs fine. 40M. Skip squats this week?';
    expect(opening(title, body).triage).not.toBe('emergency');
  });
});

describe('A&E read as the ER', () => {
  it.each([
    'Physio gave me a sheet: a numb groin or not being able to pee means A&E straight away. My lower back is just sore from deadlifts.',
    'My lower back is sore. Numbness in both legs is an A&E job, right?',
  ])('a rule or a question about signs is not the writer’s sign: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Lower back agony and my groin has been numb since last night, heading to A&E now.',
    'Crashed my bike at 40 this morning. Went to A&E and they sent me home, but my lower back is agony.',
  ])('but the writer’s own sign, and a crash whatever care followed, stay emergencies: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('the writer as one who suffers with a back', () => {
  it.each([
    "I'm a lifelong back sufferer, so rowing is about all I do.",
    'Hello fellow lower back sufferers, what works for you?',
  ])('is about their back: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it('but someone else who suffers is theirs', () => {
    expect(read('My brother is a back sufferer, so he never lifts.').relevant).toBe(false);
  });
});

describe('training to take up again', () => {
  it('tells of a back out of condition', () => {
    const causes = topCauses('My back has been aching for a fortnight. I have to start working out again, properly this time.');
    expect(causes).toContain('deconditioning');
  });
});

describe('a place named for a heart attack', () => {
  it('is no chest sign: a loop of a hill so named', () => {
    expect(read('Upper back tight after rows, so I jogged the Heart Attack Hill loop instead of lifting.').triage).not.toBe(
      'emergency',
    );
  });
});

describe('going to the toilet or somewhere else', () => {
  it('is no bladder sign when it is the gym', () => {
    expect(flags("Can't really tell if I need to go or not today, to the gym I mean. Back a bit stiff.")).not.toContain(
      'bladder_bowel',
    );
  });

  it('but an accident in bed slept through is', () => {
    expect(flags('Lower back sore all week, and I had an accident in bed on Sunday. Never woke up for it.')).toContain(
      'bladder_bowel',
    );
  });
});

describe('owning that one should be at the hospital', () => {
  it('keeps the signs told after it the writer’s', () => {
    const text =
      "I know I should've gone to A&E already, but: crushing pain in my chest into my upper back, left arm heavy, feel sick.";
    expect(read(text).triage).toBe('emergency');
  });
});

describe('urgent signs told in passing', () => {
  it('a reading in fever’s range with the shakes is a fever', () => {
    expect(
      flags('Thought it was just a cold. 39.1 this morning with the shakes, and my lower back aches on one side.'),
    ).toContain('fever');
  });

  it('but a protein shake’s grams are no temperature', () => {
    expect(flags('Two protein shakes a day, 38.5 g each, lower back sore after deadlifts.')).not.toContain('fever');
  });

  it('a pain worse, if anything, lying still is rest pain', () => {
    expect(flags('My lower back aches all day and if anything it is worse while I am lying still in bed.')).toContain(
      'night_or_rest_pain',
    );
  });

  it('an ache between the shoulders the same whether trained or not is the thoracic flag', () => {
    const text =
      'Ache between my shoulder blades for about four weeks. Same on a rest day, does not matter whether I lift or not.';
    expect(flags(text)).toContain('thoracic_constant');
  });

  it('weight lost without changing anything is unintended', () => {
    expect(flags('Down 5 kg since spring without changing a thing. Mid back aches at night now.')).toContain('weight_loss');
  });
});

describe('breathless on a walk uphill or on the stairs, new, with a back ache', () => {
  it.each([
    'My upper back aches and I get breathless walking up the stairs now, never used to.',
    'My upper back aches and I get breathless walking up the hill to my house now, never used to.',
  ])('stays the chest flag: %j', (text) => {
    expect(flags(text)).toContain('chest_pain');
  });
});

describe('a race build at its biggest', () => {
  it.each([
    'Deep in peak week of my marathon training cycle and my lower back is tight and sore every morning.',
    'Lower back aches since I started doing 150 swings a day with the kettlebell.',
  ])('tells of training volume: %j', (text) => {
    const causes = topCauses(text);
    expect(causes).toContain('training_volume_recovery');
  });
});

describe('a loaded bar that came crashing down on the lifter', () => {
  it('is a blow, as a bar dropped on the back is', () => {
    const text =
      'Missed the hooks on the smith machine and the loaded bar came crashing down onto me. Lower back stiff since, hurts to lean back.';
    expect(flags(text)).toContain('major_trauma');
  });

  it('but a failed bench rep that came down on the lifter is not', () => {
    expect(read('Failed my last bench rep, the bar came down on me and I rolled it off. Upper back a bit sore.').triage).not.toBe(
      'emergency',
    );
  });
});
