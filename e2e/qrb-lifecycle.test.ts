import { readFile } from 'node:fs/promises';
import { addCalendarDays, todayUtc } from '@ecq/core';
import { NUMBERED_PACKAGE_2025 } from '@ecq/core/testing';
import { PDFDocument } from 'pdf-lib';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS, E2E_PASSWORD, startE2eApp, type TE2eApp, type TE2ePage } from './harness/e2e-app';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());

/** The whole lifecycle has six people and a dozen pages. */
const LIFECYCLE_MS = 300_000;
const SLOW = { timeout: 20_000 };
const BOARD_EMAILS = ['qrb.member.doi@ecq.example', 'qrb.member.dot@ecq.example', 'qrb.member.opm@ecq.example'] as const;
const ECQS = ['LC', 'LP', 'DR', 'AOS', 'BC'] as const;

/** The browser's own dates are local; the API's are UTC. A day the tests choose relative to the API's today. */
const dayFromToday = (days: number) => addCalendarDays(todayUtc(), days);

/** Signs a person in through the API in their own browser context; the page then restores the session from the cookie. */
async function signIn(context: BrowserContext, email: string): Promise<APIRequestContext> {
  const response = await context.request.post('/api/auth/sign-in', { data: { email, password: E2E_PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  return context.request;
}

async function readJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** USWDS draws radios and checkboxes on their labels; a pointer clicks the label. */
const clickLabel = (page: Page, inputId: string) => page.locator(`label[for="${inputId}"]`).click();

/** A person at their desk: a browser context of their own, signed in. */
async function person(email: string): Promise<TE2ePage & { readonly api: APIRequestContext }> {
  const tab = await e2e.newPage();
  return { ...tab, api: await signIn(tab.context, email) };
}

describe('QRB lifecycle', () => {
  it('[QRB]: a case goes from the agency to OPM, to three members of a board, to a decision and its certificate, all in the browser', async () => {
    const agency = await person(DEMO_EMAILS.agencyHr);
    const candidate = await person(DEMO_EMAILS.candidate);
    const opm = await person(DEMO_EMAILS.opmAdmin);
    const members = await Promise.all(BOARD_EMAILS.map((email) => person(email)));

    // The agency creates the hiring action; the 2025 model governs it from its initiation date.
    let page = agency.page;
    await page.goto('/hiring-actions/new');
    await expect.poll(() => page.title(), SLOW).toBe('Create a hiring action | ECQ Workbench');
    await page.getByLabel('Position title').fill('Director, Office of Nuclear Energy');
    await page.getByLabel('Initiated on').fill(dayFromToday(-60));
    await page.getByLabel('Announcement opens on').fill(dayFromToday(-45));
    await page.getByLabel('Announcement closes on').fill(dayFromToday(-15));
    await clickLabel(page, 'action-applicationMethod');
    await expect.poll(() => page.getByTestId('governing-model-title').innerText()).toContain('Executive Core Qualifications (January 2025) will govern this action');
    await page.getByRole('button', { name: 'Create the hiring action' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('Director, Office of Nuclear Energy | ECQ Workbench');
    const actionId = new URL(page.url()).pathname.split('/').at(-1)!;

    // …and builds the candidate's case on criterion A, certified by the appointing authority.
    await page.getByRole('link', { name: 'Build a QRB case' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('Build a QRB case | ECQ Workbench');
    await page.getByLabel('Candidate’s name').fill('Pat Lee');
    await page.getByLabel('Candidate’s email (optional)').fill(DEMO_EMAILS.candidate);
    await clickLabel(page, 'case-basis');
    await page.getByLabel('Certified by (name and title)').fill('Jordan Smith, Deputy Secretary');
    await page.getByLabel('Certified on').fill(dayFromToday(-2));
    await page.getByRole('button', { name: 'Build the case' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('QRB case: Pat Lee | ECQ Workbench');
    const caseId = new URL(page.url()).pathname.split('/').at(-1)!;
    await expect.poll(() => page.getByTestId('check-blockers').innerText(), SLOW).toContain("attach the candidate's shared ECQ package");
    await agency.expectAccessible('the lifecycle: a draft case');

    // The candidate shares their 2025 package with the case.
    const pkgResponse = await candidate.api.post('/api/narratives', {
      data: { title: 'My SES application', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: NUMBERED_PACKAGE_2025 },
      headers: { 'x-csrf-token': ((await readJson<{ csrfToken: string }>(candidate.api, '/api/auth/session')).csrfToken) },
    });
    expect(pkgResponse.status()).toBe(201);
    page = candidate.page;
    await page.goto(`/qrb/cases/${caseId}`);
    await expect.poll(() => page.title(), SLOW).toBe('QRB case: Pat Lee | ECQ Workbench');
    await expect.poll(() => page.getByTestId('section-share').count(), SLOW).toBe(1);
    await clickLabel(page, 'share-packageId');
    await page.getByRole('button', { name: 'Share version 1 of this package' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Package shared with your case');

    // The agency sees the check pass and submits.
    page = agency.page;
    await page.reload();
    await expect.poll(() => page.getByTestId('check-summary').innerText(), SLOW).toMatch(/^Ready to submit/);
    await page.getByRole('button', { name: 'Submit the case to the QRB' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Case submitted to the QRB');

    // OPM finds it in the queue, assembles a board of DOI, DOT and OPM members convening today, and assigns it.
    page = opm.page;
    await page.goto('/qrb/queue');
    await expect.poll(() => page.title(), SLOW).toBe('QRB queue | ECQ Workbench');
    await expect.poll(() => page.getByRole('link', { name: 'Pat Lee' }).count(), SLOW).toBe(1);
    await opm.expectAccessible('the lifecycle: OPM’s queue');
    const roster = await readJson<{ items: { id: string; email: string }[] }>(opm.api, '/api/qrb/members?limit=50');
    const idOf = (email: string) => roster.items.find((m) => m.email === email)!.id;
    await page.goto('/qrb/boards/new');
    await expect.poll(() => page.title(), SLOW).toBe('Assemble a QRB board | ECQ Workbench');
    await page.getByLabel('Convenes on').fill(dayFromToday(0));
    await page.getByLabel('Label (optional)').fill('Lifecycle board');
    for (const email of BOARD_EMAILS) await clickLabel(page, `member-${idOf(email)}`);
    await page.getByLabel('Check against a case (optional)').selectOption({ value: caseId });
    await expect.poll(() => page.getByTestId('live-check-result').innerText(), SLOW).toContain('Valid for Pat Lee’s case (Department of Energy)');
    await page.getByRole('button', { name: 'Assemble the board' }).click();
    await expect.poll(() => page.getByTestId('board-assembled').innerText(), SLOW).toContain('Board assembled');
    await page.goto(`/qrb/cases/${caseId}`);
    const option = page.getByTestId('board-option').filter({ has: page.getByRole('heading', { name: /^Lifecycle board/ }) });
    await expect.poll(() => option.getByTestId('board-eligibility').innerText(), SLOW).toMatch(/^Can take this case\./);
    await option.getByRole('button', { name: /^Assign the case to Lifecycle board/ }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Case assigned to Lifecycle board');

    // Three members: the first opens the review; each records every ECQ met and recommends approval.
    for (const [index, member] of members.entries()) {
      page = member.page;
      await page.goto(`/qrb/cases/${caseId}/review`);
      await expect.poll(() => page.title(), SLOW).toBe('Review: Pat Lee | ECQ Workbench');
      if (index === 0) {
        await page.getByRole('button', { name: 'Begin the review' }).click();
        await expect.poll(() => page.getByTestId('case-meta').innerText(), SLOW).toContain('In review');
      }
      await expect.poll(() => page.getByTestId('review-form').count(), SLOW).toBe(1);
      expect(await page.getByTestId('package-text').innerText()).toContain('ECQ 1: Leading Change');
      for (const code of ECQS) await clickLabel(page, `finding-${code}-meets`);
      await clickLabel(page, 'recommendation-approve');
      await page.getByRole('button', { name: 'Save my review' }).click();
      await expect.poll(() => page.getByTestId('review-saved').innerText()).toMatch(/^Your review was saved \(version 1, /);
      if (index === 0) await member.expectAccessible('the lifecycle: a member’s review, saved');
    }

    // The last member finalises the board's decision: approved under unanimity.
    page = members[2]!.page;
    await page.getByRole('button', { name: 'Refresh the board’s status' }).click();
    await expect.poll(() => page.getByTestId('review-count').innerText(), SLOW).toBe('Round 1: reviews recorded by 3 of 3 members.');
    await page.getByLabel('General remarks (optional)').fill('A strong package: every ECQ is shown at executive scope.');
    await page.getByRole('button', { name: 'Finalise the decision: approved' }).click();
    await expect.poll(() => page.locator('#decision-heading').innerText(), SLOW).toBe('Decision: Approved');
    const decided = await readJson<{ status: string; hiringActionId: string; decisions: { id: string; outcome: string; rule: string }[] }>(
      members[2]!.api,
      `/api/qrb/cases/${caseId}`,
    );
    expect(decided).toMatchObject({ status: 'decided', hiringActionId: actionId });
    expect(decided.decisions).toEqual([expect.objectContaining({ outcome: 'approved', rule: 'unanimous' })]);

    // The agency, told of the decision, downloads the certificate from the case page.
    page = agency.page;
    const notices = await readJson<{ items: { kind: string; subjectId: string | null }[] }>(agency.api, '/api/notifications?limit=50');
    expect(notices.items.filter((n) => n.subjectId === caseId).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['qrb_case.decided', 'qrb_case.review_started', 'qrb_case.assigned', 'qrb_case.narrative_shared']),
    );
    await page.goto(`/qrb/cases/${caseId}`);
    await expect.poll(() => page.getByTestId('case-status').innerText(), SLOW).toMatch(/^Decided \(approved\) since /);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the certificate (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`qrb-certification-${decided.decisions[0]!.id}.pdf`);
    const pdf = await PDFDocument.load(await readFile((await file.path())!));
    expect(pdf.getTitle()).toBe('QRB Certification: Pat Lee');
    expect(pdf.getPageCount()).toBe(1);
    const timeline = await page.getByTestId('case-timeline').innerText();
    for (const step of ['Case created', 'ECQ package shared by the candidate', 'Submitted to the QRB', 'Assigned to a board', 'Review begun', 'Decided']) {
      expect(timeline).toContain(step);
    }
    await agency.expectAccessible('the lifecycle: the approved case');
    await agency.screenshot('qrb-lifecycle-approved');
    for (const tab of [agency, candidate, opm, ...members]) expect(tab.consoleErrors).toEqual([]);
  }, LIFECYCLE_MS);
});
