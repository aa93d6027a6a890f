import { describe, expect, test } from 'vitest';
import { BUILT_IN_CROSSWALKS, ECQ_2006_TO_2025 } from '../crosswalk';
import type { TCaseVersion } from './case-schemas';
import { detectCaseVersion } from './detect-case-version';
import { crosswalkGroupingId, exportCrosswalkToCase } from './export-crosswalk';
import { serializeCasePackage } from './serialize-case';
import { validateCasePackage } from './validate-case-package';

const EXPECTED_TYPE = { same: 'exactMatchOf', renamed: 'replacedBy', moved: 'replacedBy', related: 'isRelatedTo' } as const;

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe.each(BUILT_IN_CROSSWALKS.flatMap((crosswalk) => (['1.1', '1.0'] as const).map((v): [string, TCaseVersion] => [crosswalk.id, v])))(
  'exportCrosswalkToCase(%s), CASE %s',
  (id, caseVersion) => {
    const crosswalk = BUILT_IN_CROSSWALKS.find((c) => c.id === id)!;
    const pkg = exportCrosswalkToCase(crosswalk, { caseVersion });
    const associations = pkg.CFAssociations ?? [];

    test('validates with no problems and no warnings, and has no items', () => {
      expect(validateCasePackage(JSON.parse(serializeCasePackage(pkg)))).toEqual({ caseVersion, problems: [], warnings: [] });
      expect(pkg.CFItems).toEqual([]);
      expect(pkg.CFDocument.identifier).toBe(crosswalk.uuid);
      expect(pkg.CFDocument.title).toBe(crosswalk.title);
    });

    test('has one association per paired link, of the type its kind maps to', () => {
      const expected = countBy(
        crosswalk.links.flatMap((link) => (link.kind === 'new' || link.kind === 'removed' ? [] : [EXPECTED_TYPE[link.kind]])),
      );
      expect(countBy(associations.map((a) => a.associationType))).toEqual(expected);
      const paired = crosswalk.links.filter((link) => link.kind !== 'new' && link.kind !== 'removed');
      expect(associations.map((a) => [a.originNodeURI.identifier, a.destinationNodeURI.identifier, a.originNodeURI.title])).toEqual(
        paired.map((link) => [link.from?.id, link.to?.id, link.from?.name]),
      );
    });

    test('every association references the one grouping, named after the crosswalk', () => {
      const groupings = pkg.CFDefinitions?.CFAssociationGroupings ?? [];
      expect(groupings).toHaveLength(1);
      expect(groupings[0]?.identifier).toBe(crosswalkGroupingId(crosswalk.uuid));
      expect(groupings[0]?.title).toBe(crosswalk.title);
      expect(associations.length).toBeGreaterThan(0);
      expect(associations.every((a) => a.CFAssociationGroupingURI?.identifier === groupings[0]?.identifier)).toBe(true);
    });

    test('names every removed and new item in plain words in the document notes', () => {
      for (const link of crosswalk.links) {
        const item = link.kind === 'removed' ? link.from : link.kind === 'new' ? link.to : undefined;
        if (item !== undefined) expect(pkg.CFDocument.notes).toContain(`${item.name} (${item.code})`);
      }
    });
  },
);

test('CASE 1.1 lists removed and new items in the package extension and keeps notes and kinds on associations', () => {
  const pkg = exportCrosswalkToCase(ECQ_2006_TO_2025);
  const extension = pkg.extensions?.['ecqWorkbench'] as { removed: { identifier: string }[]; new: { identifier: string }[] };
  const idsOf = (kind: 'removed' | 'new') =>
    ECQ_2006_TO_2025.links.filter((link) => link.kind === kind).map((link) => (kind === 'new' ? link.to?.id : link.from?.id));
  expect(extension.removed.map((entry) => entry.identifier)).toEqual(idsOf('removed'));
  expect(extension.new.map((entry) => entry.identifier)).toEqual(idsOf('new'));
  const moved = (pkg.CFAssociations ?? []).find((a) => a.originNodeURI.title === 'External Awareness');
  expect(moved?.associationType).toBe('replacedBy');
  expect(moved?.notes).toBe('External Awareness moves from Leading Change to Building Coalitions');
  expect(moved?.extensions?.['ecqWorkbench']).toEqual({ kind: 'moved', confidence: 'high', fromModel: 'ecq-2006', toModel: 'ecq-2025' });
  expect(moved?.originNodeURI.targetType).toBe('CASE');
});

test('CASE 1.0 crosswalk export has no extensions, notes on associations or target types', () => {
  const pkg = exportCrosswalkToCase(ECQ_2006_TO_2025, { caseVersion: '1.0' });
  expect(detectCaseVersion(pkg)).toBe('1.0');
  expect(serializeCasePackage(pkg)).not.toMatch(/"(extensions|targetType|caseVersion|frameworkType)"/);
});

test('is byte-identical on two runs', () => {
  expect(serializeCasePackage(exportCrosswalkToCase(ECQ_2006_TO_2025))).toBe(serializeCasePackage(exportCrosswalkToCase(ECQ_2006_TO_2025)));
});
