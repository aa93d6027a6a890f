import type { TSesAppointmentType } from '../../api/qrb-wire-types';
import { RadioGroup, radioId } from '../shared/form-fields';
import { APPOINTMENT_HINT, APPOINTMENT_LABELS } from '../shared/qrb-labels';

/** What each appointment means for a board, said where a member is added. */
const APPOINTMENT_EXPLANATIONS: Readonly<Record<TSesAppointmentType, string>> = {
  career: 'Counts toward the board’s career majority.',
  noncareer: 'Sits on boards, but does not count toward the career majority.',
};

/** The id the error summary links to for a member's appointment: its first radio. */
export const appointmentInputId = (name: string) => radioId(name, 'career');

/**
 * A roster member's appointment, career or noncareer SES, with why it matters (only career members count
 * toward a board's career majority, 5 CFR 317.502); `isExplained` says under each what it means.
 */
export function AppointmentField(props: {
  readonly name: string;
  readonly value: TSesAppointmentType | undefined;
  readonly onChange: (appointment: TSesAppointmentType) => void;
  readonly error: string | undefined;
  readonly isExplained?: boolean;
}) {
  const options = (['career', 'noncareer'] as const).map((value) => ({
    value,
    label: APPOINTMENT_LABELS[value],
    ...(props.isExplained === true ? { description: APPOINTMENT_EXPLANATIONS[value] } : {}),
  }));
  return (
    <RadioGroup name={props.name} legend="Appointment" hint={APPOINTMENT_HINT} options={options} value={props.value} onChange={props.onChange} error={props.error} />
  );
}
