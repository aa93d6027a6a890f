import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type TE2eApp } from './harness/e2e-app';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());

interface TCrosswalkBody {
  readonly links: readonly { readonly kind: string; readonly from: { readonly name: string } | null; readonly to: { readonly name: string } | null }[];
}

describe('crosswalk', () => {
  it('[CROSSWALK]: filter renamed items and read the table', async () => {
    const { page, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    const crosswalk = (await (await page.request.get(`${e2e.url}/api/crosswalks/ecq-2006/ecq-2025`)).json()) as TCrosswalkBody;
    const renamed = crosswalk.links.filter((link) => link.kind === 'renamed');
    expect(renamed.length).toBeGreaterThan(5);

    await page.goto('/crosswalks');
    await expectAccessible('the crosswalk list');
    await page.getByRole('link', { name: 'Crosswalk: ECQ 2006 to ECQ January 2025', exact: true }).click();
    await expect.poll(() => page.title()).toBe('Crosswalk: ECQ 2006 to ECQ January 2025 | ECQ Workbench');

    const status = page.getByTestId('crosswalk-status');
    const table = page.getByTestId('crosswalk-table');
    const diagram = page.getByTestId('crosswalk-diagram');
    const total = crosswalk.links.length;
    await expect.poll(() => status.innerText()).toContain(`Showing ${total} of ${total} links`);
    expect(await table.locator('tbody tr').count()).toBe(total);
    expect(await diagram.locator('g.ecq-link').count()).toBe(total);
    // The diagram is one image with a title and a description; the table is a real table with a caption.
    expect(await page.getByRole('img', { name: /Diagram of the crosswalk from Executive Core Qualifications \(2006\)/ }).count()).toBe(1);
    expect(await table.locator('caption').innerText()).toBe(
      `Links from Executive Core Qualifications (2006) to Executive Core Qualifications (January 2025): ${total} of ${total} shown`,
    );
    expect(await table.locator('thead th[scope="col"]').count()).toBe(5);
    // Each column follows its model's order (in the crosswalk's own order, the moved BC.4 would come third).
    const targetColumn = diagram.locator('[data-column="to"] text');
    await expect.poll(async () => (await targetColumn.allTextContents()).slice(0, 4)).toEqual([
      'LC Leading Change',
      'LC.1 Innovation',
      'LC.2 Agility',
      'LC.3 Resilience',
    ]);
    expect(await diagram.locator('[data-column="from"] text').count()).toBe(33);
    expect(await targetColumn.count()).toBe(30);
    await expectAccessible('the crosswalk with every link');
    await screenshot('crosswalk-all');

    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => status.innerText()).toContain(`Showing 0 of ${total} links (no kinds)`);
    expect(await diagram.locator('g.ecq-link').count()).toBe(0);
    expect(await table.innerText()).toContain('No links are shown.');

    // USWDS draws the checkbox on its label (the input itself sits off-screen), so a pointer clicks the label.
    await page.locator('label[for="kind-renamed"]').click();
    await expect.poll(() => status.innerText()).toContain(`Showing ${renamed.length} of ${total} links (renamed)`);
    expect(new URL(page.url()).searchParams.get('show')).toBe('renamed');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(renamed.length);
    expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind'))))).toEqual(new Set(['renamed']));
    expect(new Set(await diagram.locator('g.ecq-link').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-kind'))))).toEqual(
      new Set(['renamed']),
    );
    const innovation = rows.filter({ hasText: 'Creativity and Innovation' });
    expect(await innovation.locator('th[scope="row"]').innerText()).toBe('LC.1 Creativity and Innovation');
    expect(await innovation.locator('td').nth(0).innerText()).toBe('Renamed');
    expect(await innovation.locator('td').nth(1).innerText()).toBe('LC.1 Innovation');
    for (const link of renamed) expect(await table.innerText()).toContain(`${link.from?.name ?? ''}`);
    await expectAccessible('the crosswalk filtered to renamed links');
    await screenshot('crosswalk-renamed');

    // The filter lives in the address: a reload (or a shared link) shows the same selection.
    await page.reload();
    await expect.poll(() => status.innerText()).toContain(`Showing ${renamed.length} of ${total} links (renamed)`);
    expect(await page.getByRole('checkbox', { name: /^Renamed/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Same/ }).isChecked()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
