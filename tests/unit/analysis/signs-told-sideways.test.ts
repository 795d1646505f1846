/**
 * Signs told sideways (round 25): asked of others, said of a sister or a partner, played down, or told as what no
 * longer feels done; and the look-alikes that use the same words for a checklist, a rule or a bunged-up bowel.
 * Sentences written for the project, by class, not taken from any labelled list.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const tierOf = (text: string) => assess(text, { rank: false }).triage;

describe('signs told sideways are read', () => {
  it.each([
    'Tweaked my lower back on Thursday and since then it never feels like I’ve emptied, back and forth to the loo all night.',
    'Back went on deadlifts and now I never feel empty after a wee.',
    'My back has been sore for a month and I’ve started leaking at night without waking up.',
  ])('reads a bladder that is never felt empty or leaks in sleep: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'My wife hurt her back moving the sofa. Since Sunday she can’t tell whether she’s finished peeing.',
    'My sister’s back has been sore since a long run last week and she can’t feel herself when she wipes.',
    'Dad’s back has been bad since he fell in the garden. He says he can’t feel anything when he wipes.',
  ])('reads the signs of someone the post is about: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Does anyone else not feel the toilet seat properly after a heavy squat day? Lower back still hurts on day 3.',
    'Since my back went the toilet paper feels like it isn’t quite there when I wipe.',
  ])('reads a sign asked about or played down as the writer’s own: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it('still reads a sign told on the way to A&E', () => {
    expect(tierOf('Hurt my back on Saturday, now I can’t pee and my groin is numb. Going to A&E.')).toBe('emergency');
  });

  it.each([
    'Currently in hospital: numb saddle, can’t pee, both legs weak after deadlifts yesterday.',
    'Went to the ER: numb groin, couldn’t pee, both legs weak. They’re doing an MRI.',
    'Back went on deadlifts. Sat in the ER now, groin numb, no feeling when wiping.',
  ])('reads signs told from a hospital or an ER as the writer’s, not as a rule: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it('still reads numb feet after a long run as the run’s', () => {
    expect(tierOf('Both feet went numb at mile 18 of my long run, laces too tight. Lower back a bit sore too.')).not.toBe(
      'emergency',
    );
  });
});

describe('the same words for something else are no sign', () => {
  it('reads a rule that a sign means hospital as a rule', () => {
    expect(tierOf('Numbness down there with back pain means hospital, no messing.')).not.toBe('emergency');
  });

  it.each([
    'Back’s sore from squats and it doesn’t feel like I’ve emptied the tank yet, could have done another set.',
    'The bladder in my hydration vest never feels like I’ve emptied it, and my lower back aches from the weight.',
    'Our tent was leaking in the night without waking either of us, and my back is wrecked from the ground.',
    'Lower back sore after deadlifts. The loo roll felt like it wasn’t there, turned out we’d run out.',
    'Didn’t feel the loo seat was loose until it slid off, tweaked my lower back catching myself.',
  ])('reads the sign’s words about something else as no sign: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it('reads numb feet after sitting cross-legged as the sit’s after an opening "same,"', () => {
    expect(
      tierOf(
        'Same, sat cross legged on the gym floor for the seminar and both feet went pins n needles. Fine after a stamp about.',
      ),
    ).not.toBe('emergency');
  });

  it('reads "all afternoon" right after what numbed as the length of the sit, not of the numbness', () => {
    expect(tierOf('My bum went numb from sitting on the bleachers all afternoon, back a bit sore.')).not.toBe('emergency');
    expect(tierOf('Drove to the meet, my bum was numb all evening after, lower back sore.')).toBe('emergency');
  });

  it('does not read a checklist answered with more to say as a denial', () => {
    expect(
      tierOf('Since Friday’s deadlifts: numb saddle, can’t pee properly, both legs weak. None of those, before Friday.'),
    ).toBe('emergency');
  });

  it('reads a checklist answered by a sentence of its own', () => {
    expect(
      tierOf(
        'The GP ran through her list: numbness in the saddle, trouble peeing, both legs weak. None of those. Just a sore back from squats.',
      ),
    ).not.toBe('emergency');
  });

  it('reads feeling affirmed beside a slow bowel on codeine as no loss of it', () => {
    expect(
      tierOf(
        'The codeine has bunged me up. Back getting better every day, I can feel everything normally down there and I know when I need to go, it is just slow.',
      ),
    ).not.toBe('emergency');
  });
});

describe('signs typed on a phone, deep in a thread (round 25, list 57’s classes)', () => {
  it.each([
    'Back in spasm since Sunday and I dont get the feeling of needing to pee any more.',
    'Highsided at the hairpin at about 70 and slid into the barrier, back is agony.',
    'Both legs pins n needles since this morning and my back is agony.',
  ])('reads %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it('reads a checklist answered item by item as denied', () => {
    expect(tierOf('Doc went down the list: saddle numbness no, bladder no, both legs no. Just a pulled muscle.')).not.toBe(
      'emergency',
    );
  });

  it.each([
    'Both legs weak nah, properly weak, can barely stand, back agony.',
    'I have numbness in both legs no, not going away, back still agony.',
    'Can’t pee no matter how long I stand there and my back is killing me.',
  ])('does not read a lone "no" after the writer’s own sign as a denial: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'I don’t get the feeling of needing to go for a run any more since the back tweak, just lost motivation.',
    'Went for a wee at halftime and couldn’t get anything out, nerves, back tight after the game.',
    'Got tboned in the tackle at rugby on Saturday and my lower back has been stiff since.',
  ])('reads no emergency in %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    'Lower back agony on the right side, shivering, temp 39.',
    'My lower back is the same pain lying, sitting, standing. 3am is the worst and the co-codamol does nothing.',
  ])('reads an urgent sign told in shorthand: %s', (text) => {
    expect(tierOf(text)).toBe('urgent');
  });

  it('reads a whole-number temperature with no feverish word as the air’s', () => {
    expect(tierOf('Temp 40 today at the track and my lower back cramped on the last rep.')).toBe('self_care');
  });

  it('keeps crushing chest pain an emergency wherever the writer is', () => {
    expect(tierOf('On holiday in the Alps and got crushing chest pain going through to my back.')).toBe('emergency');
  });
});
