/**
 * The basis a QRB case rests on — exactly one per case (POLICY.md §2, high): **A** demonstrated executive
 * experience (ECQ narratives), **B** graduate of an OPM-approved Candidate Development Program, **C** special
 * or unique qualities.
 */
export const CASE_BASES = ['A', 'B', 'C'] as const;
export type TCaseBasis = (typeof CASE_BASES)[number];

export const CASE_BASIS_LABELS: Readonly<Record<TCaseBasis, string>> = {
  A: 'Criterion A: demonstrated executive experience (ECQ narratives)',
  B: 'Criterion B: graduate of an OPM-approved Candidate Development Program',
  C: 'Criterion C: special or unique qualities',
};

/** True for `A`, `B` or `C`. */
export function isCaseBasis(value: unknown): value is TCaseBasis {
  return typeof value === 'string' && (CASE_BASES as readonly string[]).includes(value);
}

/**
 * Whether cases on this basis are held while the agency's head changes: A and C are, B continues
 * (POLICY.md §2, high).
 */
export function isHeldDuringAgencyHeadTransition(basis: TCaseBasis): boolean {
  switch (basis) {
    case 'A':
    case 'C':
      return true;
    case 'B':
      return false;
    default: {
      const unreachable: never = basis;
      return unreachable;
    }
  }
}
