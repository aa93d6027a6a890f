import { useQuery } from '@tanstack/react-query';
import { agencyListQuery } from '../../api/qrb-queries';
import { SelectField } from './form-fields';

/**
 * A choice of agency, each named with its code ("Department of Energy (DOE)"), after a first option meaning
 * none chosen (`noneLabel`: "All agencies" in a filter, "- Select -" in a form).
 */
export function AgencySelect(props: {
  readonly id: string;
  readonly noneLabel: string;
  readonly value: string;
  readonly onChange: (agencyId: string) => void;
  readonly error?: string | undefined;
}) {
  const agencies = useQuery(agencyListQuery());
  return (
    <SelectField id={props.id} label="Agency" error={props.error} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
      <option value="">{props.noneLabel}</option>
      {(agencies.data ?? []).map((agency) => (
        <option key={agency.id} value={agency.id}>
          {agency.name} ({agency.code})
        </option>
      ))}
    </SelectField>
  );
}
