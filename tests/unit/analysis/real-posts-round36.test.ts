import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

/**
 * Round 36: crashes told by how they went down, with no crash word (a review of the round found them caught only by a
 * worn-out simile beside them): a rider who "went down at 28mph", a pedestrian "mowed down by a car", a hit and run, a
 * lorry that "hit us". Everyday words that look like them stay everyday; two reviews narrowed the wordings.
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
    'Wiped out at 25 kph on the spin bike, lower back pumped.',
  ])('is no crash where nothing went down: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});
