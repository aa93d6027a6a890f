import { AppError } from '@ecq/core';
import type { TRole } from '@ecq/db';
import type { TActor, TUserActor } from '../auth/actor';

/**
 * Authorization as small named predicates (one module, no role checks elsewhere). Agencies are isolated:
 * every role but `opm_admin` sees only its own agency's records (DESIGN.md "Non-negotiables").
 */
export function isSignedIn(actor: TActor): actor is TUserActor {
  return actor.kind === 'user';
}

export function hasRole(actor: TActor, role: TRole): boolean {
  return isSignedIn(actor) && actor.roles.includes(role);
}

export function hasAnyRole(actor: TActor, roles: readonly TRole[]): boolean {
  return isSignedIn(actor) && actor.roles.some((r) => roles.includes(r));
}

export function isOpmAdmin(actor: TActor): boolean {
  return hasRole(actor, 'opm_admin');
}

/** Agency-scoped staff acting within their own agency. */
function isHrOf(actor: TActor, agencyId: string | null): boolean {
  return isSignedIn(actor) && hasRole(actor, 'agency_hr') && agencyId !== null && actor.agencyId === agencyId;
}

/** Every role but `opm_admin` belongs to an agency (roles.ts), so holding one needs an agency. */
export function isAgencyScopedRole(role: TRole): boolean {
  return role !== 'opm_admin';
}

export const canManageAgencies = (actor: TActor): boolean => isOpmAdmin(actor);
/** Agencies are reference data: every signed-in user may read them. */
export const canListAgencies = (actor: TActor): boolean => isSignedIn(actor);
export const canCreateUsers = (actor: TActor): boolean => isOpmAdmin(actor);

export function canReadUser(actor: TActor, user: { readonly id: string; readonly agencyId: string | null }): boolean {
  return (isSignedIn(actor) && actor.userId === user.id) || isOpmAdmin(actor) || isHrOf(actor, user.agencyId);
}

/** Listing users: OPM administrators everywhere; executive-resources staff in their own agency only. */
export function canListUsersOf(actor: TActor, agencyId: string | null | undefined): boolean {
  if (isOpmAdmin(actor)) return true;
  return agencyId !== undefined && isHrOf(actor, agencyId);
}

/** Roles, activation and names are OPM administrators' to change. */
export const canUpdateUsers = (actor: TActor): boolean => isOpmAdmin(actor);

/** The audit log: OPM administrators everywhere; executive-resources staff for their own agency. */
export function canReadAuditOf(actor: TActor, agencyId: string | null | undefined): boolean {
  if (isOpmAdmin(actor)) return true;
  return agencyId !== undefined && isHrOf(actor, agencyId);
}

export const canImportPolicyPacks = (actor: TActor): boolean => isOpmAdmin(actor);

/**
 * The signed-in actor, for handlers behind a signed-in or role gate that need the user.
 * @throws AppError `UNAUTHENTICATED` when nobody is signed in.
 */
export function requireSignedIn(actor: TActor): TUserActor {
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED', 'session: sign in first', { field: 'session' });
  return actor;
}

/**
 * Turns a predicate's answer into the API's 403, naming what was refused.
 * @throws AppError `FORBIDDEN` with `field` when `isAllowed` is false.
 */
export function authorize(isAllowed: boolean, refusal: { readonly field: string; readonly message: string }): void {
  if (!isAllowed) throw new AppError('FORBIDDEN', `${refusal.field}: ${refusal.message}`, { field: refusal.field });
}
