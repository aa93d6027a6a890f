import {
  AppError,
  BUILT_IN_CROSSWALKS,
  BUILT_IN_PACKS,
  exportCrosswalkToCase,
  exportPackToCase,
  getPack,
  importCasePackage,
  settingsFromFollowedPacks,
  type TCaseVersion,
  type TCfPackage,
  type TCrosswalk,
  type TPolicyPack,
  type TPolicySettings,
} from '@ecq/core';
import type { TPolicyPackRow } from '@ecq/db';
import { CaseCatalog } from '../case-api/case-catalog';

export const PACK_ORIGINS = ['built-in', 'imported'] as const;
export type TPackOrigin = (typeof PACK_ORIGINS)[number];

/** A policy pack and where it came from. */
export interface TPackEntry {
  readonly pack: TPolicyPack;
  readonly origin: TPackOrigin;
}

/**
 * The policy packs one instance serves, as of one revision of the `policy_packs` table: the packs, the
 * deployment's settings (`ECQ_FOLLOW`), the crosswalks, and the CASE catalogs built from them on first use.
 * Immutable; the registry replaces it when the revision changes.
 */
export interface TPackSnapshot {
  readonly revision: string;
  /** Built-in packs first (in code order), then imported ones in the order they were imported. */
  readonly entries: readonly TPackEntry[];
  readonly packs: readonly TPolicyPack[];
  readonly settings: TPolicySettings;
  readonly crosswalks: readonly TCrosswalk[];
  /** Everything the CASE REST API serves in one version: the packs' frameworks, then the crosswalks. */
  caseCatalog(version: TCaseVersion): CaseCatalog;
  /** The packs read from stored rows, by row id and row version, for the next snapshot to reuse. */
  readonly storedPacks: ReadonlyMap<string, TPackEntry>;
}

/** The environment variable the followed packs come from (TServerConfig.follow). */
export const FOLLOW_FIELD = 'ECQ_FOLLOW';

/** CASE exports of packs and crosswalks, per object and version: unchanged packs are not exported again after a reload. */
const exportsOf = new WeakMap<TPolicyPack | TCrosswalk, Map<TCaseVersion, TCfPackage>>();

function exportOnce(source: TPolicyPack | TCrosswalk, version: TCaseVersion, write: () => TCfPackage): TCfPackage {
  let byVersion = exportsOf.get(source);
  if (byVersion === undefined) {
    byVersion = new Map();
    exportsOf.set(source, byVersion);
  }
  let pkg = byVersion.get(version);
  if (pkg === undefined) {
    pkg = write();
    byVersion.set(version, pkg);
  }
  return pkg;
}

/**
 * Builds a snapshot from the table's rows. The built-in packs always come from code (`BUILT_IN_PACKS`), also
 * when the table does not hold them yet (a database that was never seeded); other rows are read back from
 * their CASE package with importCasePackage, or taken from `previous` when the row has not changed since.
 * @throws AppError `UNKNOWN_MODEL` / `VALIDATION_FAILED` naming `ECQ_FOLLOW` when the followed packs are not
 *   alternatives that exist; `INTERNAL` naming the pack when a stored package cannot be read.
 */
export function createPackSnapshot(input: {
  readonly rows: readonly TPolicyPackRow[];
  readonly revision: string;
  readonly follow: readonly string[];
  readonly previous?: TPackSnapshot | undefined;
}): TPackSnapshot {
  const storedPacks = new Map<string, TPackEntry>();
  const entries = packEntriesOf(input.rows, input.previous?.storedPacks ?? new Map(), storedPacks);
  const packs = entries.map((entry) => entry.pack);
  const settings = settingsFromFollowedPacks({ lists: [{ field: FOLLOW_FIELD, ids: input.follow }], packs });
  const crosswalks = BUILT_IN_CROSSWALKS;
  const catalogs = new Map<TCaseVersion, CaseCatalog>();
  return {
    revision: input.revision,
    entries,
    packs,
    settings,
    crosswalks,
    caseCatalog(version) {
      let catalog = catalogs.get(version);
      if (catalog === undefined) {
        catalog = new CaseCatalog(version, [
          ...packs.map((pack) => exportOnce(pack, version, () => exportPackToCase(pack, { caseVersion: version }))),
          ...crosswalks.map((crosswalk) =>
            exportOnce(crosswalk, version, () => exportCrosswalkToCase(crosswalk, { caseVersion: version })),
          ),
        ]);
        catalogs.set(version, catalog);
      }
      return catalog;
    },
    storedPacks,
  };
}

function packEntriesOf(
  rows: readonly TPolicyPackRow[],
  previous: ReadonlyMap<string, TPackEntry>,
  stored: Map<string, TPackEntry>,
): TPackEntry[] {
  const entries: TPackEntry[] = BUILT_IN_PACKS.map((pack) => ({ pack, origin: 'built-in' }));
  const seen = new Set(entries.map((entry) => entry.pack.id));
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    // A row's version grows with every change to it (upsertPolicyPackRow), so id and version name its content.
    const key = `${row.id}@${row.version}`;
    const entry = previous.get(key) ?? { pack: readStoredPack(row), origin: row.origin };
    stored.set(key, entry);
    entries.push(entry);
  }
  return entries;
}

function readStoredPack(row: TPolicyPackRow): TPolicyPack {
  let imported: ReturnType<typeof importCasePackage>;
  try {
    imported = importCasePackage(row.casePackage);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INTERNAL', `policy pack ${row.id}: its stored CASE package cannot be read (${reason})`, { cause: error });
  }
  if (imported.kind !== 'model') {
    throw new AppError('INTERNAL', `policy pack ${row.id}: its stored CASE package is a crosswalk, not a competency model`);
  }
  return { ...imported.pack, id: row.id, isBuiltIn: row.origin === 'built-in' };
}

/**
 * A pack of the snapshot by id or model UUID.
 * @throws AppError `UNKNOWN_MODEL` naming `field` and listing the known ids.
 */
export function getPackEntry(snapshot: TPackSnapshot, id: string, field: string): TPackEntry {
  const pack = getPack(id, snapshot.packs, field);
  const entry = snapshot.entries.find((candidate) => candidate.pack === pack);
  if (entry === undefined) throw new AppError('INTERNAL', `policy pack ${pack.id} is missing from the snapshot`);
  return entry;
}
