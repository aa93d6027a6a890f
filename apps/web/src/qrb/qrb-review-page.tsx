import '../workbench/workbench.css';
import './qrb.css';
import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { invalidateQrbCase } from '../api/qrb-admin-queries';
import { qrbCaseQuery, qrbReviewsQuery } from '../api/qrb-queries';
import type { TQrbCaseDetail, TQrbTransitionResult } from '../api/qrb-wire-types';
import { canAdministerQrb } from '../auth/permissions';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { formatDate } from '../models/labels';
import { BeginReview } from './review/begin-review';
import { BoardStatus } from './review/board-status';
import { DecideForm } from './review/decide-form';
import { DecisionView } from './review/decision-view';
import { EvidenceSummary } from './review/evidence-summary';
import { PackagePanel } from './review/package-panel';
import { ReviewForm } from './review/review-form';
import { BASIS_SHORT_LABELS } from './shared/qrb-labels';
import { RecordPage } from './shared/record-page';
import { CaseStatusTag } from './shared/status-tag';
import { SummaryOwnerProvider } from './shared/summary-owner';

/** How often the board's status is asked for again while the page is open: other members record theirs meanwhile. */
const BOARD_STATUS_REFRESH_MS = 30_000;

/**
 * A QRB member's review of a case (/qrb/cases/:id/review): the shared package and its analysis, the evidence,
 * the member's own review, the board's status and, once every review is in, the decision. OPM opens it to
 * follow the board and to finalise the decision; it records no review of its own.
 */
export function QrbReviewPage() {
  const { id = '' } = useParams();
  const qrbCase = useQuery(qrbCaseQuery(id));
  return (
    <RecordPage query={qrbCase} what="the case" notFoundWhat="this QRB case" back={{ to: '/qrb/reviews', label: 'Back to my QRB reviews' }}>
      {(detail) => (
        <SummaryOwnerProvider>
          <ReviewView qrbCase={detail} />
        </SummaryOwnerProvider>
      )}
    </RecordPage>
  );
}

function ReviewView({ qrbCase }: { readonly qrbCase: TQrbCaseDetail }) {
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const isOpm = canAdministerQrb(session ?? null);
  const isInReview = qrbCase.status === 'in_review';
  const reviews = useQuery({
    ...qrbReviewsQuery(qrbCase.id),
    enabled: qrbCase.board !== null,
    refetchInterval: isInReview ? BOARD_STATUS_REFRESH_MS : false,
  });
  const [formKey, setFormKey] = useState(0);
  const [focusOn, setFocusOn] = useState<'review' | 'decision' | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const reviewHeadingRef = useRef<HTMLHeadingElement>(null);
  const decisionHeadingRef = useRef<HTMLHeadingElement>(null);
  const canReview = qrbCase.actions.includes('review');
  const decision = qrbCase.status === 'decided' ? qrbCase.decisions.at(-1) : undefined;
  const viewerMemberId = reviews.data?.mine?.memberId ?? qrbCase.board?.members.find((m) => m.userId === session?.user.id)?.id;

  useEffect(() => {
    if (focusOn === 'review' && reviewHeadingRef.current !== null) {
      reviewHeadingRef.current.focus();
      setFocusOn(undefined);
    } else if (focusOn === 'decision' && decisionHeadingRef.current !== null) {
      decisionHeadingRef.current.focus();
      setFocusOn(undefined);
    }
  });

  const afterTransition = (result: TQrbTransitionResult, next: 'review' | 'decision') => {
    invalidateQrbCase(queryClient, qrbCase.id, result.case);
    setFocusOn(next);
    setAnnouncement(
      next === 'review'
        ? 'The review is open.'
        : `The decision is final: ${result.case.outcome === null ? 'recorded' : result.case.outcome}.${result.warnings.length === 0 ? '' : ` ${result.warnings.join(' ')}`}`,
    );
  };
  const reviewsKey = qrbReviewsQuery(qrbCase.id).queryKey;

  return (
    <Page title={`Review: ${qrbCase.candidateName}`}>
      <p className="ecq-package-meta" data-testid="case-meta">
        {qrbCase.positionTitle} · {qrbCase.agencyName} · basis {BASIS_SHORT_LABELS[qrbCase.basis]} ·{' '}
        <CaseStatusTag status={qrbCase.status} label={qrbCase.statusLabel} outcome={qrbCase.outcome} />
        {qrbCase.board === null ? null : <> · board convening on {formatDate(qrbCase.board.convenesOn)}</>}
      </p>
      <p className="ecq-qrb-actions">
        <Link to={`/qrb/cases/${encodeURIComponent(qrbCase.id)}`}>The case page</Link>
        <Link to={isOpm ? '/qrb/queue' : '/qrb/reviews'}>{isOpm ? 'The QRB queue' : 'My QRB reviews'}</Link>
      </p>
      {isOpm && !canReview ? (
        <p data-testid="opm-note">
          You read this review as OPM: the board’s members record their reviews; OPM may finalise the decision once every member
          has.
        </p>
      ) : null}
      {decision === undefined ? null : (
        <DecisionView ref={decisionHeadingRef} caseId={qrbCase.id} decision={decision} hasCertificate={qrbCase.actions.includes('certificate')} />
      )}
      {qrbCase.status === 'assigned' && qrbCase.actions.includes('start_review') ? (
        <BeginReview qrbCase={qrbCase} onStarted={(result) => afterTransition(result, 'review')} />
      ) : null}
      <p className="usa-sr-only" role="status" data-testid="review-announcement">
        {announcement}
      </p>
      <section aria-labelledby="package-heading" className="ecq-qrb-section">
        <h2 id="package-heading">The candidate’s package</h2>
        {qrbCase.evidence.narrative === null ? <p>No ECQ package is shared with this case.</p> : <PackagePanel caseId={qrbCase.id} />}
      </section>
      <section aria-labelledby="evidence-heading" className="ecq-qrb-section">
        <h2 id="evidence-heading">Evidence</h2>
        <EvidenceSummary qrbCase={qrbCase} />
      </section>
      {canReview ? (
        <section aria-labelledby="review-form-heading" className="ecq-qrb-section">
          <h2 id="review-form-heading" ref={reviewHeadingRef} tabIndex={-1}>
            Your review
          </h2>
          {reviews.data === undefined ? (
            reviews.isError ? (
              <ErrorAlert error={reviews.error} heading="Your review could not be loaded" headingLevel={3} />
            ) : (
              <Loading label="Loading your review" />
            )
          ) : (
            <ReviewForm
              key={formKey}
              caseId={qrbCase.id}
              ecqs={reviews.data.ecqs}
              mine={reviews.data.mine}
              onSaved={() => void queryClient.invalidateQueries({ queryKey: reviewsKey })}
              onReload={() => void queryClient.refetchQueries({ queryKey: reviewsKey }).then(() => setFormKey((key) => key + 1))}
            />
          )}
        </section>
      ) : null}
      {qrbCase.board === null ? (
        <p className="ecq-qrb-section">The case is not assigned to a board yet.</p>
      ) : (
        <section aria-labelledby="board-heading" className="ecq-qrb-section">
          <h2 id="board-heading">The board</h2>
          {reviews.data === undefined ? (
            reviews.isError ? (
              <ErrorAlert error={reviews.error} heading="The board’s reviews could not be loaded" headingLevel={3} />
            ) : (
              <Loading label="Loading the board’s reviews" />
            )
          ) : (
            <>
              <BoardStatus members={qrbCase.board.members} reviews={reviews.data} viewerMemberId={viewerMemberId} isDeriving={qrbCase.status !== 'decided'} />
              {isInReview ? (
                <button
                  type="button"
                  className="usa-button usa-button--unstyled margin-top-1"
                  onClick={() => {
                    if (!reviews.isFetching) void reviews.refetch();
                  }}
                >
                  {reviews.isFetching ? 'Refreshing the board’s status…' : 'Refresh the board’s status'}
                </button>
              ) : null}
            </>
          )}
        </section>
      )}
      {qrbCase.actions.includes('decide') && reviews.data?.derivation.ok === true ? (
        <section aria-labelledby="decide-heading" className="ecq-qrb-section">
          <h2 id="decide-heading">Finalise the decision</h2>
          <DecideForm
            caseId={qrbCase.id}
            caseVersion={qrbCase.version}
            derivation={reviews.data.derivation}
            onDecided={(result) => afterTransition(result, 'decision')}
          />
        </section>
      ) : null}
    </Page>
  );
}
