import { addCalendarDays, ECQ_2006 } from '@ecq/core';
import { NUMBERED_PACKAGE_2025 } from '@ecq/core/testing';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signInContext } from './harness/api';
import { DEMO_EMAILS, startE2eApp, type TE2eApp } from './harness/e2e-app';
import { focusedName, tabTo } from './harness/keyboard';
import { packageText } from './harness/narratives';
import { dayFromToday, longDate, QRB_MEMBER_EMAILS, recordReviews, rosterByEmail, seedAction, seedCase, seedSubmittedCase, type TSeededCase } from './harness/qrb';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());
// Each test opens a context per person; closing them keeps the browser light for the next test.
afterEach(async () => {
  await Promise.all((e2e?.browser.contexts() ?? []).map((context) => context.close()));
});

/** The flows with three or more people and many pages take longer than one person's. */
const LONG_TEST_MS = 180_000;

interface TCheck {
  canSubmit: boolean;
  blockers: { code: string; message: string }[];
  warnings: { code: string; message: string }[];
}

/** How long a page may take after a navigation: its code, the session check and its data (a cold start loads all three). */
const SLOW = { timeout: 15_000 };
const nav = (page: Page) => page.getByRole('navigation', { name: 'Primary navigation' });
/** USWDS draws radios and checkboxes on their labels (the input sits off-screen), so a pointer clicks the label. */
const clickLabelOf = (page: Page, inputId: string) => page.locator(`label[for="${inputId}"]`).click();
/** Whether the element with focus has this class (the error summary, the result of an action). */
const isFocused = (page: Page, className: string): Promise<boolean> =>
  page.evaluate(`document.activeElement !== null && document.activeElement.classList.contains(${JSON.stringify(className)})`);

describe('QRB: the agency, the candidate and OPM', () => {
  it('[QRB]: agency staff create a hiring action, seeing the governing model follow the date, and build a case', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const hr = await signInContext(context, DEMO_EMAILS.agencyHr);
    expect((await hr.get<{ items: unknown[] }>('/api/hiring-actions')).items).toEqual([]);

    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Hiring actions' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('Hiring actions | ECQ Workbench');
    await expect.poll(() => page.getByTestId('hiring-actions-empty').innerText()).toContain('No hiring actions yet');
    await expectAccessible('the hiring actions, none yet');
    await screenshot('qrb-hiring-actions-empty');

    await page.getByRole('link', { name: 'Create a hiring action' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('Create a hiring action | ECQ Workbench');
    // The form checks what the API's schema checks before sending anything, and says so in one focused summary.
    let posted = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/hiring-actions') posted++;
    });
    await page.getByRole('button', { name: 'Create the hiring action' }).click();
    const summary = page.locator('.ecq-error-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Enter the position title.',
      'Enter the date the hiring action was initiated, for example 08/01/2025.',
      'Enter the date the announcement opens, for example 08/01/2025.',
      'Enter the date the announcement closes, for example 08/01/2025.',
      'Choose how candidates apply.',
    ]);
    expect(await isFocused(page, 'ecq-error-summary')).toBe(true);
    expect(await page.getByLabel('Position title').getAttribute('aria-invalid')).toBe('true');
    expect(posted).toBe(0);
    await expectAccessible('the hiring-action form with errors');

    // As the initiation date is typed, the model that will govern the action and why, as the API answers.
    const before = await hr.get<{ modelTitle: string; reason: string }>('/api/policy-for?process=hiring&on=2025-06-30');
    const after = await hr.get<{ modelTitle: string; reason: string }>('/api/policy-for?process=hiring&on=2025-08-01');
    expect(before.modelTitle).toBe('Executive Core Qualifications (2006)');
    expect(after.modelTitle).toBe('Executive Core Qualifications (January 2025)');
    const modelTitle = page.getByTestId('governing-model-title');
    const reason = page.getByTestId('governing-model-reason');
    await page.getByLabel('Initiated on').fill('2025-06-30');
    await expect.poll(() => modelTitle.innerText()).toContain(`${before.modelTitle} will govern this action`);
    expect(await reason.innerText()).toBe(before.reason);
    await page.getByLabel('Initiated on').fill('2025-08-01');
    await expect.poll(() => modelTitle.innerText()).toContain(`${after.modelTitle} will govern this action`);
    await expect.poll(() => reason.innerText()).toBe(after.reason);
    expect(after.reason).toContain('2025-07-01');
    expect(await page.getByTestId('governing-model').locator('[aria-live="polite"]').count()).toBe(1);

    // …and the QRB due date the closing date implies, from the deployment's settings.
    const settings = await hr.get<{ settings: { caseDueDays: number } }>('/api/qrb/settings');
    const closesOn = dayFromToday(-10);
    const dueOn = addCalendarDays(closesOn, settings.settings.caseDueDays);
    await page.getByLabel('Announcement closes on').fill(closesOn);
    await expect.poll(() => page.getByTestId('qrb-due-preview').innerText()).toContain(
      `The QRB case will be due on ${longDate(dueOn)}: ${settings.settings.caseDueDays} days after the announcement closes.`,
    );
    await page.getByLabel('Position title').fill('Director, Office of Science Programs');
    await page.getByLabel('Announcement number (optional)').fill('DOE-SES-27-001');
    await page.getByLabel('Announcement opens on').fill(dayFromToday(-40));
    await clickLabelOf(page, 'action-applicationMethod');
    expect(await page.getByRole('radio', { name: 'Traditional ECQ narrative' }).isChecked()).toBe(true);
    await page.getByLabel('Most pages per ECQ').fill('1');
    await expectAccessible('the hiring-action form with its governing model and due date');
    await screenshot('qrb-create-hiring-action');

    const created = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/hiring-actions');
    await page.getByRole('button', { name: 'Create the hiring action' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    const actionId = ((await response.json()) as { id: string }).id;
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/hiring-actions/${actionId}`);
    await expect.poll(() => page.title(), SLOW).toBe('Director, Office of Science Programs | ECQ Workbench');
    const frozen = page.getByTestId('frozen-model');
    expect(await frozen.innerText()).toContain('Executive Core Qualifications (January 2025)');
    expect(await frozen.innerText()).toContain('frozen on August 1, 2025');
    expect(await page.getByTestId('action-limits').innerText()).toMatch(/Pages per ECQ\s+at most 1 page \(set for this vacancy\)/);
    expect(await page.getByTestId('action-limits').innerText()).toMatch(/Pages in all\s+at most 10 pages \(default\)/);
    expect(await page.getByTestId('action-due').innerText()).toBe(longDate(dueOn));
    const stored = await hr.get<{ policy: { packId: string; frozenOn: string }; narrativeLimits: { maxPagesPerEcq: number }; qrbCaseDueOn: string }>(
      `/api/hiring-actions/${actionId}`,
    );
    expect(stored).toMatchObject({ policy: { packId: 'ecq-2025', frozenOn: '2025-08-01' }, narrativeLimits: { maxPagesPerEcq: 1 }, qrbCaseDueOn: dueOn });
    expect(await page.getByTestId('action-no-cases').innerText()).toContain('No case has been built');
    await expectAccessible('a hiring action');
    await screenshot('qrb-hiring-action');

    // Build a case: each basis shows the field it needs, and nothing else.
    await page.getByRole('link', { name: 'Build a QRB case' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('Build a QRB case | ECQ Workbench');
    await clickLabelOf(page, 'case-basis-B');
    expect(await page.getByLabel('Candidate Development Program', { exact: true }).count()).toBe(1);
    await clickLabelOf(page, 'case-basis-C');
    expect(await page.getByLabel('Candidate Development Program', { exact: true }).count()).toBe(0);
    expect(await page.getByLabel('Statement of special or unique qualities').count()).toBe(1);
    await clickLabelOf(page, 'case-basis');
    expect(await page.getByRole('radio', { name: /^Criterion A/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Statement of special or unique qualities').count()).toBe(0);
    await page.getByLabel('Candidate’s email (optional)').fill('not an email');
    await page.getByLabel('Certified on').fill(dayFromToday(-1));
    await page.getByRole('button', { name: 'Build the case' }).click();
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Enter the candidate’s name.',
      'Enter the candidate’s email address, like name@agency.gov, or leave it blank.',
      'Enter the name and title of the appointing authority who certified the candidate, or leave both certification fields blank.',
    ]);
    expect(await isFocused(page, 'ecq-error-summary')).toBe(true);
    await expectAccessible('the case form with errors');
    await screenshot('qrb-create-case-errors');

    await page.getByLabel('Candidate’s name').fill('Pat Lee');
    await page.getByLabel('Candidate’s email (optional)').fill(DEMO_EMAILS.candidate);
    await page.getByLabel('Certified on').fill('');
    await page.getByRole('button', { name: 'Build the case' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('QRB case: Pat Lee | ECQ Workbench');
    const caseId = new URL(page.url()).pathname.split('/').at(-1)!;
    const stored2 = await hr.get<TSeededCase & { basis: string; hiringActionId: string }>(`/api/qrb/cases/${caseId}`);
    expect(stored2).toMatchObject({ status: 'draft', basis: 'A', hiringActionId: actionId });
    expect(stored2.candidateUserId).not.toBeNull();
    expect(await page.getByTestId('case-status').innerText()).toContain('Draft');
    expect(await page.getByTestId('agency-due').innerText()).toContain(longDate(dueOn));
    expect(await page.getByTestId('case-model').innerText()).toContain('Executive Core Qualifications (January 2025), frozen on August 1, 2025');

    // The pre-submission check lists the API's blockers, each with its source.
    const check = await hr.get<TCheck>(`/api/qrb/cases/${caseId}/check`);
    expect(check.blockers.map((b) => b.code)).toEqual(['narrative-missing', 'certification-missing']);
    const blockers = page.getByTestId('check-blockers').getByRole('listitem');
    await expect.poll(() => blockers.count()).toBe(2);
    for (const [index, blocker] of check.blockers.entries()) {
      expect(await blockers.nth(index).getAttribute('data-code')).toBe(blocker.code);
      expect(await blockers.nth(index).innerText()).toContain(blocker.message);
      expect(await blockers.nth(index).innerText()).toMatch(/Source: .+ \(POLICY\.md §2\), \w[\w-]* confidence/);
    }
    expect(await page.getByTestId('check-summary').innerText()).toBe('Not ready: 2 blockers to fix before the case can be submitted.');
    expect(await page.getByTestId('case-timeline').innerText()).toContain('Case created by Demo agency hr (DOE)');
    await expectAccessible('a draft case with its check');
    await screenshot('qrb-case-draft');

    // The hiring actions list shows the new action, its model and due date.
    await nav(page).getByRole('link', { name: 'Hiring actions' }).click();
    const row = page.getByTestId('hiring-actions').getByRole('row', { name: /Director, Office of Science Programs/ });
    await expect.poll(() => row.innerText()).toContain('Executive Core Qualifications (January 2025)');
    expect(await row.innerText()).toContain(longDate(dueOn));
    expect(await row.innerText()).toContain('Traditional ECQ narrative');
    await expectAccessible('the hiring actions');
    await screenshot('qrb-hiring-actions');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: the candidate shares a 2006 package, the check blocks it, and the migration draft reaches the candidate by notification', async () => {
    const agency = await e2e.newPage();
    const hr = await signInContext(agency.context, DEMO_EMAILS.agencyHr);
    const action = await seedAction(hr, 'Deputy Director, Grid Deployment');
    const seeded = await seedCase(hr, { hiringActionId: action.id, candidateName: 'Sam Ortiz', candidateEmail: DEMO_EMAILS.candidate });
    expect(action.policy.packId).toBe('ecq-2025');

    const candidate = await e2e.newPage();
    const me = await signInContext(candidate.context, DEMO_EMAILS.candidate);
    const old = await me.send<{ id: string }>(
      'POST',
      '/api/narratives',
      { title: 'My 2006 ECQs', candidateName: 'Sam Ortiz', modelId: 'ecq-2006', text: packageText(ECQ_2006, 300) },
      201,
    );
    const unreadBefore = (await me.get<{ unreadCount: number }>('/api/notifications?unread=true&limit=1')).unreadCount;

    // The candidate finds the case under "My QRB cases" and shares the package, by keyboard.
    const { page } = candidate;
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'My QRB cases' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('My QRB cases | ECQ Workbench');
    const link = page.getByTestId('qrb-cases').getByRole('link', { name: 'Sam Ortiz' });
    await expect.poll(() => link.count()).toBe(1);
    await candidate.expectAccessible('my QRB cases');
    await candidate.screenshot('qrb-my-cases');
    await link.click();
    await expect.poll(() => page.title(), SLOW).toBe('QRB case: Sam Ortiz | ECQ Workbench');
    await expect.poll(() => page.getByTestId('section-share').count()).toBe(1);
    // The candidate is offered sharing only: no check, no edits, no files.
    expect(await page.getByTestId('section-check').count()).toBe(0);
    expect(await page.getByTestId('section-edit').count()).toBe(0);
    expect(await page.getByTestId('shared-package').innerText()).toContain('Not shared yet');
    await tabTo(page, 'share-packageId');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('share-model-warning').innerText()).toContain('written for Executive Core Qualifications (2006)');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Share version 1 of this package');
    await candidate.expectAccessible('sharing a package, before it is shared');
    const shared = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/qrb/cases/${seeded.id}/share`);
    await page.keyboard.press('Enter');
    expect((await shared).status()).toBe(200);
    const notice = page.getByTestId('case-notice');
    await expect.poll(() => notice.innerText()).toContain('Package shared with your case');
    expect(await notice.innerText()).toContain('Later edits to the package are not shared until you share it again.');
    expect(await isFocused(page, 'ecq-case-notice')).toBe(true);
    await expect.poll(() => page.getByTestId('shared-package').innerText()).toContain('“My 2006 ECQs”, version 1');
    expect(await page.getByTestId('shared-package').innerText()).toContain('Not the model this hiring action requires');
    expect((await me.get<TSeededCase>(`/api/qrb/cases/${seeded.id}`)).evidence.narrative).toEqual({
      packageId: old.id,
      version: 1,
      title: 'My 2006 ECQs',
      modelId: 'ecq-2006',
    });
    await candidate.expectAccessible('the candidate’s case after sharing');
    await candidate.screenshot('qrb-case-candidate-shared');

    // The agency's check blocks the 2006 package and offers a migration draft for the candidate.
    await agency.page.goto(`/qrb/cases/${seeded.id}`);
    await expect.poll(() => agency.page.title(), SLOW).toBe('QRB case: Sam Ortiz | ECQ Workbench');
    const check = await hr.get<TCheck>(`/api/qrb/cases/${seeded.id}/check`);
    expect(check.blockers.map((b) => b.code)).toContain('package-model-mismatch');
    const mismatch = agency.page.getByTestId('check-blockers').locator('[data-code="package-model-mismatch"]');
    await expect.poll(() => mismatch.innerText(), SLOW).toContain(check.blockers.find((b) => b.code === 'package-model-mismatch')!.message);
    expect(await agency.page.getByTestId('check-blockers').getByRole('listitem').count()).toBe(check.blockers.length);
    await agency.expectAccessible('the agency’s case with a 2006 package blocked');
    await agency.screenshot('qrb-case-model-mismatch');
    const drafted = agency.page.waitForResponse((response) => new URL(response.url()).pathname === `/api/qrb/cases/${seeded.id}/migration-draft`);
    await mismatch.getByRole('button', { name: 'Draft a migration for the candidate' }).click();
    const draftResponse = await drafted;
    expect(draftResponse.status()).toBe(201);
    const draft = (await draftResponse.json()) as { package: { id: string; title: string; modelId: string }; migration: { gaps: unknown[] } };
    expect(draft.package.modelId).toBe('ecq-2025');
    const agencyNotice = agency.page.getByTestId('case-notice');
    await expect.poll(() => agencyNotice.innerText()).toContain('Migration draft made for the candidate');
    expect(await agencyNotice.innerText()).toContain(`“${draft.package.title}”`);
    const gaps = draft.migration.gaps.length;
    expect(gaps).toBeGreaterThan(0);
    expect(await agencyNotice.innerText()).toContain(`${gaps} new sub-competenc${gaps === 1 ? 'y' : 'ies'} left to write.`);
    expect(await agencyNotice.innerText()).toContain('The candidate has been notified.');
    expect(await isFocused(agency.page, 'ecq-case-notice')).toBe(true);
    await expect.poll(() => agency.page.getByTestId('case-timeline').innerText()).toContain('Migration draft made for the candidate by Demo agency hr (DOE)');
    await agency.expectAccessible('the agency’s case after drafting a migration');
    await agency.screenshot('qrb-case-migration-drafted');

    // The draft is the candidate's, and the candidate is told of it.
    const mine = await me.get<{ items: { id: string; modelId: string }[] }>('/api/narratives');
    expect(mine.items.find((pkg) => pkg.id === draft.package.id)).toMatchObject({ modelId: 'ecq-2025' });
    await page.reload();
    const bell = page.getByTestId('notifications-link');
    await expect.poll(() => page.getByRole('link', { name: `Notifications, ${unreadBefore + 1} unread`, exact: true }).count(), SLOW).toBe(1);
    expect(await bell.locator('.usa-tag').innerText()).toBe(String(unreadBefore + 1));
    await bell.click();
    await expect.poll(() => page.title(), SLOW).toBe('Notifications | ECQ Workbench');
    const first = page.getByTestId('notification').first();
    await expect.poll(() => first.innerText()).toContain('A migration draft is ready for you to rework');
    expect(await first.innerText()).toMatch(/^unread/i);
    expect(await page.getByTestId('unread-count').innerText()).toBe(`${unreadBefore + 1} notification${unreadBefore === 0 ? '' : 's'} unread.`);
    await candidate.expectAccessible('the notifications, one unread');
    await candidate.screenshot('qrb-notifications-unread');
    await first.getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/narratives/${draft.package.id}`);
    await expect.poll(() => page.title(), SLOW).toBe(`${draft.package.title} | ECQ Workbench`);

    // Mark all as read: the page and the header's count follow.
    await bell.click();
    await expect.poll(() => page.title(), SLOW).toBe('Notifications | ECQ Workbench');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect.poll(() => page.getByTestId('mark-read-result').innerText()).toMatch(/marked as read; none is unread\.$/);
    expect(await focusedName(page)).toMatch(/marked as read; none is unread\.$/);
    await expect.poll(() => page.getByRole('link', { name: 'Notifications', exact: true }).count()).toBe(1);
    expect(await page.getByTestId('notification').first().innerText()).toMatch(/^Read/);
    expect(await page.getByRole('button', { name: 'Mark all as read' }).isDisabled()).toBe(true);
    expect((await me.get<{ unreadCount: number }>('/api/notifications?limit=1')).unreadCount).toBe(0);
    await clickLabelOf(page, 'unread-only');
    await expect.poll(() => page.getByTestId('notifications-empty').innerText()).toBe('No unread notifications.');
    await candidate.expectAccessible('the notifications, all read');
    await candidate.screenshot('qrb-notifications-read');
    expect(candidate.consoleErrors).toEqual([]);
    expect(agency.consoleErrors).toEqual([]);
  }, LONG_TEST_MS);

  it('[QRB]: the agency certifies and submits a case, and OPM assigns it to a board without a conflict of interest', async () => {
    const agency = await e2e.newPage();
    const hr = await signInContext(agency.context, DEMO_EMAILS.agencyHr);
    const action = await seedAction(hr, 'Associate Administrator, Field Operations');
    const seeded = await seedCase(hr, { hiringActionId: action.id, candidateName: 'Alex Kim', candidateEmail: DEMO_EMAILS.candidate });
    await seedCase(hr, { hiringActionId: action.id, candidateName: 'Robin Diaz', candidateEmail: DEMO_EMAILS.candidate });
    const candidate = await e2e.newPage();
    const me = await signInContext(candidate.context, DEMO_EMAILS.candidate);
    const pkg = await me.send<{ id: string }>(
      'POST',
      '/api/narratives',
      { title: 'My SES application', candidateName: 'Alex Kim', modelId: 'ecq-2025', text: NUMBERED_PACKAGE_2025 },
      201,
    );
    await me.send('POST', `/api/qrb/cases/${seeded.id}/share`, { packageId: pkg.id });

    const { page } = agency;
    await page.goto(`/qrb/cases/${seeded.id}`);
    await expect.poll(() => page.title(), SLOW).toBe('QRB case: Alex Kim | ECQ Workbench');
    const check = await hr.get<TCheck>(`/api/qrb/cases/${seeded.id}/check`);
    expect(check.blockers.map((b) => b.code)).toEqual(['certification-missing']);
    await expect.poll(() => page.getByTestId('check-blockers').getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining(check.blockers[0]!.message),
    ]);
    await expect.poll(() => page.getByTestId('check-analysis').innerText()).toContain('Analysed against Executive Core Qualifications (January 2025)');

    // Reading the shared version, as the agency and the board will.
    await page.getByRole('button', { name: 'Read the shared package' }).click();
    await expect.poll(() => page.getByTestId('shared-narrative').innerText()).toContain('My SES application, version 1');
    expect(await page.getByRole('region', { name: 'Text of the shared package' }).innerText()).toContain('ECQ 1: Leading Change');
    await agency.expectAccessible('the agency’s case with the shared package open');

    // Submitting now is refused with every problem the API names.
    const refused = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/qrb/cases/${seeded.id}/submit`);
    await page.getByRole('button', { name: 'Submit the case to the QRB' }).click();
    const refusal = await refused;
    expect(refusal.status()).toBe(409);
    const body = (await refusal.json()) as { problems: { message: string }[] };
    const problems = page.getByTestId('case-problems').getByRole('listitem');
    await expect.poll(() => problems.count()).toBe(body.problems.length);
    expect(await problems.first().innerText()).toBe('The case is draft.');
    expect((await problems.allInnerTexts()).join('\n')).toContain('appointing authority');
    expect(await page.getByRole('alert').filter({ hasText: 'The case was not submitted' }).count()).toBe(1);
    await agency.expectAccessible('a refused submission');
    await agency.screenshot('qrb-case-submit-refused');

    // A file over the limit is refused before it is sent; a small one is attached and can be downloaded.
    let uploads = 0;
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/attachments/')) uploads++;
    });
    const resumeInput = page.getByLabel('Resume', { exact: true });
    await resumeInput.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
    await page.getByRole('button', { name: 'Attach the resume' }).click();
    const tooLarge = page.locator('.ecq-error-summary').filter({ hasText: 'scan.pdf is 10 MB; a file can be at most 10 MB.' });
    await expect.poll(() => tooLarge.count()).toBe(1);
    expect(await isFocused(page, 'ecq-error-summary')).toBe(true);
    expect(uploads).toBe(0);
    await agency.expectAccessible('a file refused before upload');
    const resumeText = 'Alex Kim\nAssociate Administrator candidate\n';
    await resumeInput.setInputFiles({ name: 'resume.txt', mimeType: 'text/plain', buffer: Buffer.from(resumeText) });
    await page.getByRole('button', { name: 'Attach the resume' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Resume attached');
    expect(uploads).toBe(1);
    await expect.poll(() => page.getByTestId('resume').innerText()).toContain('Download the resume: resume.txt');
    expect(await hr.download(`/api/qrb/cases/${seeded.id}/attachments/resume`)).toBe(resumeText);

    // A certification dated in the future is the API's to refuse: its message lands on the field.
    await page.getByLabel('Certified by (name and title)').fill('Jordan Smith, Deputy Secretary');
    await page.getByLabel('Certified on').fill(dayFromToday(3));
    await page.getByRole('button', { name: 'Save the changes' }).click();
    const futureSummary = page.locator('.ecq-error-summary').filter({ hasText: 'cannot have certified the candidate in the future' });
    await expect.poll(() => futureSummary.count()).toBe(1);
    expect(await page.getByLabel('Certified on').getAttribute('aria-invalid')).toBe('true');
    await agency.expectAccessible('the edit form with the API’s error');
    await page.getByLabel('Certified on').fill(dayFromToday(0));
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Case saved');
    await expect.poll(() => page.getByTestId('certification').innerText()).toBe(
      `Certified by Jordan Smith, Deputy Secretary on ${longDate(dayFromToday(0))}`,
    );
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toMatch(/^Ready to submit: nothing blocks this case/);

    await page.getByRole('button', { name: 'Submit the case to the QRB' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Case submitted to the QRB');
    expect(await isFocused(page, 'ecq-case-notice')).toBe(true);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe(`Submitted since ${longDate(dayFromToday(0))}`);
    expect(await page.getByRole('button', { name: 'Submit the case to the QRB' }).count()).toBe(0);
    expect((await hr.get<TSeededCase>(`/api/qrb/cases/${seeded.id}`)).status).toBe('submitted');
    await agency.expectAccessible('a submitted case');
    await agency.screenshot('qrb-case-submitted');

    // The agency's list, filtered to submitted cases, shows this one and not the drafts.
    await nav(page).getByRole('link', { name: 'QRB cases' }).click();
    await expect.poll(() => page.title(), SLOW).toBe('QRB cases | ECQ Workbench');
    await expect.poll(() => page.getByTestId('qrb-cases').getByRole('link', { name: 'Robin Diaz' }).count(), SLOW).toBe(1);
    await clickLabelOf(page, 'status-submitted');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('submitted');
    await expect.poll(() => page.getByTestId('qrb-cases').getByRole('link', { name: 'Robin Diaz' }).count(), SLOW).toBe(0);
    const submittedRow = page.getByTestId('qrb-cases').getByRole('row', { name: /Alex Kim/ });
    expect(await submittedRow.innerText()).toContain(`Since ${longDate(dayFromToday(0))} (today)`);
    expect(await page.getByTestId('cases-count').innerText()).toBe('Showing 1 case.');
    await agency.expectAccessible('the agency’s cases, filtered');
    await agency.screenshot('qrb-cases-filtered');

    // OPM: two boards convene next week; the one with the DOE member cannot take a DOE case, and says why.
    const opm = await e2e.newPage();
    const admin = await signInContext(opm.context, DEMO_EMAILS.opmAdmin);
    const roster = await rosterByEmail(admin);
    const member = (email: string) => roster.get(email)!;
    const conflicted = await admin.send<{ id: string }>(
      'POST',
      '/api/qrb/boards',
      { convenesOn: dayFromToday(7), label: 'Board with DOE', memberIds: [member(QRB_MEMBER_EMAILS.doe).id, member(QRB_MEMBER_EMAILS.doi).id, member(QRB_MEMBER_EMAILS.dot).id] },
      201,
    );
    const clean = await admin.send<{ id: string }>(
      'POST',
      '/api/qrb/boards',
      { convenesOn: dayFromToday(8), label: 'Board without DOE', memberIds: [member(QRB_MEMBER_EMAILS.doi).id, member(QRB_MEMBER_EMAILS.dot).id, member(QRB_MEMBER_EMAILS.opm).id] },
      201,
    );
    await opm.page.goto(`/qrb/cases/${seeded.id}`);
    const options = opm.page.getByTestId('board-option');
    await expect.poll(() => options.count(), SLOW).toBe(2);
    const withDoe = options.filter({ has: opm.page.getByRole('heading', { name: /^Board with DOE/ }) });
    const withoutDoe = options.filter({ has: opm.page.getByRole('heading', { name: /^Board without DOE/ }) });
    expect(await withDoe.getByTestId('board-eligibility').innerText()).toMatch(/^Cannot take this case\./);
    expect(await withDoe.getByTestId('board-errors').innerText()).toContain(
      `${member(QRB_MEMBER_EMAILS.doe).name} cannot sit on this case: they serve at Department of Energy, the candidate's own agency.`,
    );
    expect(await withDoe.getByRole('button').count()).toBe(0);
    expect(await withDoe.getByRole('table').innerText()).toMatch(/Demo qrb member \(DOE\)\s+Department of Energy\s+Career SES\s+Yes/);
    expect(await withoutDoe.getByTestId('board-eligibility').innerText()).toMatch(/^Can take this case\./);
    expect(await withoutDoe.getByRole('table').innerText()).toContain('Noncareer SES');
    expect(await opm.page.getByRole('link', { name: 'Assemble a board' }).getAttribute('href')).toBe('/qrb/boards/new');
    await opm.expectAccessible('OPM’s case with the boards to assign it to');
    await opm.screenshot('qrb-case-assign');

    await withoutDoe.getByRole('button', { name: `Assign the case to Board without DOE (convening ${longDate(dayFromToday(8))})` }).click();
    await expect.poll(() => opm.page.getByTestId('case-notice').innerText()).toContain('Case assigned to Board without DOE');
    expect(await isFocused(opm.page, 'ecq-case-notice')).toBe(true);
    await expect.poll(() => opm.page.getByTestId('case-status').innerText()).toBe(`Assigned since ${longDate(dayFromToday(0))}`);
    expect(await opm.page.getByTestId('case-facts').innerText()).toContain(`Board without DOE, convening ${longDate(dayFromToday(8))}`);
    const assigned = await admin.get<TSeededCase>(`/api/qrb/cases/${seeded.id}`);
    expect(assigned).toMatchObject({ status: 'assigned', board: { id: clean.id } });
    expect(assigned.board?.id).not.toBe(conflicted.id);
    await expect.poll(() => opm.page.getByTestId('case-timeline').innerText()).toContain('Assigned to a board by Demo opm admin (OPM)');
    await opm.expectAccessible('OPM’s case, assigned');
    await opm.screenshot('qrb-case-assigned');

    // Until its review opens the case can move to another board; the board it is with offers no button.
    const later = await admin.send<{ id: string }>(
      'POST',
      '/api/qrb/boards',
      { convenesOn: dayFromToday(9), label: 'Later board', memberIds: [member(QRB_MEMBER_EMAILS.doi).id, member(QRB_MEMBER_EMAILS.dot).id, member(QRB_MEMBER_EMAILS.opm).id] },
      201,
    );
    await opm.page.reload();
    const move = opm.page.getByTestId('section-assign');
    await expect.poll(() => move.getByRole('heading', { level: 2 }).innerText(), SLOW).toBe('Move to another board');
    expect(await move.getByTestId('case-assign-current').innerText()).toContain(`The case is with Board without DOE (convening ${longDate(dayFromToday(8))}).`);
    await expect.poll(() => options.count(), SLOW).toBe(3);
    const current = options.filter({ has: opm.page.getByRole('heading', { name: /^Board without DOE/ }) });
    expect(await current.getByTestId('board-eligibility').innerText()).toMatch(/^The case is with this board\. 1 case with this board\.$/);
    expect(await current.getByRole('button').count()).toBe(0);
    await opm.expectAccessible('OPM’s assigned case, with the boards it could move to');
    await opm.screenshot('qrb-case-move');
    await options
      .filter({ has: opm.page.getByRole('heading', { name: /^Later board/ }) })
      .getByRole('button', { name: `Move the case to Later board (convening ${longDate(dayFromToday(9))})` })
      .click();
    await expect.poll(() => opm.page.getByTestId('case-notice').innerText()).toContain('Case moved to Later board');
    expect(await opm.page.getByTestId('case-notice').innerText()).toContain('The members of both boards, the agency and the candidate have been told.');
    await expect.poll(() => opm.page.getByTestId('case-facts').innerText()).toContain(`Later board, convening ${longDate(dayFromToday(9))}`);
    await expect.poll(() => opm.page.getByTestId('case-timeline').innerText()).toMatch(/Assigned to a board by Demo opm admin \(OPM\)[\s\S]*Moved to another board by Demo opm admin \(OPM\)/);
    expect((await admin.get<TSeededCase>(`/api/qrb/cases/${seeded.id}`)).board?.id).toBe(later.id);

    // OPM's list names the agency, and filters by it.
    await nav(opm.page).getByRole('link', { name: 'QRB cases' }).click();
    await expect.poll(() => opm.page.getByTestId('qrb-cases').getByRole('columnheader', { name: 'Agency' }).count()).toBe(1);
    await opm.page.getByLabel('Agency').selectOption({ label: 'Department of the Interior (DOI)' });
    await expect.poll(() => opm.page.getByTestId('cases-count').innerText()).toBe('No case matches these filters.');
    await opm.page.getByLabel('Agency').selectOption({ label: 'Department of Energy (DOE)' });
    await expect.poll(() => opm.page.getByTestId('qrb-cases').getByRole('link', { name: 'Alex Kim' }).count()).toBe(1);
    await opm.expectAccessible('OPM’s cases, by agency');
    expect(agency.consoleErrors).toEqual([]);
    expect(opm.consoleErrors).toEqual([]);
  }, LONG_TEST_MS);

  it('[QRB]: OPM holds, releases and opens the review; the decision, its amendment and the certificate show on the case page', async () => {
    const agency = await e2e.newPage();
    const hr = await signInContext(agency.context, DEMO_EMAILS.agencyHr);
    const candidate = await e2e.newPage();
    const me = await signInContext(candidate.context, DEMO_EMAILS.candidate);
    const opm = await e2e.newPage();
    const admin = await signInContext(opm.context, DEMO_EMAILS.opmAdmin);
    const roster = await rosterByEmail(admin);
    const emails = [QRB_MEMBER_EMAILS.doi, QRB_MEMBER_EMAILS.dot, QRB_MEMBER_EMAILS.opm];
    const board = await admin.send<{ id: string }>(
      'POST',
      '/api/qrb/boards',
      { convenesOn: dayFromToday(0), label: 'Board of today', memberIds: emails.map((email) => roster.get(email)!.id) },
      201,
    );
    const members = await Promise.all(emails.map(async (email) => signInContext((await e2e.newPage()).context, email)));
    const submitted = await seedSubmittedCase({ hr, candidate: me }, {
      positionTitle: 'Chief Information Officer',
      candidateName: 'Jamie Chen',
    });
    await admin.send('POST', `/api/qrb/cases/${submitted.id}/assign`, { version: submitted.version, boardId: board.id });

    // Hold: a note is required, and the case says why it waits.
    const { page } = opm;
    await page.goto(`/qrb/cases/${submitted.id}`);
    await expect.poll(() => page.title(), SLOW).toBe('QRB case: Jamie Chen | ECQ Workbench');
    await page.getByRole('button', { name: 'Put the case on hold' }).click();
    const holdSummary = page.locator('.ecq-error-summary').filter({ hasText: 'Say why the case is held.' });
    await expect.poll(() => holdSummary.count()).toBe(1);
    expect(await isFocused(page, 'ecq-error-summary')).toBe(true);
    await opm.expectAccessible('the hold form with its error');
    await page.getByLabel('Why the case is held').fill('Waiting for the agency to confirm the vacancy is still open.');
    await page.getByRole('button', { name: 'Put the case on hold' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Case put on hold');
    expect(await isFocused(page, 'ecq-case-notice')).toBe(true);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toContain('On hold (from assigned)');
    expect(await page.getByTestId('case-status').innerText()).toContain('Held by OPM: Waiting for the agency to confirm the vacancy is still open.');
    expect((await admin.get<TSeededCase>(`/api/qrb/cases/${submitted.id}`)).status).toBe('on_hold');
    await opm.expectAccessible('a held case');
    await opm.screenshot('qrb-case-held');

    await page.getByRole('button', { name: 'Release the hold' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Case released from hold');
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe(`Assigned since ${longDate(dayFromToday(0))}`);
    await page.getByRole('button', { name: 'Open the review' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Review opened');
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe(`In review since ${longDate(dayFromToday(0))}`);
    expect((await admin.get<TSeededCase>(`/api/qrb/cases/${submitted.id}`)).status).toBe('in_review');
    // OPM decides on the review page (the board's reviews are there), not here.
    expect(await page.getByRole('link', { name: 'Read the board’s reviews and decide' }).getAttribute('href')).toBe(`/qrb/cases/${submitted.id}/review`);
    expect(await page.getByRole('link', { name: 'Record your review' }).count()).toBe(0);
    expect(await page.getByTestId('case-timeline').innerText()).toMatch(/Put on hold by Demo opm admin \(OPM\)[\s\S]*Released from hold[\s\S]*Review begun/);

    // A member of the board is led to their review.
    const member = await e2e.newPage();
    await signInContext(member.context, QRB_MEMBER_EMAILS.dot);
    await member.page.goto(`/qrb/cases/${submitted.id}`);
    const reviewLink = member.page.getByRole('link', { name: 'Record your review' });
    await expect.poll(() => reviewLink.count(), SLOW).toBe(1);
    expect(await reviewLink.getAttribute('href')).toBe(`/qrb/cases/${submitted.id}/review`);
    expect(await member.page.getByTestId('section-check').count()).toBe(0);
    expect(await member.page.getByTestId('section-hold').count()).toBe(0);
    await member.expectAccessible('a board member’s view of a case in review');

    // The board disapproves on Driving Results; OPM finalises it.
    const remark = 'Examples show team scope, not executive scope.';
    await recordReviews(members, submitted.id, [['DR'], [], []], remark);
    const inReview = await admin.get<TSeededCase>(`/api/qrb/cases/${submitted.id}`);
    await admin.send('POST', `/api/qrb/cases/${submitted.id}/decide`, { version: inReview.version, generalRemarks: 'Leadership is evident; results need executive scope.' });
    const settings = await admin.get<{ settings: { resubmissionDueDays: number } }>('/api/qrb/settings');
    const resubmissionDue = dayFromToday(settings.settings.resubmissionDueDays);
    await page.reload();
    const decisions = page.getByTestId('case-decisions');
    await expect.poll(() => decisions.innerText(), SLOW).toContain(`Decision 1: Disapproved, ${longDate(dayFromToday(0))}`);
    expect(await decisions.innerText()).toMatch(new RegExp(`Resubmission due\\s+${longDate(resubmissionDue)}`));
    const driving = decisions.getByRole('row', { name: /Driving Results \(DR\)/ });
    expect(await driving.innerText()).toMatch(new RegExp(`Not met\\s+2\\s+1\\s+${remark}`));
    expect(await decisions.getByRole('row', { name: /Leading Change \(LC\)/ }).innerText()).toMatch(/Met\s+3\s+0\s+None/);
    await opm.expectAccessible('a decided case with its amendment form');

    // An amendment needs a reason and a change; the remarks as first recorded stay readable.
    await page.getByRole('button', { name: 'Amend the decision' }).click();
    const amendSummary = page.locator('.ecq-error-summary').filter({ hasText: 'Say why the remarks are corrected.' });
    await expect.poll(() => amendSummary.count()).toBe(1);
    expect(await amendSummary.innerText()).toContain('Nothing to correct');
    await page.getByLabel('Reason for the correction').fill('The remarks named the wrong example.');
    await page.getByLabel('Remarks on Driving Results (DR)').fill('Example 2 shows team scope, not executive scope.');
    await page.getByRole('button', { name: 'Amend the decision' }).click();
    await expect.poll(() => page.getByTestId('case-notice').innerText()).toContain('Decision amended');
    await expect.poll(() => driving.innerText()).toContain('Example 2 shows team scope, not executive scope.');
    expect(await decisions.innerText()).toContain(`${longDate(dayFromToday(0))}: The remarks named the wrong example.`);
    await decisions.getByText('The remarks as first recorded').click();
    const original = decisions.getByRole('table', { name: /as first recorded/ });
    expect(await original.getByRole('row', { name: /Driving Results \(DR\)/ }).innerText()).toContain(remark);
    const amended = await admin.get<{ decisions: { amendments: { reason: string }[]; outcome: string }[] }>(`/api/qrb/cases/${submitted.id}`);
    expect(amended.decisions[0]).toMatchObject({ outcome: 'disapproved', amendments: [{ reason: 'The remarks named the wrong example.' }] });
    await opm.expectAccessible('an amended decision, as first recorded open');
    await opm.screenshot('qrb-case-amended');

    // The agency sees the returned case with its resubmission deadline, and may resubmit it.
    await agency.page.goto(`/qrb/cases/${submitted.id}`);
    await expect.poll(() => agency.page.getByTestId('agency-due').innerText(), SLOW).toBe(`${longDate(resubmissionDue)} (a resubmission is due)`);
    expect(await agency.page.getByRole('button', { name: 'Resubmit the case to the QRB' }).count()).toBe(1);
    expect(await agency.page.getByRole('link', { name: 'Download the certificate (PDF)' }).count()).toBe(0);
    await agency.expectAccessible('the agency’s returned case');
    await agency.screenshot('qrb-case-returned');

    // An approved case offers its certificate to the agency.
    const approved = await seedSubmittedCase({ hr, candidate: me }, {
      positionTitle: 'Chief Financial Officer',
      candidateName: 'Taylor Brooks',
    });
    const assigned = await admin.send<{ case: TSeededCase }>('POST', `/api/qrb/cases/${approved.id}/assign`, { version: approved.version, boardId: board.id });
    const opened = await admin.send<{ case: TSeededCase }>('POST', `/api/qrb/cases/${approved.id}/start-review`, { version: assigned.case.version });
    await recordReviews(members, approved.id, [[], [], []], '');
    await admin.send('POST', `/api/qrb/cases/${approved.id}/decide`, { version: opened.case.version });
    await agency.page.goto(`/qrb/cases/${approved.id}`);
    const certificate = agency.page.getByRole('link', { name: 'Download the certificate (PDF)' });
    await expect.poll(() => certificate.count(), SLOW).toBe(1);
    const href = await certificate.getAttribute('href');
    expect(href).toBe(`/api/qrb/cases/${approved.id}/certificate`);
    const pdf = await agency.context.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await agency.page.getByTestId('case-status').innerText()).toContain('Decided (approved)');
    await agency.expectAccessible('an approved case');
    await agency.screenshot('qrb-case-approved');
    expect(opm.consoleErrors).toEqual([]);
    expect(agency.consoleErrors).toEqual([]);
    expect(member.consoleErrors).toEqual([]);
  }, LONG_TEST_MS);
});
