import { addCalendarDays, todayUtc, type TCalendarDate } from '@ecq/core';
import { NUMBERED_PACKAGE_2025 } from '@ecq/core/testing';
import { getQrbCaseById, updateQrbCase, type DatabaseHandle } from '@ecq/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TApi } from './api';
import { DEMO_EMAILS } from './e2e-app';

/**
 * The QRB browser tests' seeds and waits: a hiring action, a case (submitted, as the agency and the candidate
 * would have it), the roster, reviews, all through the API as the people who may write them (harness/api.ts);
 * the one thing no API writes (a case that has waited) through the database.
 */

/** The demo's QRB roster (packages/db seed-demo DEMO_QRB_ROSTER): DOE, DOI and DOT career, OPM noncareer. */
export const QRB_MEMBER_EMAILS = {
  doe: 'qrb.member@ecq.example',
  doi: 'qrb.member.doi@ecq.example',
  dot: 'qrb.member.dot@ecq.example',
  opm: 'qrb.member.opm@ecq.example',
} as const;

/** The ECQ codes of the January 2025 model, which every seeded action requires. */
export const ECQS_2025 = ['LC', 'LP', 'DR', 'AOS', 'BC'] as const;

/** A day relative to today, in the server's calendar (UTC), as YYYY-MM-DD. */
export function dayFromToday(days: number): TCalendarDate {
  return addCalendarDays(todayUtc(), days);
}

const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** A calendar date as the app writes it ("August 1, 2025"). */
export function longDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

export interface TSeededAction {
  readonly id: string;
  readonly positionTitle: string;
  readonly qrbCaseDueOn: string;
  readonly policy: { readonly packId: string };
}

export interface TSeededCase {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly agencyId: string;
  readonly candidateUserId: string | null;
  readonly evidence: { readonly narrative: { readonly packageId: string; readonly version: number } | null };
  readonly board: { readonly id: string } | null;
}

/**
 * A hiring action under the January 2025 model (initiated after 2025-07-01) whose announcement closed ten days
 * ago, so that its case is due in some eighty days and can be submitted today.
 */
export function seedAction(hr: TApi, positionTitle: string): Promise<TSeededAction> {
  return hr.send<TSeededAction>(
    'POST',
    '/api/hiring-actions',
    {
      positionTitle,
      initiatedOn: '2025-08-01',
      announcementOpensOn: dayFromToday(-40),
      announcementClosesOn: dayFromToday(-10),
      applicationMethod: 'traditional_ecq_narrative',
    },
    201,
  );
}

/** A draft criterion A case for the demo candidate (linked by email, so they can share a package with it). */
export function seedCase(hr: TApi, options: { readonly hiringActionId: string; readonly candidateName: string; readonly candidateEmail: string }): Promise<TSeededCase> {
  return hr.send<TSeededCase>('POST', '/api/qrb/cases', { ...options, basis: 'A' }, 201);
}

/**
 * A case submitted to the QRB, as the agency and the candidate would have it: a hiring action (seedAction), a
 * case for the candidate certified by the appointing authority yesterday and, for basis A (the default), the
 * candidate's good five-ECQ package (`text`, NUMBERED_PACKAGE_2025 unless told) shared with it; for basis B the
 * CDP and its certificate. Returns the submitted case.
 */
export async function seedSubmittedCase(
  people: { readonly hr: TApi; readonly candidate: TApi },
  options: {
    readonly positionTitle: string;
    readonly candidateName: string;
    readonly candidateEmail?: string;
    readonly basis?: 'A' | 'B';
    readonly text?: string;
  },
): Promise<TSeededCase> {
  const { hr, candidate } = people;
  const basis = options.basis ?? 'A';
  const action = await seedAction(hr, options.positionTitle);
  const created = await hr.send<TSeededCase>(
    'POST',
    '/api/qrb/cases',
    {
      hiringActionId: action.id,
      candidateName: options.candidateName,
      candidateEmail: options.candidateEmail ?? DEMO_EMAILS.candidate,
      basis,
      certification: { certifiedBy: 'Jordan Smith, Deputy Secretary', certifiedOn: dayFromToday(-1) },
      ...(basis === 'B' ? { cdpProgram: 'Department of Energy SES Candidate Development Program' } : {}),
    },
    201,
  );
  let current: TSeededCase;
  if (basis === 'A') {
    const pkg = await candidate.send<{ id: string }>(
      'POST',
      '/api/narratives',
      { title: `SES application: ${options.positionTitle}`, candidateName: options.candidateName, modelId: 'ecq-2025', text: options.text ?? NUMBERED_PACKAGE_2025 },
      201,
    );
    current = await candidate.send<TSeededCase>('POST', `/api/qrb/cases/${created.id}/share`, { packageId: pkg.id });
  } else {
    current = await hr.send<TSeededCase>('PUT', `/api/qrb/cases/${created.id}/attachments/cdp_certificate`, {
      filename: 'cdp-certificate.txt',
      contentBase64: Buffer.from(`${options.candidateName} graduated from the DOE SES CDP.`).toString('base64'),
      version: created.version,
    });
  }
  const submitted = await hr.send<{ case: TSeededCase }>('POST', `/api/qrb/cases/${created.id}/submit`, { version: current.version });
  expect(submitted.case.status).toBe('submitted');
  return submitted.case;
}

/** The roster's members by email, with their roster id and name (GET /api/qrb/members as OPM). */
export async function rosterByEmail(opm: TApi): Promise<ReadonlyMap<string, { readonly id: string; readonly name: string }>> {
  const page = await opm.get<{ items: { id: string; email: string; name: string }[] }>('/api/qrb/members?limit=100');
  return new Map(page.items.map((member) => [member.email, { id: member.id, name: member.name }]));
}

/** Each member records a review: every ECQ met except those listed for them (with a remark), and a recommendation to match. */
export async function recordReviews(members: readonly TApi[], caseId: string, lacking: readonly (readonly string[])[], remarks: string): Promise<void> {
  for (const [index, member] of members.entries()) {
    const gaps = lacking[index] ?? [];
    await member.send('PUT', `/api/qrb/cases/${caseId}/reviews/mine`, {
      version: 0,
      recommendation: gaps.length === 0 ? 'approve' : 'disapprove',
      findings: ECQS_2025.map((ecqCode) => ({ ecqCode, finding: gaps.includes(ecqCode) ? 'does_not_meet' : 'meets', remarks: gaps.includes(ecqCode) ? remarks : '' })),
    });
  }
}

/**
 * Moves the day a case entered its status back (seeded through the database, as a case submitted earlier
 * would be), so that the queue has a case that has waited.
 */
export async function backdateCaseStatus(handle: DatabaseHandle, caseId: string, days: number): Promise<void> {
  const row = await getQrbCaseById(handle.db, caseId);
  if (row === undefined || row.state.status === 'draft') throw new Error(`no case ${caseId} to backdate`);
  const since = dayFromToday(-days);
  const written = await updateQrbCase(handle.db, { id: caseId, expectedVersion: row.version, patch: { state: { ...row.state, since } } });
  expect(written.kind).toBe('ok');
}

/**
 * expect.poll with time for the page: a first visit loads the QRB chunk, the session and the data before it
 * shows anything (the default second is too short on a busy machine).
 */
export function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 10_000 });
}

/** Waits until nothing on the page is loading (no "…" loading text with role status, no aria-busy). */
export async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ecq-loading, [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}
