/**
 * Signs told beside something that might explain them stay signs unless it does: a cause told in the sentence before,
 * a resolution of something else, a title's sign over a body that names a harmless thing, a speed that is not the
 * crash's. Written from round 24's code review, which found each of these read wrongly by a rule tried that round.
 */
import { describe, expect, it } from 'vitest';
import { openingPostText } from '@/lib/adapters/types';
import { assess } from '@/lib/analysis';

const tierOf = (text: string, title?: string) =>
  assess(title ? openingPostText(title, text) : text, title ? { thread: { title }, rank: false } : { rank: false }).triage;

describe('a sign beside something that does not explain it stays a sign', () => {
  it('reads numbness the morning after a drive as numbness, not the drive’s', () => {
    expect(
      tierOf('Long drive home from the meet yesterday. This morning my groin is numb and my lower back is killing me.'),
    ).toBe('emergency');
  });

  it('does not let a resolution of something else end a title’s numbness', () => {
    expect(tierOf('The spasm went away after two days but I am worried.', 'Numb down there after my back went')).toBe(
      'emergency',
    );
  });

  it('keeps a title’s crash, chest and cola-coloured pee', () => {
    expect(
      tierOf('I was barely moving at the lights when a van hit me. Lower back is wrecked.', 'Hit by a car while cycling'),
    ).toBe('emergency');
    expect(
      tierOf(
        'It was crushing and went down my left arm, and my upper back aches. I do carry an inhaler for asthma.',
        'Chest pain and upper back pain on deadlifts',
      ),
    ).toBe('emergency');
    expect(
      tierOf('Quads so sore I can barely walk down stairs, lower back too.', 'Rhabdo? Cola coloured pee after 300 squats'),
    ).toBe('emergency');
  });

  it('reads numbness that lasted half an hour after getting up as numbness', () => {
    expect(
      tierOf('Hurt my lower back deadlifting. Both legs went numb for about half an hour after I got up off the floor.'),
    ).toBe('emergency');
  });
});

describe('everyday words near a sign’s words raise nothing', () => {
  it.each([
    'Finished the half marathon and found my shorts soaked, lower back a bit sore.',
    'My gel leaked out without me noticing on the long run, back was fine.',
    'Lower back tight, the bar came down about 2 feet onto the pins on my last rep.',
    'Didn’t even know I needed to go that deep on squats, lower back is sore now.',
    'Lats are sore and my back is tight; on the dead hang I feel the stretch right through to my chest.',
  ])('%s', (text) => {
    expect(tierOf(text)).not.toBe('emergency');
  });

  it('reads a set’s counts as counts, not an age', () => {
    expect(
      assess('Bench day. 15, then 12, then 10 reps. My lower back hurts when I arch it.', { rank: false }).redFlags.map(
        (flag) => flag.id,
      ),
    ).not.toContain('young_extension_pain');
  });
});
