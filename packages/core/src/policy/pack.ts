import type { TCalendarDate } from '../dates/calendar-date';
import type { TCompetencyModel } from './model';
import type { TSourceRef } from './source';

/** The processes whose governing model changes over time (DESIGN.md; POLICY.md §1). */
export const PROCESSES = ['hiring', 'appraisal', 'development'] as const;
export type TProcess = (typeof PROCESSES)[number];

/** From which date a process uses a pack, and why. */
export interface TEffectiveRule {
  readonly process: TProcess;
  readonly from: TCalendarDate;
  /** Plain-language basis, quoted in every `policyFor` answer. */
  readonly basis: string;
  readonly source: TSourceRef;
}

/**
 * Packs in one alternative group compete for the same period; a deployment setting picks which one it
 * follows (the January and May 2025 models: POLICY.md §1).
 */
export interface TAlternative {
  readonly group: string;
  readonly isDefault: boolean;
}

/** A policy pack: a competency model plus the dates from which each process uses it. */
export interface TPolicyPack {
  readonly id: string;
  readonly model: TCompetencyModel;
  readonly effective: readonly TEffectiveRule[];
  readonly alternative: TAlternative | undefined;
  readonly isBuiltIn: boolean;
}
