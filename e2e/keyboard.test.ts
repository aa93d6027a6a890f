import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS, E2E_PASSWORD, startE2eApp, type TE2eApp } from './harness/e2e-app';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());

/** What has focus, as a person would name it: its id, else its text. */
function focused(page: Page): Promise<string> {
  return page.evaluate('(() => { const el = document.activeElement; return el ? (el.id || el.textContent || "").trim() : ""; })()');
}

/** Presses Tab until the focused element's id or text is `target`; fails after `limit` presses. */
async function tabTo(page: Page, target: string, limit = 40): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === target) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached "${target}"; focus went through: ${seen.join(' → ')}`);
}

describe('keyboard', () => {
  it('[KEYBOARD]: sign in and reach the crosswalk filters with Tab, Enter and Space only', async () => {
    const { page, consoleErrors, expectAccessible } = await e2e.newPage();
    await page.goto('/');
    await expect.poll(() => page.title()).toBe('Home | ECQ Workbench');
    await expectAccessible('the home page, signed out');

    // The first Tab reaches the skip link, and Enter on it moves focus into the main landmark.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main-content');

    // The banner's disclosure opens with Enter.
    await page.goto('/');
    await tabTo(page, 'Here’s how you know');
    await page.keyboard.press('Enter');
    expect(await page.locator('.usa-banner__button').getAttribute('aria-expanded')).toBe('true');

    await tabTo(page, 'Sign in');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('Sign in | ECQ Workbench');
    await tabTo(page, 'email');
    await page.keyboard.type(DEMO_EMAILS.candidate);
    await tabTo(page, 'password');
    await page.keyboard.type(E2E_PASSWORD);
    await tabTo(page, 'Show password');
    await page.keyboard.press('Space');
    expect(await page.locator('#password').getAttribute('type')).toBe('text');
    await tabTo(page, 'Sign in');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('signed-in-user').count()).toBe(1);

    await tabTo(page, 'Crosswalks');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('Crosswalks | ECQ Workbench');
    await tabTo(page, 'Crosswalk: ECQ 2006 to ECQ January 2025');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('Crosswalk: ECQ 2006 to ECQ January 2025 | ECQ Workbench');
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');

    const status = page.getByTestId('crosswalk-status');
    await expect.poll(() => status.innerText()).toMatch(/^Showing (\d+) of \1 links/);
    await tabTo(page, 'kind-same');
    await page.keyboard.press('Space');
    await expect.poll(() => status.innerText()).not.toContain('same');
    expect(await page.locator('#kind-same').isChecked()).toBe(false);
    await tabTo(page, 'Clear all');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toContain('(no kinds)');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('kind-related');
    await page.keyboard.press('Space');
    await expect.poll(() => status.innerText()).toContain('(related)');
    await expectAccessible('the crosswalk after keyboard filtering');
    expect(consoleErrors).toEqual([]);
  });
});
