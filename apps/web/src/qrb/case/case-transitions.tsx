import { Link } from 'react-router';
import { api } from '../../api/api-client';
import { qrbCertificateUrl } from '../../api/qrb-queries';
import type { TQrbCaseDetail, TQrbTransitionResult } from '../../api/qrb-wire-types';
import { CaseActionError } from './case-action-error';
import type { TNotify } from './case-notice';
import { useCaseMutation } from './use-case-mutation';

/** The transitions that need nothing but the version read, by the path the API takes them at. */
const TRANSITIONS = {
  submit: {
    button: 'Submit the case to the QRB',
    refused: 'The case was not submitted',
    heading: 'Case submitted to the QRB',
    line: 'OPM has it in its queue and will assign it to a board. The candidate and OPM have been told.',
  },
  resubmit: {
    button: 'Resubmit the case to the QRB',
    refused: 'The case was not resubmitted',
    heading: 'Case resubmitted to the QRB',
    line: 'It answers the board’s disapproval; OPM will assign it to a board for a new round of review.',
  },
  'start-review': {
    button: 'Open the review',
    refused: 'The review was not opened',
    heading: 'Review opened',
    line: 'Each member of the board can now record their review of the case.',
  },
  release: {
    button: 'Release the hold',
    refused: 'The hold was not released',
    heading: 'Case released from hold',
    line: 'It is back in the state it was held from.',
  },
} as const;
type TTransition = keyof typeof TRANSITIONS;

/** Which of the transitions the case's `actions` allow this user now. */
function allowedTransitions(detail: TQrbCaseDetail): TTransition[] {
  const allowed: TTransition[] = [];
  if (detail.actions.includes('submit')) allowed.push('submit');
  if (detail.actions.includes('resubmit')) allowed.push('resubmit');
  if (detail.actions.includes('start_review')) allowed.push('start-review');
  if (detail.actions.includes('release')) allowed.push('release');
  return allowed;
}

/** Whether the case offers this user any of what this panel shows. */
export function hasCaseTransitions(detail: TQrbCaseDetail): boolean {
  return allowedTransitions(detail).length > 0 || (['review', 'decide', 'certificate'] as const).some((action) => detail.actions.includes(action));
}

/**
 * The case's next steps that need no form: submit or resubmit (the agency), open the review (the board or
 * OPM), release a hold (OPM), record a review (a board member; the review page also decides, for the board and
 * OPM) and the certificate of an approved case. Each
 * write quotes the version read; a refusal lists every problem the API names.
 */
export function CaseTransitions({ detail, onNotice }: { readonly detail: TQrbCaseDetail; readonly onNotice: TNotify }) {
  const transition = useCaseMutation({
    caseId: detail.id,
    write: (kind: TTransition) => api.send<TQrbTransitionResult>('POST', `/api/qrb/cases/${encodeURIComponent(detail.id)}/${kind}`, { version: detail.version }),
    onSuccess(result, kind) {
      onNotice({
        heading: TRANSITIONS[kind].heading,
        lines: [TRANSITIONS[kind].line, `Its status is now: ${result.case.statusLabel}.`],
        warnings: result.warnings,
      });
    },
  });
  const transitions = allowedTransitions(detail);
  return (
    <>
      {detail.actions.includes('submit') ? (
        <p className="margin-top-0">
          Submitting sends the case to OPM for a Qualifications Review Board. The API runs the pre-submission check again and refuses the case while
          anything blocks it.
        </p>
      ) : null}
      <div className="ecq-case-actions">
        {transitions.map((kind) => (
          <button key={kind} type="button" className="usa-button" disabled={transition.isPending} onClick={() => transition.mutate(kind)}>
            {transition.isPending && transition.variables === kind ? 'Working…' : TRANSITIONS[kind].button}
          </button>
        ))}
        {detail.actions.includes('review') ? (
          <Link className="usa-button" to={`/qrb/cases/${encodeURIComponent(detail.id)}/review`}>
            Record your review
          </Link>
        ) : null}
        {detail.actions.includes('decide') && !detail.actions.includes('review') ? (
          <Link className="usa-button usa-button--outline" to={`/qrb/cases/${encodeURIComponent(detail.id)}/review`}>
            Read the board’s reviews and decide
          </Link>
        ) : null}
        {detail.actions.includes('certificate') ? (
          <a className="usa-button usa-button--outline" href={qrbCertificateUrl(detail.id)}>
            Download the certificate (PDF)
          </a>
        ) : null}
      </div>
      {transition.isError && transition.variables !== undefined ? (
        <CaseActionError error={transition.error} heading={TRANSITIONS[transition.variables].refused} />
      ) : null}
    </>
  );
}
