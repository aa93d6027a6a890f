import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { TAgencyHeadTransitionResult } from '../../api/qrb-wire-types';
import { formatDate } from '../../models/labels';
import { plural } from '../../workbench/workbench-labels';
import { BASIS_SHORT_LABELS, describeSource } from '../shared/qrb-labels';
import { CaseStatusTag, Tag, type TTagTone } from '../shared/status-tag';

type TPlanEntry = TAgencyHeadTransitionResult['plan'][number];

const ACTION_LABELS: Readonly<Record<TPlanEntry['action'], { readonly label: string; readonly tone: TTagTone }>> = {
  hold: { label: 'Held', tone: 'problem' },
  release: { label: 'Released', tone: 'ok' },
  continue: { label: 'Continues', tone: 'info' },
};

/** What a start or an end of a transition did to the agency's cases, for the heading. */
export function describePlan(kind: 'started' | 'ended', result: TAgencyHeadTransitionResult): string {
  const { transition, plan } = result;
  const count = (action: TPlanEntry['action']) => plan.filter((entry) => entry.action === action).length;
  if (kind === 'started') {
    return `${transition.agencyName}’s head transition recorded from ${formatDate(transition.startedOn)}: ${plural(count('hold'), 'case')} held, ${plural(count('continue'), 'case')} continuing`;
  }
  return `${transition.agencyName}’s head transition ended${transition.endedOn === null ? '' : ` on ${formatDate(transition.endedOn)}`}: ${plural(count('release'), 'case')} released`;
}

/**
 * The plan a transition's start or end applied, case by case: held, released or continuing, and why (B cases
 * continue; POLICY.md §2). Focus moves to its heading when it appears, so the result is read first.
 */
export function HoldPlanResult(props: { readonly kind: 'started' | 'ended'; readonly result: TAgencyHeadTransitionResult }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [props.result]);
  const { plan } = props.result;
  return (
    <section className="ecq-qrb-panel ecq-qrb-plan" aria-labelledby="plan-heading" data-testid="hold-plan">
      <div>
        <h2 id="plan-heading" ref={headingRef} tabIndex={-1}>
          {describePlan(props.kind, props.result)}
        </h2>
        {plan.length === 0 ? (
          <p>The agency has no case {props.kind === 'started' ? 'waiting on OPM' : 'on hold'}.</p>
        ) : (
          <table className="usa-table usa-table--borderless usa-table--stacked ecq-qrb-table">
            <caption className="usa-sr-only">What happened to each of {props.result.transition.agencyName}’s cases, and why</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Basis</th>
                <th scope="col">Now</th>
                <th scope="col">What happened</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {plan.map((entry) => (
                <PlanRow key={entry.caseId} entry={entry} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

function PlanRow({ entry }: { readonly entry: TPlanEntry }) {
  const action = ACTION_LABELS[entry.action];
  return (
    <tr data-case-id={entry.caseId} data-action={entry.action}>
      <th scope="row">
        <Link to={`/qrb/cases/${encodeURIComponent(entry.caseId)}`}>{entry.candidateName}</Link>
      </th>
      <td>{BASIS_SHORT_LABELS[entry.basis]}</td>
      <td>
        <CaseStatusTag status={entry.status} label={entry.status.replace('_', ' ')} />
      </td>
      <td>
        <Tag tone={action.tone}>{action.label}</Tag>
      </td>
      <td>
        {entry.message}
        <span className="ecq-qrb-source">
          {describeSource(entry.source)}
        </span>
      </td>
    </tr>
  );
}
