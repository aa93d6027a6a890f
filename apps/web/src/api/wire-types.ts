import type {
  TAppErrorCode,
  TCcarPart,
  TCompetencyKind,
  TConfidence,
  TCoverageStrength,
  TCrosswalkLinkKind,
  TFindingSeverity,
  TProblem,
  TProcess,
} from '@ecq/core';

/**
 * The shapes of the API's responses that the web app reads, as TypeScript types. The server's zod schemas
 * (apps/server/src/presenters) stay the single definition: apps/web/test/wire-types.test.ts fails the type
 * check when a response stops fitting these. They are written out here, not imported, because the
 * presenters import the database package, which has no place in a browser bundle.
 */
export type { TCcarPart, TCompetencyKind, TConfidence, TCoverageStrength, TCrosswalkLinkKind, TFindingSeverity, TProcess };

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

/** A page of a keyset-paginated list; `nextCursor` is null on the last page. */
export interface TPageOf<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** How a narrative version came to be (packages/db/src/schema.ts NARRATIVE_VERSION_SOURCES). */
export type TNarrativeVersionSource = 'typed' | 'import:docx' | 'import:pdf' | 'import:md' | 'import:txt' | 'migration';

export type TNarrativeReadinessStatus = 'ready' | 'needs-work' | 'not-ready';

/** The analysis stored with each saved version: counts and readiness, not the full report. */
export interface TNarrativeAnalysisSummary {
  readonly modelId: string;
  readonly status: TNarrativeReadinessStatus;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly totalPages: number | null;
  readonly wordCount: number;
  readonly textLength: number;
  readonly summary: string;
}

/** A candidate's ECQ narrative package (GET /api/narratives). `version` is quoted back on the next write. */
export interface TNarrativePackage {
  readonly id: string;
  readonly ownerUserId: string;
  readonly agencyId: string | null;
  readonly title: string;
  readonly candidateName: string;
  readonly modelId: string;
  readonly limits: Readonly<Record<string, unknown>>;
  readonly currentVersion: number;
  readonly version: number;
  readonly derivedFrom: { readonly packageId: string; readonly version: number } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface TNarrativeVersionSummary {
  readonly number: number;
  readonly source: TNarrativeVersionSource;
  readonly sourceFilename: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly analysis: TNarrativeAnalysisSummary;
}

export interface TNarrativeVersion extends TNarrativeVersionSummary {
  readonly text: string;
}

/** A package with its current version's text (GET/PUT /api/narratives/:id). */
export interface TNarrativePackageDetail extends TNarrativePackage {
  readonly current: TNarrativeVersion;
}

/** POST /api/narratives/:id/import: the package at its new version, and what the file reader could not carry over. */
export interface TNarrativeImportResult {
  readonly package: TNarrativePackageDetail;
  readonly import: {
    readonly filename: string;
    readonly format: 'docx' | 'pdf' | 'md' | 'txt';
    readonly warnings: readonly string[];
    readonly pages: number | null;
  };
}

export interface TCompetencyRef {
  readonly code: string;
  readonly name: string;
}

export interface TMigratedEvidence {
  readonly from: TCompetencyRef;
  readonly to: TCompetencyRef | null;
  readonly kind: 'same' | 'renamed' | 'moved' | 'removed' | 'related';
  readonly note: string | null;
  readonly advice: string;
}

/** What a migration did, and the new sub-competencies left to write (the gaps). */
export interface TNarrativeMigration {
  readonly crosswalkId: string;
  readonly fromModelId: string;
  readonly toModelId: string;
  readonly headings: readonly {
    readonly fromName: string;
    readonly toName: string | null;
    readonly kind: 'same' | 'renamed' | 'moved' | 'removed' | 'related' | 'unchanged';
  }[];
  readonly moved: readonly TMigratedEvidence[];
  readonly removed: readonly TMigratedEvidence[];
  readonly related: readonly TMigratedEvidence[];
  readonly gaps: readonly TCompetencyRef[];
  readonly newWithEvidence: readonly (TCompetencyRef & { readonly sentences: number })[];
}

/** POST /api/narratives/:id/migrate → 201: the NEW draft package and the migration report. */
export interface TNarrativeMigrateResult {
  readonly package: TNarrativePackageDetail;
  readonly migration: TNarrativeMigration;
}

/*
 * The analyzer's report, as far as the editor reads it. The editor analyses in the browser with core's
 * `analyzeNarrative` (which leaves absent values undefined) and, for models that are not built in, asks
 * POST /api/analyze (which sends them as null); these types accept both, and the type test checks both.
 */

/** A span of the analysed text: character offsets, end exclusive. */
export interface TTextSpan {
  readonly start: number;
  readonly end: number;
}

export interface TNarrativeFinding extends TTextSpan {
  readonly ruleId: string;
  readonly severity: TFindingSeverity;
  readonly message: string;
  readonly source: TSource;
  readonly ecqCode: string | null | undefined;
  readonly marks: readonly TTextSpan[];
}

export type TEcqReadinessStatus = TNarrativeReadinessStatus | 'missing';

export interface TEcqAnalysis {
  readonly code: string;
  readonly name: string;
  readonly examples: readonly (TTextSpan & { readonly wordCount: number; readonly missingParts: readonly TCcarPart[] })[];
  /** Pages this ECQ's sections take when laid out; absent when pages were not measured. */
  readonly pages: number | null | undefined;
  readonly readiness: {
    readonly status: TEcqReadinessStatus;
    readonly examples: number;
    readonly subsShown: number;
    readonly subsTotal: number;
    readonly summary: string;
  };
}

export interface TItemCoverage {
  readonly code: string;
  readonly name: string;
  readonly kind: 'sub' | 'fundamental';
  readonly ecqCode: string | null | undefined;
  readonly score: number;
  readonly strength: TCoverageStrength;
}

export type TNarrativePages =
  | { readonly status: 'not-measured'; readonly reason: string }
  | {
      readonly status: 'measured';
      readonly totalPages: number;
      readonly basis: string;
      readonly byEcq: readonly { readonly ecqCode: string; readonly pages: number }[];
    };

export interface TNarrativeReport {
  readonly modelId: string;
  readonly modelTitle: string;
  readonly textLength: number;
  readonly wordCount: number;
  readonly limits: { readonly maxTotalPages: number; readonly maxPagesPerEcq: number };
  readonly ecqs: readonly TEcqAnalysis[];
  readonly coverage: {
    readonly items: readonly TItemCoverage[];
    readonly fundamentals: readonly TItemCoverage[];
    readonly matrix: {
      readonly columns: readonly string[];
      readonly rows: readonly {
        readonly ecqCode: string;
        readonly cells: readonly { readonly itemCode: string; readonly score: number; readonly strength: TCoverageStrength }[];
      }[];
    };
  };
  readonly pages: TNarrativePages;
  readonly findings: readonly TNarrativeFinding[];
  readonly readiness: {
    readonly status: TNarrativeReadinessStatus;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly summary: string;
    readonly actions: readonly string[];
    readonly notChecked: readonly string[];
  };
}

/**
 * The largest narrative file the API reads (packages/documents NARRATIVE_UPLOAD_LIMIT_BYTES, 10 MiB), so that
 * the import form can refuse a larger one before sending it; apps/web/test/wire-types.test.ts checks the two agree.
 */
export const NARRATIVE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
