import type { TQrbCaseStatus, TQrbOutcome } from '../../api/qrb-wire-types';
import { capitalize, STATUS_LABELS } from './qrb-labels';

/** A tag's colour: it only repeats what the tag's words say. */
export type TTagTone = 'ok' | 'problem' | 'warning' | 'neutral' | 'info' | 'progress';

/** A USWDS tag whose words say the state; the tone only repeats it in colour (WCAG 1.4.1). */
export function Tag(props: { readonly tone: TTagTone; readonly children: string }) {
  return <span className={`usa-tag ecq-qrb-tag ecq-qrb-tag--${props.tone}`}>{props.children}</span>;
}

const STATUS_TONES: Readonly<Record<TQrbCaseStatus, TTagTone>> = {
  draft: 'neutral',
  submitted: 'info',
  resubmitted: 'info',
  assigned: 'progress',
  in_review: 'progress',
  decided: 'ok',
  on_hold: 'warning',
};

/**
 * A case's status as a tag: the API's words when given ("decided (disapproved)", "on hold (from assigned)"),
 * else the status's label; a disapproved decision has a colour of its own.
 */
export function CaseStatusTag(props: { readonly status: TQrbCaseStatus; readonly label?: string; readonly outcome?: TQrbOutcome | null }) {
  const tone = props.status === 'decided' && props.outcome === 'disapproved' ? 'problem' : STATUS_TONES[props.status];
  return <Tag tone={tone}>{props.label === undefined ? STATUS_LABELS[props.status] : capitalize(props.label)}</Tag>;
}
