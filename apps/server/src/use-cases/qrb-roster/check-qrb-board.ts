import { type TBoardCompositionCheck } from '@ecq/core';
import { getAgencyById } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { loadQrbCase } from '../qrb/load-qrb-case';
import { loadQrbSettings } from '../qrb/load-qrb-settings';
import { checkRosterBoard, loadBoardMembers } from './qrb-board-members';

/**
 * Checks a board before it is assembled or given a case (OPM), writing nothing: every rule it breaks, and for
 * a case the conflicts of interest with the candidate's agency, each explained (POLICY.md §2).
 */
export async function checkQrbBoard(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly memberIds: readonly string[]; readonly caseId?: string | undefined },
): Promise<TBoardCompositionCheck> {
  authorize(canAdministerQrb(request.actor), qrbCaseRefusal('administer'));
  const [members, qrb] = await Promise.all([loadBoardMembers(deps.db, request.memberIds), loadQrbSettings(deps.db)]);
  if (request.caseId === undefined) return checkRosterBoard(members, qrb.settings);
  const { row } = await loadQrbCase(deps.db, { actor: request.actor, id: request.caseId, kind: 'administer' });
  const agency = await getAgencyById(deps.db, row.agencyId);
  return checkRosterBoard(members, qrb.settings, { id: row.agencyId, name: agency?.name ?? row.agencyId });
}
