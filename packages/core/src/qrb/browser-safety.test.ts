import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the QRB domain is pure', () => {
  it('uses no Node API, no clock, no randomness and no database outside tests', () => {
    const dir = import.meta.dirname;
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).map((name) => join(dir, name));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from ['"](?:node:|fs|path|os|crypto|child_process|worker_threads|@ecq\/db)['"/]/);
      expect(source, file).not.toMatch(/\b(?:process\.(?:env|argv|exit|cwd|platform|hrtime)|Buffer\.|require\(|__dirname|Date\.now|new Date\(|Math\.random|performance\.now)/);
    }
  });
});
