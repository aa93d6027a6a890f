import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, signInContext, type TApi } from './harness/api';
import { DEMO_EMAILS, startE2eApp, type TE2eApp } from './harness/e2e-app';
import { focusedName } from './harness/keyboard';
import { backdateCaseStatus, poll, QRB_MEMBER_EMAILS, rosterByEmail, seedSubmittedCase, settled } from './harness/qrb';

let e2e: TE2eApp;
/** The agency's staff and the candidate, who build the cases OPM receives (through the API, in cookie jars of their own). */
let agency: { readonly hr: Awaited<ReturnType<typeof apiAs>>; readonly candidate: Awaited<ReturnType<typeof apiAs>> };
beforeAll(async () => {
  e2e = await startE2eApp();
  agency = { hr: await apiAs(e2e.url, DEMO_EMAILS.agencyHr), candidate: await apiAs(e2e.url, DEMO_EMAILS.candidate) };
});
afterAll(async () => {
  await agency?.hr.dispose();
  await agency?.candidate.dispose();
  await e2e?.close();
});

interface TMember {
  id: string;
  userId: string;
  name: string;
  appointment: string;
  hasPriorQrbService: boolean;
  isActive: boolean;
  version: number;
}

/** A QRB member user of an agency, created by OPM through the API (not yet on the roster). */
async function createMemberUser(opm: TApi, options: { email: string; displayName: string; agencyCode: string }): Promise<{ id: string }> {
  const agencies = await opm.get<{ items: { id: string; code: string }[] }>('/api/agencies?limit=200');
  const agency = agencies.items.find((a) => a.code === options.agencyCode)!;
  return opm.send<{ id: string }>(
    'POST',
    '/api/users',
    { email: options.email, displayName: options.displayName, password: 'a-long-e2e-password-31', agencyId: agency.id, roles: ['qrb_member'] },
    201,
  );
}

const label = (page: Page, id: string) => page.locator(`label[for="${id}"]`);

describe('QRB administration', () => {
  it('[QRB]: OPM adds a member to the roster and edits them', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const opm = await signInContext(context, DEMO_EMAILS.opmAdmin);
    const user = await createMemberUser(opm, { email: 'dana.reyes@ecq.example', displayName: 'Dana Reyes', agencyCode: 'DOI' });

    await page.goto('/qrb/admin');
    await poll(() => page.title()).toBe('QRB administration | ECQ Workbench');
    const cards = page.getByTestId('admin-cards');
    await poll(() => cards.innerText()).toContain('4 active members');
    await settled(page);
    await expectAccessible('the QRB administration page');
    await screenshot('qrb-admin');

    await cards.getByRole('link', { name: 'Roster' }).click();
    await poll(() => page.title()).toBe('QRB roster | ECQ Workbench');
    const roster = page.getByTestId('roster');
    await poll(() => roster.locator('tbody tr').count()).toBe(4);
    expect(await roster.locator('tbody tr').first().innerText()).toMatch(/Demo qrb member \(DOE\)[\s\S]*Department of Energy[\s\S]*Career SES[\s\S]*Yes[\s\S]*Active/);
    await settled(page);
    await expectAccessible('the roster');

    // Nothing chosen: the form says what is missing, before sending anything, and focuses its summary.
    await page.getByRole('button', { name: 'Add to the roster' }).click();
    const summary = page.locator('.ecq-error-summary');
    await poll(() => summary.innerText()).toContain('Choose the person to add to the roster.');
    expect(await summary.innerText()).toContain('Choose whether the member is a career or a noncareer SES member.');
    expect(await focusedName(page)).toMatch(/^There is a problem/);
    expect(await page.locator('#userId').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('the add-member form with errors');

    const person = page.getByLabel('Person');
    expect(await person.locator('option').allInnerTexts()).toEqual(['- Select -', 'Dana Reyes (DOI, dana.reyes@ecq.example)']);
    await person.selectOption({ label: 'Dana Reyes (DOI, dana.reyes@ecq.example)' });
    await label(page, 'appointment-career').click();
    await label(page, 'hasPriorQrbService').click();
    await page.getByRole('button', { name: 'Add to the roster' }).click();
    await poll(() => page.getByTestId('member-added').innerText()).toContain('Dana Reyes was added to the roster');
    expect(await focusedName(page)).toContain('Dana Reyes was added to the roster');
    await poll(() => roster.locator('tbody tr').count()).toBe(5);
    let members = await opm.get<{ items: TMember[] }>('/api/qrb/members?limit=100');
    const dana = members.items.find((m) => m.userId === user.id);
    expect(dana).toMatchObject({ name: 'Dana Reyes', appointment: 'career', hasPriorQrbService: true, isActive: true, version: 1 });
    // Everyone with the role is on the roster now: nobody is left to add.
    await poll(() => page.getByTestId('no-candidates').count()).toBe(1);
    await expectAccessible('the roster after adding a member');

    // Edit: focus goes to the form, and back to the member's Edit button after saving.
    await page.getByRole('button', { name: 'Edit Dana Reyes' }).click();
    await poll(() => focusedName(page)).toBe('edit-member-heading');
    await label(page, 'edit-hasPriorQrbService').click();
    await label(page, 'edit-isActive').click();
    await expectAccessible('the edit-member form');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await poll(() => page.getByTestId('member-saved').innerText()).toContain('Dana Reyes’s roster entry was saved: Career SES, no prior QRB service, inactive.');
    expect(await focusedName(page)).toBe('Edit Dana Reyes');
    members = await opm.get<{ items: TMember[] }>('/api/qrb/members?limit=100');
    expect(members.items.find((m) => m.userId === user.id)).toMatchObject({ hasPriorQrbService: false, isActive: false, version: 2 });

    // Filters: DOI's members, then the inactive ones.
    await page.getByLabel('Agency').selectOption({ label: 'Department of the Interior (DOI)' });
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await poll(() => roster.locator('tbody tr').count()).toBe(2);
    await page.getByLabel('Agency').selectOption({ label: 'All agencies' });
    await page.getByLabel('Active', { exact: true }).selectOption({ label: 'Inactive only' });
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await poll(() => roster.locator('tbody tr').count()).toBe(1);
    expect(await roster.innerText()).toContain('Dana Reyes');
    expect(page.url()).toContain('active=false');
    await screenshot('qrb-roster');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: OPM assembles a board, the live check refusing two members of one agency and a conflict of interest', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const opm = await signInContext(context, DEMO_EMAILS.opmAdmin);
    const second = await createMemberUser(opm, { email: 'sam.okafor@ecq.example', displayName: 'Sam Okafor', agencyCode: 'DOI' });
    await opm.send('POST', '/api/qrb/members', { userId: second.id, appointment: 'career', hasPriorQrbService: false }, 201);
    const doeCase = await seedSubmittedCase(agency, { candidateName: 'Avery Chen', positionTitle: 'Director, Office of Grid Security', basis: 'A' });
    const roster = await rosterByEmail(opm);
    const idOf = (email: string) => roster.get(email)!.id;
    const boardsBefore = await opm.get<{ items: unknown[] }>('/api/qrb/boards?limit=100');

    await page.goto('/qrb/boards');
    await poll(() => page.title()).toBe('QRB boards | ECQ Workbench');
    await page.getByRole('link', { name: 'Assemble a board' }).click();
    await poll(() => page.title()).toBe('Assemble a QRB board | ECQ Workbench');
    const check = page.getByTestId('live-check-result');
    await poll(() => check.innerText()).toContain('Choose members to see whether the board meets the rules.');
    await settled(page);
    await expectAccessible('the assemble form');

    const member = (email: string) => label(page, `member-${idOf(email)}`);
    await member(QRB_MEMBER_EMAILS.doi).click();
    await label(page, `member-${idOf('sam.okafor@ecq.example')}`).click();
    await member(QRB_MEMBER_EMAILS.dot).click();
    await settled(page);
    await poll(() => check.innerText()).toContain('Not valid: 1 problem');
    expect(await check.innerText()).toContain(
      "Agencies not distinct: A board's members come from 3 different agencies; this one has 2 (Demo qrb member (DOI) and Sam Okafor both serve at Department of the Interior).",
    );
    await expectAccessible('the live check refusing a board');
    await screenshot('qrb-assemble-invalid');

    // Submitted anyway, the API refuses it with its problems, and nothing is written.
    await page.getByRole('button', { name: 'Assemble the board' }).click();
    const summary = page.locator('.ecq-error-summary');
    await poll(() => summary.innerText()).toContain('The board was not assembled');
    expect(await summary.innerText()).toContain('this one has 2');
    expect(await focusedName(page)).toMatch(/^The board was not assembled/);
    expect((await opm.get<{ items: unknown[] }>('/api/qrb/boards?limit=100')).items).toHaveLength(boardsBefore.items.length);
    await expectAccessible('the assemble form refused by the API');

    // Against the DOE case, the DOE member is a conflict of interest, explained.
    await label(page, `member-${idOf('sam.okafor@ecq.example')}`).click();
    await member(QRB_MEMBER_EMAILS.doe).click();
    // The refusal was about the members chosen then: it goes as the choice changes.
    expect(await summary.count()).toBe(0);
    await page.getByLabel('Check against a case (optional)').selectOption({ value: doeCase.id });
    await settled(page);
    await poll(() => check.innerText()).toContain('Not valid: 1 problem for Avery Chen’s case (Department of Energy)');
    expect(await check.innerText()).toContain(
      "Conflict of interest: Demo qrb member (DOE) cannot sit on this case: they serve at Department of Energy, the candidate's own agency.",
    );
    await expectAccessible('the live check with a conflict of interest');
    await screenshot('qrb-assemble-conflict');

    // DOI, DOT and OPM: three agencies, two career members of three, one with prior service.
    await member(QRB_MEMBER_EMAILS.doe).click();
    await member(QRB_MEMBER_EMAILS.opm).click();
    await settled(page);
    await poll(() => check.innerText()).toContain('Valid for Avery Chen’s case (Department of Energy): this board meets every rule');
    await expectAccessible('the live check of a valid board');
    await page.getByLabel('Label (optional)').fill('E2E board');
    await page.getByRole('button', { name: 'Assemble the board' }).click();
    await poll(() => page.title()).toBe('QRB boards | ECQ Workbench');
    await poll(() => page.getByTestId('board-assembled').innerText()).toContain('Board assembled');
    const boards = await opm.get<{ items: { id: string; label: string | null; convenesOn: string; members: { id: string }[]; check: { isValid: boolean } }[] }>(
      '/api/qrb/boards?limit=100',
    );
    const created = boards.items.find((b) => b.label === 'E2E board');
    expect(created?.check.isValid).toBe(true);
    expect(created?.members.map((m) => m.id).sort()).toEqual([idOf(QRB_MEMBER_EMAILS.doi), idOf(QRB_MEMBER_EMAILS.dot), idOf(QRB_MEMBER_EMAILS.opm)].sort());
    const card = page.locator(`[data-board-id="${created!.id}"]`);
    await poll(() => card.innerText()).toContain('Valid: this board meets every rule');
    expect(await card.innerText()).toMatch(/Demo qrb member \(OPM\)\s+Office of Personnel Management\s+Noncareer SES\s+No/);
    await settled(page);
    await expectAccessible('the boards list');
    await screenshot('qrb-boards');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: the queue shows the submitted cases, longest waiting first, with their age', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    await signInContext(context, DEMO_EMAILS.opmAdmin);
    const waited = await seedSubmittedCase(agency, { candidateName: 'Morgan Diaz', positionTitle: 'Deputy Director, Fossil Energy', basis: 'A' });
    const fresh = await seedSubmittedCase(agency, { candidateName: 'Riley Park', positionTitle: 'Chief of Staff, Nuclear Security', basis: 'B' });
    await backdateCaseStatus(e2e.handle, waited.id, 41);

    await page.goto('/qrb/admin');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'QRB queue' }).click();
    await poll(() => page.title()).toBe('QRB queue | ECQ Workbench');
    const queue = page.getByTestId('queue');
    await poll(() => queue.locator(`tr[data-case-id="${fresh.id}"]`).count()).toBe(1);
    const first = queue.locator('tbody tr').first();
    expect(await first.getAttribute('data-case-id')).toBe(waited.id);
    expect(await first.innerText()).toMatch(/^Morgan Diaz\s+Deputy Director, Fossil Energy\s+41 days\s+DOE[\s\S]*A: executive experience\s+Submitted/);
    expect(await first.locator('.ecq-qrb-age').getAttribute('class')).toContain('is-long');
    expect(await queue.locator(`tr[data-case-id="${fresh.id}"]`).innerText()).toMatch(/^Riley Park\s+Chief of Staff, Nuclear Security\s+Today[\s\S]*B: CDP graduate\s+Submitted/);
    expect(await first.getByRole('link', { name: 'Morgan Diaz' }).getAttribute('href')).toBe(`/qrb/cases/${waited.id}`);
    await poll(() => page.getByTestId('queue-count').innerText()).toMatch(/^\d+ cases waiting for a board\.$/);
    await settled(page);
    await expectAccessible('the queue');
    await screenshot('qrb-queue');

    // Basis B only: the basis-A case leaves the list; the filter is in the address.
    await page.getByLabel('Basis').selectOption({ label: 'B: CDP graduate' });
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    // While the filtered list loads, neither row is shown: wait for both facts together.
    const rowCounts = async () => [await queue.locator(`tr[data-case-id="${waited.id}"]`).count(), await queue.locator(`tr[data-case-id="${fresh.id}"]`).count()];
    await poll(rowCounts).toEqual([0, 1]);
    expect(page.url()).toContain('basis=B');
    // Assigned only: none of them.
    await label(page, 'status-submitted').click();
    await label(page, 'status-resubmitted').click();
    await label(page, 'status-assigned').click();
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await poll(() => page.getByTestId('queue-empty').innerText()).toBe('No case matches these filters.');
    expect(page.url()).toContain('status=assigned');
    await expectAccessible('the queue filtered to nothing');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: an agency-head transition holds a basis-A case and not a basis-B case, and its end releases it', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const opm = await signInContext(context, DEMO_EMAILS.opmAdmin);
    const caseA = await seedSubmittedCase(agency, { candidateName: 'Jordan Blake', positionTitle: 'Director, Office of Science', basis: 'A' });
    const caseB = await seedSubmittedCase(agency, { candidateName: 'Casey Lin', positionTitle: 'Director, Office of Policy', basis: 'B' });

    await page.goto('/qrb/transitions');
    await poll(() => page.title()).toBe('Agency-head transitions | ECQ Workbench');
    await poll(() => page.getByTestId('transitions-empty').count()).toBe(1);
    await settled(page);
    await expectAccessible('the transitions page');

    await page.getByRole('button', { name: 'Record the transition and hold the cases' }).click();
    const summary = page.locator('.ecq-error-summary');
    await poll(() => summary.innerText()).toContain('Choose the agency whose head is changing.');
    expect(await summary.innerText()).toContain('Write a note');
    await expectAccessible('the transition form with errors');

    await page.getByLabel('Agency').selectOption({ label: 'Department of Energy (DOE)' });
    await page.getByLabel('Note').fill('The Secretary left on Friday; the Deputy Secretary acts.');
    await page.getByRole('button', { name: 'Record the transition and hold the cases' }).click();
    const plan = page.getByTestId('hold-plan');
    await poll(() => plan.count()).toBe(1);
    expect(await focusedName(page)).toBe('plan-heading');
    expect(await page.locator('#plan-heading').innerText()).toMatch(/^Department of Energy’s head transition recorded from .*: \d+ cases? held, \d+ cases? continuing$/);
    const rowA = plan.locator(`tr[data-case-id="${caseA.id}"]`);
    const rowB = plan.locator(`tr[data-case-id="${caseB.id}"]`);
    await poll(() => rowA.innerText()).toMatch(/Jordan Blake[\s\S]*On hold[\s\S]*Held[\s\S]*held while the agency's head changes/);
    await poll(() => rowB.innerText()).toMatch(/Casey Lin[\s\S]*Submitted[\s\S]*Continues[\s\S]*B cases continue during an agency-head transition/);
    expect(await rowA.getAttribute('data-action')).toBe('hold');
    expect(await rowB.getAttribute('data-action')).toBe('continue');
    expect((await opm.get<{ status: string }>(`/api/qrb/cases/${caseA.id}`)).status).toBe('on_hold');
    expect((await opm.get<{ status: string }>(`/api/qrb/cases/${caseB.id}`)).status).toBe('submitted');
    const table = page.getByTestId('transitions');
    await poll(() => table.innerText()).toMatch(/Department of Energy[\s\S]*Under way[\s\S]*The Secretary left on Friday/);
    await settled(page);
    await expectAccessible('the transition started, with its plan');
    await screenshot('qrb-transition-started');

    await table.getByRole('button', { name: 'End the transition at Department of Energy: its new head is in place' }).click();
    await poll(() => page.locator('#plan-heading').innerText()).toMatch(/^Department of Energy’s head transition ended on .*: \d+ cases? released$/);
    expect(await focusedName(page)).toBe('plan-heading');
    await poll(() => plan.locator(`tr[data-case-id="${caseA.id}"]`).innerText()).toMatch(/Jordan Blake[\s\S]*Submitted[\s\S]*Released/);
    expect(await plan.locator(`tr[data-case-id="${caseB.id}"]`).count()).toBe(0);
    expect((await opm.get<{ status: string }>(`/api/qrb/cases/${caseA.id}`)).status).toBe('submitted');
    const transitions = await opm.get<{ items: { isOpen: boolean; endedOn: string | null }[] }>('/api/qrb/agency-head-transitions');
    expect(transitions.items[0]).toMatchObject({ isOpen: false });
    await poll(() => table.innerText()).toContain('Ended');
    await settled(page);
    await expectAccessible('the transition ended, with its releases');
    await screenshot('qrb-transition-ended');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: OPM changes the decision rule to majority and back', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const opm = await signInContext(context, DEMO_EMAILS.opmAdmin);
    const before = await opm.get<{ version: number; settings: { decisionRule: string } }>('/api/qrb/settings');
    expect(before.settings.decisionRule).toBe('unanimous');

    await page.goto('/qrb/settings');
    await poll(() => page.title()).toBe('QRB settings | ECQ Workbench');
    const table = page.getByTestId('settings');
    await poll(() => table.locator('tr[data-setting="decisionRule"]').innerText()).toMatch(
      /Decision rule\s+Unanimous: An ECQ is met only when every member finds it met[\s\S]*Default \(POLICY\.md §2\)[\s\S]*medium confidence/,
    );
    expect(await table.locator('tr[data-setting="boardSize"]').innerText()).toMatch(/3 members[\s\S]*medium-high confidence/);
    await expectAccessible('the settings page');

    // Refused before sending: more agencies than members, and a day count that is not a number.
    await page.getByLabel('Minimum different agencies').fill('4');
    await page.getByLabel('Case due (days after the announcement closes)').fill('ninety');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    const summary = page.locator('.ecq-error-summary');
    await poll(() => summary.innerText()).toContain('Enter a whole number of days from 1 to 3,650.');
    expect(await summary.innerText()).toContain('The agencies a board draws from cannot outnumber its members');
    expect((await opm.get<{ version: number }>('/api/qrb/settings')).version).toBe(before.version);
    await expectAccessible('the settings form with errors');

    await page.getByLabel('Minimum different agencies').fill('3');
    await page.getByLabel('Case due (days after the announcement closes)').fill('90');
    await label(page, 'decisionRule-majority').click();
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await poll(() => page.getByTestId('settings-saved').innerText()).toContain(`Settings saved (version ${before.version + 1})`);
    expect(await focusedName(page)).toContain('Settings saved');
    let now = await opm.get<{ version: number; settings: { decisionRule: string; minBoardAgencies: number; caseDueDays: number }; overrides: Record<string, unknown> }>(
      '/api/qrb/settings',
    );
    expect(now).toMatchObject({ version: before.version + 1, settings: { decisionRule: 'majority', minBoardAgencies: 3, caseDueDays: 90 }, overrides: { decisionRule: 'majority' } });
    await poll(() => table.locator('tr[data-setting="decisionRule"]').innerText()).toMatch(/Majority: An ECQ is met when more than half[\s\S]*Changed for this deployment \(default: Unanimous\)/);
    await expectAccessible('the settings after a change');
    await screenshot('qrb-settings');

    await label(page, 'decisionRule-unanimous').click();
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await poll(() => page.getByTestId('settings-saved').innerText()).toContain(`Settings saved (version ${before.version + 2})`);
    now = await opm.get('/api/qrb/settings');
    expect(now.settings.decisionRule).toBe('unanimous');
    expect(consoleErrors).toEqual([]);
  });
});
