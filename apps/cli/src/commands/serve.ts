import type { Command } from 'commander';
import { startServer, type RunningServer } from '@ecq/server';
import type { TCliIo } from '../cli-io';
import { addDatabaseOptions, loadCliConfig, type TServerOptions } from '../database-options';
import { formatJson } from '../output/json';

interface TServeOptions extends TServerOptions {
  readonly json?: boolean;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type TStopSignal = (typeof STOP_SIGNALS)[number];

/**
 * Listens for SIGINT and SIGTERM: `signal` resolves with the first. Both handlers go once one fires (or on
 * `dispose`), so a second Ctrl-C during shutdown gets Node's default and ends the process at once.
 */
function listenForStop(): { readonly signal: Promise<TStopSignal>; dispose(): void } {
  const handlers: [TStopSignal, () => void][] = [];
  const dispose = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
  const signal = new Promise<TStopSignal>((resolve) => {
    for (const stopSignal of STOP_SIGNALS) {
      const handler = () => {
        dispose();
        resolve(stopSignal);
      };
      handlers.push([stopSignal, handler]);
      process.on(stopSignal, handler);
    }
  });
  return { signal, dispose };
}

export function registerServeCommand(program: Command, io: TCliIo): void {
  const command = program
    .command('serve')
    .description('run the ECQ Workbench server, as `npm start` does, until SIGINT or SIGTERM')
    .option('--port <port>', 'port to listen on (overrides PORT; 3000 by default, 0 for any free port)')
    .option('--host <host>', 'address to listen on (overrides HOST; 127.0.0.1 by default)');
  addDatabaseOptions(command)
    .option('--json', 'report the address and the stop as JSON (the server\'s own log stays JSON lines)')
    .addHelpText(
      'after',
      '\nEverything else comes from the environment as for `npm start`: COOKIE_SECURE, SESSION_TTL_MINUTES,\n' +
        'ECQ_SEED_DEMO, ECQ_DEMO_PASSWORD, ECQ_FOLLOW, LOG_LEVEL, SIGN_IN_MAX_FAILURES, PACK_CACHE_TTL_SECONDS.\n' +
        'Migrations, the built-in packs and (unless ECQ_SEED_DEMO=false) the demo users are applied at start.\n' +
        'SIGINT or SIGTERM finishes the requests in flight, closes the database and exits 0.\n\n' +
        'Examples:\n  ecq serve\n  ecq serve --port 8080 --data-dir /var/lib/ecq\n  ecq serve --database-url postgres://ecq@db/ecq',
    )
    .action(async (options: TServeOptions) => {
      const config = loadCliConfig(io, options);
      // Listen for signals before starting, so one sent during start-up still stops the server cleanly.
      const stop = listenForStop();
      let server: RunningServer;
      try {
        server = await startServer(config);
      } catch (error) {
        stop.dispose();
        throw error;
      }
      const database = { kind: server.handle.kind, location: server.handle.location };
      io.stdout(
        options.json === true
          ? formatJson({ url: server.url, database })
          : `ecq serve: listening on ${server.url} (${database.kind}: ${database.location}); Ctrl-C stops\n`,
      );
      const signal = await stop.signal;
      await server.close();
      io.stdout(options.json === true ? formatJson({ stopped: signal }) : `ecq serve: ${signal} received; stopped\n`);
    });
}
