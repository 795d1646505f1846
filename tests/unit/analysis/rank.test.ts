import { describe, expect, it } from 'vitest';
import { assess, rankCauses } from '@/lib/analysis';
import { PhraseIndex, contentStems, stem } from '@/lib/analysis/similarity';

const ids = (text: string): string[] => assess(text).causes.map((cause) => cause.id);

describe('the seed threads’ situations rank their causes first', () => {
  it('bench top-set cramp between the shoulder blades → shortened-position cramp', () => {
    const text =
      'For the last month my mid back cramps right between the bottom of my scapulae, but only on my heavy top sets of bench. ' +
      'Back-off sets, squats and rows are all fine.';
    expect(ids(text)[0]).toBe('shortened_position_cramp');
  });

  it("a lifter's lower-back pump when running → erector endurance", () => {
    const text =
      'I lift four days a week and just started running for a fitness test. Around the first mile my lower back and upper glutes get a huge pump, and by two miles they are cramping.';
    expect(ids(text)[0]).toBe('erector_endurance');
  });

  it('cramp while stretching → overstretching or shortened-position cramp', () => {
    const first = ids('Every time I stretch my back after training it cramps up hard.')[0];
    expect(['overstretching', 'shortened_position_cramp']).toContain(first);
  });

  it('upper back sore after squats → bar position or overtension in the top 3', () => {
    const top3 = ids('My upper back between the shoulder blades is really sore after squats, the bar digs in right there.').slice(0, 3);
    expect(top3.some((id) => id === 'bar_position' || id === 'overtension')).toBe(true);
  });

  it('pain shooting down a leg → a nerve or disc cause first', () => {
    const first = ids('Lower back pain for weeks that shoots down my left leg into my foot, worse when I sit or sneeze.')[0];
    expect(['disc_related', 'nerve_root_irritation']).toContain(first);
  });

  it('a pop on a heavy pull → muscle strain in the top 3', () => {
    expect(ids('Felt something pop in my lower back on a heavy deadlift and it has been sharp since.').slice(0, 3)).toContain(
      'muscle_strain',
    );
  });
});

describe('rankCauses', () => {
  it('returns causes best first, each with reasons for and against', () => {
    const causes = rankCauses({ region: ['mid_back'], activity: ['bench'], sensation: ['cramp', 'radiating'], timing: ['heavy_sets_only'] });
    expect(causes.length).toBeGreaterThan(2);
    for (let i = 1; i < causes.length; i++) expect(causes[i - 1]!.score).toBeGreaterThanOrEqual(causes[i]!.score);
    const top = causes[0]!;
    expect(top.for.length).toBeGreaterThan(0);
    expect(top.for.every((reason) => reason.kind === 'feature' && typeof reason.text === 'string' && reason.text.length > 0)).toBe(true);
    // A cramp that also radiates is read against the shortened-position cramp.
    const shortened = causes.find((cause) => cause.id === 'shortened_position_cramp');
    expect(shortened?.against.map((reason) => reason.feature)).toContain('radiating');
  });

  it('leaves out causes with no positive evidence', () => {
    const causes = rankCauses({ activity: ['running'] });
    for (const cause of causes) expect(cause.for.length).toBeGreaterThan(0);
    expect(causes.map((c) => c.id)).not.toContain('bar_position');
  });

  it('ranks nothing for no features and no text', () => {
    expect(rankCauses({})).toEqual([]);
  });

  it('scores in 0..1', () => {
    for (const cause of rankCauses({ region: ['lower_back'], sensation: ['pump'], activity: ['running'] }, 'lower back pumps up on runs')) {
      expect(cause.score).toBeGreaterThan(0);
      expect(cause.score).toBeLessThanOrEqual(1);
    }
  });

  it('quotes the post’s sentence that is close to a cause’s phrases', () => {
    const text = 'Honestly my LOWER BACK pumps up every time I run, it is ridiculous.';
    const erector = rankCauses({ region: ['lower_back'], sensation: ['pump'], activity: ['running'] }, text).find(
      (cause) => cause.id === 'erector_endurance',
    );
    const phrase = erector?.for.find((reason) => reason.kind === 'phrase');
    expect(phrase?.text).toBe(text);
  });

  it('puts the medical cause first for a fever with back pain', () => {
    expect(rankCauses({ region: ['lower_back'], sensation: ['soreness'], redFlags: ['fever'] })[0]?.id).toBe('medical_condition');
  });
});

describe('phrase similarity', () => {
  it('stems the usual endings', () => {
    expect(['cramps', 'cramping', 'cramped'].map(stem)).toEqual(['cramp', 'cramp', 'cramp']);
    expect(stem('setting')).toBe('set');
  });

  it('drops negated words', () => {
    expect(contentStems("I don't think it's a weak core, my glutes fire")).not.toContain('weak');
  });

  it('matches sentences to phrases anywhere in a long sentence, and tolerates typos', () => {
    const index = new PhraseIndex([
      { key: 'run', phrase: 'lower back pumps up when I run' },
      { key: 'bench', phrase: 'cramp between my shoulder blades on bench' },
    ]);
    const long = `${'We talked about programming for ages and it was fun. '.repeat(3)}then my lower back pumps up on every run`;
    expect(index.match(long)[0]?.key).toBe('run');
    expect(index.match('crampping between the shoulder blades on bench')[0]?.key).toBe('bench');
    expect(index.match('the weather is nice')).toEqual([]);
  });
});
