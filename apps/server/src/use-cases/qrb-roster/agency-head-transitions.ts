import {
  AppError,
  HOLDABLE_STATUSES,
  planAgencyHeadTransitionHolds,
  planAgencyHeadTransitionReleases,
  todayUtc,
  type THoldPlanEntry,
  type TQrbCaseEvent,
} from '@ecq/core';
import {
  endAgencyHeadTransition as endAgencyHeadTransitionRow,
  getAgencyById,
  getAgencyHeadTransitionById,
  getOpenAgencyHeadTransition,
  getQrbBoardById,
  insertAgencyHeadTransition,
  listQrbCasesOfAgencyInStatuses,
  recordAuditEvent,
  type TAgencyHeadTransitionWithAgency,
  type TQrbCaseRow,
} from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { isUniqueViolation, requireWritten, staleVersionError } from '../write-errors';
import { notifyQrbCaseEvents, runQrbCaseEvents, writeQrbCaseState } from '../qrb/apply-qrb-case-events';

/** A plan entry with the case it is about, as it stands after the plan. */
export interface TAppliedHoldPlanEntry extends THoldPlanEntry {
  readonly candidateName: string;
  readonly basis: TQrbCaseRow['basis'];
  readonly status: TQrbCaseRow['status'];
}

export interface TAgencyHeadTransitionResult {
  readonly transition: TAgencyHeadTransitionWithAgency;
  /** What happened to each of the agency's cases, and why. */
  readonly plan: readonly TAppliedHoldPlanEntry[];
}

/** The plan with each case's candidate, basis and status after it. */
function appliedPlan(plan: readonly THoldPlanEntry[], before: readonly TQrbCaseRow[], changed: readonly { readonly row: TQrbCaseRow }[]): TAppliedHoldPlanEntry[] {
  return plan.map((entry) => {
    const row = changed.find((c) => c.row.id === entry.caseId)?.row ?? before.find((c) => c.id === entry.caseId)!;
    return { ...entry, candidateName: row.candidateName, basis: row.basis, status: row.status };
  });
}

function transitionAudit(t: { readonly id: string; readonly agencyId: string; readonly startedOn: string; readonly endedOn: string | null; readonly note: string; readonly version: number }) {
  return { transitionId: t.id, agencyId: t.agencyId, startedOn: t.startedOn, endedOn: t.endedOn, note: t.note, version: t.version };
}

/**
 * Applies a hold or release plan to the agency's cases inside the transaction, each a guarded transition
 * audited as its own event; returns the cases changed, to notify after commit.
 */
async function applyPlan(
  tx: Parameters<typeof writeQrbCaseState>[0],
  request: { readonly actor: TUserActor; readonly cases: readonly TQrbCaseRow[]; readonly plan: readonly THoldPlanEntry[]; readonly on: string; readonly requestId: string },
): Promise<{ readonly row: TQrbCaseRow; readonly event: TQrbCaseEvent }[]> {
  const changed: { row: TQrbCaseRow; event: TQrbCaseEvent }[] = [];
  for (const entry of request.plan) {
    if (entry.action === 'continue') continue;
    const row = request.cases.find((c) => c.id === entry.caseId)!;
    const event: TQrbCaseEvent =
      entry.action === 'hold'
        ? { type: 'hold', on: request.on as TQrbCaseEvent['on'], reason: { kind: 'agency-head-transition', agencyId: row.agencyId } }
        : { type: 'release', on: request.on as TQrbCaseEvent['on'] };
    const { state, warnings } = runQrbCaseEvents(row.state, [event], { basis: row.basis, agencyId: row.agencyId });
    const written = await writeQrbCaseState(tx, { actor: request.actor, row, version: row.version, state, events: [event], warnings, requestId: request.requestId });
    changed.push({ row: written, event });
  }
  return changed;
}

async function notifyPlan(deps: TAppDeps, actor: TUserActor, changed: readonly { readonly row: TQrbCaseRow; readonly event: TQrbCaseEvent }[], agencyName: string): Promise<void> {
  for (const { row, event } of changed) {
    const board = row.boardId === null ? undefined : await getQrbBoardById(deps.db, row.boardId);
    const message =
      event.type === 'hold'
        ? `${row.candidateName}'s QRB case is on hold while ${agencyName}'s head changes (criterion ${row.basis} cases wait for the new head).`
        : `${row.candidateName}'s QRB case was released from hold: ${agencyName}'s new head is in place.`;
    await notifyQrbCaseEvents(deps, { row, events: [event], messages: [message], board, actorUserId: actor.userId });
  }
}

/**
 * OPM records that an agency's head is changing (issue 6; POLICY.md §2, high): the agency's criterion A and
 * C cases waiting on OPM go on hold, criterion B cases continue; cases submitted while it lasts are held as
 * they arrive. One transaction: the transition, each hold and their audit events; notifications after.
 * @throws AppError `NOT_FOUND` naming `agencyId`; `CONFLICT` when the agency's head is already changing;
 * `VALIDATION_FAILED` naming `startedOn` for a day still to come.
 */
export async function startAgencyHeadTransition(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly agencyId: string; readonly startedOn?: string | undefined; readonly note: string; readonly requestId: string },
): Promise<TAgencyHeadTransitionResult> {
  const { actor } = request;
  authorize(canAdministerQrb(actor), qrbCaseRefusal('administer'));
  const agency = await getAgencyById(deps.db, request.agencyId);
  if (!agency) throw new AppError('NOT_FOUND', `agencyId: no agency ${request.agencyId}`, { field: 'agencyId' });
  const today = todayUtc(deps.now());
  const startedOn = request.startedOn ?? today;
  if (startedOn > today) throw new AppError('VALIDATION_FAILED', `startedOn: ${startedOn} has not come yet; record the transition when it starts`, { field: 'startedOn' });
  const inProgress = () => new AppError('CONFLICT', `agencyId: ${agency.name}'s head is already changing; end that transition first`, { field: 'agencyId' });
  if (await getOpenAgencyHeadTransition(deps.db, agency.id)) throw inProgress();
  const cases = await listQrbCasesOfAgencyInStatuses(deps.db, { agencyId: agency.id, statuses: HOLDABLE_STATUSES });
  const plan = planAgencyHeadTransitionHolds({ agencyId: agency.id, cases: cases.map((c) => ({ caseId: c.id, agencyId: c.agencyId, basis: c.basis, state: c.state })) });
  let result;
  try {
    result = await deps.db.transaction(async (tx) => {
      const row = await insertAgencyHeadTransition(tx, { agencyId: agency.id, startedOn, note: request.note, startedBy: actor.userId });
      await recordAuditEvent(tx, {
        actorUserId: actor.userId,
        agencyId: agency.id,
        action: 'agency_head_transition.started',
        entityType: 'agency_head_transition',
        entityId: row.id,
        before: null,
        after: { ...transitionAudit(row), held: plan.filter((p) => p.action === 'hold').map((p) => p.caseId) },
        requestId: request.requestId,
      });
      const changed = await applyPlan(tx, { actor, cases, plan, on: today, requestId: request.requestId });
      return { id: row.id, changed };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw inProgress();
    throw error;
  }
  await notifyPlan(deps, actor, result.changed, agency.name);
  return { transition: (await getAgencyHeadTransitionById(deps.db, result.id))!, plan: appliedPlan(plan, cases, result.changed) };
}

/**
 * OPM records that the agency's new head is in place: the cases held for this transition are released to
 * where they were, unchanged; cases held for another reason stay held (POLICY.md §2). One transaction.
 * @throws AppError `NOT_FOUND` naming `id`; `CONFLICT` for a stale version or a transition already ended.
 */
export async function endAgencyHeadTransition(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly version: number; readonly requestId: string },
): Promise<TAgencyHeadTransitionResult> {
  const { actor } = request;
  authorize(canAdministerQrb(actor), qrbCaseRefusal('administer'));
  const existing = await getAgencyHeadTransitionById(deps.db, request.id);
  if (!existing) throw new AppError('NOT_FOUND', `id: no agency-head transition ${request.id}`, { field: 'id' });
  if (existing.endedOn !== null) throw new AppError('CONFLICT', `id: this transition ended on ${existing.endedOn}`, { field: 'id' });
  if (existing.version !== request.version) throw staleVersionError('agency-head transition', request.version, existing.version);
  const today = todayUtc(deps.now());
  const cases = await listQrbCasesOfAgencyInStatuses(deps.db, { agencyId: existing.agencyId, statuses: ['on_hold'] });
  const plan = planAgencyHeadTransitionReleases({ agencyId: existing.agencyId, cases: cases.map((c) => ({ caseId: c.id, agencyId: c.agencyId, basis: c.basis, state: c.state })) });
  const changed = await deps.db.transaction(async (tx) => {
    const result = requireWritten(
      await endAgencyHeadTransitionRow(tx, { id: existing.id, expectedVersion: request.version, endedOn: today, endedBy: actor.userId }),
      { entity: 'agency-head transition', id: existing.id, sentVersion: request.version },
    );
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: existing.agencyId,
      action: 'agency_head_transition.ended',
      entityType: 'agency_head_transition',
      entityId: existing.id,
      before: transitionAudit(result.before),
      after: { ...transitionAudit(result.row), released: plan.filter((p) => p.action === 'release').map((p) => p.caseId) },
      requestId: request.requestId,
    });
    return applyPlan(tx, { actor, cases, plan, on: today, requestId: request.requestId });
  });
  await notifyPlan(deps, actor, changed, existing.agencyName);
  return { transition: (await getAgencyHeadTransitionById(deps.db, existing.id))!, plan: appliedPlan(plan, cases, changed) };
}
