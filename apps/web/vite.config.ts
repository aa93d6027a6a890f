import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text files worth compressing; fonts and images are compressed formats already. */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt)$/;
const MIN_BYTES = 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat();
}

/**
 * Writes `.br` and `.gz` next to every compressible file of the build, so that the server sends them as they
 * are (@fastify/static `preCompressed`) instead of compressing on each request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'ecq-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          if ((await stat(file)).size < MIN_BYTES) return;
          const content = await readFile(file);
          await writeFile(`${file}.gz`, await gzipAsync(content, { level: 9 }));
          await writeFile(`${file}.br`, await brotliAsync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
        }),
      );
    },
  };
}

/** The API the dev server (`npm run dev --workspace apps/web`) forwards to: `npm start` on port 3000. */
const API_ORIGIN = process.env.ECQ_API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The server's CSP allows `data:` images but no inline scripts or styles; nothing here needs them.
    modulePreload: { polyfill: false },
    // USWDS's stylesheet alone is about 560 kB before compression (66 kB gzip); the JS is well under this.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/ims', '/openapi.json', '/docs', '/healthz', '/readyz'].map((path) => [path, API_ORIGIN])),
  },
});
