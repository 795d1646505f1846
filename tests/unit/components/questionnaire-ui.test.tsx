// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { QuestionField } from '@/components/questionnaire/QuestionField';
import { QuestionPage } from '@/components/questionnaire/QuestionPage';
import { BackMap } from '@/components/questionnaire/BackMap';
import {
  NONE,
  QUESTIONS,
  UNSURE,
  answerQuestion,
  nextPage,
  startFlow,
  type Answer,
  type CauseProfile,
  type FlowState,
} from '@/lib/questionnaire/questions';
import { useMountPoint } from '../support/mount';

const mount = useMountPoint();

const CAUSES: CauseProfile[] = [
  { id: 'bench', profile: { for: { bench: 3, heavy_sets_only: 3, mid_back: 2 }, against: {} } },
  { id: 'run', profile: { for: { running: 3, during_run: 3, lower_back: 2 }, against: {} } },
];

const question = (id: string) => QUESTIONS.find((q) => q.id === id)!;

/** A field wired to its own state, as the page wires it. */
function Field({ id, onChange }: { id: string; onChange?: (answer: Answer | undefined) => void }) {
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  return (
    <QuestionField
      question={question(id)}
      options={question(id).options}
      answer={answer}
      onAnswer={(next) => {
        setAnswer(next);
        onChange?.(next);
      }}
    />
  );
}

function input(name: string, value: string): HTMLInputElement {
  const found = mount.root.querySelector<HTMLInputElement>(`input[name="sp-q-${name}"][value="${value}"]`);
  if (!found) throw new Error(`no input ${name}=${value}`);
  return found;
}

describe('QuestionField', () => {
  it('labels every control, and always offers "Not sure"', () => {
    for (const q of QUESTIONS) {
      act(() => render(<QuestionField question={q} options={q.options} answer={undefined} onAnswer={() => {}} />, mount.root));
      const inputs = [...mount.root.querySelectorAll('input')];
      expect(inputs.length).toBeGreaterThan(1);
      for (const control of inputs) expect(control.closest('label')?.textContent?.trim(), q.id).toBeTruthy();
      expect(inputs.some((control) => control.value === UNSURE && control.closest('label')?.textContent === 'Not sure')).toBe(
        true,
      );
      expect(mount.root.querySelector('fieldset legend')?.textContent).toContain(q.prompt);
    }
  });

  it('answers a red flag with a radio group: yes, no or not sure', () => {
    const changes: (Answer | undefined)[] = [];
    act(() => render(<Field id="saddle_numbness" onChange={(a) => changes.push(a)} />, mount.root));
    expect([...mount.root.querySelectorAll('input')].map((i) => [i.type, i.value])).toEqual([
      ['radio', 'yes'],
      ['radio', 'no'],
      ['radio', UNSURE],
    ]);
    act(() => input('saddle_numbness', 'yes').click());
    act(() => input('saddle_numbness', UNSURE).click());
    expect(changes).toEqual([['yes'], UNSURE]);
  });

  it('toggles several choices, and makes "not sure" and "none of these" exclusive', () => {
    const changes: (Answer | undefined)[] = [];
    act(() => render(<Field id="context" onChange={(a) => changes.push(a)} />, mount.root));
    act(() => input('context', 'load_jump').click());
    act(() => input('context', 'no_warmup').click());
    act(() => input('context', 'load_jump').click());
    act(() => input('context', NONE).click());
    expect(input('context', 'no_warmup').checked).toBe(false);
    act(() => input('context', UNSURE).click());
    expect(input('context', NONE).checked).toBe(false);
    act(() => input('context', 'prior_cramps').click());
    expect(changes).toEqual([['load_jump'], ['load_jump', 'no_warmup'], ['no_warmup'], NONE, UNSURE, ['prior_cramps']]);
  });
});

describe('BackMap', () => {
  it('has a labelled checkbox per region that toggles by click and by keyboard', () => {
    const toggled: string[] = [];
    act(() => render(<BackMap selected={['mid_back']} onToggle={(v) => toggled.push(v)} />, mount.root));
    const regions = [...mount.root.querySelectorAll('[role="checkbox"]')];
    expect(regions.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Neck',
      'Upper back',
      'Mid back',
      'Lower back',
      'SI joint or upper glute',
    ]);
    expect(regions.map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'false', 'true', 'false', 'false']);
    expect(regions.every((r) => r.getAttribute('tabindex') === '0')).toBe(true);
    act(() => void (regions[3] as unknown as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true })));
    act(() => void regions[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    act(() => void regions[4]!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    act(() => void regions[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    expect(toggled).toEqual(['lower_back', 'neck', 'si_glute']);
  });

  it('is shown with the region question and stays in step with its list', () => {
    act(() => render(<Field id="region" />, mount.root));
    const map = mount.root.querySelector('[data-back-map]')!;
    act(() => void map.querySelector('[data-region="lower_back"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(input('region', 'lower_back').checked).toBe(true);
    act(() => input('region', 'neck').click());
    expect(map.querySelector('[data-region="neck"]')?.getAttribute('aria-checked')).toBe('true');
  });
});

describe('QuestionPage', () => {
  function Flow({ initial }: { initial: FlowState }) {
    const [flow, setFlow] = useState(initial);
    if (flow.page === 'results' || flow.page === 'stopped') return <p data-done={flow.page} />;
    return (
      <QuestionPage
        page={flow.page}
        answers={flow.answers}
        causes={CAUSES}
        onAnswer={(id, answer) => setFlow(answerQuestion(flow, id, answer))}
        onNext={() => setFlow(nextPage(flow, CAUSES))}
        onBack={() => setFlow(flow)}
      />
    );
  }

  function submit() {
    act(() => mount.root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  }

  it('does not move on with a question unanswered: it marks it, says so and focuses it', () => {
    act(() => render(<Flow initial={startFlow()} />, mount.root));
    expect(mount.root.querySelector('[data-page]')?.getAttribute('data-page')).toBe('emergency');
    act(() => input('saddle_numbness', 'no').click());
    submit();
    expect(mount.root.querySelector('[data-page]')?.getAttribute('data-page')).toBe('emergency');
    expect(mount.root.querySelector('[role="status"]')?.textContent).toBe(
      '5 questions are still to answer (“Not sure” is fine).',
    );
    expect(mount.root.querySelector('[data-question="bladder_bowel"]')?.getAttribute('data-missing')).toBe('true');
    expect(mount.root.querySelector('[data-question="saddle_numbness"]')?.hasAttribute('data-missing')).toBe(false);
    expect(document.activeElement).toBe(input('bladder_bowel', 'yes'));
  });

  it('stops at once on an emergency answer', () => {
    act(() => render(<Flow initial={startFlow()} />, mount.root));
    for (const q of QUESTIONS.filter((q) => q.page === 'emergency')) act(() => input(q.id, 'no').click());
    act(() => input('saddle_numbness', 'yes').click());
    submit();
    expect(mount.root.querySelector('[data-done]')?.getAttribute('data-done')).toBe('stopped');
  });

  it('moves the focus to the next page heading and marks the current step', () => {
    act(() => render(<Flow initial={startFlow()} />, mount.root));
    for (const q of QUESTIONS.filter((q) => q.page === 'emergency')) act(() => input(q.id, 'no').click());
    submit();
    expect(mount.root.querySelector('[data-page]')?.getAttribute('data-page')).toBe('urgent');
    expect(document.activeElement).toBe(mount.root.querySelector('h2'));
    expect(mount.root.querySelector('[aria-current="step"]')?.textContent).toBe('Warning signs');
  });

  it('offers only the options that can change the result, and says "See results" on the last page', () => {
    const answers = { region: ['mid_back'], activity: ['bench'] } as const;
    act(() => render(<Flow initial={{ page: 'timing', answers }} />, mount.root));
    expect([...mount.root.querySelectorAll('input[name="sp-q-timing"]')].map((i) => (i as HTMLInputElement).value)).toEqual([
      'heavy_sets_only',
      NONE,
      UNSURE,
    ]);
    // No cause favours any context option, so the context page is skipped and this page is the last.
    expect(mount.root.querySelector('button[type="submit"]')?.textContent).toBe('See results');
    const withContext: CauseProfile[] = [...CAUSES, { id: 'load', profile: { for: { load_jump: 2 }, against: {} } }];
    act(() =>
      render(
        <QuestionPage
          page="timing"
          answers={answers}
          causes={withContext}
          onAnswer={() => {}}
          onNext={() => {}}
          onBack={() => {}}
        />,
        mount.root,
      ),
    );
    expect(mount.root.querySelector('button[type="submit"]')?.textContent).toBe('Next');
  });
});
