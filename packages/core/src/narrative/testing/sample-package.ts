import { NARRATIVE_CORPUS } from '../corpus';

/** A corpus example's text by id (test helper). */
export function corpusText(id: string): string {
  const example = NARRATIVE_CORPUS.find((e) => e.id === id);
  if (!example) throw new Error(`no corpus example ${id}`);
  return example.text;
}

/** A clean five-ECQ January 2025 package: one corpus example under each ECQ heading. */
export const GOOD_2025_SECTIONS: readonly (readonly [heading: string, exampleId: string])[] = [
  ['ECQ 1: Leading Change', 'c25-lc-3'],
  ['ECQ 2: Leading People', 'c25-lp-1'],
  ['ECQ 3: Driving Results', 'c25-dr-1'],
  ['ECQ 4: Achieving Organizational Success', 'c25-aos-1'],
  ['ECQ 5: Building Coalitions', 'c25-bc-1'],
];

/** ECQ headings each followed by one corpus example, blank lines between (test helper). */
export function goodPackage(sections: readonly (readonly [heading: string, exampleId: string])[] = GOOD_2025_SECTIONS): string {
  return sections.map(([heading, id]) => `${heading}\n\n${corpusText(id)}`).join('\n\n');
}

/** A five-ECQ January 2025 package headed "ECQ 1: Leading Change"…, one example each (API and CLI tests). */
export const NUMBERED_PACKAGE_2025 = goodPackage([
  ['ECQ 1: Leading Change', 'c25-lc-1'],
  ['ECQ 2: Leading People', 'c25-lp-2'],
  ['ECQ 3: Driving Results', 'c25-dr-1'],
  ['ECQ 4: Achieving Organizational Success', 'c25-aos-1'],
  ['ECQ 5: Building Coalitions', 'c25-bc-2'],
]);

/** A five-ECQ 2006 package headed with the 2006 names, one example each (migration tests). */
export const PACKAGE_2006 = goodPackage([
  ['Leading Change', 'c06-lc-1'],
  ['Leading People', 'c06-lp-2'],
  ['Results Driven', 'c06-rd-1'],
  ['Business Acumen', 'c06-ba-1'],
  ['Building Coalitions', 'c06-bc-2'],
]);
