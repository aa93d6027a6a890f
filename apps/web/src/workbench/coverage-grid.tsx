import { memo } from 'react';
import type { TCoverageStrength, TItemCoverage, TNarrativeReport } from '../api/wire-types';
import { STRENGTH_LABELS } from './workbench-labels';

/**
 * The coverage matrix as a heat grid: a row per sub-competency (grouped under its ECQ), a column per ECQ
 * under which examples were filed; each cell says the strength of the evidence in words and in colour
 * (never colour alone). Only evidence in the sub-competency's own ECQ counts; the other cells show where
 * else it appears.
 */
export const CoverageGrid = memo(function CoverageGrid({ report }: { readonly report: TNarrativeReport }) {
  const { matrix, items, fundamentals } = report.coverage;
  const ecqs = report.ecqs;
  const byItem = new Map<string, Map<string, TCoverageStrength>>();
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      const cells = byItem.get(cell.itemCode) ?? new Map<string, TCoverageStrength>();
      cells.set(row.ecqCode, cell.strength);
      byItem.set(cell.itemCode, cells);
    }
  }
  return (
    <>
      <div className="usa-table-container--scrollable ecq-coverage" tabIndex={0} role="region" aria-labelledby="coverage-caption">
        <table className="usa-table usa-table--borderless ecq-coverage__table" data-testid="coverage-grid">
          <caption id="coverage-caption">
            Evidence for each sub-competency of {report.modelTitle}, by the ECQ its examples are filed under. Only evidence
            in a sub-competency’s own ECQ (outlined) counts toward it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Sub-competency</th>
              {ecqs.map((ecq) => (
                <th key={ecq.code} scope="col" className="ecq-coverage__ecq">
                  {ecq.name}
                </th>
              ))}
            </tr>
          </thead>
          {ecqs.map((ecq) => {
            const subs = items.filter((item) => item.ecqCode === ecq.code);
            const shown = subs.filter((item) => item.strength !== 'none').length;
            return (
              <tbody key={ecq.code}>
                <tr className="ecq-coverage__group">
                  <th scope="rowgroup" colSpan={ecqs.length + 1}>
                    {ecq.name} ({ecq.code}): {shown} of {subs.length} shown
                  </th>
                </tr>
                {subs.map((item) => (
                  <tr key={item.code}>
                    <th scope="row" className="ecq-coverage__item">
                      <span className="ecq-code">{item.code}</span> {item.name}
                    </th>
                    {ecqs.map((column) => {
                      const strength = byItem.get(item.code)?.get(column.code) ?? 'none';
                      const isOwn = column.code === ecq.code;
                      return (
                        <td key={column.code} className={`ecq-heat ecq-heat--${strength}${isOwn ? ' is-own' : ''}`}>
                          {STRENGTH_LABELS[strength]}
                          {isOwn ? <span className="usa-sr-only"> (its own ECQ)</span> : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
      <ul className="ecq-heat-legend" aria-label="Legend">
        {(Object.keys(STRENGTH_LABELS) as TCoverageStrength[]).map((strength) => (
          <li key={strength}>
            <span className={`ecq-heat ecq-heat--${strength} ecq-heat-legend__swatch`} aria-hidden="true" />
            {STRENGTH_LABELS[strength]}
          </li>
        ))}
      </ul>
      {fundamentals.length === 0 ? null : <FundamentalsTable fundamentals={fundamentals} />}
    </>
  );
});

function FundamentalsTable({ fundamentals }: { readonly fundamentals: readonly TItemCoverage[] }) {
  return (
    <table className="usa-table usa-table--borderless ecq-coverage__table">
      <caption>Fundamental competencies, judged across the whole package</caption>
      <thead>
        <tr>
          <th scope="col">Fundamental competency</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {fundamentals.map((item) => (
          <tr key={item.code}>
            <th scope="row" className="ecq-coverage__item">
              <span className="ecq-code">{item.code}</span> {item.name}
            </th>
            <td className={`ecq-heat ecq-heat--${item.strength}`}>{STRENGTH_LABELS[item.strength]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
