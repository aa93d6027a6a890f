import type { Ref } from 'react';
import { Link } from 'react-router';
import { qrbCertificateUrl } from '../../api/qrb-queries';
import type { TQrbDecisionWire } from '../../api/qrb-wire-types';
import { formatDate } from '../../models/labels';
import { DECISION_RULE_LABELS, OUTCOME_LABELS } from '../shared/qrb-labels';
import { Tag } from '../shared/status-tag';

/**
 * A final decision as recorded: outcome, day and rule, the general remarks and each ECQ's determination with
 * its remarks; a link to the case page and, for an approval, the certificate. Its heading takes focus when
 * the decision has just been made.
 */
export function DecisionView(props: {
  readonly caseId: string;
  readonly decision: TQrbDecisionWire;
  readonly hasCertificate: boolean;
  readonly ref?: Ref<HTMLHeadingElement>;
}) {
  const { decision } = props;
  return (
    <section className={`ecq-qrb-panel ecq-qrb-decision is-${decision.outcome}`} aria-labelledby="decision-heading" data-testid="decision">
      <h2 id="decision-heading" ref={props.ref} tabIndex={-1}>
        Decision: {OUTCOME_LABELS[decision.outcome]}
      </h2>
      <p>
        Decided on {formatDate(decision.decidedOn)} under the {DECISION_RULE_LABELS[decision.rule].label.toLowerCase()} rule.
        {decision.resubmissionDueOn === null ? '' : ` The agency may resubmit the case until ${formatDate(decision.resubmissionDueOn)}.`}
        {decision.amendments.length === 0 ? '' : ` Its remarks were amended ${decision.amendments.length === 1 ? 'once' : `${decision.amendments.length} times`}.`}
      </p>
      <h3>General remarks</h3>
      <p className="ecq-qrb-remarks" data-testid="decision-general-remarks">
        {decision.generalRemarks === '' ? 'None.' : decision.generalRemarks}
      </p>
      <table className="usa-table usa-table--borderless ecq-qrb-table" data-testid="decision-ecqs">
        <caption>The board’s determination on each ECQ</caption>
        <thead>
          <tr>
            <th scope="col">ECQ</th>
            <th scope="col">Determination</th>
            <th scope="col">Members finding it met</th>
            <th scope="col">Remarks</th>
          </tr>
        </thead>
        <tbody>
          {decision.ecqs.map((ecq) => (
            <tr key={ecq.ecqCode} data-ecq={ecq.ecqCode}>
              <th scope="row">{ecq.ecqName}</th>
              <td>{ecq.isMet ? <Tag tone="ok">Met</Tag> : <Tag tone="problem">Not met</Tag>}</td>
              <td>
                {ecq.meets} of {ecq.meets + ecq.doesNotMeet}
              </td>
              <td className="ecq-qrb-remarks">{ecq.remarks === '' ? '—' : ecq.remarks}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ecq-qrb-actions">
        <Link to={`/qrb/cases/${encodeURIComponent(props.caseId)}`}>Open the case page</Link>
        {props.hasCertificate ? (
          <a className="usa-button usa-button--outline" href={qrbCertificateUrl(props.caseId)} download>
            Download the QRB certificate (PDF)
          </a>
        ) : null}
      </p>
    </section>
  );
}
