import './qrb.css';
import { APPLICATION_METHOD_LABELS, APPLICATION_METHODS, DEFAULT_NARRATIVE_LIMITS, type TApplicationMethod, type TCreateHiringActionRequest } from '@ecq/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/api-client';
import { hiringActionQuery, QRB_KEY } from '../api/qrb-queries';
import type { THiringAction } from '../api/qrb-wire-types';
import { Page } from '../components/page';
import { TextField } from '../components/text-field';
import { GoverningModelPreview } from './case/governing-model-preview';
import { HIRING_ACTION_FIELDS, validateHiringActionForm, type THiringActionField } from './case/hiring-action-form';
import { formErrorsOf, inputIdOf } from './shared/form-errors';
import { RadioGroup, radioIdsFrom } from './shared/form-fields';
import { FormErrorSummary, useFormErrors } from './shared/use-form-errors';

const PREFIX = 'action';
const id = (field: THiringActionField) => inputIdOf(PREFIX, field);
const METHOD_OPTIONS = APPLICATION_METHODS.map((method) => ({ value: method, label: APPLICATION_METHOD_LABELS[method] }));

/**
 * Create a hiring action (/hiring-actions/new): its position, announcement and dates, how candidates apply and
 * any per-vacancy page limits. As the dates are typed it says which model will govern the action and why, and
 * when its QRB case will be due; the form is checked with the API's own schema before it is sent.
 */
export function CreateHiringActionPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [initiatedOn, setInitiatedOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [method, setMethod] = useState<TApplicationMethod | undefined>();
  const form = useFormErrors<THiringActionField>('create-hiring-action');
  const create = useMutation({
    mutationFn: (request: TCreateHiringActionRequest) => api.send<THiringAction>('POST', '/api/hiring-actions', request),
    onSuccess(created) {
      queryClient.setQueryData(hiringActionQuery(created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: [QRB_KEY, 'hiring-actions'] });
      void navigate(`/hiring-actions/${encodeURIComponent(created.id)}`, { state: { isCreated: true } });
    },
    onError: (error) => form.fail(formErrorsOf(error, HIRING_ACTION_FIELDS, 'The hiring action could not be created. Try again.')),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const values = new FormData(event.currentTarget);
    const text = (name: string) => String(values.get(name) ?? '');
    const result = validateHiringActionForm({
      positionTitle: text('positionTitle'),
      announcementNumber: text('announcementNumber'),
      initiatedOn: text('initiatedOn'),
      announcementOpensOn: text('announcementOpensOn'),
      announcementClosesOn: text('announcementClosesOn'),
      applicationMethod: text('applicationMethod'),
      maxPagesPerEcq: text('maxPagesPerEcq'),
      maxTotalPages: text('maxTotalPages'),
    });
    if (!result.ok) {
      form.fail(result.errors);
      return;
    }
    form.clear();
    create.mutate(result.request);
  }

  const errors = form.fields;
  return (
    <Page title="Create a hiring action">
      <p className="usa-intro">
        A hiring action is one SES vacancy. The ECQ model that governs it is chosen from the day it was initiated and never changes afterwards.
      </p>
      <FormErrorSummary state={form} order={HIRING_ACTION_FIELDS} inputIdOf={id} heading="The hiring action was not created" />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Create a hiring action">
        <TextField id={id('positionTitle')} name="positionTitle" label="Position title" autoComplete="off" error={errors.positionTitle} />
        <TextField
          id={id('announcementNumber')}
          name="announcementNumber"
          label="Announcement number (optional)"
          hint="As on USAJOBS, for example DOE-SES-27-001."
          autoComplete="off"
          error={errors.announcementNumber}
        />
        <TextField
          id={id('initiatedOn')}
          name="initiatedOn"
          type="date"
          label="Initiated on"
          hint="The day the hiring action was initiated: it decides which ECQ model governs the action."
          value={initiatedOn}
          onChange={(event) => setInitiatedOn(event.target.value)}
          error={errors.initiatedOn}
        />
        <TextField id={id('announcementOpensOn')} name="announcementOpensOn" type="date" label="Announcement opens on" error={errors.announcementOpensOn} />
        <TextField
          id={id('announcementClosesOn')}
          name="announcementClosesOn"
          type="date"
          label="Announcement closes on"
          hint="The QRB case is due a set number of days after this."
          value={closesOn}
          onChange={(event) => setClosesOn(event.target.value)}
          error={errors.announcementClosesOn}
        />
        <GoverningModelPreview initiatedOn={initiatedOn} announcementClosesOn={closesOn} />
        <RadioGroup
          name="applicationMethod"
          id={id('applicationMethod')}
          inputIdOf={radioIdsFrom(id('applicationMethod'))}
          legend="Application method"
          options={METHOD_OPTIONS}
          value={method}
          onChange={setMethod}
          error={errors.applicationMethod}
        />
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend">Page limits for this vacancy (optional)</legend>
          <span className="usa-hint">Leave blank for the defaults; some announcements ask for less.</span>
          <TextField
            id={id('narrativeLimits.maxPagesPerEcq')}
            name="maxPagesPerEcq"
            inputMode="decimal"
            label="Most pages per ECQ"
            hint={`Default: ${DEFAULT_NARRATIVE_LIMITS.maxPagesPerEcq}.`}
            autoComplete="off"
            error={errors['narrativeLimits.maxPagesPerEcq']}
          />
          <TextField
            id={id('narrativeLimits.maxTotalPages')}
            name="maxTotalPages"
            inputMode="decimal"
            label="Most pages in all"
            hint={`Default: ${DEFAULT_NARRATIVE_LIMITS.maxTotalPages}.`}
            autoComplete="off"
            error={errors['narrativeLimits.maxTotalPages']}
          />
        </fieldset>
        <button type="submit" className="usa-button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create the hiring action'}
        </button>
      </form>
    </Page>
  );
}
