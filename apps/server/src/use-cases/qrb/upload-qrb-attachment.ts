import { createHash } from 'node:crypto';
import { QRB_ATTACHMENT_LIMIT_BYTES, type TQrbAttachmentKind } from '@ecq/core';
import { ATTACHMENT_CONTENT_TYPES, classifyAttachment } from '@ecq/documents';
import { insertQrbAttachment, recordAuditEvent, updateQrbCase as updateQrbCaseRow, type TQrbAttachmentInfo, type TQrbCaseRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { presentQrbCaseAudit } from '../../presenters/qrb-case';
import { requireWritten, staleVersionError } from '../write-errors';
import { loadQrbCase } from './load-qrb-case';
import { assertQrbCaseEditable } from './qrb-case-editing';

const COLUMN: Readonly<Record<TQrbAttachmentKind, 'resumeAttachmentId' | 'cdpCertificateAttachmentId'>> = {
  resume: 'resumeAttachmentId',
  cdp_certificate: 'cdpCertificateAttachmentId',
};

/**
 * Attaches the candidate's resume (resume-based actions, POLICY.md §2) or CDP certificate (criterion B) to a
 * draft or returned case: a PDF, Word file, PNG or JPEG scan or text file of at most 10 MiB, its type read
 * from its bytes (`@ecq/documents` classifyAttachment, naming `contentBase64`). The bytes are stored as a new
 * attachment the case then points at, audited `qrb_case.attachment_uploaded` in the same transaction.
 */
export async function uploadQrbAttachment(
  deps: TAppDeps,
  request: {
    readonly actor: TUserActor;
    readonly id: string;
    readonly kind: TQrbAttachmentKind;
    readonly filename: string;
    readonly contentBase64: string;
    readonly version: number;
    readonly requestId: string;
  },
): Promise<{ readonly row: TQrbCaseRow; readonly attachment: TQrbAttachmentInfo }> {
  const { actor } = request;
  const { row } = await loadQrbCase(deps.db, { actor, id: request.id, kind: 'manage' });
  if (row.version !== request.version) throw staleVersionError('QRB case', request.version, row.version);
  assertQrbCaseEditable(row.state, 'files are attached to');
  const bytes = new Uint8Array(Buffer.from(request.contentBase64, 'base64'));
  const format = classifyAttachment(bytes, { maxBytes: QRB_ATTACHMENT_LIMIT_BYTES, field: 'contentBase64' });
  return deps.db.transaction(async (tx) => {
    const attachment = await insertQrbAttachment(tx, {
      caseId: row.id,
      kind: request.kind,
      filename: request.filename,
      contentType: ATTACHMENT_CONTENT_TYPES[format],
      byteSize: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: bytes,
      uploadedBy: actor.userId,
    });
    const written = requireWritten(
      await updateQrbCaseRow(tx, { id: row.id, expectedVersion: request.version, patch: { [COLUMN[request.kind]]: attachment.id } }),
      { entity: 'QRB case', id: row.id, sentVersion: request.version },
    );
    const file = { id: attachment.id, kind: request.kind, filename: attachment.filename, byteSize: attachment.byteSize, sha256: attachment.sha256 };
    await recordAuditEvent(tx, {
      actorUserId: actor.userId,
      agencyId: row.agencyId,
      action: 'qrb_case.attachment_uploaded',
      entityType: 'qrb_case',
      entityId: row.id,
      before: presentQrbCaseAudit(written.before),
      after: { ...presentQrbCaseAudit(written.row), attachment: file },
      requestId: request.requestId,
    });
    return { row: written.row, attachment };
  });
}
