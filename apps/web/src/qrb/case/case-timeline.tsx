import { useQuery } from '@tanstack/react-query';
import { qrbCaseTimelineQuery } from '../../api/qrb-queries';
import { ErrorAlert, Loading } from '../../components/alert';
import { formatDateTime } from '../../workbench/workbench-labels';
import { STATUS_LABELS } from '../shared/qrb-labels';

/** What happened to the case, oldest first: when, what, who, and the status it left the case in. */
export function CaseTimeline({ caseId }: { readonly caseId: string }) {
  const timeline = useQuery(qrbCaseTimelineQuery(caseId));
  if (timeline.isPending) return <Loading label="Loading the timeline" />;
  if (timeline.isError) return <ErrorAlert error={timeline.error} heading="The timeline could not be loaded" headingLevel={3} />;
  const { items } = timeline.data;
  if (items.length === 0) return <p>Nothing has happened to this case yet.</p>;
  return (
    <ol className="ecq-case-timeline" data-testid="case-timeline" aria-label="Events, oldest first">
      {items.map((item) => (
        <li key={item.id} className="ecq-case-timeline__event">
          <time className="ecq-case-timeline__time" dateTime={item.occurredAt}>
            {formatDateTime(item.occurredAt)}
          </time>
          <strong>{item.label}</strong>
          {item.actorName === null ? ' (by the system)' : ` by ${item.actorName}`}
          {item.status === null ? null : <span className="display-block font-body-2xs">Status after: {STATUS_LABELS[item.status]}</span>}
        </li>
      ))}
    </ol>
  );
}
