import './qrb.css';
import { useEffect, useRef, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { qrbMemberListQuery, type TQrbMemberFilter } from '../api/qrb-queries';
import type { TQrbMemberWire } from '../api/qrb-wire-types';
import { Alert, ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { ShowMore } from '../components/show-more';
import { plural } from '../workbench/workbench-labels';
import { AddMemberForm } from './admin/add-member-form';
import { EditMemberForm } from './admin/edit-member-form';
import { AgencySelect } from './shared/agency-select';
import { FiltersForm } from './shared/filters-form';
import { SelectField } from './shared/form-fields';
import { APPOINTMENT_LABELS } from './shared/qrb-labels';
import { ScrollableTable } from './shared/scrollable-table';
import { Tag } from './shared/status-tag';
import { SummaryOwnerProvider } from './shared/summary-owner';

/** The roster filter as the address says it (`?agencyId=&appointment=career&active=true`). */
function memberFilterOf(params: URLSearchParams): TQrbMemberFilter {
  const agencyId = params.get('agencyId') ?? '';
  const appointment = params.get('appointment');
  const active = params.get('active');
  return {
    ...(agencyId === '' ? {} : { agencyId }),
    ...(appointment === 'career' || appointment === 'noncareer' ? { appointment } : {}),
    ...(active === 'true' || active === 'false' ? { isActive: active === 'true' } : {}),
  };
}

/** OPM's QRB roster (GET /api/qrb/members): filter it, edit a member, add one. */
export function QrbRosterPage() {
  const [params, setParams] = useSearchParams();
  const filter = memberFilterOf(params);
  const list = useInfiniteQuery(qrbMemberListQuery(filter));
  const members = list.data?.pages.flatMap((page) => page.items) ?? [];
  const [editingId, setEditingId] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const editing = members.find((member) => member.id === editingId);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const [returnFocusTo, setReturnFocusTo] = useState<string | undefined>();
  useEffect(() => {
    if (returnFocusTo === undefined) return;
    editButtons.current.get(returnFocusTo)?.focus();
    setReturnFocusTo(undefined);
  }, [returnFocusTo]);
  return (
    <Page title="QRB roster">
      <SummaryOwnerProvider>
        <p className="usa-intro">The SES members OPM may seat on a Qualifications Review Board.</p>
        <p>
          <Link to="/qrb/admin">QRB administration</Link> · <Link to="/qrb/boards">Boards</Link>
        </p>
        <RosterFilters key={params.toString()} filter={filter} onApply={setParams} />
        <div role="status" data-testid="member-saved">
          {saved === undefined ? null : (
            <Alert type="success" isSlim>
              <p className="margin-0">{saved}</p>
            </Alert>
          )}
        </div>
        {list.isPending ? (
          <Loading label="Loading the roster" />
        ) : list.data === undefined ? (
          <ErrorAlert error={list.error} heading="The roster could not be loaded" />
        ) : members.length === 0 ? (
          <p data-testid="roster-empty">No roster member matches these filters.</p>
        ) : (
          <>
            <p className="ecq-qrb-count">
              {plural(members.length, 'member')}
              {list.hasNextPage ? ' shown, more below' : ''}
            </p>
            <RosterTable
              members={members}
              editButtons={editButtons.current}
              onEdit={(id) => {
                setSaved(undefined);
                setEditingId(id);
              }}
            />
            <ShowMore what="members" list={list} />
          </>
        )}
        {editing === undefined ? null : (
          <EditMemberForm
            key={editing.id}
            member={editing}
            onSaved={(member) => {
              setEditingId(undefined);
              setSaved(`${member.name}’s roster entry was saved: ${APPOINTMENT_LABELS[member.appointment]}, ${member.hasPriorQrbService ? 'prior QRB service' : 'no prior QRB service'}, ${member.isActive ? 'active' : 'inactive'}.`);
              setReturnFocusTo(member.id);
            }}
            onCancel={() => {
              setEditingId(undefined);
              setReturnFocusTo(editing.id);
            }}
          />
        )}
        <section aria-labelledby="add-member-heading" className="ecq-qrb-section">
          <h2 id="add-member-heading">Add a member to the roster</h2>
          <AddMemberForm />
        </section>
      </SummaryOwnerProvider>
    </Page>
  );
}

function RosterFilters(props: { readonly filter: TQrbMemberFilter; readonly onApply: (search: URLSearchParams) => void }) {
  const [agencyId, setAgencyId] = useState(props.filter.agencyId ?? '');
  const [appointment, setAppointment] = useState<string>(props.filter.appointment ?? '');
  const [active, setActive] = useState(props.filter.isActive === undefined ? '' : String(props.filter.isActive));
  function apply() {
    const search = new URLSearchParams();
    if (agencyId !== '') search.set('agencyId', agencyId);
    if (appointment !== '') search.set('appointment', appointment);
    if (active !== '') search.set('active', active);
    props.onApply(search);
  }
  return (
    <FiltersForm label="Filter the roster" submitLabel="Apply the filters" onApply={apply}>
      <AgencySelect id="filter-agencyId" noneLabel="All agencies" value={agencyId} onChange={setAgencyId} />
      <SelectField id="filter-appointment" label="Appointment" value={appointment} onChange={(event) => setAppointment(event.currentTarget.value)}>
        <option value="">Career and noncareer</option>
        <option value="career">{APPOINTMENT_LABELS.career}</option>
        <option value="noncareer">{APPOINTMENT_LABELS.noncareer}</option>
      </SelectField>
      <SelectField id="filter-active" label="Active" value={active} onChange={(event) => setActive(event.currentTarget.value)}>
        <option value="">Active and inactive</option>
        <option value="true">Active only</option>
        <option value="false">Inactive only</option>
      </SelectField>
    </FiltersForm>
  );
}

function RosterTable(props: {
  readonly members: readonly TQrbMemberWire[];
  readonly editButtons: Map<string, HTMLButtonElement>;
  readonly onEdit: (id: string) => void;
}) {
  return (
    <ScrollableTable id="roster" caption="The QRB roster, by name" columns={['Member', 'Agency', 'Appointment', 'Prior QRB service', 'Status']} hasActions testId="roster">
      {props.members.map((member) => (
        <tr key={member.id} data-member-id={member.id}>
          <th scope="row">
            {member.name}
            <span className="ecq-qrb-subtle">{member.email}</span>
          </th>
          <td>{member.agencyName ?? 'No agency'}</td>
          <td>{APPOINTMENT_LABELS[member.appointment]}</td>
          <td>{member.hasPriorQrbService ? 'Yes' : 'No'}</td>
          <td>{member.isActive ? <Tag tone="ok">Active</Tag> : <Tag tone="neutral">Inactive</Tag>}</td>
          <td>
            <button
              type="button"
              className="usa-button usa-button--outline usa-button--small"
              ref={(element) => {
                if (element === null) props.editButtons.delete(member.id);
                else props.editButtons.set(member.id, element);
              }}
              onClick={() => props.onEdit(member.id)}
            >
              Edit<span className="usa-sr-only"> {member.name}</span>
            </button>
          </td>
        </tr>
      ))}
    </ScrollableTable>
  );
}
