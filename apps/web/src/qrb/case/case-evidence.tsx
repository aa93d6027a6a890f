import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { qrbAttachmentUrl } from '../../api/qrb-queries';
import type { TQrbAttachmentWire, TQrbCaseDetail } from '../../api/qrb-wire-types';
import { modelListQuery } from '../../api/queries';
import { formatDate } from '../../models/labels';
import { formatDateTime } from '../../workbench/workbench-labels';
import { formatByteSize } from '../shared/qrb-labels';
import { ATTACHMENT_KIND_LABELS, type TAttachmentKind } from './attachment-file';
import { SharedNarrative } from './shared-narrative';

/** One attached file: its name, size and when, and a download link for those who may read the files. */
function AttachmentText(props: { readonly caseId: string; readonly kind: TAttachmentKind; readonly file: TQrbAttachmentWire | null; readonly canDownload: boolean }) {
  const { file } = props;
  if (file === null) return <>None attached</>;
  const details = `${formatByteSize(file.byteSize)}, attached ${formatDateTime(file.uploadedAt)}`;
  if (!props.canDownload) return <>{`${file.filename} (${details})`}</>;
  return (
    <>
      <a href={qrbAttachmentUrl(props.caseId, props.kind)} download={file.filename}>
        Download the {ATTACHMENT_KIND_LABELS[props.kind].inSentence}: {file.filename}
      </a>{' '}
      ({details})
    </>
  );
}

/**
 * What the case rests on: the ECQ package version the candidate shared (readable here with its findings), the
 * CDP program, the statement of unique qualities, the appointing authority's certification and the files.
 */
export function CaseEvidence({ detail, canDownload }: { readonly detail: TQrbCaseDetail; readonly canDownload: boolean }) {
  const { evidence, hiringAction } = detail;
  const models = useQuery(modelListQuery());
  const [isReading, setIsReading] = useState(false);
  const titleOf = (modelId: string) => models.data?.models.find((model) => model.id === modelId)?.title ?? modelId;
  const narrative = evidence.narrative;
  return (
    <>
      <dl className="ecq-facts" data-testid="case-evidence">
        <dt>Shared ECQ package</dt>
        <dd data-testid="shared-package">
          {narrative === null ? (
            'Not shared yet: the candidate shares one of their ECQ packages from this page.'
          ) : (
            <>
              “{narrative.title}”, version {narrative.version}, written for {titleOf(narrative.modelId)}
              {narrative.modelId === hiringAction.policy.packId ? null : (
                <span className="display-block">
                  <strong>Not the model this hiring action requires</strong> ({hiringAction.policy.modelTitle}).
                </span>
              )}
            </>
          )}
        </dd>
        <dt>CDP program</dt>
        <dd>{evidence.cdpProgram ?? (detail.basis === 'B' ? 'Not given yet' : 'None (criterion B only)')}</dd>
        <dt>Statement of unique qualities</dt>
        <dd className="ecq-case-statement">{evidence.uniqueQualifications ?? (detail.basis === 'C' ? 'Not given yet' : 'None (criterion C only)')}</dd>
        <dt>Appointing authority’s certification</dt>
        <dd data-testid="certification">
          {evidence.certification === null
            ? 'Not certified yet'
            : `Certified by ${evidence.certification.certifiedBy} on ${formatDate(evidence.certification.certifiedOn)}`}
        </dd>
        <dt>Resume</dt>
        <dd data-testid="resume">
          <AttachmentText caseId={detail.id} kind="resume" file={evidence.resume} canDownload={canDownload} />
        </dd>
        <dt>CDP certificate</dt>
        <dd data-testid="cdp-certificate">
          <AttachmentText caseId={detail.id} kind="cdp_certificate" file={evidence.cdpCertificate} canDownload={canDownload} />
        </dd>
      </dl>
      {narrative === null ? null : (
        <>
          <button
            type="button"
            className="usa-button usa-button--outline"
            aria-expanded={isReading}
            aria-controls="shared-narrative"
            onClick={() => setIsReading((reading) => !reading)}
          >
            {isReading ? 'Hide the shared package' : 'Read the shared package'}
          </button>
          <div id="shared-narrative" hidden={!isReading}>
            {isReading ? <SharedNarrative caseId={detail.id} /> : null}
          </div>
        </>
      )}
    </>
  );
}
