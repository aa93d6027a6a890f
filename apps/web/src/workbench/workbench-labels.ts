import type {
  TCcarPart,
  TCoverageStrength,
  TEcqReadinessStatus,
  TFindingSeverity,
  TNarrativeVersionSource,
} from '../api/wire-types';

/** Readiness as people read it; every status also has its own tag style, never colour alone. */
export const READINESS_LABELS: Readonly<Record<TEcqReadinessStatus, string>> = {
  ready: 'Ready',
  'needs-work': 'Needs work',
  'not-ready': 'Not ready',
  missing: 'Missing',
};

/**
 * A readiness summary without its leading status ("Not ready: 3 errors…" → "3 errors…") where a tag beside it
 * already says the status.
 */
export function withoutStatusPrefix(summary: string, status: TEcqReadinessStatus): string {
  const prefix = `${READINESS_LABELS[status]}: `;
  return summary.toLowerCase().startsWith(prefix.toLowerCase()) ? summary.slice(prefix.length) : summary;
}

export const SEVERITY_LABELS: Readonly<Record<TFindingSeverity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** Coverage strength in words: the heat grid's cells show these next to their colour. */
export const STRENGTH_LABELS: Readonly<Record<TCoverageStrength, string>> = {
  none: 'None',
  weak: 'Weak',
  moderate: 'Moderate',
  strong: 'Strong',
};

export const VERSION_SOURCE_LABELS: Readonly<Record<TNarrativeVersionSource, string>> = {
  typed: 'Typed',
  'import:docx': 'Imported Word file',
  'import:pdf': 'Imported PDF',
  'import:md': 'Imported Markdown file',
  'import:txt': 'Imported text file',
  migration: 'Migrated draft',
};

/** The CCAR labels the editor's helpers insert (the analyzer reads them as labelled parts). */
export const CCAR_LABELS: Readonly<Record<TCcarPart, string>> = {
  challenge: 'Challenge:',
  context: 'Context:',
  action: 'Action:',
  result: 'Result:',
};

const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** An instant (ISO 8601) in the user's own time zone, e.g. "May 1, 2025, 10:42 AM". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** Pages as the gauges say them: "2.1 of 2 pages", "1 of 2 pages". */
export function formatPages(pages: number, limit: number): string {
  const rounded = Math.round(pages * 10) / 10;
  return `${rounded.toLocaleString('en-US', { maximumFractionDigits: 1 })} of ${limit.toLocaleString('en-US')} ${limit === 1 ? 'page' : 'pages'}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** Today in the user's own calendar, as YYYY-MM-DD: the reference date for recency and for "which model applies today". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
