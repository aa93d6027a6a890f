import type { AppError } from '@ecq/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ZAgencyResponse } from '../../server/src/presenters/agency';
import type { TCrosswalkResponse, ZCrosswalkListResponse } from '../../server/src/presenters/crosswalk';
import type { TModelResponse, ZModelListResponse } from '../../server/src/presenters/model';
import type { TPolicyAnswerResponse } from '../../server/src/presenters/policy-answer';
import type { ZSessionResponse } from '../../server/src/routes/auth-routes';
import type { ROLES } from '@ecq/db';
import type {
  TAgency,
  TApiErrorBody,
  TCrosswalk,
  TCrosswalkSummary,
  TModel,
  TModelList,
  TPolicyAnswer,
  TRole,
  TSession,
} from '../src/api/wire-types';

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

  it('errors', () => {
    expectTypeOf<ReturnType<AppError['toJSON']>>().toExtend<TApiErrorBody>();
  });
});
