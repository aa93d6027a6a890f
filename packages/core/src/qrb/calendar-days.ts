import { parseCalendarDate, type TCalendarDate } from '../dates/calendar-date';

/**
 * Day arithmetic on calendar dates, without `Date`: days since 1970-01-01 in the proleptic Gregorian
 * calendar (H. Hinnant's civil-from-days algorithm), so no clock and no time zone can enter.
 */
function toDayNumber(date: TCalendarDate): number {
  const valid = parseCalendarDate(date);
  let year = Number(valid.slice(0, 4));
  const month = Number(valid.slice(5, 7));
  const day = Number(valid.slice(8, 10));
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(days: number): TCalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as TCalendarDate;
}

/** The date `days` whole days after `date` (before it when negative). */
export function addCalendarDays(date: TCalendarDate, days: number): TCalendarDate {
  return fromDayNumber(toDayNumber(date) + Math.trunc(days));
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: TCalendarDate, to: TCalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
