import { memo } from 'react';
import type { TFindingSeverity, TNarrativeFinding } from '../api/wire-types';
import { CONFIDENCE_LABELS } from '../models/labels';
import { plural, SEVERITY_LABELS } from './workbench-labels';

const SEVERITY_ORDER: readonly TFindingSeverity[] = ['error', 'warning', 'info'];

/**
 * The analyzer's findings, most serious first: severity (in words and style), message, the ECQ it concerns,
 * and its source and confidence. Each message is a button that selects the text it points at.
 */
export const FindingsList = memo(function FindingsList(props: {
  readonly findings: readonly TNarrativeFinding[];
  readonly ecqNames: ReadonlyMap<string, string>;
  readonly onSelect: (finding: TNarrativeFinding) => void;
}) {
  const { findings, ecqNames, onSelect } = props;
  if (findings.length === 0) {
    return <p className="margin-y-1">No findings: nothing to fix that the analyzer can see.</p>;
  }
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.start - b.start);
  const counts = SEVERITY_ORDER.map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const);
  return (
    <>
      <p className="margin-y-1 font-body-2xs" data-testid="finding-counts">
        {counts.map(([severity, count]) => plural(count, SEVERITY_LABELS[severity].toLowerCase())).join(', ')}. Choose one to
        select its text in the editor.
      </p>
      <ol className="usa-list usa-list--unstyled ecq-findings" data-testid="findings">
        {sorted.map((finding, index) => {
          const ecqName = finding.ecqCode === null || finding.ecqCode === undefined ? undefined : ecqNames.get(finding.ecqCode);
          return (
            <li key={`${finding.ruleId}:${finding.start}:${finding.end}:${index}`} className={`ecq-finding ecq-finding--${finding.severity}`}>
              <button
                type="button"
                className="ecq-finding__button"
                data-start={finding.start}
                data-end={finding.end}
                onClick={() => onSelect(finding)}
              >
                <span className={`ecq-severity ecq-severity--${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>{' '}
                <span className="ecq-finding__message">{finding.message}</span>
              </button>
              <p className="ecq-finding__meta">
                {ecqName === undefined ? 'Whole package' : ecqName} · Source: {finding.source.citation} ({finding.source.policyRef}),{' '}
                {CONFIDENCE_LABELS[finding.source.confidence].toLowerCase()} confidence
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
});
