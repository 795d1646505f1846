import { Fragment } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { readerLocalHelp } from '@/components/reader-help';
import { ReplyButton } from '@/components/ReplyButton';
import { ResultsView } from '@/components/ResultsView';
import type { Assessment } from '@/lib/analysis/types';
import { FEATURE_LABELS, GROUP_LABELS } from '@/lib/feature-labels';
import { FEATURE_GROUP_NAMES, type Features } from '@/lib/features';
import { answersToFeatures, unansweredRedFlags, unsureRedFlags, type Answers } from '@/lib/questionnaire/questions';
import type { Engine } from './App';

/**
 * The popup's results page. It needs the catalog and the engine, so it loads with them, after the
 * popup's first render (entrypoints/popup/engine.ts): the results view is a third of the popup's code.
 */
export interface ResultsProps {
  engine: Engine;
  stopped: boolean;
  answers: Answers;
  linked: Features | undefined;
  printing: boolean;
  onChange: () => void;
  onRestart: () => void;
}

export function Results({ engine, stopped, answers, linked, printing, onChange, onRestart }: ResultsProps) {
  const { CATALOG, assess, getCause, formatReply } = engine;
  const features = useMemo(() => linked ?? answersToFeatures(answers, CATALOG), [linked, answers, CATALOG]);
  const assessment = useMemo<Assessment>(() => {
    const result = assess(features);
    // An emergency answer ends the questionnaire whatever else was said: the advice is emergency care.
    return stopped ? { ...result, triage: 'emergency' } : result;
  }, [features, stopped, assess]);
  // Keyboard and screen-reader users land on the advice first.
  const resultsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    resultsRef.current?.querySelector<HTMLElement>('[data-triage] h2')?.focus();
  }, [stopped]);

  return (
    <div ref={resultsRef} data-results={stopped ? 'stopped' : 'results'}>
      <ResultsView
        assessment={assessment}
        lookup={getCause}
        showCauses={!stopped}
        expandAll={printing}
        unsureRedFlags={unsureRedFlags(answers)}
      />
      {linked && unansweredRedFlags(answers).length > 0 && (
        <p class="sp-notice" data-linked-notice>
          These answers came from a forum post. Spotter has not asked you about warning signs yet.
        </p>
      )}
      {!stopped && <AnswerSummary features={features} answers={answers} />}
      <div class="sp-actions">
        {stopped ? (
          <button type="button" class="sp-button" onClick={onChange}>
            I answered by mistake: go back
          </button>
        ) : (
          <>
            <ReplyButton
              getText={() => formatReply(assessment, { help: readerLocalHelp(), format: 'plain' })}
              label="Copy as text"
            />
            <button type="button" class="sp-button" onClick={onChange}>
              {linked ? 'Answer for your own back' : 'Change answers'}
            </button>
            <button type="button" class="sp-button" onClick={() => window.print()}>
              Print
            </button>
          </>
        )}
        <button type="button" class="sp-button" onClick={onRestart} data-clear-result>
          Clear and start again
        </button>
      </div>
    </div>
  );
}

/** What the results are based on, in the reader's terms. */
function AnswerSummary({ features, answers }: { features: Features; answers: Answers }) {
  const side = Array.isArray(answers.side) ? answers.side[0] : undefined;
  const rows = FEATURE_GROUP_NAMES.flatMap((group) => {
    const ids = features[group] ?? [];
    if (ids.length === 0) return [];
    let text = ids.map((id) => FEATURE_LABELS[id]).join(', ');
    if (group === 'region' && side) text += side === 'one_side' ? ' (one side)' : ' (both sides or the middle)';
    return [{ group, text }];
  });
  if (rows.length === 0) return null;
  return (
    <details class="sp-answers" open>
      <summary>What these results are based on</summary>
      <dl>
        {rows.map(({ group, text }) => (
          <Fragment key={group}>
            <dt>{GROUP_LABELS[group]}</dt>
            <dd>{text}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
