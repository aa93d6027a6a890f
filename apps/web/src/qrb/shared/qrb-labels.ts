import type {
  TCaseBasis,
  TQrbCaseStatus,
  TQrbDeadlineEnforcement,
  TQrbDecisionRule,
  TQrbOutcome,
  TSesAppointmentType,
} from '../../api/qrb-wire-types';
import type { TSource } from '../../api/wire-types';
import { CONFIDENCE_LABELS, formatDate } from '../../models/labels';
import { plural } from '../../workbench/workbench-labels';

/**
 * How the hiring-action and QRB pages say things: statuses, bases, outcomes, appointments and rules in words
 * (every state shown in colour is said in words too, WCAG 1.4.1). Dates are models/labels.ts formatDate, counts
 * workbench/workbench-labels.ts plural.
 */
export const STATUS_LABELS: Readonly<Record<TQrbCaseStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  assigned: 'Assigned to a board',
  in_review: 'In review',
  decided: 'Decided',
  resubmitted: 'Resubmitted',
  on_hold: 'On hold',
};

/** A case's basis, short enough for a table cell (core CASE_BASIS_LABELS has the long form). */
export const BASIS_SHORT_LABELS: Readonly<Record<TCaseBasis, string>> = {
  A: 'A: executive experience',
  B: 'B: CDP graduate',
  C: 'C: special or unique qualities',
};

export const OUTCOME_LABELS: Readonly<Record<TQrbOutcome, string>> = {
  approved: 'Approved',
  disapproved: 'Disapproved',
};

export const APPOINTMENT_LABELS: Readonly<Record<TSesAppointmentType, string>> = {
  career: 'Career SES',
  noncareer: 'Noncareer SES',
};

/** Why the appointment matters, where OPM chooses it (5 CFR 317.502, POLICY.md §2). */
export const APPOINTMENT_HINT =
  'Only career members count toward a board’s career majority: more than half of every board must be career SES (5 CFR 317.502).';

/**
 * The decision rules: a name, what it means in full (the settings and the review pages), and in short (a
 * decision's facts on the case page, "Unanimous: every member must find an ECQ met").
 */
export const DECISION_RULE_LABELS: Readonly<
  Record<TQrbDecisionRule, { readonly label: string; readonly explanation: string; readonly inShort: string }>
> = {
  unanimous: {
    label: 'Unanimous',
    explanation: 'An ECQ is met only when every member finds it met. The case is approved when every ECQ is met.',
    inShort: 'every member must find an ECQ met',
  },
  majority: {
    label: 'Majority',
    explanation: 'An ECQ is met when more than half of the members find it met. The case is approved when every ECQ is met.',
    inShort: 'most members must find an ECQ met',
  },
};

export const DEADLINE_ENFORCEMENT_LABELS: Readonly<Record<TQrbDeadlineEnforcement, { readonly label: string; readonly explanation: string }>> = {
  block: { label: 'Block', explanation: 'A case or resubmission past its due date cannot be submitted.' },
  warn: { label: 'Warn', explanation: 'A late case or resubmission is accepted, with a warning recorded on it.' },
};

/** Where a rule comes from and how sure that is: "5 CFR 317.502 (POLICY.md §2), high confidence". */
export function describeSource(source: TSource): string {
  return `${source.citation} (${source.policyRef}), ${CONFIDENCE_LABELS[source.confidence].toLowerCase()} confidence`;
}

/** "in review" → "In review"; the API's `statusLabel` ("decided (approved)") as a tag reads it. */
export function capitalize(text: string): string {
  return text === '' ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** How long a case has been in its status: "today", "1 day", "12 days"; a draft has no such age. */
export function describeAge(ageDays: number | null): string | undefined {
  if (ageDays === null) return undefined;
  return ageDays <= 0 ? 'today' : plural(ageDays, 'day');
}

/** How long a case has waited, as the queue shows it: "Today", "1 day", "12 days"; "Not started" for a draft. */
export function formatAgeDays(ageDays: number | null): string {
  const age = describeAge(ageDays);
  return age === undefined ? 'Not started' : capitalize(age);
}

/** A file size as people read it: "812 bytes", "14.2 KB", "3.1 MB" (binary units, as the 10 MiB limit). */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  const kib = bytes / 1024;
  if (kib < 1024) return `${kib.toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
  return `${(kib / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

/**
 * A message from the QRB rules (board checks and the decision rule name members by their roster id) with each
 * member's name in place of the id, so that it reads as a sentence.
 */
export function withMemberNames(message: string, members: readonly { readonly id: string; readonly name: string }[]): string {
  let named = message;
  for (const member of members) named = named.split(member.id).join(member.name);
  return named;
}

/** "the board convening on December 4, 2026 (December board)". */
export function boardName(board: { readonly convenesOn: string; readonly label: string | null }): string {
  return `the board convening on ${formatDate(board.convenesOn)}${board.label === null ? '' : ` (${board.label})`}`;
}
