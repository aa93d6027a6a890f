import { useMemo } from 'react';
import type { TNarrativeFinding } from '../api/wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { FindingsList } from './findings-list';
import { EcqGauges } from './page-gauges';
import { ReadinessSummary } from './readiness-summary';
import type { TLiveAnalysis } from './use-live-analysis';

/** The live analysis beside the editor: readiness, readiness and pages per ECQ, total pages, findings. */
export function AnalysisPanel(props: { readonly analysis: TLiveAnalysis; readonly onSelectFinding: (finding: TNarrativeFinding) => void }) {
  const { analysis, onSelectFinding } = props;
  const report = analysis.status === 'ready' ? analysis.report : undefined;
  const ecqNames = useMemo(() => new Map((report?.ecqs ?? []).map((ecq) => [ecq.code, ecq.name])), [report]);
  return (
    <section aria-labelledby="analysis-heading" className="ecq-analysis" data-testid="analysis">
      <h2 id="analysis-heading" className="margin-top-0">
        Analysis
      </h2>
      <AnalysisTiming analysis={analysis} />
      {analysis.status === 'pending' ? (
        <Loading label="Analysing your text" />
      ) : analysis.status === 'error' ? (
        <ErrorAlert error={analysis.error} heading="The text could not be analysed" headingLevel={3} />
      ) : (
        <>
          <h3 className="ecq-analysis__heading">Readiness</h3>
          <ReadinessSummary report={analysis.report} />
          <h3 className="ecq-analysis__heading">By ECQ, with pages</h3>
          <EcqGauges report={analysis.report} />
          <h3 className="ecq-analysis__heading">Findings</h3>
          <FindingsList findings={analysis.report.findings} ecqNames={ecqNames} onSelect={onSelectFinding} />
        </>
      )}
    </section>
  );
}

/** Where and how fast the text was analysed, said quietly; "updating" while a newer analysis is due. */
function AnalysisTiming({ analysis }: { readonly analysis: TLiveAnalysis }) {
  if (analysis.status !== 'ready') return null;
  const ms = Math.max(1, Math.round(analysis.elapsedMs));
  return (
    <p className="ecq-analysis__timing" data-testid="analysis-timing" data-ms={analysis.elapsedMs.toFixed(1)}>
      {analysis.where === 'browser' ? `Analysed in this browser in ${ms} ms` : `Analysed by the server in ${ms} ms`} against{' '}
      {analysis.report.modelTitle}
      {analysis.isStale ? ' · updating…' : ''}
    </p>
  );
}
