import type { TCompetency } from '../policy/model';
import type { TSourceRef } from '../policy/source';
import { resolveQrbSettings, type TQrbDecisionRule, type TQrbSettingsOverrides } from './qrb-settings';
import { QRB_SOURCES } from './qrb-sources';

/** A member's finding on one ECQ. */
export const ECQ_FINDINGS = ['meets', 'does_not_meet'] as const;
export type TEcqFinding = (typeof ECQ_FINDINGS)[number];

export const QRB_RECOMMENDATIONS = ['approve', 'disapprove'] as const;
export type TQrbRecommendation = (typeof QRB_RECOMMENDATIONS)[number];

/** A QRB decision: approve or disapprove (POLICY.md §2, medium). */
export const QRB_OUTCOMES = ['approved', 'disapproved'] as const;
export type TQrbOutcome = (typeof QRB_OUTCOMES)[number];

export interface TMemberEcqFinding {
  readonly ecqCode: string;
  readonly finding: TEcqFinding;
  readonly remarks: string;
}

/** What one member recorded: a finding with remarks per ECQ, and a recommendation. */
export interface TMemberReview {
  readonly memberId: string;
  readonly findings: readonly TMemberEcqFinding[];
  readonly recommendation: TQrbRecommendation;
}

export interface TDeriveBoardDecisionRequest {
  /** The ECQs under review: the action's model's (`ecqsOf(pack.model)`). */
  readonly ecqs: readonly Pick<TCompetency, 'code' | 'name'>[];
  /** The board's members; each must record a review. */
  readonly memberIds: readonly string[];
  readonly reviews: readonly TMemberReview[];
  /**
   * The board's own remarks. An ECQ's remarks are the board's when given, else those of the members who
   * found it lacking (for a lacking ECQ); the general remarks are the board's.
   */
  readonly boardRemarks?: { readonly general?: string | undefined; readonly byEcq?: Readonly<Record<string, string>> | undefined } | undefined;
  /** Members' names by id, for the messages; an id stands for a member without one. */
  readonly memberNames?: Readonly<Record<string, string>> | undefined;
  readonly settings?: TQrbSettingsOverrides | undefined;
}

/** The board's determination on one ECQ. */
export interface TEcqDetermination {
  readonly ecqCode: string;
  readonly ecqName: string;
  readonly isMet: boolean;
  readonly meets: number;
  readonly doesNotMeet: number;
  /** '' when nobody wrote any. */
  readonly remarks: string;
}

export const DECISION_ISSUE_CODES = [
  'no-ecqs',
  'no-members',
  'review-missing',
  'review-duplicate',
  'not-a-member',
  'unknown-ecq',
  'finding-missing',
  'finding-duplicate',
  'recommendation-inconsistent',
  'remarks-missing',
  'general-remarks-missing',
] as const;
export type TDecisionIssueCode = (typeof DECISION_ISSUE_CODES)[number];

export interface TDecisionIssue {
  readonly code: TDecisionIssueCode;
  readonly message: string;
  readonly ecqCodes: readonly string[];
  readonly memberIds: readonly string[];
}

export type TBoardDecisionResult =
  | {
      readonly ok: true;
      readonly outcome: TQrbOutcome;
      readonly rule: TQrbDecisionRule;
      readonly ecqs: readonly TEcqDetermination[];
      readonly generalRemarks: string;
      readonly recommendations: { readonly approve: number; readonly disapprove: number };
      readonly warnings: readonly TDecisionIssue[];
      readonly source: TSourceRef;
    }
  | { readonly ok: false; readonly rule: TQrbDecisionRule; readonly problems: readonly TDecisionIssue[] };

/**
 * Derives the board's decision from its members' per-ECQ findings (POLICY.md §2, medium: no official vote
 * rule was found, so the rule is `settings.decisionRule`). Under `unanimous` (default) an ECQ is met only
 * when every member finds it met; under `majority`, when more than half do. The case is approved when every
 * ECQ is met, else disapproved. Refuses, listing every problem, when a member's review is missing or
 * incomplete, a recommendation contradicts its own findings, or a disapproval lacks remarks on an ECQ found
 * lacking (the refusal names those ECQs; POLICY.md §2: a disapproval carries remarks per ECQ). A
 * disapproval without general remarks only warns.
 * @throws AppError `VALIDATION_FAILED` for bad settings.
 */
export function deriveBoardDecision(request: TDeriveBoardDecisionRequest): TBoardDecisionResult {
  const { decisionRule: rule } = resolveQrbSettings(request.settings);
  const { ecqs } = request;
  const members = [...new Set(request.memberIds)];
  const problems: TDecisionIssue[] = [];
  const issue = (code: TDecisionIssueCode, message: string, ecqCodes: readonly string[] = [], memberIds: readonly string[] = []): TDecisionIssue =>
    ({ code, message, ecqCodes, memberIds });
  const nameOf = (code: string): string => ecqs.find((e) => e.code === code)?.name ?? code;
  const who = (memberId: string): string => request.memberNames?.[memberId] ?? memberId;
  const listEcqs = (codes: readonly string[]): string => codes.map((c) => `${nameOf(c)} (${c})`).join(', ');

  if (ecqs.length === 0) problems.push(issue('no-ecqs', 'There are no ECQs to decide on.'));
  if (members.length === 0) problems.push(issue('no-members', 'The board has no members.'));

  const byMember = new Map<string, TMemberReview>();
  for (const review of request.reviews) {
    if (!members.includes(review.memberId)) {
      problems.push(issue('not-a-member', `${who(review.memberId)} is not on this board; their review does not count.`, [], [review.memberId]));
    } else if (byMember.has(review.memberId)) {
      problems.push(issue('review-duplicate', `${who(review.memberId)} recorded two reviews; keep one.`, [], [review.memberId]));
    } else {
      byMember.set(review.memberId, review);
    }
  }
  const missingReviews = members.filter((m) => !byMember.has(m));
  if (missingReviews.length > 0) {
    problems.push(issue('review-missing', `Waiting for the review of ${missingReviews.map(who).join(', ')}.`, [], missingReviews));
  }

  const findingOf = new Map<string, TMemberEcqFinding>();
  for (const review of byMember.values()) {
    const counted = new Set<string>();
    for (const finding of review.findings) {
      if (!ecqs.some((e) => e.code === finding.ecqCode)) {
        problems.push(issue('unknown-ecq', `${who(review.memberId)} recorded a finding on "${finding.ecqCode}", which is not an ECQ of this case.`, [finding.ecqCode], [review.memberId]));
      } else if (counted.has(finding.ecqCode)) {
        problems.push(issue('finding-duplicate', `${who(review.memberId)} recorded ${listEcqs([finding.ecqCode])} twice; keep one finding.`, [finding.ecqCode], [review.memberId]));
      } else {
        counted.add(finding.ecqCode);
        findingOf.set(`${review.memberId}\u0000${finding.ecqCode}`, finding);
      }
    }
    const missing = ecqs.map((e) => e.code).filter((code) => !counted.has(code));
    if (missing.length > 0) {
      problems.push(issue('finding-missing', `${who(review.memberId)} has not recorded a finding on ${listEcqs(missing)}.`, missing, [review.memberId]));
      continue;
    }
    const lacking = review.findings.filter((f) => f.finding === 'does_not_meet').map((f) => f.ecqCode);
    if (review.recommendation === 'approve' && lacking.length > 0) {
      problems.push(issue('recommendation-inconsistent', `${who(review.memberId)} recommends approval but finds ${listEcqs(lacking)} not met.`, lacking, [review.memberId]));
    } else if (review.recommendation === 'disapprove' && lacking.length === 0) {
      problems.push(issue('recommendation-inconsistent', `${who(review.memberId)} recommends disapproval but finds every ECQ met; name the ECQs found lacking.`, [], [review.memberId]));
    }
  }
  if (problems.length > 0) return { ok: false, rule, problems };

  const determinations = ecqs.map((ecq): TEcqDetermination => {
    const findings = members.map((m) => findingOf.get(`${m}\u0000${ecq.code}`)!);
    const meets = findings.filter((f) => f.finding === 'meets').length;
    const doesNotMeet = findings.length - meets;
    const isMet = rule === 'unanimous' ? doesNotMeet === 0 : meets * 2 > members.length;
    const board = request.boardRemarks?.byEcq?.[ecq.code]?.trim() ?? '';
    const fromMembers = isMet ? [] : findings.filter((f) => f.finding === 'does_not_meet').map((f) => f.remarks.trim()).filter((r) => r.length > 0);
    return { ecqCode: ecq.code, ecqName: ecq.name, isMet, meets, doesNotMeet, remarks: board || fromMembers.join('\n\n') };
  });
  const outcome = determinations.every((d) => d.isMet) ? 'approved' : 'disapproved';
  const generalRemarks = request.boardRemarks?.general?.trim() ?? '';
  const warnings: TDecisionIssue[] = [];
  if (outcome === 'disapproved') {
    const unexplained = determinations.filter((d) => !d.isMet && d.remarks.length === 0).map((d) => d.ecqCode);
    if (unexplained.length > 0) {
      return {
        ok: false,
        rule,
        problems: [issue('remarks-missing', `A disapproval needs remarks on each ECQ found lacking; write them for ${listEcqs(unexplained)}.`, unexplained)],
      };
    }
    if (generalRemarks.length === 0) {
      warnings.push(issue('general-remarks-missing', 'A disapproval usually carries general remarks as well as remarks per ECQ.'));
    }
  }
  const approve = [...byMember.values()].filter((r) => r.recommendation === 'approve').length;
  return {
    ok: true,
    outcome,
    rule,
    ecqs: determinations,
    generalRemarks,
    recommendations: { approve, disapprove: byMember.size - approve },
    warnings,
    source: QRB_SOURCES.decision,
  };
}
