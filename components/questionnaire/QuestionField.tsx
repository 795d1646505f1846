import { NONE, UNSURE, type Answer, type Option, type Question } from '@/lib/questionnaire/questions';
import { BackMap } from './BackMap';

export interface QuestionFieldProps {
  question: Question;
  /** The options on offer (adaptive questions show only those that can change the result). */
  options: readonly Option[];
  answer: Answer | undefined;
  onAnswer: (answer: Answer | undefined) => void;
  /** Marks the question as still to be answered after the reader tried to go on. */
  missing?: boolean;
}

function chosenValues(answer: Answer | undefined): readonly string[] {
  return Array.isArray(answer) ? answer : [];
}

/** One question as a labelled group of radios or checkboxes, always with "Not sure". */
export function QuestionField({ question, options, answer, onAnswer, missing = false }: QuestionFieldProps) {
  const name = `sp-q-${question.id}`;
  const chosen = chosenValues(answer);
  const isRedFlag = question.options.some((option) => option.value === 'yes') && !question.adaptive;
  const helpId = question.help ? `${name}-help` : undefined;

  function toggle(value: string) {
    const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
    onAnswer(next.length > 0 ? next : undefined);
  }

  const type = question.kind === 'one' ? 'radio' : 'checkbox';
  const choices = (
    <div class="sp-options" data-layout={isRedFlag ? 'row' : 'column'}>
      {options.map((option) => (
        <label class="sp-option" key={option.value}>
          <input
            type={type}
            name={name}
            value={option.value}
            checked={chosen.includes(option.value)}
            onChange={() => (question.kind === 'one' ? onAnswer([option.value]) : toggle(option.value))}
          />
          <span>
            {option.label}
            {option.hint && <span class="sp-option-hint">{option.hint}</span>}
          </span>
        </label>
      ))}
      {question.noneLabel && (
        <label class="sp-option">
          <input
            type={type}
            name={name}
            value={NONE}
            checked={answer === NONE}
            onChange={() => onAnswer(answer === NONE && type === 'checkbox' ? undefined : NONE)}
          />
          <span>{question.noneLabel}</span>
        </label>
      )}
      <label class="sp-option">
        <input
          type={type}
          name={name}
          value={UNSURE}
          checked={answer === UNSURE}
          onChange={() => onAnswer(answer === UNSURE && type === 'checkbox' ? undefined : UNSURE)}
        />
        <span>Not sure</span>
      </label>
    </div>
  );
  return (
    <fieldset
      class={isRedFlag ? 'sp-question sp-redflag' : 'sp-question'}
      data-question={question.id}
      data-missing={missing ? 'true' : undefined}
      aria-describedby={helpId}
    >
      <legend>
        {question.prompt}
        {missing && <span class="sp-missing"> (still to answer)</span>}
      </legend>
      {question.help && (
        <p class="sp-question-help" id={helpId}>
          {question.help}
        </p>
      )}
      {question.id === 'region' ? (
        <div class="sp-map">
          <BackMap selected={chosen} onToggle={toggle} />
          {choices}
        </div>
      ) : (
        choices
      )}
    </fieldset>
  );
}
