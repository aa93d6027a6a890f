import './qrb.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DEFAULT_QRB_SETTINGS, QRB_BOARD_MEMBERS_MAX, QRB_SETTING_DAYS_MAX, type TQrbSettings } from '@ecq/core';
import { isApiError } from '../api/api-client';
import { updateQrbSettings } from '../api/qrb-admin-queries';
import { qrbSettingsQuery } from '../api/qrb-queries';
import type { TQrbSettingsWire } from '../api/qrb-wire-types';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { TextField } from '../components/text-field';
import { formatDateTime, plural } from '../workbench/workbench-labels';
import {
  SETTINGS_FORM_FIELDS,
  settingsFormValuesOf,
  validateSettingsForm,
  type TSettingsFormField,
  type TSettingsFormValues,
  type TSettingsNumberField,
} from './admin/validate-admin-forms';
import { formErrorsOf } from './shared/form-errors';
import { RadioGroup, radioId } from './shared/form-fields';
import { DEADLINE_ENFORCEMENT_LABELS, DECISION_RULE_LABELS, describeSource } from './shared/qrb-labels';
import { FormErrorSummary, useFormErrors } from './shared/use-form-errors';

type TSourceKey = keyof TQrbSettingsWire['sources'];

/** Each setting: its name, what it governs, its unit, and the source its default rests on. */
const SETTINGS: readonly { readonly field: keyof TQrbSettings; readonly label: string; readonly hint: string; readonly source: TSourceKey }[] = [
  { field: 'caseDueDays', label: 'Case due (days after the announcement closes)', hint: `A case is due this many days after its hiring action’s announcement closes; 1 to ${QRB_SETTING_DAYS_MAX.toLocaleString('en-US')}.`, source: 'deadlines' },
  { field: 'resubmissionDueDays', label: 'Resubmission due (days after a disapproval)', hint: `A disapproved case may be resubmitted within this many days; 1 to ${QRB_SETTING_DAYS_MAX.toLocaleString('en-US')}.`, source: 'deadlines' },
  { field: 'deadlineEnforcement', label: 'Deadline enforcement', hint: 'Whether a missed deadline blocks a submission or only warns.', source: 'deadlines' },
  { field: 'boardSize', label: 'Board size (members)', hint: `How many members every board has; 1 to ${QRB_BOARD_MEMBERS_MAX}.`, source: 'board' },
  { field: 'minBoardAgencies', label: 'Minimum different agencies', hint: 'How many different agencies a board’s members come from; no more than the board size.', source: 'board' },
  { field: 'minPriorServiceMembers', label: 'Minimum members with prior QRB service', hint: 'Below this a board gets a warning, not a refusal; no more than the board size.', source: 'priorService' },
  { field: 'decisionRule', label: 'Decision rule', hint: 'How the members’ findings on each ECQ become the board’s decision.', source: 'decision' },
];

function valueText(settings: TQrbSettings, field: keyof TQrbSettings): string {
  switch (field) {
    case 'caseDueDays':
    case 'resubmissionDueDays':
      return plural(settings[field], 'day');
    case 'boardSize':
      return plural(settings[field], 'member');
    case 'minBoardAgencies':
      return plural(settings[field], 'agency', 'agencies');
    case 'minPriorServiceMembers':
      return plural(settings[field], 'member');
    case 'deadlineEnforcement':
      return `${DEADLINE_ENFORCEMENT_LABELS[settings.deadlineEnforcement].label}: ${DEADLINE_ENFORCEMENT_LABELS[settings.deadlineEnforcement].explanation}`;
    case 'decisionRule':
      return `${DECISION_RULE_LABELS[settings.decisionRule].label}: ${DECISION_RULE_LABELS[settings.decisionRule].explanation}`;
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/**
 * The deployment's QRB settings (GET /api/qrb/settings): each value with where it comes from and how sure that
 * is; OPM changes them (PATCH with the version read). A change governs what happens next: decisions keep the
 * rule they were made under.
 */
export function QrbSettingsPage() {
  const settings = useQuery(qrbSettingsQuery());
  const [saved, setSaved] = useState<TQrbSettingsWire | undefined>();
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved !== undefined) savedRef.current?.focus();
  }, [saved]);
  return (
    <Page title="QRB settings">
      <p className="usa-intro">
        The QRB rules that rest on medium- or low-confidence sources are settings of this deployment. The high-confidence rules
        are not: a career majority on every board (5 CFR 317.502), one basis per case, and criterion B cases continuing during an
        agency-head transition.
      </p>
      <p>
        <Link to="/qrb/admin">QRB administration</Link>
      </p>
      {settings.isPending ? (
        <Loading label="Loading the settings" />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} heading="The settings could not be loaded" />
      ) : (
        <>
          <div role="status" ref={savedRef} tabIndex={-1} data-testid="settings-saved">
            {saved === undefined ? null : (
              <Alert type="success" heading={`Settings saved (version ${saved.version})`}>
                <p className="margin-0">They govern what happens from now on; decisions already made keep the rule they were made under.</p>
              </Alert>
            )}
          </div>
          <SettingsView current={settings.data} onSaved={setSaved} />
        </>
      )}
    </Page>
  );
}

function SettingsView({ current, onSaved }: { readonly current: TQrbSettingsWire; readonly onSaved: (saved: TQrbSettingsWire) => void }) {
  return (
    <>
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">In force now</h2>
        <p className="margin-top-0">
          Version {current.version}, last changed {formatDateTime(current.updatedAt)}.
        </p>
        <table className="usa-table usa-table--borderless ecq-qrb-table" data-testid="settings">
          <caption>Each QRB setting, its value, whether this deployment changed it, and its source</caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">Source and confidence</th>
            </tr>
          </thead>
          <tbody>
            {SETTINGS.map((setting) => (
              <tr key={setting.field} data-setting={setting.field}>
                <th scope="row">{setting.label}</th>
                <td>
                  {valueText(current.settings, setting.field)}
                  <span className="ecq-qrb-subtle">
                    {Object.hasOwn(current.overrides, setting.field)
                      ? `Changed for this deployment (default: ${valueText(DEFAULT_QRB_SETTINGS, setting.field).split(':')[0]})`
                      : 'Default (POLICY.md §2)'}
                  </span>
                </td>
                <td>{describeSource(current.sources[setting.source])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="change-heading" className="ecq-qrb-section">
        <h2 id="change-heading">Change the settings</h2>
        <p>
          A change governs what happens next: cases submitted, boards assembled and decisions made from now on. Decisions already
          made keep the rule they were made under, and due dates already set stay as they are.
        </p>
        <SettingsForm key={current.version} current={current} onSaved={onSaved} />
      </section>
    </>
  );
}

const inputIdOf = (field: TSettingsFormField) =>
  field === 'deadlineEnforcement' ? radioId('deadlineEnforcement', 'block') : field === 'decisionRule' ? radioId('decisionRule', 'unanimous') : field;

function SettingsForm(props: { readonly current: TQrbSettingsWire; readonly onSaved: (saved: TQrbSettingsWire) => void }) {
  const { current } = props;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TSettingsFormValues>(() => settingsFormValuesOf(current.settings));
  const [isStale, setIsStale] = useState(false);
  const form = useFormErrors<TSettingsFormField>('settings');
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isStale) staleRef.current?.focus();
  }, [isStale]);
  const save = useMutation({
    mutationFn: updateQrbSettings,
    onSuccess(saved) {
      // The page shows the new version (and a fresh form keyed by it); the message stays above.
      props.onSaved(saved);
      queryClient.setQueryData(qrbSettingsQuery().queryKey, saved);
    },
    onError(error) {
      if (isApiError(error) && error.code === 'CONFLICT') {
        setIsStale(true);
        return;
      }
      form.fail(formErrorsOf(error, (field) => {
        const name = field.replace(/^settings\./, '');
        return (SETTINGS_FORM_FIELDS as readonly string[]).includes(name) ? (name as TSettingsFormField) : undefined;
      }));
    },
  });
  const set = (field: keyof TSettingsFormValues, value: string) => setValues((now) => ({ ...now, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const checked = validateSettingsForm({ version: current.version, settings: current.settings }, values);
    if (checked.errors !== undefined) {
      form.fail(checked.errors);
      return;
    }
    save.mutate(checked.body);
  }

  const numberField = (field: TSettingsNumberField) => {
    const setting = SETTINGS.find((s) => s.field === field)!;
    return (
      <TextField
        key={field}
        id={field}
        label={setting.label}
        hint={setting.hint}
        inputMode="numeric"
        value={values[field]}
        error={form.fields[field]}
        onChange={(event) => set(field, event.currentTarget.value)}
      />
    );
  };

  return (
    <>
      {isStale ? (
        <div ref={staleRef} tabIndex={-1} data-testid="settings-conflict">
          <Alert type="warning" heading="The settings were changed elsewhere" isUrgent>
            <p>Your changes were not saved: someone saved the settings after you opened this page.</p>
            <button type="button" className="usa-button" onClick={() => void queryClient.invalidateQueries({ queryKey: qrbSettingsQuery().queryKey })}>
              Load the latest settings
            </button>
          </Alert>
        </div>
      ) : null}
      <FormErrorSummary state={form} order={SETTINGS_FORM_FIELDS} inputIdOf={inputIdOf} heading="The settings were not saved" />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="change-heading">
        <fieldset className="usa-fieldset">
          <legend className="usa-legend ecq-qrb-legend">Deadlines</legend>
          {numberField('caseDueDays')}
          {numberField('resubmissionDueDays')}
          <RadioGroup
            name="deadlineEnforcement"
            legend="Deadline enforcement"
            options={(['block', 'warn'] as const).map((value) => ({ value, ...DEADLINE_ENFORCEMENT_LABELS[value], description: DEADLINE_ENFORCEMENT_LABELS[value].explanation }))}
            value={values.deadlineEnforcement}
            onChange={(value) => set('deadlineEnforcement', value)}
            error={form.fields.deadlineEnforcement}
          />
        </fieldset>
        <fieldset className="usa-fieldset margin-top-4">
          <legend className="usa-legend ecq-qrb-legend">Boards</legend>
          {numberField('boardSize')}
          {numberField('minBoardAgencies')}
          {numberField('minPriorServiceMembers')}
        </fieldset>
        <fieldset className="usa-fieldset margin-top-4">
          <legend className="usa-legend ecq-qrb-legend">Decisions</legend>
          <RadioGroup
            name="decisionRule"
            legend="Decision rule"
            hint="No official voting rule was found (POLICY.md §2, medium confidence): unanimity is the default. The rule a decision was made under is recorded with it."
            options={(['unanimous', 'majority'] as const).map((value) => ({ value, ...DECISION_RULE_LABELS[value], description: DECISION_RULE_LABELS[value].explanation }))}
            value={values.decisionRule}
            onChange={(value) => set('decisionRule', value)}
            error={form.fields.decisionRule}
          />
        </fieldset>
        <button type="submit" className="usa-button margin-top-3" disabled={isStale}>
          {save.isPending ? 'Saving…' : 'Save the settings'}
        </button>
      </form>
    </>
  );
}
