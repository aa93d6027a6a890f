import {
  COMPETENCY_KINDS,
  CONFIDENCE_LEVELS,
  formatPackStatus,
  PROCESSES,
  type TCompetency,
  type TEffectiveRule,
  type TPackStatus,
  type TSourceRef,
} from '@ecq/core';
import { z } from 'zod';
import { PACK_ORIGINS, type TPackEntry } from '../packs/pack-snapshot';
import type { TImportPolicyPackResult } from '../use-cases/import-policy-pack';

export const ZSourceResponse = z.object({
  citation: z.string(),
  policyRef: z.string(),
  confidence: z.enum(CONFIDENCE_LEVELS),
});

export const ZEffectiveRuleResponse = z.object({
  process: z.enum(PROCESSES),
  from: z.iso.date(),
  basis: z.string(),
  source: ZSourceResponse,
});

const statusText = { text: z.string() };
/** Where a pack stands on a date (core describePackStatus), with the sentence formatPackStatus writes. */
export const ZPackStatusResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('in-force'), processes: z.array(z.enum(PROCESSES)), ...statusText }),
  z.object({ kind: z.literal('superseded'), by: z.array(z.string()), ...statusText }),
  z.object({ kind: z.literal('scheduled'), from: z.iso.date(), ...statusText }),
  z.object({ kind: z.literal('not-selected'), group: z.string(), chosen: z.string(), ...statusText }),
]);

export const ZModelSummaryResponse = z.object({
  id: z.string(),
  uuid: z.uuid(),
  title: z.string(),
  version: z.string(),
  issuedOn: z.iso.date(),
  publisher: z.string(),
  origin: z.enum(PACK_ORIGINS),
  effective: z.array(ZEffectiveRuleResponse),
  alternative: z.object({ group: z.string(), isDefault: z.boolean() }).nullable(),
  status: ZPackStatusResponse,
  counts: z.object({ ecqs: z.number().int(), subCompetencies: z.number().int(), fundamentals: z.number().int() }),
});
export type TModelSummaryResponse = z.infer<typeof ZModelSummaryResponse>;

export const ZModelListResponse = z.object({
  /** The date the statuses are given for: today (UTC). */
  on: z.iso.date(),
  models: z.array(ZModelSummaryResponse),
});

export const ZCompetencyResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(COMPETENCY_KINDS),
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string(),
  parentCode: z.string().nullable(),
  position: z.number().int().min(1),
  source: ZSourceResponse,
  isProvisional: z.boolean(),
});

export const ZModelResponse = ZModelSummaryResponse.extend({
  description: z.string(),
  definitionsNote: z.string(),
  source: ZSourceResponse,
  items: z.array(ZCompetencyResponse),
});
export type TModelResponse = z.infer<typeof ZModelResponse>;

export const ZImportPolicyPackResponse = z.object({
  summary: z.object({
    id: z.string(),
    modelId: z.string(),
    modelUuid: z.uuid(),
    title: z.string(),
    version: z.string(),
    caseVersion: z.enum(['1.0', '1.1']),
    ecqs: z.number().int(),
    subCompetencies: z.number().int(),
    fundamentals: z.number().int(),
    associations: z.number().int(),
  }),
  warnings: z.array(z.object({ path: z.string(), message: z.string() })),
});

export function presentSource(source: TSourceRef): z.infer<typeof ZSourceResponse> {
  return { citation: source.citation, policyRef: source.policyRef, confidence: source.confidence };
}

export function presentEffectiveRule(rule: TEffectiveRule): z.infer<typeof ZEffectiveRuleResponse> {
  return { process: rule.process, from: rule.from, basis: rule.basis, source: presentSource(rule.source) };
}

function presentStatus(status: TPackStatus): z.infer<typeof ZPackStatusResponse> {
  const text = formatPackStatus(status);
  switch (status.kind) {
    case 'in-force':
      return { kind: status.kind, processes: [...status.processes], text };
    case 'superseded':
      return { kind: status.kind, by: [...status.by], text };
    case 'scheduled':
      return { kind: status.kind, from: status.from, text };
    case 'not-selected':
      return { kind: status.kind, group: status.group, chosen: status.chosen, text };
  }
}

/** One pack in the list of models: what it is, where it came from, when it applies and where it stands on `status`'s date. */
export function presentModelSummary(entry: TPackEntry, status: TPackStatus): TModelSummaryResponse {
  const { pack } = entry;
  const { model } = pack;
  const count = (kind: TCompetency['kind']) => model.items.filter((item) => item.kind === kind).length;
  return {
    id: pack.id,
    uuid: model.uuid,
    title: model.title,
    version: model.version,
    issuedOn: model.issuedOn,
    publisher: model.publisher,
    origin: entry.origin,
    effective: pack.effective.map(presentEffectiveRule),
    alternative: pack.alternative === undefined ? null : { group: pack.alternative.group, isDefault: pack.alternative.isDefault },
    status: presentStatus(status),
    counts: { ecqs: count('ecq'), subCompetencies: count('sub'), fundamentals: count('fundamental') },
  };
}

export function presentCompetency(item: TCompetency): z.infer<typeof ZCompetencyResponse> {
  return {
    id: item.id,
    code: item.code,
    kind: item.kind,
    name: item.name,
    aliases: [...item.aliases],
    description: item.description,
    parentCode: item.parentCode ?? null,
    position: item.position,
    source: presentSource(item.source),
    isProvisional: item.isProvisional,
  };
}

/** A whole model: the summary plus every item in model order (each ECQ, its sub-competencies, then the fundamentals). */
export function presentModel(entry: TPackEntry, status: TPackStatus): TModelResponse {
  const { model } = entry.pack;
  return {
    ...presentModelSummary(entry, status),
    description: model.description,
    definitionsNote: model.definitionsNote,
    source: presentSource(model.source),
    items: model.items.map(presentCompetency),
  };
}

export function presentPolicyPackImport(result: TImportPolicyPackResult): z.infer<typeof ZImportPolicyPackResponse> {
  return {
    summary: { ...result.summary },
    warnings: result.warnings.map((warning) => ({ path: warning.path, message: warning.message })),
  };
}
