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
 * Reading a package (its text, versions, analysis, export): its owner, and OPM administrators, who oversee
 * the process government-wide. Nobody else, in the owner's agency or not: a draft is the candidate's own.
 * What a candidate shares with a QRB case is a snapshot of one version, read through the case
 * ({@link canReadQrbCase}), never the live package.
 */
export function canReadNarrative(actor: TActor, pkg: TNarrativeOwnership): boolean {
  return isNarrativeOwner(actor, pkg) || isOpmAdmin(actor);
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
        "a candidate's packages are their own; executive-resources staff read the version a candidate shared with a QRB case through that case (GET /api/qrb/cases/:id/narrative)",
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

/** A hiring action or QRB case as the predicates need it: the agency it belongs to. */
export interface TAgencyRecord {
  readonly agencyId: string;
}

/** Executive-resources staff create hiring actions and QRB cases for their own agency (issue 6). */
export const canCreateHiringActions = (actor: TActor): boolean => isSignedIn(actor) && hasRole(actor, 'agency_hr') && actor.agencyId !== null;

/** A hiring action: its agency's executive-resources staff, and OPM administrators. */
export function canReadHiringAction(actor: TActor, action: TAgencyRecord): boolean {
  return isHrOf(actor, action.agencyId) || isOpmAdmin(actor);
}

/** Listing hiring actions or QRB cases of an agency (all agencies when undefined): OPM, or that agency's staff. */
export function canListAgencyRecordsOf(actor: TActor, agencyId: string | undefined): boolean {
  if (isOpmAdmin(actor)) return true;
  return agencyId !== undefined && isHrOf(actor, agencyId);
}

/** Creating, editing, submitting and resubmitting a case, and asking for a migration draft: its agency's staff. */
export function canManageQrbCase(actor: TActor, qrbCase: TAgencyRecord): boolean {
  return isHrOf(actor, qrbCase.agencyId);
}

/** A QRB case as the predicates need it: its agency, its candidate, and whether the actor sits on its board. */
export interface TQrbCaseAccess extends TAgencyRecord {
  readonly candidateUserId: string | null;
  /** True when the actor is an active roster member seated on the board the case is (or was last) with. */
  readonly isActorOnBoard: boolean;
}

export function isQrbCaseCandidate(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return isSignedIn(actor) && qrbCase.candidateUserId !== null && qrbCase.candidateUserId === actor.userId;
}

/** A member of the case's board, reviewing it (POLICY.md §2: the board certifies). */
export function isQrbCaseBoardMember(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return hasRole(actor, 'qrb_member') && qrbCase.isActorOnBoard;
}

/**
 * Reading a case (its status, timeline, shared narrative snapshot, decision and certificate): its agency's
 * staff, OPM administrators, the members of its board, and the candidate it is about.
 */
export function canReadQrbCase(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return isHrOf(actor, qrbCase.agencyId) || isOpmAdmin(actor) || isQrbCaseBoardMember(actor, qrbCase) || isQrbCaseCandidate(actor, qrbCase);
}

/** The resume and CDP certificate: those who judge the case and its agency, not other readers. */
export function canReadQrbCaseFiles(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return isHrOf(actor, qrbCase.agencyId) || isOpmAdmin(actor) || isQrbCaseBoardMember(actor, qrbCase);
}

/** The pre-submission check: the agency that submits, and OPM. */
export function canCheckQrbCase(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return isHrOf(actor, qrbCase.agencyId) || isOpmAdmin(actor);
}

/** Sharing one's own ECQ package with a case: the candidate it is about, while a candidate or executive. */
export function canShareNarrativeWithQrbCase(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return isQrbCaseCandidate(actor, qrbCase) && canCreateNarratives(actor);
}

/** OPM administers the QRB: the roster, boards, assignments, holds, amendments and settings (POLICY.md §2). */
export const canAdministerQrb = (actor: TActor): boolean => isOpmAdmin(actor);

/** Individual reviews: the board that records them and OPM; never the agency or the candidate. */
export function canReadQrbReviews(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return isQrbCaseBoardMember(actor, qrbCase) || isOpmAdmin(actor);
}

/** Recording one's own findings on a case: a member of its board. */
export const canReviewQrbCase = (actor: TActor, qrbCase: TQrbCaseAccess): boolean => isQrbCaseBoardMember(actor, qrbCase);

/** Opening the review and finalising the board's decision: a member of its board, or OPM. */
export function canConductQrbReview(actor: TActor, qrbCase: TQrbCaseAccess): boolean {
  return isQrbCaseBoardMember(actor, qrbCase) || isOpmAdmin(actor);
}

/** Agency-head transitions: OPM everywhere; an agency's staff see their own agency's. */
export const canListAgencyHeadTransitionsOf = canListAgencyRecordsOf;

/** Why a QRB case request was refused, for the 403's message. */
export function qrbCaseRefusal(action: 'read' | 'manage' | 'files' | 'check' | 'share' | 'administer' | 'reviews' | 'review' | 'conduct'): {
  readonly field: string;
  readonly message: string;
} {
  switch (action) {
    case 'read':
      return { field: 'id', message: "this QRB case is another agency's; its agency, OPM, its board and its candidate read it" };
    case 'manage':
      return { field: 'id', message: "only the case's agency's executive-resources staff change, submit or resubmit it" };
    case 'files':
      return { field: 'id', message: "a case's files are read by its agency, OPM and its board" };
    case 'check':
      return { field: 'id', message: "only the case's agency and OPM run its pre-submission check" };
    case 'share':
      return { field: 'id', message: 'only the candidate this case is about shares an ECQ package with it' };
    case 'administer':
      return { field: 'role', message: 'only OPM administrators run the Qualifications Review Board' };
    case 'reviews':
      return { field: 'id', message: "members' individual reviews are read by the case's board and OPM only" };
    case 'review':
      return { field: 'id', message: "only a member of the case's board records a review of it" };
    case 'conduct':
      return { field: 'id', message: "only a member of the case's board, or OPM, opens its review or finalises its decision" };
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
