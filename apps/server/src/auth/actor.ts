import type { TRole, TUserWithRoles } from '@ecq/db';

/** Who is making a request. Every authorization decision reads this, never the raw session. */
export type TActor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly email: string;
      readonly displayName: string;
      readonly agencyId: string | null;
      readonly roles: readonly TRole[];
      readonly session: { readonly tokenHash: string; readonly csrfToken: string; readonly expiresAt: Date };
      /** The user's record as loaded with the session, for routes about oneself (no second query). */
      readonly record: TUserWithRoles;
    };

export type TUserActor = Extract<TActor, { kind: 'user' }>;

export const ANONYMOUS: TActor = { kind: 'anonymous' };
