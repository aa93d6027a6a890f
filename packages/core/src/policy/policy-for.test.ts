import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import type { TCalendarDate } from '../dates/calendar-date';
import { describePackStatus, formatPackStatus, policyFor, type TPolicySettings } from './policy-for';
import { ECQ_2006_PACK, ECQ_2025_MAY_PACK, ECQ_2025_PACK } from './packs';

const MAY: TPolicySettings = { alternatives: { 'ecq-2025': 'ecq-2025-may' } };
const packOn = (process: string, on: string, settings?: TPolicySettings) =>
  policyFor({ process, on, ...(settings ? { settings } : {}) }).pack.id;

function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('policyFor: exact boundaries (POLICY.md §1)', () => {
  it.each([
    ['hiring', '2025-06-30', 'ecq-2006'],
    ['hiring', '2025-07-01', 'ecq-2025'],
    ['appraisal', '2025-09-30', 'ecq-2006'],
    ['appraisal', '2025-10-01', 'ecq-2025'],
    ['development', '2025-09-30', 'ecq-2006'],
    ['development', '2025-10-01', 'ecq-2025'],
    ['hiring', '2006-10-01', 'ecq-2006'],
    ['hiring', '2030-01-01', 'ecq-2025'],
  ])('%s on %s → %s', (process, on, expected) => {
    expect(packOn(process, on)).toBe(expected);
  });

  it('the May 2025 setting switches hiring from 2025-05-29, and leaves appraisal on its FY2026 start', () => {
    expect(packOn('hiring', '2025-05-28', MAY)).toBe('ecq-2006');
    expect(packOn('hiring', '2025-05-29', MAY)).toBe('ecq-2025-may');
    expect(packOn('hiring', '2025-06-01')).toBe('ecq-2006');
    expect(packOn('hiring', '2025-07-01', MAY)).toBe('ecq-2025-may');
    expect(packOn('appraisal', '2025-09-30', MAY)).toBe('ecq-2006');
    expect(packOn('appraisal', '2025-10-01', MAY)).toBe('ecq-2025-may');
  });

  it('names the pack and why, including the setting that chose it', () => {
    const answer = policyFor({ process: 'hiring', on: '2025-07-01' });
    expect(answer.rule.from).toBe('2025-07-01');
    expect(answer.reason).toContain('ecq-2025 governs hiring on 2025-07-01');
    expect(answer.reason).toContain('POLICY.md §1');
    expect(answer.choice).toEqual({ group: 'ecq-2025', chosen: 'ecq-2025', others: ['ecq-2025-may'] });
    expect(policyFor({ process: 'hiring', on: '2025-06-30' }).choice).toBeUndefined();
    expect(policyFor({ process: 'hiring', on: '2025-06-01', settings: MAY }).reason).toContain('rather than ecq-2025');
  });

  it('rejects bad input with a stable code naming the field', () => {
    expect(appErrorOf(() => policyFor({ process: 'hiring', on: '2025-02-30' }))).toMatchObject({ code: 'INVALID_DATE', field: 'on' });
    expect(appErrorOf(() => policyFor({ process: 'hiring', on: 'tomorrow' }))).toMatchObject({ code: 'INVALID_DATE', field: 'on' });
    expect(appErrorOf(() => policyFor({ process: 'payroll', on: '2025-07-01' }))).toMatchObject({ code: 'UNKNOWN_PROCESS', field: 'process' });
    expect(appErrorOf(() => policyFor({ process: 'hiring', on: '2000-01-01' }))).toMatchObject({ code: 'NO_GOVERNING_POLICY', field: 'on' });
    expect(
      appErrorOf(() => policyFor({ process: 'hiring', on: '2025-07-01', settings: { alternatives: { 'ecq-2025': 'ecq-2006' } } })),
    ).toMatchObject({ code: 'VALIDATION_FAILED', field: 'settings.alternatives.ecq-2025' });
    expect(
      appErrorOf(() => policyFor({ process: 'hiring', on: '2025-07-01', settings: { alternatives: { nope: 'ecq-2025' } } })),
    ).toMatchObject({ code: 'VALIDATION_FAILED', field: 'settings.alternatives.nope' });
  });

  it('accepts a leap day and rejects a non-leap one', () => {
    expect(packOn('hiring', '2028-02-29')).toBe('ecq-2025');
    expect(appErrorOf(() => policyFor({ process: 'hiring', on: '2027-02-29' })).code).toBe('INVALID_DATE');
  });
});

describe('describePackStatus', () => {
  const on = (d: string) => d as TCalendarDate;
  it('agrees with policyFor on every date and setting', () => {
    expect(describePackStatus({ pack: ECQ_2006_PACK, on: on('2025-08-01') })).toEqual({
      kind: 'in-force',
      processes: ['appraisal', 'development'],
    });
    expect(describePackStatus({ pack: ECQ_2006_PACK, on: on('2026-11-22') })).toEqual({ kind: 'superseded', by: ['ecq-2025'] });
    expect(describePackStatus({ pack: ECQ_2025_PACK, on: on('2025-02-01') })).toEqual({ kind: 'scheduled', from: '2025-07-01' });
    expect(describePackStatus({ pack: ECQ_2025_MAY_PACK, on: on('2026-11-22') })).toEqual({
      kind: 'not-selected',
      group: 'ecq-2025',
      chosen: 'ecq-2025',
    });
    const may = describePackStatus({ pack: ECQ_2025_MAY_PACK, on: on('2026-11-22'), settings: MAY });
    expect(formatPackStatus(may)).toBe('in force (hiring, appraisal, development)');
  });
});
