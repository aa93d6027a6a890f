import type { TCalendarDate } from '../../dates/calendar-date';
import { measureNarrativePages } from '../../layout/measure-narrative-pages';
import { analyzeNarrative } from '../../narrative/analyze-narrative';
import { corpusText, goodPackage } from '../../narrative/testing/sample-package';
import type { TNarrativeLimits } from '../../narrative/narrative-limits';
import type { TCompetencyModel } from '../../policy/model';
import { checkBoardComposition, type TBoardCompositionCheck } from '../check-board-composition';
import { checkCaseSubmission, type TCaseSubmissionCheck, type TCheckCaseSubmissionRequest } from '../check-case-submission';
import { deriveBoardDecision, type TBoardDecisionResult, type TMemberReview } from '../derive-board-decision';
import { deriveHiringActionTerms, type THiringActionTerms } from '../derive-hiring-action-terms';
import type { TCaseAgency, TQrbMember } from '../qrb-member';

/** Test helpers for the QRB domain; not part of the API. */
export const d = (date: string) => date as TCalendarDate;

export const AGENCIES = {
  doe: { id: 'doe', name: 'Department of Energy' },
  dot: { id: 'dot', name: 'Department of Transportation' },
  va: { id: 'va', name: 'Department of Veterans Affairs' },
  hhs: { id: 'hhs', name: 'Department of Health and Human Services' },
} as const satisfies Record<string, TCaseAgency>;

export function member(id: string, agency: TCaseAgency, overrides: Partial<TQrbMember> = {}): TQrbMember {
  return { id, name: `Member ${id.toUpperCase()}`, agencyId: agency.id, agencyName: agency.name, appointment: 'career', hasPriorQrbService: false, ...overrides };
}

/** Three career members from DOT, VA and HHS, one with prior QRB service: valid for a DOE case. */
export const VALID_BOARD: readonly TQrbMember[] = [
  member('m1', AGENCIES.dot, { hasPriorQrbService: true }),
  member('m2', AGENCIES.va),
  member('m3', AGENCIES.hhs, { appointment: 'noncareer' }),
];

/** The case's agency in every fixture. */
export const CASE_AGENCY = AGENCIES.doe;

/** A 2025 action (initiated 2025-08-01; the announcement closed 2025-09-15, so the case is due 2025-12-14). */
export function action2025(overrides: Partial<Parameters<typeof deriveHiringActionTerms>[0]> = {}): THiringActionTerms {
  return deriveHiringActionTerms({
    initiatedOn: '2025-08-01',
    announcementOpensOn: '2025-08-15',
    announcementClosesOn: '2025-09-15',
    applicationMethod: 'traditional_ecq_narrative',
    ...overrides,
  });
}

/** The analyzer with the real page layout engine, on a fixed day. */
export function analyzeWith(text: string) {
  return (options: { readonly model: TCompetencyModel; readonly limits: TNarrativeLimits }) =>
    analyzeNarrative(text, { ...options, today: '2025-11-01', measurePages: measureNarrativePages });
}

export const GOOD_2025_PACKAGE = goodPackage();

/** A package written for the 2006 model: its five 2006 ECQ headings over 2006 corpus examples. */
export const PACKAGE_2006 = [
  ['Leading Change', 'c06-lc-1'],
  ['Leading People', 'c06-lp-1'],
  ['Results Driven', 'c06-rd-1'],
  ['Business Acumen', 'c06-ba-1'],
  ['Building Coalitions', 'c06-bc-1'],
].map(([heading, id]) => `${heading}\n\n${corpusText(id!)}`).join('\n\n');

/** A passing pre-submission check on `on`: a complete criterion A case with the good 2025 package. */
export function passingCheck(on: TCalendarDate, overrides: Partial<TCheckCaseSubmissionRequest> = {}): TCaseSubmissionCheck {
  return checkCaseSubmission({
    action: action2025(),
    claims: [{ basis: 'A', narrative: { analysis: analyzeWith(GOOD_2025_PACKAGE) } }],
    certification: { certifiedBy: 'Appointing Authority', certifiedOn: '2025-10-01' },
    on,
    ...overrides,
  });
}

export function validBoardCheck(agency: TCaseAgency = CASE_AGENCY): TBoardCompositionCheck {
  return checkBoardComposition({ members: VALID_BOARD, candidateAgency: agency });
}

export const ECQS_2025 = [
  { code: 'LC', name: 'Leading Change' },
  { code: 'LP', name: 'Leading People' },
  { code: 'DR', name: 'Driving Results' },
  { code: 'AOS', name: 'Achieving Organizational Success' },
  { code: 'BC', name: 'Building Coalitions' },
] as const;

/** A member's review: every ECQ met except those listed, each with remarks. */
export function review(memberId: string, lacking: readonly string[] = [], remarks = 'Not enough evidence of executive scope.'): TMemberReview {
  return {
    memberId,
    recommendation: lacking.length === 0 ? 'approve' : 'disapprove',
    findings: ECQS_2025.map((e) => ({
      ecqCode: e.code,
      finding: lacking.includes(e.code) ? 'does_not_meet' : 'meets',
      remarks: lacking.includes(e.code) ? remarks : '',
    })),
  };
}

export function approval(): TBoardDecisionResult {
  return deriveBoardDecision({ ecqs: ECQS_2025, memberIds: ['m1', 'm2', 'm3'], reviews: ['m1', 'm2', 'm3'].map((m) => review(m)) });
}

export function disapproval(lacking: readonly string[] = ['DR']): TBoardDecisionResult {
  return deriveBoardDecision({
    ecqs: ECQS_2025,
    memberIds: ['m1', 'm2', 'm3'],
    reviews: [review('m1', lacking), review('m2'), review('m3')],
    boardRemarks: { general: 'The package shows strong leadership but thin results.' },
  });
}
