import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, signInContext, type TApi } from './harness/api';
import { DEMO_EMAILS, startE2eApp, type TE2eApp, type TE2ePage } from './harness/e2e-app';
import { focusedName, tabTo, tabUntil } from './harness/keyboard';
import { dayFromToday, ECQS_2025, poll, QRB_MEMBER_EMAILS, rosterByEmail, seedSubmittedCase, settled } from './harness/qrb';

const DR_REMARKS = 'The examples show a team’s results, not an organisation’s: no budget, no measures beyond the unit.';
const BOARD_DR_REMARKS = 'Driving Results is not shown at executive scope: the results are a team’s, not an organisation’s.';
const GENERAL_REMARKS = 'The board found four ECQs met and Driving Results not demonstrated.';

interface TReviews {
  mine: { version: number; recommendation: string; findings: { ecqCode: string; finding: string; remarks: string }[] } | null;
  reviews: unknown[];
  derivation: { ok: boolean };
}

let e2e: TE2eApp;
let caseId = '';
let reviewUrl = '';
/** Each member's browser (a context of their own) and API. */
const members = new Map<string, { readonly tab: TE2ePage; readonly api: TApi }>();

beforeAll(async () => {
  e2e = await startE2eApp();
  // A DOE case assigned (through the API) to a board of DOI, DOT and OPM members convening today.
  const opm = await apiAs(e2e.url, DEMO_EMAILS.opmAdmin);
  const hr = await apiAs(e2e.url, DEMO_EMAILS.agencyHr);
  const candidate = await apiAs(e2e.url, DEMO_EMAILS.candidate);
  const seeded = await seedSubmittedCase({ hr, candidate }, { candidateName: 'Taylor Morgan', positionTitle: 'Director, Office of Energy Efficiency' });
  await hr.dispose();
  await candidate.dispose();
  caseId = seeded.id;
  reviewUrl = `/qrb/cases/${caseId}/review`;
  const roster = await rosterByEmail(opm);
  const board = await opm.send<{ id: string }>(
    'POST',
    '/api/qrb/boards',
    { convenesOn: dayFromToday(0), label: 'Review board', memberIds: [QRB_MEMBER_EMAILS.doi, QRB_MEMBER_EMAILS.dot, QRB_MEMBER_EMAILS.opm].map((email) => roster.get(email)!.id) },
    201,
  );
  await opm.send('POST', `/api/qrb/cases/${caseId}/assign`, { version: seeded.version, boardId: board.id });
  await opm.dispose();
  for (const email of [QRB_MEMBER_EMAILS.doi, QRB_MEMBER_EMAILS.dot, QRB_MEMBER_EMAILS.opm]) {
    const tab = await e2e.newPage();
    members.set(email, { tab, api: await signInContext(tab.context, email) });
  }
});
afterAll(async () => e2e?.close());

function member(email: string) {
  return members.get(email)!;
}

const label = (page: Page, id: string) => page.locator(`label[for="${id}"]`);

/** Chooses a finding per ECQ by clicking its label ("meets" unless listed). */
async function chooseFindings(page: Page, lacking: readonly string[] = []): Promise<void> {
  for (const code of ECQS_2025) await label(page, `finding-${code}-${lacking.includes(code) ? 'does_not_meet' : 'meets'}`).click();
}

async function openReview(page: Page): Promise<void> {
  await page.goto(reviewUrl);
  await poll(() => page.title()).toBe('Review: Taylor Morgan | ECQ Workbench');
  await settled(page);
}

describe('QRB review', () => {
  it('[QRB]: a member begins the review, marks a finding in the text and records their review', async () => {
    const { tab, api } = member(QRB_MEMBER_EMAILS.doi);
    const { page, consoleErrors, expectAccessible, screenshot } = tab;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'My QRB reviews' }).click();
    await poll(() => page.title()).toBe('My QRB reviews | ECQ Workbench');
    const assigned = page.getByTestId('cases-assigned');
    await poll(() => assigned.innerText()).toContain('Taylor Morgan');
    await poll(() => page.getByTestId('my-boards').innerText()).toMatch(/Review board[\s\S]*Demo qrb member \(DOI\) \(DOI\)[\s\S]*1 case/);
    await settled(page);
    await expectAccessible('my QRB reviews');
    await screenshot('qrb-my-reviews');

    await assigned.getByRole('link', { name: 'Begin the review of Taylor Morgan’s case' }).click();
    await poll(() => page.title()).toBe('Review: Taylor Morgan | ECQ Workbench');
    await poll(() => page.getByTestId('begin-review').count()).toBe(1);
    await settled(page);
    await expectAccessible('the review page of an assigned case');
    await page.getByRole('button', { name: 'Begin the review' }).click();
    // The review opens, and focus moves to the member's own form.
    await poll(() => focusedName(page)).toBe('review-form-heading');
    expect((await api.get<{ status: string }>(`/api/qrb/cases/${caseId}`)).status).toBe('in_review');
    expect(await page.getByTestId('case-meta').innerText()).toContain('In review');

    // A finding marks the words it points at, and takes focus there.
    const finding = page.getByTestId('review-findings').getByRole('button', { name: /NOAA is used once/ });
    await finding.click();
    await poll(() => page.evaluate('document.activeElement?.tagName')).toBe('MARK');
    expect(await page.getByTestId('package-text').locator('mark').innerText()).toBe('NOAA');
    expect(await finding.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('package-report').innerText()).toMatch(/Leading Change[\s\S]*of 2 pages/);
    expect(await page.getByTestId('evidence').innerText()).toMatch(/Appointing authority’s certification\s+Jordan Smith, Deputy Secretary/);

    await chooseFindings(page);
    await label(page, 'recommendation-approve').click();
    await page.getByRole('button', { name: 'Save my review' }).click();
    await poll(() => page.getByTestId('review-saved').innerText()).toMatch(/^Your review was saved \(version 1, /);
    const reviews = await api.get<TReviews>(`/api/qrb/cases/${caseId}/reviews`);
    expect(reviews.mine).toMatchObject({ version: 1, recommendation: 'approve' });
    expect(reviews.mine?.findings.map((f) => f.finding)).toEqual(ECQS_2025.map(() => 'meets'));
    // The board's status names who the board is waiting for.
    await poll(() => page.getByTestId('review-count').innerText()).toBe('Round 1: reviews recorded by 1 of 3 members.');
    expect(await page.getByTestId('derivation-problems').innerText()).toContain('Waiting for the review of Demo qrb member (DOT), Demo qrb member (OPM).');
    await expectAccessible('the review page with a review recorded');
    await screenshot('qrb-review');

    // The same review saved in another tab: this tab's next save is refused, and offers the saved review.
    const other = await tab.context.newPage();
    await openReview(other);
    await other.getByLabel('Remarks on Leading Change (optional)').fill('Strong change narrative.');
    await other.getByRole('button', { name: 'Save my review again' }).click();
    await poll(() => other.getByTestId('review-saved').innerText()).toMatch(/^Your review was saved \(version 2, /);
    await other.close();
    await page.getByLabel('Remarks on Leading People (optional)').fill('Led a merger of two offices.');
    await page.getByRole('button', { name: 'Save my review again' }).click();
    await poll(() => page.getByTestId('review-conflict').innerText()).toContain('Your review was saved elsewhere');
    expect(await focusedName(page)).toMatch(/^Your review was saved elsewhere/);
    await expectAccessible('the review page after a save conflict');
    expect((await api.get<TReviews>(`/api/qrb/cases/${caseId}/reviews`)).mine?.findings.find((f) => f.ecqCode === 'LP')?.remarks).toBe('');
    await page.getByRole('button', { name: 'Load the saved review' }).click();
    await poll(() => page.getByLabel('Remarks on Leading Change (optional)').inputValue()).toBe('Strong change narrative.');
    expect(await page.getByTestId('review-form').innerText()).toContain('(version 2)');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: a member finds an ECQ lacking, with remarks, and the board status updates', async () => {
    const { tab, api } = member(QRB_MEMBER_EMAILS.dot);
    const { page, consoleErrors, expectAccessible } = tab;
    await page.goto('/qrb/reviews');
    const inReview = page.getByTestId('cases-in-review');
    await poll(() => inReview.innerText()).toContain('Taylor Morgan');
    await inReview.getByRole('link', { name: 'Taylor Morgan' }).click();
    await poll(() => page.title()).toBe('Review: Taylor Morgan | ECQ Workbench');
    await settled(page);

    // Driving Results not met, no remarks, and an approval: the form warns, then refuses.
    await chooseFindings(page, ['DR']);
    await label(page, 'recommendation-approve').click();
    await poll(() => page.getByTestId('recommendation-warning').innerText()).toContain('You recommend approval but find Driving Results not met.');
    expect(await page.locator('label[for="remarks-DR"]').innerText()).toBe('Remarks on Driving Results (required: you find it not met)');
    await expectAccessible('the review form with a disagreeing recommendation');
    await page.getByRole('button', { name: 'Save my review' }).click();
    const summary = page.locator('.ecq-error-summary');
    await poll(() => summary.innerText()).toContain('Write remarks on Driving Results: say what the package lacks.');
    expect(await focusedName(page)).toMatch(/^Your review was not saved/);
    expect(await page.locator('#remarks-DR').getAttribute('aria-invalid')).toBe('true');
    expect((await api.get<TReviews>(`/api/qrb/cases/${caseId}/reviews`)).mine).toBeNull();
    await expectAccessible('the review form with errors');

    await page.locator('#remarks-DR').fill(DR_REMARKS);
    await label(page, 'recommendation-disapprove').click();
    await poll(() => page.getByTestId('recommendation-warning').innerText()).toBe('');
    await page.getByRole('button', { name: 'Save my review' }).click();
    await poll(() => page.getByTestId('review-saved').innerText()).toMatch(/^Your review was saved \(version 1, /);
    const mine = (await api.get<TReviews>(`/api/qrb/cases/${caseId}/reviews`)).mine;
    expect(mine?.recommendation).toBe('disapprove');
    expect(mine?.findings.find((f) => f.ecqCode === 'DR')).toEqual({ ecqCode: 'DR', finding: 'does_not_meet', remarks: DR_REMARKS });
    await poll(() => page.getByTestId('review-count').innerText()).toBe('Round 1: reviews recorded by 2 of 3 members.');
    const dotRow = page.getByTestId('board-reviews').getByRole('row', { name: /Demo qrb member \(DOT\)/ });
    expect(await dotRow.innerText()).toMatch(/\(you\)[\s\S]*Recorded[\s\S]*Disapprove[\s\S]*Driving Results: The examples show a team’s results/);
    expect(await page.getByTestId('derivation-problems').innerText()).toContain('Waiting for the review of Demo qrb member (OPM).');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: a member records their review by keyboard alone', async () => {
    const { tab, api } = member(QRB_MEMBER_EMAILS.opm);
    const { page, consoleErrors, expectAccessible } = tab;
    await openReview(page);
    await poll(() => page.getByTestId('review-form').count()).toBe(1);

    // Straight to Save: the summary takes focus, and its first link leads to the first ECQ.
    await tabTo(page, 'Save my review', 200);
    await page.keyboard.press('Enter');
    await poll(() => focusedName(page)).toMatch(/^Your review was not saved/);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Choose whether the package meets Leading Change.');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('finding-LC-meets');
    await page.keyboard.press('Space');
    for (const code of ECQS_2025.slice(1)) {
      await tabTo(page, `finding-${code}-meets`, 3);
      await page.keyboard.press('Space');
    }
    // Arrow keys move within a group and choose as they go.
    await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toBe('finding-BC-does_not_meet');
    expect(await page.locator('#remarks-BC').getAttribute('aria-required')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe('finding-BC-meets');
    await tabTo(page, 'recommendation-approve', 3);
    await page.keyboard.press('Space');
    await tabUntil(page, 'Save my review', (name) => name === 'Save my review', 3);
    await page.keyboard.press('Enter');
    await poll(() => page.getByTestId('review-saved').innerText()).toMatch(/^Your review was saved \(version 1, /);
    const mine = (await api.get<TReviews>(`/api/qrb/cases/${caseId}/reviews`)).mine;
    expect(mine).toMatchObject({ recommendation: 'approve' });
    expect(mine?.findings.map((f) => f.finding)).toEqual(ECQS_2025.map(() => 'meets'));

    // Every review is in: under unanimity, one member finding Driving Results lacking disapproves it.
    await poll(() => page.getByTestId('review-count').innerText()).toBe('Round 1: reviews recorded by 3 of 3 members.');
    await poll(() => page.getByTestId('derivation').innerText()).toContain('Under the unanimous rule, the board’s decision would be: Disapproved.');
    expect(await page.getByTestId('derivation-ecqs').locator('tr[data-ecq="DR"]').innerText()).toMatch(/Driving Results\s+Not met\s+2\s+1\s+The examples show/);
    expect(await page.getByTestId('derivation-ecqs').locator('tr[data-ecq="LC"]').innerText()).toMatch(/Leading Change\s+Met\s+3\s+0/);
    await expectAccessible('the review page with every review in');
    expect(consoleErrors).toEqual([]);
  });

  it('[QRB]: a member finalises the decision: disapproved under unanimity, with the board’s remarks per ECQ', async () => {
    // OPM follows the board read-only: no review form of its own.
    const opmTab = await e2e.newPage();
    await signInContext(opmTab.context, DEMO_EMAILS.opmAdmin);
    await openReview(opmTab.page);
    await poll(() => opmTab.page.getByTestId('opm-note').count()).toBe(1);
    expect(await opmTab.page.getByTestId('review-form').count()).toBe(0);
    expect(await opmTab.page.getByTestId('review-count').innerText()).toBe('Round 1: reviews recorded by 3 of 3 members.');
    await opmTab.expectAccessible('the review page as OPM');

    const { tab, api } = member(QRB_MEMBER_EMAILS.doi);
    const { page, consoleErrors, expectAccessible, screenshot } = tab;
    await page.getByRole('button', { name: 'Refresh the board’s status' }).click();
    await poll(() => page.getByTestId('decide-form').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'A final decision cannot be changed' }).innerText()).toContain(
      'Corrections to its remarks are amendments OPM records beside it',
    );
    expect(await page.getByLabel('Driving Results: not met').getAttribute('aria-describedby')).toBe(`board-remarks-DR-hint`);
    expect(await page.locator('#board-remarks-DR-hint').innerText()).toContain(`Left empty, the members’ remarks are used: “${DR_REMARKS}”`);
    await page.getByLabel('General remarks (optional)').fill(GENERAL_REMARKS);
    await page.getByLabel('Driving Results: not met').fill(BOARD_DR_REMARKS);
    await expectAccessible('the decide form');
    await screenshot('qrb-decide');
    await page.getByRole('button', { name: 'Finalise the decision: disapproved' }).click();

    await poll(() => focusedName(page)).toBe('decision-heading');
    const decision = page.getByTestId('decision');
    expect(await page.locator('#decision-heading').innerText()).toBe('Decision: Disapproved');
    expect(await decision.innerText()).toMatch(/under the unanimous rule\. The agency may resubmit the case until /);
    expect(await page.getByTestId('decision-general-remarks').innerText()).toBe(GENERAL_REMARKS);
    expect(await page.getByTestId('decision-ecqs').locator('tr[data-ecq="DR"]').innerText()).toMatch(/Driving Results\s+Not met\s+2 of 3\s+Driving Results is not shown at executive scope/);
    expect(await page.getByTestId('decision-ecqs').locator('tr[data-ecq="AOS"]').innerText()).toMatch(/Met\s+3 of 3\s+—/);
    expect(await decision.getByRole('link', { name: 'Open the case page' }).getAttribute('href')).toBe(`/qrb/cases/${caseId}`);
    expect(await decision.getByRole('link', { name: /certificate/ }).count()).toBe(0);
    expect(await page.getByTestId('review-form').count()).toBe(0);
    expect(await page.getByTestId('decide-form').count()).toBe(0);
    // What the reviews would decide is no longer shown: the decision above says what they decided.
    expect(await page.getByTestId('derivation').count()).toBe(0);
    expect(await page.getByTestId('board-reviews').innerText()).toMatch(/Demo qrb member \(DOT\)[\s\S]*Disapprove[\s\S]*Driving Results/);

    const decided = await api.get<{
      status: string;
      outcome: string;
      decisions: { outcome: string; rule: string; generalRemarks: string; ecqs: { ecqCode: string; isMet: boolean; remarks: string }[] }[];
    }>(`/api/qrb/cases/${caseId}`);
    expect(decided).toMatchObject({ status: 'decided', outcome: 'disapproved' });
    expect(decided.decisions).toHaveLength(1);
    expect(decided.decisions[0]).toMatchObject({ outcome: 'disapproved', rule: 'unanimous', generalRemarks: GENERAL_REMARKS });
    expect(decided.decisions[0]!.ecqs.find((e) => e.ecqCode === 'DR')).toMatchObject({ isMet: false, remarks: BOARD_DR_REMARKS });
    expect(decided.decisions[0]!.ecqs.filter((e) => e.isMet).map((e) => e.ecqCode)).toEqual(['LC', 'LP', 'AOS', 'BC']);
    await expectAccessible('the decision');
    await screenshot('qrb-decision');

    // The member's list now has the case among the decided ones, linking to the case page.
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'My QRB reviews' }).click();
    const decidedGroup = page.getByTestId('cases-decided');
    await poll(() => decidedGroup.innerText()).toMatch(/Taylor Morgan[\s\S]*Decided \(disapproved\)/);
    expect(await decidedGroup.getByRole('link', { name: 'Taylor Morgan' }).getAttribute('href')).toBe(`/qrb/cases/${caseId}`);
    expect(consoleErrors).toEqual([]);
    expect(opmTab.consoleErrors).toEqual([]);
  });
});
