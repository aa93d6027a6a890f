import { useQuery } from '@tanstack/react-query';
import { qrbCaseNarrativeQuery } from '../../api/qrb-queries';
import { ErrorAlert, Loading } from '../../components/alert';
import { plural, READINESS_LABELS, SEVERITY_LABELS } from '../../workbench/workbench-labels';
import { describeSource } from '../shared/qrb-labels';

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

/**
 * The package version shared with the case, as text, with its analysis under the action's model and limits
 * (GET /api/qrb/cases/:id/narrative): the readiness and every finding, most serious first.
 */
export function SharedNarrative({ caseId }: { readonly caseId: string }) {
  const narrative = useQuery(qrbCaseNarrativeQuery(caseId));
  if (narrative.isPending) return <Loading label="Loading the shared package" />;
  if (narrative.isError) return <ErrorAlert error={narrative.error} heading="The shared package could not be loaded" headingLevel={3} />;
  const { report, text } = narrative.data;
  const findings = [...report.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.start - b.start);
  const ecqNames = new Map(report.ecqs.map((ecq) => [ecq.code, ecq.name]));
  return (
    <div data-testid="shared-narrative">
      <h3>
        {narrative.data.title}, version {narrative.data.version}
      </h3>
      <p>
        Analysed against {report.modelTitle}: <strong>{READINESS_LABELS[report.readiness.status]}</strong>. {report.readiness.summary}
      </p>
      <div className="ecq-case-narrative" role="region" aria-label="Text of the shared package" tabIndex={0}>
        {text}
      </div>
      <h4>Findings</h4>
      {findings.length === 0 ? (
        <p>No findings: nothing to fix that the analyzer can see.</p>
      ) : (
        <>
          <p className="font-body-2xs">
            {SEVERITY_ORDER.map((severity) => plural(findings.filter((f) => f.severity === severity).length, SEVERITY_LABELS[severity].toLowerCase())).join(', ')}
          </p>
          <ol className="ecq-case-issues" data-testid="shared-findings">
            {findings.map((finding, index) => (
              <li key={`${finding.ruleId}:${finding.start}:${index}`} className={`ecq-case-issue ecq-case-issue--${finding.severity === 'error' ? 'blocker' : 'warning'}`}>
                <span className="ecq-case-issue__kind">{SEVERITY_LABELS[finding.severity]}</span> {finding.message}
                <p className="ecq-case-issue__source">
                  {finding.ecqCode === null || finding.ecqCode === undefined ? 'Whole package' : (ecqNames.get(finding.ecqCode) ?? finding.ecqCode)} ·
                  Source: {describeSource(finding.source)}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
