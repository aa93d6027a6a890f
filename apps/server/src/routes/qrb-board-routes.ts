import {
  SES_APPOINTMENT_TYPES,
  ZCalendarDate,
  ZCreateQrbBoardRequest,
  ZCreateQrbMemberRequest,
  ZEndAgencyHeadTransitionRequest,
  ZStartAgencyHeadTransitionRequest,
  ZUpdateQrbMemberRequest,
  ZUpdateQrbSettingsRequest,
} from '@ecq/core';
import { z } from 'zod';
import { defineRoute, rolesOnly, SIGNED_IN } from '../http/route';
import { requireSignedIn } from '../policies';
import {
  presentAgencyHeadTransition,
  presentHoldPlan,
  presentQrbSettings,
  ZAgencyHeadTransitionResponse,
  ZAgencyHeadTransitionResultResponse,
  ZQrbSettingsResponse,
} from '../presenters/qrb-admin';
import { presentBoardCheck, presentQrbBoard, presentQrbMember, ZBoardCheckResponse, ZQrbBoardResponse, ZQrbMemberResponse } from '../presenters/qrb-board';
import { loadQrbSettings } from '../use-cases/qrb/load-qrb-settings';
import { endAgencyHeadTransition, startAgencyHeadTransition } from '../use-cases/qrb-roster/agency-head-transitions';
import { checkQrbBoard } from '../use-cases/qrb-roster/check-qrb-board';
import { createQrbBoard } from '../use-cases/qrb-roster/create-qrb-board';
import { createQrbMember } from '../use-cases/qrb-roster/create-qrb-member';
import { listAgencyHeadTransitions } from '../use-cases/qrb-roster/list-agency-head-transitions';
import { getQrbBoard, listQrbBoards } from '../use-cases/qrb-roster/list-qrb-boards';
import { getQrbMember, listQrbMembers } from '../use-cases/qrb-roster/list-qrb-members';
import { updateQrbSettings } from '../use-cases/qrb-roster/qrb-settings';
import { updateQrbMember } from '../use-cases/qrb-roster/update-qrb-member';
import { checkRosterBoard } from '../use-cases/qrb-roster/qrb-board-members';
import { ZIdParams, ZPage, ZPageLimit } from './common-schemas';

const OPM = rolesOnly('opm_admin');
const TAGS = ['qrb board'];
const ZAfter = z.string().max(300).optional();

export const ZListQrbMembersQuery = z.strictObject({
  agencyId: z.uuid().optional(),
  appointment: z.enum(SES_APPOINTMENT_TYPES).optional(),
  isActive: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: ZPageLimit,
  after: ZAfter,
});
export const ZListQrbBoardsQuery = z.strictObject({ from: ZCalendarDate.optional(), to: ZCalendarDate.optional(), limit: ZPageLimit, after: ZAfter });
export const ZCheckQrbBoardRequest = z.strictObject({
  memberIds: ZCreateQrbBoardRequest.shape.memberIds,
  caseId: z.uuid().optional().describe('check the board for this case: conflicts of interest with its agency'),
});
export const ZListAgencyHeadTransitionsQuery = z.strictObject({ agencyId: z.uuid().optional(), limit: ZPageLimit, after: ZAfter });

export const qrbBoardRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/qrb/members',
    summary: 'Add a QRB member to the roster (OPM): a qrb_member user, career or noncareer SES, with or without prior QRB service',
    tags: TAGS,
    access: OPM,
    body: ZCreateQrbMemberRequest,
    response: ZQrbMemberResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      return presentQrbMember(await createQrbMember(deps, { actor: requireSignedIn(actor), ...body, requestId: request.id }));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/members',
    summary: 'The QRB roster by name (`?agencyId=&appointment=&isActive=&limit=&after=`)',
    tags: TAGS,
    access: OPM,
    query: ZListQrbMembersQuery,
    response: ZPage(ZQrbMemberResponse),
    async handler({ actor, query, deps }) {
      const page = await listQrbMembers(deps, { actor: requireSignedIn(actor), ...query });
      return { items: page.items.map(presentQrbMember), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/members/:id',
    summary: 'One roster member',
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    response: ZQrbMemberResponse,
    async handler({ actor, params, deps }) {
      return presentQrbMember(await getQrbMember(deps, { actor: requireSignedIn(actor), id: params.id }));
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/qrb/members/:id',
    summary: "Change a roster member's appointment, prior service or activity; quote its version",
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    body: ZUpdateQrbMemberRequest,
    response: ZQrbMemberResponse,
    async handler({ actor, params, body, deps, request }) {
      return presentQrbMember(await updateQrbMember(deps, { actor: requireSignedIn(actor), id: params.id, ...body, requestId: request.id }));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/boards/check',
    summary: 'Check a board before assembling it or giving it a case (OPM): every rule it breaks, explained; writes nothing',
    tags: TAGS,
    access: OPM,
    body: ZCheckQrbBoardRequest,
    response: ZBoardCheckResponse,
    async handler({ actor, body, deps }) {
      return presentBoardCheck(await checkQrbBoard(deps, { actor: requireSignedIn(actor), ...body }));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/boards',
    summary: 'Assemble a board for a day (OPM): 3 members from 3 agencies, more than half career SES',
    tags: TAGS,
    access: OPM,
    body: ZCreateQrbBoardRequest,
    response: ZQrbBoardResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const created = await createQrbBoard(deps, { actor: requireSignedIn(actor), ...body, requestId: request.id });
      return presentQrbBoard(created.board, { check: created.check, caseCount: 0 });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/boards',
    summary: 'Boards by the day they convene (`?from=&to=&limit=&after=`): all for OPM, your own for a QRB member',
    tags: TAGS,
    access: rolesOnly('opm_admin', 'qrb_member'),
    query: ZListQrbBoardsQuery,
    response: ZPage(ZQrbBoardResponse),
    async handler({ actor, query, deps }) {
      const [page, qrb] = await Promise.all([listQrbBoards(deps, { actor: requireSignedIn(actor), ...query }), loadQrbSettings(deps.db)]);
      return {
        items: page.items.map(({ board, caseCount }) => presentQrbBoard(board, { check: checkRosterBoard(board.members, qrb.settings), caseCount })),
        nextCursor: page.nextCursor,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/boards/:id',
    summary: 'One board with its members and check',
    tags: TAGS,
    access: rolesOnly('opm_admin', 'qrb_member'),
    params: ZIdParams,
    response: ZQrbBoardResponse,
    async handler({ actor, params, deps }) {
      const [{ board, caseCount }, qrb] = await Promise.all([getQrbBoard(deps, { actor: requireSignedIn(actor), id: params.id }), loadQrbSettings(deps.db)]);
      return presentQrbBoard(board, { check: checkRosterBoard(board.members, qrb.settings), caseCount });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/agency-head-transitions',
    summary: "Record that an agency's head is changing (OPM): its criterion A and C cases are held, B cases continue",
    tags: TAGS,
    access: OPM,
    body: ZStartAgencyHeadTransitionRequest,
    response: ZAgencyHeadTransitionResultResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const result = await startAgencyHeadTransition(deps, { actor: requireSignedIn(actor), ...body, requestId: request.id });
      return { transition: presentAgencyHeadTransition(result.transition), plan: presentHoldPlan(result.plan) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/agency-head-transitions',
    summary: "Agency-head transitions newest first: OPM every agency's, an agency's staff their own",
    tags: TAGS,
    access: rolesOnly('opm_admin', 'agency_hr'),
    query: ZListAgencyHeadTransitionsQuery,
    response: ZPage(ZAgencyHeadTransitionResponse),
    async handler({ actor, query, deps }) {
      const page = await listAgencyHeadTransitions(deps, { actor: requireSignedIn(actor), ...query });
      return { items: page.items.map(presentAgencyHeadTransition), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/qrb/agency-head-transitions/:id/end',
    summary: "Record that the agency's new head is in place (OPM): the cases held for the transition are released",
    tags: TAGS,
    access: OPM,
    params: ZIdParams,
    body: ZEndAgencyHeadTransitionRequest,
    response: ZAgencyHeadTransitionResultResponse,
    async handler({ actor, params, body, deps, request }) {
      const result = await endAgencyHeadTransition(deps, { actor: requireSignedIn(actor), id: params.id, version: body.version, requestId: request.id });
      return { transition: presentAgencyHeadTransition(result.transition), plan: presentHoldPlan(result.plan) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/qrb/settings',
    summary: "The deployment's QRB settings: deadlines, board rules and the decision rule, with their sources",
    tags: TAGS,
    access: SIGNED_IN,
    response: ZQrbSettingsResponse,
    async handler({ deps }) {
      return presentQrbSettings(await loadQrbSettings(deps.db));
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/qrb/settings',
    summary: 'Change the QRB settings (OPM): fields left out keep their value; quote the version',
    tags: TAGS,
    access: OPM,
    body: ZUpdateQrbSettingsRequest,
    response: ZQrbSettingsResponse,
    async handler({ actor, body, deps, request }) {
      return presentQrbSettings(await updateQrbSettings(deps, { actor: requireSignedIn(actor), ...body, requestId: request.id }));
    },
  }),
];
