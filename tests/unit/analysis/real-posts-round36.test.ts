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
