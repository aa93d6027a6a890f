import {
  analyzeNarrative,
  checkCaseSubmission,
  deriveHiringActionTerms,
  getPack,
  measureNarrativePages,
  type TCalendarDate,
  type TCaseBasisClaim,
  type TCaseSubmissionCheck,
  type THiringActionTerms,
  type TPolicyPack,
  type TQrbSettings,
} from '@ecq/core';
import { getHiringActionById, getNarrativePackageById, getNarrativeVersion, type THiringActionWithAgency, type TQrbCaseRow } from '@ecq/db';
import type { TAppDeps } from '../../deps';

/** A stored hiring action's terms, its frozen pack looked up, its stored due date kept (settings may change later). */
export function termsOfHiringAction(action: THiringActionWithAgency, pack: TPolicyPack, settings: TQrbSettings): THiringActionTerms {
  const terms = deriveHiringActionTerms({
    initiatedOn: action.initiatedOn,
    announcementOpensOn: action.announcementOpensOn,
    announcementClosesOn: action.announcementClosesOn,
    applicationMethod: action.applicationMethod,
    narrativeLimits: action.narrativeLimits,
    policy: { pack, reason: action.policyReason, frozenOn: action.initiatedOn as TCalendarDate },
    settings,
  });
  return { ...terms, qrbCaseDueOn: action.qrbCaseDueOn as TCalendarDate };
}

/** The action a case is under, with its frozen pack from this deployment's registry. */
export async function loadActionOfCase(deps: TAppDeps, row: TQrbCaseRow): Promise<{ readonly action: THiringActionWithAgency; readonly pack: TPolicyPack }> {
  const action = await getHiringActionById(deps.db, row.hiringActionId);
  if (!action) throw new Error(`QRB case ${row.id} names a missing hiring action ${row.hiringActionId}`);
  const snapshot = await deps.packs.current();
  return { action, pack: getPack(action.packId, snapshot.packs, 'hiringAction.packId') };
}

/**
 * The pre-submission check of a case on a day (core `checkCaseSubmission`; POLICY.md §2–§3): the shared
 * narrative snapshot analysed under the action's frozen model and limits with the real page layout, the
 * basis's evidence, the appointing authority's certification, and the due date — the case's, or for a
 * returned case the resubmission's (60 days after the disapproval, a setting).
 */
export async function runQrbCaseCheck(
  deps: TAppDeps,
  request: { readonly row: TQrbCaseRow; readonly settings: TQrbSettings; readonly on: TCalendarDate },
): Promise<{ readonly check: TCaseSubmissionCheck; readonly isResubmission: boolean }> {
  const { row, settings, on } = request;
  const { action, pack } = await loadActionOfCase(deps, row);
  const terms = termsOfHiringAction(action, pack, settings);
  const snapshot = await deps.packs.current();
  const claim = await claimOf(deps, row, on);
  const state = row.state;
  const returned = state.status === 'decided' && state.decision.outcome === 'disapproved' ? state.decision : undefined;
  const check = checkCaseSubmission({
    action: terms,
    claims: [claim],
    resume: row.resumeAttachmentId ?? undefined,
    certification: row.certifiedBy === null || row.certifiedOn === null ? undefined : { certifiedBy: row.certifiedBy, certifiedOn: row.certifiedOn },
    on,
    resubmission: returned?.resubmissionDueOn === undefined ? undefined : { disapprovedOn: returned.decidedOn, dueOn: returned.resubmissionDueOn },
    crosswalks: snapshot.crosswalks,
    settings,
  });
  return { check, isResubmission: returned !== undefined };
}

async function claimOf(deps: TAppDeps, row: TQrbCaseRow, on: TCalendarDate): Promise<TCaseBasisClaim> {
  switch (row.basis) {
    case 'A': {
      if (row.narrativePackageId === null || row.narrativeVersion === null) return { basis: 'A' };
      const [pkg, version] = await Promise.all([
        getNarrativePackageById(deps.db, row.narrativePackageId),
        getNarrativeVersion(deps.db, row.narrativePackageId, row.narrativeVersion),
      ]);
      if (!pkg || !version) return { basis: 'A' };
      return {
        basis: 'A',
        narrative: {
          declaredModelId: pkg.modelId,
          analysis: ({ model, limits }) => analyzeNarrative(version.text, { model, limits, measurePages: measureNarrativePages, today: on }),
        },
      };
    }
    case 'B':
      return { basis: 'B', cdpProgram: row.cdpProgram ?? undefined, cdpCertificate: row.cdpCertificateAttachmentId ?? undefined };
    case 'C':
      return { basis: 'C', uniqueQualifications: row.uniqueQualifications ?? undefined };
    default: {
      const unreachable: never = row.basis;
      return unreachable;
    }
  }
}
