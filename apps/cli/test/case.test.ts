import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runInProcess, spawnCli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'ecq-cli-case-'));
const at = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A valid export of ecq-2025, broken in three places whose paths the error must list. */
function brokenPackage(valid: string): string {
  const pkg = JSON.parse(valid);
  delete pkg.CFDocument.title;
  pkg.CFItems[0].identifier = 'not-a-uuid';
  pkg.CFAssociations[2].originNodeURI.uri = 'nope';
  return JSON.stringify(pkg);
}

describe('export case and import case, spawned', () => {
  test('ecq-2025 exports to a file, imports back as 5 ECQs and 25 sub-competencies, and exports identically twice', async () => {
    const [written, again] = await Promise.all([
      spawnCli(['export', 'case', 'ecq-2025', '--out', at('ecq-2025.json')]),
      spawnCli(['export', 'case', 'ecq-2025']),
    ]);
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toBe(`wrote model ecq-2025 as a CASE 1.1 package to ${at('ecq-2025.json')} (${Buffer.byteLength(again.stdout)} bytes)\n`);
    const file = readFileSync(at('ecq-2025.json'), 'utf8');
    expect(again.stdout).toBe(file);
    expect(JSON.parse(file).CFDocument.title).toBe('Executive Core Qualifications (January 2025)');

    const imported = await spawnCli(['import', 'case', at('ecq-2025.json')]);
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toMatch(/^kind: +model$/m);
    expect(imported.stdout).toMatch(/^CASE version: +1\.1$/m);
    expect(imported.stdout).toMatch(/^ECQs: +5$/m);
    expect(imported.stdout).toMatch(/^sub-competencies: +25$/m);
    expect(imported.stdout).toContain('5 ECQs, 25 sub-competencies, 0 fundamental competencies');
    expect(imported.stdout).toContain('no warnings');
  });

  test('a crosswalk exports and imports back as kind crosswalk', async () => {
    const written = await spawnCli(['export', 'case', '--crosswalk', 'ecq-2006', 'ecq-2025', '--out', at('crosswalk.json'), '--json']);
    expect(written.exitCode).toBe(0);
    expect(JSON.parse(written.stdout)).toMatchObject({ kind: 'crosswalk', id: 'ecq-2006--ecq-2025', caseVersion: '1.1', out: at('crosswalk.json') });
    const imported = await spawnCli(['import', 'case', at('crosswalk.json'), '--json']);
    expect(imported.exitCode).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ kind: 'crosswalk', caseVersion: '1.1', matchesCrosswalk: 'ecq-2006--ecq-2025' });
    expect(summary.summary.title).toBe('Crosswalk: ECQ 2006 to ECQ January 2025');
  });

  test('a missing file: exit 3', async () => {
    const { stdout, stderr, exitCode } = await spawnCli(['import', 'case', at('missing.json')]);
    expect(exitCode).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe(`ecq: file: no such file: ${at('missing.json')}\n`);
  });

  test('a file that is not JSON: exit 4 with the problem at $', async () => {
    writeFileSync(at('truncated.json'), '{"CFDocument": ');
    const { stderr, exitCode } = await spawnCli(['import', 'case', at('truncated.json')]);
    expect(exitCode).toBe(4);
    expect(stderr).toMatch(/^ecq: invalid CASE package: 1 problem\n {2}\$: not valid JSON: .+\n$/);
  });

  test('a broken CASE package: exit 4, every problem listed with its path on stderr', async () => {
    const valid = (await runInProcess(['export', 'case', 'ecq-2025'])).stdout;
    writeFileSync(at('broken.json'), brokenPackage(valid));
    const { stdout, stderr, exitCode } = await spawnCli(['import', 'case', at('broken.json')]);
    expect(exitCode).toBe(4);
    expect(stdout).toBe('');
    const [first, ...problems] = stderr.trimEnd().split('\n');
    expect(first).toMatch(/^ecq: invalid CASE package: \d+ problems$/);
    expect(first).toBe(`ecq: invalid CASE package: ${problems.length} problems`);
    expect(problems).toContain('  $.CFDocument.title: is required');
    expect(problems.some((line) => line.startsWith('  $.CFItems[0].identifier: '))).toBe(true);
    expect(problems.some((line) => line.startsWith('  $.CFAssociations[2].originNodeURI.uri: '))).toBe(true);
  });
});

describe('export case and import case, in-process', () => {
  test('CASE 1.0 with a base URI: the URIs use it and the document has no caseVersion', async () => {
    const { stdout, exitCode } = await runInProcess(['export', 'case', 'ecq-2006', '--case-version', '1.0', '--base-uri', 'https://ecq.example.gov']);
    expect(exitCode).toBe(0);
    const pkg = JSON.parse(stdout);
    expect(pkg.CFDocument.uri).toMatch(/^https:\/\/ecq\.example\.gov\/ims\/case\/v1p0\/CFDocuments\//);
    expect(pkg.CFDocument.caseVersion).toBeUndefined();
  });

  test('a 1.0 export of ecq-2006 imports back with its fundamentals', async () => {
    await runInProcess(['export', 'case', 'ecq-2006', '--case-version', '1.0', '--out', 'ecq-2006.json'], { cwd: dir });
    const { stdout, exitCode } = await runInProcess(['import', 'case', 'ecq-2006.json', '--json'], { cwd: dir });
    expect(exitCode).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed).toMatchObject({ kind: 'model', caseVersion: '1.0', summary: { ecqs: 5, subCompetencies: 22, fundamentals: 6 } });
    expect(Array.isArray(parsed.warnings)).toBe(true);
  });

  test('an invalid --base-uri is named as the flag: exit 2', async () => {
    const { stderr, exitCode } = await runInProcess(['export', 'case', 'ecq-2025', '--base-uri', 'ftp://example.gov']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('ecq: --base-uri must be an http(s) URL without query or fragment; got "ftp://example.gov"\n');
  });

  test.each([
    [['export', 'case', 'ecq-2006', 'ecq-2025'], 'ecq: export case: give one model id, or --crosswalk <from> <to>; got 2 ids\n'],
    [['export', 'case', '--crosswalk', 'ecq-2006'], 'ecq: export case --crosswalk: give one model id, or --crosswalk <from> <to>; got 1 id\n'],
  ])('ecq %j is a usage error: exit 2', async (args, message) => {
    const { stdout, stderr, exitCode } = await runInProcess(args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  test('unknown models and crosswalks: exit 3', async () => {
    expect((await runInProcess(['export', 'case', 'ecq-1999'])).exitCode).toBe(3);
    const backwards = await runInProcess(['export', 'case', '--crosswalk', 'ecq-2025', 'ecq-2006']);
    expect(backwards.exitCode).toBe(3);
    expect(backwards.stderr).toMatch(/^ecq: crosswalk: none from "ecq-2025" to "ecq-2006"/);
  });

  test('--out into a missing directory: exit 3; onto a directory: exit 2', async () => {
    const missing = await runInProcess(['export', 'case', 'ecq-2025', '--out', 'no/such/dir/x.json'], { cwd: dir });
    expect(missing.exitCode).toBe(3);
    expect(missing.stderr).toBe('ecq: --out: no such directory for no/such/dir/x.json\n');
    const onDir = await runInProcess(['export', 'case', 'ecq-2025', '--out', dir]);
    expect(onDir.exitCode).toBe(2);
  });

  test('with --json, an invalid package prints its problems as JSON on standard output', async () => {
    writeFileSync(at('array.json'), '[]');
    const { stdout, stderr, exitCode } = await runInProcess(['import', 'case', at('array.json'), '--json']);
    expect(exitCode).toBe(4);
    const parsed = JSON.parse(stdout);
    expect(parsed.exitCode).toBe(4);
    expect(parsed.error).toMatchObject({ code: 'INVALID_CASE_PACKAGE', message: 'invalid CASE package: 1 problem', field: 'file' });
    expect(parsed.error.problems).toEqual([{ path: '$', message: expect.any(String) }]);
    expect(stderr).toMatch(/^ecq: invalid CASE package: 1 problem\n {2}\$: /);
  });

  test('an import that only warns lists the warnings', async () => {
    const valid = JSON.parse((await runInProcess(['export', 'case', 'ecq-2025'])).stdout);
    valid.CFDocument.madeUpProperty = true;
    writeFileSync(at('extra.json'), JSON.stringify(valid));
    const { stdout, exitCode } = await runInProcess(['import', 'case', at('extra.json')]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/\n1 warning\n {2}\$\.CFDocument\.madeUpProperty: unknown property/);
  });
});
