import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeNarrative, ECQ_2025, segmentNarrative } from '@ecq/core';
import { NUMBERED_PACKAGE_2025 as PACKAGE_2025, PACKAGE_2006 } from '@ecq/core/testing';
import { exportNarrativeDocx, exportNarrativePdf, importNarrativeFile, NARRATIVE_UPLOAD_LIMIT_BYTES } from '@ecq/documents';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXIT_CODES } from '../src/exit-codes';
import { runInProcess, spawnCli } from './helpers';


/** A date on which the January 2025 model governs hiring, so that the default model is fixed. */
const NOW = new Date('2025-08-01T12:00:00Z');
const ECQS_2025 = ['Leading Change', 'Leading People', 'Driving Results', 'Achieving Organizational Success', 'Building Coalitions'];

let dir: string;
/** Runs `ecq` in-process in the fixture directory, on {@link NOW}. */
const ecq = (args: readonly string[], env: Record<string, string> = {}) => runInProcess(args, { cwd: dir, now: NOW, env });
const sectionsOf = (text: string) =>
  segmentNarrative(text, { model: ECQ_2025 }).sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode, start: s.start, end: s.end }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ecq-narratives-'));
  writeFileSync(join(dir, 'ecqs.txt'), PACKAGE_2025);
  writeFileSync(join(dir, 'ecqs.md'), PACKAGE_2025.replace(/^(ECQ \d: .+)$/gm, '## $1'));
  writeFileSync(join(dir, 'old-ecqs.txt'), PACKAGE_2006);
  const document = { text: PACKAGE_2025, candidateName: 'Pat Lee', sections: sectionsOf(PACKAGE_2025) };
  writeFileSync(join(dir, 'ecqs.docx'), await exportNarrativeDocx(document));
  writeFileSync(join(dir, 'ecqs.pdf'), await exportNarrativePdf(document));
  writeFileSync(join(dir, 'garbage.docx'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), NARRATIVE_UPLOAD_LIMIT_BYTES + 1); // sparse: no disk used
  mkdirSync(join(dir, 'folder.docx'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ candidateName: 'Pat Lee', title: 'My ECQs', modelId: 'ecq-2025', text: PACKAGE_2025 }));
  writeFileSync(join(dir, 'no-model.json'), JSON.stringify({ candidateName: 'Pat Lee', title: 'My ECQs', text: PACKAGE_2025 }));
  writeFileSync(join(dir, 'unknown-model.json'), JSON.stringify({ candidateName: 'Pat Lee', title: 'X', modelId: 'ecq-1999', text: 'x' }));
  writeFileSync(join(dir, 'incomplete.json'), JSON.stringify({ title: 'No name, no text', extra: true }));
  writeFileSync(join(dir, 'not-json.json'), 'candidateName: Pat Lee');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An error is exactly one line on stderr, starting `ecq: <field>:`. */
function expectOneLineError(stderr: string, field: string): void {
  expect(stderr.split('\n').filter((line) => line.length > 0)).toHaveLength(1);
  expect(stderr.startsWith(`ecq: ${field}:`), stderr).toBe(true);
}

describe('ecq check', () => {
  test.each(['ecqs.docx', 'ecqs.pdf', 'ecqs.md', 'ecqs.txt'])('reads %s: per-ECQ summary, coverage matrix, pages, readiness; exit 0', async (file) => {
    const { stdout, stderr, exitCode } = await ecq(['check', file]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(EXIT_CODES.OK);
    expect(stdout).toMatch(new RegExp(`^File: +${file.replace('.', '\\.')} \\(${file.split('.')[1]}`, 'm'));
    expect(stdout).toMatch(/^Model: +ecq-2025 — Executive Core Qualifications \(January 2025\)$/m);
    expect(stdout).toMatch(/^Pages: +3 \(US Letter .*Times 12 pt/m);
    for (const [code, name] of [['LC', 'Leading Change'], ['AOS', 'Achieving Organizational Success'], ['BC', 'Building Coalitions']]) {
      expect(stdout).toMatch(new RegExp(`^${code} +${name} +1 +\\d of \\d +\\d\\.\\d +0 +\\d +(ready|needs-work)$`, 'm'));
    }
    // The coverage matrix: one row per sub-competency of the model, one column per ECQ.
    expect(stdout).toMatch(/^CODE +SUB-COMPETENCY +LC +LP +DR +AOS +BC$/m);
    expect(stdout.split('\n').filter((line) => /^(LC|LP|DR|AOS|BC)\.\d /.test(line))).toHaveLength(25);
    expect(stdout).toMatch(/^LC\.6 +Systems Thinking +\+\+\+ /m);
    expect(stdout).toMatch(/^Readiness: (Ready|Nearly there): /m);
  });

  test('prints each finding at its line and column in the text as read', async () => {
    const { stdout } = await ecq(['check', 'ecqs.txt']);
    const at = PACKAGE_2025.indexOf('NOAA');
    const line = PACKAGE_2025.slice(0, at).split('\n').length;
    const column = at - PACKAGE_2025.lastIndexOf('\n', at - 1);
    expect(stdout).toContain(`ecqs.txt:${line}:${column}: warning: NOAA is used once and never spelled out.`);
  });

  test('--json prints the full report with line and column on every finding; the default model follows ECQ_FOLLOW', async () => {
    const { stdout, exitCode } = await ecq(['check', 'ecqs.docx', '--json']);
    expect(exitCode).toBe(0);
    const parsed = JSON.parse(stdout) as {
      file: { format: string; pages: number | null };
      model: { id: string; reason: string };
      report: { pages: { status: string; totalPages: number }; findings: { start: number; line: number; column: number; ecqCode: string | null }[]; structure: { preamble: unknown } };
    };
    expect(parsed.file).toMatchObject({ format: 'docx', pages: null });
    expect(parsed.model.id).toBe('ecq-2025');
    expect(parsed.model.reason).toContain('2025-08-01');
    expect(parsed.report.pages).toMatchObject({ status: 'measured', totalPages: 3 });
    expect(parsed.report.structure.preamble).toBeNull();
    const { text } = await importNarrativeFile({ bytes: new Uint8Array(readFileSync(join(dir, 'ecqs.docx'))), filename: 'ecqs.docx' });
    expect(parsed.report.findings.length).toBeGreaterThan(0);
    for (const finding of parsed.report.findings) {
      const lines = text.split('\n');
      const offset = lines.slice(0, finding.line - 1).reduce((n, l) => n + l.length + 1, 0) + finding.column - 1;
      expect(offset).toBe(finding.start);
      expect(finding).toHaveProperty('ecqCode');
    }

    const may = JSON.parse((await ecq(['check', 'ecqs.txt', '--json'], { ECQ_FOLLOW: 'ecq-2025-may' })).stdout) as { model: { id: string } };
    expect(may.model.id).toBe('ecq-2025-may');
  });

  test('a package with errors exits 7 (not ready), also with --json; warnings alone exit 0', async () => {
    const tooLong = await ecq(['check', 'ecqs.txt', '--total-pages', '2']);
    expect(tooLong.exitCode).toBe(EXIT_CODES.NARRATIVE_NOT_READY);
    expect(tooLong.exitCode).toBe(7);
    expect(tooLong.stderr).toBe('');
    expect(tooLong.stdout).toContain('ecqs.txt:1:1: error: The package takes 3 pages');
    expect(tooLong.stdout).toMatch(/^Readiness: Not ready: 1 error/m);
    const json = await ecq(['check', 'ecqs.txt', '--total-pages', '2', '--json']);
    expect(json.exitCode).toBe(7);
    expect(JSON.parse(json.stdout)).toMatchObject({ report: { readiness: { status: 'not-ready', errors: 1 } } });

    const tight = await ecq(['check', 'ecqs.txt', '--pages-per-ecq', '0.3']);
    expect(tight.exitCode).toBe(0);
    expect(tight.stdout).toMatch(/warning: Leading Change takes 0\.4 pages; this vacancy allows about 0\.3 pages per ECQ\. \[narrative\.pages-per-ecq\]/);
  });

  test('--model ecq-2006 judges the fundamental competencies across the package', async () => {
    const { stdout, exitCode } = await ecq(['check', 'old-ecqs.txt', '--model', 'ecq-2006']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Model: +ecq-2006 /m);
    expect(stdout).toContain('Fundamental competencies, across the whole package');
    expect(stdout).toMatch(/^FC\.6 +Public Service Motivation +(weak|moderate|strong)$/m);
  });

  test.each([
    ['a missing file', ['check', 'nope.docx'], 3, 'file'],
    ['binary garbage named .docx', ['check', 'garbage.docx'], 4, 'file'],
    ['an empty file', ['check', 'empty.txt'], 2, 'file'],
    ['a file over 10 MiB', ['check', 'huge.txt'], 4, 'file'],
    ['a directory', ['check', 'folder.docx'], 2, 'file'],
    ['an unknown model', ['check', 'ecqs.txt', '--model', 'ecq-1999'], 3, '--model'],
    ['a page limit that is not a number', ['check', 'ecqs.txt', '--pages-per-ecq', 'two'], 2, '--pages-per-ecq'],
    ['a per-ECQ limit above the total', ['check', 'ecqs.txt', '--pages-per-ecq', '12'], 2, '--pages-per-ecq'],
  ] as const)('%s: one clear line and its exit code', async (_label, args, exitCode, field) => {
    const result = await ecq(args);
    expect(result.exitCode).toBe(exitCode);
    expect(result.stdout).toBe('');
    expectOneLineError(result.stderr, field);
  });
});

describe('ecq migrate', () => {
  test('renames the headings of a 2006 package, lists what was removed and the gaps, and writes the draft', async () => {
    const { stdout, stderr, exitCode } = await ecq(['migrate', 'old-ecqs.txt', '--to', 'ecq-2025', '--out', 'draft.md']);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Migrated from ecq-2006 to ecq-2025/);
    expect(stdout).toMatch(/^Results Driven +Driving Results +renamed \(renamed in the draft\)$/m);
    expect(stdout).toMatch(/^Business Acumen +Achieving Organizational Success +renamed/m);
    expect(stdout).toMatch(/^RD\.4 Entrepreneurship +- +\d+ +Entrepreneurship is not in/m);
    expect(stdout).toMatch(/^Gaps to write: .*\n {2}LC\.6 {2}Systems Thinking$/m);
    const draft = readFileSync(join(dir, 'draft.md'), 'utf8');
    expect(draft).toContain('Driving Results\n');
    expect(draft).toContain('Achieving Organizational Success\n');
    expect(draft).not.toContain('Results Driven');
  });

  test('writes a Word draft with the candidate\'s name, and reports as JSON', async () => {
    const { stdout, exitCode } = await ecq(['migrate', 'old-ecqs.txt', '--to', 'ecq-2025', '--out', 'draft.docx', '--candidate-name', 'Pat Lee', '--json']);
    expect(exitCode).toBe(0);
    const parsed = JSON.parse(stdout) as { out: { format: string; bytes: number }; migration: { gaps: { code: string }[]; toModelId: string } };
    expect(parsed.out.format).toBe('docx');
    expect(parsed.migration.toModelId).toBe('ecq-2025');
    expect(parsed.migration.gaps.map((g) => g.code)).toContain('LC.6');
    const readBack = await importNarrativeFile({ bytes: new Uint8Array(readFileSync(join(dir, 'draft.docx'))), filename: 'draft.docx' });
    expect(readBack.text).toContain('Achieving Organizational Success');
  });

  test('the issue\'s own command works without a candidate name: the draft is written, with a note about the empty header', async () => {
    const result = await ecq(['migrate', 'old-ecqs.txt', '--to', 'ecq-2025', '--out', 'nameless.docx']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('--candidate-name');
    const readBack = await importNarrativeFile({ bytes: new Uint8Array(readFileSync(join(dir, 'nameless.docx'))), filename: 'nameless.docx' });
    expect(readBack.text).toContain('Driving Results');
  });

  test.each([
    ['a model nothing migrates to', ['migrate', 'old-ecqs.txt', '--to', 'ecq-2006', '--out', 'x.md'], 3, '--to'],
    ['an unknown model', ['migrate', 'old-ecqs.txt', '--to', 'ecq-1999', '--out', 'x.md'], 3, '--to'],
    ['an output type it cannot write', ['migrate', 'old-ecqs.txt', '--to', 'ecq-2025', '--out', 'x.rtf'], 2, '--out'],
    ['a damaged input file', ['migrate', 'garbage.docx', '--to', 'ecq-2025', '--out', 'x.md'], 4, 'file'],
  ] as const)('%s: one clear line and its exit code, nothing written', async (_label, args, exitCode, field) => {
    const result = await ecq(args);
    expect(result.exitCode).toBe(exitCode);
    expectOneLineError(result.stderr, field);
    expect(existsSync(join(dir, args[args.indexOf('--out') + 1]!))).toBe(false);
  });
});

describe('ecq export <package.json>', () => {
  test('writes a PDF whose page count is the one ecq check measures', async () => {
    const { stdout, exitCode } = await ecq(['export', 'package.json', '--format', 'pdf', '--out', 'ecqs-out.pdf']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^wrote My ECQs \(ecq-2025\) as PDF to .+ecqs-out\.pdf \(\d+ bytes\)\n$/);
    const pdf = await importNarrativeFile({ bytes: new Uint8Array(readFileSync(join(dir, 'ecqs-out.pdf'))), filename: 'ecqs-out.pdf' });
    const measured = JSON.parse((await ecq(['check', 'ecqs.txt', '--json'])).stdout) as { report: { pages: { totalPages: number } } };
    expect(pdf.pages).toBe(measured.report.pages.totalPages);
    expect(pdf.text).toContain('ECQ 4: Achieving Organizational Success');
  });

  test('takes the format from --out, and the governing model when the file names none', async () => {
    const { stdout, exitCode } = await ecq(['export', 'no-model.json', '--out', 'ecqs-out.docx', '--json']);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'docx', modelId: 'ecq-2025', bytes: expect.any(Number) });
    const docx = await importNarrativeFile({ bytes: new Uint8Array(readFileSync(join(dir, 'ecqs-out.docx'))), filename: 'x.docx' });
    const structure = analyzeNarrative(docx.text, { model: ECQ_2025 }).structure;
    expect(structure.sections.map((s) => s.heading?.match.ecqName)).toEqual(ECQS_2025);
  });

  test('export case still writes CASE packages, with its own --out and --json', async () => {
    const { stdout, exitCode } = await ecq(['export', 'case', 'ecq-2025', '--out', 'ecq-2025.case.json', '--json']);
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'model', id: 'ecq-2025' });
    expect(JSON.parse(readFileSync(join(dir, 'ecq-2025.case.json'), 'utf8'))).toHaveProperty('CFDocument');
  });

  test('a file that is not a package lists every problem at its JSON path; exit 2', async () => {
    const { stderr, exitCode } = await ecq(['export', 'incomplete.json', '--out', 'x.pdf']);
    expect(exitCode).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^ecq: package: incomplete\.json is not a narrative package file: \$\.candidateName: .+ \(and 2 more\)$/);
    expect(stderr).toContain('  $.text: ');
    expect(stderr).toContain('  $: Unrecognized key');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  test.each([
    ['a file that is not JSON', ['export', 'not-json.json', '--out', 'x.pdf'], 2, 'package'],
    ['an unknown model in the file', ['export', 'unknown-model.json', '--out', 'x.pdf'], 3, 'modelId'],
    ['no --out', ['export', 'package.json', '--format', 'pdf'], 2, '--out'],
    ['an --out it cannot infer a format from', ['export', 'package.json', '--out', 'x.txt'], 2, '--out'],
    ['a missing package', ['export', 'nope.json', '--out', 'x.pdf'], 3, 'package'],
  ] as const)('%s: one clear line and its exit code', async (_label, args, exitCode, field) => {
    const result = await ecq(args);
    expect(result.exitCode).toBe(exitCode);
    expectOneLineError(result.stderr, field);
  });
});

describe('the narrative commands, spawned', () => {
  test('ecq check exits 7 on a package with errors, with no stack trace, and --help documents exit 7', async () => {
    const file = join(dir, 'ecqs.txt');
    const result = await spawnCli(['check', file, '--total-pages', '1']);
    expect(result.exitCode).toBe(7);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${file}:1:1: error: The package takes 3 pages`);
    const help = await spawnCli(['--help']);
    expect(help.stdout).toMatch(/^ {2}7 {2}ecq check: the narrative was read and has errors to fix/m);
    const garbage = await spawnCli(['check', join(dir, 'garbage.docx')]);
    expect(garbage.exitCode).toBe(4);
    expect(garbage.stderr.split('\n').filter((l) => l.length > 0)).toHaveLength(1);
  });
});
