import { describe, expect, it } from 'vitest';
import { boardName, capitalize, describeAge, describeSource, formatAgeDays, formatByteSize, withMemberNames } from './qrb-labels';

describe('how the hiring-action and QRB pages say things', () => {
  it('says how long a case has been in its status, and nothing for a draft', () => {
    expect(describeAge(null)).toBeUndefined();
    expect(describeAge(0)).toBe('today');
    expect(describeAge(1)).toBe('1 day');
    expect(describeAge(1234)).toBe('1,234 days');
  });

  it('says how long a case has waited in the queue, and that a draft has not started', () => {
    expect(formatAgeDays(null)).toBe('Not started');
    expect(formatAgeDays(0)).toBe('Today');
    expect(formatAgeDays(1)).toBe('1 day');
    expect(formatAgeDays(1234)).toBe('1,234 days');
  });

  it('writes file sizes in binary units, as the 10 MiB limit is', () => {
    expect(formatByteSize(1)).toBe('1 byte');
    expect(formatByteSize(812)).toBe('812 bytes');
    expect(formatByteSize(14_540)).toBe('14.2 KB');
    expect(formatByteSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatByteSize(10 * 1024 * 1024 + 1)).toBe('10 MB');
  });

  it('capitalises a status label for a tag', () => {
    expect(capitalize('decided (approved)')).toBe('Decided (approved)');
    expect(capitalize('')).toBe('');
  });

  it('names members where the rules name their roster ids', () => {
    const members = [
      { id: '0b7f4a1e-0000-4000-8000-000000000001', name: 'Ana Ortiz' },
      { id: '0b7f4a1e-0000-4000-8000-000000000002', name: 'Ben Ng' },
    ];
    expect(withMemberNames('Waiting for the review of 0b7f4a1e-0000-4000-8000-000000000001, 0b7f4a1e-0000-4000-8000-000000000002.', members)).toBe(
      'Waiting for the review of Ana Ortiz, Ben Ng.',
    );
    expect(withMemberNames('Nothing to name.', members)).toBe('Nothing to name.');
  });

  it('names a board by its day and label', () => {
    expect(boardName({ convenesOn: '2026-12-04', label: null })).toBe('the board convening on December 4, 2026');
    expect(boardName({ convenesOn: '2026-12-04', label: 'December board' })).toBe('the board convening on December 4, 2026 (December board)');
  });

  it('says where a rule comes from and how sure that is', () => {
    expect(describeSource({ citation: '5 CFR 317.502', policyRef: 'POLICY.md §2', confidence: 'medium-high' })).toBe('5 CFR 317.502 (POLICY.md §2), medium-high confidence');
  });
});
