import { CachedJson } from './cached-json';
import {
  AppError,
  serializeCasePackage,
  type TCaseVersion,
  type TCfAssociation,
  type TCfDocument,
  type TCfItem,
  type TCfPackage,
  type TLinkUri,
} from '@ecq/core';
import { caseResponseSchema, type TCaseResponseKind } from './case-response-schemas';

/** The single-resource collections of the CASE REST binding (`GET /{collection}/{sourcedId}`). */
export const CASE_RESOURCES = [
  'CFDocuments',
  'CFPackages',
  'CFItems',
  'CFItemAssociations',
  'CFAssociations',
  'CFAssociationGroupings',
  'CFItemTypes',
  'CFLicenses',
  'CFConcepts',
  'CFSubjects',
  'CFRubrics',
] as const;
export type TCaseResource = (typeof CASE_RESOURCES)[number];

/** The response schema of each collection's single-resource GET. */
export const RESPONSE_KIND_OF: Readonly<Record<TCaseResource, TCaseResponseKind>> = {
  CFDocuments: 'CFDocument',
  CFPackages: 'CFPackage',
  CFItems: 'CFItem',
  CFItemAssociations: 'CFItemAssociations',
  CFAssociations: 'CFAssociation',
  CFAssociationGroupings: 'CFAssociationGrouping',
  CFItemTypes: 'CFItemTypes',
  CFLicenses: 'CFLicense',
  CFConcepts: 'CFConcepts',
  CFSubjects: 'CFSubjects',
  CFRubrics: 'CFRubric',
};

/** A CFDocument as `GET /CFDocuments` returns it: with the link to its package. */
export type TStandaloneDocument = TCfDocument & { readonly CFPackageURI: TLinkUri };

type TDefinitions = NonNullable<TCfPackage['CFDefinitions']>;
type TDefinition = { readonly identifier: string; readonly lastChangeDateTime: string };
type THierarchical = TDefinition & { readonly hierarchyCode: string };
type TRubric = NonNullable<TCfPackage['CFRubrics']>[number];

interface TOwned<T> {
  readonly value: T;
  /** The CFDocument of the package the object comes from, as a LinkURI. */
  readonly document: TLinkUri;
}

const byHierarchyCode = new Intl.Collator('en', { numeric: true });

/** Serialized packages, per package object: a package unchanged by a reload is not checked or serialized again. */
const packageBodies = new WeakMap<TCfPackage, CachedJson>();

/**
 * Everything the CASE REST API serves in one CASE version, indexed by identifier, from the packages of the
 * policy packs and crosswalks. Bodies are built, checked against the binding's response schema and
 * serialized once, on first request, then answered from memory: a request costs a map lookup. A package's
 * text is kept with the package object, so a pack unchanged by a reload keeps it too. Where two
 * packages hold an object with one identifier (the shared CFLicense and CFItemTypes of every export), the one
 * changed last is served; an item or association appearing twice is served from the first package.
 * Immutable once built; the pack registry builds a new one when the packs change.
 */
export class CaseCatalog {
  readonly version: TCaseVersion;
  /** Every CFDocument, in package order (models, then crosswalks). */
  readonly documents: readonly TStandaloneDocument[];
  private readonly packages = new Map<string, TCfPackage>();
  private readonly standaloneDocuments = new Map<string, TStandaloneDocument>();
  private readonly items = new Map<string, TOwned<TCfItem>>();
  private readonly associations = new Map<string, TOwned<TCfAssociation>>();
  private readonly associationsOfItem = new Map<string, TCfAssociation[]>();
  private readonly groupings = new Map<string, NonNullable<TDefinitions['CFAssociationGroupings']>[number]>();
  private readonly licenses = new Map<string, NonNullable<TDefinitions['CFLicenses']>[number]>();
  private readonly itemTypes = new Map<string, NonNullable<TDefinitions['CFItemTypes']>[number]>();
  private readonly concepts = new Map<string, NonNullable<TDefinitions['CFConcepts']>[number]>();
  private readonly subjects = new Map<string, NonNullable<TDefinitions['CFSubjects']>[number]>();
  private readonly rubrics = new Map<string, TRubric>();
  private readonly bodies = new Map<string, CachedJson>();

  constructor(version: TCaseVersion, packages: readonly TCfPackage[]) {
    this.version = version;
    const documents: TStandaloneDocument[] = [];
    for (const pkg of packages) {
      const { CFDocument: document } = pkg;
      if (this.packages.has(document.identifier)) continue;
      this.packages.set(document.identifier, pkg);
      const link: TLinkUri = { title: document.title, identifier: document.identifier, uri: document.uri };
      const standalone: TStandaloneDocument = { ...document, CFPackageURI: link };
      documents.push(standalone);
      this.standaloneDocuments.set(document.identifier, standalone);
      for (const item of pkg.CFItems ?? []) keepFirst(this.items, item.identifier, { value: item, document: link });
      for (const association of pkg.CFAssociations ?? []) {
        if (this.associations.has(association.identifier)) continue;
        this.associations.set(association.identifier, { value: association, document: link });
        for (const end of new Set([association.originNodeURI.identifier, association.destinationNodeURI.identifier])) {
          const list = this.associationsOfItem.get(end) ?? [];
          list.push(association);
          this.associationsOfItem.set(end, list);
        }
      }
      const definitions = pkg.CFDefinitions ?? {};
      for (const grouping of definitions.CFAssociationGroupings ?? []) keepLatest(this.groupings, grouping);
      for (const license of definitions.CFLicenses ?? []) keepLatest(this.licenses, license);
      for (const itemType of definitions.CFItemTypes ?? []) keepLatest(this.itemTypes, itemType);
      for (const concept of definitions.CFConcepts ?? []) keepLatest(this.concepts, concept);
      for (const subject of definitions.CFSubjects ?? []) keepLatest(this.subjects, subject);
      for (const rubric of pkg.CFRubrics ?? []) keepFirst(this.rubrics, rubric.identifier, rubric);
    }
    this.documents = documents;
  }

  /**
   * The serialized body of `GET /{resource}/{id}`, or undefined when nothing has that identifier. The
   * package is written by serializeCasePackage (the bytes of an export); other bodies as compact JSON.
   * @throws AppError `INTERNAL` when a body does not match the binding's schema (a defect, never bad input).
   */
  textOf(resource: TCaseResource, id: string): string | undefined {
    return this.responseOf(resource, id)?.text;
  }

  /** The prepared response of `GET /{resource}/{id}` (text, ETag, gzip), or undefined when nothing has that identifier. */
  responseOf(resource: TCaseResource, id: string): CachedJson | undefined {
    if (resource === 'CFPackages') {
      const pkg = this.packages.get(id);
      if (pkg === undefined) return undefined;
      let cached = packageBodies.get(pkg);
      if (cached === undefined) {
        cached = new CachedJson(serializeCasePackage(this.checked(resource, id, pkg)));
        packageBodies.set(pkg, cached);
      }
      return cached;
    }
    const key = `${resource}/${id}`;
    let cached = this.bodies.get(key);
    if (cached === undefined) {
      const body = this.bodyOf(resource, id);
      if (body === undefined) return undefined;
      cached = new CachedJson(JSON.stringify(this.checked(resource, id, body)));
      this.bodies.set(key, cached);
    }
    return cached;
  }

  /** The body itself, once it matches the binding's response schema. */
  private checked<T>(resource: TCaseResource, id: string, body: T): T {
    const result = caseResponseSchema(this.version, RESPONSE_KIND_OF[resource]).safeParse(body);
    if (!result.success) {
      throw new AppError('INTERNAL', `CASE ${this.version} ${resource}/${id} does not match its response schema`, { cause: result.error });
    }
    return body;
  }

  private bodyOf(resource: TCaseResource, id: string): unknown {
    switch (resource) {
      case 'CFDocuments':
        return this.standaloneDocuments.get(id);
      case 'CFPackages':
        return this.packages.get(id);
      case 'CFItems':
        return this.standaloneItem(id);
      case 'CFItemAssociations': {
        const item = this.standaloneItem(id);
        return item === undefined ? undefined : { CFItem: item, CFAssociations: this.associationsOfItem.get(id) ?? [] };
      }
      case 'CFAssociations': {
        const owned = this.associations.get(id);
        return owned === undefined ? undefined : { ...owned.value, CFDocumentURI: owned.document };
      }
      case 'CFAssociationGroupings':
        return this.groupings.get(id);
      case 'CFItemTypes':
        return withChildren(this.itemTypes, id, (list) => ({ CFItemTypes: list }));
      case 'CFLicenses':
        return this.licenses.get(id);
      case 'CFConcepts':
        return withChildren(this.concepts, id, (list) => ({ CFConcepts: list }));
      case 'CFSubjects':
        return withChildren(this.subjects, id, (list) => ({ CFSubjects: list }));
      case 'CFRubrics':
        return this.rubrics.get(id);
    }
  }

  private standaloneItem(id: string): (TCfItem & { readonly CFDocumentURI: TLinkUri }) | undefined {
    const owned = this.items.get(id);
    return owned === undefined ? undefined : { ...owned.value, CFDocumentURI: owned.document };
  }
}

function keepFirst<T>(map: Map<string, T>, id: string, value: T): void {
  if (!map.has(id)) map.set(id, value);
}

/** Definitions shared by several packages: the most recently changed copy wins (ISO date-times compare as instants). */
function keepLatest<T extends TDefinition>(map: Map<string, T>, definition: T): void {
  const existing = map.get(definition.identifier);
  if (existing === undefined || Date.parse(definition.lastChangeDateTime) > Date.parse(existing.lastChangeDateTime)) {
    map.set(definition.identifier, definition);
  }
}

/**
 * A concept, subject or item type set (CASE REST binding): the requested definition first, then its children,
 * the definitions whose `hierarchyCode` lies under its own (`1` → `1.1`, `1.2.3`), in hierarchy order.
 */
function withChildren<T extends THierarchical, R>(map: ReadonlyMap<string, T>, id: string, wrap: (list: T[]) => R): R | undefined {
  const root = map.get(id);
  if (root === undefined) return undefined;
  const prefix = `${root.hierarchyCode}.`;
  const children = [...map.values()]
    .filter((definition) => definition.identifier !== id && definition.hierarchyCode.startsWith(prefix))
    .sort((a, b) => byHierarchyCode.compare(a.hierarchyCode, b.hierarchyCode));
  return wrap([root, ...children]);
}
