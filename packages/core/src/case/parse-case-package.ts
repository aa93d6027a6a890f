import type * as z from 'zod';
import type { TProblem } from '../errors/app-error';
import { casePackageSchema, type TCaseVersion, type TCfPackage } from './case-schemas';
import { detectCaseVersion } from './detect-case-version';
import { findCaseReferenceProblems } from './find-case-reference-problems';
import { formatJsonPath } from './format-json-path';
import { isRecord } from './unknown-values';

export interface TCaseValidation {
  /** The version the package claims (see {@link detectCaseVersion}); its rules are the ones applied. */
  readonly caseVersion: TCaseVersion;
  /** Everything that makes the package invalid, each at its JSON path (`$.CFItems[3].identifier`). */
  readonly problems: TProblem[];
  /** What a reader may ignore: properties CASE does not define. */
  readonly warnings: TProblem[];
}

export interface TParsedCasePackage extends TCaseValidation {
  /** The package, typed, when there are no problems; unknown properties are left out. */
  readonly pkg: TCfPackage | undefined;
}

/**
 * Reads a package given as JSON text or as an already parsed value: JSON syntax errors become a problem
 * at `$`; a leading byte-order mark is ignored.
 */
export function readCaseJson(input: unknown): { value: unknown } | { problem: TProblem } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input) as unknown };
  } catch (error) {
    return { problem: { path: '$', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

const requiredMessage = (issue: { code: string; input?: unknown }): string | undefined =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;

/**
 * Validates a CASE package against the schema of the version it claims (see case-schemas.ts) plus the
 * reference checks of {@link findCaseReferenceProblems}, and returns the typed package when it is valid.
 * Every problem is reported, not only the first. Properties CASE does not define are warnings (and are
 * dropped from the typed package), not problems. Never throws on any input.
 */
export function parseCasePackage(input: unknown): TParsedCasePackage {
  const read = readCaseJson(input);
  if ('problem' in read) return { caseVersion: '1.0', problems: [read.problem], warnings: [], pkg: undefined };
  const value = read.value;
  const caseVersion = detectCaseVersion(value);
  const schema = casePackageSchema(caseVersion);
  const result = schema.safeParse(value, { error: requiredMessage });
  const problems: TProblem[] = [];
  const warnings: TProblem[] = [];
  const unknownKeys: { path: readonly PropertyKey[]; keys: readonly string[] }[] = [];
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      unknownKeys.push({ path: issue.path, keys: issue.keys });
      for (const key of issue.keys) {
        warnings.push({
          path: formatJsonPath([...issue.path, key]),
          message: `unknown property: CASE ${caseVersion} does not define it here; it is ignored`,
        });
      }
    } else {
      problems.push({ path: formatJsonPath(issue.path), message: issue.message });
    }
  }
  problems.push(...findCaseReferenceProblems(value));
  if (problems.length > 0) return { caseVersion, problems, warnings, pkg: undefined };
  if (result.success) return { caseVersion, problems, warnings, pkg: result.data };

  // Only unknown properties failed the strict schema: drop them and read the package again.
  const retry = schema.safeParse(withoutKeys(value, unknownKeys), { error: requiredMessage });
  if (retry.success) return { caseVersion, problems, warnings, pkg: retry.data };
  return { caseVersion, problems: issuesToProblems(retry.error), warnings, pkg: undefined };
}

function issuesToProblems(error: z.ZodError): TProblem[] {
  return error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message }));
}

interface TRemovalNode {
  readonly keys: Set<string>;
  readonly children: Map<PropertyKey, TRemovalNode>;
}

/**
 * A copy of `value` without the given keys at the given paths. Only the objects and arrays on those paths
 * are copied; everything else is shared. Copies are made with spread and `delete`, which define and remove
 * own properties, so a `__proto__` key stays an ordinary property.
 */
function withoutKeys(value: unknown, removals: readonly { path: readonly PropertyKey[]; keys: readonly string[] }[]): unknown {
  const root: TRemovalNode = { keys: new Set(), children: new Map() };
  for (const removal of removals) {
    let node = root;
    for (const segment of removal.path) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { keys: new Set(), children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    for (const key of removal.keys) node.keys.add(key);
  }
  return prune(value, root);
}

function prune(value: unknown, node: TRemovalNode): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    for (const [segment, child] of node.children) {
      if (typeof segment === 'number') copy[segment] = prune(copy[segment], child);
    }
    return copy;
  }
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const key of node.keys) delete copy[key];
  for (const [segment, child] of node.children) {
    if (typeof segment === 'string' && Object.hasOwn(copy, segment)) {
      Object.defineProperty(copy, segment, { value: prune(copy[segment], child), enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}
