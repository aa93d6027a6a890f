import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, isApiError } from '../api/api-client';
import { describeApiError } from '../api/describe-api-error';
import { Alert } from '../components/alert';
import { ErrorSummary, type TSummaryError } from '../components/error-summary';
import { Page } from '../components/page';

interface TImportResult {
  readonly summary: {
    readonly id: string;
    readonly title: string;
    readonly version: string;
    readonly caseVersion: '1.0' | '1.1';
    readonly ecqs: number;
    readonly subCompetencies: number;
    readonly fundamentals: number;
  };
  readonly warnings: readonly { readonly path: string; readonly message: string }[];
}

/** Problems listed in the summary; a broken package can have thousands. */
const MAX_PROBLEMS_SHOWN = 20;
const FILE_INPUT_ID = 'case-package';

/** Reads the chosen file as JSON; the API checks that it is a CASE package. */
async function readJsonFile(file: File): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text()) as unknown;
  } catch (error) {
    throw new Error(`${file.name} is not JSON (${error instanceof Error ? error.message : 'unreadable'}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file.name} holds JSON, but not a CASE package object.`);
  return value as Record<string, unknown>;
}

function summaryErrorsOf(error: unknown): TSummaryError[] {
  if (!isApiError(error)) return [{ message: error instanceof Error ? error.message : 'The import failed.', inputId: FILE_INPUT_ID }];
  if (error.problems.length === 0) return [{ message: describeApiError(error), inputId: FILE_INPUT_ID }];
  const shown = error.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => ({ message: `${problem.path}: ${problem.message}` }));
  const more = error.problems.length - shown.length;
  return more > 0 ? [...shown, { message: `…and ${more} more problems.` }] : shown;
}

/** OPM administrators add a competency framework (a CASE 1.0 or 1.1 package) as a new policy pack. */
export function ImportModelPage() {
  const queryClient = useQueryClient();
  const [fileError, setFileError] = useState<string | undefined>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const importPack = useMutation({
    mutationFn: async (file: File) => api.send<TImportResult>('POST', '/api/models/import', { casePackage: await readJsonFile(file) }),
    async onSuccess() {
      await queryClient.invalidateQueries({ queryKey: ['models'] });
      await queryClient.invalidateQueries({ queryKey: ['crosswalks'] });
    },
  });

  useEffect(() => {
    if (importPack.isError || fileError !== undefined) summaryRef.current?.focus();
    if (importPack.isSuccess) successRef.current?.focus();
  }, [importPack.isError, importPack.isSuccess, fileError]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importPack.isPending) return;
    const file = new FormData(event.currentTarget).get('casePackage');
    if (!(file instanceof File) || file.name === '') {
      setFileError('Choose a CASE package file (.json).');
      return;
    }
    setFileError(undefined);
    importPack.mutate(file);
  }

  const errors: TSummaryError[] =
    fileError !== undefined ? [{ message: fileError, inputId: FILE_INPUT_ID }] : importPack.isError ? summaryErrorsOf(importPack.error) : [];
  const inlineError = errors[0]?.inputId === FILE_INPUT_ID ? errors[0].message : undefined;

  return (
    <Page title="Import a model">
      <p className="usa-intro">
        Add a competency framework published as a 1EdTech CASE 1.0 or 1.1 package. It becomes a new policy pack that
        every page lists; the import is recorded in the audit log.
      </p>
      {errors.length === 0 ? null : <ErrorSummary ref={summaryRef} heading="The package was not imported" errors={errors} />}
      {importPack.isSuccess ? (
        <div ref={successRef} tabIndex={-1}>
          <Alert type="success" heading={`Imported ${importPack.data.summary.title}`}>
            <p className="margin-0">
              Version {importPack.data.summary.version}, CASE {importPack.data.summary.caseVersion}:{' '}
              {importPack.data.summary.ecqs} ECQs, {importPack.data.summary.subCompetencies} sub-competencies and{' '}
              {importPack.data.summary.fundamentals} fundamental competencies.{' '}
              <Link to={`/models/${encodeURIComponent(importPack.data.summary.id)}`}>See the model</Link>
            </p>
            {importPack.data.warnings.length === 0 ? null : (
              <ul className="usa-list">
                {importPack.data.warnings.map((warning) => (
                  <li key={`${warning.path}:${warning.message}`}>
                    {warning.path}: {warning.message}
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        </div>
      ) : null}
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <div className={`usa-form-group${inlineError === undefined ? '' : ' usa-form-group--error'}`}>
          <label className={`usa-label${inlineError === undefined ? '' : ' usa-label--error'}`} htmlFor={FILE_INPUT_ID}>
            CASE package (JSON file)
          </label>
          <span className="usa-hint" id={`${FILE_INPUT_ID}-hint`}>
            A CFPackage: its CFDocument, CFItems and CFAssociations, as the CASE API or <code>ecq export case</code> writes it.
          </span>
          {inlineError === undefined ? null : (
            <span className="usa-error-message" id={`${FILE_INPUT_ID}-error`}>
              {inlineError}
            </span>
          )}
          <input
            className="usa-file-input"
            id={FILE_INPUT_ID}
            name="casePackage"
            type="file"
            accept=".json,application/json"
            aria-describedby={inlineError === undefined ? `${FILE_INPUT_ID}-hint` : `${FILE_INPUT_ID}-hint ${FILE_INPUT_ID}-error`}
          />
        </div>
        <button type="submit" className="usa-button">
          {importPack.isPending ? 'Importing…' : 'Import the model'}
        </button>
      </form>
    </Page>
  );
}
