import { readFile } from 'node:fs/promises';
import { ECQ_2006, ECQ_2025, ecqsOf, segmentNarrative } from '@ecq/core';
import { exportNarrativeDocx } from '@ecq/documents';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS, startE2eApp, type TE2eApp } from './harness/e2e-app';
import { focusedName, tabTo, tabUntil } from './harness/keyboard';
import { corpusText, narrativeApi, packageText } from './harness/narratives';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());

const EXECUTIVE_EMAIL = 'executive@ecq.example';
const DRAFT_PREFIX = 'ecq-workbench:draft:';

const textarea = (page: Page) => page.locator('#narrative-text');
const saveStatus = (page: Page) => page.getByTestId('save-status');

/** Opens a package's editor and waits for its first analysis. */
async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`/narratives/${id}`);
  await expect.poll(() => page.getByTestId('analysis-timing').count(), { timeout: 15_000 }).toBe(1);
}

/** Drafts this browser keeps, by key. */
function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(`Object.keys(localStorage).filter((key) => key.startsWith(${JSON.stringify(DRAFT_PREFIX)}))`);
}

describe('workbench', () => {
  it('[WORKBENCH]: create a package and see the analysis change as I type', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const api = await narrativeApi(context, DEMO_EMAILS.candidate);
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await nav.getByRole('link', { name: 'My ECQ packages' }).click();
    await expect.poll(() => page.title()).toBe('My ECQ packages | ECQ Workbench');
    const empty = page.getByTestId('narratives-empty');
    await expect.poll(() => empty.innerText()).toContain('You have no ECQ packages yet');
    await expectAccessible('the workbench list, empty');
    await screenshot('workbench-list-empty');

    await empty.getByRole('link', { name: 'Create your first package' }).click();
    await expect.poll(() => page.title()).toBe('Create an ECQ package | ECQ Workbench');
    // The model defaults to the one that governs hiring today, as the API says.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const governing = await api.get<{ packId: string }>(`/api/policy-for?process=hiring&on=${today}`);
    expect(await page.getByLabel('ECQ model').inputValue()).toBe(governing.packId);
    expect(await page.getByLabel('Candidate’s name').inputValue()).toBe('Demo candidate (DOE)');

    // The form checks what the API checks, before sending anything.
    await page.getByLabel('Candidate’s name').fill('  ');
    await page.getByRole('button', { name: 'Create the package' }).click();
    const summary = page.locator('.ecq-error-summary');
    await expect.poll(() => summary.innerText()).toContain('Enter a title for the package.');
    expect(await summary.innerText()).toContain('Enter the candidate’s name, as it should appear on every page.');
    expect(await page.getByLabel('Package title').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('the create form with errors');

    await page.getByLabel('Package title').fill('SES application, Department of Energy');
    await page.getByLabel('Candidate’s name').fill('Pat Lee');
    await page.getByLabel('ECQ model').selectOption('ecq-2025');
    await page.getByRole('button', { name: 'Create the package' }).click();
    await expect.poll(() => page.title()).toBe('SES application, Department of Energy | ECQ Workbench');
    await expect.poll(() => page.getByTestId('analysis-timing').innerText(), { timeout: 15_000 }).toMatch(
      /^Analysed in this browser in \d+ ms against Executive Core Qualifications \(January 2025\)/,
    );
    const leadingChange = page.getByTestId('ecq-LC');
    const leadingPeople = page.getByTestId('ecq-LP');
    expect(await leadingChange.innerText()).toContain('Missing');
    expect(await page.getByTestId('readiness-summary').innerText()).toContain('Not ready');
    const grid = page.getByTestId('coverage-grid');
    expect(await grid.getByText('Leading Change (LC): 0 of 6 shown', { exact: true }).count()).toBe(1);

    // Typing a Leading Change example: its ECQ, its coverage and the pages change, the others do not.
    await textarea(page).click();
    await page.keyboard.insertText(`ECQ 1: Leading Change\n\n${corpusText('c25-lc-3')}`);
    await expect.poll(() => leadingChange.innerText()).not.toContain('Missing');
    expect(await leadingChange.innerText()).toMatch(/Leading Change: 1 example, [1-6] of 6 sub-competencies shown/);
    expect(await leadingPeople.innerText()).toContain('Missing');
    expect(await page.getByTestId('pages-LC').innerText()).toMatch(/Leading Change pages\s*0\.\d of 2 pages/);
    expect(await grid.getByText('Leading Change (LC): 0 of 6 shown', { exact: true }).count()).toBe(0);
    expect(await saveStatus(page).innerText()).toBe('Unsaved changes, kept in this browser until you save.');

    // A CCAR helper inserts its label at the cursor, and the next example is analysed too.
    await textarea(page).press('Control+End');
    await page.getByLabel('ECQ heading', { exact: true }).selectOption({ label: 'ECQ 2: Leading People' });
    await page.getByRole('button', { name: 'Insert heading' }).click();
    expect(await focusedName(page)).toBe('narrative-text');
    await page.getByRole('button', { name: 'Challenge:' }).click();
    await page.keyboard.insertText(corpusText('c25-lp-1'));
    expect(await textarea(page).inputValue()).toContain('ECQ 2: Leading People\n\nChallenge: ');
    await expect.poll(() => leadingPeople.innerText()).not.toContain('Missing');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => saveStatus(page).innerText()).toMatch(/^All changes saved: version 2, /);
    expect(await draftKeys(page)).toEqual([]);
    await expect.poll(() => page.getByTestId('versions').getByRole('row').count()).toBe(3);
    expect(await page.getByTestId('findings').getByRole('button').count()).toBeGreaterThan(0);
    await expectAccessible('the editor with findings');
    await screenshot('workbench-editor');

    await nav.getByRole('link', { name: 'My ECQ packages' }).click();
    const table = page.getByTestId('narratives');
    await expect.poll(() => table.innerText()).toContain('SES application, Department of Energy');
    const row = table.getByRole('row').nth(1);
    await expect.poll(() => row.innerText()).toContain('Executive Core Qualifications (January 2025)');
    await expect.poll(() => row.innerText()).toMatch(/Not ready|Needs work/);
    expect(await row.locator('td[data-label="Version"]').innerText()).toBe('2');
    await expectAccessible('the workbench list');
    await screenshot('workbench-list');
    expect(consoleErrors).toEqual([]);
  });

  it('[WORKBENCH]: import a Word file and see coverage', async () => {
    const { page, context, consoleErrors, expectAccessible } = await e2e.newPage();
    const api = await narrativeApi(context, DEMO_EMAILS.candidate);
    const created = await api.create({ title: 'Imported from Word', candidateName: 'Pat Lee', modelId: 'ecq-2025' });
    const text = packageText(ECQ_2025, 300);
    const sections = segmentNarrative(text, { model: ECQ_2025 }).sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));
    const docx = await exportNarrativeDocx({ text, candidateName: 'Pat Lee', title: 'My ECQs', sections });

    await openEditor(page, created.id);
    const grid = page.getByTestId('coverage-grid');
    expect(await grid.locator('td.is-own:not(.ecq-heat--none)').count()).toBe(0);
    await page.getByLabel('Word, PDF, Markdown or text file').setInputFiles({
      name: 'my-ecqs.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx),
    });
    await page.getByRole('button', { name: 'Import the file' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Imported my-ecqs.docx as version 2' }).count()).toBe(1);
    expect(await textarea(page).inputValue()).toContain('ECQ 3: Driving Results');
    await expect.poll(() => grid.locator('td.is-own:not(.ecq-heat--none)').count()).toBeGreaterThan(5);

    // The heat grid shows what the server's analysis of the stored version says, ECQ by ECQ.
    const report = await api.get<{ coverage: { items: { code: string; ecqCode: string | null; strength: string }[] } }>(
      `/api/narratives/${created.id}/analysis`,
    );
    for (const ecq of ecqsOf(ECQ_2025)) {
      const shown = report.coverage.items.filter((item) => item.ecqCode === ecq.code && item.strength !== 'none').length;
      const total = report.coverage.items.filter((item) => item.ecqCode === ecq.code).length;
      expect(shown, ecq.code).toBeGreaterThan(0);
      expect(await grid.getByText(`${ecq.name} (${ecq.code}): ${shown} of ${total} shown`, { exact: true }).count(), ecq.code).toBe(1);
    }
    const strong = report.coverage.items.find((item) => item.strength === 'strong');
    expect(strong).toBeDefined();
    const strongRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${strong?.code ?? ''} `, exact: false }) });
    expect(await strongRow.locator('td.is-own.ecq-heat--strong').innerText()).toContain('Strong');
    await expect.poll(() => page.getByTestId('versions').innerText()).toContain('Imported Word file: my-ecqs.docx');
    await expectAccessible('the editor after importing a Word file');
    expect(consoleErrors).toEqual([]);
  });

  it('[WORKBENCH]: migrate a 2006 package to 2025 and see the gaps', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const api = await narrativeApi(context, DEMO_EMAILS.candidate);
    const created = await api.create({
      title: 'My 2006 ECQs',
      candidateName: 'Pat Lee',
      modelId: 'ecq-2006',
      text: packageText(ECQ_2006, 300),
    });
    await openEditor(page, created.id);
    await expect.poll(() => page.getByTestId('package-meta').innerText()).toContain('Executive Core Qualifications (2006)');
    expect(await page.getByTestId('ecq-RD').innerText()).toContain('Results Driven');

    const migrated = page.waitForResponse((response) => response.url().endsWith(`/api/narratives/${created.id}/migrate`));
    await page.getByRole('button', { name: 'Migrate to 2025' }).click();
    const response = await migrated;
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { package: { id: string }; migration: { gaps: { code: string; name: string }[] } };
    expect(body.migration.gaps.length).toBeGreaterThan(0);

    await expect.poll(() => new URL(page.url()).pathname).toBe(`/narratives/${body.package.id}`);
    await expect.poll(() => page.title()).toBe('My 2006 ECQs (ecq-2025 draft) | ECQ Workbench');
    const report = page.getByTestId('migration-report');
    expect(await report.innerText()).toContain('Results Driven → Driving Results');
    const gaps = await page.getByTestId('migration-gaps').getByRole('listitem').allInnerTexts();
    expect(gaps).toEqual(body.migration.gaps.map((gap) => `${gap.code} ${gap.name}`));
    await expect.poll(() => page.getByTestId('analysis-timing').innerText()).toContain('Executive Core Qualifications (January 2025)');
    expect(await textarea(page).inputValue()).toContain('Driving Results');
    expect(await page.getByTestId('ecq-DR').innerText()).not.toContain('Missing');
    // The draft is a 2025 package: nothing more to migrate, and the original is untouched.
    expect(await page.getByRole('button', { name: 'Migrate to 2025' }).count()).toBe(0);
    expect((await api.get<{ currentVersion: number; modelId: string }>(`/api/narratives/${created.id}`)).modelId).toBe('ecq-2006');
    await expectAccessible('a migrated draft with its gaps');
    await screenshot('workbench-migrated');
    expect(consoleErrors).toEqual([]);
  });

  it('[WORKBENCH]: save, then a conflict from a second tab keeps my text', async () => {
    const first = await e2e.newPage();
    const api = await narrativeApi(first.context, DEMO_EMAILS.candidate);
    const created = await api.create({ title: 'Two tabs', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: packageText(ECQ_2025, 150) });
    const tabA = first.page;
    const tabB = await first.context.newPage();
    await openEditor(tabA, created.id);
    await openEditor(tabB, created.id);

    // Tab B saves first.
    await tabB.bringToFront();
    await textarea(tabB).press('Control+End');
    await tabB.keyboard.insertText('\n\nA sentence written in the second tab.');
    await tabB.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => saveStatus(tabB).innerText()).toMatch(/^All changes saved: version 2/);

    // Tab A, still on version 1, is told, and keeps its text.
    await tabA.bringToFront();
    await textarea(tabA).press('Control+End');
    await tabA.keyboard.insertText('\n\nMy own sentence from the first tab.');
    const mine = await textarea(tabA).inputValue();
    const saved = tabA.waitForResponse((response) => response.request().method() === 'PUT');
    await tabA.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await saved).status()).toBe(409);
    const conflict = tabA.getByTestId('save-conflict');
    await expect.poll(() => conflict.innerText()).toContain('This package was changed elsewhere (now version 2)');
    expect(await conflict.getByRole('heading').innerText()).toBe('This package was changed elsewhere (now version 2)');
    expect(await textarea(tabA).inputValue()).toBe(mine);
    expect(await saveStatus(tabA).innerText()).toBe('Not saved: the package was changed elsewhere.');
    expect(await tabA.getByRole('button', { name: 'Save', exact: true }).getAttribute('aria-disabled')).toBe('true');
    expect(await draftKeys(tabA)).toEqual([`${DRAFT_PREFIX}${created.id}:1`]);
    await first.expectAccessible('the editor after a save conflict');
    await first.screenshot('workbench-conflict');

    // Loading the latest version shows tab B's text, and tab A's text stays beside it (and in the draft).
    await conflict.getByRole('button', { name: 'Load the latest version' }).click();
    expect(await textarea(tabA).inputValue()).toContain('A sentence written in the second tab.');
    expect(await textarea(tabA).inputValue()).not.toContain('My own sentence from the first tab.');
    expect(await tabA.getByLabel('Your unsaved text').inputValue()).toBe(mine);
    expect(await draftKeys(tabA)).toEqual([`${DRAFT_PREFIX}${created.id}:1`]);
    await first.expectAccessible('the editor with the unsaved text set aside');

    // Putting the text back and saving makes it the newest version; nothing of either tab is lost.
    await textarea(tabA).fill(mine);
    await tabA.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => saveStatus(tabA).innerText()).toMatch(/^All changes saved: version 3/);
    await tabA.getByRole('button', { name: 'Dismiss: I have what I need' }).click();
    expect(await draftKeys(tabA)).toEqual([]);
    const versionTwo = await api.get<{ text: string }>(`/api/narratives/${created.id}/versions/2`);
    expect(versionTwo.text).toContain('A sentence written in the second tab.');
    expect((await api.get<{ current: { text: string } }>(`/api/narratives/${created.id}`)).current.text).toBe(mine);

    // Any saved version can be read, and restored as the newest one.
    await tabA.getByTestId('versions').getByRole('link', { name: 'Version 2', exact: true }).click();
    await expect.poll(() => tabA.title()).toBe('Version 2 of Two tabs | ECQ Workbench');
    const oldText = tabA.getByLabel('Text of version 2 (read only)');
    await expect.poll(() => oldText.inputValue()).toBe(versionTwo.text);
    expect(await oldText.getAttribute('readonly')).not.toBeNull();
    await first.expectAccessible('an old version, read-only');
    await tabA.getByRole('button', { name: 'Restore version 2 as a new version' }).click();
    await expect.poll(() => tabA.getByRole('heading', { name: 'Version 2 restored as version 4' }).count()).toBe(1);
    expect(await textarea(tabA).inputValue()).toBe(versionTwo.text);
    expect((await api.get<{ currentVersion: number; current: { text: string } }>(`/api/narratives/${created.id}`)).current.text).toBe(versionTwo.text);
    expect(first.consoleErrors).toEqual([]);
  });

  it('[WORKBENCH]: unsaved text survives a reload', async () => {
    const { page, context, consoleErrors, expectAccessible } = await e2e.newPage();
    const api = await narrativeApi(context, DEMO_EMAILS.candidate);
    const created = await api.create({ title: 'Survives a reload', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: 'ECQ 1: Leading Change\n\n' });
    await openEditor(page, created.id);
    await textarea(page).press('Control+End');
    await page.keyboard.insertText(corpusText('c25-lc-1'));
    const typed = await textarea(page).inputValue();

    // A save that fails (the server errs) says so, and keeps the text.
    await page.route('**/api/narratives/*', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'INTERNAL', message: 'internal error', requestId: 'req-save-500' }) })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const failed = page.getByTestId('save-error');
    await expect.poll(() => failed.innerText(), { timeout: 15_000 }).toContain('Your changes were not saved');
    expect(await failed.innerText()).toContain('Reference: req-save-500');
    expect(await saveStatus(page).innerText()).toBe('Not saved: the save failed. Your text is kept in this browser.');
    expect(await textarea(page).inputValue()).toBe(typed);
    await expectAccessible('the editor after a failed save');
    await page.unroute('**/api/narratives/*');

    await page.reload();
    await expect.poll(() => page.getByTestId('draft-restored').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('draft-restored').innerText()).toContain('Your unsaved changes were restored');
    expect(await textarea(page).inputValue()).toBe(typed);
    expect(await saveStatus(page).innerText()).toBe('Unsaved changes, kept in this browser until you save.');
    await expectAccessible('the editor with a restored draft');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => saveStatus(page).innerText()).toMatch(/^All changes saved: version 2/);
    expect(await draftKeys(page)).toEqual([]);
    await page.reload();
    await expect.poll(() => page.getByTestId('analysis-timing').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await textarea(page).inputValue()).toBe(typed);
    expect(consoleErrors.filter((error) => !error.includes('500'))).toEqual([]);
  });

  it('[WORKBENCH]: export PDF and check its page count', async () => {
    const { page, context, consoleErrors } = await e2e.newPage();
    const api = await narrativeApi(context, DEMO_EMAILS.candidate);
    const created = await api.create({ title: 'Full package', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: packageText(ECQ_2025, 900) });
    await openEditor(page, created.id);
    const total = await page.getByTestId('pages-total').innerText();
    const pages = Number(/Total pages\s*(\d+) of 10 pages/.exec(total)?.[1]);
    expect(pages).toBeGreaterThan(5);
    expect(await page.getByTestId('analysis-timing').innerText()).toMatch(/Analysed in this browser in \d+ ms/);

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(pdfDownload.suggestedFilename()).toBe('Full-package.pdf');
    const pdf = await PDFDocument.load(await readFile(await pdfDownload.path()));
    expect(pdf.getPageCount()).toBe(pages);

    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Word (.docx)' }).click()]);
    expect(docxDownload.suggestedFilename()).toBe('Full-package.docx');
    const docx = await readFile(await docxDownload.path());
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(consoleErrors).toEqual([]);
  });

  it('[WORKBENCH]: keyboard only', async () => {
    const { page, context, consoleErrors, expectAccessible } = await e2e.newPage();
    await narrativeApi(context, EXECUTIVE_EMAIL);
    await page.goto('/narratives');
    await expect.poll(() => page.getByTestId('narratives-empty').count()).toBe(1);

    await tabTo(page, 'Create your first package');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('Create an ECQ package | ECQ Workbench');
    await tabTo(page, 'title');
    await page.keyboard.type('Keyboard package');
    await tabTo(page, 'Create the package');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('Keyboard package | ECQ Workbench');
    await expect.poll(() => page.getByTestId('analysis-timing').count(), { timeout: 15_000 }).toBe(1);

    // The heading helper, then the text, then a CCAR label, all from the keyboard.
    await tabTo(page, 'Insert heading');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('narrative-text');
    await page.keyboard.type('Example 1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('We had a backlog of claims. We reorganized the team and we cleared it.');
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Result:');
    await page.keyboard.press('Space');
    expect(await focusedName(page)).toBe('narrative-text');
    await page.keyboard.type('The backlog fell by 40 percent in 2024.');
    expect(await textarea(page).inputValue()).toBe(
      'ECQ 1: Leading Change\n\nExample 1\n\nWe had a backlog of claims. We reorganized the team and we cleared it.\n\nResult: The backlog fell by 40 percent in 2024.',
    );

    await tabTo(page, 'Save');
    await page.keyboard.press('Enter');
    await expect.poll(() => saveStatus(page).innerText()).toMatch(/^All changes saved: version 2/);

    // A finding that points at words in the text: Tab to it, Space, and the words are selected in the editor.
    await expect.poll(() => page.getByTestId('analysis-timing').innerText()).not.toContain('updating');
    let target = { start: 0, end: 0 };
    await tabUntil(page, 'a finding with a span', async () => {
      const span = (await page.evaluate(
        '(() => { const el = document.activeElement; return el && el.dataset.start !== undefined ? { start: Number(el.dataset.start), end: Number(el.dataset.end) } : null; })()',
      )) as { start: number; end: number } | null;
      if (span === null || span.end <= span.start) return false;
      target = span;
      return true;
    });
    await page.keyboard.press('Space');
    expect(await focusedName(page)).toBe('narrative-text');
    const selection = (await page.evaluate('(() => { const t = document.getElementById("narrative-text"); return [t.selectionStart, t.selectionEnd]; })()')) as [number, number];
    expect(selection).toEqual([target.start, target.end]);
    await expectAccessible('the editor after selecting a finding by keyboard');
    expect(consoleErrors).toEqual([]);
  });
});
