import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected as source (not a <script> tag: the app's CSP rightly forbids inline scripts). */
const AXE_SOURCE = (require('axe-core') as { source: string }).source;

/** The WCAG 2.1 A and AA rules: what Section 508 asks of federal software. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface TAxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string; readonly html: string }[];
}

/** The violations as a person reads them: rule, impact, what to fix, and where. */
export function formatAxeViolations(violations: readonly TAxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.map(String).join(' ')}\n      ${node.html.slice(0, 200)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe-core on the page as it is now (WCAG 2.1 A and AA rules only) and returns the violations. */
export async function runAxe(page: Page): Promise<TAxeViolation[]> {
  const isLoaded = await page.evaluate('typeof window.axe === "object"');
  if (isLoaded !== true) await page.evaluate(AXE_SOURCE);
  const options = JSON.stringify({ runOnly: { type: 'tag', values: WCAG_21_AA_TAGS }, resultTypes: ['violations'] });
  const violations: unknown = await page.evaluate(
    `window.axe.run(document, ${options}).then((result) => JSON.parse(JSON.stringify(result.violations)))`,
  );
  return violations as TAxeViolation[];
}
