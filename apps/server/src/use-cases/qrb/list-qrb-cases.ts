import { AppError, type TQrbCaseStatus } from '@ecq/core';
import { getQrbMemberByUserId, listBoardIdsOfMember, listQrbCases as listQrbCaseRows, type TQrbCaseListRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canCreateNarratives, canListAgencyRecordsOf, hasRole, isOpmAdmin } from '../../policies';
import { formatCreatedCursor, parseCreatedCursor } from '../created-cursor';
import { keysetPage, type TKeysetPage } from '../keyset-page';

/** Whose cases a list shows: every agency's (OPM), one agency's, a QRB member's boards', a candidate's own. */
export const QRB_CASE_LIST_SCOPES = ['all', 'agency', 'board', 'candidate'] as const;
export type TQrbCaseListScope = (typeof QRB_CASE_LIST_SCOPES)[number];

/** The scope a caller gets when they name none: the widest their roles allow. */
function defaultScope(actor: TUserActor): TQrbCaseListScope {
  if (isOpmAdmin(actor)) return 'all';
  if (hasRole(actor, 'agency_hr')) return 'agency';
  if (hasRole(actor, 'qrb_member')) return 'board';
  return 'candidate';
}

/**
 * QRB cases newest first, filtered (status, basis, hiring action, agency), one keyset page at a time. OPM
 * sees every agency's; an agency's staff their own agency's; a QRB member the cases of the boards they sit
 * on; a candidate the cases about them.
 * @throws AppError `FORBIDDEN` naming `scope` or `agencyId` for a list the caller may not read.
 */
export async function listQrbCases(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly scope?: TQrbCaseListScope | undefined;
    readonly agencyId?: string | undefined;
    readonly statuses?: readonly TQrbCaseStatus[] | undefined;
    readonly basis?: 'A' | 'B' | 'C' | undefined;
    readonly hiringActionId?: string | undefined;
    readonly after?: string | undefined;
    readonly limit: number;
  },
): Promise<TKeysetPage<TQrbCaseListRow>> {
  const { actor } = request;
  const scope = request.scope ?? defaultScope(actor);
  const filter = { statuses: request.statuses, basis: request.basis, hiringActionId: request.hiringActionId };
  let scoped: { readonly agencyId?: string; readonly boardIds?: readonly string[]; readonly candidateUserId?: string };
  switch (scope) {
    case 'all':
      authorize(isOpmAdmin(actor), { field: 'scope', message: 'only OPM administrators list every agency\'s cases' });
      scoped = request.agencyId === undefined ? {} : { agencyId: request.agencyId };
      break;
    case 'agency': {
      const agencyId = request.agencyId ?? actor.agencyId ?? undefined;
      authorize(canListAgencyRecordsOf(actor, agencyId), { field: 'agencyId', message: "you may list only your own agency's cases" });
      scoped = agencyId === undefined ? {} : { agencyId };
      break;
    }
    case 'board': {
      authorize(hasRole(actor, 'qrb_member'), { field: 'scope', message: 'only QRB members list the cases of their boards' });
      const member = await getQrbMemberByUserId(deps.db, actor.userId);
      scoped = { boardIds: member === undefined || !member.isActive ? [] : await listBoardIdsOfMember(deps.db, member.id) };
      break;
    }
    case 'candidate':
      authorize(canCreateNarratives(actor), { field: 'scope', message: 'only candidates and executives list the cases about them' });
      scoped = { candidateUserId: actor.userId };
      break;
    default: {
      const unreachable: never = scope;
      throw new AppError('BAD_REQUEST', `scope: unknown scope ${String(unreachable)}`, { field: 'scope' });
    }
  }
  if (request.agencyId !== undefined && scope !== 'all' && scope !== 'agency') {
    throw new AppError('VALIDATION_FAILED', `agencyId: filter by agency in the "all" or "agency" scope, not "${scope}"`, { field: 'agencyId' });
  }
  const rows = await listQrbCaseRows(deps.db, {
    ...filter,
    ...scoped,
    after: request.after === undefined ? undefined : parseCreatedCursor(request.after, 'after'),
    limit: request.limit + 1,
  });
  return keysetPage(rows, request.limit, formatCreatedCursor);
}
