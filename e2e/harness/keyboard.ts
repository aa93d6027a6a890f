import type { Page } from 'playwright-core';

/** What has focus, as a person would name it: its id, else its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate('(() => { const el = document.activeElement; return el ? (el.id || el.textContent || "").trim() : ""; })()');
}

/**
 * Presses Tab until `isTarget` says the focused element is the one wanted (given its id or text); fails after
 * `limit` presses, naming where focus went.
 */
export async function tabUntil(page: Page, what: string, isTarget: (name: string) => boolean | Promise<boolean>, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const now = await focusedName(page);
    if (await isTarget(now)) return;
    seen.push(now.slice(0, 40));
  }
  throw new Error(`Tab never reached ${what}; focus went through: ${seen.join(' → ')}`);
}

/** Presses Tab until the focused element's id or text is `target`. */
export function tabTo(page: Page, target: string, limit = 60): Promise<void> {
  return tabUntil(page, `"${target}"`, (name) => name === target, limit);
}
