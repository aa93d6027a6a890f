import type { TRole, TSession } from '../api/wire-types';

/**
 * What the signed-in user may do, as small named predicates that mirror the server's
 * (apps/server/src/policies). The web app uses them to show only what a role can use; the API decides.
 */
export function hasRole(session: TSession | null, role: TRole): boolean {
  return session !== null && session.user.roles.includes(role);
}

/** Models, crosswalks and "which model applies" are public reference data, as in the API. */
export const canBrowseModels = (_session: TSession | null): boolean => true;

/** Importing a CASE framework as a new policy pack: OPM administrators (POST /api/models/import). */
export const canImportModels = (session: TSession | null): boolean => hasRole(session, 'opm_admin');

/**
 * The candidate's narrative workbench: candidates and executives write their own ECQ packages (server
 * policies canCreateNarratives, canEditNarrative).
 */
export const canWriteNarratives = (session: TSession | null): boolean => hasRole(session, 'candidate') || hasRole(session, 'executive');

/** How each role is named to people. */
export const ROLE_LABELS: Readonly<Record<TRole, string>> = {
  candidate: 'SES candidate',
  executive: 'Executive',
  agency_hr: 'Executive resources staff',
  rating_official: 'Rating official',
  prb_member: 'PRB member',
  qrb_member: 'QRB member',
  opm_admin: 'OPM administrator',
};
