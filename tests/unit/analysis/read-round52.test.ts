/**
 * Classes of wording from round 52, found on the tune split of the real sets (README "Accuracy"). Sentences written
 * for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const read = (text: string) => assess(text, { rank: false });
const reply = (text: string, title: string) => assess(text, { thread: { title }, rank: false });

describe('a tear felt on a rep', () => {
  it.each([
    'Back in the spring I hurt my lower back pulling 180 on a bad night of sleep; on the last rep I felt a tearing sensation and it was stiff for a week.',
    'Lower back went on my third set of deadlifts, a ripping feeling on the way up, now it is tight and sore.',
  ])('in a post that tells no mid or upper back and no chest is a muscle giving, no emergency: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    // The dissection's places: between the shoulder blades, or the chest.
    'Felt a tearing sensation between my shoulder blades on my last rep of bench and it has not let up.',
    'Sudden tearing feeling in my upper back mid-set, lower back fine, and I feel faint.',
    // Not told on a lift: the abrupt tearing pain stays an emergency item.
    'Out of nowhere a tearing sensation in my back while I was watching TV, worst pain of my life.',
  ])('but between the shoulder blades, in the upper back or away from a lift it stays one: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a crash dated by a two-digit year', () => {
  it.each([
    "A van knocked me off my bike in '09 and my lower back has never been the same; it aches after an hour in the saddle.",
    'Was hit by a car in ’11 while crossing the road. These days my lower back gets stiff on long drives.',
  ])('is long over, no emergency: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Got hit by a car at 08:30 this morning on the way in and my lower back is agony.',
    "A car hit me doing 40 in a '30' zone this morning and now my lower back is killing me.",
  ])('but a time of day or a speed sign is no year: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('"right back" as "again at once"', () => {
  it.each([
    'Six weeks of easy miles without trouble, then the first fast session brought the ache straight back, all round the kneecap.',
    'Iced the shin for a week; the soreness came right back on the first run.',
  ])('names no back: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });

  it.each(['My right back has been sore since the rows.', 'The pain went straight back into my lower back when I bent over.'])(
    'but a side of the back, or a back named after it, still is one: %j',
    (text) => {
      expect(read(text).relevant).toBe(true);
    },
  );
});

describe('a session hard on the writer’s back', () => {
  it.each([
    'Week two of the new block and the heavy day was savage on the back for me.',
    'Long rows on the erg are really hard on my lower back.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['Good mornings are hard on the back, so keep them light at first.', 'Running downhill is hard on my knees.'])(
    'but a coach’s general warning, or another part, is not: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});

describe('a symptom compared with its usual self', () => {
  it.each([
    'Happy to say my lower back was not aching more than usual after the ride.',
    "My back doesn't hurt worse than normal after the long run.",
    'Upper back no stiffer than it usually is on a heavy pressing day.',
    'My lower back is no more sore than usual after the hike.',
  ])('is there as ever: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each(['No back pain at all, and more energy than usual.', 'My back does not hurt; I just sleep more than usual.'])(
    'but a denial followed by something else compared is still a denial: %j',
    (text) => {
      expect(read(text).relevant).toBe(false);
    },
  );
});

describe('a thread title that names a back with a weak or asked trouble word', () => {
  const advice = 'Holding one pace the whole session could have put a strain on muscles that would not normally work that hard.';

  it.each(['Rowing machine and back issues', 'Advice on whether to keep cycling with a backache?', 'Back problems'])(
    'gives its advice replies the topic: %j',
    (title) => {
      expect(reply(advice, title).relevant).toBe(true);
    },
  );

  it.each(['Back squats and knee trouble', 'Back to back long runs', 'No back pain but my knee aches'])(
    'but a lift, a run of days or a denied back gives none: %j',
    (title) => {
      expect(reply(advice, title).relevant).toBe(false);
    },
  );
});

describe('agreement told as a similar situation', () => {
  it('shares the thread’s back', () => {
    expect(
      reply('I am in a similar situation since the heavy pulls on Monday.', 'Lower back seized a day after deadlifts').relevant,
    ).toBe(true);
  });

  it('is nothing under a thread about something else', () => {
    expect(reply('I am in a similar situation since the heavy pulls on Monday.', 'Best budget lifting shoes?').relevant).toBe(
      false,
    );
  });
});

describe('"back" in a return visit and at the back of the head', () => {
  it.each([
    'The ache under my breastbone came back after the rest weeks, so back to the doctor it was, and it has got steadily worse since.',
    'Sharp throb at the back of my skull on the last rep of squats, and the pain hung around all evening.',
  ])('names no back: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });

  it.each([
    'Back to the physio on Monday, my lower back has been agony all week.',
    'Pain at the back of my neck and between my shoulder blades since the heavy shrugs.',
  ])('but a back told beside it still counts: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });
});

describe('what review 52 found', () => {
  it.each([
    'A bus ploughed into me at the junction this morning and my lower back is in bits. Not been seen yet.',
    "My '14 Golf got totalled on the dual carriageway last night; walked away, but my mid back is agony and nobody has checked me.",
    // An old crash dated by its year does not hide a new one told after it.
    "Knocked off my bike in '05, fine for years. Then this morning a van ploughed into me at the lights and my lower back is on fire.",
  ])('a crash told in other words is still an emergency: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('a tear felt on a rep still tells a back post, though no emergency', () => {
    const reading = read('Pulled a heavy single and felt a tearing sensation low on the left side of my back. Sore to bend now.');
    expect(reading.relevant).toBe(true);
    expect(reading.triage).not.toBe('emergency');
  });

  it('agreeing "but with my knees" is another part’s', () => {
    expect(reply('I am in a similar situation but with my knees on squats.', 'Lower back pain on deadlifts').relevant).toBe(
      false,
    );
  });
});

describe('forum shorthand from the second batch', () => {
  it.each([
    'Lower back went on the last rep and I dropped to my knees, the pain was unreal.',
    'Mid back went halfway through the rows yesterday.',
    'My back was out all week, so no rolling at all.',
    'Sitting on the low stool screws my back up every time.',
    'Somehow strained my left trapezious on the bench, been in tears since.',
  ])('is a back complaint: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it.each([
    'The lower back went on to be the strongest part of my body after a year of rows.',
    'The test results are back, and the scan report is out on Friday.',
  ])('but what a back went on to be, or results that are back and out, are not: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });

  it('reads an agreement told as having done the same, under a back thread only', () => {
    const text = 'I did something similar before Christmas, and two quiet weeks with a physio sorted it.';
    expect(reply(text, 'Tweaked my lower back on deadlifts').relevant).toBe(true);
    expect(reply(text, 'Which lifting shoes are worth it?').relevant).toBe(false);
  });

  it('ranks posture first for a back that goes from stooping too long', () => {
    const reading = assess('Stooping for hours at the workbench wrecks my back for the next day.');
    expect(reading.causes[0]?.id).toBe('poor_posture');
  });
});

describe('a load jump told as the longest yet or in the present tense', () => {
  it.each([
    'Ran 9 miles on Sunday, the longest I have run yet, and my lower back has ached since.',
    'My upper back only aches whenever I increase my mileage on the bike.',
  ])('ranks load progression among the first three: %j', (text) => {
    expect(
      assess(text)
        .causes.slice(0, 3)
        .map((cause) => cause.id),
    ).toContain('load_progression');
  });
});

describe('someone else’s back hurt, told as the event it was', () => {
  it('ranks a strain first', () => {
    expect(assess('My husband hurt his back Tuesday at work and can barely get dressed.').causes[0]?.id).toBe('muscle_strain');
  });

  it('but a back that it hurt to sit with is no event', () => {
    expect(assess('It hurt his back to sit in the car for three hours.').causes[0]?.id).not.toBe('muscle_strain');
  });
});

describe('what review 52c found', () => {
  it.each([
    'upper back went on holiday apparently, not a twinge after the heavy rows',
    'My back was out of the sun all afternoon, so only my arms burned.',
    "My back's out in the race photos thanks to the new vest, looks decent.",
    'My back was out of shape before I started rowing, now it is thick.',
  ])('a back on holiday, on show or out of shape is no complaint: %j', (text) => {
    expect(read(text).relevant).toBe(false);
  });

  it.each([
    'My back was out of action for a week after the move.',
    "My back's been out since Friday, can barely stand up straight.",
  ])('but a back out of action is one: %j', (text) => {
    expect(read(text).relevant).toBe(true);
  });

  it('a crash told by the road and the speed is the writer’s, whoever drove', () => {
    expect(
      read('A lorry driver went into the back of us on the motorway at about 60 last night and my lower back is wrecked.').triage,
    ).toBe('emergency');
  });

  it('"went the same way for me" agrees with a back thread', () => {
    expect(
      reply('Mid back went the same way for me in the autumn, two weeks of walking sorted it.', 'Mid back seized on rows')
        .relevant,
    ).toBe(true);
  });
});
