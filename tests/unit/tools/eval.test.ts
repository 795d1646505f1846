import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus, spotterPrediction, threadOf, withOpeningPosts } from '@/lib/tools/eval';

const corpus = (rows: readonly object[]) => parseCorpus(rows.map((row) => JSON.stringify(row)).join('\n')).rows;

describe('withOpeningPosts', () => {
  const rows = corpus([
    {
      id: 'a1',
      thread: 'Rough week',
      position: 'op',
      text: 'My lower back tightens up on every long run lately.',
      relevant: true,
    },
    { id: 'a2', thread: 'Rough week', position: 'reply', text: 'same here, every single time past an hour', relevant: true },
    { id: 'b1', thread: 'Help', position: 'op', text: 'Calves cramp on hills.', relevant: false },
    { id: 'b2', thread: 'Help', position: 'op', text: 'Knees click on squats.', relevant: false },
    { id: 'b3', thread: 'Help', position: 'reply', text: 'same here', relevant: false },
    { id: 'c1', thread: 'No opener here', position: 'reply', text: 'same here', relevant: false },
  ]);
  const paired = withOpeningPosts(rows);

  it('gives a reply its thread’s opening post, text only, as the page does on a first page', () => {
    expect(threadOf(paired.find((row) => row.id === 'a2'))).toEqual({
      title: 'Rough week',
      opening: 'My lower back tightens up on every long run lately.',
    });
  });

  it('gives none where the rows hold no opening post, or two under one title', () => {
    expect(threadOf(paired.find((row) => row.id === 'b3'))).toEqual({ title: 'Help' });
    expect(threadOf(paired.find((row) => row.id === 'c1'))).toEqual({ title: 'No opener here' });
    expect(paired.find((row) => row.id === 'a1')!.opening).toBeUndefined();
  });

  it('lets a reply that names nothing be read with its opener, and only then', () => {
    const reply = (from: typeof rows) => from.filter((row) => row.id === 'a2');
    expect(evaluate(reply(rows), spotterPrediction).metrics.relevance.recall).toBe(0);
    expect(evaluate(reply(paired), spotterPrediction).metrics.relevance.recall).toBe(1);
  });

  it('gives a reply with no title the one opening post taken from its page, as the page itself would', () => {
    const page = 'https://forum.example/t/sore-back/123';
    const untitled = withOpeningPosts(
      corpus([
        { id: 'd1', thread: null, position: 'op', source: page, text: 'Lower back aches after every ride.', relevant: true },
        { id: 'd2', thread: null, position: 'reply', source: page, text: 'same here, an hour in', relevant: true },
        { id: 'e1', thread: null, position: 'op', source: 'forum', text: 'Lower back aches on runs.', relevant: true },
        { id: 'e2', thread: null, position: 'reply', source: 'forum', text: 'same here', relevant: true },
        { id: 'f1', thread: null, position: 'op', source: `${page}0`, text: 'Knee clicks.', relevant: false },
        { id: 'f2', thread: null, position: 'op', source: `${page}0`, text: 'Hip pinches.', relevant: false },
        { id: 'f3', thread: null, position: 'reply', source: `${page}0`, text: 'same here', relevant: false },
      ]),
    );
    expect(threadOf(untitled.find((row) => row.id === 'd2'))).toEqual({ opening: 'Lower back aches after every ride.' });
    // A source that is no page's address, or a page with two opening posts, lends none.
    expect(threadOf(untitled.find((row) => row.id === 'e2'))).toBeUndefined();
    expect(threadOf(untitled.find((row) => row.id === 'f3'))).toBeUndefined();
  });
});
