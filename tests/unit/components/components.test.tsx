// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CauseCard, fitBand } from '@/components/CauseCard';
import { Disclaimer } from '@/components/Disclaimer';
import { EVIDENCE_GRADE_TEXT, EvidenceBadge } from '@/components/EvidenceBadge';
import { ReplyButton } from '@/components/ReplyButton';
import { ResultsView } from '@/components/ResultsView';
import { TriageBanner } from '@/components/TriageBanner';
import { WhyList } from '@/components/WhyList';
import { TRIAGE_TIERS } from '@/lib/features';
import type { EvidenceGrade } from '@/lib/catalog/types';
import { localHelp } from '@/lib/wording/local-help';
import { ENTRIES, assessment, causeEntry, lookupEntries, rankedCause } from '../support/fixtures-assessment';
import { useMountPoint } from '../support/mount';

const mount = useMountPoint();
const show = mount.show;

const RANKED = ENTRIES.map((entry, index) => rankedCause(entry.id, 1 - index * 0.1));
const US = localHelp(['en-US']);
const GB = localHelp(['en-GB']);
const visible = (element: Element) => !element.closest('[hidden]');
const numbersIn = (element: ParentNode) =>
  [...element.querySelectorAll('[data-emergency-number]')].map((el) => el.getAttribute('data-emergency-number'));

describe('TriageBanner', () => {
  it.each(TRIAGE_TIERS)('always renders data-triage="%s" with advice', (tier) => {
    const banner = show(<TriageBanner tier={tier} redFlags={[]} />).querySelector('[data-triage]');
    expect(banner?.getAttribute('data-triage')).toBe(tier);
    expect(banner?.querySelector('h2')?.textContent).toBeTruthy();
  });

  it('says when a sign was read from the post as a whole, showing only what the post named', () => {
    const banner = show(
      <TriageBanner
        tier="emergency"
        redFlags={[{ id: 'both_legs_neuro', tier: 'emergency', words: ['both legs'], read: 'whole_post' }]}
        help={US}
      />,
    ).querySelector('[data-red-flag="both_legs_neuro"]')!;
    expect(banner.textContent).toMatch(/\(“both legs”\), read from the post as a whole$/);
    expect(banner.querySelector('[data-whole-post]')).not.toBeNull();
  });

  it("says when a sign was read from the thread's title that a reply shares", () => {
    const item = show(
      <TriageBanner
        tier="emergency"
        redFlags={[{ id: 'saddle_numbness', tier: 'emergency', words: ['Numb bum'], read: 'thread_title' }]}
        help={US}
      />,
    ).querySelector('[data-red-flag="saddle_numbness"]')!;
    expect(item.textContent).toMatch(/\(“Numb bum”\), in the thread's title or opening post, which this post says it shares$/);
    expect(item.querySelector('[data-whole-post]')).toBeNull();
  });

  it('makes an emergency an alert that says to call emergency services now', () => {
    const banner = show(
      <TriageBanner
        tier="emergency"
        redFlags={[{ id: 'saddle_numbness', tier: 'emergency', words: ['numb around my groin'] }]}
        help={US}
      />,
    ).querySelector('[data-triage="emergency"]')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toMatch(/Get emergency help now/);
    expect(banner.textContent).toMatch(/Call 911 or go to the nearest emergency department \(A&E\) now/);
    expect(numbersIn(banner)).toEqual(['911', '999', '112', '000']);
    expect(banner.querySelector('[data-emergency-explanation]')?.textContent).toMatch(/cauda equina/);
    expect(banner.textContent).toMatch(/not a diagnosis.*please get help now/);
    expect(banner.textContent).not.toMatch(/usually settle|most back pain is not serious/i);
    expect(banner.querySelector('[data-red-flag="saddle_numbness"]')?.textContent).toBe(
      'numbness around the genitals, bottom or inner thighs (“numb around my groin”)',
    );
  });

  it('lists the local number first at urgent, with the local same-day route', () => {
    const banner = show(<TriageBanner tier="urgent" redFlags={[{ id: 'fever', tier: 'urgent', words: [] }]} help={GB} />);
    expect(numbersIn(banner)[0]).toBe('999');
    expect(banner.textContent).toMatch(/NHS 111/);
  });

  it('explains a chest-pain emergency as heart or aorta, and not to drive', () => {
    const banner = show(
      <TriageBanner tier="emergency" redFlags={[{ id: 'chest_pain', tier: 'emergency', words: [] }]} help={US} />,
    );
    expect(banner.textContent).toMatch(/heart or the aorta.*do not drive yourself/);
  });

  it('gives the emergency safety net below the other tiers, and names the flags answered "not sure"', () => {
    const banner = show(<TriageBanner tier="self_care" redFlags={[]} unsure={['bladder_bowel']} />);
    expect(banner.querySelector('[data-triage]')?.getAttribute('role')).toBeNull();
    expect(banner.textContent).toMatch(/both legs/);
    expect(banner.querySelector('[data-unsure-flags]')?.textContent).toMatch(/new bladder or bowel trouble/);
  });
});

describe('EvidenceBadge', () => {
  it.each([
    ['A', 'Good evidence'],
    ['B', 'Some evidence'],
    ['C', 'Expert opinion'],
    ['anecdotal', 'Forum reports only'],
    ['not_supported', 'Not supported'],
    ['avoid', 'Avoid'],
  ] as [EvidenceGrade, string][])('grade %s reads "%s", with its meaning as a tooltip', (grade, label) => {
    const badge = show(<EvidenceBadge grade={grade} />).querySelector('.sp-evidence')!;
    expect(badge.getAttribute('data-grade')).toBe(grade);
    expect(badge.firstChild?.textContent).toBe(label);
    expect(badge.getAttribute('title')).toBe(EVIDENCE_GRADE_TEXT[grade].description);
    expect(badge.textContent).toContain(EVIDENCE_GRADE_TEXT[grade].description);
  });
});

describe('WhyList', () => {
  it('lists reasons for, strongest first, quotes matched sentences, and lists reasons against', () => {
    const list = show(
      <WhyList
        for={[
          { kind: 'feature', feature: 'bench', text: 'on the bench', weight: 1 },
          { kind: 'phrase', text: 'cramps on my top set', weight: 3 },
        ]}
        against={[{ kind: 'feature', feature: 'next_days', text: 'it comes a day later', weight: 2 }]}
      />,
    );
    expect([...list.querySelectorAll('[data-why="for"] li')].map((li) => li.textContent)).toEqual([
      '“cramps on my top set”',
      'on the bench',
    ]);
    expect(list.querySelector('[data-why="against"] li')?.getAttribute('data-feature')).toBe('next_days');
  });

  it('says so when nothing speaks against a cause', () => {
    const list = show(<WhyList for={[]} against={[]} />);
    expect(list.querySelector('[data-why="against"]')?.textContent).toMatch(/Nothing described speaks against it/);
  });

  it('renders page text as text, never as markup', () => {
    const list = show(<WhyList for={[{ kind: 'phrase', text: '<img src=x onerror="alert(1)">', weight: 1 }]} against={[]} />);
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('li')?.textContent).toBe('“<img src=x onerror="alert(1)">”');
  });
});

describe('CauseCard', () => {
  const entry = causeEntry('bench_cramp', 'Cramp in a shortened muscle');

  it('shows the title, a fit bar and one line of why, and expands to details with graded steps, caveats, referral and evidence', () => {
    const card = show(
      <CauseCard
        ranked={rankedCause('bench_cramp', 0.9, {
          against: [{ kind: 'feature', feature: 'running', text: 'happens on runs', weight: 1 }],
        })}
        cause={entry}
        position={1}
        bestScore={0.9}
        help={GB}
      />,
    ).querySelector('[data-cause-id="bench_cramp"]')!;
    const toggle = card.querySelector<HTMLButtonElement>('h3 button')!;
    expect(toggle.textContent).toBe('1. Cramp in a shortened muscleClosest fit');
    expect(card.querySelector('.sp-fit-words')?.textContent).toBe('Closest fit');
    expect(card.querySelector<HTMLElement>('.sp-fitbar-fill')?.style.width).toBe('100%');
    expect(card.textContent).not.toMatch(/\d+ ?%/);
    expect(card.querySelector('.sp-why-line')?.textContent).toBe('Fits: a cramp.');
    const details = card.querySelector<HTMLElement>('.sp-cause-details')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain(entry.summary);
    expect(details.querySelector('[data-why="for"]')?.textContent).toContain('a cramp');
    expect(details.querySelector('[data-why="against"]')?.textContent).toContain('happens on runs');
    expect(details.textContent).toContain(entry.mechanism);
    expect(numbersIn(details.querySelector('[data-see-professional]')!)[0]).toBe('999');
    expect(details.querySelector('[data-see-professional]')?.textContent).toMatch(/NHS 111/);
    expect([...details.querySelectorAll('.sp-steps li')].map((li) => li.getAttribute('data-grade'))).toEqual([
      'A',
      'anecdotal',
      'avoid',
    ]);
    expect(details.querySelector('[data-grade="avoid"] .sp-evidence')?.firstChild?.textContent).toBe('Avoid');
    expect(details.querySelector('.sp-step-note')?.textContent).toBe('Lifters report it; untested.');
    expect(details.textContent).toContain('First caveat of bench_cramp.');
    expect(details.textContent).toContain(entry.seeProfessional);
    expect(details.querySelector('[data-evidence-level="limited"]')?.textContent).toContain('Reference for bench_cramp');
  });

  it('opens the details on request', () => {
    const card = show(<CauseCard ranked={rankedCause('x', 1)} cause={entry} position={2} bestScore={1} help={US} open />);
    expect(card.querySelector<HTMLElement>('.sp-cause-details')?.hidden).toBe(false);
  });

  it.each([
    [1, 1, 'Closest fit'],
    [0.6, 1, 'Also fits'],
    [0.2, 1, 'Weaker fit'],
    [0, 0, 'Possible fit'],
  ])('bands a score of %d against a best of %d as "%s"', (score, best, band) => {
    expect(fitBand(score, best)).toBe(band);
  });
});

describe('ResultsView', () => {
  it('puts the tier first, a back map of the regions named, then the top three causes, the rest behind "more causes"', () => {
    const view = show(
      <ResultsView
        assessment={assessment({ causes: RANKED, features: { region: ['mid_back', 'lower_back'] } })}
        lookup={lookupEntries}
        help={US}
      />,
    );
    const results = view.querySelector('[data-spotter-results]')!;
    expect(results.firstElementChild?.getAttribute('data-triage')).toBe('self_care');
    const map = view.querySelector('[data-back-map-view]')!;
    expect([...map.querySelectorAll('[data-highlighted]')].map((el) => el.getAttribute('data-region'))).toEqual([
      'mid_back',
      'lower_back',
    ]);
    expect(map.getAttribute('aria-label')).toBe('Back map: mid back, lower back');
    const cards = [...view.querySelectorAll('[data-cause-id]')];
    expect(cards.map((el) => el.getAttribute('data-cause-id'))).toEqual(ENTRIES.map((entry) => entry.id));
    expect(cards.filter(visible).map((el) => el.getAttribute('data-cause-id'))).toEqual(['cause_1', 'cause_2', 'cause_3']);
    expect(view.querySelectorAll('[aria-expanded="true"]')).toHaveLength(0);
    const more = [...view.querySelectorAll('button')].find((button) => /^5 more causes$/.test(button.textContent ?? ''))!;
    act(() => more.click());
    expect(cards.filter(visible)).toHaveLength(8);
    expect(more.textContent).toBe('Fewer causes');
  });

  it('names the tier first even when the self-care banner goes last, and says when the thread title was used', () => {
    const view = show(
      <ResultsView
        assessment={assessment({ causes: RANKED, fromThread: { region: true } })}
        lookup={lookupEntries}
        help={US}
        selfCareBannerLast
      />,
    );
    expect(view.querySelector('[data-tier="self_care"]')?.textContent).toBe('No warning signs mentioned');
    expect(view.querySelector('[data-from-thread]')?.textContent).toMatch(/^Read with the thread’s title/);
    const order = [...view.querySelectorAll('[data-tier], [data-cause-id], [data-triage]')].map((el) =>
      el.tagName === 'P' ? 'chip' : el.hasAttribute('data-triage') ? 'banner' : 'cause',
    );
    expect(order[0]).toBe('chip');
    expect(order.at(-1)).toBe('banner');
  });

  it('at an emergency keeps the causes collapsed behind a button, below the advice', () => {
    const view = show(
      <ResultsView
        assessment={assessment({
          triage: 'emergency',
          redFlags: [{ id: 'dark_urine_severe_pain', tier: 'emergency', words: [] }],
          causes: RANKED,
        })}
        lookup={lookupEntries}
        help={US}
      />,
    );
    expect(view.querySelector('[data-emergency-explanation]')?.textContent).toMatch(/muscle breakdown/);
    expect([...view.querySelectorAll('[data-cause-id]')].filter(visible)).toHaveLength(0);
    expect(view.querySelector('[data-glance]')).toBeNull();
    const button = view.querySelector<HTMLButtonElement>('[data-emergency-causes]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect([...view.querySelectorAll('[data-cause-id]')].filter(visible).length).toBe(3);
  });

  it('at urgent with pain unrelated to training, shows the medical cause above the training ones', () => {
    const entries = [causeEntry('doms', 'Soreness'), causeEntry('medical_condition', 'Something medical')];
    const view = show(
      <ResultsView
        assessment={assessment({
          triage: 'urgent',
          features: { region: ['mid_back'] },
          redFlags: [{ id: 'night_or_rest_pain', tier: 'urgent', words: [] }],
          causes: [rankedCause('doms', 1), rankedCause('medical_condition', 0.2)],
        })}
        lookup={(id) => entries.find((entry) => entry.id === id)}
        help={US}
      />,
    );
    expect([...view.querySelectorAll('[data-cause-id]')].map((el) => el.getAttribute('data-cause-id'))).toEqual([
      'medical_condition',
      'doms',
    ]);
  });

  it('shows an emergency banner above everything, before any cause', () => {
    const view = show(
      <ResultsView
        assessment={assessment({
          triage: 'emergency',
          redFlags: [{ id: 'chest_pain', tier: 'emergency', words: [] }],
          causes: RANKED,
        })}
        lookup={lookupEntries}
      />,
    );
    const all = [...view.querySelectorAll('[data-triage], [data-cause-id]')];
    expect(all[0]?.getAttribute('data-triage')).toBe('emergency');
    expect(view.querySelector('[data-spotter-results]')?.firstElementChild?.getAttribute('role')).toBe('alert');
  });

  it('shows only the advice when the questionnaire was stopped', () => {
    const view = show(
      <ResultsView assessment={assessment({ triage: 'emergency', causes: RANKED })} lookup={lookupEntries} showCauses={false} />,
    );
    expect(view.querySelector('[data-triage="emergency"]')).not.toBeNull();
    expect(view.querySelector('[data-cause-id]')).toBeNull();
    expect(view.querySelector('[data-spotter-disclaimer]')).not.toBeNull();
  });

  it('opens every card for printing', () => {
    const view = show(<ResultsView assessment={assessment({ causes: RANKED })} lookup={lookupEntries} expandAll />);
    expect(view.querySelectorAll('[aria-expanded="true"]').length).toBeGreaterThanOrEqual(8);
    expect([...view.querySelectorAll('[data-cause-id]')].filter(visible)).toHaveLength(8);
  });

  it('says so when nothing matched', () => {
    const view = show(<ResultsView assessment={assessment()} lookup={lookupEntries} />);
    expect(view.textContent).toMatch(/could not match this to any cause/);
  });

  it('refuses a ranked cause the catalog does not know', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      show(<ResultsView assessment={assessment({ causes: [rankedCause('nope', 1)] })} lookup={lookupEntries} />),
    ).toThrow(/nope/);
    spy.mockRestore();
  });
});

describe('Disclaimer', () => {
  it('says it is not a diagnosis and that nothing leaves the browser', () => {
    const text = show(<Disclaimer />).textContent;
    expect(text).toMatch(/^Not a diagnosis\./);
    expect(text).toMatch(/sends nothing anywhere/);
  });
});

describe('ReplyButton', () => {
  async function press(view: HTMLElement) {
    await act(async () => {
      view.querySelector('button')!.click();
    });
  }

  it('copies the text with the Clipboard API and confirms it in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const view = show(<ReplyButton getText={() => 'the reply'} label="Copy as text" />);
    expect(view.querySelector('button')?.textContent).toBe('Copy as text');
    await press(view);
    expect(writeText).toHaveBeenCalledWith('the reply');
    const status = view.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Copied to the clipboard.');
    vi.unstubAllGlobals();
  });

  it('falls back to a selected textarea and execCommand when the Clipboard API refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    const copied: string[] = [];
    const execCommand = vi.fn((command: string) => {
      const area = mount.root.querySelector('textarea');
      if (command === 'copy' && area) copied.push(area.value);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const view = show(<ReplyButton getText={() => 'fallback text'} />);
    await press(view);
    expect(copied).toEqual(['fallback text']);
    expect(view.querySelector('textarea')).toBeNull();
    expect(view.querySelector('[role="status"]')?.textContent).toBe('Copied to the clipboard.');
    vi.unstubAllGlobals();
  });

  it('shows the text to copy by hand when no way of copying works', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const view = show(<ReplyButton getText={() => 'manual text'} />);
    await press(view);
    expect(view.querySelector('[role="status"]')?.textContent).toMatch(/copy the text below/);
    expect(view.querySelector<HTMLTextAreaElement>('textarea[aria-label="Text to copy"]')?.value).toBe('manual text');
    vi.unstubAllGlobals();
  });
});
