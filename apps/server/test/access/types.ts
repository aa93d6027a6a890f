import type { TDatabase, TRole } from '@ecq/db';
import type { FastifyInstance } from 'fastify';

/** Who calls: nobody signed in, or a user holding exactly one role. */
export type TAudience = 'anonymous' | TRole;

/** Who gets through: everyone in the audience, only for their own agency's records, or nobody. */
export type TReach = 'all' | 'own' | 'none';

export interface TMatrixContext {
  readonly app: FastifyInstance;
  readonly db: TDatabase;
  /** The caller's agency (every agency-scoped test user belongs to it). */
  readonly ownAgencyId: string;
  /** Another agency, whose records the caller must not reach unless their role spans agencies. */
  readonly otherAgencyId: string;
}

/** The user making the matrix's request (undefined for the anonymous audience). */
export interface TMatrixCaller {
  readonly id: string;
  readonly agencyId: string | null;
  readonly roles: readonly TRole[];
}

export interface TAccessCase {
  /**
   * The concrete request for this route, aimed at a record of the caller's own agency or of the other one
   * (routes without agency records ignore `scope`). For records owned by one user (a candidate's narrative
   * package), `own` means the caller's own record and `other` another user's in the other agency. Called
   * once per audience and scope, so it may create fresh records each time.
   */
  build(
    ctx: TMatrixContext,
    scope: 'own' | 'other',
    caller: TMatrixCaller | undefined,
  ): Promise<{ readonly url: string; readonly payload?: unknown }>;
  readonly expect: Readonly<Record<TAudience, TReach>>;
}

/** Expectations keyed by `METHOD /url/:pattern`, exactly as the route table spells them. */
export type TAccessExpectations = Readonly<Record<string, TAccessCase>>;

export const EVERYONE: Readonly<Record<TAudience, TReach>> = {
  anonymous: 'all',
  candidate: 'all',
  executive: 'all',
  agency_hr: 'all',
  rating_official: 'all',
  prb_member: 'all',
  qrb_member: 'all',
  opm_admin: 'all',
};

export const SIGNED_IN_USERS: Readonly<Record<TAudience, TReach>> = { ...EVERYONE, anonymous: 'none' };

export const NOBODY: Readonly<Record<TAudience, TReach>> = {
  anonymous: 'none',
  candidate: 'none',
  executive: 'none',
  agency_hr: 'none',
  rating_official: 'none',
  prb_member: 'none',
  qrb_member: 'none',
  opm_admin: 'none',
};
