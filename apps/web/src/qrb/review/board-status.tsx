import type { TQrbMemberWire, TQrbReviews } from '../../api/qrb-wire-types';
import { formatDateTime, plural } from '../../workbench/workbench-labels';
import { DECISION_RULE_LABELS, OUTCOME_LABELS, withMemberNames } from '../shared/qrb-labels';
import { Tag } from '../shared/status-tag';
import { RECOMMENDATION_LABELS } from './review-form-model';

/**
 * The board's status: each member's review of this round (recorded, with its recommendation and the ECQs
 * found lacking, or still awaited), then what the reviews decide now under the deployment's rule (GET
 * …/reviews `derivation`), or why they cannot decide yet, in words.
 */
export function BoardStatus(props: {
  readonly members: readonly TQrbMemberWire[];
  readonly reviews: TQrbReviews;
  readonly viewerMemberId?: string | undefined;
  /** False once the case is decided: the decision above says what the reviews decided. */
  readonly isDeriving: boolean;
}) {
  const { members, reviews } = props;
  const recorded = members.filter((member) => reviews.reviews.some((r) => r.memberId === member.id)).length;
  const ecqName = (code: string) => reviews.ecqs.find((ecq) => ecq.code === code)?.name ?? code;
  return (
    <>
      <p data-testid="review-count">
        Round {reviews.round}: reviews recorded by {recorded} of {plural(members.length, 'member')}.
      </p>
      <table className="usa-table usa-table--borderless ecq-qrb-table" data-testid="board-reviews">
        <caption>Each member’s review of this round</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Review</th>
            <th scope="col">Recommendation</th>
            <th scope="col">ECQs found not met</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const review = reviews.reviews.find((r) => r.memberId === member.id);
            const lacking = review?.findings.filter((f) => f.finding === 'does_not_meet') ?? [];
            return (
              <tr key={member.id} data-member-id={member.id}>
                <th scope="row">
                  {member.name}
                  {member.id === props.viewerMemberId ? ' (you)' : ''}
                  <span className="ecq-qrb-subtle">{member.agencyName ?? 'No agency'}</span>
                </th>
                <td>
                  {review === undefined ? <Tag tone="warning">Waiting</Tag> : <Tag tone="ok">Recorded</Tag>}
                  {review === undefined ? null : <span className="ecq-qrb-subtle">{formatDateTime(review.updatedAt)}</span>}
                </td>
                <td>{review === undefined ? '—' : RECOMMENDATION_LABELS[review.recommendation]}</td>
                <td>
                  {review === undefined ? '—' : lacking.length === 0 ? 'None' : (
                    <ul className="usa-list usa-list--unstyled">
                      {lacking.map((finding) => (
                        <li key={finding.ecqCode}>
                          <strong>{ecqName(finding.ecqCode)}</strong>
                          {finding.remarks === '' ? ': no remarks' : `: ${finding.remarks}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.isDeriving ? <Derivation members={members} reviews={reviews} /> : null}
    </>
  );
}

function Derivation({ members, reviews }: { readonly members: readonly TQrbMemberWire[]; readonly reviews: TQrbReviews }) {
  const { derivation } = reviews;
  return (
    <>
      <h3 id="derivation-heading">What the reviews decide now</h3>
      <div role="status" data-testid="derivation">
        {derivation.ok ? (
          <div className={`ecq-qrb-decision is-${derivation.outcome}`}>
            <p>
              Under the <strong>{DECISION_RULE_LABELS[derivation.rule].label.toLowerCase()}</strong> rule, the board’s decision would be:{' '}
              <strong data-testid="derived-outcome">{OUTCOME_LABELS[derivation.outcome]}</strong>. {DECISION_RULE_LABELS[derivation.rule].explanation}
            </p>
            <p>
              Recommendations: {plural(derivation.recommendations.approve, 'approval')}, {plural(derivation.recommendations.disapprove, 'disapproval')}.
            </p>
            {derivation.warnings.length === 0 ? null : (
              <ul className="usa-list">
                {derivation.warnings.map((warning) => (
                  <li key={warning.code}>{withMemberNames(warning.message, members)}</li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <div className="ecq-qrb-decision">
            <p>The reviews cannot decide the case yet ({DECISION_RULE_LABELS[derivation.rule].label.toLowerCase()} rule):</p>
            <ul className="usa-list" data-testid="derivation-problems">
              {derivation.problems.map((problem, index) => (
                <li key={`${problem.code}:${index}`}>{withMemberNames(problem.message, members)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {derivation.ok ? (
        <table className="usa-table usa-table--borderless ecq-qrb-table" data-testid="derivation-ecqs">
          <caption>Each ECQ under the {DECISION_RULE_LABELS[derivation.rule].label.toLowerCase()} rule</caption>
          <thead>
            <tr>
              <th scope="col">ECQ</th>
              <th scope="col">Determination</th>
              <th scope="col">Meets</th>
              <th scope="col">Does not meet</th>
              <th scope="col">Remarks</th>
            </tr>
          </thead>
          <tbody>
            {derivation.ecqs.map((ecq) => (
              <tr key={ecq.ecqCode} data-ecq={ecq.ecqCode}>
                <th scope="row">{ecq.ecqName}</th>
                <td>{ecq.isMet ? <Tag tone="ok">Met</Tag> : <Tag tone="problem">Not met</Tag>}</td>
                <td>{ecq.meets}</td>
                <td>{ecq.doesNotMeet}</td>
                <td className="ecq-qrb-remarks">{ecq.remarks === '' ? '—' : ecq.remarks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
