import type * as z from 'zod';
import type { TProblem } from '../errors/app-error';
import type { TSourceRef } from '../policy/source';
import type { TCaseExtensions, TCaseVersion, TCfDocument } from './case-schemas';
import { ECQ_WORKBENCH_EXTENSION_KEY } from './ecq-workbench-extensions';
import { formatJsonPath } from './format-json-path';

/**
 * Reads `extensions.ecqWorkbench` of the object at `ownerPath` with `schema`. Returns undefined when the
 * object has none; when it is malformed, adds each problem at its full path and returns undefined.
 */
export function readEcqWorkbenchExtension<T>(args: {
  schema: z.ZodType<T>;
  extensions: TCaseExtensions | undefined;
  ownerPath: string;
  problems: TProblem[];
}): T | undefined {
  const { extensions } = args;
  if (extensions === undefined || !Object.hasOwn(extensions, ECQ_WORKBENCH_EXTENSION_KEY)) return undefined;
  const result = args.schema.safeParse(extensions[ECQ_WORKBENCH_EXTENSION_KEY]);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    args.problems.push({
      path: `${args.ownerPath}.extensions.${ECQ_WORKBENCH_EXTENSION_KEY}${formatJsonPath(issue.path).slice(1)}`,
      message: issue.message,
    });
  }
  return undefined;
}

/**
 * The source of a package that does not say where its content comes from (CASE 1.0, or another tool's
 * 1.1): the document itself, graded low so that rules resting on it warn rather than reject
 * (POLICY.md, preamble).
 */
export function importedSource(document: TCfDocument, caseVersion: TCaseVersion): TSourceRef {
  return {
    citation: `${document.creator}, "${document.title}" (CASE ${caseVersion} package ${document.identifier})`,
    policyRef: 'POLICY.md §1',
    confidence: 'low',
  };
}

/** A slug for a model id: lower-case words joined by hyphens, e.g. `executive-core-qualifications-2006`. */
export function slugOf(title: string): string {
  const slug = title
    .slice(0, 200)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'imported-model' : slug;
}

/** Names compared the way people read them: case, spacing and slash spacing ignored. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim();
}
