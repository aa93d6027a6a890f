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
import type { ZHiringActionResponse } from '../../server/src/presenters/hiring-action';
import type { ZAgencyHeadTransitionResultResponse, ZNotificationResponse, ZQrbSettingsResponse } from '../../server/src/presenters/qrb-admin';
import type { ZBoardCheckResponse, ZQrbBoardResponse, ZQrbMemberResponse } from '../../server/src/presenters/qrb-board';
import type { QRB_CASE_ACTIONS, ZQrbCaseCheckResponse, ZQrbCaseDetailResponse, ZQrbCaseSummaryResponse } from '../../server/src/presenters/qrb-case';
import type { ZQrbReviewResponse, ZQrbReviewsResponse, ZQrbTimelineResponse } from '../../server/src/presenters/qrb-review';
import type {
  TAgencyHeadTransitionResult,
  TBoardCheck,
  THiringAction,
  TNotification,
  TQrbBoard,
  TQrbCaseAction,
  TQrbCaseCheck,
  TQrbCaseDetail,
  TQrbCaseSummary,
  TQrbMemberWire,
  TQrbReviews,
  TQrbReviewWire,
  TQrbSettingsWire,
  TQrbTimeline,
} from '../src/api/qrb-wire-types';
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

describe('the web app reads what the hiring-action and QRB API sends', () => {
  it('hiring actions, cases, checks, narratives, timelines and reviews', () => {
    expectTypeOf<z.infer<typeof ZHiringActionResponse>>().toExtend<THiringAction>();
    expectTypeOf<z.infer<typeof ZQrbCaseSummaryResponse>>().toExtend<TQrbCaseSummary>();
    expectTypeOf<z.infer<typeof ZQrbCaseDetailResponse>>().toExtend<TQrbCaseDetail>();
    expectTypeOf<(typeof QRB_CASE_ACTIONS)[number]>().toEqualTypeOf<TQrbCaseAction>();
    expectTypeOf<z.infer<typeof ZQrbCaseCheckResponse>>().toExtend<TQrbCaseCheck>();
    expectTypeOf<z.infer<typeof ZQrbTimelineResponse>>().toExtend<TQrbTimeline>();
    expectTypeOf<z.infer<typeof ZQrbReviewsResponse>>().toExtend<TQrbReviews>();
    expectTypeOf<z.infer<typeof ZQrbReviewResponse>>().toExtend<TQrbReviewWire>();
  });

  it('the roster, boards, transitions, settings and notifications', () => {
    expectTypeOf<z.infer<typeof ZQrbMemberResponse>>().toExtend<TQrbMemberWire>();
    expectTypeOf<z.infer<typeof ZQrbBoardResponse>>().toExtend<TQrbBoard>();
    expectTypeOf<z.infer<typeof ZBoardCheckResponse>>().toExtend<TBoardCheck>();
    expectTypeOf<z.infer<typeof ZAgencyHeadTransitionResultResponse>>().toExtend<TAgencyHeadTransitionResult>();
    expectTypeOf<z.infer<typeof ZQrbSettingsResponse>>().toExtend<TQrbSettingsWire>();
    expectTypeOf<z.infer<typeof ZNotificationResponse>>().toExtend<TNotification>();
  });
});
