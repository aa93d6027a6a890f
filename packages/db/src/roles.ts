/**
 * The roles of ECQ Workbench (DESIGN.md "Users"). Every role but `opm_admin` is scoped to the user's agency.
 */
export const ROLES = [
  'candidate',
  'executive',
  'agency_hr',
  'rating_official',
  'prb_member',
  'qrb_member',
  'opm_admin',
] as const;
export type TRole = (typeof ROLES)[number];

export function isRole(value: unknown): value is TRole {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
