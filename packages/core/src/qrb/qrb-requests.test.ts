import { describe, expect, it } from 'vitest';
import { ZCalendarDate, ZCreateHiringActionRequest, ZRecordQrbReviewRequest, ZUpdateQrbCaseRequest, ZUpdateQrbSettingsRequest } from './qrb-requests';

describe('QRB request schemas', () => {
  it('takes only days that exist, written YYYY-MM-DD', () => {
    expect(ZCalendarDate.safeParse('2024-02-29').success).toBe(true);
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-1-01', '01/02/2025', 20250101]) {
      expect(ZCalendarDate.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it('refuses unknown fields and application methods, and checks per-vacancy limits one by one', () => {
    const action = { positionTitle: 'Director', initiatedOn: '2026-10-01', announcementOpensOn: '2026-10-15', announcementClosesOn: '2026-11-15', applicationMethod: 'resume_based' };
    expect(ZCreateHiringActionRequest.safeParse(action).success).toBe(true);
    expect(ZCreateHiringActionRequest.safeParse({ ...action, applicationMethod: 'interview' }).success).toBe(false);
    expect(ZCreateHiringActionRequest.safeParse({ ...action, agencyId: 'x' }).success).toBe(false);
    expect(ZCreateHiringActionRequest.safeParse({ ...action, narrativeLimits: { maxPagesPerEcq: 0 } }).success).toBe(false);
  });

  it('lets a case clear a field with null, and a first review quote version 0', () => {
    expect(ZUpdateQrbCaseRequest.parse({ version: 3, certification: null, cdpProgram: null })).toEqual({ version: 3, certification: null, cdpProgram: null });
    expect(ZUpdateQrbCaseRequest.safeParse({ version: 0 }).success).toBe(false);
    expect(ZRecordQrbReviewRequest.safeParse({ version: 0, recommendation: 'approve', findings: [] }).success).toBe(true);
    expect(ZRecordQrbReviewRequest.safeParse({ version: 0, recommendation: 'approve', findings: [{ ecqCode: 'LC', finding: 'maybe', remarks: '' }] }).success).toBe(false);
  });

  it('bounds the settings: whole day counts, a known rule', () => {
    expect(ZUpdateQrbSettingsRequest.safeParse({ version: 1, caseDueDays: 0 }).success).toBe(false);
    expect(ZUpdateQrbSettingsRequest.safeParse({ version: 1, caseDueDays: 1.5 }).success).toBe(false);
    expect(ZUpdateQrbSettingsRequest.safeParse({ version: 1, decisionRule: 'plurality' }).success).toBe(false);
    expect(ZUpdateQrbSettingsRequest.safeParse({ version: 1, decisionRule: 'majority', resubmissionDueDays: 30 }).success).toBe(true);
  });
});
