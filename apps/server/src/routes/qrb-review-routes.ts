import {
  todayUtc,
  ZAmendQrbDecisionRequest,
  ZAssignQrbCaseRequest,
  ZCalendarDate,
  ZDecideQrbCaseRequest,
  ZHoldQrbCaseRequest,
  ZQrbCaseTransitionRequest,
  ZRecordQrbReviewRequest,
} from '@ecq/core';
import { z } from 'zod';
import type { TAppDeps } from '../deps';
import { defineRoute, rolesOnly } from '../http/route';
import { requireSignedIn } from '../policies';
import { presentBoardCheck, presentQrbBoard, ZBoardCheckResponse, ZQrbBoardResponse } from '../presenters/qrb-board';
import { presentQrbCaseDetail, presentQrbCaseSummary, ZQrbCaseDetailResponse, ZQrbCaseSummaryResponse } from '../presenters/qrb-case';
import { presentQrbReview, presentQrbReviews, ZQrbReviewResponse, ZQrbReviewsResponse } from '../presenters/qrb-review';
import type { TUserActor } from '../auth/actor';
import { assignQrbCase } from '../use-cases/qrb/assign-qrb-case';
import { conductQrbCase } from '../use-cases/qrb/conduct-qrb-case';
import { decideQrbCase } from '../use-cases/qrb/decide-qrb-case';
import { getQrbCase } from '../use-cases/qrb/get-qrb-case';
import { listQrbBoardOptions } from '../use-cases/qrb/list-qrb-board-options';
import { listQrbQueue } from '../use-cases/qrb/list-qrb-queue';
import { getQrbReviews } from '../use-cases/qrb/get-qrb-reviews';
import { recordQrbReview } from '../use-cases/qrb/record-qrb-review';
import { ZIdParams, ZPage, ZPageLimit } from './common-schemas';
import { ZQrbBasis, ZQrbStatusList } from './qrb-schemas';

const OPM = rolesOnly('opm_admin');
const BOARD_AND_OPM = rolesOnly('qrb_member', 'opm_admin');
const TAGS = ['qrb review'];

export const ZQrbQueueQuery = z.strictObject({
  status: ZQrbStatusList.optional().describe('the statuses to show; submitted,resubmitted (waiting for a board) by default'),
  agencyId: z.uuid().optional(),
  basis: ZQrbBasis.optional(),
  limit: ZPageLimit,
  after: z.string().max(100).optional(),
});

const ZTransitionResponse = z.object({ case: ZQrbCaseDetailResponse, warnings: z.array(z.string()) });

/** The case as its page shows it after a transition, with the transition's warnings. */
async function transitionResponse(deps: TAppDeps, actor: TUserActor, id: string, warnings: readonly string[]) {
  return { case: presentQrbCaseDetail(await getQrbCase(deps, { actor, id })), warnings: [...warnings] };
}

export const qrbReviewRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/qrb/queue',
    summary: 'OPM\'s queue, longest waiting first (`?status=&agencyId=&basis=&limit=&after=`): by default the cases waiting for a board',
    tags: TAGS,
    access: OPM,
    query: ZQrbQueueQuery,
    response: ZPage(ZQrbCaseSummaryResponse),
    async handler({ actor, query, deps }) {
      const { status, ...rest } = query;
      const page = await listQrbQueue(deps, { actor: requireSignedIn(actor), ...rest, statuses: status });
      const today = todayUtc(deps.now());
      return { items: page.items.map((row) => presentQrbCaseSummary(row, today)), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id/board-options',
    summary: 'Boards convening from a day (`?from=`, today by default), each checked for this case: which can take it, and why not',
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    query: z.strictObject({ from: ZCalendarDate.optional() }),
    response: z.object({ boards: z.array(z.object({ board: ZQrbBoardResponse, check: ZBoardCheckResponse })) }),
    async handler({ actor, params, query, deps }) {
      const options = await listQrbBoardOptions(deps, { actor: requireSignedIn(actor), id: params.id, from: query.from });
      return {
        boards: options.map((o) => ({ board: presentQrbBoard(o.board, { check: o.boardCheck, caseCount: o.caseCount }), check: presentBoardCheck(o.check) })),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/assign',
    summary: 'Assign a submitted case to a board, or move an assigned one before its review opens (OPM): checked for this case, conflicts of interest refused with why',
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    body: ZAssignQrbCaseRequest,
    response: ZTransitionResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const result = await assignQrbCase(deps, { actor: signedIn, id: params.id, ...body, requestId: request.id });
      return transitionResponse(deps, signedIn, params.id, result.warnings);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/start-review',
    summary: 'Open the review of an assigned case (its board, once convened, or OPM)',
    tags: TAGS,
    access: BOARD_AND_OPM,
    params: ZIdParams,
    body: ZQrbCaseTransitionRequest,
    response: ZTransitionResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const result = await conductQrbCase(deps, { actor: signedIn, id: params.id, version: body.version, command: { type: 'start_review' }, requestId: request.id });
      return transitionResponse(deps, signedIn, params.id, result.warnings);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/cases/:id/reviews',
    summary: "The board's reviews of the current round and what they decide now (the board and OPM)",
    tags: TAGS,
    access: BOARD_AND_OPM,
    params: ZIdParams,
    response: ZQrbReviewsResponse,
    async handler({ actor, params, deps }) {
      return presentQrbReviews(await getQrbReviews(deps, { actor: requireSignedIn(actor), id: params.id }));
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/qrb/cases/:id/reviews/mine',
    summary: 'Record your review (a member of the board): meets / does not meet with remarks per ECQ, and a recommendation',
    tags: TAGS,
    access: rolesOnly('qrb_member'),
    params: ZIdParams,
    body: ZRecordQrbReviewRequest,
    response: ZQrbReviewResponse,
    async handler({ actor, params, body, deps, request }) {
      const recorded = await recordQrbReview(deps, { actor: requireSignedIn(actor), id: params.id, ...body, requestId: request.id });
      return presentQrbReview(recorded.review, recorded.member);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/decide',
    summary: "Finalise the board's decision (its board or OPM): derived from every member's review under the decision rule",
    tags: TAGS,
    access: BOARD_AND_OPM,
    params: ZIdParams,
    body: ZDecideQrbCaseRequest,
    response: ZTransitionResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const result = await decideQrbCase(deps, { actor: signedIn, id: params.id, ...body, requestId: request.id });
      return transitionResponse(deps, signedIn, params.id, result.warnings);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/amendments',
    summary: "Amend a final decision's remarks with a reason (OPM); the decision itself never changes",
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    body: ZAmendQrbDecisionRequest,
    response: ZTransitionResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const { version, ...amendment } = body;
      const result = await conductQrbCase(deps, { actor: signedIn, id: params.id, version, command: { type: 'amend_decision', ...amendment }, requestId: request.id });
      return transitionResponse(deps, signedIn, params.id, result.warnings);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/hold',
    summary: 'Hold a case waiting on OPM, with a note (OPM)',
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    body: ZHoldQrbCaseRequest,
    response: ZTransitionResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const result = await conductQrbCase(deps, { actor: signedIn, id: params.id, version: body.version, command: { type: 'hold', note: body.note }, requestId: request.id });
      return transitionResponse(deps, signedIn, params.id, result.warnings);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/cases/:id/release',
    summary: 'Release a held case to the state it was held from (OPM)',
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    body: ZQrbCaseTransitionRequest,
    response: ZTransitionResponse,
    async handler({ actor, params, body, deps, request }) {
      const signedIn = requireSignedIn(actor);
      const result = await conductQrbCase(deps, { actor: signedIn, id: params.id, version: body.version, command: { type: 'release' }, requestId: request.id });
      return transitionResponse(deps, signedIn, params.id, result.warnings);
    },
  }),
];
