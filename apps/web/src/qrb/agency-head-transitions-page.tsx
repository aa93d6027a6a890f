import './qrb.css';
import { useState, type FormEvent } from 'react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QRB_NOTE_MAX_LENGTH } from '@ecq/core';
import { endAgencyHeadTransition, startAgencyHeadTransition } from '../api/qrb-admin-queries';
import { agencyHeadTransitionListQuery, QRB_KEY } from '../api/qrb-queries';
import type { TAgencyHeadTransition, TAgencyHeadTransitionResult } from '../api/qrb-wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { TextField } from '../components/text-field';
import { formatDate } from '../models/labels';
import { localToday } from '../workbench/workbench-labels';
import { HoldPlanResult } from './admin/hold-plan-result';
import { TRANSITION_FORM_FIELDS, validateTransitionForm, type TTransitionFormField } from './admin/validate-admin-forms';
import { AgencySelect } from './shared/agency-select';
import { formErrorsOf } from './shared/form-errors';
import { TextareaField } from './shared/form-fields';
import { ScrollableTable } from './shared/scrollable-table';
import { Tag } from './shared/status-tag';
import { SummaryOwnerProvider } from './shared/summary-owner';
import { FormErrorSummary, useFormErrors } from './shared/use-form-errors';

type TOutcome = { readonly kind: 'started' | 'ended'; readonly result: TAgencyHeadTransitionResult };

/**
 * Agency-head transitions (GET /api/qrb/agency-head-transitions): start one for an agency, whose criterion A
 * and C cases waiting on OPM are held while criterion B cases continue (POLICY.md §2, high); end an open one
 * when the new head is in place, which releases them. Each shows what it did, case by case.
 */
export function AgencyHeadTransitionsPage() {
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(agencyHeadTransitionListQuery());
  const transitions = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [outcome, setOutcome] = useState<TOutcome | undefined>();
  const onChanged = (next: TOutcome) => {
    // The plan changed cases: every case view, list and the queue are asked for again.
    void queryClient.invalidateQueries({ queryKey: [QRB_KEY] });
    setOutcome(next);
  };
  return (
    <Page title="Agency-head transitions">
      <SummaryOwnerProvider>
        <p className="usa-intro">
          While an agency’s head changes, OPM holds the agency’s criterion A and C cases waiting on OPM; criterion B cases
          (graduates of an OPM-approved Candidate Development Program) continue. Cases the agency submits meanwhile are held as
          they arrive.
        </p>
        <p>
          <Link to="/qrb/admin">QRB administration</Link> · <Link to="/qrb/queue">Queue</Link>
        </p>
        {outcome === undefined ? null : <HoldPlanResult kind={outcome.kind} result={outcome.result} />}
        <section aria-labelledby="start-heading" className="ecq-qrb-section">
          <h2 id="start-heading">Start a transition</h2>
          <StartTransitionForm onStarted={(result) => onChanged({ kind: 'started', result })} />
        </section>
        <section aria-labelledby="transitions-heading" className="ecq-qrb-section">
          <h2 id="transitions-heading">Transitions</h2>
          <p>End a transition once the agency’s new head is in place: the cases held for it are released to where they were.</p>
          {list.isPending ? (
            <Loading label="Loading the transitions" />
          ) : list.data === undefined ? (
            <ErrorAlert error={list.error} heading="The transitions could not be loaded" />
          ) : transitions.length === 0 ? (
            <p data-testid="transitions-empty">No agency-head transition has been recorded.</p>
          ) : (
            <>
              <TransitionsTable transitions={transitions} onEnded={(result) => onChanged({ kind: 'ended', result })} />
              <ShowMore what="transitions" list={list} />
            </>
          )}
        </section>
      </SummaryOwnerProvider>
    </Page>
  );
}

function StartTransitionForm(props: { readonly onStarted: (result: TAgencyHeadTransitionResult) => void }) {
  const today = localToday();
  const [agencyId, setAgencyId] = useState('');
  const [startedOn, setStartedOn] = useState(today);
  const [note, setNote] = useState('');
  const form = useFormErrors<TTransitionFormField>('start-transition');
  const start = useMutation({
    mutationFn: startAgencyHeadTransition,
    onSuccess(result) {
      form.clear();
      setAgencyId('');
      setNote('');
      setStartedOn(today);
      props.onStarted(result);
    },
    onError: (error) =>
      form.fail(formErrorsOf(error, TRANSITION_FORM_FIELDS)),
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (start.isPending) return;
    const checked = validateTransitionForm({ agencyId, startedOn, note }, today);
    if (checked.errors !== undefined) {
      form.fail(checked.errors);
      return;
    }
    start.mutate(checked.body);
  }
  return (
    <>
      <FormErrorSummary state={form} order={TRANSITION_FORM_FIELDS} heading="The transition was not recorded" />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="start-heading">
        <AgencySelect id="agencyId" noneLabel="- Select -" error={form.fields.agencyId} value={agencyId} onChange={setAgencyId} />
        <TextField
          id="startedOn"
          type="date"
          label="Started on"
          hint="Today, or the earlier day the head left."
          value={startedOn}
          max={today}
          error={form.fields.startedOn}
          onChange={(event) => setStartedOn(event.currentTarget.value)}
        />
        <TextareaField
          id="note"
          label="Note"
          hint={`Who is leaving, who acts meanwhile, or where the change was announced; at most ${QRB_NOTE_MAX_LENGTH.toLocaleString('en-US')} characters.`}
          value={note}
          error={form.fields.note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <button type="submit" className="usa-button margin-top-3">
          {start.isPending ? 'Recording…' : 'Record the transition and hold the cases'}
        </button>
      </form>
    </>
  );
}

function TransitionsTable(props: { readonly transitions: readonly TAgencyHeadTransition[]; readonly onEnded: (result: TAgencyHeadTransitionResult) => void }) {
  return (
    <ScrollableTable id="transitions" caption="Agency-head transitions, newest first" columns={['Agency', 'Started', 'Status', 'Note']} hasActions testId="transitions">
      {props.transitions.map((transition) => (
        <tr key={transition.id} data-transition-id={transition.id}>
          <th scope="row">{transition.agencyName}</th>
          <td>{formatDate(transition.startedOn)}</td>
          <td>
            {transition.isOpen ? (
              <Tag tone="warning">Under way</Tag>
            ) : (
              <Tag tone="neutral">{`Ended ${transition.endedOn === null ? '' : formatDate(transition.endedOn)}`.trim()}</Tag>
            )}
          </td>
          <td>{transition.note}</td>
          <td>{transition.isOpen ? <EndTransitionButton transition={transition} onEnded={props.onEnded} /> : null}</td>
        </tr>
      ))}
    </ScrollableTable>
  );
}

/** POST …/end with the version read: the agency's new head is in place, its held cases are released. */
function EndTransitionButton(props: { readonly transition: TAgencyHeadTransition; readonly onEnded: (result: TAgencyHeadTransitionResult) => void }) {
  const { transition } = props;
  const end = useMutation({ mutationFn: () => endAgencyHeadTransition(transition.id, transition.version), onSuccess: props.onEnded });
  return (
    <>
      <button type="button" className="usa-button usa-button--outline usa-button--small" disabled={end.isPending} onClick={() => end.mutate()}>
        {end.isPending ? 'Ending…' : 'End the transition'}
        <span className="usa-sr-only"> at {transition.agencyName}: its new head is in place</span>
      </button>
      {end.isError ? <ErrorAlert error={end.error} heading="The transition was not ended" headingLevel={3} /> : null}
    </>
  );
}
