import type { TCalendarDate } from '../../dates/calendar-date';
import { defineModel } from '../../policy/model';
import type { TPolicyPack } from '../../policy/pack';
import { SOURCES } from '../../policy/source';
import type { TCaseVersion, TCfPackage } from '../case-schemas';
import { exportPackToCase } from '../export-pack';

export interface TGenerateCasePackageOptions {
  /** Number of ECQs. */
  readonly ecqs: number;
  /** Sub-competencies under each ECQ. */
  readonly subsPerEcq: number;
  /** Fundamental competencies after the ECQs; none by default. */
  readonly fundamentals?: number;
  readonly caseVersion?: TCaseVersion;
}

/**
 * A synthetic policy pack of the given size, the same every time (names, codes and UUIDs derive from the
 * counts). For tests and benchmarks only: its content is placeholder text, not policy.
 */
export function generatePolicyPack(options: TGenerateCasePackageOptions): TPolicyPack {
  const id = `generated-${options.ecqs}x${options.subsPerEcq}x${options.fundamentals ?? 0}`;
  const model = defineModel({
    id,
    title: `Generated model (${options.ecqs} ECQs × ${options.subsPerEcq} sub-competencies)`,
    version: '1',
    issuedOn: '2025-01-15' as TCalendarDate,
    publisher: 'ECQ Workbench test data',
    description: 'Synthetic model for tests and benchmarks.',
    definitionsNote: 'Placeholder text, not policy.',
    source: SOURCES.ours,
    ecqs: Array.from({ length: options.ecqs }, (_, e) => ({
      code: `G${e + 1}`,
      name: `Generated ECQ ${e + 1}`,
      description: `Placeholder description of generated ECQ ${e + 1}.`,
      subs: Array.from({ length: options.subsPerEcq }, (_, s) => ({
        name: `Generated competency ${e + 1}.${s + 1}`,
        description: `Placeholder description of generated competency ${e + 1}.${s + 1}.`,
        ...(s % 7 === 0 ? { aliases: [`Generated alias ${e + 1}.${s + 1}`] } : {}),
      })),
    })),
    fundamentals: Array.from({ length: options.fundamentals ?? 0 }, (_, f) => ({
      name: `Generated fundamental ${f + 1}`,
      description: `Placeholder description of generated fundamental ${f + 1}.`,
    })),
  });
  return { id, model, effective: [], alternative: undefined, isBuiltIn: false };
}

/**
 * A valid CASE package of `ecqs × (1 + subsPerEcq) + fundamentals` items, deterministic, written by
 * exportPackToCase. `generateCasePackage({ ecqs: 100, subsPerEcq: 49 })` has 5,000 items.
 */
export function generateCasePackage(options: TGenerateCasePackageOptions): TCfPackage {
  return exportPackToCase(generatePolicyPack(options), { caseVersion: options.caseVersion ?? '1.1' });
}
