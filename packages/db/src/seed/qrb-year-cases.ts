import {
  AppError,
  computeResubmissionDueOn,
  checkBoardComposition,
  deriveBoardDecision,
  ECQ_2025,
  ecqsOf,
  todayUtc,
  uuidV5,
  type TCalendarDate,
  type TCaseBasis,
  type TMemberReview,
  type TQrbAssignedState,
  type TQrbCaseState,
  type TQrbDecidedState,
  type TQrbHoldableState,
  type TQrbInReviewState,
  type TQrbMember,
  type TQrbOutcome,
  type TQrbResubmittedState,
  type TQrbSubmittedState,
} from '@ecq/core';

/*
 * The cases of a generated QRB year (seed-qrb-year.ts): a seeded random source, the mix of where cases stand
 * at the year's end, and each case's state built through the transitions it went through. Pure: no database.
 */

const DAY_MS = 86_400_000;

/** The case mix of a year: shares of the cases, by where they stand at the year's end. */
const CASE_MIX = {
  draft: 0.08,
  submitted: 0.14,
  resubmitted: 0.05,
  assigned: 0.12,
  in_review: 0.1,
  approved: 0.33,
  disapproved: 0.1,
  on_hold: 0.08,
} as const;
export type TCaseKind = keyof typeof CASE_MIX;
const HOLDABLE_KINDS = ['submitted', 'resubmitted', 'assigned', 'in_review'] as const;

const HOLD_NOTES = ['Awaiting the agency’s corrected certification.', 'Held at the agency’s request while the position is re-scoped.'];
const LACKING_REMARKS = [
  (ecq: string) => `The ${ecq} examples describe duties rather than results; none shows a measurable outcome of the candidate’s own leadership.`,
  (ecq: string) => `The ${ecq} narrative relies on a single example more than ten years old and shows no executive-level scope.`,
];
const GENERAL_REMARKS = ['The board found the executive experience shown uneven across the ECQs.', 'The narratives read as a description of the office rather than of the candidate.'];

/** mulberry32: a tiny, fast PRNG. Deterministic fixtures must never call `Math.random`. */
export function createSeededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function toolsOf(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return { int, pick, chance, shuffle };
}

export const addDays = (date: TCalendarDate, days: number): TCalendarDate => todayUtc(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
export const daysFrom = (from: TCalendarDate, to: TCalendarDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Exactly `total` kinds in the mix's proportions (largest remainder), in a seeded order. */
export function caseKinds(total: number, shuffle: <T>(items: T[]) => T[]): TCaseKind[] {
  const entries = Object.entries(CASE_MIX) as [TCaseKind, number][];
  const quotas = entries.map(([kind, share]) => ({ kind, n: Math.floor(share * total), rest: share * total - Math.floor(share * total) }));
  let missing = total - quotas.reduce((sum, q) => sum + q.n, 0);
  for (const q of [...quotas].sort((a, b) => b.rest - a.rest)) if (missing-- > 0) q.n++;
  return shuffle(quotas.flatMap((q) => Array.from({ length: q.n }, () => q.kind)));
}

export type TTools = ReturnType<typeof toolsOf>;

export interface TBoardPlan {
  readonly id: string;
  readonly convenesOn: TCalendarDate;
  readonly members: readonly TQrbMember[];
}

/** What a case's state is built from. */
export interface TCaseContext {
  readonly tools: TTools;
  /** `min`..`max` days after `date`, never after the year's end. */
  readonly later: (date: TCalendarDate, min: number, max: number) => TCalendarDate;
  /** By the day they convene. */
  readonly boards: readonly TBoardPlan[];
  readonly boardById: ReadonlyMap<string, TBoardPlan>;
  readonly agency: { readonly id: string; readonly code: string; readonly name: string };
  readonly basis: TCaseBasis;
  readonly createdOn: TCalendarDate;
  /** Names the case's decisions and amendments (uuid v5), so a seed gives the same ids. */
  readonly key: string;
}

const ECQS = ecqsOf(ECQ_2025).map((e) => ({ code: e.code, name: e.name }));

/**
 * The state a case of `kind` stands in at the year's end, built through the transitions it went through:
 * submitted, assigned a board, reviewed, decided by core `deriveBoardDecision` from member reviews, and for
 * a second round disapproved, then resubmitted within the 60 days (POLICY.md §2). Every date follows the one
 * before it and none passes the year's end.
 */
export function buildCaseState(kind: TCaseKind, c: TCaseContext): TQrbCaseState {
  const { int, pick, chance, shuffle } = c.tools;
  const { later, boards, agency, createdOn } = c;
  let round = 0;

  // A board convening on or after `on` with no member from the case's agency (POLICY.md §2).
  const boardFor = (on: TCalendarDate) => {
    const first = boards.findIndex((b) => b.convenesOn >= on);
    const start = (first < 0 ? boards.length - 1 : first) + int(0, 5);
    for (let k = 0; k < boards.length; k++) {
      const board = boards[(start + k) % boards.length]!;
      if (checkBoardComposition({ members: board.members, candidateAgency: { id: agency.id, name: agency.name } }).isValid) return board;
    }
    throw new AppError('VALIDATION_FAILED', `no board is free of ${agency.code} members`, { field: 'boards' });
  };
  const submit = (): TQrbSubmittedState => ({ status: 'submitted', since: later(createdOn, 0, 30), earlierDecisions: [] });
  const assign = (after: TQrbSubmittedState | TQrbResubmittedState): TQrbAssignedState => {
    const since = later(after.since, 1, 21);
    return { status: 'assigned', since, boardId: boardFor(since).id, earlierDecisions: after.earlierDecisions };
  };
  const startReview = (after: TQrbAssignedState): TQrbInReviewState => ({ ...after, status: 'in_review', since: later(after.since, 0, 14) });
  const decide = (after: TQrbInReviewState, outcome: TQrbOutcome): TQrbDecidedState => {
    round++;
    const decidedOn = later(after.since, 1, 28);
    const board = c.boardById.get(after.boardId)!;
    const lacking = outcome === 'approved' ? [] : shuffle(ECQS.map((e) => e.code)).slice(0, int(1, 2));
    const reviews: TMemberReview[] = board.members.map((member, k) => {
      const findings = ECQS.map((e) =>
        lacking.includes(e.code) && (k === 0 || chance(0.5))
          ? { ecqCode: e.code, finding: 'does_not_meet' as const, remarks: pick(LACKING_REMARKS)(e.name) }
          : { ecqCode: e.code, finding: 'meets' as const, remarks: '' },
      );
      return { memberId: member.id, findings, recommendation: findings.some((f) => f.finding === 'does_not_meet') ? 'disapprove' : 'approve' };
    });
    const derived = deriveBoardDecision({
      ecqs: ECQS,
      memberIds: board.members.map((m) => m.id),
      reviews,
      boardRemarks: outcome === 'disapproved' ? { general: pick(GENERAL_REMARKS) } : undefined,
    });
    if (!derived.ok || derived.outcome !== outcome) throw new Error(`seedQrbYear: the board's reviews did not derive ${outcome}`);
    const decision = {
      id: uuidV5(`${c.key}/decision/${round}`),
      outcome,
      decidedOn,
      boardId: board.id,
      rule: derived.rule,
      generalRemarks: derived.generalRemarks,
      ecqs: derived.ecqs,
      resubmissionDueOn: outcome === 'disapproved' ? computeResubmissionDueOn(decidedOn) : undefined,
    };
    // Now and then the board corrects its remarks (the outcome itself is never amended).
    const amendments = chance(0.03)
      ? [
          {
            id: uuidV5(`${c.key}/amendment/${round}`),
            amendedOn: later(decidedOn, 1, 20),
            reason: 'Corrected a misattributed example in the remarks.',
            generalRemarks: `${derived.generalRemarks} (corrected)`.trim(),
            ecqRemarks: {},
          },
        ]
      : [];
    return { status: 'decided', since: decidedOn, decision, amendments, earlierDecisions: after.earlierDecisions };
  };
  const resubmit = (after: TQrbDecidedState): TQrbResubmittedState => ({
    status: 'resubmitted',
    since: later(after.since, 1, 60),
    resubmissionOf: after.decision.id,
    earlierDecisions: [...after.earlierDecisions, { decision: after.decision, amendments: after.amendments }],
  });
  // A case in its second round was disapproved once and resubmitted within the 60 days (POLICY.md §2).
  const waiting = (isSecondRound: boolean) => (isSecondRound ? resubmit(decide(startReview(assign(submit())), 'disapproved')) : submit());
  const holdable = (held: (typeof HOLDABLE_KINDS)[number]): TQrbHoldableState => {
    if (held === 'submitted') return submit();
    if (held === 'resubmitted') return waiting(true);
    const assigned = assign(waiting(chance(0.12)));
    return held === 'assigned' ? assigned : startReview(assigned);
  };
  switch (kind) {
    case 'draft':
      return { status: 'draft', earlierDecisions: [] };
    case 'submitted':
    case 'resubmitted':
    case 'assigned':
    case 'in_review':
      return holdable(kind);
    case 'approved':
    case 'disapproved':
      return decide(startReview(assign(waiting(chance(0.12)))), kind);
    case 'on_hold': {
      const heldFrom = holdable(pick(HOLDABLE_KINDS));
      // B cases continue through an agency-head transition (POLICY.md §2); they are held only by OPM.
      const reason =
        c.basis !== 'B' && chance(0.6) ? { kind: 'agency-head-transition' as const, agencyId: agency.id } : { kind: 'administrative' as const, note: pick(HOLD_NOTES) };
      return { status: 'on_hold', since: later(heldFrom.since, 0, 30), reason, heldFrom };
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
