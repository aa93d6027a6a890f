import type { TCalendarDate } from '../dates/calendar-date';
import { AppError } from '../errors/app-error';
import { uuidV5 } from '../ids/uuid';
import type { TCompetencyKind } from '../policy/model';
import type { TCaseVersion, TCfItemType, TCfLicense, TLinkUri } from './case-schemas';

/**
 * The fixed CASE definitions every ECQ Workbench export shares: one CFItemType per kind of competency
 * (POLICY.md §1: ECQs, their sub-competencies, and the 2006 fundamental competencies) and one CFLicense.
 * Identifiers are version-5 UUIDs of fixed names, so they never change between exports.
 */
export const CASE_ITEM_TYPES: Readonly<
  Record<TCompetencyKind, { identifier: string; title: string; hierarchyCode: string; typeCode: TCompetencyKind; description: string }>
> = {
  ecq: {
    identifier: uuidV5('case:item-type:ecq'),
    title: 'Executive Core Qualification',
    hierarchyCode: '1',
    typeCode: 'ecq',
    description:
      'One of the Executive Core Qualifications (ECQs): a leadership qualification every candidate for the ' +
      'U.S. Senior Executive Service must demonstrate.',
  },
  sub: {
    identifier: uuidV5('case:item-type:sub'),
    title: 'Sub-competency',
    hierarchyCode: '1.1',
    typeCode: 'sub',
    description: 'A competency that makes up one Executive Core Qualification; it belongs to exactly one ECQ.',
  },
  fundamental: {
    identifier: uuidV5('case:item-type:fundamental'),
    title: 'Fundamental Competency',
    hierarchyCode: '2',
    typeCode: 'fundamental',
    description:
      'A competency judged across the whole application rather than under one ECQ, as in the 2006 model.',
  },
};

/** The one license of every export: U.S. Government work for the model, CC0 1.0 for our own text. */
export const ECQ_WORKBENCH_LICENSE = {
  identifier: uuidV5('case:license:ecq-workbench'),
  title: 'U.S. Government work (17 U.S.C. §105); ECQ Workbench text under CC0 1.0',
  licenseText:
    'The names and the structure of the Executive Core Qualifications, their sub-competencies and the ' +
    'fundamental competencies are works of the United States Government (U.S. Office of Personnel ' +
    'Management). Under 17 U.S.C. §105 they are not subject to copyright in the United States. The ' +
    'descriptions, notes and crosswalk annotations written by ECQ Workbench are dedicated to the public ' +
    'domain under the Creative Commons CC0 1.0 Universal Public Domain Dedication ' +
    '(https://creativecommons.org/publicdomain/zero/1.0/): anyone may copy, modify and distribute them, ' +
    'even commercially, without asking permission.',
} as const;

export interface TCaseExportOptions {
  /** CASE version to write; 1.1 by default. */
  readonly caseVersion?: TCaseVersion;
  /** Base of the CASE REST service that will serve the objects, e.g. `https://example.gov`. */
  readonly baseUri?: string;
}

/** The REST collections a CASE object lives in (CASE 1.0/1.1 REST binding, e.g. `GET /CFItems/{sourcedId}`). */
export type TCaseCollection =
  | 'CFDocuments'
  | 'CFItems'
  | 'CFAssociations'
  | 'CFItemTypes'
  | 'CFLicenses'
  | 'CFAssociationGroupings';

/** Gives the `uri` of a CASE object from its collection and identifier. */
export type TCaseUriOf = (collection: TCaseCollection, identifier: string) => string;

/**
 * How objects are addressed: under a base URI, the CASE REST path of the chosen version
 * (`/ims/case/v1p1/CFItems/{id}`, CASE REST binding); without one, a `urn:uuid:` URN, which needs no server.
 * @throws AppError `VALIDATION_FAILED` when the base URI is not an http(s) URL.
 */
export function caseUriOf(version: TCaseVersion, baseUri: string | undefined): TCaseUriOf {
  if (baseUri === undefined) return (_collection, identifier) => `urn:uuid:${identifier}`;
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/.test(baseUri)) {
    throw new AppError('VALIDATION_FAILED', `baseUri must be an http(s) URL without query or fragment; got "${baseUri.slice(0, 200)}"`, {
      field: 'baseUri',
    });
  }
  const base = `${baseUri.replace(/\/+$/, '')}/ims/case/${version === '1.1' ? 'v1p1' : 'v1p0'}`;
  return (collection, identifier) => `${base}/${collection}/${identifier}`;
}

/** A deterministic change time: midnight UTC of the model's issue date, so exports never depend on the clock. */
export function caseLastChange(date: TCalendarDate): string {
  return `${date}T00:00:00+00:00`;
}

/** The LinkURI of the CFItemType of one kind of competency. */
export function itemTypeLink(kind: TCompetencyKind, uriOf: TCaseUriOf): TLinkUri {
  const type = CASE_ITEM_TYPES[kind];
  return { title: type.title, identifier: type.identifier, uri: uriOf('CFItemTypes', type.identifier) };
}

/** The LinkURI of the export license. */
export function licenseLink(uriOf: TCaseUriOf): TLinkUri {
  const { identifier, title } = ECQ_WORKBENCH_LICENSE;
  return { title, identifier, uri: uriOf('CFLicenses', identifier) };
}

/** The three CFItemTypes, in kind order (ECQ, sub-competency, fundamental). */
export function caseItemTypes(uriOf: TCaseUriOf, lastChangeDateTime: string): TCfItemType[] {
  return (['ecq', 'sub', 'fundamental'] as const).map((kind) => {
    const type = CASE_ITEM_TYPES[kind];
    return {
      identifier: type.identifier,
      uri: uriOf('CFItemTypes', type.identifier),
      lastChangeDateTime,
      title: type.title,
      description: type.description,
      hierarchyCode: type.hierarchyCode,
      typeCode: type.typeCode,
    };
  });
}

/** The CFLicense of every export (see {@link ECQ_WORKBENCH_LICENSE}). */
export function caseLicense(uriOf: TCaseUriOf, lastChangeDateTime: string): TCfLicense {
  const { identifier, title, licenseText } = ECQ_WORKBENCH_LICENSE;
  return { identifier, uri: uriOf('CFLicenses', identifier), lastChangeDateTime, title, licenseText };
}
