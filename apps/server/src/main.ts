import { isAppError } from '@ecq/core';
import { loadConfig } from './config';
import { startServer } from './start-server';

/** `npm start`: serve until SIGTERM/SIGINT, then finish in-flight requests and close the database. */
async function main(): Promise<void> {
  const server = await startServer(loadConfig());
  const stop = (signal: string) => {
    server.app.log.info(`${signal} received; shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = isAppError(error) ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`ecq server: cannot start: ${message}\n`);
  process.exit(1);
});
