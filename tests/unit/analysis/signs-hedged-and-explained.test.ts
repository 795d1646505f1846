/**
 * Signs hedged, told by their effects and explained by the post (round 27): a chest pain denied only to be told again
 * as a pressure, weight loss told by the clothes and the belt, night pain that nothing eases, a tumble told by how far
 * it went, a vehicle out of control; and the look-alikes in the same words: a slip on the ice onto the backside, both
 * legs shaking going down stairs after leg day, shoes laced too tight.
 * Sentences written for the project, by class, not taken from any labelled list.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const tierOf = (text: string, title?: string) => assess(text, { rank: false, ...(title ? { thread: { title } } : {}) }).triage;

describe('signs told hedged or by their effects are read', () => {
  it.each([
    "It's not chest pain really, more a pressure behind the breastbone that goes through to my upper back. Started an hour ago.",
    'Not really chest pain, more like a heaviness, and my mid back between the blades aches with it since lunch.',
  ])('reads a chest pain denied only to be told again more mildly: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    "It's not chest pain, just a pulled pec from bench, mid back sore too.",
    "It's not chest pain really, more a tight pec from yesterday's bench, upper back sore.",
    'Not chest pain exactly, more an ache between my shoulder blades after deadlifts.',
    'Not chest pain really, more a pressure from the bench arch, mid back sore.',
  ])('keeps a chest pain denied and put down to a muscle: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    "Lower back has ached for two months. My trousers are hanging off me and I haven't been dieting.",
    "Mum's back has hurt since spring. Her belt is on the last notch now. She's never dieted in her life.",
  ])('reads weight lost without trying, told by the clothes or the belt: %s', (text) => {
    expect(tierOf(text)).toBe('urgent');
  });

  it.each([
    'Had a stomach bug last week and lost 3kg, back ached from the retching. Eating normally again now.',
    'Cutting for my meet, trousers hanging off me, lower back sore from deadlifts.',
    'Cutting for a meet in 6 weeks. Lost 6kg so far. Not trying to drop any strength, back a bit sore.',
    'Lost 20kg on my deadlift since I tweaked my lower back. Not trying to rush back either.',
  ])('keeps weight lost on purpose or with a bug, put right by eating again: %s', (text) => {
    expect(tierOf(text)).not.toBe('urgent');
  });

  it.each([
    "My dad's back pain is worst when he's lying still in bed, and nothing takes the edge off it.",
    'Lower back has been bad for weeks, worse at night, and nothing takes the edge off it, not even co-codamol.',
  ])('reads pain at rest or at night that nothing eases as urgent: %s', (text) => {
    expect(tierOf(text)).toBe('urgent');
  });

  it.each([
    'Came off the trail and tumbled quite a way down the bank, lower back is agony.',
    'The car skidded on black ice and hit a tree at 50, my back is killing me.',
  ])('reads a long tumble and a vehicle out of control as major trauma: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('look-alikes in the same words are not emergencies', () => {
  it.each([
    'Slipped on the ice walking to the bus and landed on my backside. Tailbone is bruised when I sit, otherwise fine. 29F, back a bit sore.',
    'The van skidded on ice at about 5mph into the kerb, back a bit stiff since.',
  ])('does not read a slip from standing or a slow skid as major trauma: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    'Car skidded on the wet road but I kept it straight, no crash, back just stiff from the drive.',
    'Went out too fast and hit the wall at mile 20, lower back cramped for the last 10k.',
  ])('does not read a skid that was held or the marathon’s wall as a crash: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    'Did the 20 rep squat program yesterday. Both legs are shaking going down the stairs, no numbness, just DOMS, lower back stiff.',
    'My lifting shoes are laced too tight I think, both feet go numb by the end of the session. Loosen them and it passes. Lower back fine.',
  ])('does not read legs worn out by leg day or feet numbed by laces as both legs: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it('still reads a numb saddle whose feeling has not come back', () => {
    expect(tierOf("Back went on Tuesday and I couldn't feel anything down there since. I haven't got full feeling back.")).toBe(
      'emergency',
    );
  });
});

describe('signs older writers and carers tell by their effects (round 27)', () => {
  it.each([
    "My husband's 70, his back has ached all day and now he says it's like someone's sitting on his chest, he's grey and sweating.",
    'Dad, 68, sat down with a crushing ache that goes through to his back between the blades, can’t get a proper breath in.',
    'Mum has upper back pain going up into her jaw since this morning and she looks really pale.',
    'I have an ache in my chest that goes through to my back, started while I was mowing.',
  ])('reads a chest told as an ache, a weight on it or a jaw: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'My chest aches after heavy bench yesterday, upper back sore too.',
    'My chest hurts from this flu cough, upper back sore from coughing.',
  ])('keeps a chest ache from the bench or a cough as the training’s or the cough’s: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it.each([
    "Grandad's back has been bad since he slipped in the bath, and the carer says he's had two accidents with his bowels this week.",
    "Dad's back went on Friday. He's had two accidents today and says he just didn't feel it coming.",
    "Mum's back has been sore since the garden. Twice I've gone in to find her sheets soaked and she genuinely had no idea.",
  ])('reads accidents, and a bed found wet with no idea how, as the bladder or bowel sign: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Back pain for three days, and since this morning the patch you sit on feels like cold rubber, the way your lip feels after a filling.',
    "Ma man's back's been murder since the wardrobe. Noo his erse is numb, cannae feel nothin roon the back passage.",
    'Husband’s back has been bad since Friday, today he couldn’t get up from his chair, both legs just not strong enough.',
  ])('reads the saddle by a simile or in Scots, and both legs not strong enough: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it('reads a bike clipped by a car at 5mph as a bump, for the rules and the model alike', () => {
    expect(
      tierOf(
        'Clipped by a car at 5mph\nGot knocked off my bike by a car pulling out of a driveway at about 5mph. Grazed knee, back a bit stiff the next day.',
        'Clipped by a car at 5mph',
      ),
    ).not.toBe('emergency');
  });
});

describe('what the round’s second code review found (round 27)', () => {
  it.each([
    'Chest pain going through to my back, no fever or cough.',
    'He has a tearing pain in his chest through to his back, he’s got a cough too.',
    'Dad says it’s not chest pain exactly, more a heaviness after he walks up the hill, and his back between the shoulders aches.',
    'It’s not chest pain really, more a tightness across it, and my back is killing me.',
    'Benched on Monday, today I’ve got a chest ache that goes through to my upper back and I feel sick and sweaty.',
    'Fell off the roof at work, 4km from home, back agony.',
  ])('keeps a real emergency told beside a cough, effort, a lift or a distance: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Chest aching after 100 burpees, upper back sore too.',
    'Breastfeeding my 3 week old, my chest aches and my back is killing me.',
    'The cat was sitting on my chest all night, back stiff.',
    'Crushing ache in my lower back after deadlifts.',
    'Had 2 accidents in the car this winter and didn’t notice it at first, back has been stiff since.',
  ])('raises no emergency for an everyday chest ache, a cat, a lower back or car accidents: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it('reads a catheter needed as the bladder sign, not one lived with', () => {
    expect(
      tierOf('Back went on Monday and I couldn’t pee, A&E had to put a catheter in, they said go back if it gets worse.'),
    ).toBe('emergency');
    expect(
      tierOf(
        'Husband’s back has hurt for days and tonight he’s burning up and shivering. He had his catheter changed last week.',
      ),
    ).toBe('urgent');
  });

  it('reads a loss said not to be meant in the next sentence, denial and all', () => {
    expect(tierOf('Lost 10kg over 3 months. Not trying to lose it. Lower back pain waking me up at night.')).toBe('urgent');
  });
});

describe('what the round’s third code review found (round 27)', () => {
  it.each([
    'His chest aches right through to his back and he’s sweating.',
    'Mum’s back has been bad all week and now her chest hurts, she’s clammy and grey.',
    'Upper back sore, chest aching, clammy.',
    'Back went Monday. Had three accidents since and didn’t feel any of them coming.',
  ])('reads a chest ache with signs of being unwell, and accidents counted since: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Chest felt tight and pumped after bench, sweating buckets, upper back sore.',
    'Chest felt tight after bench, sick pump, upper back fried.',
    'When I stretch my pecs I feel a chest ache that goes through to my back.',
    'It’s not chest pain really, more a tightness in my upper back.',
    'It’s not chest pain really, more a tightness from squats, back sore.',
  ])('keeps a pumped chest, a stretch and a hedge that names the back or a lift as no emergency: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });
});

describe('what the round’s fourth code review found (round 27)', () => {
  it.each([
    'Bench pressing and my chest went tight and I got dizzy and sweaty, back hurts too.',
    'Benching today my chest felt tight and I felt faint, back aches.',
    'My chest aches and I feel dizzy and sweaty, upper back hurts.',
  ])('keeps a chest told with dizziness or faintness as a chest sign, bench or not: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'Stomach bug since Tuesday, feeling sick, chest aches from all the vomiting, back sore.',
    'Massive hangover, feeling sick and clammy, chest hurts a bit, back stiff.',
    'My hair went grey this year and my chest aches sometimes, back sore.',
    'It’s so clammy today, chest aches a little, back tight.',
    'Hit a bench PR, chest felt tight, breathless after the set, upper back pumped.',
  ])('reads no emergency in a chest ache a bug, a hangover, grey hair, the weather or a hard set explains: %s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });
});
