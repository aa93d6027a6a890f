import { todayUtc, type TCaseSubmissionCheck } from '@ecq/core';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { loadQrbCase } from './load-qrb-case';
import { loadQrbSettings } from './load-qrb-settings';
import { runQrbCaseCheck } from './run-qrb-case-check';

/** The pre-submission check of a case as of today, for its agency and OPM: every blocker and warning. Writes nothing. */
export async function checkQrbCase(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string },
): Promise<{ readonly check: TCaseSubmissionCheck; readonly isResubmission: boolean }> {
  const { row } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'check' });
  const { settings } = await loadQrbSettings(deps.db);
  return runQrbCaseCheck(deps, { row, settings, on: todayUtc(deps.now()) });
}
