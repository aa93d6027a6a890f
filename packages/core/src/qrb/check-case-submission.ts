import { BUILT_IN_CROSSWALKS } from '../crosswalk';
import type { TCrosswalk } from '../crosswalk/crosswalk';
import { parseCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import type { TNarrativeReport } from '../narrative/analyze-narrative';
import type { TNarrativeLimits } from '../narrative/narrative-limits';
import { ECQ_MISSING_RULE, PAGES_PER_ECQ_RULE, PAGES_TOTAL_RULE } from '../narrative/rules';
import { NARRATIVE_SOURCES } from '../narrative/rules/sources';
import type { TCompetencyModel } from '../policy/model';
import type { TSourceRef } from '../policy/source';
import { CASE_BASIS_LABELS, type TCaseBasis } from './case-basis';
import { APPLICATION_METHOD_LABELS, hasEcqNarratives, type THiringActionTerms } from './derive-hiring-action-terms';
import { daysBetween } from './calendar-days';
import { daysLate } from './qrb-deadlines';
import { resolveQrbSettings, type TQrbSettingsOverrides } from './qrb-settings';
import { QRB_SOURCES } from './qrb-sources';

/** Runs the analyzer on the package under the model and limits the check names (the action's). */
export type TAnalyzePackage = (options: { readonly model: TCompetencyModel; readonly limits: TNarrativeLimits }) => TNarrativeReport;

/** The candidate's shared ECQ package: the analysis (or how to run it) and the model the package names. */
export interface TNarrativeEvidence {
  /** The model the package file says it was written for (`modelId`), when it says. */
  readonly declaredModelId?: string | undefined;
  /** The report under the action's model and limits, or a function that runs the analyzer. */
  readonly analysis: TNarrativeReport | TAnalyzePackage;
}

/** What a case claims as its basis, with the evidence that basis needs (POLICY.md §2, high). */
export type TCaseBasisClaim =
  | { readonly basis: 'A'; readonly narrative?: TNarrativeEvidence | undefined }
  | { readonly basis: 'B'; readonly cdpProgram?: string | undefined; readonly cdpCertificate?: string | undefined }
  | { readonly basis: 'C'; readonly uniqueQualifications?: string | undefined };

/** The appointing authority's certification of the candidate (5 CFR 317.502, POLICY.md §2, high). */
export interface TAppointingAuthorityCertification {
  readonly certifiedBy: string;
  readonly certifiedOn: TCalendarDate | string;
}

export const SUBMISSION_ISSUE_CODES = [
  'basis-missing',
  'basis-multiple',
  'narrative-missing',
  'analysis-mismatch',
  'package-model-mismatch',
  'ecq-missing',
  'pages-over-limit',
  'ecq-pages-over-limit',
  'pages-not-measured',
  'narrative-error',
  'resume-missing',
  'cdp-program-missing',
  'cdp-certificate-missing',
  'unique-qualifications-missing',
  'certification-missing',
  'due-date-passed',
] as const;
export type TSubmissionIssueCode = (typeof SUBMISSION_ISSUE_CODES)[number];

/** A package written for another model, and the crosswalk that drafts its migration when there is one. */
export interface TPackageMigration {
  readonly fromModelId: string;
  readonly toModelId: string;
  /** The crosswalk id (`ecq-2006--ecq-2025`); undefined when no crosswalk leads there. */
  readonly crosswalkId: string | undefined;
}

export interface TSubmissionIssue {
  readonly code: TSubmissionIssueCode;
  readonly message: string;
  readonly source: TSourceRef;
  /** The request field to fix, e.g. `certification`, `claims[0].cdpCertificate`. */
  readonly field: string;
  readonly ecqCode?: string;
  /** The narrative rule behind a finding turned blocker. */
  readonly ruleId?: string;
  readonly migration?: TPackageMigration;
}

export interface TCheckCaseSubmissionRequest {
  /** The frozen terms of the case's hiring action. */
  readonly action: Pick<
    THiringActionTerms,
    'policy' | 'narrativeLimits' | 'narrativeLimitOverrides' | 'applicationMethod' | 'announcementClosesOn' | 'qrbCaseDueOn'
  >;
  /** What the case claims; exactly one is allowed. */
  readonly claims: readonly TCaseBasisClaim[];
  /** The candidate's resume (an attachment reference); needed when the action is resume-based. */
  readonly resume?: string | undefined;
  readonly certification?: TAppointingAuthorityCertification | undefined;
  /** The day the case would be submitted; core never reads the clock. */
  readonly on: TCalendarDate | string;
  /** For a resubmission: its own due date (POLICY.md §2: 60 days after the disapproval) replaces the case's. */
  readonly resubmission?: { readonly disapprovedOn: TCalendarDate | string; readonly dueOn: TCalendarDate | string } | undefined;
  /** Crosswalks that may draft a migration; the built-in ones by default. */
  readonly crosswalks?: readonly TCrosswalk[] | undefined;
  readonly settings?: TQrbSettingsOverrides | undefined;
}

export interface TCaseSubmissionCheck {
  readonly checkedOn: TCalendarDate;
  /** The one basis claimed; undefined when none or several are. */
  readonly basis: TCaseBasis | undefined;
  readonly canSubmit: boolean;
  /** Everything that blocks submission, in the order a form lists it. */
  readonly blockers: readonly TSubmissionIssue[];
  readonly warnings: readonly TSubmissionIssue[];
  readonly dueOn: TCalendarDate;
  /** The analyzer's report under the action's model and limits, when the case has ECQ narratives. */
  readonly report: TNarrativeReport | undefined;
}

/**
 * The pre-submission check of a QRB case: lists every blocker, each with a stable code, a message and its
 * POLICY.md source, never only the first. Exactly one basis (POLICY.md §2, high); for **A** the ECQ
 * narratives analysed under the action's model and limits — error findings, missing ECQs and pages over
 * the limit block (POLICY.md §3), and so does a package written for another model than the action's (a
 * 2006 package on a 2025 action), naming the crosswalk so the UI can offer a migration draft (POLICY.md §1);
 * for resume-based actions a resume; for **B** the CDP program and certificate; for **C** the
 * unique-qualifications statement; for all, the appointing authority's certification (5 CFR 317.502, high)
 * and the due date (POLICY.md §2, medium: blocks or warns per `settings.deadlineEnforcement`).
 * @throws AppError `INVALID_DATE` for a bad `on`, resubmission or certification date;
 * `VALIDATION_FAILED` for bad settings.
 */
export function checkCaseSubmission(request: TCheckCaseSubmissionRequest): TCaseSubmissionCheck {
  const settings = resolveQrbSettings(request.settings);
  const checkedOn = parseCalendarDate(request.on, 'on');
  const blockers: TSubmissionIssue[] = [];
  const warnings: TSubmissionIssue[] = [];
  const { action } = request;

  const claims = request.claims;
  const claim = claims.length === 1 ? claims[0] : undefined;
  if (claims.length === 0) {
    blockers.push({
      code: 'basis-missing',
      field: 'claims',
      source: QRB_SOURCES.basis,
      message: `Choose the case's basis: ${Object.values(CASE_BASIS_LABELS).join('; ')}.`,
    });
  } else if (claims.length > 1) {
    blockers.push({
      code: 'basis-multiple',
      field: 'claims',
      source: QRB_SOURCES.basis,
      message: `A case rests on exactly one basis; this one claims ${claims.map((c) => c.basis).join(', ')}. Keep one.`,
    });
  }

  let report: TNarrativeReport | undefined;
  if (claim !== undefined) {
    switch (claim.basis) {
      case 'A':
        report = checkCriterionA(claim, request, blockers, warnings);
        break;
      case 'B':
        if (isBlank(claim.cdpProgram)) {
          blockers.push({ code: 'cdp-program-missing', field: 'claims[0].cdpProgram', source: QRB_SOURCES.basis, message: 'Name the OPM-approved Candidate Development Program the candidate graduated from.' });
        }
        if (isBlank(claim.cdpCertificate)) {
          blockers.push({ code: 'cdp-certificate-missing', field: 'claims[0].cdpCertificate', source: QRB_SOURCES.basis, message: 'Attach the candidate\'s Candidate Development Program certificate.' });
        }
        break;
      case 'C':
        if (isBlank(claim.uniqueQualifications)) {
          blockers.push({ code: 'unique-qualifications-missing', field: 'claims[0].uniqueQualifications', source: QRB_SOURCES.basis, message: 'Write the statement of the candidate\'s special or unique qualities.' });
        }
        break;
      default: {
        const unreachable: never = claim;
        return unreachable;
      }
    }
  }

  const certification = request.certification;
  if (certification === undefined || isBlank(certification.certifiedBy)) {
    blockers.push({
      code: 'certification-missing',
      field: 'certification',
      source: QRB_SOURCES.certification,
      message: 'Add the appointing authority\'s certification of the candidate: the QRB certifies only candidates the appointing authority has certified.',
    });
  } else {
    parseCalendarDate(certification.certifiedOn, 'certification.certifiedOn');
  }

  const { resubmission } = request;
  const dueOn = resubmission === undefined ? action.qrbCaseDueOn : parseCalendarDate(resubmission.dueOn, 'resubmission.dueOn');
  const late = daysLate(dueOn, checkedOn);
  if (late > 0) {
    const what = resubmission === undefined
      ? `${daysBetween(action.announcementClosesOn, dueOn)} days after the announcement closed`
      : `${daysBetween(parseCalendarDate(resubmission.disapprovedOn, 'resubmission.disapprovedOn'), dueOn)} days after the disapproval`;
    (settings.deadlineEnforcement === 'block' ? blockers : warnings).push({
      code: 'due-date-passed',
      field: 'on',
      source: QRB_SOURCES.deadlines,
      message: `The case was due on ${dueOn} (${what}); on ${checkedOn} it is ${late} day${late === 1 ? '' : 's'} late.`,
    });
  }

  return { checkedOn, basis: claim?.basis, canSubmit: blockers.length === 0, blockers, warnings, dueOn, report };
}

function checkCriterionA(
  claim: Extract<TCaseBasisClaim, { basis: 'A' }>,
  request: TCheckCaseSubmissionRequest,
  blockers: TSubmissionIssue[],
  warnings: TSubmissionIssue[],
): TNarrativeReport | undefined {
  const { action } = request;
  const method = action.applicationMethod;
  if (!hasEcqNarratives(method)) {
    if (isBlank(request.resume)) {
      blockers.push({ code: 'resume-missing', field: 'resume', source: QRB_SOURCES.methods, message: `This action is ${APPLICATION_METHOD_LABELS[method].toLowerCase()}: attach the candidate's resume.` });
    }
    return undefined;
  }
  const evidence = claim.narrative;
  if (evidence === undefined) {
    blockers.push({
      code: 'narrative-missing',
      field: 'claims[0].narrative',
      source: QRB_SOURCES.basis,
      message: `Criterion A rests on ECQ narratives (${APPLICATION_METHOD_LABELS[method].toLowerCase()}): attach the candidate's shared ECQ package.`,
    });
    return undefined;
  }
  const model = action.policy.pack.model;
  const report = typeof evidence.analysis === 'function' ? evidence.analysis({ model, limits: action.narrativeLimits }) : evidence.analysis;
  if (report.modelId !== model.id || !sameLimits(report.limits, action.narrativeLimits)) {
    blockers.push({
      code: 'analysis-mismatch',
      field: 'claims[0].narrative',
      source: hiringRuleSource(action),
      message: `The package was analysed under ${report.modelId} with other limits than this action's; analyse it again under ${model.id} and the action's limits.`,
    });
    return report;
  }

  const migration = detectOtherModel(report, evidence.declaredModelId, model.id, request.crosswalks ?? BUILT_IN_CROSSWALKS);
  if (migration !== undefined) {
    const via = migration.crosswalk === undefined
      ? `No crosswalk leads from ${migration.fromTitle} to it: the candidate must rewrite the package.`
      : `Draft a migration with ${migration.crosswalk.title} (${migration.crosswalk.id}) for the candidate to rework.`;
    blockers.push({
      code: 'package-model-mismatch',
      field: 'claims[0].narrative',
      source: hiringRuleSource(action),
      message: `The package is written for ${migration.fromTitle}${migration.evidence}; this action, initiated on ${action.policy.frozenOn}, requires ${model.title}. ${via}`,
      migration: { fromModelId: migration.fromModelId, toModelId: model.id, crosswalkId: migration.crosswalk?.id },
    });
  }

  const hasStatedEcqPages = action.narrativeLimitOverrides.maxPagesPerEcq !== undefined;
  for (const finding of report.findings) {
    const about = finding.ecqCode === undefined ? {} : { ecqCode: finding.ecqCode };
    const base = { field: 'claims[0].narrative', ruleId: finding.ruleId, message: finding.message, ...about };
    if (finding.ruleId === PAGES_PER_ECQ_RULE.id) {
      // The analyzer only warns on "about 2 pages" (medium); a per-ECQ limit the vacancy states is binding.
      if (hasStatedEcqPages) blockers.push({ ...base, code: 'ecq-pages-over-limit', source: QRB_SOURCES.vacancyPageLimit });
      else warnings.push({ ...base, code: 'ecq-pages-over-limit', source: finding.source });
    } else if (finding.severity === 'error') {
      const code = finding.ruleId === ECQ_MISSING_RULE.id ? 'ecq-missing' : finding.ruleId === PAGES_TOTAL_RULE.id ? 'pages-over-limit' : 'narrative-error';
      blockers.push({ ...base, code, source: finding.source });
    }
  }
  if (report.pages.status === 'not-measured') {
    warnings.push({
      code: 'pages-not-measured',
      field: 'claims[0].narrative',
      source: NARRATIVE_SOURCES.totalPages,
      message: `Page counts were not measured (${report.pages.reason}); check the package fits ${action.narrativeLimits.maxTotalPages} pages before submitting.`,
    });
  }
  return report;
}

/**
 * The model a package was written for when it is not the action's: the one its file names, else the one
 * whose ECQ names head its sections (a 2006 "Results Driven" heading read as 2025 Driving Results).
 */
function detectOtherModel(
  report: TNarrativeReport,
  declaredModelId: string | undefined,
  modelId: string,
  crosswalks: readonly TCrosswalk[],
): { fromModelId: string; fromTitle: string; evidence: string; crosswalk: TCrosswalk | undefined } | undefined {
  const foreign = report.structure.sections.flatMap((s) =>
    s.heading !== undefined && s.heading.match.via === 'other-model' && s.heading.match.matchedModelId !== modelId ? [s.heading.match] : [],
  );
  const fromModelId = declaredModelId !== undefined && declaredModelId !== modelId ? declaredModelId : foreign[0]?.matchedModelId;
  if (fromModelId === undefined) return undefined;
  const headings = foreign.filter((m) => m.matchedModelId === fromModelId).map((m) => `"${m.matchedName}"`);
  const crosswalk = crosswalks.find((c) => c.fromModel.id === fromModelId && c.toModel.id === modelId);
  const fromTitle = crosswalk?.fromModel.title ?? crosswalks.flatMap((c) => [c.fromModel, c.toModel]).find((m) => m.id === fromModelId)?.title ?? fromModelId;
  const evidence = headings.length > 0 ? ` (its headings ${headings.join(', ')} are that model's)` : ' (as the package file states)';
  return { fromModelId, fromTitle, evidence, crosswalk };
}

/** The source of the rule that made the action's pack govern hiring (POLICY.md §1). */
function hiringRuleSource(action: TCheckCaseSubmissionRequest['action']): TSourceRef {
  return action.policy.pack.effective.find((r) => r.process === 'hiring')?.source ?? QRB_SOURCES.basis;
}

function sameLimits(a: TNarrativeLimits, b: TNarrativeLimits): boolean {
  const keys = Object.keys(b) as (keyof TNarrativeLimits)[];
  return keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim().length === 0;
}
