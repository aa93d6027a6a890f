import { defineModel, exportPackToCase, SOURCES, type TCalendarDate, type TCaseVersion, type TCfPackage, type TPolicyPack } from '@ecq/core';

let sequence = 0;

/**
 * A small synthetic policy pack whose id, model UUID and item ids are new on every call (they derive from
 * a per-file counter), so that each import is a new pack. Placeholder content, not policy.
 */
export function freshPolicyPack(options: { readonly ecqs?: number; readonly subsPerEcq?: number } = {}): TPolicyPack {
  const id = `imported-test-model-${++sequence}`;
  const model = defineModel({
    id,
    title: `Imported test model ${sequence}`,
    version: '1',
    issuedOn: '2025-03-01' as TCalendarDate,
    publisher: 'ECQ Workbench tests',
    description: 'A synthetic framework for API tests.',
    definitionsNote: 'Placeholder text, not policy.',
    source: SOURCES.ours,
    ecqs: Array.from({ length: options.ecqs ?? 2 }, (_, e) => ({
      code: `T${e + 1}`,
      name: `Test ECQ ${e + 1}`,
      description: `Placeholder ECQ ${e + 1}.`,
      subs: Array.from({ length: options.subsPerEcq ?? 2 }, (_, s) => ({
        name: `Test competency ${e + 1}.${s + 1}`,
        description: `Placeholder competency ${e + 1}.${s + 1}.`,
      })),
    })),
  });
  return { id, model, effective: [], alternative: undefined, isBuiltIn: false };
}

/** {@link freshPolicyPack} as a CASE package, 1.1 by default. */
export function freshCasePackage(caseVersion: TCaseVersion = '1.1'): TCfPackage {
  return exportPackToCase(freshPolicyPack(), { caseVersion });
}
