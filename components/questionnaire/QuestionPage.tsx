import { useEffect, useRef, useState } from 'preact/hooks';
import {
  PAGE_TEXT,
  STEPS,
  isAnswered,
  visiblePages,
  visibleQuestions,
  type Answer,
  type Answers,
  type CauseProfile,
  type PageId,
} from '@/lib/questionnaire/questions';
import { QuestionField } from './QuestionField';

export interface QuestionPageProps {
  page: PageId;
  answers: Answers;
  causes: readonly CauseProfile[];
  onAnswer: (questionId: string, answer: Answer | undefined) => void;
  onNext: () => void;
  onBack: () => void;
}

/** The progress line: the steps of the questionnaire, the current one marked. */
function Progress({ page }: { page: PageId }) {
  return (
    <ol class="sp-progress" aria-label="Progress">
      {STEPS.map((step) => (
        <li key={step.id} aria-current={(step.pages as readonly PageId[]).includes(page) ? 'step' : undefined}>
          {step.label}
        </li>
      ))}
      <li>Results</li>
    </ol>
  );
}

/**
 * One page of the questionnaire. Going on with a question unanswered does not move: it marks
 * what is missing and puts the focus there. Each new page takes the focus to its heading.
 */
export function QuestionPage({ page, answers, causes, onAnswer, onNext, onBack }: QuestionPageProps) {
  const [triedNext, setTriedNext] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstPage = useRef(page);

  useEffect(() => {
    setTriedNext(false);
    if (page !== firstPage.current) headingRef.current?.focus();
  }, [page]);

  const questions = visibleQuestions(page, answers, causes);
  const missing = questions.filter(({ question, options }) => !isAnswered(question, options, answers[question.id]));
  const pages = visiblePages(answers, causes);
  const isLast = pages[pages.length - 1] === page;
  const isFirst = pages[0] === page;
  const { title, intro } = PAGE_TEXT[page];

  function onSubmit(event: Event) {
    event.preventDefault();
    if (missing.length === 0) {
      onNext();
      return;
    }
    setTriedNext(true);
    const first = missing[0]?.question.id;
    formRef.current?.querySelector<HTMLInputElement>(`[data-question="${first}"] input`)?.focus();
  }

  return (
    <form class="sp-page" data-page={page} ref={formRef} onSubmit={onSubmit} noValidate>
      <Progress page={page} />
      <h2 tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      {intro && <p class="sp-question-help">{intro}</p>}
      {questions.map(({ question, options }) => (
        <QuestionField
          key={question.id}
          question={question}
          options={options}
          answer={answers[question.id]}
          onAnswer={(answer) => onAnswer(question.id, answer)}
          missing={triedNext && missing.some((m) => m.question.id === question.id)}
        />
      ))}
      <div class="sp-nav">
        {isFirst ? (
          <span />
        ) : (
          <button type="button" class="sp-button" onClick={onBack}>
            Back
          </button>
        )}
        <span class="sp-nav-hint" role="status" aria-live="polite">
          {triedNext && missing.length > 0
            ? `${missing.length === 1 ? 'One question is' : `${missing.length} questions are`} still to answer (“Not sure” is fine).`
            : ''}
        </span>
        <button type="submit" class="sp-button" data-variant="primary">
          {isLast ? 'See results' : 'Next'}
        </button>
      </div>
    </form>
  );
}
