import { AppError, type TProblem } from '../errors/app-error';
import type { TCrosswalk } from '../crosswalk/crosswalk';
import type { TPolicyPack } from '../policy/pack';
import { BUILT_IN_PACKS } from '../policy/packs';
import type { TCaseVersion } from './case-schemas';
import { parseCasePackage } from './parse-case-package';
import { readCaseCrosswalk, type TCaseCrosswalkSummary } from './read-case-crosswalk';
import { readCaseFramework, type TCaseModelSummary } from './read-case-framework';

export interface TCaseModelImport {
  readonly kind: 'model';
  readonly caseVersion: TCaseVersion;
  /** The imported pack; never built in. */
  readonly pack: TPolicyPack;
  readonly warnings: TProblem[];
  readonly summary: TCaseModelSummary;
}

export interface TCaseCrosswalkImport {
  readonly kind: 'crosswalk';
  readonly caseVersion: TCaseVersion;
  readonly warnings: TProblem[];
  readonly summary: TCaseCrosswalkSummary;
  /** The rebuilt crosswalk when both of its models are known, else undefined. */
  readonly crosswalk: TCrosswalk | undefined;
}

export type TCaseImport = TCaseModelImport | TCaseCrosswalkImport;

export interface TImportCaseOptions {
  /** The models a crosswalk may link, and whose ids a CASE 1.0 document may reuse; the built-in packs by default. */
  readonly packs?: readonly TPolicyPack[];
}

/**
 * Imports a CASE 1.0 or 1.1 package, given as JSON text or as a parsed value:
 *
 * - a framework (a package with items) becomes a policy pack whose model follows POLICY.md §1 (ECQs,
 *   sub-competencies, fundamentals), checked with assertModelIsConsistent; effective rules and the
 *   alternative group come from CASE 1.1 `extensions.ecqWorkbench`, else the pack has none;
 * - a package with no items and cross-document associations is a crosswalk, rebuilt when both of its
 *   models are among `options.packs`.
 *
 * A 1.1 package written by {@link exportPackToCase} or {@link exportCrosswalkToCase} imports back to an
 * equal pack (but for `isBuiltIn`) or crosswalk.
 * @throws AppError `INVALID_CASE_PACKAGE` (field `file`) whose message names the first problem and its
 *   path, and whose `problems` list every problem found (CASE schema, references, and the model rules of POLICY.md §1).
 */
export function importCasePackage(input: unknown, options: TImportCaseOptions = {}): TCaseImport {
  const packs = options.packs ?? BUILT_IN_PACKS;
  const parsed = parseCasePackage(input);
  const { caseVersion } = parsed;
  if (parsed.pkg === undefined) throw invalidCasePackage(parsed.problems);
  const pkg = parsed.pkg;
  const isCrosswalk = (pkg.CFItems ?? []).length === 0 && (pkg.CFAssociations ?? []).length > 0;
  if (isCrosswalk) {
    const reading = readCaseCrosswalk(pkg, { caseVersion, packs });
    if (reading.problems.length > 0) throw invalidCasePackage(reading.problems);
    return {
      kind: 'crosswalk',
      caseVersion,
      warnings: [...parsed.warnings, ...reading.warnings],
      summary: reading.summary,
      crosswalk: reading.crosswalk,
    };
  }
  const reading = readCaseFramework(pkg, { caseVersion, packs });
  if (reading.pack === undefined || reading.problems.length > 0) throw invalidCasePackage(reading.problems);
  return {
    kind: 'model',
    caseVersion,
    pack: reading.pack,
    warnings: [...parsed.warnings, ...reading.warnings],
    summary: reading.summary,
  };
}

function invalidCasePackage(problems: readonly TProblem[]): AppError {
  const [first] = problems;
  const head = first === undefined ? 'the CASE package is invalid' : `${first.path}: ${first.message}`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError('INVALID_CASE_PACKAGE', `${head}${more}`, { field: 'file', problems });
}
