import { getUserNamesByIds, listAuditEvents, type TAuditEventRow } from '@ecq/db';
import type { TUserActor } from '../../auth/actor';
import type { TAppDeps } from '../../deps';
import { canReadQrbReviews } from '../../policies';
import { loadQrbCase } from './load-qrb-case';

/** The longest timeline read: a case's events over every round of review. */
const TIMELINE_LIMIT = 500;

/** What happened to a case, as a person reads it. */
export const QRB_TIMELINE_LABELS: Readonly<Record<string, string>> = {
  'qrb_case.created': 'Case created',
  'qrb_case.updated': 'Case details changed',
  'qrb_case.attachment_uploaded': 'File attached',
  'qrb_case.narrative_shared': 'ECQ package shared by the candidate',
  'qrb_case.migration_drafted': 'Migration draft made for the candidate',
  'qrb_case.submitted': 'Submitted to the QRB',
  'qrb_case.resubmitted': 'Resubmitted to the QRB',
  'qrb_case.assigned': 'Assigned to a board',
  'qrb_case.reassigned': 'Moved to another board',
  'qrb_case.review_started': 'Review begun',
  'qrb_case.review_recorded': 'A member recorded a review',
  'qrb_case.decided': 'Decided',
  'qrb_case.decision_amended': 'Decision amended',
  'qrb_case.held': 'Put on hold',
  'qrb_case.released': 'Released from hold',
};

export interface TQrbTimelineEntry {
  readonly event: TAuditEventRow;
  readonly actorName: string | null;
}

/**
 * A case's timeline, oldest first: every audited change with who made it. Individual members' reviews
 * appear only to the board and OPM, who may read them.
 */
export async function getQrbCaseTimeline(deps: TAppDeps, request: { readonly actor: TUserActor; readonly id: string }): Promise<TQrbTimelineEntry[]> {
  const { row, access } = await loadQrbCase(deps.db, { actor: request.actor, id: request.id, kind: 'read' });
  const mayReadReviews = canReadQrbReviews(request.actor, access);
  const events = (await listAuditEvents(deps.db, { entityType: 'qrb_case', entityId: row.id, limit: TIMELINE_LIMIT }))
    .filter((e) => mayReadReviews || e.action !== 'qrb_case.review_recorded')
    .reverse();
  const names = await getUserNamesByIds(deps.db, [...new Set(events.flatMap((e) => (e.actorUserId === null ? [] : [e.actorUserId])))]);
  return events.map((event) => ({ event, actorName: event.actorUserId === null ? null : (names.get(event.actorUserId) ?? null) }));
}
