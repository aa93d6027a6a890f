import './workbench.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../api/api-client';
import { describeApiError, fieldErrorsOf } from '../api/describe-api-error';
import { modelListQuery, NARRATIVES_KEY, narrativeQuery, policyForQuery } from '../api/queries';
import type { TNarrativePackageDetail } from '../api/wire-types';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/alert';
import { ErrorSummary, type TSummaryError } from '../components/error-summary';
import { Page } from '../components/page';
import { TextField } from '../components/text-field';
import { PACKAGE_FORM_FIELDS, validatePackageForm, type TPackageFormErrors } from './validate-package-form';
import { localToday } from './workbench-labels';

const FIELDS = PACKAGE_FORM_FIELDS;
type TFieldErrors = TPackageFormErrors;

/** The value the server takes for "the model that governs hiring today" (modelId left out). */
const SERVER_DEFAULT = '';

function serverErrorsOf(error: unknown): { readonly fields: TFieldErrors; readonly general: readonly string[] } {
  if (!isApiError(error)) return { fields: {}, general: ['The package could not be created. Try again.'] };
  const fields: TFieldErrors = {};
  const general: string[] = [];
  for (const [field, message] of fieldErrorsOf(error)) {
    if ((FIELDS as readonly string[]).includes(field)) fields[field as keyof TFieldErrors] = message;
    else general.push(message);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(describeApiError(error));
  return { fields, general };
}

/** Create a package: a title, the candidate's name for the running header, and the model (the one governing hiring today by default). */
export function CreateNarrativePage() {
  const { data: session } = useSession();
  const models = useQuery(modelListQuery());
  const today = localToday();
  const governing = useQuery(policyForQuery('hiring', today));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<{ readonly fields: TFieldErrors; readonly general: readonly string[] } | undefined>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useMutation({
    mutationFn: (body: { title: string; candidateName: string; modelId?: string }) => api.send<TNarrativePackageDetail>('POST', '/api/narratives', body),
    onSuccess(created) {
      queryClient.setQueryData(narrativeQuery(created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: [NARRATIVES_KEY, 'list'] });
      void navigate(`/narratives/${encodeURIComponent(created.id)}`);
    },
    onError: (error) => setErrors(serverErrorsOf(error)),
  });

  useEffect(() => {
    if (errors !== undefined) summaryRef.current?.focus();
  }, [errors]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '');
    const candidateName = String(form.get('candidateName') ?? '');
    const modelId = String(form.get('modelId') ?? SERVER_DEFAULT);
    const found = validatePackageForm({ title, candidateName });
    if (Object.keys(found).length > 0) {
      setErrors({ fields: found, general: [] });
      return;
    }
    setErrors(undefined);
    create.mutate({ title: title.trim(), candidateName: candidateName.trim(), ...(modelId === SERVER_DEFAULT ? {} : { modelId }) });
  }

  const isLoading = models.isPending || governing.isPending || session === undefined;
  const summary: TSummaryError[] =
    errors === undefined
      ? []
      : [
          ...FIELDS.flatMap((field) => {
            const message = errors.fields[field];
            return message === undefined ? [] : [{ message, inputId: field }];
          }),
          ...errors.general.map((message) => ({ message })),
        ];
  const defaultModel = governing.data?.packId ?? SERVER_DEFAULT;

  return (
    <Page title="Create an ECQ package">
      {isLoading ? (
        <Loading label="Loading the models" />
      ) : models.isError ? (
        <ErrorAlert error={models.error} heading="The models could not be loaded" />
      ) : (
        <>
          {errors === undefined ? null : <ErrorSummary ref={summaryRef} heading="There is a problem" errors={summary} />}
          <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Create an ECQ package">
            <TextField
              id="title"
              name="title"
              label="Package title"
              hint="For you: for example the vacancy or agency you are applying to."
              autoComplete="off"
              error={errors?.fields.title}
            />
            <TextField
              id="candidateName"
              name="candidateName"
              label="Candidate’s name"
              hint="Printed at the top of every page of the exported narrative."
              autoComplete="name"
              defaultValue={session?.user.displayName ?? ''}
              error={errors?.fields.candidateName}
            />
            <div className={`usa-form-group${errors?.fields.modelId === undefined ? '' : ' usa-form-group--error'}`}>
              <label className="usa-label" htmlFor="modelId">
                ECQ model
              </label>
              <div className="usa-hint" id="modelId-hint">
                {governing.isSuccess
                  ? `${governing.data.modelTitle} governs hiring actions initiated today: ${governing.data.reason}`
                  : 'The model that governs hiring actions initiated today is chosen unless you pick another.'}
              </div>
              {errors?.fields.modelId === undefined ? null : (
                <span className="usa-error-message" id="modelId-error">
                  {errors.fields.modelId}
                </span>
              )}
              <select
                className="usa-select"
                id="modelId"
                name="modelId"
                defaultValue={defaultModel}
                aria-describedby={errors?.fields.modelId === undefined ? 'modelId-hint' : 'modelId-hint modelId-error'}
              >
                {governing.isSuccess ? null : <option value={SERVER_DEFAULT}>The model that governs hiring today</option>}
                {models.data.models.map((model) => (
                  <option key={model.id} value={model.id}>
                    {model.title}
                    {model.id === governing.data?.packId ? ' (governs hiring today)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="usa-button">
              {create.isPending ? 'Creating…' : 'Create the package'}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
