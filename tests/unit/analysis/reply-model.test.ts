import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';
import { parseReplyModel, replyProbability, replyScore, SHIPPED_REPLY_MODEL, type ReplyModel } from '@/lib/analysis/reply-model';
import SHIPPED from '@/lib/analysis/reply-weights.json';
import { RELEVANCE_THRESHOLD } from '@/lib/analysis/relevance';
import { SENSITIVITY_THRESHOLDS } from '@/lib/settings/schema';
import { fitReplyModel, DEFAULT_REPLY_FIT } from '@/lib/tools/reply-fit';

/** A model small enough to reason about: "planks" and "mine" say a back, "congrats" says not. */
const TOY: ReplyModel = {
  trainedOn: 'by hand, for tests',
  threshold: 0.6,
  lengthPower: 0,
  vocabulary: ['planks', 'mine', 'congrats'],
  reply: { bias: -2, weights: [2.5, 1, -3] },
};

const BACK_THREAD = { title: 'Lower back pump after two miles of every run' };
const read = (text: string, options: Parameters<typeof assess>[1] = {}) =>
  assess(text, { thread: BACK_THREAD, replyModel: TOY, ...options });

describe('the shipped reply model', () => {
  it('loads whole: a weight per feature, a threshold and a length power', () => {
    const model = parseReplyModel(SHIPPED);
    expect(model).toBe(model);
    expect(SHIPPED_REPLY_MODEL.vocabulary.length).toBeGreaterThan(1000);
    expect(SHIPPED_REPLY_MODEL.reply.weights).toHaveLength(SHIPPED_REPLY_MODEL.vocabulary.length);
    expect(SHIPPED_REPLY_MODEL.threshold).toBeGreaterThan(0.5);
    expect(SHIPPED_REPLY_MODEL.trainedOn).toMatch(/tune split/);
  });

  it.each([
    { name: 'a missing vocabulary', model: { ...TOY, vocabulary: undefined } },
    { name: 'a threshold of 1', model: { ...TOY, threshold: 1 } },
    { name: 'no length power', model: { ...TOY, lengthPower: undefined } },
    { name: 'a weight short', model: { ...TOY, reply: { bias: 0, weights: [1, 1] } } },
    { name: 'a weight that is no number', model: { ...TOY, reply: { bias: 0, weights: [1, Number.NaN, 1] } } },
  ])('throws on a file with $name', ({ model }) => {
    expect(() => parseReplyModel(model)).toThrow(/Spotter: the reply/);
  });

  it('reads an agreeing reply that names no back as about one, and thanks or a programme question as not', () => {
    const thread = { title: 'Lower back pump after 2 miles every run' };
    for (const text of [
      'yep, mine used to go about 10 min in. went away once I dropped the pace and started doing planks',
      'Mine was the shoes, swapped them and it was gone within a week.',
    ]) {
      const reply = assess(text, { thread });
      expect(assess(text, { thread, replyModel: null }).relevant, text).toBe(false);
      expect(reply.relevant, text).toBe(true);
      expect(reply.fromThread?.reply, text).toBe(true);
    }
    for (const text of [
      'Congrats on the PR man, solid pull',
      'Thanks everyone, will try all of this tomorrow',
      'What program are you running? 5/3/1?',
    ])
      expect(assess(text, { thread }).relevant, text).toBe(false);
  });

  it('does not add up a long post about something else from its many common words', () => {
    const sentence =
      'I took the cat out on the harness for an hour and she walked around the garden like it was nothing at all. ';
    expect(replyProbability(sentence.repeat(8))).toBeLessThan(SHIPPED_REPLY_MODEL.threshold);
    expect(assess(sentence.repeat(8), { thread: BACK_THREAD }).relevant).toBe(false);
  });
});

describe('where the reply model speaks', () => {
  const AGREEING = 'Planks, every day.';

  it('badges a reply the rules leave unbadged, in a thread about a back, at the balanced bar', () => {
    expect(read(AGREEING, { replyModel: null }).relevant).toBe(false);
    const reply = read(AGREEING);
    expect(reply.relevant).toBe(true);
    expect(reply.score).toBe(RELEVANCE_THRESHOLD);
    expect(reply.fromThread).toEqual({ reply: true });
  });

  it("ranks the reply with its thread title's story, as for a reply that leans on its thread", () => {
    expect(
      read(AGREEING)
        .causes.map((cause) => cause.id)
        .slice(0, 3),
    ).toContain('erector_endurance');
  });

  it('leaves a reply with words against a back unbadged', () => {
    expect(read('Congrats, planks every day.').relevant).toBe(false);
  });

  it('is silent for an opening post, a thread that names no back, a post with no thread and a thread with no title', () => {
    // An opening post starts with its title (adapters/types.ts openingPostText): one that names a back but no symptom.
    const question = { title: 'Lower back question' };
    expect(read(AGREEING, { thread: question }).relevant).toBe(true);
    expect(read(`${question.title}\n${AGREEING}`, { thread: question }).relevant).toBe(false);
    expect(read(AGREEING, { thread: { title: 'Best running shoes for a first marathon?' } }).relevant).toBe(false);
    expect(assess(AGREEING, { replyModel: TOY }).relevant).toBe(false);
    expect(read(AGREEING, { thread: { title: '', opening: 'My lower back pumps up after two miles.' } }).relevant).toBe(false);
  });

  it('takes no reply at the strict sensitivity, and the same replies at the relaxed one as at the balanced one', () => {
    expect(read(AGREEING, { threshold: SENSITIVITY_THRESHOLDS.strict }).relevant).toBe(false);
    expect(read(AGREEING, { threshold: SENSITIVITY_THRESHOLDS.relaxed }).relevant).toBe(true);
    expect(replyScore(0.59, TOY)).toBe(0);
    expect(replyScore(0.6, TOY)).toBe(RELEVANCE_THRESHOLD);
  });

  it('leaves a symptom told of another part to the rules, and a neck away from training and its thread', () => {
    expect(read('Planks every day, and my heel ached after runs.').relevant).toBe(false);
    expect(read('Planks every day fixed my neck.').relevant).toBe(false);
    // The same reply without the other part or the neck is the model's.
    expect(read('Planks every day, and it eased after runs.').relevant).toBe(true);
  });

  it('never raises a red flag or changes what the rules badge', () => {
    const reply = read(AGREEING);
    expect(reply.redFlags).toEqual([]);
    expect(reply.triage).toBe('self_care');
    const ruled = 'Same here, my lower back pumps up at about a mile and a half.';
    expect(read(ruled)).toEqual(read(ruled, { replyModel: null }));
  });
});

describe('fitReplyModel', () => {
  const replies = Array.from({ length: 30 }, (_, index) =>
    index % 3 === 0
      ? { text: 'congrats on the meet', relevant: false }
      : { text: index % 2 ? 'planks fixed mine' : 'mine went after planks', relevant: true },
  );

  it('fits the same weights from the same replies, run after run, and keeps only the words it weighs', () => {
    const model = fitReplyModel(replies, 'test', DEFAULT_REPLY_FIT);
    expect(fitReplyModel(replies, 'test', DEFAULT_REPLY_FIT)).toEqual(model);
    expect(model.vocabulary).toContain('planks');
    expect(model.reply.weights![model.vocabulary.indexOf('congrats')]).toBeLessThan(0);
    expect(model.reply.weights!.every((weight) => Math.abs(weight) >= DEFAULT_REPLY_FIT.minWeight)).toBe(true);
    expect(parseReplyModel(model)).toBe(model);
  });

  it('reads a reply like the ones about a back over its threshold, and one like the others under it', () => {
    const model = fitReplyModel(replies, 'test', DEFAULT_REPLY_FIT);
    expect(replyProbability('planks fixed mine', model)).toBeGreaterThanOrEqual(model.threshold);
    expect(replyProbability('congrats on the meet', model)).toBeLessThan(model.threshold);
  });
});
