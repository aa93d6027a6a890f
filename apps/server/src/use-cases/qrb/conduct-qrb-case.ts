import { randomUUID } from 'node:crypto';
import { AppError, todayUtc, type TQrbCaseEvent } from '@ecq/core';
import type { TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { applyQrbCaseEvents } from './apply-qrb-case-events';
import { loadQrbCase, type TQrbCaseAccessKind } from './load-qrb-case';
import { loadQrbSettings } from './load-qrb-settings';
import { loadActionOfCase } from './run-qrb-case-check';

/** The transitions that need nothing but the case and a note: opening the review, holds, amendments. */
export type TSimpleQrbCaseCommand =
  | { readonly type: 'start_review' }
  | { readonly type: 'hold'; readonly note: string }
  | { readonly type: 'release' }
  | { readonly type: 'amend_decision'; readonly reason: string; readonly generalRemarks?: string | undefined; readonly ecqRemarks?: Readonly<Record<string, string>> | undefined };

const WHO: Readonly<Record<TSimpleQrbCaseCommand['type'], TQrbCaseAccessKind>> = {
  start_review: 'conduct',
  hold: 'administer',
  release: 'administer',
  amend_decision: 'administer',
};

/**
 * Opens a case's review (its board or OPM, once the board has convened), holds it with a note or releases it (OPM; POLICY.md §2), or
 * amends a final decision's remarks with a reason (OPM: the decision itself is never edited, the amendment
 * is recorded beside it). Each is a guarded transition of core's state machine, audited, with notifications
 * after commit.
 * @throws AppError `CONFLICT` naming the current state when the case cannot take the command;
 * `VALIDATION_FAILED` naming the field of an amendment refused for what it says.
 */
export async function conductQrbCase(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly version: number; readonly command: TSimpleQrbCaseCommand; readonly requestId: string },
): Promise<{ readonly row: TQrbCaseRow; readonly warnings: readonly string[] }> {
  const { actor, command } = request;
  const { row, board } = await loadQrbCase(deps.db, { actor, id: request.id, kind: WHO[command.type] });
  const [{ action }, qrb] = await Promise.all([loadActionOfCase(deps, row), loadQrbSettings(deps.db)]);
  const on = todayUtc(deps.now());
  const about = `${row.candidateName}'s QRB case for ${action.positionTitle}`;
  let event: TQrbCaseEvent;
  let message: string;
  switch (command.type) {
    case 'start_review':
      if (board !== undefined && board.convenesOn > on) {
        throw new AppError('CONFLICT', `status: the board convenes on ${board.convenesOn}; its review of the case opens then`, { field: 'status' });
      }
      event = { type: 'start_review', on };
      message = `The board began its review of ${about}.`;
      break;
    case 'hold':
      event = { type: 'hold', on, reason: { kind: 'administrative', note: command.note } };
      message = `${about} is on hold: ${command.note}`;
      break;
    case 'release':
      event = { type: 'release', on };
      message = `${about} was released from hold.`;
      break;
    case 'amend_decision':
      event = {
        type: 'amend_decision',
        on,
        amendment: { id: randomUUID(), reason: command.reason, generalRemarks: command.generalRemarks, ecqRemarks: command.ecqRemarks ?? {} },
      };
      message = `The QRB decision on ${about} was amended: ${command.reason}`;
      break;
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
  return applyQrbCaseEvents(deps, {
    actor,
    row,
    version: request.version,
    events: [event],
    context: { basis: row.basis, agencyId: row.agencyId, settings: qrb.overrides },
    messages: [message],
    board,
    requestId: request.requestId,
  });
}
