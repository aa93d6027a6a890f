import { randomUUID } from 'node:crypto';
import { todayUtc, type TBoardDecisionResult } from '@ecq/core';
import type { TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { applyQrbCaseEvents } from './apply-qrb-case-events';
import { loadQrbCase } from './load-qrb-case';
import { loadQrbSettings } from './load-qrb-settings';
import { readBoardReviews } from './qrb-board-reviews';
import { loadActionOfCase } from './run-qrb-case-check';

/**
 * Finalises the board's decision on a case in review (its board or OPM; issue 6, POLICY.md §2): derived
 * from every member's review under the deployment's rule (unanimous by default, a setting), with the board's
 * remarks. Approved when every ECQ is met; a disapproval needs remarks on each ECQ found lacking and sets the
 * resubmission due date (60 days, a setting). The decision is final: later corrections are amendments.
 * @throws AppError `CONFLICT` naming the current state and what is missing (a member's review, remarks).
 */
export async function decideQrbCase(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly id: string;
    readonly version: number;
    readonly generalRemarks?: string | undefined;
    readonly ecqRemarks?: Readonly<Record<string, string>> | undefined;
    readonly requestId: string;
  },
): Promise<{ readonly row: TQrbCaseRow; readonly warnings: readonly string[] }> {
  const { actor } = request;
  const { row, board } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'conduct' });
  const [{ action, pack }, qrb] = await Promise.all([loadActionOfCase(deps, row), loadQrbSettings(deps.db)]);
  // A case with no board is not in review: the state machine refuses it, naming its state.
  const derivation: TBoardDecisionResult =
    board === undefined
      ? { ok: false, rule: qrb.settings.decisionRule, problems: [] }
      : (await readBoardReviews(deps.db, { row, board, pack, settings: qrb.settings, boardRemarks: { general: request.generalRemarks, byEcq: request.ecqRemarks } }))
          .derivation;
  const about = `${row.candidateName}'s QRB case for ${action.positionTitle}`;
  const message = !derivation.ok
    ? ''
    : derivation.outcome === 'approved'
      ? `The QRB approved ${about}: the candidate's executive qualifications are certified.`
      : `The QRB disapproved ${about}; the remarks are on the case, and a resubmission is due within ${qrb.settings.resubmissionDueDays} days.`;
  const result = await applyQrbCaseEvents(deps, {
    actor,
    row,
    version: request.version,
    events: [{ type: 'decide', on: todayUtc(deps.now()), decisionId: randomUUID(), derivation }],
    context: { basis: row.basis, agencyId: row.agencyId, settings: qrb.overrides },
    messages: [message],
    board,
    requestId: request.requestId,
  });
  return { row: result.row, warnings: [...result.warnings, ...(derivation.ok ? derivation.warnings.map((w) => w.message) : [])] };
}
