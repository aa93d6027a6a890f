import {
  analyzeNarrative,
  BUILT_IN_PACKS,
  measureNarrativePages,
  ZNarrativeLimitsOverrides,
  type TCompetencyModel,
  type TNarrativeLimitsOverrides,
} from '@ecq/core';
import type { TNarrativeReport } from '../api/wire-types';

/*
 * The analyzer running in the browser. This module is reached only from the workbench's lazily loaded
 * pages, so core's analyzer, layout engine and built-in models load with the editor, never with the first page.
 */

/** A built-in model by pack id; undefined for a model imported into this deployment (the server analyses those). */
export function builtInModelOf(modelId: string): TCompetencyModel | undefined {
  return BUILT_IN_PACKS.find((pack) => pack.id === modelId)?.model;
}

/** A package's stored per-vacancy limits, read with the schema the API wrote them with; unreadable ones are ignored. */
export function limitsOf(stored: Readonly<Record<string, unknown>>): TNarrativeLimitsOverrides {
  const parsed = ZNarrativeLimitsOverrides.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

export interface TBrowserAnalysis {
  readonly report: TNarrativeReport;
  /** Time the analyzer took, in ms (performance.now). */
  readonly elapsedMs: number;
}

/**
 * Analyzes the text exactly as the server does on save (apps/server use case narrative-analysis.ts): the
 * package's model and limits, pages counted by laying the text out (POLICY.md §3), so the gauges show the
 * page count of the PDF export.
 * @throws AppError `VALIDATION_FAILED` when the limits contradict each other.
 */
export function analyzeInBrowser(request: {
  readonly text: string;
  readonly model: TCompetencyModel;
  readonly limits: TNarrativeLimitsOverrides;
  readonly today: string;
}): TBrowserAnalysis {
  const started = performance.now();
  const report = analyzeNarrative(request.text, {
    model: request.model,
    limits: request.limits,
    measurePages: measureNarrativePages,
    today: request.today,
  });
  return { report, elapsedMs: performance.now() - started };
}
