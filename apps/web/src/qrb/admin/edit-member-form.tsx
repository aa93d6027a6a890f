import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-client';
import { QRB_MEMBERS_KEY, updateQrbMember } from '../../api/qrb-admin-queries';
import type { TQrbMemberWire, TSesAppointmentType } from '../../api/qrb-wire-types';
import { formErrorsOf } from '../shared/form-errors';
import { CheckboxField } from '../shared/form-fields';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import { AppointmentField, appointmentInputId } from './appointment-field';
import { MEMBER_EDIT_FIELDS, validateMemberEdit, type TMemberEditField } from './validate-admin-forms';

const inputIdOf = (field: TMemberEditField) => (field === 'appointment' ? appointmentInputId('edit-appointment') : `edit-${field}`);

/**
 * Change a roster member's appointment, prior service or activity (PATCH /api/qrb/members/:id), quoting the
 * version read. Only active members can be chosen for a new board.
 */
export function EditMemberForm(props: {
  readonly member: TQrbMemberWire;
  readonly onSaved: (member: TQrbMemberWire) => void;
  readonly onCancel: () => void;
}) {
  const { member } = props;
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [appointment, setAppointment] = useState<TSesAppointmentType>(member.appointment);
  const [hasPriorQrbService, setHasPriorQrbService] = useState(member.hasPriorQrbService);
  const [isActive, setIsActive] = useState(member.isActive);
  const form = useFormErrors<TMemberEditField>('edit-member');
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateQrbMember>[1]) => updateQrbMember(member.id, body),
    onSuccess(saved) {
      void queryClient.invalidateQueries({ queryKey: QRB_MEMBERS_KEY });
      props.onSaved(saved);
    },
    onError(error) {
      const errors = formErrorsOf(error, MEMBER_EDIT_FIELDS);
      if (isApiError(error) && error.code === 'CONFLICT') {
        // The roster is read again: the next save quotes the version now current.
        void queryClient.invalidateQueries({ queryKey: QRB_MEMBERS_KEY });
        form.fail({ fields: errors.fields, general: [`${member.name} was changed elsewhere since you opened this form; the roster now shows the latest values. Check your changes and save again.`] });
        return;
      }
      form.fail(errors);
    },
  });
  useEffect(() => headingRef.current?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const checked = validateMemberEdit(member, { appointment, hasPriorQrbService, isActive });
    if (checked.errors !== undefined) {
      form.fail(checked.errors);
      return;
    }
    update.mutate(checked.body);
  }

  return (
    <section className="ecq-qrb-panel" aria-labelledby="edit-member-heading" data-testid="edit-member">
      <h2 id="edit-member-heading" ref={headingRef} tabIndex={-1}>
        Edit {member.name}
      </h2>
      <p className="margin-top-0">
        {member.agencyName ?? 'No agency'} · {member.email} · version {member.version}
      </p>
      <FormErrorSummary state={form} order={MEMBER_EDIT_FIELDS} inputIdOf={inputIdOf} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby="edit-member-heading">
        <AppointmentField name="edit-appointment" value={appointment} onChange={setAppointment} error={form.fields.appointment} />
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend">On the roster</legend>
          <CheckboxField id="edit-hasPriorQrbService" label="Has served on a QRB before" checked={hasPriorQrbService} onChange={setHasPriorQrbService} />
          <CheckboxField
            id="edit-isActive"
            label="Active"
            description="Only active members can be chosen for a new board."
            checked={isActive}
            onChange={setIsActive}
          />
        </fieldset>
        <div className="ecq-qrb-actions">
          <button type="submit" className="usa-button">
            {update.isPending ? 'Saving…' : 'Save the changes'}
          </button>
          <button type="button" className="usa-button usa-button--unstyled" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
