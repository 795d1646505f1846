import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

/**
 * Round 36: crashes told with no crash word (a review of the round found them caught only by a worn-out simile beside
 * them, and a real skier "launched into a tree" was missed): a rider who "went down at 28mph", a pedestrian "mowed down
 * by a car", a hit and run, a lorry that "hit us", a body thrown into a tree. Everyday words that look like them stay
 * everyday; three reviews narrowed the wordings.
 */
describe('a crash told by how it went down, or into something solid', () => {
  const tier = (text: string) => assess(text, { rank: false }).triage;

  it.each([
    'Collision in the crit, 4 of us went down at 28mph and my lower back is wrecked.',
    'We went down at about 30mph in the crit and my back is wrecked.',
    'Hit and run driver got me last night on the crossing. Lower back is agony.',
    'I was the victim of a hit and run while cycling home, lower back bruised and stiff.',
    'Mowed down by a car on a crossing this morning, my lower back is screaming.',
    'A lorry hit us on the motorway yesterday and my lower back is killing me.',
    'We touched wheels on the group ride and I went down hard at about 25mph, lower back bruised.',
    'Caught an inside ski and was launched into a tree, took the trunk across my lower back.',
    'Got flung into a lamppost when the car clipped me, lower back sore.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'My pace went down at 10 mph on the hills and my lower back got tight.',
    'Heart rate went down at 20mph on the flat, lower back ache on the bike though.',
    'My heart rate came down at about 30 kmh on the flat, lower back fine.',
    'I came down at over 70kmh on the Alpe d Huez descent, lower back stiff from the drops.',
    'Hit and run is the best way to describe my gym sessions, lower back sore.',
    'Did a hit and run session at the gym, kettlebells then a sprint, lower back tight.',
    'A truck hit us with spray on the A30, grim ride, lower back aching from the bike.',
    'Touched wheels at 25mph but stayed upright, lower back aches from the effort.',
    'Touched wheels and came off the back of the group on the climb, lower back aching.',
    'Mowed down by the car park hill at the end of the race lol, lower back ached.',
    'Got thrown into a wall of noise at the gig, lower back stiff from standing.',
    'I drove into a wall of traffic on the way to the gym, lower back stiff from sitting.',
    'The programme launched me into a new PR, lower back tight.',
    'I was thrown into the deep end at work, lower back tight from sitting.',
    'Got wiped out after the session, lower back tight for a day.',
    'Wiped out at 25 kph on the spin bike, lower back pumped.',
  ])('is no crash where nothing went down: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});
