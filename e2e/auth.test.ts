import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS, E2E_PASSWORD, startE2eApp, type TE2eApp } from './harness/e2e-app';

let e2e: TE2eApp;
beforeAll(async () => {
  e2e = await startE2eApp();
});
afterAll(async () => e2e?.close());

describe('sign-in', () => {
  it('[AUTH]: sign in and out', async () => {
    const { page, context, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    await page.goto('/sign-in');
    await expect.poll(() => page.title()).toBe('Sign in | ECQ Workbench');
    await expectAccessible('the sign-in page');
    await screenshot('sign-in');

    await page.getByLabel('Email address').fill(DEMO_EMAILS.candidate);
    await page.getByLabel('Password', { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const user = page.getByTestId('signed-in-user');
    await expect.poll(() => user.innerText()).toContain('Demo candidate (DOE)');
    await expect.poll(() => user.innerText()).toContain('Department of Energy');
    expect(await user.innerText()).toContain('SES candidate');
    expect(new URL(page.url()).pathname).toBe('/');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    // A candidate's primary navigation: the models, their ECQ packages and the QRB cases about them, then their notifications.
    await expect.poll(() => nav.getByRole('link').allInnerTexts()).toEqual(['Models', 'Crosswalks', 'Which model applies', 'My ECQ packages', 'My QRB cases', 'Notifications']);
    await expectAccessible('the home page, signed in');
    await screenshot('home-signed-in');

    // The session is restored from the cookie on reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('signed-in-user').innerText()).toContain('Demo candidate (DOE)');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await expect.poll(() => page.getByText('You have signed out.').isVisible()).toBe(true);
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);
    expect((await context.request.get('/api/auth/session')).status()).toBe(401);
    await expectAccessible('the sign-in page after signing out');
    expect(consoleErrors).toEqual([]);
  });

  it('[AUTH]: wrong password shows the error', async () => {
    const { page, consoleErrors, expectAccessible, screenshot } = await e2e.newPage();
    await page.goto('/sign-in');

    // Empty fields are caught before any request, with the same summary and inline errors.
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const summary = page.locator('.ecq-error-summary');
    await expect.poll(() => summary.innerText()).toContain('Enter your email address.');
    expect(await summary.innerText()).toContain('Enter your password.');
    await expectAccessible('the sign-in form with empty fields');

    await page.getByLabel('Email address').fill(DEMO_EMAILS.candidate);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => summary.innerText()).toContain('Email or password is wrong, or the account is inactive.');
    expect(await summary.innerText()).toContain('There is a problem');
    // The summary takes focus, the email field carries the API's `field`, and the password field is clear.
    expect(await page.evaluate('document.activeElement?.classList.contains("ecq-error-summary")')).toBe(true);
    const email = page.getByLabel('Email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#email-error').innerText()).toBe('Email or password is wrong, or the account is inactive.');
    expect(await page.locator('#password-error').count()).toBe(0);
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);

    // The summary's link moves focus to the field.
    await summary.getByRole('link').first().click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('email');
    await expectAccessible('the sign-in form after a wrong password');
    await screenshot('sign-in-wrong-password');
    expect(consoleErrors).toEqual([]);
  });

  it('[AUTH]: repeated wrong passwords pause sign-in with the rate-limit message', async () => {
    const { page, expectAccessible } = await e2e.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(DEMO_EMAILS.agencyHr);
    const summary = page.locator('.ecq-error-summary');
    // SIGN_IN_MAX_FAILURES is 5 by default: the sixth attempt is refused before the password is checked.
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.getByLabel('Password', { exact: true }).fill(`wrong password ${attempt}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      expect((await answered).status()).toBe(attempt <= 5 ? 401 : 429);
    }
    await expect.poll(() => summary.innerText()).toContain('Sign-in is paused for this email address');
    expect(await summary.innerText()).toContain('Too many failed sign-ins; wait a few minutes and try again.');
    await expectAccessible('the sign-in form when sign-in is paused');
  });
});
