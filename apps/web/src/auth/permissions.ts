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

/** Hiring actions and building QRB cases: an agency's executive-resources staff (server canCreateHiringActions). */
export const canManageHiringActions = (session: TSession | null): boolean => hasRole(session, 'agency_hr');

/** Reading hiring actions: their agency's staff and OPM administrators (server canReadHiringAction). */
export const canReadHiringActions = (session: TSession | null): boolean => hasRole(session, 'agency_hr') || hasRole(session, 'opm_admin');

/**
 * QRB cases: their agency's staff, OPM, the members of their board and the candidate they are about read them
 * (server canReadQrbCase); the list shows each only theirs.
 */
export const canReadQrbCases = (session: TSession | null): boolean =>
  (['agency_hr', 'opm_admin', 'qrb_member', 'candidate', 'executive'] as const).some((role) => hasRole(session, role));

/** Candidates and executives see the cases about them (and share their packages with them). */
export const canFollowOwnQrbCases = (session: TSession | null): boolean =>
  (hasRole(session, 'candidate') || hasRole(session, 'executive')) && !hasRole(session, 'agency_hr') && !hasRole(session, 'opm_admin');

/** OPM runs the QRB: the queue, roster, boards, holds and settings (server canAdministerQrb). */
export const canAdministerQrb = (session: TSession | null): boolean => hasRole(session, 'opm_admin');

/** QRB members review the cases of their boards (server canReviewQrbCase). */
export const canReviewQrbCases = (session: TSession | null): boolean => hasRole(session, 'qrb_member');

/** In-app notifications: everyone signed in reads their own. */
export const canReadNotifications = (session: TSession | null): boolean => session !== null;

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
