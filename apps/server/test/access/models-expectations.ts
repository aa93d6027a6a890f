import {
  BUILT_IN_CROSSWALKS,
  CASE_ITEM_TYPES,
  ECQ_2025_PACK,
  ECQ_WORKBENCH_LICENSE,
  exportCrosswalkToCase,
  exportPackToCase,
} from '@ecq/core';
import { freshCasePackage } from '../case-fixtures';
import { EVERYONE, NOBODY, type TAccessCase, type TAccessExpectations } from './types';

const ecq2025 = exportPackToCase(ECQ_2025_PACK);
const crosswalk = exportCrosswalkToCase(BUILT_IN_CROSSWALKS[0]!);

/** A real identifier for each CASE collection, so that "allowed" is a 200 where our packs have the object. */
const CASE_IDS = {
  CFDocuments: ecq2025.CFDocument.identifier,
  CFPackages: ecq2025.CFDocument.identifier,
  CFItems: ecq2025.CFItems![0]!.identifier,
  CFItemAssociations: ecq2025.CFItems![1]!.identifier,
  CFAssociations: crosswalk.CFAssociations![0]!.identifier,
  CFAssociationGroupings: crosswalk.CFDefinitions!.CFAssociationGroupings![0]!.identifier,
  CFItemTypes: CASE_ITEM_TYPES.ecq.identifier,
  CFLicenses: ECQ_WORKBENCH_LICENSE.identifier,
  // Our packs have no concepts, subjects or rubrics: these answer 404, which the matrix counts as reached.
  CFConcepts: '0b0c9d5e-2f4a-4b6c-8d7e-9f0a1b2c3d4e',
  CFSubjects: '0b0c9d5e-2f4a-4b6c-8d7e-9f0a1b2c3d4e',
  CFRubrics: '0b0c9d5e-2f4a-4b6c-8d7e-9f0a1b2c3d4e',
} as const;

const everyone = (url: string): TAccessCase => ({ build: async () => ({ url }), expect: EVERYONE });

function caseExpectations(base: string): Record<string, TAccessCase> {
  const cases: Record<string, TAccessCase> = { [`GET ${base}/CFDocuments`]: everyone(`${base}/CFDocuments?limit=2`) };
  for (const [collection, id] of Object.entries(CASE_IDS)) {
    cases[`GET ${base}/${collection}/:sourcedId`] = everyone(`${base}/${collection}/${id}`);
  }
  return cases;
}

/** Models, crosswalks, policy-for and the import (model-routes.ts); the CASE REST API (case-routes.ts). */
export const modelsExpectations: TAccessExpectations = {
  'GET /api/models': everyone('/api/models'),
  'GET /api/models/:id': everyone('/api/models/ecq-2025'),
  'GET /api/crosswalks': everyone('/api/crosswalks'),
  'GET /api/crosswalks/:from/:to': everyone('/api/crosswalks/ecq-2006/ecq-2025'),
  'GET /api/policy-for': everyone('/api/policy-for?process=hiring&on=2025-07-01'),
  'POST /api/models/import': {
    // A new framework on every call, so that the admin's imports succeed (201) rather than conflict.
    build: async () => ({ url: '/api/models/import', payload: { casePackage: freshCasePackage() } }),
    expect: { ...NOBODY, opm_admin: 'all' },
  },
  ...caseExpectations('/ims/case/v1p1'),
  ...caseExpectations('/ims/case/v1p0'),
};
