import type { TSourceRef } from '../policy/source';

/**
 * The POLICY.md §2 facts the QRB rules rest on, with their confidence. Rules resting on medium or low facts
 * take their numbers (and, where it matters, whether they block) from {@link TQrbSettings}.
 */
export const QRB_SOURCES = {
  /** 5 CFR 317.502: a QRB certifies before a first career SES appointment; more than half career SES. */
  certification: {
    citation: '5 CFR 317.502: an OPM-convened QRB certifies executive qualifications before a first career SES appointment; more than half of its members are career SES; the appointing authority certifies the candidate',
    policyRef: 'POLICY.md §2',
    confidence: 'high',
  },
  basis: {
    citation: 'OPM QRB guidance: exactly one basis per case — A executive experience (ECQ narratives), B OPM-approved CDP graduate, C special or unique qualities',
    policyRef: 'POLICY.md §2',
    confidence: 'high',
  },
  board: {
    citation: 'OPM QRB practice: 3 SES members from 3 different agencies, none from the candidate\'s agency',
    policyRef: 'POLICY.md §2',
    confidence: 'medium-high',
  },
  priorService: {
    citation: 'Issue 6: ideally one member with prior QRB service (no OPM source recorded in POLICY.md §2)',
    policyRef: 'POLICY.md §2',
    confidence: 'low',
  },
  decision: {
    citation: 'OPM QRB practice: approve or disapprove; a disapproval carries written remarks, general and per ECQ; no official voting rule found',
    policyRef: 'POLICY.md §2',
    confidence: 'medium',
  },
  deadlines: {
    citation: 'OPM QRB guidance (2008 figures): case due within 90 days of the announcement closing; a returned case resubmitted within 60 days',
    policyRef: 'POLICY.md §2',
    confidence: 'medium',
  },
  hold: {
    citation: 'OPM QRB guidance: criterion A and C cases are held during an agency-head transition; B cases are not',
    policyRef: 'POLICY.md §2',
    confidence: 'high',
  },
  methods: {
    citation: 'OPM (2016): traditional ECQ narrative, accomplishment record, and a resume-based first application',
    policyRef: 'POLICY.md §2',
    confidence: 'high',
  },
  vacancyPageLimit: {
    citation: 'QRB ECQ narrative format: page limits are set per vacancy; a limit the announcement states is binding',
    policyRef: 'POLICY.md §3',
    confidence: 'high',
  },
} as const satisfies Record<string, TSourceRef>;
