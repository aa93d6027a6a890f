import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allQrbMembersQuery, createQrbMember, QRB_MEMBERS_KEY } from '../../api/qrb-admin-queries';
import { agencyListQuery, usersWithRoleQuery } from '../../api/qrb-queries';
import type { TQrbMemberWire, TSesAppointmentType } from '../../api/qrb-wire-types';
import { Alert, ErrorAlert, Loading } from '../../components/alert';
import { formErrorsOf } from '../shared/form-errors';
import { CheckboxField, SelectField } from '../shared/form-fields';
import { APPOINTMENT_LABELS } from '../shared/qrb-labels';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import { AppointmentField, appointmentInputId } from './appointment-field';
import { MEMBER_FORM_FIELDS, validateMemberForm, type TMemberFormField } from './validate-admin-forms';

const inputIdOf = (field: TMemberFormField) => (field === 'appointment' ? appointmentInputId('appointment') : field);

/**
 * Add a member to the roster (POST /api/qrb/members): a user holding the QRB member role who is not on the
 * roster yet, their appointment and whether they have sat on a QRB before.
 */
export function AddMemberForm() {
  const queryClient = useQueryClient();
  const users = useQuery(usersWithRoleQuery('qrb_member'));
  const roster = useQuery(allQrbMembersQuery());
  const agencies = useQuery(agencyListQuery());
  const [userId, setUserId] = useState('');
  const [appointment, setAppointment] = useState<TSesAppointmentType | undefined>();
  const [hasPriorQrbService, setHasPriorQrbService] = useState(false);
  const [added, setAdded] = useState<TQrbMemberWire | undefined>();
  const addedRef = useRef<HTMLDivElement>(null);
  const form = useFormErrors<TMemberFormField>('add-member');
  const create = useMutation({
    mutationFn: createQrbMember,
    onSuccess(member) {
      setAdded(member);
      setUserId('');
      setAppointment(undefined);
      setHasPriorQrbService(false);
      form.clear();
      void queryClient.invalidateQueries({ queryKey: QRB_MEMBERS_KEY });
    },
    onError: (error) => form.fail(formErrorsOf(error, MEMBER_FORM_FIELDS)),
  });
  useEffect(() => {
    if (added !== undefined) addedRef.current?.focus();
  }, [added]);

  if (users.isPending || roster.isPending) return <Loading label="Loading the people who may join the roster" />;
  if (users.isError) return <ErrorAlert error={users.error} heading="The QRB members could not be loaded" headingLevel={3} />;
  if (roster.isError) return <ErrorAlert error={roster.error} heading="The roster could not be loaded" headingLevel={3} />;
  const onRoster = new Set(roster.data.map((member) => member.userId));
  const candidates = users.data.items.filter((user) => user.isActive && !onRoster.has(user.id));
  const agencyCode = (id: string | null) => (id === null ? 'no agency' : (agencies.data?.find((a) => a.id === id)?.code ?? 'agency'));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setAdded(undefined);
    const checked = validateMemberForm({ userId, appointment: appointment ?? '', hasPriorQrbService });
    if (checked.errors !== undefined) {
      form.fail(checked.errors);
      return;
    }
    create.mutate(checked.body);
  }

  return (
    <>
      <div ref={addedRef} tabIndex={-1} role="status" data-testid="member-added">
        {added === undefined ? null : (
          <Alert type="success" heading={`${added.name} was added to the roster`} headingLevel={3}>
            <p className="margin-0">
              {added.agencyName ?? 'No agency'} · {APPOINTMENT_LABELS[added.appointment]} ·{' '}
              {added.hasPriorQrbService ? 'has served on a QRB before' : 'no prior QRB service'}.
            </p>
          </Alert>
        )}
      </div>
      {candidates.length === 0 ? (
        <p data-testid="no-candidates">
          Everyone holding the QRB member role is on the roster already. To add someone else, first give them the QRB member role
          in the user administration.
        </p>
      ) : (
        <>
          <FormErrorSummary state={form} order={MEMBER_FORM_FIELDS} inputIdOf={inputIdOf} />
          <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="add-member-heading">
            <SelectField
              id="userId"
              label="Person"
              hint="Users holding the QRB member role who are not on the roster yet. Their agency comes from their account."
              error={form.fields.userId}
              value={userId}
              onChange={(event) => setUserId(event.currentTarget.value)}
            >
              <option value="">- Select -</option>
              {candidates.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName} ({agencyCode(user.agencyId)}, {user.email})
                </option>
              ))}
            </SelectField>
            <AppointmentField name="appointment" value={appointment} onChange={setAppointment} error={form.fields.appointment} isExplained />
            <fieldset className="usa-fieldset margin-top-3">
              <legend className="usa-legend">Prior QRB service</legend>
              <CheckboxField
                id="hasPriorQrbService"
                label="Has served on a QRB before"
                description="Ideally every board has at least one member who has (a warning only)."
                checked={hasPriorQrbService}
                onChange={setHasPriorQrbService}
              />
            </fieldset>
            <button type="submit" className="usa-button margin-top-3">
              {create.isPending ? 'Adding…' : 'Add to the roster'}
            </button>
          </form>
        </>
      )}
    </>
  );
}
