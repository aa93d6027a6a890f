import type { TSourceRef } from '../policy/source';
import { checkMemberConflict } from './check-member-conflict';
import type { TCaseAgency, TQrbMember } from './qrb-member';
import { resolveQrbSettings, type TQrbSettingsOverrides } from './qrb-settings';
import { QRB_SOURCES } from './qrb-sources';

export const BOARD_ISSUE_CODES = [
  'board-size',
  'member-duplicate',
  'agencies-not-distinct',
  'career-minority',
  'conflict-of-interest',
  'no-prior-service',
] as const;
export type TBoardIssueCode = (typeof BOARD_ISSUE_CODES)[number];

export interface TBoardIssue {
  readonly code: TBoardIssueCode;
  readonly message: string;
  /** The members the issue is about (empty when it is about the board as a whole). */
  readonly memberIds: readonly string[];
  readonly source: TSourceRef;
}

export interface TCheckBoardCompositionRequest {
  readonly members: readonly TQrbMember[];
  /** When the board is checked for a case: the candidate's agency, whose members are refused for it. */
  readonly candidateAgency?: TCaseAgency | undefined;
  readonly settings?: TQrbSettingsOverrides | undefined;
}

export interface TBoardCompositionCheck {
  readonly isValid: boolean;
  readonly errors: readonly TBoardIssue[];
  readonly warnings: readonly TBoardIssue[];
  readonly memberIds: readonly string[];
  /** The candidate's agency the conflict-of-interest rule was checked against; undefined when none was. */
  readonly candidateAgencyId: string | undefined;
}

/**
 * Checks a QRB board, listing every problem: `boardSize` (3) members from `minBoardAgencies` (3) different
 * agencies (POLICY.md §2, medium-high; configurable), more than half career SES (5 CFR 317.502, POLICY.md
 * §2, high; not configurable), no member twice, and — for a case — no member from the candidate's agency
 * (POLICY.md §2, medium-high), each refused with why. Fewer than `minPriorServiceMembers` (1) members with
 * prior QRB service is a warning only (low).
 * @throws AppError `VALIDATION_FAILED` for bad settings.
 */
export function checkBoardComposition(request: TCheckBoardCompositionRequest): TBoardCompositionCheck {
  const settings = resolveQrbSettings(request.settings);
  const { members, candidateAgency } = request;
  const errors: TBoardIssue[] = [];
  const warnings: TBoardIssue[] = [];

  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.id)) {
      errors.push({ code: 'member-duplicate', memberIds: [member.id], source: QRB_SOURCES.board, message: `${member.name} is on the board twice.` });
    }
    seen.add(member.id);
  }
  const distinct = [...new Map(members.map((m) => [m.id, m])).values()];
  if (distinct.length !== settings.boardSize) {
    errors.push({
      code: 'board-size',
      memberIds: [],
      source: QRB_SOURCES.board,
      message: `A board has ${settings.boardSize} members; this one has ${distinct.length}.`,
    });
  }

  const byAgency = new Map<string, TQrbMember[]>();
  for (const member of distinct) byAgency.set(member.agencyId, [...(byAgency.get(member.agencyId) ?? []), member]);
  // A board short of members is reported by its size; this rule is about members sharing an agency.
  if (byAgency.size < Math.min(settings.minBoardAgencies, distinct.length)) {
    const shared = [...byAgency.values()].filter((group) => group.length > 1);
    const detail = shared.map((group) => `${group.map((m) => m.name).join(' and ')} both serve at ${group[0]!.agencyName}`).join('; ');
    errors.push({
      code: 'agencies-not-distinct',
      memberIds: shared.flat().map((m) => m.id),
      source: QRB_SOURCES.board,
      message: `A board's members come from ${settings.minBoardAgencies} different agencies; this one has ${byAgency.size}${detail ? ` (${detail})` : ''}.`,
    });
  }

  const career = distinct.filter((m) => m.appointment === 'career');
  if (distinct.length > 0 && career.length * 2 <= distinct.length) {
    errors.push({
      code: 'career-minority',
      memberIds: distinct.filter((m) => m.appointment !== 'career').map((m) => m.id),
      source: QRB_SOURCES.certification,
      message: `More than half of a board's members must be career SES (5 CFR 317.502); ${career.length} of ${distinct.length} are.`,
    });
  }

  if (candidateAgency !== undefined) {
    for (const member of distinct) {
      const conflict = checkMemberConflict(member, candidateAgency);
      if (conflict) errors.push({ code: conflict.code, memberIds: [conflict.memberId], source: conflict.source, message: conflict.message });
    }
  }

  const prior = distinct.filter((m) => m.hasPriorQrbService).length;
  if (prior < settings.minPriorServiceMembers) {
    warnings.push({
      code: 'no-prior-service',
      memberIds: [],
      source: QRB_SOURCES.priorService,
      message: `Ideally at least ${settings.minPriorServiceMembers} member${settings.minPriorServiceMembers === 1 ? '' : 's'} ${settings.minPriorServiceMembers === 1 ? 'has' : 'have'} served on a QRB before; ${prior === 0 ? 'none has' : `only ${prior} has`}.`,
    });
  }

  return {
    isValid: errors.length === 0,
    errors,
    warnings,
    memberIds: members.map((m) => m.id),
    candidateAgencyId: candidateAgency?.id,
  };
}
