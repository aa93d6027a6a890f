import { AppError } from '../errors/app-error';

/** A calendar date as `YYYY-MM-DD`. Policy boundaries are days, not instants, so no time zone enters. */
export type TCalendarDate = string & { readonly __brand: 'CalendarDate' };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is TCalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a `YYYY-MM-DD` date, rejecting impossible ones such as `2025-02-30`.
 * @throws AppError `INVALID_DATE` naming `field`.
 */
export function parseCalendarDate(value: unknown, field = 'date'): TCalendarDate {
  if (isCalendarDate(value)) return value;
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  throw new AppError('INVALID_DATE', `${field} must be a real calendar date written YYYY-MM-DD; got ${shown}`, {
    field,
  });
}

/** Today's date in UTC, as a calendar date. */
export function todayUtc(now: Date = new Date()): TCalendarDate {
  return now.toISOString().slice(0, 10) as TCalendarDate;
}

/** The US federal fiscal year a date falls in (FY2026 runs 2025-10-01 to 2026-09-30). */
export function federalFiscalYear(date: TCalendarDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}
