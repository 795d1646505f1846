import { describe, expect, it } from 'vitest';
import { CATALOG } from '@/lib/catalog';
import { localHelp } from '@/lib/wording/local-help';
import {
  escapeBBCode,
  escapeMarkdown,
  formatReply,
  replyFormatFor,
  replySignature,
  shortQuote,
  type ReplyFormat,
} from '@/lib/wording/reply';
import { ENTRIES, assessment, lookupEntries, rankedCause } from '../support/fixtures-assessment';

const US = localHelp(['en-US']);
const UK = localHelp(['en-GB']);

const RANKED = ENTRIES.slice(0, 5).map((entry, index) =>
  rankedCause(entry.id, 1 - index * 0.1, {
    for: [
      { kind: 'feature', feature: 'heavy_sets_only', text: 'only on heavy sets', weight: 3 },
      { kind: 'feature', feature: 'bench', text: 'on the bench', weight: 2 },
    ],
  }),
);

const EMERGENCY = assessment({
  triage: 'emergency',
  redFlags: [{ id: 'dark_urine_severe_pain', tier: 'emergency', words: ['piss looked like coke'] }],
  causes: RANKED,
});

describe('replyFormatFor', () => {
  it.each([
    ['reddit', 'markdown'],
    ['discourse', 'markdown'],
    ['stackexchange', 'markdown'],
    ['xenforo', 'bbcode'],
    ['vbulletin', 'bbcode'],
    ['phpbb', 'bbcode'],
    ['smf', 'bbcode'],
    ['mybb', 'bbcode'],
    ['invision', 'plain'],
    ['generic', 'plain'],
    [null, 'plain'],
  ])('%s → %s', (engine, format) => {
    expect(replyFormatFor(engine)).toBe(format);
  });
});

describe('formatReply', () => {
  it('opens with a kind line, then lists the top three causes in order, each with a short why', () => {
    const reply = formatReply(assessment({ causes: RANKED }), { help: US, lookup: lookupEntries });
    expect(reply.split('\n')[0]).toMatch(/^Sorry your back is giving you trouble/);
    const items = reply.split('\n').filter((line) => /^\d\. /.test(line));
    expect(items).toEqual([
      '1. **Cause number 1** (fits: only on heavy sets; on the bench)',
      '2. **Cause number 2** (fits: only on heavy sets; on the bench)',
      '3. **Cause number 3** (fits: only on heavy sets; on the bench)',
    ]);
    expect(reply).not.toContain('Cause number 4');
  });

  it('gives the key caveats, when to get checked with the local number, and ends with the not-a-diagnosis line', () => {
    const reply = formatReply(assessment({ causes: RANKED }), { help: UK, lookup: lookupEntries });
    expect(reply).toContain('- First caveat of cause\\_1.');
    expect(reply).toContain('- First caveat of cause\\_3.');
    expect(reply).not.toContain('Second caveat');
    expect(reply).toMatch(/When to get checked:.*Call 999 at once.*both legs/);
    expect(reply).toMatch(/Emergency numbers: 999 \(UK\), 911/);
    expect(reply.split('\n').at(-1)).toBe('_Not a diagnosis; generated locally by Spotter._');
  });

  it.each<[ReplyFormat, RegExp, RegExp]>([
    ['markdown', /^\*\*Posts like this often describe:\*\*$/m, /^1\. \*\*Cause number 1\*\*/m],
    ['bbcode', /^\[b\]Posts like this often describe:\[\/b\]$/m, /^\[list=1\]\n\[\*\]\[b\]Cause number 1\[\/b\]/m],
    ['plain', /^Posts like this often describe:$/m, /^1\. Cause number 1 \(fits/m],
  ])('writes %s', (format, heading, firstItem) => {
    const reply = formatReply(assessment({ causes: RANKED }), { help: US, lookup: lookupEntries, format });
    expect(reply).toMatch(heading);
    expect(reply).toMatch(firstItem);
    expect(reply.split('\n').at(-1)).toBe(replySignature(format));
    if (format !== 'markdown') expect(reply).not.toMatch(/\*\*|\\[_&*]/);
    if (format === 'plain') expect(reply).not.toMatch(/\[\/?(b|i|list)\]/);
  });

  it('writes A&E as A&E in every format', () => {
    for (const format of ['markdown', 'bbcode', 'plain'] as const) {
      expect(formatReply(EMERGENCY, { help: US, lookup: lookupEntries, format })).toContain('(A&E)');
    }
  });

  it('at an emergency gives the advice, the signs, what they can mean and one kind line, and no training cause', () => {
    const reply = formatReply(EMERGENCY, { help: US, lookup: lookupEntries });
    expect(reply.split('\n')[0]).toMatch(/^Sorry you are going through this/);
    expect(reply).toMatch(/\*\*Get emergency help now\.\*\* Call 911 /);
    expect(reply).toContain('Warning signs mentioned:');
    expect(reply).toMatch(/muscle breakdown.*kidneys/);
    expect(reply).toMatch(/Emergency numbers: 911 \(US and Canada\), 999 \(UK\)/);
    expect(reply).not.toContain('Cause number');
    expect(reply).not.toContain('caveat');
    expect(reply).not.toContain('Posts like this often describe');
  });

  it('at urgent with pain unrelated to training, puts the medical cause above training causes', () => {
    const medical = CATALOG.find((entry) => entry.id === 'medical_condition')!;
    const reply = formatReply(
      assessment({
        triage: 'urgent',
        features: { region: ['mid_back'] },
        redFlags: [{ id: 'thoracic_constant', tier: 'urgent', words: [] }],
        causes: [rankedCause('doms', 1), rankedCause('medical_condition', 0.3)],
      }),
      { help: UK },
    );
    expect(reply).toMatch(/NHS 111/);
    expect(reply.indexOf(medical.title)).toBeLessThan(reply.indexOf(CATALOG.find((entry) => entry.id === 'doms')!.title));
  });

  it('quotes at most a few words of the post, as text, never as markup', () => {
    const hostile = 'my back <img src=x onerror=alert(1)> **cramps** [b]loud[/b] and then a lot more words of the whole post';
    for (const format of ['markdown', 'bbcode', 'plain'] as const) {
      const reply = formatReply(
        assessment({ causes: [rankedCause('cause_1', 1, { for: [{ kind: 'phrase', text: hostile, weight: 1 }] })] }),
        { help: US, lookup: lookupEntries, format },
      );
      expect(reply).not.toContain('whole post');
      expect(reply).not.toContain('[b]loud');
      if (format === 'markdown') {
        expect(reply).not.toMatch(/(?<!\\)<img/);
        expect(reply).toContain('“my back \\<img src=x onerror=alert(1)\\>…”');
      }
    }
  });

  it('says something useful even with no causes', () => {
    const reply = formatReply(assessment(), { help: US, lookup: lookupEntries });
    expect(reply).not.toContain('Posts like this often describe');
    expect(reply).toContain('When to get checked');
  });

  it('uses the real catalog by default and refuses a cause the catalog does not know', () => {
    const first = CATALOG[0]!;
    expect(formatReply(assessment({ causes: [rankedCause(first.id, 1)] }), { help: US })).toContain(escapeMarkdown(first.title));
    expect(() => formatReply(assessment({ causes: [rankedCause('not_a_cause', 1)] }), { help: US })).toThrow(/not_a_cause/);
  });

  it('never advises drinking as much as possible or quinine', () => {
    for (const entry of CATALOG) {
      const reply = formatReply(assessment({ causes: [rankedCause(entry.id, 1)] }), { help: US });
      expect(reply).not.toMatch(/as much as (you can|possible)/i);
      expect(reply).not.toMatch(/\btake quinine\b/i);
    }
  });
});

describe('escaping', () => {
  it.each([
    ['a*b*c', 'a\\*b\\*c'],
    ['snake_case', 'snake\\_case'],
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['line one\n\n> quoted', 'line one \\> quoted'],
    ['`code` | pipe ~strike~ A&E', '\\`code\\` \\| pipe \\~strike\\~ A&E'],
    ['back\\slash', 'back\\\\slash'],
  ])('markdown %j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('keeps BBCode tags from forming out of post text', () => {
    expect(escapeBBCode('[url=x]hi[/url]\n[b]')).toBe('(url=x)hi(/url) (b)');
  });

  it('cuts a quote to five words', () => {
    expect(shortQuote('one two three four five')).toBe('one two three four five');
    expect(shortQuote('one two  three\nfour five six')).toBe('one two three four five…');
  });
});
