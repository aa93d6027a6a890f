import {
  COMPETENCY_KINDS,
  CONFIDENCE_LEVELS,
  CROSSWALK_LINK_KINDS,
  newItemsOf,
  type TCompetency,
  type TCompetencyModel,
  type TCrosswalk,
  type TCrosswalkLink,
  type TCrosswalkLinkKind,
} from '@ecq/core';
import { z } from 'zod';
import { presentSource, ZSourceResponse } from './model';

export const ZCrosswalkItemResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(COMPETENCY_KINDS),
  name: z.string(),
});

export const ZCrosswalkSummaryResponse = z.object({
  id: z.string(),
  uuid: z.uuid(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  source: ZSourceResponse,
  /** How many links of each kind. */
  linkCounts: z.record(z.enum(CROSSWALK_LINK_KINDS), z.number().int()),
});
export type TCrosswalkSummaryResponse = z.infer<typeof ZCrosswalkSummaryResponse>;

export const ZCrosswalkListResponse = z.object({ crosswalks: z.array(ZCrosswalkSummaryResponse) });

export const ZCrosswalkLinkResponse = z.object({
  id: z.uuid(),
  kind: z.enum(CROSSWALK_LINK_KINDS),
  /** The older model's item; null for `new`. */
  from: ZCrosswalkItemResponse.nullable(),
  /** The newer model's item; null for `removed`. */
  to: ZCrosswalkItemResponse.nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  note: z.string().nullable(),
});

const ZModelRef = z.object({ id: z.string(), title: z.string(), version: z.string() });

export const ZCrosswalkResponse = ZCrosswalkSummaryResponse.extend({
  fromModel: ZModelRef,
  toModel: ZModelRef,
  links: z.array(ZCrosswalkLinkResponse),
  /** The newer model's items with no predecessor. */
  newItems: z.array(ZCrosswalkItemResponse),
});
export type TCrosswalkResponse = z.infer<typeof ZCrosswalkResponse>;

function presentItem(item: TCompetency): z.infer<typeof ZCrosswalkItemResponse> {
  return { id: item.id, code: item.code, kind: item.kind, name: item.name };
}

function presentLink(link: TCrosswalkLink): z.infer<typeof ZCrosswalkLinkResponse> {
  return {
    id: link.id,
    kind: link.kind,
    from: link.from === undefined ? null : presentItem(link.from),
    to: link.to === undefined ? null : presentItem(link.to),
    confidence: link.confidence,
    note: link.note ?? null,
  };
}

const presentModelRef = (model: TCompetencyModel) => ({ id: model.id, title: model.title, version: model.version });

export function presentCrosswalkSummary(crosswalk: TCrosswalk): TCrosswalkSummaryResponse {
  const linkCounts = Object.fromEntries(CROSSWALK_LINK_KINDS.map((kind) => [kind, 0])) as Record<TCrosswalkLinkKind, number>;
  for (const link of crosswalk.links) linkCounts[link.kind]++;
  return {
    id: crosswalk.id,
    uuid: crosswalk.uuid,
    title: crosswalk.title,
    from: crosswalk.fromModel.id,
    to: crosswalk.toModel.id,
    source: presentSource(crosswalk.source),
    linkCounts,
  };
}

/** A crosswalk with every link in authoring order and the items new in the target model. */
export function presentCrosswalk(crosswalk: TCrosswalk): TCrosswalkResponse {
  return {
    ...presentCrosswalkSummary(crosswalk),
    fromModel: presentModelRef(crosswalk.fromModel),
    toModel: presentModelRef(crosswalk.toModel),
    links: crosswalk.links.map(presentLink),
    newItems: newItemsOf(crosswalk).map(presentItem),
  };
}
