import { isDeepStrictEqual } from 'node:util';
import { BUILT_IN_PACKS, exportPackToCase } from '@ecq/core';
import type { TDatabase } from '../database';
import { recordAuditEvent } from '../repositories/audit-repository';
import { getPolicyPackRow, upsertPolicyPackRow } from '../repositories/policy-packs-repository';

/**
 * Stores every built-in policy pack as its CASE 1.1 package, so the CASE API serves built-in and imported
 * packs alike. Idempotent: unchanged packs are left alone; a pack whose data changed with a release is
 * refreshed and audited.
 */
export async function seedBuiltInPacks(db: TDatabase): Promise<{ readonly changed: number }> {
  let changed = 0;
  await db.transaction(async (tx) => {
    for (const pack of BUILT_IN_PACKS) {
      const casePackage = exportPackToCase(pack, { caseVersion: '1.1' });
      const existing = await getPolicyPackRow(tx, pack.id);
      // jsonb keeps neither key order nor undefined members, so the stored package is compared as JSON values.
      if (existing && isDeepStrictEqual(existing.casePackage, JSON.parse(JSON.stringify(casePackage)))) continue;
      await upsertPolicyPackRow(tx, {
        id: pack.id,
        modelUuid: pack.model.uuid,
        title: pack.model.title,
        origin: 'built-in',
        casePackage,
        createdBy: null,
      });
      await recordAuditEvent(tx, {
        actorUserId: null,
        agencyId: null,
        action: existing ? 'policy_pack.refreshed' : 'policy_pack.installed',
        entityType: 'policy_pack',
        entityId: pack.id,
      });
      changed++;
    }
  });
  return { changed };
}
