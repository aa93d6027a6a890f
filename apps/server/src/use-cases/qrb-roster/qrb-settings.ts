import { AppError, isAppError, resolveQrbSettings, type TQrbSettingsOverrides } from '@ecq/core';
import { recordAuditEvent, updateQrbSettingsRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { authorize, canAdministerQrb, qrbCaseRefusal } from '../../policies';
import { loadQrbSettings, type TLoadedQrbSettings } from '../qrb/load-qrb-settings';
import { staleVersionError } from '../write-errors';

/**
 * Changes the deployment's QRB settings (OPM; POLICY.md §2): the deadlines and whether they block, the board's
 * size and agencies, the prior-service advice and the decision rule (unanimous or majority). Fields left out
 * keep their value. A change governs what happens next; a decision records the rule it was made under, and a
 * hiring action its due date. Audited `qrb_settings.updated`.
 * @throws AppError `VALIDATION_FAILED` naming the field (`minBoardAgencies`…) when the settings contradict each other;
 * `CONFLICT` for a stale version.
 */
export async function updateQrbSettings(
  deps: TAppDeps,
  request: TQrbSettingsOverrides & { readonly actor: TUserActor; readonly version: number; readonly requestId: string },
): Promise<TLoadedQrbSettings> {
  const { actor, version, requestId, ...changes } = request;
  authorize(canAdministerQrb(actor), qrbCaseRefusal('administer'));
  const current = await loadQrbSettings(deps.db);
  const overrides = { ...current.overrides, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  try {
    resolveQrbSettings(overrides);
  } catch (error) {
    // Core names a setting `settings.boardSize`; this request sends it as `boardSize`.
    if (!isAppError(error)) throw error;
    const bare = (text: string) => text.replace(/\$?\.?settings\./g, '');
    throw new AppError(error.code, bare(error.message), {
      ...(error.field === undefined ? {} : { field: bare(error.field) }),
      problems: error.problems.map((p) => ({ path: bare(p.path), message: bare(p.message) })),
    });
  }
  await deps.db.transaction(async (tx) => {
    const result = await updateQrbSettingsRow(tx, { expectedVersion: version, settings: overrides, updatedBy: actor.userId });
    if (result.kind !== 'ok') throw staleVersionError('QRB settings', version, result.kind === 'stale' ? result.current.version : 0);
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: null,
      action: 'qrb_settings.updated',
      entityType: 'qrb_settings',
      entityId: '1',
      before: { settings: result.before.settings, version: result.before.version },
      after: { settings: result.row.settings, version: result.row.version },
      requestId,
    });
  });
  const updated = await loadQrbSettings(deps.db);
  if (updated.row.version !== version + 1) throw new AppError('INTERNAL', 'QRB settings: the update did not take');
  return updated;
}
