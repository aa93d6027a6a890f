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

/** A narrative package as the predicates need it: whose it is. */
export interface TNarrativeOwnership {
  readonly ownerUserId: string;
  readonly agencyId: string | null;
}

function isNarrativeOwner(actor: TActor, pkg: TNarrativeOwnership): boolean {
  return isSignedIn(actor) && actor.userId === pkg.ownerUserId;
}

/** Candidates and executives write ECQ narratives (DESIGN.md "Users"). */
export const canCreateNarratives = (actor: TActor): boolean => hasAnyRole(actor, ['candidate', 'executive']);

/**
 * Whether executive-resources staff may see a package: only once the candidate has attached it to one of
 * their agency's hiring actions (issue 4, part 4). Hiring actions do not exist yet, so no package is attached
 * to any, and this is false for everyone until they do.
 */
export function isNarrativeAttachedToHiringActionOf(_actor: TActor, _pkg: TNarrativeOwnership): boolean {
  return false;
}

/**
 * Reading a package (its text, versions, analysis, export): its owner; OPM administrators, who oversee the
 * process government-wide; agency staff once it is attached to their hiring action. Nobody else, in the
 * owner's agency or not: a draft is the candidate's own.
 */
export function canReadNarrative(actor: TActor, pkg: TNarrativeOwnership): boolean {
  return isNarrativeOwner(actor, pkg) || isOpmAdmin(actor) || isNarrativeAttachedToHiringActionOf(actor, pkg);
}

/** Saving, importing into and migrating a package: its owner, while a candidate or executive. */
export function canEditNarrative(actor: TActor, pkg: TNarrativeOwnership): boolean {
  return isNarrativeOwner(actor, pkg) && canCreateNarratives(actor);
}

/** Listing packages: one's own (candidates, executives), or everyone's (OPM administrators). */
export const canListNarratives = (actor: TActor): boolean => canCreateNarratives(actor) || isOpmAdmin(actor);
export const canListAllNarratives = (actor: TActor): boolean => isOpmAdmin(actor);

/** Analysing a text without storing it: any signed-in user (a reviewer may paste a narrative to check it). */
export const canAnalyzeNarratives = (actor: TActor): boolean => isSignedIn(actor);

/** Why a narrative request was refused, for the 403's message. */
export function narrativeRefusal(actor: TActor, action: 'read' | 'edit' | 'list'): { readonly field: string; readonly message: string } {
  if (hasRole(actor, 'agency_hr') && !isOpmAdmin(actor) && action !== 'edit') {
    return {
      field: action === 'list' ? 'role' : 'id',
      message:
        "executive-resources staff see a narrative package only once it is attached to one of their agency's hiring actions, and none is yet",
    };
  }
  switch (action) {
    case 'read':
      return { field: 'id', message: 'this narrative package is not yours; only its owner and OPM administrators may read it' };
    case 'edit':
      return { field: 'id', message: 'only the candidate who owns this narrative package may change it' };
    case 'list':
      return { field: 'role', message: 'only candidates, executives and OPM administrators list narrative packages' };
  }
}

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
