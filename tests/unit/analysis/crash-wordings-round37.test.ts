import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

/**
 * Round 37: crashes the reviews of the round wrote and the engine missed, each told by what happened to the body at
 * speed rather than by a crash word beside a vehicle: a crash told by its speed, a rider thrown over a car's bonnet or
 * the handlebars (told as it happens, in the present tense too), a car door opened into a rider, a horse or a bike on
 * top of the rider. The same words in a runner's bonk, a game, a bike fit or a gymnast's landing stay everyday.
 */
describe('a crash told by its speed, or by the body thrown', () => {
  const tier = (text: string) => assess(text, { rank: false }).triage;

  it.each([
    'Crashed at about 30mph on the descent yesterday, lower back is black and blue.',
    'crashed hard at 45 kmh in the crit, lower back agony today',
    'A car pulls out on me, I go over the bonnet and land on my back. Lower back really hurts.',
    'Got doored on the commute and went flying over the handlebars, mid back is agony.',
    'Van turned across me and I went flying off my bike onto the road, lower back is wrecked.',
    'Got knocked off by a van, flying over the handlebars onto my back. Mid back is agony.',
    'Horse fell on me in the school this morning, my lower back is in bits.',
    'The quad rolled onto me on the hill, lower back is really bad.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'Crashed hard at mile 20 of the marathon, lower back tight for the last 6 miles.',
    'My energy crashed at about 20 miles on the long ride, lower back aching on the bike.',
    'Did a bike fit and now I go over the bars less on the drops, lower back much happier.',
    'On the beam dismount I land flat on my feet now, lower back stopped aching.',
    'My lower back aches after riding, the horse is a bit lazy and I keep leaning forward.',
  ])('is no crash: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});
