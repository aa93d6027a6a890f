import type { TCompetencyKind, TConfidence, TProcess } from '../api/wire-types';

/**
 * How the processes of a policy pack are named to people (packages/core/src/policy/pack.ts PROCESSES): as a
 * label on its own, and inside a sentence.
 */
export const PROCESS_LABELS: Readonly<Record<TProcess, { readonly label: string; readonly inSentence: string }>> = {
  hiring: { label: 'Hiring (SES selection and QRB certification)', inSentence: 'hiring' },
  appraisal: { label: 'Performance appraisal', inSentence: 'performance appraisal' },
  development: { label: 'Executive development', inSentence: 'executive development' },
};

/** Every process, in the order the forms offer them; the Record above makes the list complete. */
export const PROCESS_OPTIONS = Object.keys(PROCESS_LABELS) as TProcess[];

export function isProcess(value: string | null): value is TProcess {
  return value !== null && Object.hasOwn(PROCESS_LABELS, value);
}

export const KIND_LABELS: Readonly<Record<TCompetencyKind, string>> = {
  ecq: 'ECQ',
  sub: 'Sub-competency',
  fundamental: 'Fundamental competency',
};

export const CONFIDENCE_LABELS: Readonly<Record<TConfidence, string>> = {
  high: 'High',
  'medium-high': 'Medium-high',
  medium: 'Medium',
  low: 'Low',
};

const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** `2025-07-01` → `July 1, 2025`; the date is a calendar day, so it is read and written in UTC. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : LONG_DATE.format(date);
}

/** The anchor of an item's row on its model's page, e.g. `item-LC.1`; search results link to it. */
export function itemAnchor(code: string): string {
  return `item-${code}`;
}
