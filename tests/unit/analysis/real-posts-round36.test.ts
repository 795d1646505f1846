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
    [
      'Back ache after club rides',
      'Every 40 mile club ride on the road bike leaves my mid back aching between the shoulder blades.',
    ],
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
    // A bike in another sentence, a runner's distance, and words that are a runner's too.
    ['HM pace and my lower back', 'HM pace, 8 miles in, my lower back seizes. I do Zwift on rest days.'],
    ['Triathlon back pain', 'In the 10k after the bike my lower back is agony.'],
    ['Back in the saddle', 'Back in the saddle after 6 weeks off, did 5 miles and my lower back ached.'],
    ['Lower back on tempo runs', 'Cadence drills at 180 and by 4 miles my lower back is tight.'],
    ['Brick runs', 'Sore lower back 2 miles into every brick off the bike.'],
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
 * Crashes told by how they went down, with no crash word (round 36's review found them caught only by a worn-out simile
 * beside them): a rider who "went down at 28mph", a pedestrian "mowed down by a car", a hit and run, a lorry that "hit
 * us". Everyday words that look like them stay everyday.
 */
describe('a crash told by how it went down', () => {
  const tier = (text: string) => assess(text, { rank: false }).triage;

  it.each([
    'Collision in the crit, 4 of us went down at 28mph and my lower back is wrecked.',
    'Hit and run driver got me last night on the crossing. Lower back is agony.',
    'I was the victim of a hit and run while cycling home, lower back bruised and stiff.',
    'Mowed down by a car on a crossing this morning, my lower back is screaming.',
    'A lorry hit us on the motorway yesterday and my lower back is killing me.',
    'Touched wheels on the group ride and went down hard, landed on my back.',
    'Wiped out at 20mph on black ice on the bike, back hit the kerb.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'My pace went down at 10 mph on the hills and my lower back got tight.',
    'Hit and run is the best way to describe my gym sessions, lower back sore.',
    'Did a hit and run session at the gym, kettlebells then a sprint, lower back tight.',
    'Heart rate went down at 20mph on the flat, lower back ache on the bike though.',
    'A truck hit us with spray on the A30, grim ride, lower back aching from the bike.',
    'Touched wheels at 25mph but stayed upright, lower back aches from the effort.',
    'Mowed down by the car park hill at the end of the race lol, lower back ached.',
    'Got wiped out after the session, lower back tight for a day.',
  ])('is no crash where nothing went down: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});
