import * as z from 'zod';
import { isCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import { CROSSWALK_LINK_KINDS } from '../crosswalk/crosswalk';
import { COMPETENCY_KINDS } from '../policy/model';
import { PROCESSES } from '../policy/pack';
import { CONFIDENCE_LEVELS } from '../policy/source';

/**
 * What CASE cannot carry, kept in CASE 1.1 `extensions` under one key so that a 1.1 export imports back to
 * the same pack or crosswalk (CASE 1.1 adds an open `extensions` object to every class). The facts are those of
 * POLICY.md §1: each model's source and confidence, the dates from which each process uses it, and for
 * crosswalks the kind and confidence of each link. Unknown keys inside are ignored so that a newer ECQ
 * Workbench can add some without breaking older readers.
 */
export const ECQ_WORKBENCH_EXTENSION_KEY = 'ecqWorkbench';

const ZCalendarDate = z.custom<TCalendarDate>(isCalendarDate, { error: 'must be a real calendar date written YYYY-MM-DD' });

export const ZSourceRefExtension = z.object({
  citation: z.string(),
  policyRef: z.string(),
  confidence: z.enum(CONFIDENCE_LEVELS),
});

/** On the CFDocument of a competency model: the model slug, its source, and the pack's effective rules. */
export const ZModelDocumentExtension = z.object({
  modelId: z.string().min(1),
  /** Only when the pack's id differs from its model's. */
  packId: z.string().min(1).optional(),
  source: ZSourceRefExtension,
  effective: z.array(
    z.object({ process: z.enum(PROCESSES), from: ZCalendarDate, basis: z.string(), source: ZSourceRefExtension }),
  ),
  alternative: z.object({ group: z.string(), isDefault: z.boolean() }).optional(),
});

/** On each CFItem of a model: what kind of competency it is, its source, and whether it is provisional. */
export const ZItemExtension = z.object({
  kind: z.enum(COMPETENCY_KINDS).optional(),
  source: ZSourceRefExtension.optional(),
  isProvisional: z.boolean().optional(),
});

/** On the CFDocument of a crosswalk: the two models (by slug) and the crosswalk's source. */
export const ZCrosswalkDocumentExtension = z.object({
  crosswalkId: z.string().optional(),
  fromModel: z.string(),
  toModel: z.string(),
  source: ZSourceRefExtension,
});

/** On each CFAssociation of a crosswalk: the link's kind and confidence, and the two models by slug. */
export const ZCrosswalkAssociationExtension = z.object({
  kind: z.enum(CROSSWALK_LINK_KINDS),
  confidence: z.enum(CONFIDENCE_LEVELS),
  fromModel: z.string(),
  toModel: z.string(),
});

/**
 * One `removed` or `new` link, which has no CASE association form: the item (by identifier and title),
 * the link's place among all links, its confidence and its note.
 */
export const ZUnpairedLinkExtension = z.object({
  identifier: z.string(),
  title: z.string(),
  sequenceNumber: z.int(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  note: z.string().optional(),
});

/** On the CFPackage of a crosswalk: the links CASE cannot express as associations. */
export const ZCrosswalkPackageExtension = z.object({
  removed: z.array(ZUnpairedLinkExtension),
  new: z.array(ZUnpairedLinkExtension),
});

export type TModelDocumentExtension = z.output<typeof ZModelDocumentExtension>;
export type TItemExtension = z.output<typeof ZItemExtension>;
export type TCrosswalkDocumentExtension = z.output<typeof ZCrosswalkDocumentExtension>;
export type TCrosswalkAssociationExtension = z.output<typeof ZCrosswalkAssociationExtension>;
export type TUnpairedLinkExtension = z.output<typeof ZUnpairedLinkExtension>;
export type TCrosswalkPackageExtension = z.output<typeof ZCrosswalkPackageExtension>;
