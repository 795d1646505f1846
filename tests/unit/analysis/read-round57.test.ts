/**
 * Classes of wording from round 57, found on the tune splits of the real sets and on red-flag list 82 (README
 * "Accuracy"). Sentences written for the project, by class: no real post's or list post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const read = (text: string, title?: string) => assess(text, title ? { thread: { title }, rank: false } : { rank: false });

describe('the writer in pain, right after a sentence about the back', () => {
  it.each([
    'The plate slid off and hit my upper back. I was instantly in pain.',
    'Felt a pop in my lower back on the pull. Been in agony since Tuesday.',
    "My lower back locked up at work. I'm in a lot of pain tonight.",
    'Something in my mid back went on the last rep. I was left in serious pain for the drive home.',
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
    expect(read(text).redFlags.map((flag) => flag.id)).not.toContain('not_improving');
  });

  it('but a back that is chronic now still is', () => {
    expect(read('Chronic lower back pain, still sore every day whatever I do.').redFlags.map((flag) => flag.id)).toContain(
      'not_improving',
    );
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

const flagsOf = (text: string) => read(text).redFlags.map((flag) => flag.id);

describe('a chest told in two words of heaviness', () => {
  it('is the chest flag, told of a partner: "full and heavy"', () => {
    const text =
      'My dad tweaked his upper back on the rower this morning. Now he is pale, his chest feels tight and heavy and he feels sick.';
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a tear through the chest and out at the back', () => {
  it('is the chest flag, whatever the lifter calls it', () => {
    const text =
      'Pulled a heavy single off the blocks and something tore right through my chest and out into my back. Still there an hour on.';
    expect(flagsOf(text)).toContain('chest_pain');
  });
});

describe('a chest pain that goes through to the back', () => {
  it('is no airways story, whatever the weather is blamed for', () => {
    const text =
      'Stiff lower back after my long runs lately. Also a squeezing in my chest that goes through to my back after a mile or so, then eases when I walk. Probably the cold air.';
    expect(flagsOf(text)).toContain('chest_pain');
  });

  it('but a chest tight in the cold with nothing at the back stays the airways', () => {
    expect(
      read('Lower back a bit sore after the 10k. My chest felt tight in the freezing air, inhaler sorted it.').triage,
    ).not.toBe('emergency');
  });
});

describe('a rider thrown at speed', () => {
  it('is a fall from a height, told as coming off at a canter', () => {
    const text = 'Came off at a canter yesterday and landed on my back on the fence. Sore spot on my spine I cannot press.';
    expect(flagsOf(text)).toContain('major_trauma');
  });
});

describe('a fall told by its height in words', () => {
  it('is major trauma: "tumbled ten metres down the bank"', () => {
    expect(flagsOf('Lost my footing on the fell run and tumbled ten metres down the bank, my back is agony.')).toContain(
      'major_trauma',
    );
  });
});

describe('a bowel let go in bed, unfelt', () => {
  it.each([
    'Disc is flaring again, pain down my left leg. Last night I pooed in bed and did not feel it.',
    "Disc is flaring again. I had an accident in bed, pooed and didn't wake up.",
    "Disc is flaring again, and today I can't really tell if I need a wee.",
  ])('is the bladder and bowel flag: %j', (text) => {
    expect(flagsOf(text)).toContain('bladder_bowel');
  });

  it('but not knowing whether to go to hospital is no toilet', () => {
    expect(flagsOf("Disc is flaring again and I can't tell if I need to go to A&E or not.")).not.toContain('bladder_bowel');
  });
});

describe('a slip from standing onto the bottom, named in the title', () => {
  it('is no major trauma when the post tells the landing', () => {
    const title = 'Slipped on the ice walking to work';
    const body = 'Went down this morning and landed right on my bum. Lower back and tailbone sore, legs fine.';
    expect(assess(`${title}\n${body}`, { thread: { title }, rank: false }).triage).not.toBe('emergency');
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
    "I'm a long time back sufferer, rowing is about all I can do.",
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
    const causes = assess('My back has been killing me all week. I really need to start exercising again.')
      .causes.slice(0, 3)
      .map((cause) => cause.id);
    expect(causes).toContain('deconditioning');
  });
});

describe('a place named for a heart attack', () => {
  it('is no chest sign: sprints up a hill of that name', () => {
    expect(read('Traps sore from carrying sandbags, then three sprints up Heart Attack Hill after.').triage).not.toBe(
      'emergency',
    );
  });
});

describe('going to the toilet or somewhere else', () => {
  it('is no bladder sign when it is the gym', () => {
    expect(flagsOf("Can't really tell if I need to go or not today, to the gym I mean. Back a bit stiff.")).not.toContain(
      'bladder_bowel',
    );
  });

  it('but an accident in bed slept through is', () => {
    expect(flagsOf("Had an accident in bed last night, didn't wake up for it, and my back has been sore all week.")).toContain(
      'bladder_bowel',
    );
  });
});

describe('owning that one should be at the hospital', () => {
  it('keeps the signs told after it the writer’s', () => {
    const text =
      "Probably should've gone to A&E instead of posting, but: crushing pain in my chest into my upper back, left arm heavy, feel sick.";
    expect(read(text).triage).toBe('emergency');
  });
});

describe('urgent signs told in passing', () => {
  it('a reading in fever’s range with the shakes is a fever', () => {
    expect(
      flagsOf('Thought it was just a cold. 39.1 this morning with the shakes, and my lower back aches on one side.'),
    ).toContain('fever');
  });

  it('but a protein shake’s grams are no temperature', () => {
    expect(flagsOf('Two protein shakes a day, 38.5 g each, lower back sore after deadlifts.')).not.toContain('fever');
  });

  it('a pain worse, if anything, lying still is rest pain', () => {
    expect(flagsOf('My lower back aches all day and is worse if anything when I am lying still.')).toContain(
      'night_or_rest_pain',
    );
  });

  it('an ache between the shoulders the same whether trained or not is the thoracic flag', () => {
    const text =
      "Ache between my shoulder blades for about four weeks. Doesn't matter if I've trained or not, it's the same lying on the sofa.";
    expect(flagsOf(text)).toContain('thoracic_constant');
  });

  it('weight lost without changing anything is unintended', () => {
    expect(flagsOf('Lost about 6 kg without changing anything. Mid back aches at night now.')).toContain('weight_loss');
  });
});

describe('breath on a hill', () => {
  it('is the hill’s, asked about after hill reps', () => {
    const text = 'Hill sprints today, lower back pumped by the end. Is it normal to be that out of breath on hills?';
    expect(read(text).triage).not.toBe('emergency');
  });

  it('but breathless on the stairs, new, with a back ache, stays the chest flag', () => {
    expect(flagsOf('My upper back aches and I get breathless walking up the stairs now, never used to.')).toContain('chest_pain');
  });
});

describe('a race build at its biggest', () => {
  it.each([
    'Peak week of my marathon training block and my lower back is tight and sore every morning.',
    'Lower back aches since I started doing 300 swings a day.',
  ])('tells of training volume: %j', (text) => {
    const causes = assess(text)
      .causes.slice(0, 3)
      .map((cause) => cause.id);
    expect(causes).toContain('training_volume_recovery');
  });
});

describe('a loaded bar that came crashing down on the lifter', () => {
  it('is a blow, as a bar dropped on the back is', () => {
    const text =
      'Missed the hooks on the smith machine and the loaded bar came crashing down onto me. Lower back stiff since, hurts to lean back.';
    expect(flagsOf(text)).toContain('major_trauma');
  });

  it('but a failed bench rep that came down on the lifter is not', () => {
    expect(read('Failed my last bench rep, the bar came down on me and I rolled it off. Upper back a bit sore.').triage).not.toBe(
      'emergency',
    );
  });
});
