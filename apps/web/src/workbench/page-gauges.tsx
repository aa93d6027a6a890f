import { memo, useId } from 'react';
import type { TNarrativeReport } from '../api/wire-types';
import { ReadinessTag } from './readiness-summary';
import { formatPages } from './workbench-labels';

/**
 * One page gauge: the text ("2.1 of 2 pages"), and a bar with meter semantics whose value text says the
 * same; over the limit, the bar turns red AND the text says so.
 */
function PageGauge(props: { readonly label: string; readonly pages: number; readonly limit: number; readonly testId: string }) {
  const { label, pages, limit } = props;
  const labelId = useId();
  const isOver = pages > limit + 1e-9;
  const text = `${formatPages(pages, limit)}${isOver ? ' — over the limit' : ''}`;
  const max = Math.max(limit, pages);
  // The bar spans 0 to 1.5 × the limit, so that "over" has room to show.
  const scale = Math.max(limit * 1.5, pages);
  const fill = scale === 0 ? 0 : Math.min(100, (pages / scale) * 100);
  const limitAt = scale === 0 ? 100 : (limit / scale) * 100;
  return (
    <div className={`ecq-gauge${isOver ? ' is-over' : ''}`} data-testid={props.testId}>
      <div className="ecq-gauge__text">
        <span id={labelId} className="ecq-gauge__label">
          {label}
        </span>
        <span className="ecq-gauge__value">{text}</span>
      </div>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={pages}
        aria-valuetext={text}
        className="ecq-gauge__meter"
      >
        <svg className="ecq-gauge__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect className="ecq-gauge__track" x="0" y="0" width="100" height="10" />
          <rect className="ecq-gauge__fill" x="0" y="0" width={fill} height="10" />
          <line className="ecq-gauge__limit" x1={limitAt} x2={limitAt} y1="0" y2="10" />
        </svg>
      </div>
    </div>
  );
}

/** Readiness and pages per ECQ, then the package's total pages, as laid out for the PDF (POLICY.md §3). */
export const EcqGauges = memo(function EcqGauges({ report }: { readonly report: TNarrativeReport }) {
  const { pages, limits } = report;
  const pagesOf = (code: string) => (pages.status === 'measured' ? (pages.byEcq.find((p) => p.ecqCode === code)?.pages ?? 0) : undefined);
  return (
    <>
      <ul className="usa-list usa-list--unstyled ecq-ecq-list">
        {report.ecqs.map((ecq) => {
          const ecqPages = pagesOf(ecq.code);
          return (
            <li key={ecq.code} className="ecq-ecq-list__item" data-testid={`ecq-${ecq.code}`}>
              <p className="margin-y-05">
                <ReadinessTag status={ecq.readiness.status} /> {ecq.readiness.summary}
              </p>
              {ecqPages === undefined ? null : (
                <PageGauge label={`${ecq.name} pages`} pages={ecqPages} limit={limits.maxPagesPerEcq} testId={`pages-${ecq.code}`} />
              )}
            </li>
          );
        })}
      </ul>
      {pages.status === 'measured' ? (
        <>
          <PageGauge label="Total pages" pages={pages.totalPages} limit={limits.maxTotalPages} testId="pages-total" />
          <p className="font-body-3xs text-base-dark margin-top-05">Laid out as the PDF export prints it: {pages.basis}.</p>
        </>
      ) : (
        <p className="margin-y-1">Pages were not measured: {pages.reason}.</p>
      )}
    </>
  );
});
