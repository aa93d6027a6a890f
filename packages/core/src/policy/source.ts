/**
 * How sure we are of a policy fact, as POLICY.md grades it. Rules resting on `low` facts warn and never
 * reject (POLICY.md, preamble).
 */
export const CONFIDENCE_LEVELS = ['high', 'medium-high', 'medium', 'low'] as const;
export type TConfidence = (typeof CONFIDENCE_LEVELS)[number];

/** Where a fact comes from: a human citation, the POLICY.md section that records it, and its confidence. */
export interface TSourceRef {
  /** Human citation, e.g. "OPM memo, 2025-01-15, attachment 1". */
  readonly citation: string;
  /** The section of POLICY.md that records the fact, e.g. "POLICY.md §1". */
  readonly policyRef: string;
  readonly confidence: TConfidence;
}

export const SOURCES = {
  ecq2006: {
    citation: 'OPM, Guide to Senior Executive Service Qualifications (2006 ECQ model)',
    policyRef: 'POLICY.md §1',
    confidence: 'high',
  },
  memo2025: {
    citation: 'OPM memo "Update of the Senior Executive Service Executive Core Qualifications", 2025-01-15',
    policyRef: 'POLICY.md §1; seed 002_6f8f119a526f1237.txt',
    confidence: 'high',
  },
  memo2025Attachment: {
    citation: 'OPM memo of 2025-01-15, attachment 1 "Executive Core Qualifications Modifications"',
    policyRef: 'POLICY.md §1; seed 002_6f8f119a526f1237.txt',
    confidence: 'high',
  },
  memo2025May: {
    citation: 'OPM memo of 2025-05-29 (Merit Hiring Plan), as publicly reported',
    policyRef: 'POLICY.md §1',
    confidence: 'high',
  },
  ours: {
    citation: 'ECQ Workbench editorial judgement (no OPM source)',
    policyRef: 'POLICY.md §1',
    confidence: 'low',
  },
} as const satisfies Record<string, TSourceRef>;

export function withConfidence(source: TSourceRef, confidence: TConfidence): TSourceRef {
  return { ...source, confidence };
}
