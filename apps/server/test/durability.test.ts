import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PASSWORD = 'durability-demo-password';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Started {
  readonly child: ChildProcess;
  readonly base: string;
  readonly exited: Promise<void>;
}

/** Starts `npm start`'s entry point as a real child process on a PGlite data directory. */
async function startServer(dataDir: string): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), ECQ_DEMO_PASSWORD: PASSWORD, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${stderr}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { child, base, exited };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function signIn(base: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'opm.admin@ecq.example', password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ecq_session='))!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

const dataDir = mkdtempSync(join(tmpdir(), 'ecq-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('[DURABILITY] PGlite data survives kill -9', () => {
  it('keeps every acknowledged write after the server is killed mid-stream and restarted', async () => {
    const first = await startServer(dataDir);
    const headers = await signIn(first.base);
    const acknowledged: string[] = [];
    let isKilled = false;
    // Four writers in parallel; the server is killed while requests are in flight.
    const writer = async (lane: number) => {
      for (let i = 0; ; i++) {
        const code = `K${lane}${String(i).padStart(4, '0')}`;
        if (isKilled) return;
        try {
          const response = await fetch(`${first.base}/api/agencies`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ code, name: `Durability agency ${code}` }),
          });
          if (response.status === 201) acknowledged.push(code);
          else throw new Error(`unexpected ${response.status}: ${await response.text()}`);
        } catch (error) {
          if (isKilled) return;
          throw error;
        }
      }
    };
    const lanes = Promise.all([1, 2, 3, 4].map(writer));
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 10));
    isKilled = true;
    first.child.kill('SIGKILL');
    await lanes;
    await first.exited;

    const second = await startServer(dataDir);
    try {
      const again = await signIn(second.base);
      const codes = new Set<string>();
      let after: string | undefined;
      for (;;) {
        const url = `${second.base}/api/agencies?limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`;
        const page = (await (await fetch(url, { headers: again })).json()) as { items: { code: string }[]; nextCursor: string | null };
        for (const a of page.items) codes.add(a.code);
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      const lost = acknowledged.filter((code) => !codes.has(code));
      expect(lost).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 240_000);
});
