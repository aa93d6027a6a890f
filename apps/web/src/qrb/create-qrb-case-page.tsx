import './qrb.css';
import type { TCreateQrbCaseRequest } from '@ecq/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/api-client';
import { hiringActionQuery, QRB_KEY, qrbCaseQuery } from '../api/qrb-queries';
import type { THiringAction, TQrbCaseDetail } from '../api/qrb-wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { TextField } from '../components/text-field';
import { formatDate } from '../models/labels';
import { BasisFields, caseFormValuesOf, CertificationFields } from './case/case-form-fields';
import { QRB_CASE_FIELDS, validateCreateCaseForm, type TQrbCaseField } from './case/qrb-case-form';
import { formErrorsOf, inputIdOf } from './shared/form-errors';
import { FormErrorSummary, useFormErrors } from './shared/use-form-errors';

const PREFIX = 'case';
const TITLE = 'Build a QRB case';
const idOf = (field: TQrbCaseField) => inputIdOf(PREFIX, field);

/**
 * Build a QRB case for a candidate selected under a hiring action (/qrb/cases/new?hiringActionId=): the
 * candidate, their account (so that they can share their ECQ package), the basis with the evidence it needs,
 * and the appointing authority's certification if it is already given.
 */
export function CreateQrbCasePage() {
  const [searchParams] = useSearchParams();
  const hiringActionId = searchParams.get('hiringActionId') ?? '';
  const action = useQuery({ ...hiringActionQuery(hiringActionId), enabled: hiringActionId !== '' });
  if (hiringActionId === '') {
    return (
      <Page title={TITLE}>
        <p className="usa-intro">A case is built for a candidate selected under one of your hiring actions.</p>
        <p>
          <Link to="/hiring-actions">Choose the hiring action</Link>, then “Build a QRB case”.
        </p>
      </Page>
    );
  }
  if (action.isPending) {
    return (
      <Page title={TITLE}>
        <Loading label="Loading the hiring action" />
      </Page>
    );
  }
  if (action.isError) {
    return (
      <Page title={TITLE}>
        <ErrorAlert error={action.error} heading="The hiring action could not be loaded" />
        <p>
          <Link to="/hiring-actions">Back to the hiring actions</Link>
        </p>
      </Page>
    );
  }
  return <CreateCaseForm action={action.data} />;
}

function CreateCaseForm({ action }: { readonly action: THiringAction }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [basis, setBasis] = useState('');
  const form = useFormErrors<TQrbCaseField>('create-case');
  const create = useMutation({
    mutationFn: (request: TCreateQrbCaseRequest) => api.send<TQrbCaseDetail>('POST', '/api/qrb/cases', request),
    onSuccess(created) {
      queryClient.setQueryData(qrbCaseQuery(created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: [QRB_KEY, 'cases', 'list'] });
      void navigate(`/qrb/cases/${encodeURIComponent(created.id)}`);
    },
    onError: (error) => form.fail(formErrorsOf(error, QRB_CASE_FIELDS, 'The case could not be built. Try again.')),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const result = validateCreateCaseForm(action.id, caseFormValuesOf(new FormData(event.currentTarget), basis));
    if (!result.ok) {
      form.fail(result.errors);
      return;
    }
    form.clear();
    create.mutate(result.request);
  }

  return (
    <Page title={TITLE}>
      <p className="usa-intro">
        For <Link to={`/hiring-actions/${encodeURIComponent(action.id)}`}>{action.positionTitle}</Link>, governed by {action.policy.modelTitle}. The
        case is due at OPM by {formatDate(action.qrbCaseDueOn)}.
      </p>
      <FormErrorSummary state={form} order={QRB_CASE_FIELDS} inputIdOf={idOf} heading="The case was not built" />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label={TITLE}>
        <TextField id={idOf('candidateName')} name="candidateName" label="Candidate’s name" autoComplete="off" error={form.fields.candidateName} />
        <TextField
          id={idOf('candidateEmail')}
          name="candidateEmail"
          type="email"
          label="Candidate’s email (optional)"
          hint="The email of the candidate’s ECQ Workbench account. With it, the candidate can follow the case and share their ECQ package with it; without it, the case is built without their account."
          autoComplete="off"
          error={form.fields.candidateEmail}
        />
        <BasisFields prefix={PREFIX} basis={basis} onBasisChange={setBasis} errors={form.errors} />
        <CertificationFields prefix={PREFIX} errors={form.errors} hint="Optional now; the case cannot be submitted without it." />
        <button type="submit" className="usa-button" disabled={create.isPending}>
          {create.isPending ? 'Building…' : 'Build the case'}
        </button>
      </form>
    </Page>
  );
}
