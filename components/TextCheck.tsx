import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Assessment } from '@/lib/analysis/types';
import type { CauseLookup, ResultsView } from './ResultsView';
import './TextCheck.css';

/** What the check needs, loaded after the page's first render: the engine, the catalog and the results view. */
export interface TextCheckEngine {
  assess(text: string): Assessment;
  getCause: CauseLookup;
  ResultsView: typeof ResultsView;
}

export interface TextCheckProps {
  /** The text the reader chose ("Check this text with Spotter"). */
  text: string;
  loadEngine(): Promise<TextCheckEngine>;
}

/** The longest quote of the checked text shown above the results; the rest is summarised by its length. */
const QUOTE_CHARS = 280;

/**
 * Results for a text the reader selected on any page (issue 14, the context menu): what was checked,
 * then the same results view as the popup's, from the same engine as the badges.
 */
export function TextCheck({ text, loadEngine }: TextCheckProps) {
  const [engine, setEngine] = useState<TextCheckEngine | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let mounted = true;
    loadEngine().then(
      (loaded) => mounted && setEngine(loaded),
      () => mounted && setFailed(true),
    );
    return () => {
      mounted = false;
    };
  }, [loadEngine]);
  const assessment = useMemo(() => engine?.assess(text), [engine, text]);
  const Results = engine?.ResultsView;
  const quote = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS).trimEnd()}…` : text;

  return (
    <div data-text-check>
      <h2>The text you checked</h2>
      <blockquote class="sp-checked-text" data-checked-text>
        {quote}
      </blockquote>
      {!assessment || !Results ? (
        <p role="status" data-loading>
          {failed ? 'Spotter could not load its catalog. Close this tab and try again.' : 'Loading…'}
        </p>
      ) : assessment.relevant ? (
        <div data-results="text">
          <Results assessment={assessment} lookup={engine!.getCause} />
        </div>
      ) : (
        <p class="sp-notice" data-results="not-relevant">
          Spotter did not find a back cramp, pump, tightness or pain described in this text, so it has nothing to explain. If
          someone has severe or worrying symptoms, get medical help. This is not a diagnosis.
        </p>
      )}
    </div>
  );
}
