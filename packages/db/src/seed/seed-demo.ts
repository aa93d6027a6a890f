import { randomBytes } from 'node:crypto';
import type { TDatabase } from '../database';
import { hashPassword } from '../passwords';
import { getAgencyByCode, insertAgency, type TAgencyRow } from '../repositories/agencies-repository';
import { recordAuditEvent } from '../repositories/audit-repository';
import { getQrbMemberByUserId, insertQrbMember } from '../repositories/qrb-roster-repository';
import { getUserByEmail, insertUser } from '../repositories/users-repository';
import { ROLES, type TRole } from '../roles';

/**
 * The demo's agencies: OPM (government-wide administrators), DOE with one user per role, and DOI and DOT,
 * whose QRB members can sit on a board for a DOE case (none from the candidate's agency, POLICY.md §2).
 */
export const DEMO_AGENCIES = [
  { code: 'OPM', name: 'Office of Personnel Management' },
  { code: 'DOE', name: 'Department of Energy' },
  { code: 'DOI', name: 'Department of the Interior' },
  { code: 'DOT', name: 'Department of Transportation' },
] as const;

export const DEMO_EMAIL_DOMAIN = 'ecq.example';

export interface DemoUser {
  readonly email: string;
  readonly role: TRole;
  readonly agencyCode: string;
}

/**
 * One user per role in DOE (and OPM for the administrator), an executive-resources user in DOI, and QRB
 * members in DOI, DOT and OPM: with DOE's, the roster has four members of four agencies.
 */
export function demoUsers(): DemoUser[] {
  const users: DemoUser[] = ROLES.map((role) => ({
    email: `${role.replace('_', '.')}@${DEMO_EMAIL_DOMAIN}`,
    role,
    agencyCode: role === 'opm_admin' ? 'OPM' : 'DOE',
  }));
  users.push({ email: `agency.hr.doi@${DEMO_EMAIL_DOMAIN}`, role: 'agency_hr', agencyCode: 'DOI' });
  for (const code of ['DOI', 'DOT', 'OPM'] as const) {
    users.push({ email: `qrb.member.${code.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`, role: 'qrb_member', agencyCode: code });
  }
  return users;
}

/**
 * The demo's QRB roster: every demo QRB member, by email, with their appointment and prior service. The DOI,
 * DOT and OPM members make a valid board for a DOE case (three agencies, a career majority, one with prior
 * service); the DOE member shows the conflict-of-interest refusal.
 */
export const DEMO_QRB_ROSTER: readonly { readonly email: string; readonly appointment: 'career' | 'noncareer'; readonly hasPriorQrbService: boolean }[] = [
  { email: `qrb.member@${DEMO_EMAIL_DOMAIN}`, appointment: 'career', hasPriorQrbService: true },
  { email: `qrb.member.doi@${DEMO_EMAIL_DOMAIN}`, appointment: 'career', hasPriorQrbService: true },
  { email: `qrb.member.dot@${DEMO_EMAIL_DOMAIN}`, appointment: 'career', hasPriorQrbService: false },
  { email: `qrb.member.opm@${DEMO_EMAIL_DOMAIN}`, appointment: 'noncareer', hasPriorQrbService: false },
];

export function generateDemoPassword(): string {
  return randomBytes(12).toString('base64url');
}

export interface SeedDemoResult {
  readonly created: number;
  readonly users: readonly DemoUser[];
}

/**
 * Creates the demo agencies, users and QRB roster when missing (idempotent: a second run changes nothing and
 * keeps every password). Each creation is audited in the same transaction.
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
    for (const entry of DEMO_QRB_ROSTER) {
      const user = (await getUserByEmail(tx, entry.email))!;
      if (await getQrbMemberByUserId(tx, user.id)) continue;
      const member = await insertQrbMember(tx, { userId: user.id, appointment: entry.appointment, hasPriorQrbService: entry.hasPriorQrbService });
      created++;
      await recordAuditEvent(tx, {
        actorUserId: null,
        agencyId: null,
        action: 'qrb_member.created',
        entityType: 'qrb_member',
        entityId: member.id,
        after: { memberId: member.id, userId: user.id, appointment: member.appointment, hasPriorQrbService: member.hasPriorQrbService },
      });
    }
  });
  return { created, users };
}
