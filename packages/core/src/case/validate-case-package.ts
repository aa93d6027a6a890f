import { parseCasePackage, type TCaseValidation } from './parse-case-package';

/**
 * Validates a CASE package (a parsed value, or its JSON text) and reports every problem at its JSON path,
 * such as `$.CFItems[3].identifier`:
 *
 * - the version is 1.1 when `CFDocument.caseVersion` is `"1.1"` or any 1.1-only property is present,
 *   else 1.0, and that version's schema applies (required properties, UUID pattern,
 *   date formats, the associationType vocabulary);
 * - identifiers are unique, `isChildOf` associations point at the document or at items of the package,
 *   and form no cycle.
 *
 * Properties CASE does not define are warnings, not problems. Never throws, whatever the input.
 */
export function validateCasePackage(input: unknown): TCaseValidation {
  const { caseVersion, problems, warnings } = parseCasePackage(input);
  return { caseVersion, problems, warnings };
}
