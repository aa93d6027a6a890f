import { memo } from 'react';
import type { TEcqReadinessStatus, TNarrativeReport } from '../api/wire-types';
import { plural, READINESS_LABELS, withoutStatusPrefix } from './workbench-labels';

/** How many of the package's next steps are listed before "see the findings". */
const ACTIONS_SHOWN = 5;

export function ReadinessTag({ status }: { readonly status: TEcqReadinessStatus }) {
  return <span className={`usa-tag ecq-readiness ecq-readiness--${status}`}>{READINESS_LABELS[status]}</span>;
}

/** The package's readiness: status in words, the analyzer's summary, the first things to fix, what was not checked. */
export const ReadinessSummary = memo(function ReadinessSummary({ report }: { readonly report: TNarrativeReport }) {
  const { readiness } = report;
  const actions = readiness.actions.slice(0, ACTIONS_SHOWN);
  return (
    <div className="ecq-readiness-summary" data-testid="readiness-summary">
      <p className="margin-y-1">
        <ReadinessTag status={readiness.status} /> {withoutStatusPrefix(readiness.summary, readiness.status)}
      </p>
      <p className="margin-y-1 font-body-2xs">
        {plural(readiness.errors, 'error')}, {plural(readiness.warnings, 'warning')}, {plural(readiness.infos, 'note')} ·{' '}
        {plural(report.wordCount, 'word')}
      </p>
      {actions.length === 0 ? null : (
        <>
          <p className="margin-bottom-0 text-bold">What to fix first</p>
          <ul className="usa-list margin-top-05">
            {actions.map((action, index) => (
              <li key={`${index}:${action}`}>{action}</li>
            ))}
          </ul>
        </>
      )}
      {readiness.notChecked.length === 0 ? null : (
        <>
          <p className="margin-bottom-0 text-bold">Not checked</p>
          <ul className="usa-list margin-top-05">
            {readiness.notChecked.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
