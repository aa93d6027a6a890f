import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { addCalendarDays, daysBetween } from './calendar-days';
import { computeCaseDueOn, computeResubmissionDueOn } from './qrb-deadlines';
import { DEFAULT_QRB_SETTINGS, resolveQrbSettings, type TQrbSettingsOverrides } from './qrb-settings';
import { d } from './testing/qrb-fixtures';

function problemsOf(overrides: TQrbSettingsOverrides): readonly string[] {
  try {
    resolveQrbSettings(overrides);
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED') return error.problems.map((p) => p.path);
    throw error;
  }
  return [];
}

describe('resolveQrbSettings', () => {
  it('defaults to POLICY.md §2: 90 and 60 days, a board of 3 from 3 agencies, one past member, unanimity, deadlines that block', () => {
    expect(resolveQrbSettings()).toEqual({
      caseDueDays: 90,
      resubmissionDueDays: 60,
      deadlineEnforcement: 'block',
      boardSize: 3,
      minBoardAgencies: 3,
      minPriorServiceMembers: 1,
      decisionRule: 'unanimous',
    });
    expect(resolveQrbSettings({ decisionRule: 'majority', caseDueDays: undefined })).toEqual({ ...DEFAULT_QRB_SETTINGS, decisionRule: 'majority' });
  });

  it('names every bad field', () => {
    expect(problemsOf({ caseDueDays: 0, resubmissionDueDays: 1.5, boardSize: -1 })).toEqual(['$.settings.caseDueDays', '$.settings.resubmissionDueDays', '$.settings.boardSize']);
    expect(problemsOf({ minBoardAgencies: 4, minPriorServiceMembers: 5 })).toEqual(['$.settings.minBoardAgencies', '$.settings.minPriorServiceMembers']);
    expect(problemsOf({ decisionRule: 'plurality' as never, deadlineEnforcement: 'ignore' as never })).toEqual(['$.settings.decisionRule', '$.settings.deadlineEnforcement']);
  });
});

describe('deadlines (POLICY.md §2, medium; configurable)', () => {
  it('counts 90 days from the announcement closing and 60 from a disapproval, across months and leap days', () => {
    expect(computeCaseDueOn('2025-09-15')).toBe('2025-12-14');
    expect(computeCaseDueOn('2023-12-31')).toBe('2024-03-30');
    expect(computeCaseDueOn('2025-09-15', { caseDueDays: 30 })).toBe('2025-10-15');
    expect(computeResubmissionDueOn('2025-12-31')).toBe('2026-03-01');
    expect(computeResubmissionDueOn('2027-12-31')).toBe('2028-02-29');
  });

  it('agrees with UTC calendar arithmetic on any date', () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }).map((t) => d(t.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (start, days) => {
        const expected = new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        expect(addCalendarDays(start, days)).toBe(expected);
        expect(daysBetween(start, addCalendarDays(start, days))).toBe(days);
      }),
    );
  });
});
