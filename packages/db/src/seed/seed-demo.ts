import { randomBytes } from 'node:crypto';
import type { TDatabase } from '../database';
import { hashPassword } from '../passwords';
import { getAgencyByCode, insertAgency, type TAgencyRow } from '../repositories/agencies-repository';
import { recordAuditEvent } from '../repositories/audit-repository';
import { getUserByEmail, insertUser } from '../repositories/users-repository';
import { ROLES, type TRole } from '../roles';

/** The demo's agencies: OPM (government-wide administrators) and two agencies with one user per role. */
export const DEMO_AGENCIES = [
  { code: 'OPM', name: 'Office of Personnel Management' },
  { code: 'DOE', name: 'Department of Energy' },
  { code: 'DOI', name: 'Department of the Interior' },
] as const;

export const DEMO_EMAIL_DOMAIN = 'ecq.example';

export interface DemoUser {
  readonly email: string;
  readonly role: TRole;
  readonly agencyCode: string;
}

/** One user per role in DOE (and OPM for the administrator), plus an executive-resources user in DOI. */
export function demoUsers(): DemoUser[] {
  const users: DemoUser[] = ROLES.map((role) => ({
    email: `${role.replace('_', '.')}@${DEMO_EMAIL_DOMAIN}`,
    role,
    agencyCode: role === 'opm_admin' ? 'OPM' : 'DOE',
  }));
  users.push({ email: `agency.hr.doi@${DEMO_EMAIL_DOMAIN}`, role: 'agency_hr', agencyCode: 'DOI' });
  return users;
}

export function generateDemoPassword(): string {
  return randomBytes(12).toString('base64url');
}

export interface SeedDemoResult {
  readonly created: number;
  readonly users: readonly DemoUser[];
}

/**
 * Creates the demo agencies and users when missing (idempotent: a second run changes nothing and keeps
 * every password). Each creation is audited in the same transaction.
 */
export async function seedDemo(db: TDatabase, options: { readonly password: string }): Promise<SeedDemoResult> {
  const passwordHash = await hashPassword(options.password);
  let created = 0;
  const users = demoUsers();
  await db.transaction(async (tx) => {
    const byCode = new Map<string, TAgencyRow>();
    for (const agency of DEMO_AGENCIES) {
      let row = await getAgencyByCode(tx, agency.code);
      if (!row) {
        row = await insertAgency(tx, agency);
        created++;
        await recordAuditEvent(tx, {
          actorUserId: null,
          agencyId: row.id,
          action: 'agency.created',
          entityType: 'agency',
          entityId: row.id,
          after: { code: row.code, name: row.name },
        });
      }
      byCode.set(agency.code, row);
    }
    for (const user of users) {
      if (await getUserByEmail(tx, user.email)) continue;
      const agency = byCode.get(user.agencyCode)!;
      const row = await insertUser(tx, {
        email: user.email,
        displayName: `Demo ${user.role.replace('_', ' ')} (${agency.code})`,
        passwordHash,
        agencyId: agency.id,
        roles: [user.role],
      });
      created++;
      await recordAuditEvent(tx, {
        actorUserId: null,
        agencyId: agency.id,
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        after: { email: row.email, roles: row.roles, agencyId: agency.id },
      });
    }
  });
  return { created, users };
}
