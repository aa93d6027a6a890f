import { useEffect, useRef, useState, type FormEvent } from 'react';
import { NARRATIVE_UPLOAD_MAX_BYTES } from '../api/wire-types';
import { Alert, ErrorAlert } from '../components/alert';
import type { TNarrativeEditor } from './use-narrative-editor';

const FILE_INPUT_ID = 'narrative-file';
const ACCEPT = '.docx,.pdf,.md,.markdown,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/markdown,text/plain';

/** The file's problem before any upload, or undefined when it may be sent. */
function fileProblem(file: FormDataEntryValue | null): string | undefined {
  if (!(file instanceof File) || file.name === '') return 'Choose a Word, PDF, Markdown or text file.';
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > NARRATIVE_UPLOAD_MAX_BYTES) return `${file.name} is larger than 10 MB; the limit is 10 MB.`;
  return undefined;
}

/**
 * Import a .docx, .pdf, .md or .txt file as the package's next version (POST /import, quoting the version the
 * editor is based on), with what the reader could not carry over. Unsaved changes come first: an import
 * replaces the editor's text, so it waits until they are saved.
 */
export function ImportFileForm({ editor }: { readonly editor: TNarrativeEditor }) {
  const { importFile, isDirty } = editor;
  const [problem, setProblem] = useState<string | undefined>();
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (importFile.isSuccess || importFile.isError) resultRef.current?.focus();
  }, [importFile.isSuccess, importFile.isError]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importFile.isPending || isDirty) return;
    const form = event.currentTarget;
    const file = new FormData(form).get('file');
    const found = fileProblem(file);
    setProblem(found);
    if (found === undefined && file instanceof File) importFile.mutate(file, { onSuccess: () => form.reset() });
  }

  const describedBy = [`${FILE_INPUT_ID}-hint`, problem === undefined ? '' : `${FILE_INPUT_ID}-error`].join(' ').trim();
  return (
    <>
      <div ref={resultRef} tabIndex={-1}>
        {importFile.isSuccess ? (
          <Alert type="success" heading={`Imported ${importFile.data.import.filename} as version ${importFile.data.package.currentVersion}`} headingLevel={3}>
            {importFile.data.import.warnings.length === 0 ? (
              <p className="margin-0">Everything in the file was read. Its text is in the editor and analysed.</p>
            ) : (
              <>
                <p className="margin-0">Its text is in the editor. What the reader could not carry over:</p>
                <ul className="usa-list" data-testid="import-warnings">
                  {importFile.data.import.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        ) : importFile.isError ? (
          <ErrorAlert error={importFile.error} heading="The file was not imported" headingLevel={3} />
        ) : null}
      </div>
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Import a file">
        <div className={`usa-form-group${problem === undefined ? '' : ' usa-form-group--error'}`}>
          <label className={`usa-label${problem === undefined ? '' : ' usa-label--error'}`} htmlFor={FILE_INPUT_ID}>
            Word, PDF, Markdown or text file
          </label>
          <span className="usa-hint" id={`${FILE_INPUT_ID}-hint`}>
            At most 10 MB. The file’s text becomes the next version of this package; earlier versions are kept.
            {isDirty ? ' Save your changes first: an import replaces the text in the editor.' : ''}
          </span>
          {problem === undefined ? null : (
            <span className="usa-error-message" id={`${FILE_INPUT_ID}-error`} role="alert">
              {problem}
            </span>
          )}
          <input
            className="usa-file-input"
            id={FILE_INPUT_ID}
            name="file"
            type="file"
            accept={ACCEPT}
            aria-describedby={describedBy}
            {...(problem === undefined ? {} : { 'aria-invalid': true })}
          />
        </div>
        <button type="submit" className="usa-button usa-button--outline" disabled={isDirty || importFile.isPending}>
          {importFile.isPending ? 'Importing…' : 'Import the file'}
        </button>
      </form>
    </>
  );
}
