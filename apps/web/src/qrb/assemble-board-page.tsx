import './qrb.css';
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { QRB_SHORT_TEXT_MAX_LENGTH } from '@ecq/core';
import { allQrbMembersQuery, createQrbBoard, QRB_BOARDS_KEY } from '../api/qrb-admin-queries';
import { qrbBoardCheckQuery, qrbQueueQuery, qrbSettingsQuery } from '../api/qrb-queries';
import type { TQrbCaseSummary, TQrbMemberWire } from '../api/qrb-wire-types';
import { ErrorAlert, Loading } from '../components/alert';
import { Page } from '../components/page';
import { TextField } from '../components/text-field';
import { localToday, plural } from '../workbench/workbench-labels';
import { BoardCheckView } from './admin/board-check-view';
import { BOARD_FORM_FIELDS, validateBoardForm, type TBoardFormField } from './admin/validate-admin-forms';
import type { TBoardAssembledState } from './qrb-boards-page';
import { formErrorsOf } from './shared/form-errors';
import { CheckboxField, describedBy, SelectField } from './shared/form-fields';
import { APPOINTMENT_LABELS } from './shared/qrb-labels';
import { FormErrorSummary, useFormErrors } from './shared/use-form-errors';

const memberInputId = (id: string) => `member-${id}`;

function boardFieldOf(apiField: string): TBoardFormField | undefined {
  if (apiField === 'convenesOn' || apiField === 'label') return apiField;
  return /^memberIds(\[\d+\])?$/.test(apiField) ? 'memberIds' : undefined;
}

const caseLabel = (c: TQrbCaseSummary) => `${c.candidateName}: ${c.agencyCode}, ${c.positionTitle} (basis ${c.basis})`;

/**
 * Assemble a board (POST /api/qrb/boards): the day it convenes, an optional label and its members from the
 * active roster. As members are chosen, the check (POST /api/qrb/boards/check, which writes nothing) says
 * every rule the board breaks; checked against a waiting case, it also names each conflict of interest.
 */
export function AssembleBoardPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roster = useQuery(allQrbMembersQuery());
  const settings = useQuery(qrbSettingsQuery());
  const waiting = useInfiniteQuery(qrbQueueQuery());
  const [convenesOn, setConvenesOn] = useState(localToday());
  const [label, setLabel] = useState('');
  const [memberIds, setMemberIds] = useState<readonly string[]>([]);
  const [caseId, setCaseId] = useState('');
  const form = useFormErrors<TBoardFormField>('assemble-board');
  const create = useMutation({
    mutationFn: createQrbBoard,
    onSuccess(board) {
      void queryClient.invalidateQueries({ queryKey: QRB_BOARDS_KEY });
      const state: TBoardAssembledState = { assembled: { id: board.id, convenesOn: board.convenesOn, label: board.label } };
      void navigate(`/qrb/boards?from=${encodeURIComponent(board.convenesOn)}`, { state });
    },
    onError: (error) => form.fail(formErrorsOf(error, boardFieldOf)),
  });

  const active = (roster.data ?? []).filter((member) => member.isActive);
  const cases = waiting.data?.pages.flatMap((page) => page.items) ?? [];
  const firstInputId = (field: TBoardFormField) => (field === 'memberIds' ? memberInputId(active[0]?.id ?? '') : field);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const checked = validateBoardForm({ convenesOn, label, memberIds });
    if (checked.errors !== undefined) {
      form.fail(checked.errors);
      return;
    }
    create.mutate(checked.body);
  }

  const size = settings.data?.settings.boardSize;
  const agencies = settings.data?.settings.minBoardAgencies;
  return (
    <Page title="Assemble a QRB board">
      <p className="usa-intro">
        A board has {size === undefined ? 'its set number of' : plural(size, 'member')} from {agencies === undefined ? 'different' : `${agencies} different`}{' '}
        agencies, more than half of them career SES (5 CFR 317.502), and ideally one who has served on a QRB before.
      </p>
      <p>
        <Link to="/qrb/boards">All boards</Link>
      </p>
      {roster.isPending ? (
        <Loading label="Loading the roster" />
      ) : roster.isError ? (
        <ErrorAlert error={roster.error} heading="The roster could not be loaded" />
      ) : (
        <div className="grid-row grid-gap-lg">
          <div className="desktop:grid-col-7">
            <FormErrorSummary state={form} order={BOARD_FORM_FIELDS} inputIdOf={firstInputId} heading="The board was not assembled" />
            <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Assemble a QRB board">
              <TextField
                id="convenesOn"
                type="date"
                label="Convenes on"
                hint="Its members review their cases from this day."
                value={convenesOn}
                error={form.fields.convenesOn}
                onChange={(event) => setConvenesOn(event.currentTarget.value)}
              />
              <TextField
                id="label"
                label="Label (optional)"
                hint={`For OPM’s lists, for example “December board”; at most ${QRB_SHORT_TEXT_MAX_LENGTH} characters.`}
                value={label}
                error={form.fields.label}
                onChange={(event) => setLabel(event.currentTarget.value)}
              />
              <MemberChoices
                members={active}
                selected={memberIds}
                onChange={(ids) => {
                  // The API's refusal was about the members chosen then; the live check speaks for the new choice.
                  if (form.fields.memberIds !== undefined) form.clear();
                  setMemberIds(ids);
                }}
                error={form.fields.memberIds}
              />
              <SelectField
                id="caseId"
                label="Check against a case (optional)"
                hint="Conflicts of interest are checked when a case is assigned to the board; choose a waiting case to see them now. Nothing is assigned here."
                value={caseId}
                onChange={(event) => setCaseId(event.currentTarget.value)}
              >
                <option value="">No case: check the board on its own</option>
                {cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {caseLabel(c)}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className="usa-button margin-top-3">
                {create.isPending ? 'Assembling…' : 'Assemble the board'}
              </button>
            </form>
          </div>
          <div className="desktop:grid-col-5">
            <LiveBoardCheck members={active} memberIds={memberIds} forCase={cases.find((c) => c.id === caseId)} />
          </div>
        </div>
      )}
    </Page>
  );
}

function MemberChoices(props: {
  readonly members: readonly TQrbMemberWire[];
  readonly selected: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
  readonly error: string | undefined;
}) {
  const { members, selected, error } = props;
  const toggle = (id: string, checked: boolean) => props.onChange(members.map((m) => m.id).filter((m) => (m === id ? checked : selected.includes(m))));
  return (
    <div className={`usa-form-group${error === undefined ? '' : ' usa-form-group--error'}`}>
      <fieldset className="usa-fieldset ecq-qrb-members" aria-describedby={describedBy('members-hint', error !== undefined && 'members-error')}>
        <legend className="usa-legend">Members</legend>
        <div className="usa-hint" id="members-hint">
          The active roster, with each member’s agency, appointment and prior service. {plural(selected.length, 'member')} chosen.
        </div>
        {error === undefined ? null : (
          <span className="usa-error-message" id="members-error">
            {error}
          </span>
        )}
        {members.length === 0 ? <p>No member is active on the roster.</p> : null}
        {members.map((member) => (
          <CheckboxField
            key={member.id}
            id={memberInputId(member.id)}
            name="memberIds"
            value={member.id}
            label={member.name}
            description={`${member.agencyName ?? 'No agency'} · ${APPOINTMENT_LABELS[member.appointment]} · ${member.hasPriorQrbService ? 'has served on a QRB' : 'no prior QRB service'}`}
            checked={selected.includes(member.id)}
            onChange={(checked) => toggle(member.id, checked)}
          />
        ))}
      </fieldset>
    </div>
  );
}

/** The check of the members chosen so far, asked again as the choice changes; announced politely. */
function LiveBoardCheck(props: { readonly members: readonly TQrbMemberWire[]; readonly memberIds: readonly string[]; readonly forCase: TQrbCaseSummary | undefined }) {
  const { memberIds, forCase } = props;
  const check = useQuery({ ...qrbBoardCheckQuery(memberIds, forCase?.id), enabled: memberIds.length > 0, placeholderData: keepPreviousData });
  return (
    <section aria-labelledby="check-heading" className="ecq-qrb-panel" data-testid="live-check">
      <h2 id="check-heading">Check</h2>
      <div role="status" data-testid="live-check-result" aria-busy={memberIds.length > 0 && check.isFetching}>
        {memberIds.length === 0 ? (
          <p>Choose members to see whether the board meets the rules.</p>
        ) : check.data === undefined ? (
          check.isError ? (
            <ErrorAlert error={check.error} heading="The board could not be checked" headingLevel={3} />
          ) : (
            <Loading label="Checking the board" />
          )
        ) : (
          <>
            {check.isPlaceholderData ? <p className="ecq-loading">Checking the new choice…</p> : null}
            <BoardCheckView check={check.data} members={props.members} caseName={forCase === undefined ? undefined : `${forCase.candidateName}’s case (${forCase.agencyName})`} />
          </>
        )}
      </div>
    </section>
  );
}
