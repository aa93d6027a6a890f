import {
  toTransitionError,
  transition,
  type TQrbCaseEvent,
  type TQrbCaseEventType,
  type TQrbCaseState,
  type TQrbTransitionContext,
} from '@ecq/core';
import { recordAuditEvent, updateQrbCase, type TDatabase, type TQrbBoardWithMembers, type TQrbCasePatch, type TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { presentQrbCaseAudit } from '../../presenters/qrb-case';
import { requireWritten, staleVersionError } from '../write-errors';
import { notifyQrbCase, QRB_EVENT_AUDIENCE } from './notify-qrb-case';

const CASE = 'QRB case';

/** The audit action of each event of the case state machine. */
export const QRB_EVENT_AUDIT_ACTIONS: Readonly<Record<TQrbCaseEventType, string>> = {
  submit: 'qrb_case.submitted',
  resubmit: 'qrb_case.resubmitted',
  assign: 'qrb_case.assigned',
  reassign: 'qrb_case.reassigned',
  start_review: 'qrb_case.review_started',
  decide: 'qrb_case.decided',
  amend_decision: 'qrb_case.decision_amended',
  hold: 'qrb_case.held',
  release: 'qrb_case.released',
};

/**
 * Applies events in order with core `transition` (POLICY.md §2), each guarded on the state the one before
 * left; the first refused one refuses them all.
 * @throws AppError `CONFLICT` naming the current state and why; `VALIDATION_FAILED` naming the field of an
 * amendment refused for what it says.
 */
export function runQrbCaseEvents(
  state: TQrbCaseState,
  events: readonly TQrbCaseEvent[],
  context: TQrbTransitionContext,
): { readonly state: TQrbCaseState; readonly warnings: readonly string[] } {
  let current = state;
  const warnings: string[] = [];
  for (const event of events) {
    const result = transition(current, event, context);
    if (!result.ok) throw toTransitionError(result);
    current = result.state;
    warnings.push(...result.warnings);
  }
  return { state: current, warnings };
}

/**
 * Writes a case's new state (with other fields) only if the case is still at the version read, and audits
 * each event that led to it; call it inside the transaction.
 * @throws AppError `CONFLICT` for a stale version.
 */
export async function writeQrbCaseState(
  tx: TDatabase,
  request: {
    readonly actor: TUserActor;
    readonly row: TQrbCaseRow;
    readonly version: number;
    readonly state: TQrbCaseState;
    readonly events: readonly TQrbCaseEvent[];
    readonly warnings: readonly string[];
    readonly patch?: TQrbCasePatch | undefined;
    readonly requestId: string;
  },
): Promise<TQrbCaseRow> {
  const { actor, row } = request;
  const result = requireWritten(await updateQrbCase(tx, { id: row.id, expectedVersion: request.version, patch: { ...request.patch, state: request.state } }), {
    entity: CASE,
    id: row.id,
    sentVersion: request.version,
  });
  for (const event of request.events) {
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: row.agencyId,
      action: QRB_EVENT_AUDIT_ACTIONS[event.type],
      entityType: 'qrb_case',
      entityId: row.id,
      before: presentQrbCaseAudit(result.before),
      after: { ...presentQrbCaseAudit(result.row), event: event.type, on: event.on, warnings: request.warnings },
      requestId: request.requestId,
    });
  }
  return result.row;
}

/** Tells each event's audience of it, after commit. */
export async function notifyQrbCaseEvents(
  deps: TAppDeps,
  request: {
    readonly row: TQrbCaseRow;
    readonly events: readonly TQrbCaseEvent[];
    readonly messages: readonly string[];
    readonly board?: TQrbBoardWithMembers | undefined;
    readonly actorUserId: string;
  },
): Promise<void> {
  const { row } = request;
  for (const [i, event] of request.events.entries()) {
    await notifyQrbCase(deps, {
      row,
      audience: QRB_EVENT_AUDIENCE[event.type],
      message: request.messages[i] ?? `The QRB case of ${row.candidateName} is now ${row.status.replace('_', ' ')}.`,
      kind: QRB_EVENT_AUDIT_ACTIONS[event.type],
      board: request.board,
      actorUserId: request.actorUserId,
    });
  }
}

export interface TApplyQrbCaseEventsRequest {
  readonly actor: TUserActor;
  readonly row: TQrbCaseRow;
  /** The case version the writer read. */
  readonly version: number;
  /** Applied in order, each guarded by core `transition`; the first refused one refuses them all. */
  readonly events: readonly TQrbCaseEvent[];
  readonly context: TQrbTransitionContext;
  /** Other fields written with the new state. */
  readonly patch?: TQrbCasePatch | undefined;
  /** The notice each event sends, in the events' order (the audience is the event's). */
  readonly messages: readonly string[];
  /** The board to tell, when the audience includes it. */
  readonly board?: TQrbBoardWithMembers | undefined;
  readonly requestId: string;
}

/**
 * A workflow transition of a QRB case (STYLE: guard → write → audit in one transaction, side effects after
 * commit): core `transition` guards each event on the stored state (POLICY.md §2; an invalid one is a 409
 * naming the current state), the new state is written only if the case is still at the version read, each
 * event is audited in the same transaction, and the notifications follow the commit.
 * @throws AppError `CONFLICT` for a stale version or a refused transition.
 */
export async function applyQrbCaseEvents(
  deps: TAppDeps,
  request: TApplyQrbCaseEventsRequest,
): Promise<{ readonly row: TQrbCaseRow; readonly warnings: readonly string[] }> {
  const { actor, row } = request;
  if (row.version !== request.version) throw staleVersionError(CASE, request.version, row.version);
  const { state, warnings } = runQrbCaseEvents(row.state, request.events, request.context);
  const written = await deps.db.transaction((tx) =>
    writeQrbCaseState(tx, { actor, row, version: request.version, state, events: request.events, warnings, patch: request.patch, requestId: request.requestId }),
  );
  await notifyQrbCaseEvents(deps, { row: written, events: request.events, messages: request.messages, board: request.board, actorUserId: actor.userId });
  return { row: written, warnings };
}
