/**
 * An opening post's title is a headline: its body says what became of the sign the title names (redflags.ts `inTitle`).
 * A title's numbness the body tells as passed or as a saddle's, a crash the body tells at walking pace, and a colour of
 * pee with no pain told anywhere are no emergency; the same titles over bodies that confirm them stay one. Replies are
 * not read this way: their text does not open with the title.
 */
import { describe, expect, it } from 'vitest';
import { openingPostText } from '@/lib/adapters/types';
import { assess } from '@/lib/analysis';

const tierOf = (title: string, body: string) => assess(openingPostText(title, body), { thread: { title }, rank: false }).triage;

describe('a title read as the headline of its opening post', () => {
  it('takes a numb saddle as passed when the body says it came back', () => {
    expect(
      tierOf(
        'Numb down there after my first 100k ride',
        'Five hours on the new saddle. Got off, had a coffee and within twenty minutes it was back to normal. Lower back a bit stiff.',
      ),
    ).not.toBe('emergency');
    expect(
      tierOf(
        'Numb down there after my first 100k ride',
        'Five hours on the new saddle. Two days later it is still numb and my lower back aches.',
      ),
    ).toBe('emergency');
  });

  it('takes numb legs as a sit when the body tells how they were held', () => {
    expect(
      tierOf(
        'Both legs numb after the movie',
        'Sat cross legged on the floor for the whole film. Stood up, both legs dead, came back in a couple of minutes. Back fine.',
      ),
    ).not.toBe('emergency');
    expect(
      tierOf('Both legs numb since Friday', 'Hurt my lower back deadlifting on Friday and both legs have been numb since then.'),
    ).toBe('emergency');
  });

  it('reads a crash at the speed the body gives', () => {
    expect(
      tierOf('Crashed my bike', 'Clipped a kerb at about 5 km/h and toppled onto the grass. Back a bit sore this morning.'),
    ).not.toBe('emergency');
    expect(
      tierOf('Crashed my bike', 'Went over the bars at 40 km/h on the descent and landed on my back. It hurts to breathe.'),
    ).toBe('emergency');
  });

  it('needs severe pain or swelling for a colour of pee named only in the title', () => {
    expect(
      tierOf(
        'Brown pee after the wedding',
        'Danced all night, drank too much, back achy from the hotel bed. Pale again by lunch.',
      ),
    ).not.toBe('emergency');
    expect(
      tierOf(
        'Brown pee after spin class',
        'First spin class in years. Next day my thighs are swollen and so sore I cannot sit down, and my lower back aches.',
      ),
    ).toBe('emergency');
  });

  it('leaves a reply under such a title to be read on its own', () => {
    // "Re:" posts are replies: their text does not open with the title, so nothing of the title is explained away.
    expect(
      assess('Same, back went on a deadlift and now I cannot feel the toilet paper when I wipe', {
        thread: { title: 'Numb down there after my first 100k ride' },
        rank: false,
      }).triage,
    ).toBe('emergency');
  });
});

describe('a reply that leans on its thread shares the story its title tells', () => {
  const top3 = (text: string, title: string) =>
    assess(text, { thread: { title } })
      .causes.slice(0, 3)
      .map((cause) => cause.id);

  it('ranks the title’s cause for an agreement that tells no story of its own', () => {
    expect(top3('honestly this thread describes me', 'Tight hamstrings making my lower back ache on deadlifts?')).toContain(
      'hamstring_tightness',
    );
    expect(
      top3('same deal here, every single session', 'Lower back tight for the first 10 minutes of every run, then fine'),
    ).toContain('poor_warmup');
  });

  it('keeps the reply’s own story first when it tells one', () => {
    expect(
      top3('same here, mine turned out to be my desk chair, sitting 9 hours a day', 'Tight hamstrings and a sore lower back?')[0],
    ).toBe('poor_posture');
  });
});
