import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TQrbCaseSummary } from '../../api/qrb-wire-types';
import { formatDate } from '../../models/labels';
import { BASIS_SHORT_LABELS, describeAge } from './qrb-labels';
import { CaseStatusTag } from './status-tag';

/** A column of a list of cases: its header (also each cell's label when the table stacks on a narrow screen) and its cell. */
export interface TCaseColumn {
  readonly header: string;
  readonly cell: (item: TQrbCaseSummary) => ReactNode;
}

/** The columns the lists of cases choose from. */
export const CASE_COLUMNS = {
  position: { header: 'Position', cell: (item) => item.positionTitle },
  agency: { header: 'Agency', cell: (item) => item.agencyName },
  basis: { header: 'Basis', cell: (item) => BASIS_SHORT_LABELS[item.basis] },
  status: { header: 'Status', cell: (item) => <CaseStatusTag status={item.status} label={item.statusLabel} outcome={item.outcome} /> },
  since: { header: 'Since', cell: (item) => (item.statusSince === null ? 'Not submitted yet' : formatDate(item.statusSince)) },
  inThisStatus: {
    header: 'In this status',
    cell: (item) => {
      const age = describeAge(item.ageDays);
      return item.statusSince === null || age === undefined ? 'Not submitted yet' : `Since ${formatDate(item.statusSince)} (${age})`;
    },
  },
  dueOn: { header: 'QRB case due', cell: (item) => formatDate(item.qrbCaseDueOn) },
} as const satisfies Readonly<Record<string, TCaseColumn>>;

/** The case's page, where a list of cases leads. */
export const casePath = (id: string) => `/qrb/cases/${encodeURIComponent(id)}`;

/**
 * A list of cases as a USWDS table that stacks on a narrow screen: the candidate first (linking to the case
 * unless `candidate` says otherwise), then the `columns` chosen.
 */
export function CaseTable(props: {
  readonly cases: readonly TQrbCaseSummary[];
  readonly caption: string;
  readonly columns: readonly TCaseColumn[];
  readonly candidate?: (item: TQrbCaseSummary) => ReactNode;
  readonly testId?: string;
}) {
  const candidate = props.candidate ?? ((item: TQrbCaseSummary) => <Link to={casePath(item.id)}>{item.candidateName}</Link>);
  return (
    <table className="usa-table usa-table--stacked ecq-qrb-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Candidate</th>
          {props.columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.cases.map((item) => (
          <tr key={item.id} data-case-id={item.id}>
            <th scope="row" data-label="Candidate">
              {candidate(item)}
            </th>
            {props.columns.map((column) => (
              <td key={column.header} data-label={column.header}>
                {column.cell(item)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
