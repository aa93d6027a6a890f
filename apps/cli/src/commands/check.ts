import type { Command } from 'commander';
import {
  AppError,
  analyzeNarrative,
  DEFAULT_NARRATIVE_LIMITS,
  measureNarrativePages,
  resolveNarrativeLimits,
  todayUtc,
  type TCoverageStrength,
  type TNarrativeFinding,
  type TNarrativeLimits,
  type TNarrativeReport,
} from '@ecq/core';
import type { TCliIo, TCliRun } from '../cli-io';
import { EXIT_CODES } from '../exit-codes';
import { chooseNarrativeModel, readNarrativeFile, type TNarrativeFile } from '../narrative-files';
import { formatJson } from '../output/json';
import { formatFields, formatTable } from '../output/table';
import { countOf, wrapText } from '../output/text';
import { createFollowOption, FOLLOW_ENV } from '../policy-settings';

interface TCheckOptions {
  readonly model?: string;
  readonly pagesPerEcq?: string;
  readonly totalPages?: string;
  readonly follow?: readonly string[];
  readonly json?: boolean;
}

/** The flag that sets each limit, so that an error about the limit names the flag. */
const FLAG_OF_LIMIT: Readonly<Partial<Record<keyof TNarrativeLimits, string>>> = {
  maxPagesPerEcq: '--pages-per-ecq',
  maxTotalPages: '--total-pages',
};

/** A page count given on the command line: a positive number. */
function parsePages(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const pages = Number(value);
  if (value.trim() === '' || !Number.isFinite(pages) || pages <= 0) {
    throw new AppError('VALIDATION_FAILED', `${flag}: expected a positive number of pages; got "${value}"`, { field: flag });
  }
  return pages;
}

/** Core names the limits (`limits.maxPagesPerEcq`); on the command line they are flags. */
function withFlagNames<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof AppError) || error.field === undefined) throw error;
    const limit = error.field.replace(/^limits\./, '') as keyof TNarrativeLimits;
    const flag = FLAG_OF_LIMIT[limit];
    if (flag === undefined) throw error;
    let message = error.message.replace(new RegExp(`^limits\\.${limit} `), `${flag}: `);
    for (const [name, other] of Object.entries(FLAG_OF_LIMIT)) message = message.replaceAll(`limits.${name}`, other);
    throw new AppError(error.code, message, { field: flag, cause: error });
  }
}

/** Line and column (from 1) of every offset asked, from one pass over the text. */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const STRENGTH_MARKS: Readonly<Record<TCoverageStrength, string>> = { none: '·', weak: '+', moderate: '++', strong: '+++' };

function formatPageCount(pages: number | undefined): string {
  return pages === undefined ? '-' : (Math.round(pages * 10) / 10).toString();
}

function printReport(io: TCliIo, file: TNarrativeFile, reason: string, report: TNarrativeReport): void {
  const { pages, readiness } = report;
  io.stdout(
    formatFields([
      ['File', `${file.path} (${file.format}${file.pages === undefined ? '' : `, ${countOf(file.pages, 'page')} as a file`})`],
      ['Model', `${report.modelId} — ${report.modelTitle}`],
      ['Why', reason],
      ['Words', report.wordCount.toLocaleString('en-US')],
      ['Pages', pages.status === 'measured' ? `${formatPageCount(pages.totalPages)} (${pages.basis})` : `not measured: ${pages.reason}`],
      ['Limits', `${report.limits.maxTotalPages} pages in total, ${report.limits.maxPagesPerEcq} per ECQ`],
    ]),
  );
  for (const warning of file.warnings) io.stdout(`Import warning: ${warning}\n`);

  io.stdout('\nPer ECQ\n');
  io.stdout(
    formatTable(
      [{ header: 'ECQ' }, { header: 'NAME' }, { header: 'EXAMPLES', align: 'right' }, { header: 'SUBS SHOWN' }, { header: 'PAGES', align: 'right' }, { header: 'ERRORS', align: 'right' }, { header: 'WARNINGS', align: 'right' }, { header: 'STATUS' }],
      report.ecqs.map((e) => [
        e.code,
        e.name,
        String(e.readiness.examples),
        `${e.readiness.subsShown} of ${e.readiness.subsTotal}`,
        formatPageCount(e.pages),
        String(e.readiness.errors),
        String(e.readiness.warnings),
        e.readiness.status,
      ]),
    ),
  );

  const { matrix } = report.coverage;
  const names = new Map(report.coverage.items.map((i) => [i.code, i.name]));
  io.stdout(`\nCoverage: sub-competency × the ECQ its evidence is filed under (${Object.entries(STRENGTH_MARKS).map(([s, m]) => `${m} ${s}`).join(', ')})\n`);
  io.stdout(
    formatTable(
      [{ header: 'CODE' }, { header: 'SUB-COMPETENCY' }, ...matrix.rows.map((r) => ({ header: r.ecqCode }))],
      matrix.columns.map((code, column) => [
        code,
        names.get(code) ?? code,
        ...matrix.rows.map((r) => STRENGTH_MARKS[r.cells[column]?.strength ?? 'none']),
      ]),
    ),
  );
  if (report.coverage.fundamentals.length > 0) {
    io.stdout('\nFundamental competencies, across the whole package\n');
    io.stdout(formatTable([{ header: 'CODE' }, { header: 'NAME' }, { header: 'STRENGTH' }], report.coverage.fundamentals.map((f) => [f.code, f.name, f.strength])));
  }

  const at = positionsIn(file.text);
  io.stdout(`\nFindings (${countOf(readiness.errors, 'error')}, ${countOf(readiness.warnings, 'warning')}, ${countOf(readiness.infos, 'note')})\n`);
  // One line a finding, as compilers print them, so editors and grep can jump to it.
  for (const f of report.findings) {
    const { line, column } = at(f.start);
    io.stdout(`${file.path}:${line}:${column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`);
  }
  if (report.findings.length === 0) io.stdout('none\n');
  for (const note of readiness.notChecked) io.stdout(`${wrapText(`Not checked: ${note}`)}\n`);
  io.stdout(`\n${wrapText(`Readiness: ${readiness.summary}`)}\n`);
  for (const e of report.ecqs) io.stdout(`${wrapText(e.readiness.summary, 100, '  ')}\n`);
}

/** Findings with their line and column, for `--json`. */
function withPositions(report: TNarrativeReport, text: string): TNarrativeReport & { findings: (TNarrativeFinding & { line: number; column: number })[] } {
  const at = positionsIn(text);
  return { ...report, findings: report.findings.map((f) => ({ ...f, ...at(f.start) })) };
}

/** `--json` keeps every key: what core leaves undefined is printed as null. */
function withNulls(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === undefined ? null : v))) as unknown;
}

export function registerCheckCommand(program: Command, io: TCliIo, run: TCliRun): void {
  program
    .command('check')
    .description('check an ECQ narrative file (.docx, .pdf, .md, .txt): structure, CCAR, coverage, pages, findings, readiness')
    .argument('<file>', 'the narrative: a Word document, a PDF, Markdown or plain text (at most 10 MiB)')
    .option('--model <id>', 'the competency model to check against (default: the one that governs hiring today)')
    .option('--pages-per-ecq <n>', "this vacancy's page limit per ECQ (default 2; some announcements say 1)")
    .option('--total-pages <n>', "this vacancy's total page limit (default 10)")
    .addOption(createFollowOption())
    .option('--json', 'print the full report as JSON (findings with line and column)')
    .addHelpText(
      'after',
      '\nPages are counted by laying the text out as the PDF export does: US Letter, 1-inch margins, Times 12 pt.\n' +
        'Findings are printed as <file>:<line>:<column>, counted in the text as read from the file (a Word or PDF\n' +
        'paragraph is a line; Markdown without its markup).\n' +
        `Without --model, the model is the one governing hiring today (${FOLLOW_ENV} / --follow choose between alternatives).\n` +
        'Exit status: 0 when there are no errors (warnings are advice), 7 when the narrative has errors to fix.\n\n' +
        'Examples:\n  ecq check my-ecqs.docx\n  ecq check my-ecqs.pdf --model ecq-2025 --pages-per-ecq 1\n  ecq check my-ecqs.md --json',
    )
    .action(async (path: string, options: TCheckOptions) => {
      const perEcq = parsePages(options.pagesPerEcq, '--pages-per-ecq');
      const total = parsePages(options.totalPages, '--total-pages');
      // A total below the default per-ECQ limit caps it: no ECQ can take more pages than the whole package.
      const maxPagesPerEcq = perEcq ?? (total === undefined ? undefined : Math.min(total, DEFAULT_NARRATIVE_LIMITS.maxPagesPerEcq));
      const overrides = {
        ...(maxPagesPerEcq === undefined ? {} : { maxPagesPerEcq }),
        ...(total === undefined ? {} : { maxTotalPages: total }),
      };
      // Checked before the file is read, so that a bad flag is reported as such.
      const limits = withFlagNames(() => resolveNarrativeLimits(overrides));
      const choice = chooseNarrativeModel(io, options);
      const file = await readNarrativeFile(io, path);
      const report = analyzeNarrative(file.text, {
        model: choice.pack.model,
        limits,
        measurePages: measureNarrativePages,
        today: todayUtc(io.now?.()),
      });
      if (options.json === true) {
        io.stdout(
          formatJson(
            withNulls({
              file: { path: file.path, format: file.format, warnings: file.warnings, pages: file.pages ?? null },
              model: { id: choice.pack.id, title: choice.pack.model.title, reason: choice.reason },
              report: withPositions(report, file.text),
            }),
          ),
        );
      } else {
        printReport(io, file, choice.reason, report);
      }
      if (report.readiness.errors > 0) run.exitCode = EXIT_CODES.NARRATIVE_NOT_READY;
    });
}
