import { CASE_BASES, QRB_ATTACHMENT_KINDS, QRB_CASE_STATUSES, type TQrbCaseStatus } from '@ecq/core';
import { z } from 'zod';

/** `?status=submitted,assigned`: one or more case statuses, comma-separated. */
export const ZQrbStatusList = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const statuses = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    const unknown = statuses.filter((s) => !(QRB_CASE_STATUSES as readonly string[]).includes(s));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `unknown status ${unknown.join(', ')}; use ${QRB_CASE_STATUSES.join(', ')}` });
      return z.NEVER;
    }
    return statuses as TQrbCaseStatus[];
  })
  .describe(`comma-separated statuses: ${QRB_CASE_STATUSES.join(', ')}`);

export const ZQrbBasis = z.enum(CASE_BASES);

export const ZQrbAttachmentParams = z.strictObject({ id: z.uuid(), kind: z.enum(QRB_ATTACHMENT_KINDS) });
