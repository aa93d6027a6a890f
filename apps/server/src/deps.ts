import type { TDatabase } from '@ecq/db';
import type { TServerConfig } from './config';

/** What route handlers and use cases receive: no globals. */
export interface TAppDeps {
  readonly db: TDatabase;
  readonly config: TServerConfig;
  readonly now: () => Date;
}
