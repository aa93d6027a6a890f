import { isCalendarDate } from '../dates/calendar-date';
import { isAppError, type TProblem } from '../errors/app-error';
import {
  assertModelIsConsistent,
  COMPETENCY_KINDS,
  type TCompetency,
  type TCompetencyKind,
  type TCompetencyModel,
} from '../policy/model';
import type { TPolicyPack } from '../policy/pack';
import { CASE_ITEM_TYPES } from './case-definitions';
import { importedSource, readEcqWorkbenchExtension, slugOf } from './case-import-helpers';
import type { TCaseVersion, TCfItem, TCfPackage } from './case-schemas';
import { ZItemExtension, ZModelDocumentExtension, type TItemExtension } from './ecq-workbench-extensions';
import { quoteForMessage } from './format-json-path';

export interface TCaseModelSummary {
  readonly modelId: string;
  readonly title: string;
  readonly ecqs: number;
  readonly subCompetencies: number;
  readonly fundamentals: number;
  readonly associations: number;
}

export interface TCaseFrameworkReading {
  readonly pack: TPolicyPack | undefined;
  readonly summary: TCaseModelSummary;
  readonly problems: TProblem[];
  readonly warnings: TProblem[];
}

interface TPlacement {
  readonly parentId: string;
  readonly associationIndex: number;
  readonly sequenceNumber: number | undefined;
}

/** Which package field holds each model field, to locate the problems of assertModelIsConsistent. */
const PACKAGE_FIELD_OF: ReadonlyMap<string, string> = new Map([
  ['id', 'identifier'],
  ['code', 'humanCodingScheme'],
  ['name', 'fullStatement'],
]);

/**
 * Turns a valid CASE framework package into a policy pack (POLICY.md §1: a model is ECQs, their
 * sub-competencies, and possibly fundamental competencies). Items attached by `isChildOf` to the document
 * are ECQs, or fundamentals when their `extensions.ecqWorkbench.kind` or item type says so; their children
 * are sub-competencies. Anything deeper, unattached, attached twice, or under a fundamental is a problem
 * at its path. Siblings are ordered by `sequenceNumber`, then `listEnumeration`, then package order, and
 * numbered from 1. Codes come from `humanCodingScheme` or are generated (`E1`, `E1.2`, `FC.1`). The model
 * id comes from the extension, else from a known pack with the same document identifier, else from the
 * title. The result is checked with assertModelIsConsistent.
 */
export function readCaseFramework(
  pkg: TCfPackage,
  options: { readonly caseVersion: TCaseVersion; readonly packs: readonly TPolicyPack[] },
): TCaseFrameworkReading {
  const document = pkg.CFDocument;
  const items = pkg.CFItems ?? [];
  const associations = pkg.CFAssociations ?? [];
  const problems: TProblem[] = [];
  const warnings: TProblem[] = [];

  const documentExtension = readEcqWorkbenchExtension({
    schema: ZModelDocumentExtension,
    extensions: document.extensions,
    ownerPath: '$.CFDocument',
    problems,
  });
  const source = documentExtension?.source ?? importedSource(document, options.caseVersion);
  if (documentExtension === undefined) {
    warnings.push({
      path: '$.CFDocument',
      message: 'the package does not say where its content comes from; items take the document as source, graded low confidence',
    });
  }
  const knownPack = options.packs.find((pack) => pack.model.uuid === document.identifier);
  if (documentExtension === undefined && knownPack !== undefined) {
    warnings.push({
      path: '$.CFDocument.identifier',
      message: `the document has the identifier of the known model ${knownPack.model.id}; that id is used`,
    });
  }
  const modelId = documentExtension?.modelId ?? knownPack?.model.id ?? slugOf(document.title);

  const itemExtensions = items.map((item, i) =>
    readEcqWorkbenchExtension({ schema: ZItemExtension, extensions: item.extensions, ownerPath: `$.CFItems[${i}]`, problems }),
  );
  const indexById = new Map(items.map((item, i) => [item.identifier, i]));
  const placements = new Map<number, TPlacement>();
  const ignoredTypes = new Map<string, { count: number; first: number }>();
  associations.forEach((association, k) => {
    if (association.associationType !== 'isChildOf') {
      const seen = ignoredTypes.get(association.associationType);
      ignoredTypes.set(association.associationType, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? k });
      return;
    }
    const i = indexById.get(association.originNodeURI.identifier);
    if (i === undefined) return;
    if (placements.has(i)) {
      problems.push({
        path: `$.CFAssociations[${k}]`,
        message: `CFItem ${quoteForMessage(items[i]?.fullStatement ?? '')} has a second isChildOf parent; each competency has one place in a model`,
      });
      return;
    }
    placements.set(i, {
      parentId: association.destinationNodeURI.identifier,
      associationIndex: k,
      sequenceNumber: association.sequenceNumber,
    });
  });
  for (const [type, { count, first }] of ignoredTypes) {
    warnings.push({
      path: `$.CFAssociations[${first}].associationType`,
      message: `${count} ${type} association(s) are not part of a competency model and were ignored`,
    });
  }
  if ((pkg.CFRubrics ?? []).length > 0) warnings.push({ path: '$.CFRubrics', message: 'rubrics are not part of a competency model and were ignored' });

  const declaredKind = (i: number): TCompetencyKind | undefined => itemExtensions[i]?.kind ?? kindOfItemType(items[i]);
  const kindPath = (i: number): string => {
    if (itemExtensions[i]?.kind !== undefined) return `$.CFItems[${i}].extensions.ecqWorkbench.kind`;
    return `$.CFItems[${i}].${items[i]?.CFItemTypeURI === undefined ? 'CFItemType' : 'CFItemTypeURI'}`;
  };
  const top: number[] = [];
  const childrenOf = new Map<number, number[]>();
  items.forEach((item, i) => {
    if (item.fullStatement.trim() === '') problems.push({ path: `$.CFItems[${i}].fullStatement`, message: 'is empty; every competency needs a name' });
    const placement = placements.get(i);
    if (placement === undefined) {
      problems.push({
        path: `$.CFItems[${i}]`,
        message: `CFItem ${quoteForMessage(item.fullStatement)} has no isChildOf association to the document or to an ECQ`,
      });
      return;
    }
    if (placement.parentId === document.identifier) {
      if (declaredKind(i) === 'sub') problems.push({ path: kindPath(i), message: 'a sub-competency must be the child of an ECQ, not of the document' });
      top.push(i);
      return;
    }
    const parent = indexById.get(placement.parentId);
    const grandparent = parent === undefined ? undefined : placements.get(parent);
    if (parent === undefined || grandparent === undefined) return;
    if (grandparent.parentId !== document.identifier) {
      problems.push({
        path: `$.CFAssociations[${placement.associationIndex}]`,
        message: `CFItem ${quoteForMessage(item.fullStatement)} is nested more than two levels deep; a model has ECQs and their sub-competencies only`,
      });
    } else if (declaredKind(parent) === 'fundamental') {
      problems.push({
        path: `$.CFAssociations[${placement.associationIndex}]`,
        message: `CFItem ${quoteForMessage(item.fullStatement)} is attached to a fundamental competency, which has no sub-competencies`,
      });
    } else {
      const declared = declaredKind(i);
      if (declared === 'ecq' || declared === 'fundamental') problems.push({ path: kindPath(i), message: `a ${declared} must be a child of the document, not of an ECQ` });
      const siblings = childrenOf.get(parent);
      if (siblings === undefined) childrenOf.set(parent, [i]);
      else siblings.push(i);
    }
  });

  const sortKey = (i: number): number => {
    const sequence = placements.get(i)?.sequenceNumber;
    if (sequence !== undefined) return sequence;
    const enumeration = items[i]?.listEnumeration;
    return enumeration !== undefined && /^\d{1,9}$/.test(enumeration) ? Number(enumeration) : Number.POSITIVE_INFINITY;
  };
  const ordered = (indexes: readonly number[]): number[] => [...indexes].sort((a, b) => sortKey(a) - sortKey(b) || a - b);
  const codeOf = (i: number): string | undefined => {
    const code = items[i]?.humanCodingScheme?.trim();
    return code === undefined || code === '' ? undefined : code;
  };

  const competencies: TCompetency[] = [];
  const packageIndexOf: number[] = [];
  const add = (i: number, place: Pick<TCompetency, 'code' | 'kind' | 'parentCode' | 'position'>): void => {
    const item = items[i];
    if (item === undefined) return;
    competencies.push(toCompetency(item, place, itemExtensions[i], source));
    packageIndexOf.push(i);
  };
  const ecqs = ordered(top.filter((i) => declaredKind(i) !== 'fundamental'));
  const fundamentals = ordered(top.filter((i) => declaredKind(i) === 'fundamental'));
  ecqs.forEach((i, n) => {
    const code = codeOf(i) ?? `E${n + 1}`;
    add(i, { code, kind: 'ecq', parentCode: undefined, position: n + 1 });
    ordered(childrenOf.get(i) ?? []).forEach((child, m) => {
      add(child, { code: codeOf(child) ?? `${code}.${m + 1}`, kind: 'sub', parentCode: code, position: m + 1 });
    });
  });
  fundamentals.forEach((i, n) => add(i, { code: codeOf(i) ?? `FC.${n + 1}`, kind: 'fundamental', parentCode: undefined, position: n + 1 }));

  const issuedOn = document.statusStartDate ?? document.lastChangeDateTime.slice(0, 10);
  const summary: TCaseModelSummary = {
    modelId,
    title: document.title,
    ecqs: ecqs.length,
    subCompetencies: competencies.filter((c) => c.kind === 'sub').length,
    fundamentals: fundamentals.length,
    associations: associations.length,
  };
  if (!isCalendarDate(issuedOn)) {
    problems.push({ path: '$.CFDocument.statusStartDate', message: 'the model needs an issue date written YYYY-MM-DD' });
    return { pack: undefined, summary, problems, warnings };
  }
  const model: TCompetencyModel = {
    id: modelId,
    uuid: document.identifier,
    title: document.title,
    version: document.version ?? issuedOn,
    issuedOn,
    publisher: document.publisher ?? document.creator,
    description: document.description ?? '',
    definitionsNote: document.notes ?? '',
    source,
    items: competencies,
  };
  problems.push(...consistencyProblems(model, packageIndexOf));
  if (problems.length > 0) return { pack: undefined, summary, problems, warnings };
  const pack: TPolicyPack = {
    id: documentExtension?.packId ?? modelId,
    model,
    effective: documentExtension?.effective ?? [],
    alternative: documentExtension?.alternative,
    isBuiltIn: false,
  };
  return { pack, summary, problems, warnings };
}

function toCompetency(
  item: TCfItem,
  place: Pick<TCompetency, 'code' | 'kind' | 'parentCode' | 'position'>,
  extension: TItemExtension | undefined,
  documentSource: TCompetency['source'],
): TCompetency {
  return {
    id: item.identifier,
    code: place.code,
    kind: place.kind,
    name: item.fullStatement,
    aliases: item.conceptKeywords ?? [],
    description: item.notes ?? '',
    parentCode: place.parentCode,
    position: place.position,
    source: extension?.source ?? documentSource,
    isProvisional: extension?.isProvisional ?? false,
  };
}

/** The kind an item's CFItemType names: ours by identifier, or any type whose label says "fundamental". */
function kindOfItemType(item: TCfItem | undefined): TCompetencyKind | undefined {
  if (item === undefined) return undefined;
  const typeId = item.CFItemTypeURI?.identifier;
  const byId = COMPETENCY_KINDS.find((kind) => CASE_ITEM_TYPES[kind].identifier === typeId);
  if (byId !== undefined) return byId;
  const label = `${item.CFItemType ?? ''} ${item.CFItemTypeURI?.title ?? ''}`.toLowerCase();
  return label.includes('fundamental') ? 'fundamental' : undefined;
}

/** The problems of assertModelIsConsistent, moved from model paths (`$.items[4].code`) to package paths. */
function consistencyProblems(model: TCompetencyModel, packageIndexOf: readonly number[]): TProblem[] {
  try {
    assertModelIsConsistent(model);
    return [];
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.problems.map((problem) => {
      const match = /^\$\.items\[(\d+)\](?:\.(\w+))?$/.exec(problem.path);
      const index = match === null ? undefined : packageIndexOf[Number(match[1])];
      if (match === null || index === undefined) return { path: '$.CFItems', message: problem.message };
      const field = match[2] === undefined ? undefined : PACKAGE_FIELD_OF.get(match[2]);
      return { path: `$.CFItems[${index}]${field === undefined ? '' : `.${field}`}`, message: problem.message };
    });
  }
}
