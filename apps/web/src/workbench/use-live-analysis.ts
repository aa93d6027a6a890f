import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/api-client';
import type { TNarrativeReport } from '../api/wire-types';
import { analyzeInBrowser, builtInModelOf, limitsOf } from './analyze-in-browser';
import { localToday } from './workbench-labels';

/** Typing pauses this long before the text is analysed again. */
export const ANALYSIS_DEBOUNCE_MS = 300;
/** A model the browser does not have is analysed by the server (POST /api/analyze), less often. */
const SERVER_ANALYSIS_DEBOUNCE_MS = 800;

export type TAnalysisState =
  | { readonly status: 'pending' }
  | {
      readonly status: 'ready';
      readonly report: TNarrativeReport;
      /** The text the report's offsets point into. */
      readonly analysedText: string;
      readonly elapsedMs: number;
      readonly where: 'browser' | 'server';
    }
  | { readonly status: 'error'; readonly error: unknown; readonly analysedText: string };

export type TLiveAnalysis = TAnalysisState & {
  /** True while the text has changed since the analysis shown (the next one is on its way). */
  readonly isStale: boolean;
};

/**
 * The analysis of the text being edited, kept up to date as the user types: debounced, run in the browser
 * with core's analyzer for the built-in models (timed with performance.now), else asked of the server. The
 * first analysis runs at once; answers that arrive after a newer request are dropped.
 */
export function useLiveAnalysis(request: {
  readonly text: string;
  readonly modelId: string;
  readonly limits: Readonly<Record<string, unknown>>;
}): TLiveAnalysis {
  const { text, modelId, limits } = request;
  const model = useMemo(() => builtInModelOf(modelId), [modelId]);
  const parsedLimits = useMemo(() => limitsOf(limits), [limits]);
  const [state, setState] = useState<TAnalysisState>({ status: 'pending' });
  const hasAnalysed = useRef(false);
  const latestRequest = useRef(0);

  useEffect(() => {
    const requestNumber = latestRequest.current + 1;
    latestRequest.current = requestNumber;
    const delay = !hasAnalysed.current ? 0 : model === undefined ? SERVER_ANALYSIS_DEBOUNCE_MS : ANALYSIS_DEBOUNCE_MS;
    const timer = setTimeout(() => {
      hasAnalysed.current = true;
      if (model !== undefined) {
        try {
          const { report, elapsedMs } = analyzeInBrowser({ text, model, limits: parsedLimits, today: localToday() });
          setState({ status: 'ready', report, analysedText: text, elapsedMs, where: 'browser' });
        } catch (error) {
          setState({ status: 'error', error, analysedText: text });
        }
        return;
      }
      const started = performance.now();
      api.send<TNarrativeReport>('POST', '/api/analyze', { text, modelId, limits }).then(
        (report) => {
          if (latestRequest.current === requestNumber) {
            setState({ status: 'ready', report, analysedText: text, elapsedMs: performance.now() - started, where: 'server' });
          }
        },
        (error: unknown) => {
          if (latestRequest.current === requestNumber) setState({ status: 'error', error, analysedText: text });
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [text, model, modelId, limits, parsedLimits]);

  return { ...state, isStale: state.status === 'pending' || state.analysedText !== text };
}
