import type { TSourceRef } from '../../policy/source';

/** The POLICY.md facts the narrative rules rest on, with their confidence. */
export const NARRATIVE_SOURCES = {
  examplesPerEcq: {
    citation: 'OPM, Guide to SES Qualifications: one or more examples per ECQ',
    policyRef: 'POLICY.md §3',
    confidence: 'high',
  },
  examplesAdvice: {
    citation: 'Consultants\' advice: at most 2 examples per ECQ and no story reused across ECQs',
    policyRef: 'POLICY.md §3',
    confidence: 'low',
  },
  recency: {
    citation: 'OPM guidance: examples relatively recent; by convention within 10 years, ideally 5',
    policyRef: 'POLICY.md §3',
    confidence: 'medium',
  },
  ccar: {
    citation: 'OPM, Guide to SES Qualifications: Challenge, Context, Action (what you did), Result (measurable outcomes)',
    policyRef: 'POLICY.md §3',
    confidence: 'high',
  },
  /** The CCAR fact is high confidence; reading parts from unlabelled prose is our heuristic, so the rules warn. */
  ccarInferred: {
    citation: 'OPM CCAR model, applied through ECQ Workbench\'s reading of the text (heuristic)',
    policyRef: 'POLICY.md §3',
    confidence: 'medium',
  },
  totalPages: {
    citation: 'QRB ECQ narrative format: at most 10 pages in total; limits set per vacancy',
    policyRef: 'POLICY.md §3',
    confidence: 'high',
  },
  pagesPerEcq: {
    citation: 'QRB ECQ narrative format: about 2 pages per ECQ (some announcements say 1); limits set per vacancy',
    policyRef: 'POLICY.md §3',
    confidence: 'medium',
  },
  coverage: {
    citation: 'Sources disagree whether all or a majority of sub-competencies must be shown; coverage read from cues',
    policyRef: 'POLICY.md §3',
    confidence: 'low',
  },
  fundamentals: {
    citation: 'OPM 2006 model: fundamental competencies judged across the whole narrative; read from cues',
    policyRef: 'POLICY.md §1',
    confidence: 'low',
  },
  writing: {
    citation: 'ECQ Workbench writing guidance for ECQ narratives (no OPM source)',
    policyRef: 'POLICY.md §3',
    confidence: 'low',
  },
} as const satisfies Record<string, TSourceRef>;
