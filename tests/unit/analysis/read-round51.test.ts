/**
 * Classes of wording from round 51, found on the tune split of the real sets (README "Accuracy"). Sentences written
 * for the project, by class: no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const read = (text: string) => assess(text, { rank: false });

describe('an everyday doing after a vague toilet phrase, and feet as a measure', () => {
  it.each([
    'Stood up from my desk chair and my back seized. For two days I was stuck flat, and it kept spasming whenever I shifted. I have not been able to walk twenty feet without it locking again, and reaching up to a shelf is out of the question. Hoping it calms down by the weekend.',
    "My mid back is in spasm and I haven't been able to sit through a meal since Tuesday.",
    "Lower back locked up, haven't been able to walk properly for two days.",
  ])('is no bladder or leg emergency: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    "My back is killing me and I haven't been able to pee since last night.",
    "Lower back pain, and I haven't been able to go to the toilet since yesterday, nothing comes.",
    'Only managed ten feet to the door and both my feet have gone numb since the back went.',
    'Fell about ten feet off a ladder onto my back this morning.',
  ])('but the toilet, both feet and a fall from a height still are: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a list of signs set out line by line under its opening line', () => {
  it.each([
    'My sciatica is back, down the left leg to the calf.\n\nSymptoms that need emergency care include:\n\n  • Weakness in the leg that gets worse\n\n  • Loss of bladder or bowel control\n\nSomething to look forward to, then.',
    'Lower back flared up again after the long drive.\nWarning signs include:\n- numbness in the groin\n- trouble peeing\nNone of that, thankfully, just stiff.',
    'Tweaked my back deadlifting. Red flags to watch for:\n* both legs going numb\n* loss of bowel control',
  ])('are the list’s, not the writer’s: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    // The writer's own list, a visit told, or a list with no sign words: the items are theirs.
    'Lower back pain since Friday.\nSymptoms I have:\n- numbness in the groin\n- loss of bladder control',
    "Went to the ER today with my back:\n- numb groin\n- can't pee",
    "Back is wrecked after the fall. So far:\n- numb groin\n- can't pee properly",
  ])('but a list of the writer’s own still counts: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a thread read from its opening post under its title', () => {
  const thread = {
    title: 'Rock under the scapula, any ideas?',
    opening:
      'This thing has been there for months, it is so tight and only hard pressure eases it. It limits my rows and pull-ups.',
  };
  it('gives its replies the topic when neither says it alone', () => {
    // The title names a place and no trouble, the post a trouble and no place: read as the page shows them, together.
    const reply = 'Pin a tennis ball between the wall and your scapula and lean into it for a minute each side.';
    expect(assess(reply, { thread, rank: false }).relevant).toBe(true);
  });

  it('gives nothing to a reply about something else', () => {
    const reply = 'Congrats on the new deadlift PR though, 200 is a big milestone.';
    expect(assess(reply, { thread, rank: false }).relevant).toBe(false);
  });
});

describe('a post hard-wrapped at a fixed width, as mail and old archives keep it', () => {
  const wrapped = [
    'Long trail run on Sunday, about 30 km with a lot of climbing, and the first',
    'two hours went fine. On the last descent my calves went and then my lower',
    'back started to ache so badly that I had to walk the flat bits home. It is',
    'still stiff today but easing with a hot shower and a slow walk at lunch.',
    'Any ideas what to work on before the next one?',
  ].join('\n');

  it('reads a sentence across its line breaks', () => {
    const assessment = assess(wrapped);
    expect(assessment.relevant).toBe(true);
    expect(assessment.features.region).toContain('lower_back');
  });

  it('keeps the breaks of short lines: a list is still a list', () => {
    const list = 'Lower back is fine.\nThings I tried:\nheat\nrest\nstretching\nmassage\nNone of it helped my knee.';
    expect(read(list).relevant).toBe(false);
  });
});

describe('advice in a back thread: what hurts it told as what not to do, and sleeping aids', () => {
  const thread = { title: 'Low back aches after bench, huge arch' };
  it.each([
    "Don't arch your back so hard on the way down.",
    "Set up a bit flatter so you don't arch your lower back on every rep.",
    'Honestly, never round your back on the way down and it will settle.',
  ])('names the asker’s cause: %j', (text) => {
    expect(assess(text, { thread, rank: false }).relevant).toBe(true);
  });

  it.each([
    "Don't foam roll your lumbar spine directly.",
    'Squeeze your shoulder blades together and drive your feet.',
    'Congrats on the new bench PR.',
  ])('but a rule of care, a form cue or an aside is not about the trouble: %j', (text) => {
    expect(assess(text, { thread, rank: false }).relevant).toBe(false);
  });

  it.each(['Get yourself a body pillow, honestly.', 'Get yourself a firmer mattress, it made all the difference.'])(
    'offers a sleeping aid for the back: %j',
    (text) => {
      expect(assess(text, { thread: { title: 'My back is killing me in the mornings' }, rank: false }).relevant).toBe(true);
    },
  );

  it.each(['Get an adjustment from the chiro, it sorted mine in two visits.'])(
    'offers a chiropractor’s adjustment for the back: %j',
    (text) => {
      expect(assess(text, { thread: { title: 'My back is killing me in the mornings' }, rank: false }).relevant).toBe(true);
    },
  );

  it('but not in a thread about something else', () => {
    expect(assess('Get a body pillow.', { thread: { title: 'Best pillows for side sleepers?' }, rank: false }).relevant).toBe(
      false,
    );
  });
});

describe('one buttock beside sciatica down that leg', () => {
  it('is no saddle sign', () => {
    expect(read('Sciatica flaring: sore lower back, numb left calf and a numb bum cheek on that side.').triage).not.toBe(
      'emergency',
    );
  });

  it.each([
    'Lower back pain and a tingly bum since this morning.',
    'Both bum cheeks numb and my back is agony.',
    'My left butt cheek is numb and so is my groin, back is wrecked.',
  ])('but the whole seat, both cheeks or the groin still are: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('review 51 of the classes above', () => {
  it.each([
    "Lower back has been wrecked since the move and I haven't been able to go to the gym in a fortnight.",
    "Back seized on Monday, haven't been able to go running since.",
  ])('a vague toilet phrase that goes somewhere else is no bladder sign: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    "Lower back agony and I haven't been able to go to the bathroom since yesterday.",
    "Back is bad and I haven't been able to go since Sunday, feels full.",
  ])('but one that goes to the toilet, or nowhere said, still is: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('reads a list under an opening line that names its source as the list’s', () => {
    const text =
      'Emergency signs (per my physio):\n1) numbness in the saddle area\n2) loss of bowel control\nShe says I am clear.';
    expect(read(`Lower back still tight.\n${text}`).triage).not.toBe('emergency');
  });

  it('gives the list to the writer who claims its items after it', () => {
    const text =
      'Back has been bad all week.\nWarning signs include:\n• numb saddle area\n• trouble peeing\nI have the first two since this morning.';
    expect(read(text).triage).toBe('emergency');
  });

  it('but not for a "have" that points at something else', () => {
    const text =
      'Sciatica again.\nWarning signs include:\n- loss of bladder control\n- weakness in both legs\nGlad I have Friday off, so those errands can wait.';
    expect(read(text).triage).not.toBe('emergency');
  });

  it('keeps a list whose lines each open with a capital as a list, however long its lines', () => {
    const text = [
      'Tweaked my lower back picking a plate up off the floor with a twist.',
      'Day 1: everything hurts, could not get my socks on at all this morning',
      'Day 2: a bit better, walking helps but sitting down is still rough',
      'Day 3: still guarded, can bend forward about halfway before it grabs',
      'Nothing down the legs. How long until I can train again?',
    ].join('\n');
    expect(read(text).triage).toBe('self_care');
  });
});

describe('round 51’s second sets: emergencies named or placed where none is told', () => {
  it.each([
    'Our coach keeps warning the beginners about rhabdo after high-rep days. Hydrate, scale the reps, listen to your body.',
    "My mate's cousin got rhabdo from a spin class years ago, so I always take it easy the first week back.",
    'Signed the waiver that mentions rhabdo, first class tomorrow, nervous.',
  ])('the name of rhabdo alone, in a story, a warning or a waiver, is no emergency: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    'Pretty sure I have rhabdo, arms are swollen and rock hard after yesterday and my lower back is killing me.',
    'Is this rhabdo? Pee is the colour of cola and my back and quads are agony.',
    'Hospital confirmed rhabdomyolysis and wants to admit me, can I go home instead? Back is swollen and sore.',
    'Rhabdo, 100%. Never hurt like this after a workout, my back is unbearable.',
    'My urine is dark brown after the workout and my lower back is in agony.',
  ])('but rhabdo told as the writer’s, or its signs, still are: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('reads numb feet in a post about riding that names no back as the ride’s', () => {
    expect(
      read('Took up road riding this spring. An hour in, both my feet go numb every time. Cleats set wrong?').triage,
    ).not.toBe('emergency');
  });

  it.each([
    'Took up road riding this spring. An hour in, both my feet go numb, and now my lower back aches too.',
    'Started cycling this month. Yesterday both my legs went numb from the hips down and it has not gone.',
    'Back hurts after the ride and my feet are still numb two days later.',
  ])('but not beside a back, nor both legs, nor numbness that stays: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it.each([
    'Perched on a kitchen stool for an hour and my lower back is stiff.',
    'Trained my legs hard on Monday, lower back is tight today.',
  ])('a stool to sit on and a leg session are no signs: %j', (text) => {
    expect(read(text).triage).not.toBe('emergency');
  });

  it.each([
    "Lower back agony and I can't control my stool, it just comes out.",
    'Worked my legs hard yesterday and today both legs are numb and my back is agony.',
  ])('but the bowel and both legs numb still are: %j', (text) => {
    expect(read(text).triage).toBe('emergency');
  });
});

describe('a history flag beside a back named in words the engine may not know as a complaint', () => {
  // Review 51c: counting a history only beside a back complaint the engine recognised lost this one, so it was taken back.
  it('still counts', () => {
    const text = 'Had bowel cancer in 2016, all clear since. Lately my lower back has been giving me real grief.';
    expect(read(text).triage).toBe('urgent');
  });
});
