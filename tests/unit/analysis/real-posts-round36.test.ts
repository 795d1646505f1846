import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

/**
 * Round 36's classes from real posts (docs/real-posts.md): a cyclist's miles and races are the ride's. Real cycling
 * threads ("pain 25 miles into the bike", "once I go past 20 miles at race pace") were read as runs, and ranked as
 * running form and the lifter's running pump.
 */
const read = (title: string, text: string) => assess(text, { thread: { title } }).features;

describe("a ride's miles and races", () => {
  it.each([
    [
      'Sore lower back when riding',
      'Did my first 50 mile sportive on Sunday and from about 30 miles in my lower back ached on the hoods.',
    ],
    ['Back pain in the aero position', 'Once I pass 20 miles at race pace in the aerobars my low back starts to burn.'],
    ['Lower back on the turbo', 'Zwift races are killing my lower back, by 15 km in it is tight as a drum.'],
    ['Back ache after club rides', 'Every club ride over 40 miles leaves my mid back aching between the shoulder blades.'],
    ['Lower back and cycling', 'Been cycling for a year, my lower back gets sore after about 25 miles, worse when I race.'],
  ])('are no run: %s', (title, text) => {
    const features = read(title, text);
    expect(features.activity ?? []).not.toContain('running');
    expect(features.timing ?? []).not.toContain('during_run');
  });

  it.each([
    ['Lower back pump on runs', 'My lower back pumps up about 2 miles into every run, I commute by bike and that is fine.'],
    ['Brick sessions and back pain', 'Lower back is fine on the bike but tightens up a mile into the run off the bike.'],
    ['Lower back in the marathon', 'At 20 miles in my last marathon my lower back seized, and I cycle to work most days.'],
    ['Lower back on the treadmill', 'Lower back aches after 5 km on the treadmill, I cross train on the spin bike too.'],
  ])('leave a run told beside a bike a run: %s', (title, text) => {
    const features = read(title, text);
    expect(features.activity ?? []).toContain('running');
  });

  it('leave a runner’s miles a run where no bike is named', () => {
    expect(
      read('Back tight on long runs', 'Lower back gets tight after 8 miles, every time, worse when I race.').activity,
    ).toContain('running');
  });
});

/**
 * "Feels like it got hit by a truck" said of the rest of a body after a first run back (a real runner's post, a false
 * emergency): worn out, as "like I got hit by a truck" already read. A vehicle that hit someone stays a crash.
 */
describe('a body that feels like it was hit by a truck', () => {
  const tier = (text: string) => assess(text, { rank: false }).triage;

  it.each([
    'My lower back felt fine on the run. The rest of me feels like it got hit by a truck, I have not used these muscles in ages.',
    'Day after the meet my body felt like it had been hit by a bus, lower back the worst.',
    'Woke up and my body felt like it got run over by a bus, lower back stiff.',
    'Lower back sore. Felt like it was hit by a car, then I remembered the 20 sets of deadlifts.',
  ])('is worn out, no crash: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it.each([
    'He got hit by a truck on his bike last week and his lower back is in agony.',
    'My car got hit by a truck at the lights, it was like it was hit by a train, and my lower back has hurt since.',
    'Got hit by a car crossing the road on my run this morning, lower back and hip are screaming.',
  ])('stays a crash when a vehicle hit someone: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });
});
