import { Link } from 'react-router';
import type { TQrbCaseDetail } from '../../api/qrb-wire-types';
import { formatDate } from '../../models/labels';
import { APPOINTMENT_LABELS } from '../shared/qrb-labels';
import { CaseStatusTag } from '../shared/status-tag';

/** Why a held case waits, in words. */
function holdText(hold: TQrbCaseDetail['state']['hold']): string | undefined {
  if (hold === null) return undefined;
  switch (hold.kind) {
    case 'administrative':
      return `Held by OPM: ${hold.note}`;
    case 'agency-head-transition':
      return 'Held while the agency’s head changes (criterion A and C cases wait for the new head).';
    default: {
      const unreachable: never = hold;
      return unreachable;
    }
  }
}

/**
 * The facts at the top of a case: who and what it is about, its status in words since when, the agency's next
 * deadline, the model frozen on its hiring action, and the board it is with.
 */
export function CaseHeader({ detail, canOpenAction }: { readonly detail: TQrbCaseDetail; readonly canOpenAction: boolean }) {
  const { state, hiringAction, board } = detail;
  const held = holdText(state.hold);
  return (
    <section aria-labelledby="case-facts-heading" data-testid="case-facts">
      <h2 id="case-facts-heading" className="usa-sr-only">
        About this case
      </h2>
      <dl className="ecq-facts">
        <dt>Status</dt>
        <dd data-testid="case-status">
          <CaseStatusTag status={detail.status} label={detail.statusLabel} outcome={detail.outcome} />
          {state.since === null ? null : <> since {formatDate(state.since)}</>}
          {state.round > 1 ? <span className="display-block">Review round {state.round}: a resubmission</span> : null}
          {held === undefined ? null : <span className="display-block">{held}</span>}
        </dd>
        <dt>Candidate</dt>
        <dd>
          {detail.candidateName}
          <span className="display-block font-body-2xs text-base-dark">
            {detail.candidateUserId === null
              ? 'No ECQ Workbench account linked: the candidate cannot share an ECQ package with this case.'
              : 'ECQ Workbench account linked: the candidate can follow the case and share an ECQ package.'}
          </span>
        </dd>
        <dt>Position</dt>
        <dd>
          {canOpenAction ? <Link to={`/hiring-actions/${encodeURIComponent(hiringAction.id)}`}>{hiringAction.positionTitle}</Link> : hiringAction.positionTitle}
          {hiringAction.announcementNumber === null ? null : <span className="display-block">Announcement {hiringAction.announcementNumber}</span>}
        </dd>
        <dt>Agency</dt>
        <dd>{detail.agencyName}</dd>
        <dt>Basis</dt>
        <dd>{detail.basisLabel}</dd>
        <dt>Next agency deadline</dt>
        <dd data-testid="agency-due">
          {detail.agencyDueOn === null
            ? 'None now: the case is not waiting on the agency.'
            : `${formatDate(detail.agencyDueOn)}${detail.status === 'draft' ? ' (the case is due at OPM)' : ' (a resubmission is due)'}`}
        </dd>
        <dt>Governing model</dt>
        <dd data-testid="case-model">
          {hiringAction.policy.modelTitle}, frozen on {formatDate(hiringAction.policy.frozenOn)}
          <span className="display-block font-body-2xs text-base-dark">{hiringAction.policy.reason}</span>
        </dd>
        <dt>Board</dt>
        <dd>
          {board === null ? (
            'Not assigned to a board yet.'
          ) : (
            <>
              {board.label ?? 'QRB board'}, convening {formatDate(board.convenesOn)}
              <ul className="usa-list margin-top-05">
                {board.members.map((member) => (
                  <li key={member.id}>
                    {member.name}, {member.agencyName ?? 'no agency'} ({APPOINTMENT_LABELS[member.appointment]})
                  </li>
                ))}
              </ul>
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}
