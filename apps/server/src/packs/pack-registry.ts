import { listPolicyPackRows, policyPacksRevision, type TDatabase } from '@ecq/db';
import type { TServerConfig } from '../config';
import { createPackSnapshot, type TPackSnapshot } from './pack-snapshot';

/**
 * The policy packs this instance serves, cached. Several instances share one database (DESIGN.md: stateless
 * API behind a load balancer), so each keeps its own cache and:
 *
 * - drops it at once when this instance imports a pack ({@link TPackRegistry.invalidate});
 * - otherwise trusts it for `packCacheTtlMs`, then asks the database for the table's revision
 *   (policyPacksRevision, one small query) and reloads only when that changed. So another instance's import
 *   shows here within the TTL, and the check runs at most once per TTL, never on every request.
 *
 * Concurrent requests share one refresh. A refresh that fails while a snapshot exists keeps serving it (and
 * reports the error); the next check is one TTL later.
 */
export interface TPackRegistry {
  /** The current snapshot; loads it on first use, and checks the revision once the TTL has run out. */
  current(): Promise<TPackSnapshot>;
  /** Forgets the cache: the next {@link current} reads the database again. Call it after a write commits. */
  invalidate(): void;
}

export interface TPackRegistryOptions {
  readonly db: TDatabase;
  readonly config: Pick<TServerConfig, 'follow' | 'packCacheTtlMs'>;
  /** A monotonic clock in milliseconds; `performance.now` by default. */
  readonly monotonicNow?: () => number;
  /** Told when a refresh fails and the previous snapshot is kept. */
  readonly onRefreshError?: (error: unknown) => void;
}

export function createPackRegistry(options: TPackRegistryOptions): TPackRegistry {
  const { db, config } = options;
  const now = options.monotonicNow ?? (() => performance.now());
  let snapshot: TPackSnapshot | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  // Bumped by invalidate(): a refresh that started before it must not mark the cache fresh.
  let generation = 0;
  let pending: Promise<TPackSnapshot> | undefined;

  async function refresh(forGeneration: number): Promise<TPackSnapshot> {
    const startedAt = now();
    // The revision is read before the rows: a change between the two only causes one more reload later.
    const revision = await policyPacksRevision(db);
    const next =
      snapshot !== undefined && snapshot.revision === revision
        ? snapshot
        : createPackSnapshot({ rows: await listPolicyPackRows(db), revision, follow: config.follow, previous: snapshot });
    if (forGeneration === generation) {
      snapshot = next;
      checkedAt = startedAt;
    }
    return next;
  }

  function startRefresh(): Promise<TPackSnapshot> {
    const started = refresh(generation).finally(() => {
      if (pending === started) pending = undefined;
    });
    pending = started;
    return started;
  }

  return {
    async current() {
      if (snapshot !== undefined && now() - checkedAt < config.packCacheTtlMs) return snapshot;
      const stale = snapshot;
      try {
        return await (pending ?? startRefresh());
      } catch (error) {
        if (stale === undefined) throw error;
        options.onRefreshError?.(error);
        checkedAt = now();
        return stale;
      }
    },
    invalidate() {
      generation++;
      pending = undefined;
      checkedAt = Number.NEGATIVE_INFINITY;
    },
  };
}
