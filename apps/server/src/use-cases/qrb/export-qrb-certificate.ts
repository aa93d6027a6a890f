import { AppError, CASE_BASIS_LABELS, describeCaseState, readEffectiveDecision } from '@ecq/core';
import { exportQrbCertificatePdf } from '@ecq/documents';
import { getQrbBoardById } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { loadQrbCase } from './load-qrb-case';
import { loadActionOfCase } from './run-qrb-case-check';

/**
 * The certification of an approved case as a PDF (issue 6; 5 CFR 317.502, POLICY.md §2): the candidate, the
 * agency and position, the basis and model, the board that decided it and its findings per ECQ, the
 * amendments on record, and the decision's id as the certificate number.
 * @throws AppError `CONFLICT` naming `status` for a case that is not approved.
 */
export async function exportQrbCertificate(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string },
): Promise<{ readonly bytes: Uint8Array; readonly filename: string }> {
  const { row } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'read' });
  const { state } = row;
  if (state.status !== 'decided' || state.decision.outcome !== 'approved') {
    throw new AppError('CONFLICT', `status: only an approved case has a certificate; this one is ${describeCaseState(state)}`, { field: 'status' });
  }
  const decision = readEffectiveDecision({ decision: state.decision, amendments: state.amendments });
  const [{ action, pack }, board] = await Promise.all([loadActionOfCase(deps, row), getQrbBoardById(deps.db, decision.boardId)]);
  if (!board) throw new Error(`QRB case ${row.id} was decided by a missing board ${decision.boardId}`);
  const bytes = await exportQrbCertificatePdf({
    certificateNumber: decision.id,
    candidateName: row.candidateName,
    agencyName: action.agencyName,
    positionTitle: action.positionTitle,
    announcementNumber: action.announcementNumber ?? undefined,
    basisLabel: CASE_BASIS_LABELS[row.basis],
    modelTitle: pack.model.title,
    decidedOn: decision.decidedOn,
    decisionRule: decision.rule,
    boardConvenedOn: board.convenesOn,
    boardMembers: board.members.map((m) => ({ name: m.name, agencyName: m.agencyName ?? 'no agency', appointment: m.appointment })),
    ecqs: decision.ecqs.map((e) => ({ code: e.ecqCode, name: e.ecqName, meets: e.meets, doesNotMeet: e.doesNotMeet })),
    amendments: state.amendments.map((a) => ({ amendedOn: a.amendedOn, reason: a.reason })),
  });
  return { bytes, filename: `qrb-certification-${decision.id}.pdf` };
}
