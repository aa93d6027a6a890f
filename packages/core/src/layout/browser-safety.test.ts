import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every non-test source file under layout/, recursively (test helpers aside). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the layout engine runs in the browser', () => {
  it('uses no Node API, no clock and no randomness outside tests', () => {
    const files = sourceFiles(import.meta.dirname);
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from ['"](?:node:|fs|path|os|crypto|child_process|worker_threads)['"/]/);
      expect(source, file).not.toMatch(/\b(?:process\.(?:env|argv|exit|cwd|platform|hrtime)|Buffer\.|require\(|__dirname|Date\.now|new Date\(|Math\.random|performance\.now)/);
    }
  });
});
