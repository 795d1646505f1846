import { describe, expect, it } from 'vitest';
import { localHelp, numbersInWords, regionOfLanguage } from '@/lib/wording/local-help';
import { emergencyExplanations, emergencySafetyNet, tierAdvice } from '@/lib/wording/triage-advice';

const numbers = (languages: string[]) => localHelp(languages).emergency.map((entry) => entry.number);

describe('localHelp', () => {
  it.each([
    [['en-US'], '911'],
    [['en-CA'], '911'],
    [['en-GB'], '999'],
    [['en-AU'], '000'],
    [['en-NZ'], '111'],
    [['en-IE'], '112'],
    [['de-DE'], '112'],
    [['fr-FR'], '112'],
    [['de'], '112'],
    [['es-ES', 'en-US'], '112'],
    [['en', 'en-GB'], '999'],
  ])('%j puts %s first', (languages, first) => {
    expect(numbers(languages)[0]).toBe(first);
  });

  it('still lists the other numbers after the local one, each once', () => {
    const list = numbers(['en-AU']);
    expect(list).toEqual(['000', '911', '999', '112']);
    expect(numbers(['en-IE'])).toEqual(['112', '999', '911', '000']);
  });

  it('lists every number, 911 first, when the language names no region it knows', () => {
    expect(numbers(['en'])).toEqual(['911', '999', '112', '000']);
    expect(numbers(['ja-JP'])).toEqual(['911', '999', '112', '000']);
    expect(numbers([])).toEqual(['911', '999', '112', '000']);
  });

  it.each([
    ['en-GB', /NHS 111/],
    ['en-US', /urgent care clinic/],
    ['en-AU', /healthdirect/],
    ['en-CA', /811/],
    ['en-NZ', /Healthline/],
    ['en-IE', /GP/],
  ])('names the same-day route for %s', (language, route) => {
    expect(localHelp([language]).sameDay).toMatch(route);
    expect(tierAdvice('urgent', localHelp([language])).advice).toMatch(route);
  });

  it('reads the region from any language tag', () => {
    expect(regionOfLanguage('en-gb')).toBe('GB');
    expect(regionOfLanguage('zh-Hant-TW')).toBe('TW');
    expect(regionOfLanguage('en_AU')).toBe('AU');
    expect(regionOfLanguage('en')).toBeNull();
  });

  it('writes the numbers out for text', () => {
    expect(numbersInWords(localHelp(['en-GB']))).toBe(
      '999 (UK), 911 (US and Canada), 112 (Europe and most mobiles), 000 (Australia)',
    );
  });
});

describe('tier advice', () => {
  it('tells an emergency to call the local number now, and a safety net names it too', () => {
    expect(tierAdvice('emergency', localHelp(['en-US'])).advice).toMatch(/^Call 911 /);
    expect(tierAdvice('emergency', localHelp(['en-AU'])).advice).toMatch(/^Call 000 /);
    expect(emergencySafetyNet(localHelp(['en-GB']))).toMatch(/^Call 999 at once if .*both legs/);
  });

  it('explains each emergency sign by what it can mean', () => {
    expect(emergencyExplanations(['chest_pain']).join(' ')).toMatch(/heart or the aorta.*do not drive yourself/);
    expect(emergencyExplanations(['dark_urine_severe_pain']).join(' ')).toMatch(/muscle breakdown.*kidneys/);
    expect(emergencyExplanations(['major_trauma']).join(' ')).toMatch(/broken bone/);
    for (const flag of ['saddle_numbness', 'bladder_bowel', 'both_legs_neuro'] as const) {
      expect(emergencyExplanations([flag]).join(' ')).toMatch(/cauda equina/);
    }
    expect(emergencyExplanations(['chest_pain', 'saddle_numbness'])).toHaveLength(2);
    expect(emergencyExplanations([])).toEqual([expect.stringMatching(/serious problem/)]);
  });
});
