import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isAppError, type TProblem } from '../errors/app-error';
import { ECQ_2006_TO_2025 } from '../crosswalk';
import { ECQ_2006_PACK, ECQ_2025_MAY_PACK, ECQ_2025_PACK } from '../policy/packs';
import { exportCrosswalkToCase } from './export-crosswalk';
import { exportPackToCase } from './export-pack';
import { importCasePackage } from './import-case-package';
import { deleteAt, jsonCopyOf, jsonPathsOf, setAt } from './testing/edit-json';
import { validateCasePackage } from './validate-case-package';

const NUM_RUNS = 300;

/** Every problem and warning is located by a JSON path rooted at `$`. */
function expectRootedPaths(problems: readonly TProblem[]): void {
  for (const problem of problems) {
    expect(problem.path.startsWith('$')).toBe(true);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/**
 * Imports, and checks that the only possible failure is INVALID_CASE_PACKAGE with at least one problem,
 * every one at a `$`-rooted path.
 */
function importOrExplain(input: unknown): void {
  try {
    const result = importCasePackage(input);
    expectRootedPaths(result.warnings);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'INVALID_CASE_PACKAGE') throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    expectRootedPaths(error.problems);
  }
}

function validateQuietly(input: unknown): void {
  const result = validateCasePackage(input);
  expectRootedPaths(result.problems);
  expectRootedPaths(result.warnings);
}

/** Junk shaped roughly like a package, so that generated values reach past the first type check. */
const packageShapedJunk = fc.record(
  {
    CFDocument: fc.oneof(fc.anything(), fc.record({ identifier: fc.uuid(), title: fc.string(), caseVersion: fc.constantFrom('1.1', '1.0') })),
    CFItems: fc.array(fc.oneof(fc.anything(), fc.record({ identifier: fc.oneof(fc.uuid(), fc.string()), fullStatement: fc.string() })), { maxLength: 5 }),
    CFAssociations: fc.array(
      fc.record({
        identifier: fc.oneof(fc.uuid(), fc.string()),
        associationType: fc.constantFrom('isChildOf', 'exactMatchOf', 'ext:x', 'nope'),
        originNodeURI: fc.record({ identifier: fc.oneof(fc.uuid(), fc.constantFrom('a', 'b')) }),
        destinationNodeURI: fc.record({ identifier: fc.oneof(fc.uuid(), fc.constantFrom('a', 'b')) }),
        notes: fc.option(fc.string(), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    CFDefinitions: fc.anything(),
    extensions: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('arbitrary input never crashes validation or import', () => {
  test('fc.anything()', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        validateQuietly(input);
        importOrExplain(input);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('fc.json() as text and as a parsed value', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        validateQuietly(text);
        importOrExplain(text);
        importOrExplain(JSON.parse(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('package-shaped junk', () => {
    fc.assert(
      fc.property(packageShapedJunk, (input) => {
        validateQuietly(input);
        importOrExplain(input);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('mutations of a valid export never crash', () => {
  const exports = [
    exportPackToCase(ECQ_2025_PACK),
    exportPackToCase(ECQ_2006_PACK, { caseVersion: '1.0' }),
    exportPackToCase(ECQ_2025_MAY_PACK),
    exportCrosswalkToCase(ECQ_2006_TO_2025),
  ].map(jsonCopyOf);

  const mutation = fc.record({
    which: fc.nat({ max: exports.length - 1 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        change: fc.oneof(
          fc.constant({ kind: 'delete' as const }),
          fc.record({ kind: fc.constant('set' as const), value: fc.oneof(fc.jsonValue(), fc.anything(), fc.uuid(), fc.constantFrom('isChildOf', '', '__proto__')) }),
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  });

  test('delete a field or set it to a random value: either imports or explains with $-rooted paths', () => {
    fc.assert(
      fc.property(mutation, ({ which, edits }) => {
        const source = exports[which];
        if (source === undefined) return;
        const pkg = structuredClone(source);
        for (const edit of edits) {
          const paths = jsonPathsOf(pkg);
          const path = paths[edit.at % Math.max(1, paths.length)];
          if (path === undefined) continue;
          if (edit.change.kind === 'delete') deleteAt(pkg, path);
          else setAt(pkg, path, edit.change.value);
        }
        validateQuietly(pkg);
        importOrExplain(pkg);
        importOrExplain(JSON.stringify(pkg) ?? 'undefined');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
