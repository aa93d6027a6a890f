import type { TEcqDetermination, TQrbDecisionWire } from '../../api/qrb-wire-types';
import { formatDate } from '../../models/labels';
import { DECISION_RULE_LABELS, OUTCOME_LABELS } from '../shared/qrb-labels';

function DeterminationTable({ ecqs, caption }: { readonly ecqs: readonly TEcqDetermination[]; readonly caption: string }) {
  return (
    <table className="usa-table usa-table--stacked width-full">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">ECQ</th>
          <th scope="col">Determination</th>
          <th scope="col">Members finding it met</th>
          <th scope="col">Members finding it not met</th>
          <th scope="col">Remarks</th>
        </tr>
      </thead>
      <tbody>
        {ecqs.map((ecq) => (
          <tr key={ecq.ecqCode}>
            <th scope="row" data-label="ECQ">
              {ecq.ecqName} ({ecq.ecqCode})
            </th>
            <td data-label="Determination">
              <strong>{ecq.isMet ? 'Met' : 'Not met'}</strong>
            </td>
            <td data-label="Members finding it met">{ecq.meets}</td>
            <td data-label="Members finding it not met">{ecq.doesNotMeet}</td>
            <td data-label="Remarks" className="ecq-case-statement">
              {ecq.remarks === '' ? 'None' : ecq.remarks}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every decision on the case, oldest first: outcome, date, rule, remarks (general and per ECQ, as amended),
 * the resubmission due date of a disapproval, the amendments, and the remarks as first recorded.
 */
export function CaseDecisions({ decisions }: { readonly decisions: readonly TQrbDecisionWire[] }) {
  return (
    <ol className="usa-list usa-list--unstyled" data-testid="case-decisions">
      {decisions.map((decision, index) => {
        const heading = `Decision ${index + 1}: ${OUTCOME_LABELS[decision.outcome]}, ${formatDate(decision.decidedOn)}`;
        return (
          <li key={decision.id} className="margin-bottom-4">
            <h3>{heading}</h3>
            <dl className="ecq-facts">
              <dt>Outcome</dt>
              <dd>{OUTCOME_LABELS[decision.outcome]}</dd>
              <dt>Decided on</dt>
              <dd>{formatDate(decision.decidedOn)}</dd>
              <dt>Rule</dt>
              <dd>{`${DECISION_RULE_LABELS[decision.rule].label}: ${DECISION_RULE_LABELS[decision.rule].inShort}`}</dd>
              {decision.resubmissionDueOn === null ? null : (
                <>
                  <dt>Resubmission due</dt>
                  <dd>{formatDate(decision.resubmissionDueOn)}</dd>
                </>
              )}
              <dt>General remarks</dt>
              <dd className="ecq-case-statement">{decision.generalRemarks === '' ? 'None' : decision.generalRemarks}</dd>
            </dl>
            <DeterminationTable ecqs={decision.ecqs} caption={`${heading}: each ECQ${decision.amendments.length === 0 ? '' : ', as amended'}`} />
            {decision.amendments.length === 0 ? null : (
              <>
                <h4>Amendments</h4>
                <ul className="usa-list">
                  {decision.amendments.map((amendment) => (
                    <li key={amendment.id}>
                      {formatDate(amendment.amendedOn)}: {amendment.reason}
                    </li>
                  ))}
                </ul>
                <details>
                  <summary>The remarks as first recorded</summary>
                  <p className="ecq-case-statement">General remarks: {decision.original.generalRemarks === '' ? 'none' : decision.original.generalRemarks}</p>
                  <DeterminationTable ecqs={decision.original.ecqs} caption={`${heading}: each ECQ as first recorded`} />
                </details>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
