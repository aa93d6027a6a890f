import type { TDatabase } from '@ecq/db';
import type { TServerConfig } from './config';
import type { TPackRegistry } from './packs/pack-registry';

/** What route handlers and use cases receive: no globals. */
export interface TAppDeps {
  readonly db: TDatabase;
  readonly config: TServerConfig;
  readonly now: () => Date;
  /** The policy packs, cached per instance (packs/pack-registry.ts). */
  readonly packs: TPackRegistry;
}
