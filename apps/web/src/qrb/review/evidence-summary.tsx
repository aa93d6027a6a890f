import { qrbAttachmentUrl } from '../../api/qrb-queries';
import type { TQrbAttachmentWire, TQrbCaseDetail } from '../../api/qrb-wire-types';
import { formatDate } from '../../models/labels';

function Attachment(props: { readonly caseId: string; readonly kind: 'resume' | 'cdp_certificate'; readonly file: TQrbAttachmentWire | null }) {
  if (props.file === null) return <>Not attached</>;
  const kb = Math.max(1, Math.round(props.file.byteSize / 1024));
  return (
    <a href={qrbAttachmentUrl(props.caseId, props.kind)} download>
      {props.file.filename} ({kb.toLocaleString('en-US')} KB)
    </a>
  );
}

/** What the agency sent with the case: the basis, the shared package, the CDP, the statement, the certification and files. */
export function EvidenceSummary({ qrbCase }: { readonly qrbCase: TQrbCaseDetail }) {
  const { evidence } = qrbCase;
  return (
    <dl className="ecq-qrb-dl" data-testid="evidence">
      <dt>Basis</dt>
      <dd>{qrbCase.basisLabel}</dd>
      <dt>ECQ package</dt>
      <dd>
        {evidence.narrative === null
          ? 'None shared'
          : `“${evidence.narrative.title}”, version ${evidence.narrative.version} (written for ${evidence.narrative.modelId}); the model of the hiring action is ${qrbCase.hiringAction.policy.modelTitle}`}
      </dd>
      {qrbCase.basis === 'B' || evidence.cdpProgram !== null ? (
        <>
          <dt>Candidate Development Program</dt>
          <dd>{evidence.cdpProgram ?? 'Not named'}</dd>
        </>
      ) : null}
      {qrbCase.basis === 'C' || evidence.uniqueQualifications !== null ? (
        <>
          <dt>Special or unique qualities</dt>
          <dd className="ecq-qrb-remarks">{evidence.uniqueQualifications ?? 'No statement'}</dd>
        </>
      ) : null}
      <dt>Appointing authority’s certification</dt>
      <dd>{evidence.certification === null ? 'Not certified' : `${evidence.certification.certifiedBy}, ${formatDate(evidence.certification.certifiedOn)}`}</dd>
      <dt>Resume</dt>
      <dd>
        <Attachment caseId={qrbCase.id} kind="resume" file={evidence.resume} />
      </dd>
      {qrbCase.basis === 'B' || evidence.cdpCertificate !== null ? (
        <>
          <dt>CDP certificate</dt>
          <dd>
            <Attachment caseId={qrbCase.id} kind="cdp_certificate" file={evidence.cdpCertificate} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
