import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_INPUT_FILE_BYTES } from '../src/files';
import { expectInOrder, runInProcess } from './helpers';

const ECQ_2025_SUBS = [
  'Innovation', 'Agility', 'Resilience', 'Strategic Thinking', 'Vision', 'Systems Thinking',
  'Managing Conflict', 'Fostering Diversity', 'Developing Others', 'Building Teams', 'Interpersonal Skills', 'Building Workforce Culture',
  'Accountability', 'Customer Service', 'Decisiveness', 'Problem Solving', 'Data Literacy',
  'Fiscal Responsibility', 'Managing Human Resources', 'Leveraging Technology',
  'Partnering', 'Political Savvy', 'Influencing/Negotiating', 'External Awareness', 'Strategic Communication',
];

/** The row of a table whose first cell is `first`. */
function rowOf(text: string, first: string): string {
  return text.split('\n').find((line) => line.startsWith(`${first} `)) ?? '';
}

describe('ecq models', () => {
  test('lists the three packs with their dates and their status on a given date', async () => {
    const { stdout, exitCode } = await runInProcess(['models', '--on', '2025-08-01']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('status on 2025-08-01\n');
    expect(rowOf(stdout, 'ecq-2006')).toMatch(/2006-10-01 {2}2006-10-01 {2}2006-10-01 {2}2006-10-01\s+in force \(appraisal, development\)$/);
    expect(rowOf(stdout, 'ecq-2025')).toMatch(/Executive Core Qualifications \(January 2025\)\s+2025-01-15 {2}2025-07-01 {2}2025-10-01 {2}2025-10-01\s+in force \(hiring\)$/);
    expect(rowOf(stdout, 'ecq-2025-may')).toMatch(/alternative, not selected \(deployment follows ecq-2025\)$/);
    expect(stdout).toContain('this deployment follows ecq-2025.');
  });

  test('status today uses the clock; scheduled and superseded packs say so', async () => {
    const before = await runInProcess(['models'], { now: new Date('2024-03-01T12:00:00Z') });
    expect(before.stdout).toContain('status on 2024-03-01 (today)');
    expect(rowOf(before.stdout, 'ecq-2025')).toMatch(/scheduled from 2025-07-01$/);
    expect(rowOf(before.stdout, 'ecq-2006')).toMatch(/in force \(hiring, appraisal, development\)$/);
    const after = await runInProcess(['models', '--on', '2026-01-01']);
    expect(rowOf(after.stdout, 'ecq-2006')).toMatch(/superseded by ecq-2025$/);
  });

  test('--follow and ECQ_FOLLOW switch which alternative is in force', async () => {
    for (const run of [
      runInProcess(['models', '--on', '2025-06-15', '--follow', 'ecq-2025-may']),
      runInProcess(['models', '--on', '2025-06-15'], { env: { ECQ_FOLLOW: 'ecq-2025-may' } }),
    ]) {
      const { stdout } = await run;
      expect(rowOf(stdout, 'ecq-2025-may')).toMatch(/in force \(hiring\)$/);
      expect(rowOf(stdout, 'ecq-2025')).toMatch(/alternative, not selected \(deployment follows ecq-2025-may\)$/);
    }
  });

  test('--json gives every pack its effective dates and status', async () => {
    const { stdout } = await runInProcess(['models', '--on', '2025-08-01', '--json']);
    const parsed = JSON.parse(stdout);
    expect(parsed.on).toBe('2025-08-01');
    expect(parsed.models.map((m: { id: string }) => m.id)).toEqual(['ecq-2006', 'ecq-2025', 'ecq-2025-may']);
    expect(parsed.models[1]).toMatchObject({
      effective: { hiring: '2025-07-01', appraisal: '2025-10-01', development: '2025-10-01' },
      alternative: { group: 'ecq-2025', isDefault: true },
      status: { kind: 'in-force', processes: ['hiring'], text: 'in force (hiring)' },
    });
    expect(parsed.models[0].alternative).toBeNull();
  });

  test('a bad --on date exits 2 naming --on', async () => {
    const { stderr, exitCode } = await runInProcess(['models', '--on', '2025-13-01']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('ecq: --on must be a real calendar date written YYYY-MM-DD; got "2025-13-01"\n');
  });
});

describe('ecq show', () => {
  test('ecq-2025 without fundamentals lists ECQs then their subs, and the definitions note', async () => {
    const { stdout } = await runInProcess(['show', 'ecq-2025']);
    expectInOrder(stdout, ['Leading Change', 'Innovation', 'Systems Thinking', 'Leading People', 'Managing Conflict']);
    expect(stdout).toMatch(/^LP\.6 +Building Workforce Culture +Building Workplace Culture +high +no$/m);
    expect(stdout).toContain('\n5 ECQs, 25 sub-competencies\n');
    expect(stdout).toContain('none were found published');
    expect(stdout).not.toContain('DESCRIPTION');
  });

  test('--fundamentals on a model without them says so', async () => {
    const { stdout } = await runInProcess(['show', 'ecq-2025', '--fundamentals']);
    expect(stdout).toContain('ecq-2025 has no fundamental competencies.');
    expect(stdout).toContain('5 ECQs, 25 sub-competencies, no fundamental competencies\n');
  });

  test('--descriptions adds the descriptions', async () => {
    const { stdout } = await runInProcess(['show', 'ecq-2006', '--descriptions']);
    expect(stdout).toContain('DESCRIPTION');
    expect(stdout).toMatch(/^RD\.4 +Entrepreneurship .*Positions the organization for the future/m);
  });

  test('the May 2025 model has five ECQs and no sub-competencies, and its note says why', async () => {
    const { stdout } = await runInProcess(['show', 'ecq-2025-may']);
    expect(stdout).toContain('5 ECQs, 0 sub-competencies\n');
    expect(stdout).toContain('Commitment to the Rule of Law and the Principles of the American Founding');
    expect(stdout).toContain('reported only by third');
  });

  test('--json holds the whole model in order', async () => {
    const parsed = JSON.parse((await runInProcess(['show', 'ecq-2025', '--json'])).stdout);
    expect(parsed.totals).toEqual({ ecqs: 5, subCompetencies: 25, fundamentals: 0 });
    expect(parsed.ecqs.flatMap((e: { subCompetencies: { name: string }[] }) => e.subCompetencies.map((s) => s.name))).toEqual(ECQ_2025_SUBS);
    expect(parsed.ecqs[0]).toMatchObject({ code: 'LC', name: 'Leading Change', confidence: 'high', isProvisional: false });
    const fc = JSON.parse((await runInProcess(['show', 'ecq-2006', '--json'])).stdout);
    expect(fc.totals).toEqual({ ecqs: 5, subCompetencies: 22, fundamentals: 6 });
  });

  test('an unknown model exits 3 with one line listing the known models', async () => {
    const { stdout, stderr, exitCode } = await runInProcess(['show', 'ecq-1999']);
    expect(exitCode).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe('ecq: model: no model "ecq-1999"; known models: ecq-2006, ecq-2025, ecq-2025-may\n');
  });
});

describe('ecq crosswalk', () => {
  test('--kind renamed shows only the 10 renames and no new section', async () => {
    const { stdout } = await runInProcess(['crosswalk', 'ecq-2006', 'ecq-2025', '--kind', 'renamed']);
    const rows = stdout.split('\n').filter((line) => / renamed /.test(line));
    expect(rows).toHaveLength(10);
    expect(stdout).not.toMatch(/ same | moved | removed /);
    expect(stdout).not.toContain('New in');
    expect(stdout).toContain('All links: 14 same, 10 renamed, 1 moved, 5 new, 5 removed, 3 related');
  });

  test('--kind new shows only the new section', async () => {
    const { stdout } = await runInProcess(['crosswalk', 'ecq-2006', 'ecq-2025', '--kind', 'new']);
    expect(stdout).toContain('New in ecq-2025');
    expect(stdout).not.toContain('What became of');
  });

  test('--json lists links with their targets, filtered by --kind', async () => {
    const parsed = JSON.parse((await runInProcess(['crosswalk', 'ecq-2006', 'ecq-2025', '--json', '--kind', 'moved'])).stdout);
    expect(parsed.links).toEqual([
      {
        kind: 'moved',
        from: { code: 'LC.2', name: 'External Awareness' },
        to: { code: 'BC.4', name: 'External Awareness' },
        confidence: 'high',
        note: 'External Awareness moves from Leading Change to Building Coalitions',
      },
    ]);
    expect(parsed.counts).toEqual({ same: 14, renamed: 10, moved: 1, new: 5, removed: 5, related: 3 });
  });

  test('January to May 2025 exists too', async () => {
    const { stdout, exitCode } = await runInProcess(['crosswalk', 'ecq-2025', 'ecq-2025-may']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('New in ecq-2025-may');
  });

  test('no crosswalk backwards: exit 3; an unknown model is named as from/to', async () => {
    const backwards = await runInProcess(['crosswalk', 'ecq-2025', 'ecq-2006']);
    expect(backwards.exitCode).toBe(3);
    expect(backwards.stderr).toMatch(/^ecq: crosswalk: none from "ecq-2025" to "ecq-2006"/);
    const unknown = await runInProcess(['crosswalk', 'ecq-2006', 'nope']);
    expect(unknown.exitCode).toBe(3);
    expect(unknown.stderr).toMatch(/^ecq: to: no model "nope"/);
  });
});

describe('ecq which', () => {
  test('"tomorrow" is not a date: exit 2 naming the argument', async () => {
    const { stderr, exitCode } = await runInProcess(['which', 'hiring', 'tomorrow']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('ecq: date must be a real calendar date written YYYY-MM-DD; got "tomorrow"\n');
  });

  test('the process is checked before the date', async () => {
    const { stderr, exitCode } = await runInProcess(['which', 'firing', 'tomorrow']);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/^ecq: process must be one of hiring, appraisal, development; got "firing"\n$/);
  });

  test('before 2006-10-01 nothing governs: exit 3', async () => {
    const { stderr, exitCode } = await runInProcess(['which', 'development', '2001-01-01']);
    expect(exitCode).toBe(3);
    expect(stderr).toContain('no ECQ model governs development on 2001-01-01');
  });

  test('--follow of a pack that is not an alternative is a clear error, from the flag or the environment', async () => {
    const flag = await runInProcess(['which', 'hiring', '2025-06-01', '--follow', 'ecq-2006']);
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toMatch(/^ecq: --follow: ecq-2006 is not an alternative pack.*alternatives: ecq-2025 \(group ecq-2025\), ecq-2025-may/);
    const env = await runInProcess(['which', 'hiring', '2025-06-01'], { env: { ECQ_FOLLOW: 'ecq-2025-may, ecq-2006' } });
    expect(env.exitCode).toBe(2);
    expect(env.stderr).toMatch(/^ecq: ECQ_FOLLOW: ecq-2006 is not an alternative pack/);
  });

  test('an unknown followed pack exits 3; two packs of one group exit 2', async () => {
    const unknown = await runInProcess(['which', 'hiring', '2025-06-01', '--follow', 'ecq-2030']);
    expect(unknown.exitCode).toBe(3);
    expect(unknown.stderr).toMatch(/^ecq: --follow: no model "ecq-2030"/);
    const both = await runInProcess(['which', 'hiring', '2025-06-01', '--follow', 'ecq-2025-may', '--follow', 'ecq-2025']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('follow only one');
  });

  test('--follow overrides ECQ_FOLLOW for its group', async () => {
    const { stdout } = await runInProcess(['which', 'hiring', '2025-06-01', '--follow', 'ecq-2025'], {
      env: { ECQ_FOLLOW: 'ecq-2025-may' },
    });
    expect(stdout.split('\n')[0]).toBe('ecq-2006');
  });

  test('--json names the pack, the rule and the setting that chose it', async () => {
    const parsed = JSON.parse(
      (await runInProcess(['which', 'hiring', '2025-06-01', '--json'], { env: { ECQ_FOLLOW: 'ecq-2025-may' } })).stdout,
    );
    expect(parsed).toMatchObject({
      process: 'hiring',
      on: '2025-06-01',
      pack: { id: 'ecq-2025-may' },
      effectiveFrom: '2025-05-29',
      choice: { group: 'ecq-2025', chosen: 'ecq-2025-may', others: ['ecq-2025'] },
      settings: { alternatives: { 'ecq-2025': 'ecq-2025-may' } },
    });
  });

  test('with --json an error is JSON on standard output as well as a line on standard error', async () => {
    const { stdout, stderr, exitCode } = await runInProcess(['which', 'hiring', '2025-02-30', '--json']);
    expect(exitCode).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: { code: 'INVALID_DATE', message: 'date must be a real calendar date written YYYY-MM-DD; got "2025-02-30"', field: 'date' },
      exitCode: 2,
    });
    expect(stderr).toBe('ecq: date must be a real calendar date written YYYY-MM-DD; got "2025-02-30"\n');
  });
});

describe('ecq import case: reading the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ecq-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing file exits 3', async () => {
    const { stderr, exitCode } = await runInProcess(['import', 'case', 'no-such.json'], { cwd: dir });
    expect(exitCode).toBe(3);
    expect(stderr).toBe('ecq: file: no such file: no-such.json\n');
  });

  test('a directory exits 2', async () => {
    const { stderr, exitCode } = await runInProcess(['import', 'case', dir]);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(`ecq: file: ${dir} is a directory, not a file\n`);
  });

  test('a file over 50 MB is refused before it is read: exit 4', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_INPUT_FILE_BYTES + 1); // sparse: no disk used
    const { stderr, exitCode } = await runInProcess(['import', 'case', 'big.json'], { cwd: dir });
    expect(exitCode).toBe(4);
    expect(stderr).toBe(`ecq: file: big.json is larger than the 50 MB limit (${MAX_INPUT_FILE_BYTES + 1} bytes)\n`);
  });
});
