import './qrb.css';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { qrbCaseQuery } from '../api/qrb-queries';
import type { TQrbCaseAction, TQrbCaseDetail } from '../api/qrb-wire-types';
import { canReadHiringActions } from '../auth/permissions';
import { useSession } from '../auth/session';
import { Page } from '../components/page';
import { CaseAssignPanel } from './case/case-assign-panel';
import { CaseAttachmentsForm } from './case/case-attachments-form';
import { CaseCheckPanel } from './case/case-check-panel';
import { CaseDecisions } from './case/case-decisions';
import { CaseEditForm } from './case/case-edit-form';
import { CaseEvidence } from './case/case-evidence';
import { CaseHeader } from './case/case-header';
import { CaseNotice, type TCaseNotice } from './case/case-notice';
import { CaseAmendForm, CaseHoldForm } from './case/case-opm-forms';
import { CaseSharePanel } from './case/case-share-panel';
import { CaseTimeline } from './case/case-timeline';
import { CaseTransitions, hasCaseTransitions } from './case/case-transitions';
import { RecordPage } from './shared/record-page';

/** A QRB case (/qrb/cases/:id), for every role that may read it: it offers what the API's `actions` allow, nothing else. */
export function QrbCasePage() {
  const { id = '' } = useParams();
  const detail = useQuery(qrbCaseQuery(id));
  return (
    <RecordPage query={detail} what="the case" notFoundWhat="this QRB case" back={{ to: '/qrb/cases', label: 'Back to the QRB cases' }}>
      {(record) => <CaseView detail={record} />}
    </RecordPage>
  );
}

function Section(props: { readonly id: string; readonly heading: string; readonly children: ReactNode }) {
  return (
    <section className="ecq-case-section" aria-labelledby={`${props.id}-heading`} data-testid={`section-${props.id}`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      {props.children}
    </section>
  );
}

function CaseView({ detail }: { readonly detail: TQrbCaseDetail }) {
  const { data: session } = useSession();
  const [notice, setNotice] = useState<TCaseNotice | undefined>();
  const noticeCount = useRef(0);
  const onNotice = useCallback((next: Omit<TCaseNotice, 'id'>) => {
    noticeCount.current += 1;
    setNotice({ ...next, id: noticeCount.current });
  }, []);
  const can = (action: TQrbCaseAction) => detail.actions.includes(action);
  const latest = detail.decisions.at(-1);
  const isCandidate = detail.candidateUserId !== null && session?.user.id === detail.candidateUserId;
  return (
    <Page title={`QRB case: ${detail.candidateName}`}>
      <p className="ecq-case-meta">
        {detail.positionTitle} · {detail.agencyName} · <Link to="/qrb/cases">{isCandidate ? 'All my QRB cases' : 'All QRB cases'}</Link>
      </p>
      <CaseHeader detail={detail} canOpenAction={canReadHiringActions(session ?? null)} />
      {notice === undefined ? null : <CaseNotice notice={notice} onDismiss={() => setNotice(undefined)} />}
      {hasCaseTransitions(detail) ? (
        <Section id="next" heading="Next step">
          <CaseTransitions detail={detail} onNotice={onNotice} />
        </Section>
      ) : null}
      {can('check') ? (
        <Section id="check" heading="Pre-submission check">
          <CaseCheckPanel detail={detail} onNotice={onNotice} />
        </Section>
      ) : null}
      {can('share') ? (
        <Section id="share" heading="Share your ECQ package">
          <CaseSharePanel detail={detail} onNotice={onNotice} />
        </Section>
      ) : null}
      {can('assign') ? (
        <Section id="assign" heading={detail.state.status === 'assigned' ? 'Move to another board' : 'Assign to a board'}>
          <CaseAssignPanel detail={detail} onNotice={onNotice} />
        </Section>
      ) : null}
      {can('hold') ? (
        <Section id="hold" heading="Hold the case">
          <CaseHoldForm detail={detail} onNotice={onNotice} />
        </Section>
      ) : null}
      <Section id="evidence" heading="Evidence">
        <CaseEvidence detail={detail} canDownload={can('files')} />
      </Section>
      {can('edit') ? (
        <Section id="edit" heading="Change the case">
          <CaseEditForm detail={detail} onNotice={onNotice} />
        </Section>
      ) : null}
      {can('upload') ? (
        <Section id="files" heading="Attach files">
          <CaseAttachmentsForm detail={detail} onNotice={onNotice} />
        </Section>
      ) : null}
      {detail.decisions.length === 0 ? null : (
        <Section id="decisions" heading="Decisions">
          <CaseDecisions decisions={detail.decisions} />
        </Section>
      )}
      {can('amend') && latest !== undefined ? (
        <Section id="amend" heading="Amend the decision">
          <CaseAmendForm key={`${latest.id}:${latest.amendments.length}`} detail={detail} decision={latest} onNotice={onNotice} />
        </Section>
      ) : null}
      <Section id="timeline" heading="Timeline">
        <CaseTimeline caseId={detail.id} />
      </Section>
    </Page>
  );
}
