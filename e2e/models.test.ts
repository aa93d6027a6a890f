import { readFile } from 'node:fs/promises';
import { generateCasePackage } from '@ecq/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS, startE2eApp, type TE2eApp } from './harness/e2e-app';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());

const ECQ_2025_TITLE = 'Executive Core Qualifications (January 2025)';

describe('models', () => {
  it('[MODELS]: browse the 2025 model and search', async () => {
    const { page, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    await page.goto('/models');
    const models = page.getByRole('table', { name: /The ECQ models/ });
    await expect.poll(() => models.getByRole('row').count()).toBe(4);
    expect(await models.innerText()).toContain('Executive Core Qualifications (2006)');
    expect(await models.innerText()).toContain('Executive Core Qualifications (May 2025, Merit Hiring Plan)');
    await expectAccessible('the models page');
    await screenshot('models');

    await models.getByRole('link', { name: ECQ_2025_TITLE, exact: true }).click();
    await expect.poll(() => page.title()).toBe(`${ECQ_2025_TITLE} | ECQ Workbench`);
    // After a navigation inside the app, focus is on the new page's h1.
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('H1');
    const leadingChange = page.getByRole('button', { name: 'LC Leading Change' });
    expect(await leadingChange.getAttribute('aria-expanded')).toBe('false');
    await leadingChange.click();
    expect(await leadingChange.getAttribute('aria-expanded')).toBe('true');
    const subs = page.getByRole('table', { name: 'Sub-competencies of Leading Change' });
    expect(await subs.getByRole('row').count()).toBe(7);
    expect(await subs.innerText()).toContain('Innovation');
    expect(await page.getByText('Medium', { exact: false }).count()).toBeGreaterThan(0);
    await expectAccessible('the January 2025 model with Leading Change open');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await screenshot('model-ecq-2025');

    // Search across every model, by name, alias and code.
    await page.goto('/models');
    const search = page.getByRole('searchbox', { name: 'Name, former name or code' });
    await search.fill('team building');
    const status = page.getByTestId('search-status');
    await expect.poll(() => status.innerText()).toMatch(/^\d+ items match “team building”\.$/);
    const results = page.getByTestId('search-results');
    const resultText = await results.innerText();
    expect(resultText).toContain('Team Building');
    expect(resultText).toContain('Building Teams');
    await expectAccessible('the models page with search results');
    await screenshot('models-search');

    // "Workplace" is only in an alias: the result is the item under its own name, the alias marked.
    await search.fill('workplace');
    await expect.poll(() => results.innerText()).toContain('Building Workforce Culture');
    expect(await results.locator('mark').allInnerTexts()).toEqual(['Building Workplace Culture']);

    await search.fill('LC.1');
    await expect.poll(() => status.innerText()).toBe('2 items match “LC.1”.');
    await search.fill('zzzz nothing');
    await expect.poll(() => status.innerText()).toContain('No item in any model matches “zzzz nothing”.');
    expect(new URL(page.url()).searchParams.get('q')).toBe('zzzz nothing');

    // A result leads to its row, in its ECQ's opened section.
    await search.fill('Data Literacy');
    await results.getByRole('link', { name: 'Data Literacy' }).click();
    await expect.poll(() => page.locator('#item-DR\\.5').getAttribute('class')).toBe('ecq-row--target');
    expect(await page.getByRole('button', { name: 'DR Driving Results' }).getAttribute('aria-expanded')).toBe('true');
    expect(consoleErrors).toEqual([]);
  });

  it('[MODELS]: which model applies on a date', async () => {
    const { page, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    await page.goto('/which-model');
    await expectAccessible('the which-model form');
    const answer = page.getByTestId('policy-answer');

    await page.getByLabel('Process').selectOption('hiring');
    await page.getByLabel('Date', { exact: true }).fill('2025-07-01');
    await page.getByRole('button', { name: 'Show the model that applies' }).click();
    await expect.poll(() => answer.innerText()).toContain(ECQ_2025_TITLE);
    expect(await answer.innerText()).toContain('July 1, 2025');
    expect(new URL(page.url()).search).toBe('?process=hiring&on=2025-07-01');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('answer-heading');
    await expectAccessible('the answer for hiring on 2025-07-01');
    await screenshot('which-model');

    // The day before, the 2006 model still governs hiring; appraisal moves only on 2025-10-01.
    await page.getByLabel('Date', { exact: true }).fill('2025-06-30');
    await page.getByRole('button', { name: 'Show the model that applies' }).click();
    await expect.poll(() => answer.innerText()).toContain('Executive Core Qualifications (2006)');
    await page.getByLabel('Process').selectOption('appraisal');
    await page.getByLabel('Date', { exact: true }).fill('2025-09-30');
    await page.getByRole('button', { name: 'Show the model that applies' }).click();
    await expect.poll(() => answer.innerText()).toContain('Executive Core Qualifications (2006)');

    await page.getByLabel('Date', { exact: true }).fill('1999-01-01');
    await page.getByRole('button', { name: 'Show the model that applies' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'No model applies' });
    await expect.poll(() => warning.innerText()).toContain('No ECQ model governs appraisal on 1999-01-01.');
    await expectAccessible('the which-model page when no model applies');

    await page.getByLabel('Date', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Show the model that applies' }).click();
    await expect.poll(() => page.locator('#on-error').innerText()).toBe('Enter a date, for example 07/01/2025.');
    expect(consoleErrors).toEqual([]);
  });

  it('[MODELS]: download a model as CASE JSON', async () => {
    const { page, consoleErrors } = await e2e.newPage();
    await page.goto('/models/ecq-2025');
    const link = page.getByRole('link', { name: `Download as CASE JSON for ${ECQ_2025_TITLE}` });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('ecq-2025.case.json');
    const casePackage = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      CFDocument: { identifier: string; title: string };
      CFItems: unknown[];
    };
    const model = (await (await page.request.get('/api/models/ecq-2025')).json()) as { uuid: string };
    expect(casePackage.CFDocument.identifier).toBe(model.uuid);
    expect(casePackage.CFDocument.title).toBe(ECQ_2025_TITLE);
    expect(casePackage.CFItems).toHaveLength(30);

    await page.goto('/crosswalks');
    const crosswalkLink = page.getByRole('link', { name: 'Download as CASE JSON for Crosswalk: ECQ 2006 to ECQ January 2025' });
    const [crosswalkDownload] = await Promise.all([page.waitForEvent('download'), crosswalkLink.click()]);
    expect(crosswalkDownload.suggestedFilename()).toBe('ecq-2006--ecq-2025.case.json');
    const crosswalkPackage = JSON.parse(await readFile(await crosswalkDownload.path(), 'utf8')) as { CFAssociations: unknown[] };
    const crosswalk = (await (await page.request.get('/api/crosswalks/ecq-2006/ecq-2025')).json()) as {
      links: { from: unknown; to: unknown }[];
    };
    // Each link between two items is one CASE association; `new` and `removed` links have one end only.
    expect(crosswalkPackage.CFAssociations).toHaveLength(crosswalk.links.filter((link) => link.from !== null && link.to !== null).length);
    expect(consoleErrors).toEqual([]);
  });

  it('[MODELS]: an OPM administrator imports a model; other roles do not see the page', async () => {
    const candidate = await e2e.newPage();
    await candidate.signInThroughApi(DEMO_EMAILS.candidate);
    await candidate.page.goto('/import-model');
    await expect.poll(() => candidate.page.title()).toBe('Not available to your role | ECQ Workbench');
    expect(await candidate.page.getByRole('link', { name: 'Import a model' }).count()).toBe(0);

    const { page, consoleErrors, signInThroughApi, expectAccessible, screenshot } = await e2e.newPage();
    await signInThroughApi(DEMO_EMAILS.opmAdmin);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Import a model' }).click();
    await expect.poll(() => page.title()).toBe('Import a model | ECQ Workbench');
    await expectAccessible('the import page');

    const fileInput = page.getByLabel('CASE package (JSON file)');
    await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"CFDocument": ') });
    await page.getByRole('button', { name: 'Import the model' }).click();
    const summary = page.locator('.ecq-error-summary');
    await expect.poll(() => summary.innerText()).toContain('broken.json is not JSON');

    await fileInput.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await page.getByRole('button', { name: 'Import the model' }).click();
    await expect.poll(() => summary.innerText()).toMatch(/\$\.CFDocument/);
    await expectAccessible('the import page listing the package problems');

    const casePackage = generateCasePackage({ ecqs: 2, subsPerEcq: 3 });
    await fileInput.setInputFiles({ name: 'generated.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(casePackage)) });
    await page.getByRole('button', { name: 'Import the model' }).click();
    const success = page.locator('.usa-alert--success');
    await expect.poll(() => success.innerText()).toContain('2 ECQs, 6 sub-competencies');
    await expectAccessible('the import page after a successful import');
    await screenshot('import-model');
    await success.getByRole('link', { name: 'See the model' }).click();
    await expect.poll(() => page.title()).toMatch(/^Generated model .* \| ECQ Workbench$/);
    expect(consoleErrors).toEqual([]);
  });
});
