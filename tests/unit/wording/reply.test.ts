import { describe, expect, it } from 'vitest';
import { CATALOG } from '@/lib/catalog';
import { REPLY_SIGNATURE, escapeMarkdown, formatReply } from '@/lib/wording/reply';
import { ENTRIES, assessment, lookupEntries, rankedCause } from '../support/fixtures-assessment';

const RANKED = ENTRIES.slice(0, 5).map((entry, index) =>
  rankedCause(entry.id, 1 - index * 0.1, {
    for: [
      { kind: 'feature', feature: 'heavy_sets_only', text: 'only on heavy sets', weight: 3 },
      { kind: 'feature', feature: 'bench', text: 'on the bench', weight: 2 },
    ],
  }),
);

describe('formatReply', () => {
  it('lists the top three causes in order, each with a one-line why', () => {
    const reply = formatReply(assessment({ causes: RANKED }), { lookup: lookupEntries });
    const items = reply.split('\n').filter((line) => /^\d\. /.test(line));
    expect(items).toEqual([
      '1. **Cause number 1** (fits: only on heavy sets; on the bench)',
      '2. **Cause number 2** (fits: only on heavy sets; on the bench)',
      '3. **Cause number 3** (fits: only on heavy sets; on the bench)',
    ]);
    expect(reply).not.toContain('Cause number 4');
  });

  it('gives the key caveats, the red-flag advice and ends with the not-a-diagnosis line', () => {
    const reply = formatReply(assessment({ causes: RANKED }), { lookup: lookupEntries });
    expect(reply).toContain('- First caveat of cause\\_1.');
    expect(reply).toContain('- First caveat of cause\\_3.');
    expect(reply).not.toContain('Second caveat');
    expect(reply).toMatch(/When to get checked:.*999, 112 or 911.*both legs/);
    expect(reply.split('\n').at(-1)).toBe(REPLY_SIGNATURE);
    expect(REPLY_SIGNATURE).toMatch(/Not a diagnosis; generated locally by Spotter/);
  });

  it('puts emergency advice first, naming the warning signs, before any cause', () => {
    const reply = formatReply(
      assessment({
        triage: 'emergency',
        redFlags: [{ id: 'saddle_numbness', tier: 'emergency', words: ['numb down there'] }],
        causes: RANKED,
      }),
      { lookup: lookupEntries },
    );
    const lines = reply.split('\n');
    expect(lines[0]).toMatch(/^\*\*Get emergency help now\.\*\* .*Call 999 \(UK\), 112 \(Europe\) or 911/);
    expect(reply).toContain('Warning signs mentioned: numbness around the genitals, bottom or inner thighs.');
    expect(reply.indexOf('Get emergency help now')).toBeLessThan(reply.indexOf('Cause number 1'));
  });

  it('adds the emergency safety net under an urgent tier', () => {
    const reply = formatReply(
      assessment({ triage: 'urgent', redFlags: [{ id: 'fever', tier: 'urgent', words: [] }], causes: RANKED }),
      { lookup: lookupEntries },
    );
    expect(reply.split('\n')[0]).toMatch(/^\*\*Get medical advice today\.\*\*/);
    expect(reply).toMatch(/numbness around the genitals or bottom/);
  });

  it('quotes a matched sentence from the post as text, never as markup', () => {
    const hostile = 'my back <img src=x onerror=alert(1)> **cramps**\n# [link](javascript:alert(1))';
    const reply = formatReply(
      assessment({
        causes: [rankedCause('cause_1', 1, { for: [{ kind: 'phrase', text: hostile, weight: 1 }] })],
      }),
      { lookup: lookupEntries },
    );
    expect(reply).not.toMatch(/(?<!\\)<img/);
    expect(reply).not.toContain('**cramps**');
    expect(reply).not.toMatch(/(?<!\\)\]\(/);
    expect(reply.split('\n').some((line) => line.startsWith('#'))).toBe(false);
    expect(reply).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*cramps\\*\\* # \\[link\\](javascript:alert(1))');
  });

  it('says something useful even with no causes', () => {
    const reply = formatReply(assessment(), { lookup: lookupEntries });
    expect(reply).not.toContain('Posts like this often describe');
    expect(reply).toContain('When to get checked');
    expect(reply.split('\n').at(-1)).toBe(REPLY_SIGNATURE);
  });

  it('uses the real catalog by default and refuses a cause the catalog does not know', () => {
    const first = CATALOG[0]!;
    expect(formatReply(assessment({ causes: [rankedCause(first.id, 1)] }))).toContain(escapeMarkdown(first.title));
    expect(() => formatReply(assessment({ causes: [rankedCause('not_a_cause', 1)] }))).toThrow(/not_a_cause/);
  });

  it('never advises drinking as much as possible or quinine', () => {
    for (const entry of CATALOG) {
      const reply = formatReply(assessment({ causes: [rankedCause(entry.id, 1)] }));
      expect(reply).not.toMatch(/as much as (you can|possible)/i);
      expect(reply).not.toMatch(/\btake quinine\b/i);
    }
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a*b*c', 'a\\*b\\*c'],
    ['snake_case', 'snake\\_case'],
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['line one\n\n> quoted', 'line one \\> quoted'],
    ['`code` | pipe ~strike~ &amp;', '\\`code\\` \\| pipe \\~strike\\~ \\&amp;'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
