import { parseCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import { addCalendarDays, daysBetween } from './calendar-days';
import { resolveQrbSettings, type TQrbSettingsOverrides } from './qrb-settings';

/**
 * The day a QRB case is due: `caseDueDays` (90) after the announcement closed (POLICY.md §2, medium, 2008
 * figure; configurable). The last day counts as on time.
 */
export function computeCaseDueOn(announcementClosesOn: TCalendarDate | string, settings?: TQrbSettingsOverrides): TCalendarDate {
  const closes = parseCalendarDate(announcementClosesOn, 'announcementClosesOn');
  return addCalendarDays(closes, resolveQrbSettings(settings).caseDueDays);
}

/**
 * The day a disapproved case's resubmission is due: `resubmissionDueDays` (60) after the disapproval
 * (POLICY.md §2, medium, 2008 figure; configurable). The last day counts as on time.
 */
export function computeResubmissionDueOn(disapprovedOn: TCalendarDate | string, settings?: TQrbSettingsOverrides): TCalendarDate {
  const decided = parseCalendarDate(disapprovedOn, 'disapprovedOn');
  return addCalendarDays(decided, resolveQrbSettings(settings).resubmissionDueDays);
}

/** Days past `dueOn` on `on`: 0 when on time (the due day itself included). */
export function daysLate(dueOn: TCalendarDate, on: TCalendarDate): number {
  return Math.max(0, daysBetween(dueOn, on));
}
