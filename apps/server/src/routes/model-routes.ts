import { describePackStatus, getCrosswalk, getPack, policyFor, todayUtc, type TCalendarDate } from '@ecq/core';
import { z } from 'zod';
import { defineRoute, PUBLIC, rolesOnly } from '../http/route';
import { getPackEntry, type TPackEntry, type TPackSnapshot } from '../packs/pack-snapshot';
import { authorize, canImportPolicyPacks, requireSignedIn } from '../policies';
import { presentCrosswalk, presentCrosswalkSummary, ZCrosswalkListResponse, ZCrosswalkResponse } from '../presenters/crosswalk';
import {
  presentModel,
  presentModelSummary,
  presentPolicyPackImport,
  ZImportPolicyPackResponse,
  ZModelListResponse,
  ZModelResponse,
} from '../presenters/model';
import { presentPolicyAnswer, ZPolicyAnswerResponse } from '../presenters/policy-answer';
import { importPolicyPack } from '../use-cases/import-policy-pack';

/** Largest CASE package an import accepts: a 5,000-item framework is about 4 MiB. */
export const CASE_IMPORT_BODY_LIMIT = 10 * 1024 * 1024;
const ID_MAX_LENGTH = 200;

const ZPackId = z.string().min(1).max(ID_MAX_LENGTH).describe('a pack id such as ecq-2025, or its model UUID');
export const ZModelParams = z.strictObject({ id: ZPackId });
export const ZCrosswalkParams = z.strictObject({ from: ZPackId, to: ZPackId });
export const ZPolicyForQuery = z.strictObject({
  process: z.string().max(ID_MAX_LENGTH).describe('hiring, appraisal or development'),
  on: z.string().max(ID_MAX_LENGTH).optional().describe('the deciding date, YYYY-MM-DD; today (UTC) when absent'),
});
/**
 * The import request: the CASE package travels in `casePackage`, so the envelope is as strict as every
 * other write (unknown fields rejected) while importCasePackage reports what is wrong inside the package,
 * each problem at its JSON path.
 */
export const ZImportPolicyPackRequest = z.strictObject({
  casePackage: z.record(z.string(), z.unknown()).describe('A CASE 1.0 or 1.1 CFPackage of a competency framework'),
});

const IMPORT_REFUSAL = { field: 'role', message: 'only OPM administrators import policy packs' } as const;

function statusOf(snapshot: TPackSnapshot, entry: TPackEntry, on: TCalendarDate) {
  return describePackStatus({ pack: entry.pack, on, settings: snapshot.settings, packs: snapshot.packs });
}

export const modelRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/models',
    summary: 'Every policy pack (built-in and imported): its model, when each process uses it, and where it stands today',
    tags: ['models'],
    access: PUBLIC,
    response: ZModelListResponse,
    async handler({ deps }) {
      const snapshot = await deps.packs.current();
      const on = todayUtc(deps.now());
      return { on, models: snapshot.entries.map((entry) => presentModelSummary(entry, statusOf(snapshot, entry, on))) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/models/:id',
    summary: 'One competency model with every ECQ, sub-competency and fundamental competency',
    tags: ['models'],
    access: PUBLIC,
    params: ZModelParams,
    response: ZModelResponse,
    async handler({ params, deps }) {
      const snapshot = await deps.packs.current();
      const entry = getPackEntry(snapshot, params.id, 'id');
      return presentModel(entry, statusOf(snapshot, entry, todayUtc(deps.now())));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/crosswalks',
    summary: 'The crosswalks between models, with how many links of each kind',
    tags: ['models'],
    access: PUBLIC,
    response: ZCrosswalkListResponse,
    async handler({ deps }) {
      const snapshot = await deps.packs.current();
      return { crosswalks: snapshot.crosswalks.map(presentCrosswalkSummary) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/crosswalks/:from/:to',
    summary: 'The crosswalk from one model to another: every link (kind, items, confidence, note) and the new items',
    tags: ['models'],
    access: PUBLIC,
    params: ZCrosswalkParams,
    response: ZCrosswalkResponse,
    async handler({ params, deps }) {
      const snapshot = await deps.packs.current();
      const from = getPack(params.from, snapshot.packs, 'from');
      const to = getPack(params.to, snapshot.packs, 'to');
      return presentCrosswalk(getCrosswalk(from.model.id, to.model.id, snapshot.crosswalks));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/policy-for',
    summary: 'Which pack governs a process on a date, and why (this deployment follows ECQ_FOLLOW)',
    tags: ['models'],
    access: PUBLIC,
    query: ZPolicyForQuery,
    response: ZPolicyAnswerResponse,
    async handler({ query, deps }) {
      const snapshot = await deps.packs.current();
      const on = query.on ?? todayUtc(deps.now());
      return presentPolicyAnswer(policyFor({ process: query.process, on, settings: snapshot.settings, packs: snapshot.packs }));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/models/import',
    summary: 'Import a competency framework (a CASE 1.0 or 1.1 package) as a new policy pack (OPM administrators)',
    tags: ['models'],
    access: rolesOnly('opm_admin'),
    body: ZImportPolicyPackRequest,
    bodyLimit: CASE_IMPORT_BODY_LIMIT,
    response: ZImportPolicyPackResponse,
    successStatus: 201,
    async handler({ actor, body, deps, request }) {
      const user = requireSignedIn(actor);
      authorize(canImportPolicyPacks(user), IMPORT_REFUSAL);
      const result = await importPolicyPack(deps.db, {
        casePackage: body.casePackage,
        actorUserId: user.userId,
        requestId: request.id,
        field: 'casePackage',
      });
      deps.packs.invalidate();
      return presentPolicyPackImport(result);
    },
  }),
];
