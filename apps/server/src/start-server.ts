import { openDatabase, seedBuiltInPacks, seedDemo, generateDemoPassword, type DatabaseHandle } from '@ecq/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { TServerConfig } from './config';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly handle: DatabaseHandle;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Opens the configured database (PGlite in `DATA_DIR` by default, PostgreSQL with `DATABASE_URL`), applies
 * migrations, installs the built-in policy packs, seeds the demo unless told not to, and listens. The demo
 * password comes from `ECQ_DEMO_PASSWORD` or is generated and logged once, when the demo users are created.
 */
export async function startServer(config: TServerConfig): Promise<RunningServer> {
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await handle.migrate();
    await seedBuiltInPacks(handle.db);
    const app = await buildApp({
      db: handle.db,
      config,
      logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    });
    if (config.seedDemo) {
      const password = config.demoPassword ?? generateDemoPassword();
      const seeded = await seedDemo(handle.db, { password });
      if (seeded.created > 0) {
        app.log.info(
          { users: seeded.users.map((u) => u.email) },
          config.demoPassword === undefined
            ? `demo users created; their password (shown once): ${password}`
            : 'demo users created with the password from ECQ_DEMO_PASSWORD',
        );
      }
    }
    const url = await app.listen({ port: config.port, host: config.host });
    app.log.info({ database: handle.kind, location: handle.location }, `ECQ Workbench listening on ${url}`);
    let closing: Promise<void> | undefined;
    return {
      app,
      handle,
      url,
      close() {
        closing ??= (async () => {
          await app.close();
          await handle.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}
