import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { QuestionPage } from '@/components/questionnaire/QuestionPage';
import { readAnswersHash } from '@/lib/questionnaire/answers-hash';
import type { Features } from '@/lib/features';
import type { LastResult } from '@/lib/questionnaire/last-result';
import {
  PAGE_IDS,
  answerQuestion,
  emergencyAnswers,
  featuresToAnswers,
  nextPage,
  previousPage,
  startFlow,
  type Answer,
  type CauseProfile,
  type FlowState,
  type PageId,
} from '@/lib/questionnaire/questions';

/** The catalog and the engine (entrypoints/popup/engine.ts), loaded after the first render. */
export type Engine = typeof import('./engine');

export interface ResultStore {
  load(): Promise<LastResult | null>;
  save(result: LastResult): Promise<void>;
  clear(): Promise<void>;
}

export interface AppProps {
  /** `popup`: the toolbar popup; `tab`: the same questionnaire in a full tab, with more room. */
  view: 'popup' | 'tab';
  /** `location.hash`; `#answers=…` opens the results for those features. */
  hash: string;
  store: ResultStore;
  /** Opens the full-tab view; absent in the tab itself. */
  openInTab?: () => void;
  /** The header's place for the site on/off switch (issue 6), mounted by main.tsx. */
  headerSlot?: ComponentChildren;
  /** Above the questionnaire: the forum page's marked posts (issue 14), mounted by main.tsx. */
  threadSlot?: ComponentChildren;
  loadEngine: () => Promise<Engine>;
}

interface AppState {
  flow: FlowState;
  /** Features from a `#answers=` link (or a stored linked result): the results explain them as given. */
  linked?: Features;
  notice?: string;
}

function initialState(hash: string, lastResult: LastResult | null): AppState {
  const link = readAnswersHash(hash);
  if (link.kind === 'features') {
    return { flow: { page: 'results', answers: featuresToAnswers(link.features) }, linked: link.features };
  }
  if (link.kind === 'invalid') {
    return {
      flow: startFlow(),
      notice: 'The answers in that link could not be read, so the questionnaire starts empty.',
    };
  }
  if (lastResult?.linked) {
    return {
      flow: { page: 'results', answers: featuresToAnswers(lastResult.linked) },
      linked: lastResult.linked,
      notice: `Your last result, from ${new Date(lastResult.savedAt).toLocaleString()}.`,
    };
  }
  if (lastResult) {
    const page = emergencyAnswers(lastResult.answers).length > 0 ? 'stopped' : 'results';
    return {
      flow: { page, answers: lastResult.answers },
      notice: `Your last result, from ${new Date(lastResult.savedAt).toLocaleString()}.`,
    };
  }
  return { flow: startFlow() };
}

function isQuestionPage(page: FlowState['page']): page is PageId {
  return (PAGE_IDS as readonly string[]).includes(page);
}

/** The warning-sign pages are the same whatever the catalog says, so they need no engine. */
const PAGES_WITHOUT_ENGINE: readonly FlowState['page'][] = ['emergency', 'urgent', 'soon'];

function useEngine(load: () => Promise<Engine>): { engine: Engine | undefined; failed: boolean } {
  const [state, setState] = useState<{ engine: Engine | undefined; failed: boolean }>({ engine: undefined, failed: false });
  useEffect(() => {
    let mounted = true;
    load().then(
      (engine) => mounted && setState({ engine, failed: false }),
      () => mounted && setState({ engine: undefined, failed: true }),
    );
    return () => {
      mounted = false;
    };
  }, [load]);
  return state;
}

/** Opens every cause's details while the page prints; released when the component goes. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    window.addEventListener('beforeprint', () => setPrinting(true), { signal: controller.signal });
    window.addEventListener('afterprint', () => setPrinting(false), { signal: controller.signal });
    return () => controller.abort();
  }, []);
  return printing;
}

/**
 * Reads where to start: a `#answers=` link at once; otherwise the stored last result, which takes
 * a storage round trip, so the popup's frame renders first and the questionnaire or result follows.
 */
function useInitialState(hash: string, store: ResultStore): [AppState | null, (state: AppState) => void] {
  const [state, setState] = useState<AppState | null>(() =>
    readAnswersHash(hash).kind === 'none' ? null : initialState(hash, null),
  );
  useEffect(() => {
    if (state !== null) return;
    let mounted = true;
    store
      .load()
      .catch(() => null)
      .then((lastResult) => {
        if (mounted) setState(initialState('', lastResult));
      });
    return () => {
      mounted = false;
    };
    // Runs once, on opening: later state changes are the reader's own.
  }, []);
  return [state, setState];
}

export function App({ view, hash, store, openInTab, headerSlot, threadSlot, loadEngine }: AppProps) {
  const [state, setState] = useInitialState(hash, store);
  const printing = usePrinting();
  const { engine, failed } = useEngine(loadEngine);

  // A result opened from a link is saved like one the reader answered, so reopening shows it.
  const savedLink = useRef(false);
  useEffect(() => {
    if (savedLink.current || readAnswersHash(hash).kind !== 'features' || !state?.linked) return;
    savedLink.current = true;
    void store.save({ savedAt: Date.now(), answers: {}, linked: state.linked });
  }, [hash, state, store]);

  function moveTo(next: FlowState) {
    setState({ flow: next });
    if (next.page === 'results' || next.page === 'stopped') {
      void store.save({ savedAt: Date.now(), answers: next.answers });
    }
  }

  function restart() {
    void store.clear();
    setState({ flow: startFlow(), notice: 'The saved result is cleared.' });
  }

  return (
    <div class="spotter sp-app" data-view={view} data-spotter-popup>
      <header class="sp-header">
        <h1>Spotter</h1>
        {openInTab && (
          <button type="button" class="sp-link-button sp-no-print" onClick={openInTab}>
            Open in a tab
          </button>
        )}
        <div class="sp-header-slot" data-slot="site-toggle">
          {headerSlot}
        </div>
      </header>
      <main>
        {threadSlot}
        {state === null || !(engine !== undefined || PAGES_WITHOUT_ENGINE.includes(state.flow.page)) ? (
          <p role="status" data-loading>
            {failed ? 'Spotter could not load its catalog. Close and reopen the popup.' : 'Loading…'}
          </p>
        ) : (
          <Body
            state={state}
            // Until the catalog is loaded only the warning-sign pages show, and they do not depend on it.
            causes={engine?.CATALOG ?? []}
            engine={engine}
            printing={printing}
            setState={setState}
            moveTo={moveTo}
            restart={restart}
          />
        )}
      </main>
    </div>
  );
}

interface BodyProps {
  state: AppState;
  causes: readonly CauseProfile[];
  engine: Engine | undefined;
  printing: boolean;
  setState: (state: AppState) => void;
  moveTo: (flow: FlowState) => void;
  restart: () => void;
}

function Body({ state, causes, engine, printing, setState, moveTo, restart }: BodyProps) {
  const { flow, linked, notice } = state;
  return (
    <>
      {notice && (
        <p class="sp-notice" role="status" data-notice>
          {notice}
        </p>
      )}
      {isQuestionPage(flow.page) ? (
        <>
          {flow.page === PAGE_IDS[0] && Object.keys(flow.answers).length === 0 && (
            <p class="sp-intro">
              Check your own back: warning signs first, then where it is, what it feels like and when it happens. It takes about
              two minutes, and your answers stay in this browser.
            </p>
          )}
          <QuestionPage
            page={flow.page}
            answers={flow.answers}
            causes={causes}
            onAnswer={(questionId: string, answer: Answer | undefined) =>
              setState({ flow: answerQuestion(flow, questionId, answer) })
            }
            onNext={() => moveTo(nextPage(flow, causes))}
            onBack={() => moveTo(previousPage(flow, causes))}
          />
        </>
      ) : (
        engine && (
          <engine.Results
            engine={engine}
            stopped={flow.page === 'stopped'}
            answers={flow.answers}
            linked={linked}
            printing={printing}
            onChange={() =>
              linked ? setState({ flow: startFlow(featuresToAnswers(linked)) }) : setState({ flow: previousPage(flow, causes) })
            }
            onRestart={restart}
          />
        )
      )}
    </>
  );
}
