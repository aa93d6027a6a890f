import { AppError, type TQrbAttachmentKind } from '@ecq/core';
import { getQrbAttachment as getQrbAttachmentRow, type TQrbAttachmentRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { loadQrbCase } from './load-qrb-case';

/**
 * A case's current resume or CDP certificate, for those who judge the case and its agency.
 * @throws AppError `NOT_FOUND` naming `kind` when the case has none.
 */
export async function getQrbAttachment(
  deps: TAppDeps,
  request: { readonly actor: TUserActor; readonly id: string; readonly kind: TQrbAttachmentKind },
): Promise<TQrbAttachmentRow> {
  const { row } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'files' });
  const attachmentId = request.kind === 'resume' ? row.resumeAttachmentId : row.cdpCertificateAttachmentId;
  const attachment = attachmentId === null ? undefined : await getQrbAttachmentRow(deps.db, attachmentId);
  if (attachment === undefined) throw new AppError('NOT_FOUND', `kind: the case has no ${request.kind.replace('_', ' ')} attached`, { field: 'kind' });
  return attachment;
}
