import './qrb.css';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { allQrbMembersQuery } from '../api/qrb-admin-queries';
import { agencyHeadTransitionListQuery, qrbBoardListQuery, qrbQueueQuery, qrbSettingsQuery } from '../api/qrb-queries';
import { Page } from '../components/page';
import { localToday, plural } from '../workbench/workbench-labels';
import { DECISION_RULE_LABELS } from './shared/qrb-labels';

interface TCard {
  readonly to: string;
  readonly title: string;
  readonly description: string;
  /** A figure worth seeing before opening the page, when it is cheap to know. */
  readonly count?: string | undefined;
}

/** "25 cases" from the first page of a list, "25 or more cases" when there are more pages. */
function countOf(page: { readonly items: readonly unknown[]; readonly nextCursor: string | null } | undefined, one: string, many?: string): string | undefined {
  if (page === undefined) return undefined;
  const count = plural(page.items.length, one, many);
  return page.nextCursor === null ? count : `${count} or more`;
}

/** OPM's QRB landing page: where each part of running the boards lives, with a few figures. */
export function QrbAdminPage() {
  const today = localToday();
  const queue = useInfiniteQuery(qrbQueueQuery());
  const members = useQuery(allQrbMembersQuery());
  const boards = useInfiniteQuery(qrbBoardListQuery({ from: today }));
  const transitions = useInfiniteQuery(agencyHeadTransitionListQuery());
  const settings = useQuery(qrbSettingsQuery());
  const openTransitions = transitions.data?.pages[0]?.items.filter((t) => t.isOpen).length;
  const activeMembers = members.data?.filter((m) => m.isActive).length;
  const cards: readonly TCard[] = [
    {
      to: '/qrb/queue',
      title: 'Queue',
      description: 'Cases waiting for a board, longest waiting first: assign them, hold them or release them.',
      count: countOf(queue.data?.pages[0], 'case') === undefined ? undefined : `${countOf(queue.data?.pages[0], 'case')} waiting for a board`,
    },
    {
      to: '/qrb/roster',
      title: 'Roster',
      description: 'The SES members who sit on boards: their agency, appointment and prior QRB service.',
      count: activeMembers === undefined ? undefined : `${plural(activeMembers, 'active member')}`,
    },
    {
      to: '/qrb/boards',
      title: 'Boards',
      description: 'Boards by the day they convene, each with its members, its composition check and its cases.',
      count: countOf(boards.data?.pages[0], 'board') === undefined ? undefined : `${countOf(boards.data?.pages[0], 'board')} convening from today`,
    },
    {
      to: '/qrb/transitions',
      title: 'Agency-head transitions',
      description: 'While an agency’s head changes, its criterion A and C cases are held; criterion B cases continue.',
      count: openTransitions === undefined ? undefined : `${plural(openTransitions, 'transition')} under way`,
    },
    {
      to: '/qrb/settings',
      title: 'Settings',
      description: 'Deadlines, board rules and the decision rule, each with its source and how sure it is.',
      count: settings.data === undefined ? undefined : `Decision rule: ${DECISION_RULE_LABELS[settings.data.settings.decisionRule].label.toLowerCase()}`,
    },
  ];
  return (
    <Page title="QRB administration">
      <p className="usa-intro">
        OPM convenes the Qualifications Review Boards that certify a candidate’s executive qualifications before a first career
        SES appointment (5 CFR 317.502).
      </p>
      <ul className="ecq-qrb-cards" data-testid="admin-cards">
        {cards.map((card) => (
          <li key={card.to} className="ecq-qrb-card">
            <h2>
              <Link to={card.to}>{card.title}</Link>
            </h2>
            <p className="margin-y-1">{card.description}</p>
            {card.count === undefined ? null : <p className="ecq-qrb-card__count">{card.count}</p>}
          </li>
        ))}
      </ul>
      <p>
        <Link className="usa-button" to="/qrb/boards/new">
          Assemble a board
        </Link>
      </p>
    </Page>
  );
}
