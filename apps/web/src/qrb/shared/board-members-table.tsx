import type { TQrbMemberWire } from '../../api/qrb-wire-types';
import { APPOINTMENT_LABELS } from './qrb-labels';

/**
 * A board's members as OPM weighs them (POLICY.md §2): each one's agency, appointment (a board needs a career
 * majority) and prior QRB service.
 */
export function BoardMembersTable(props: { readonly members: readonly TQrbMemberWire[]; readonly caption: string }) {
  return (
    <table className="usa-table usa-table--borderless usa-table--compact ecq-qrb-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Agency</th>
          <th scope="col">Appointment</th>
          <th scope="col">Prior QRB service</th>
        </tr>
      </thead>
      <tbody>
        {props.members.map((member) => (
          <tr key={member.id}>
            <th scope="row">{member.name}</th>
            <td>{member.agencyName ?? 'No agency'}</td>
            <td>{APPOINTMENT_LABELS[member.appointment]}</td>
            <td>{member.hasPriorQrbService ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
