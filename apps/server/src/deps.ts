import type { TDatabase } from '@ecq/db';
import type { FastifyBaseLogger } from 'fastify';
import type { TServerConfig } from './config';
import type { TPackRegistry } from './packs/pack-registry';

/** What route handlers and use cases receive: no globals. */
export interface TAppDeps {
  readonly db: TDatabase;
  readonly config: TServerConfig;
  readonly now: () => Date;
  /** The policy packs, cached per instance (packs/pack-registry.ts). */
  readonly packs: TPackRegistry;
  /** For what fails after a change has committed (a notification that could not be written). */
  readonly log: Pick<FastifyBaseLogger, 'error' | 'warn'>;
}
