import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

/**
 * Round 37: crashes the reviews of the round wrote and the engine missed, told by what happened to the writer rather
 * than by a crash word beside a vehicle: thrown over a car's bonnet or the handlebars, doored by a car, a horse or a
 * bike on top. A review of the first version found 55 false emergencies in 108 look-alikes (a crash "at 200mph in
 * Forza", a bottle that "went flying off the bike", a bouncer who "doored" the writer, a Fosbury flop "I land on my
 * back"), so only wordings that name the writer and the vehicle stay.
 */
describe('a rider thrown, doored, or under the horse', () => {
  const tier = (text: string) => assess(text, { rank: false }).triage;

  it.each([
    'A car pulled out and I flew over the bonnet, landed on the road. Lower back really hurts.',
    'Van turned across me and I flew over the handlebars onto the tarmac, mid back is agony.',
    'Got doored by a taxi passenger on the commute, lower back is wrecked.',
    'I was doored by a van driver on the way to work, hit the road hard, lower back is killing me.',
    'Horse fell on me in the school this morning, my lower back is in bits.',
    'The quad rolled onto me on the hill, lower back is really bad.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'In Forza last night I crashed at 200mph about 50 times lol, lower back stiff from the gaming chair.',
    'My energy crashed at about 25kmh on the long ride, lower back aching on the bike.',
    'On the drops it feels like I am flying over the handlebars, lower back aches on long rides.',
    'My bottle went flying off the bike on the cobbles, lower back sore from the rough road.',
    'Got doored at the club last night, bouncer would not let me in lol, lower back stiff from dancing.',
    'Fosbury flop practice today, I land on my back on the mat every jump, lower back a bit sore.',
    'My horse rolled on her back in the field after her bath, my lower back aches from mucking out.',
  ])('is no crash: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});
