import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { TRecordQrbReviewRequest } from '@ecq/core';
import { api } from './api-client';
import { getAllPages, QRB_KEY, qrbCaseKey } from './qrb-queries';
import type {
  TAgencyHeadTransitionResult,
  TQrbBoard,
  TQrbCaseDetail,
  TQrbMemberWire,
  TQrbReviewWire,
  TQrbSettingsWire,
  TQrbTransitionResult,
  TSesAppointmentType,
  TQrbDeadlineEnforcement,
  TQrbDecisionRule,
} from './qrb-wire-types';

/**
 * The OPM-administration and QRB-review queries and writes that api/qrb-queries.ts does not hold: the whole
 * roster at once (for pickers), and one function per write, each named after its route. Keys live under
 * QRB_KEY, so that sign-in and sign-out drop them with the rest.
 */
const segment = (value: string) => encodeURIComponent(value);

/** Every roster member (active or not), paging through GET /api/qrb/members: the roster is a few dozen people. */
export const allQrbMembersQuery = () =>
  queryOptions({
    queryKey: [QRB_KEY, 'members', 'all'],
    queryFn: ({ signal }) => getAllPages<TQrbMemberWire>('/api/qrb/members', { limit: 100, signal }),
  });

/** Everything about the roster and boards: invalidate after a roster or board write. */
export const QRB_MEMBERS_KEY = [QRB_KEY, 'members'] as const;
export const QRB_BOARDS_KEY = [QRB_KEY, 'boards'] as const;

export interface TCreateQrbMemberBody {
  readonly userId: string;
  readonly appointment: TSesAppointmentType;
  readonly hasPriorQrbService: boolean;
}

/** POST /api/qrb/members (OPM). */
export const createQrbMember = (body: TCreateQrbMemberBody) => api.send<TQrbMemberWire>('POST', '/api/qrb/members', body);

export interface TUpdateQrbMemberBody {
  readonly version: number;
  readonly appointment?: TSesAppointmentType;
  readonly hasPriorQrbService?: boolean;
  readonly isActive?: boolean;
}

/** PATCH /api/qrb/members/:id quoting the version read (OPM). */
export const updateQrbMember = (id: string, body: TUpdateQrbMemberBody) => api.send<TQrbMemberWire>('PATCH', `/api/qrb/members/${segment(id)}`, body);

/** POST /api/qrb/boards (OPM): refused with every problem when the board breaks a rule. */
export const createQrbBoard = (body: { readonly convenesOn: string; readonly memberIds: readonly string[]; readonly label?: string }) =>
  api.send<TQrbBoard>('POST', '/api/qrb/boards', body);

/** POST /api/qrb/agency-head-transitions (OPM): the transition and what happened to each of the agency's cases. */
export const startAgencyHeadTransition = (body: { readonly agencyId: string; readonly note: string; readonly startedOn?: string }) =>
  api.send<TAgencyHeadTransitionResult>('POST', '/api/qrb/agency-head-transitions', body);

/** POST /api/qrb/agency-head-transitions/:id/end (OPM): the releases. */
export const endAgencyHeadTransition = (id: string, version: number) =>
  api.send<TAgencyHeadTransitionResult>('POST', `/api/qrb/agency-head-transitions/${segment(id)}/end`, { version });

export interface TUpdateQrbSettingsBody {
  readonly version: number;
  readonly caseDueDays?: number;
  readonly resubmissionDueDays?: number;
  readonly deadlineEnforcement?: TQrbDeadlineEnforcement;
  readonly boardSize?: number;
  readonly minBoardAgencies?: number;
  readonly minPriorServiceMembers?: number;
  readonly decisionRule?: TQrbDecisionRule;
}

/** PATCH /api/qrb/settings quoting the version read (OPM). */
export const updateQrbSettings = (body: TUpdateQrbSettingsBody) => api.send<TQrbSettingsWire>('PATCH', '/api/qrb/settings', body);

/** POST /api/qrb/cases/:id/start-review quoting the case version (its board once convened, or OPM). */
export const startQrbReview = (caseId: string, version: number) =>
  api.send<TQrbTransitionResult>('POST', `/api/qrb/cases/${segment(caseId)}/start-review`, { version });

/** PUT /api/qrb/cases/:id/reviews/mine quoting the review's version (0 the first time). */
export const recordQrbReview = (caseId: string, body: TRecordQrbReviewRequest) =>
  api.send<TQrbReviewWire>('PUT', `/api/qrb/cases/${segment(caseId)}/reviews/mine`, body);

/** The body of POST /api/qrb/cases/:id/decide (core ZDecideQrbCaseRequest). */
export interface TDecideQrbCaseBody {
  readonly version: number;
  readonly generalRemarks?: string;
  readonly ecqRemarks?: Readonly<Record<string, string>>;
}

/** POST /api/qrb/cases/:id/decide quoting the case version: the final decision. */
export const decideQrbCase = (caseId: string, body: TDecideQrbCaseBody) =>
  api.send<TQrbTransitionResult>('POST', `/api/qrb/cases/${segment(caseId)}/decide`, body);

/** After a case changed: its page data, and the lists it appears in. */
export function invalidateQrbCase(queryClient: QueryClient, caseId: string, updated?: TQrbCaseDetail): void {
  if (updated !== undefined) queryClient.setQueryData([...qrbCaseKey(caseId)], updated);
  void queryClient.invalidateQueries({ queryKey: qrbCaseKey(caseId) });
  void queryClient.invalidateQueries({ queryKey: [QRB_KEY, 'cases', 'list'] });
  void queryClient.invalidateQueries({ queryKey: [QRB_KEY, 'queue'] });
  void queryClient.invalidateQueries({ queryKey: QRB_BOARDS_KEY });
}
