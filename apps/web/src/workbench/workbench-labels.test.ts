import { describe, expect, it } from 'vitest';
import { formatPages, localToday, withoutStatusPrefix } from './workbench-labels';

describe('how the workbench says things', () => {
  it('says pages against their limit to one decimal, as the gauges show them', () => {
    expect(formatPages(2.14, 2)).toBe('2.1 of 2 pages');
    expect(formatPages(0.41, 2)).toBe('0.4 of 2 pages');
    expect(formatPages(3, 10)).toBe('3 of 10 pages');
    expect(formatPages(0.96, 1)).toBe('1 of 1 page');
  });

  it('drops the status a tag already shows from a readiness summary, and only that', () => {
    expect(withoutStatusPrefix('Not ready: 3 errors, 0 of 5 ECQs ready.', 'not-ready')).toBe('3 errors, 0 of 5 ECQs ready.');
    expect(withoutStatusPrefix('Nearly there: 6 warnings.', 'needs-work')).toBe('Nearly there: 6 warnings.');
  });

  it('reads today in the user’s own calendar', () => {
    expect(localToday(new Date(2025, 6, 1, 23, 59))).toBe('2025-07-01');
  });
});
