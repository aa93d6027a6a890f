import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/api-client';
import { qrbCaseNarrativeQuery } from '../../api/qrb-queries';
import type { TNarrativeFinding, TNarrativeReport, TTextSpan } from '../../api/wire-types';
import { ErrorAlert, Loading } from '../../components/alert';
import { EcqGauges } from '../../workbench/page-gauges';
import { ReadinessTag } from '../../workbench/readiness-summary';
import { plural, SEVERITY_LABELS, withoutStatusPrefix } from '../../workbench/workbench-labels';
import { describeSource } from '../shared/qrb-labels';
import { NarrativeText } from './narrative-text';

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;
/** How much of a selected span the status line reads out. */
const EXCERPT_LENGTH = 80;

/**
 * The package the candidate shared with the case (GET …/narrative), as text, beside the analyzer's report
 * under the hiring action's model: readiness and pages per ECQ, and the findings, each of which marks the
 * words it points at.
 */
export function PackagePanel({ caseId }: { readonly caseId: string }) {
  const narrative = useQuery(qrbCaseNarrativeQuery(caseId));
  const [selection, setSelection] = useState<{ readonly span: TTextSpan; readonly key: number; readonly index: number } | undefined>();
  const [said, setSaid] = useState('');
  const text = narrative.data?.text ?? '';
  const onSelect = useCallback(
    (finding: TNarrativeFinding, index: number) => {
      setSelection((now) => ({ span: { start: finding.start, end: finding.end }, key: (now?.key ?? 0) + 1, index }));
      const excerpt = text.slice(finding.start, Math.min(finding.end, finding.start + EXCERPT_LENGTH)).trim();
      setSaid(excerpt === '' ? `This finding is about the package as a whole: ${finding.message}` : `Marked in the text: “${excerpt}”`);
    },
    [text],
  );
  if (narrative.isPending) return <Loading label="Loading the shared package" />;
  if (narrative.isError) {
    if (isApiError(narrative.error) && narrative.error.code === 'NOT_FOUND') {
      return <p data-testid="no-package">No ECQ package is shared with this case: its evidence is below.</p>;
    }
    return <ErrorAlert error={narrative.error} heading="The shared package could not be loaded" headingLevel={3} />;
  }
  const { data } = narrative;
  return (
    <>
      <p className="margin-top-0">
        “{data.title}”, version {data.version}, by {data.candidateName}; analysed against {data.report.modelTitle}.
      </p>
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-7">
          <h3 id="package-text-heading" className="margin-top-1">
            The narrative
          </h3>
          <NarrativeText text={data.text} selection={selection} labelledBy="package-text-heading" />
          <p className="usa-sr-only" role="status">
            {said}
          </p>
        </div>
        <div className="desktop:grid-col-5">
          <ReportSummary report={data.report} onSelect={onSelect} selectedIndex={selection?.index} />
        </div>
      </div>
    </>
  );
}

function ReportSummary(props: { readonly report: TNarrativeReport; readonly onSelect: (finding: TNarrativeFinding, index: number) => void; readonly selectedIndex: number | undefined }) {
  const { report } = props;
  const ecqNames = useMemo(() => new Map(report.ecqs.map((ecq) => [ecq.code, ecq.name])), [report]);
  const findings = useMemo(
    () => [...report.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.start - b.start),
    [report],
  );
  return (
    <section aria-labelledby="report-heading" data-testid="package-report">
      <h3 id="report-heading" className="margin-top-1">
        The analyzer’s reading
      </h3>
      <p className="margin-y-1">
        <ReadinessTag status={report.readiness.status} /> {withoutStatusPrefix(report.readiness.summary, report.readiness.status)}
      </p>
      <h4 className="margin-bottom-05">By ECQ, with pages</h4>
      <EcqGauges report={report} />
      <h4 className="margin-bottom-05">Findings</h4>
      {findings.length === 0 ? (
        <p>No findings.</p>
      ) : (
        <>
          <p className="font-body-2xs margin-y-1">
            {SEVERITY_ORDER.map((severity) => plural(findings.filter((f) => f.severity === severity).length, SEVERITY_LABELS[severity].toLowerCase())).join(', ')}.
            Choose one to mark its words in the narrative.
          </p>
          <ol className="usa-list usa-list--unstyled ecq-findings" data-testid="review-findings">
            {findings.map((finding, index) => {
              const ecqName = finding.ecqCode === null || finding.ecqCode === undefined ? undefined : ecqNames.get(finding.ecqCode);
              return (
                <li
                  key={`${finding.ruleId}:${finding.start}:${finding.end}:${index}`}
                  className={`ecq-finding ecq-finding--${finding.severity} ecq-qrb-finding${props.selectedIndex === index ? ' is-selected' : ''}`}
                >
                  <button type="button" className="ecq-finding__button" aria-pressed={props.selectedIndex === index} onClick={() => props.onSelect(finding, index)}>
                    <span className={`ecq-severity ecq-severity--${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>{' '}
                    <span className="ecq-finding__message">{finding.message}</span>
                  </button>
                  <p className="ecq-finding__meta">
                    {ecqName ?? 'Whole package'} · Source: {describeSource(finding.source)}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
