import { expect, test } from 'vitest';
import { ECQ_2006_TO_2025 } from '../crosswalk';
import { ECQ_2006_PACK } from '../policy/packs';
import type { TCfPackage } from './case-schemas';
import { exportCrosswalkToCase } from './export-crosswalk';
import { exportPackToCase } from './export-pack';
import { serializeCasePackage } from './serialize-case';

/** The same JSON value with every object's keys inserted in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reverseKeys(child)]));
}

test('writes 2-space indented JSON with a trailing newline, readable back to the same package', () => {
  const pkg = exportPackToCase(ECQ_2006_PACK);
  const text = serializeCasePackage(pkg);
  expect(text.endsWith('\n')).toBe(true);
  expect(JSON.stringify(JSON.parse(text), null, 2) + '\n').toBe(text);
  expect(JSON.parse(text)).toEqual(pkg);
});

test('key order does not depend on the order the keys were set in', () => {
  for (const pkg of [exportPackToCase(ECQ_2006_PACK), exportCrosswalkToCase(ECQ_2006_TO_2025, { caseVersion: '1.0' })]) {
    const reversed = reverseKeys(JSON.parse(JSON.stringify(pkg))) as TCfPackage;
    expect(serializeCasePackage(reversed)).toBe(serializeCasePackage(pkg));
  }
});

test('puts the package members and each record\'s identifier first, extensions last', () => {
  const text = serializeCasePackage(exportPackToCase(ECQ_2006_PACK));
  const topLevel = Object.keys(JSON.parse(text) as object);
  expect(topLevel).toEqual(['CFDocument', 'CFItems', 'CFAssociations', 'CFDefinitions']);
  const document = (JSON.parse(text) as { CFDocument: object }).CFDocument;
  const keys = Object.keys(document);
  expect(keys[0]).toBe('identifier');
  expect(keys[keys.length - 1]).toBe('extensions');
});

test('leaves out undefined properties and writes empty containers compactly', () => {
  const pkg: TCfPackage = {
    CFDocument: {
      identifier: '0b7d6c1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f',
      uri: 'urn:uuid:0b7d6c1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f',
      creator: 'x',
      title: 'y',
      lastChangeDateTime: '2025-01-01T00:00:00Z',
      notes: undefined,
    },
    CFItems: [],
    extensions: {},
  };
  expect(serializeCasePackage(pkg)).toBe(
    '{\n  "CFDocument": {\n    "identifier": "0b7d6c1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f",\n' +
      '    "uri": "urn:uuid:0b7d6c1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f",\n    "creator": "x",\n    "title": "y",\n' +
      '    "lastChangeDateTime": "2025-01-01T00:00:00Z"\n  },\n  "CFItems": [],\n  "extensions": {}\n}\n',
  );
});
