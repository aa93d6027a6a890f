import type { AppError, TNarrativeReport as TCoreNarrativeReport } from '@ecq/core';
import { NARRATIVE_UPLOAD_LIMIT_BYTES } from '@ecq/documents';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ZAgencyResponse } from '../../server/src/presenters/agency';
import type { TCrosswalkResponse, ZCrosswalkListResponse } from '../../server/src/presenters/crosswalk';
import type { TModelResponse, ZModelListResponse } from '../../server/src/presenters/model';
import type {
  ZNarrativeImportResponse,
  ZNarrativeMigrateResponse,
  ZNarrativePackageDetailResponse,
  ZNarrativePackageResponse,
  ZNarrativeVersionResponse,
  ZNarrativeVersionSummaryResponse,
} from '../../server/src/presenters/narrative';
import type { TNarrativeReportResponse } from '../../server/src/presenters/narrative-report';
import type { TPolicyAnswerResponse } from '../../server/src/presenters/policy-answer';
import type { ZSessionResponse } from '../../server/src/routes/auth-routes';
import type { NARRATIVE_VERSION_SOURCES, ROLES } from '@ecq/db';
import type {
  TAgency,
  TApiErrorBody,
  TCrosswalk,
  TCrosswalkSummary,
  TModel,
  TModelList,
  TNarrativeImportResult,
  TNarrativeMigrateResult,
  TNarrativePackage,
  TNarrativePackageDetail,
  TNarrativeReport,
  TNarrativeVersion,
  TNarrativeVersionSource,
  TNarrativeVersionSummary,
  TPageOf,
  TPolicyAnswer,
  TRole,
  TSession,
} from '../src/api/wire-types';
import { NARRATIVE_UPLOAD_MAX_BYTES } from '../src/api/wire-types';

/**
 * The web app's wire types (apps/web/src/api/wire-types.ts) against the server's response schemas: every
 * response the server may send must be readable as the type the web app expects. These checks are made by
 * `npm run typecheck`; a presenter that changes shape fails it.
 */
describe('the web app reads what the API sends', () => {
  it('sessions, agencies and roles', () => {
    expectTypeOf<z.infer<typeof ZSessionResponse>>().toExtend<TSession>();
    expectTypeOf<z.infer<typeof ZAgencyResponse>>().toExtend<TAgency>();
    expectTypeOf<(typeof ROLES)[number]>().toEqualTypeOf<TRole>();
  });

  it('models, crosswalks and policy answers', () => {
    expectTypeOf<z.infer<typeof ZModelListResponse>>().toExtend<TModelList>();
    expectTypeOf<TModelResponse>().toExtend<TModel>();
    expectTypeOf<z.infer<typeof ZCrosswalkListResponse>['crosswalks'][number]>().toExtend<TCrosswalkSummary>();
    expectTypeOf<TCrosswalkResponse>().toExtend<TCrosswalk>();
    expectTypeOf<TPolicyAnswerResponse>().toExtend<TPolicyAnswer>();
  });

  it('narrative packages, versions, imports and migrations', () => {
    expectTypeOf<z.infer<typeof ZNarrativePackageResponse>>().toExtend<TNarrativePackage>();
    expectTypeOf<{ items: z.infer<typeof ZNarrativePackageResponse>[]; nextCursor: string | null }>().toExtend<TPageOf<TNarrativePackage>>();
    expectTypeOf<z.infer<typeof ZNarrativePackageDetailResponse>>().toExtend<TNarrativePackageDetail>();
    expectTypeOf<z.infer<typeof ZNarrativeVersionSummaryResponse>>().toExtend<TNarrativeVersionSummary>();
    expectTypeOf<z.infer<typeof ZNarrativeVersionResponse>>().toExtend<TNarrativeVersion>();
    expectTypeOf<(typeof NARRATIVE_VERSION_SOURCES)[number]>().toEqualTypeOf<TNarrativeVersionSource>();
    expectTypeOf<z.infer<typeof ZNarrativeImportResponse>>().toExtend<TNarrativeImportResult>();
    expectTypeOf<z.infer<typeof ZNarrativeMigrateResponse>>().toExtend<TNarrativeMigrateResult>();
  });

  it('the upload limit the import form checks is the API\'s', () => {
    expect(NARRATIVE_UPLOAD_MAX_BYTES).toBe(NARRATIVE_UPLOAD_LIMIT_BYTES);
  });

  it('the analysis report, from POST /api/analyze and from the analyzer running in the browser', () => {
    expectTypeOf<TNarrativeReportResponse>().toExtend<TNarrativeReport>();
    expectTypeOf<TCoreNarrativeReport>().toExtend<TNarrativeReport>();
  });

  it('errors', () => {
    expectTypeOf<ReturnType<AppError['toJSON']>>().toExtend<TApiErrorBody>();
  });
});
