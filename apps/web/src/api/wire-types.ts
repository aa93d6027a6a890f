import type { TAppErrorCode, TCompetencyKind, TConfidence, TCrosswalkLinkKind, TProblem, TProcess } from '@ecq/core';

/**
 * The shapes of the API's responses that the web app reads, as TypeScript types. The server's zod schemas
 * (apps/server/src/presenters) stay the single definition: apps/web/test/wire-types.test.ts fails the type
 * check when a response stops fitting these. They are written out here, not imported, because the
 * presenters import the database package, which has no place in a browser bundle.
 */
export type { TCompetencyKind, TConfidence, TCrosswalkLinkKind, TProcess };

/** The roles of ECQ Workbench (packages/db/src/roles.ts). */
export type TRole = 'candidate' | 'executive' | 'agency_hr' | 'rating_official' | 'prb_member' | 'qrb_member' | 'opm_admin';

/** The error body of every failed API call: `{ code, message, field?, problems? }`. */
export interface TApiErrorBody {
  readonly code: TAppErrorCode;
  readonly message: string;
  readonly field?: string;
  readonly problems?: readonly TProblem[];
  readonly requestId?: string;
}

export interface TUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly agencyId: string | null;
  readonly roles: readonly TRole[];
  readonly isActive: boolean;
}

export interface TSession {
  readonly user: TUser;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface TAgency {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface TSource {
  readonly citation: string;
  readonly policyRef: string;
  readonly confidence: TConfidence;
}

export interface TEffectiveRule {
  readonly process: TProcess;
  readonly from: string;
  readonly basis: string;
  readonly source: TSource;
}

export type TPackStatus =
  | { readonly kind: 'in-force'; readonly processes: readonly TProcess[]; readonly text: string }
  | { readonly kind: 'superseded'; readonly by: readonly string[]; readonly text: string }
  | { readonly kind: 'scheduled'; readonly from: string; readonly text: string }
  | { readonly kind: 'not-selected'; readonly group: string; readonly chosen: string; readonly text: string };

export interface TModelSummary {
  readonly id: string;
  readonly uuid: string;
  readonly title: string;
  readonly version: string;
  readonly issuedOn: string;
  readonly publisher: string;
  readonly origin: string;
  readonly effective: readonly TEffectiveRule[];
  readonly alternative: { readonly group: string; readonly isDefault: boolean } | null;
  readonly status: TPackStatus;
  readonly counts: { readonly ecqs: number; readonly subCompetencies: number; readonly fundamentals: number };
}

export interface TModelList {
  readonly on: string;
  readonly models: readonly TModelSummary[];
}

export interface TCompetency {
  readonly id: string;
  readonly code: string;
  readonly kind: TCompetencyKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly parentCode: string | null;
  readonly position: number;
  readonly source: TSource;
  readonly isProvisional: boolean;
}

export interface TModel extends TModelSummary {
  readonly description: string;
  readonly definitionsNote: string;
  readonly source: TSource;
  readonly items: readonly TCompetency[];
}

export interface TCrosswalkItem {
  readonly id: string;
  readonly code: string;
  readonly kind: TCompetencyKind;
  readonly name: string;
}

export interface TCrosswalkSummary {
  readonly id: string;
  readonly uuid: string;
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly source: TSource;
  readonly linkCounts: Readonly<Partial<Record<TCrosswalkLinkKind, number>>>;
}

export interface TCrosswalkLink {
  readonly id: string;
  readonly kind: TCrosswalkLinkKind;
  readonly from: TCrosswalkItem | null;
  readonly to: TCrosswalkItem | null;
  readonly confidence: TConfidence;
  readonly note: string | null;
}

export interface TModelRef {
  readonly id: string;
  readonly title: string;
  readonly version: string;
}

export interface TCrosswalk extends TCrosswalkSummary {
  readonly fromModel: TModelRef;
  readonly toModel: TModelRef;
  readonly links: readonly TCrosswalkLink[];
  readonly newItems: readonly TCrosswalkItem[];
}

export interface TPolicyAnswer {
  readonly process: TProcess;
  readonly on: string;
  readonly packId: string;
  readonly modelTitle: string;
  readonly rule: TEffectiveRule;
  readonly reason: string;
  readonly choice: { readonly group: string; readonly chosen: string; readonly others: readonly string[] } | null;
}
