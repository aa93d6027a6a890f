import type { TQrbCaseEventType } from '@ecq/core';
import { insertNotifications, listActiveUserIdsWithRole, type TQrbBoardWithMembers, type TQrbCaseRow } from '@ecq/db';
import type { TAppDeps } from '../../deps';

/** Who is told of a change: the case's agency, its candidate, OPM, its board. */
export interface TQrbCaseAudience {
  readonly agency: boolean;
  readonly candidate: boolean;
  readonly opm: boolean;
  readonly board: boolean;
}

/**
 * Who hears of each event. The agency and the candidate hear of every status change (issue 6); OPM of what
 * it must act on (a case to assign, a decision to certify); the board of the cases it is given and decides.
 */
export const QRB_EVENT_AUDIENCE: Readonly<Record<TQrbCaseEventType, TQrbCaseAudience>> = {
  submit: { agency: true, candidate: true, opm: true, board: false },
  resubmit: { agency: true, candidate: true, opm: true, board: false },
  assign: { agency: true, candidate: true, opm: false, board: true },
  // The board the case leaves is told separately (assign-qrb-case.ts).
  reassign: { agency: true, candidate: true, opm: false, board: true },
  start_review: { agency: true, candidate: true, opm: false, board: false },
  decide: { agency: true, candidate: true, opm: true, board: true },
  amend_decision: { agency: true, candidate: true, opm: false, board: true },
  hold: { agency: true, candidate: true, opm: false, board: true },
  release: { agency: true, candidate: true, opm: true, board: true },
};

export const CASE_LINK = (caseId: string) => `/qrb/cases/${caseId}`;

/**
 * Writes in-app notifications after the change they report has committed (STYLE: side effects after the
 * transaction). A failure here is logged, never reported to the user: the change itself stands.
 */
export async function notifyQrbCase(
  deps: TAppDeps,
  request: {
    readonly row: TQrbCaseRow;
    readonly audience: TQrbCaseAudience;
    readonly message: string;
    readonly kind: string;
    readonly board?: TQrbBoardWithMembers | undefined;
    /** Who made the change: never told of their own act. */
    readonly actorUserId: string;
    /** Where the notice leads; the case page by default. */
    readonly link?: string;
  },
): Promise<void> {
  const { row, audience } = request;
  try {
    const recipients = new Set<string>();
    if (audience.agency) for (const id of await listActiveUserIdsWithRole(deps.db, { role: 'agency_hr', agencyId: row.agencyId })) recipients.add(id);
    if (audience.opm) for (const id of await listActiveUserIdsWithRole(deps.db, { role: 'opm_admin' })) recipients.add(id);
    if (audience.candidate && row.candidateUserId !== null) recipients.add(row.candidateUserId);
    if (audience.board && request.board !== undefined) for (const member of request.board.members) recipients.add(member.userId);
    recipients.delete(request.actorUserId);
    await insertNotifications(
      deps.db,
      [...recipients].map((userId) => ({
        userId,
        kind: request.kind,
        message: request.message,
        link: request.link ?? CASE_LINK(row.id),
        subjectType: 'qrb_case',
        subjectId: row.id,
      })),
    );
  } catch (error) {
    deps.log.error({ err: error, caseId: row.id, kind: request.kind }, 'notifications: could not be written after the change committed');
  }
}
