import { useRef, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import type { TQrbCaseDetail } from '../../api/qrb-wire-types';
import { formErrorsOf } from '../shared/form-errors';
import { describedBy } from '../shared/form-fields';
import { formatByteSize } from '../shared/qrb-labels';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import { ATTACHMENT_ACCEPT, ATTACHMENT_KIND_LABELS, attachmentFileProblem, bytesToBase64, type TAttachmentKind } from './attachment-file';
import type { TNotify } from './case-notice';
import { useCaseMutation } from './use-case-mutation';

const FILE_FIELDS = ['file'] as const;

/** Where each file is needed, under its input. */
const KIND_HINTS: Readonly<Record<TAttachmentKind, string>> = {
  resume: 'The candidate’s resume (needed for resume-based applications).',
  cdp_certificate: 'The certificate of graduation from an OPM-approved Candidate Development Program (criterion B).',
};

/**
 * Attach a file to the case (PUT /api/qrb/cases/:id/attachments/:kind, base64 with the version read): a file
 * over the API's limit or empty is refused here before it is read or sent. A new file replaces the old one.
 */
function AttachmentForm(props: { readonly detail: TQrbCaseDetail; readonly kind: TAttachmentKind; readonly onNotice: TNotify }) {
  const { detail, kind } = props;
  const { label, inSentence } = ATTACHMENT_KIND_LABELS[kind];
  const inputId = `upload-${kind}`;
  const form = useFormErrors<(typeof FILE_FIELDS)[number]>(`upload-${kind}`);
  const error = form.fields.file;
  const formRef = useRef<HTMLFormElement>(null);
  const upload = useCaseMutation({
    caseId: detail.id,
    write: (body: { filename: string; contentBase64: string; version: number }) =>
      api.send<TQrbCaseDetail>('PUT', `/api/qrb/cases/${encodeURIComponent(detail.id)}/attachments/${kind}`, body),
    onSuccess(result) {
      formRef.current?.reset();
      const file = kind === 'resume' ? result.evidence.resume : result.evidence.cdpCertificate;
      props.onNotice({
        heading: `${label} attached`,
        lines: [file === null ? `The ${inSentence} is attached to the case.` : `${file.filename} (${formatByteSize(file.byteSize)}) is attached to the case.`],
      });
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (upload.isPending) return;
    const input = event.currentTarget.elements.namedItem('file');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const problem = attachmentFileProblem(file);
    if (problem !== undefined || file === undefined) {
      form.fail({ fields: { file: problem ?? '' }, general: [] });
      return;
    }
    form.clear();
    const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    upload.mutate(
      { filename: file.name, contentBase64, version: detail.version },
      {
        onError: (failure) => {
          // The file is one input: what the API says of its content or its name, and anything else, is said on it.
          const { fields, general } = formErrorsOf(failure, (field) => (field === 'contentBase64' || field === 'filename' ? 'file' : undefined), `The ${inSentence} was not attached. Try again.`);
          form.fail({ fields: { file: [fields.file, ...general].filter((m): m is string => m !== undefined).join(' ') }, general: [] });
        },
      },
    );
  }

  return (
    <form className="usa-form usa-form--large margin-bottom-3" noValidate ref={formRef} onSubmit={(event) => void onSubmit(event)} aria-label={`Attach the ${inSentence}`}>
      <FormErrorSummary state={form} order={FILE_FIELDS} inputIdOf={() => inputId} heading={`The ${inSentence} was not attached`} headingLevel={3} />
      <div className={`usa-form-group${error === undefined ? '' : ' usa-form-group--error'}`}>
        <label className={`usa-label${error === undefined ? '' : ' usa-label--error'}`} htmlFor={inputId}>
          {label}
        </label>
        <span className="usa-hint" id={`${inputId}-hint`}>
          {KIND_HINTS[kind]} PDF, Word, PNG, JPEG or text, at most 10 MB; it replaces the file attached now.
        </span>
        {error === undefined ? null : (
          <span className="usa-error-message" id={`${inputId}-error`}>
            {error}
          </span>
        )}
        <input
          className="usa-file-input"
          id={inputId}
          name="file"
          type="file"
          accept={ATTACHMENT_ACCEPT}
          aria-describedby={describedBy(`${inputId}-hint`, error !== undefined && `${inputId}-error`)}
          {...(error === undefined ? {} : { 'aria-invalid': true })}
        />
      </div>
      <button type="submit" className="usa-button usa-button--outline" disabled={upload.isPending}>
        {upload.isPending ? 'Attaching…' : `Attach the ${inSentence}`}
      </button>
    </form>
  );
}

/** The case's files: the resume and the CDP certificate, each with its own form. */
export function CaseAttachmentsForm({ detail, onNotice }: { readonly detail: TQrbCaseDetail; readonly onNotice: TNotify }) {
  return (
    <>
      <AttachmentForm detail={detail} kind="resume" onNotice={onNotice} />
      <AttachmentForm detail={detail} kind="cdp_certificate" onNotice={onNotice} />
    </>
  );
}
